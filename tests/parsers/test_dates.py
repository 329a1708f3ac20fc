"""Date rules: posting stamps, datelines, year resolution, weekdays and ranges."""
from datetime import date

from parsers.dates import dateline, find_range, id_date, posting_date, resolve, weekday_near, weekday_range


def test_posting_date_stamps_of_each_site():
    assert posting_date(["( 2020.06.07 )"], []) == date(2020, 6, 7)
    assert posting_date(["2018.02.03 / Source:"], []) == date(2018, 2, 3)
    assert posting_date(["Updated: January 09, 2016 08:15"], []) == date(2016, 1, 9)
    assert posting_date(["(Xinhua) 08:02, March 14, 2019"], []) == date(2019, 3, 14)
    assert posting_date(["2013-05-06 09:30"], []) == date(2013, 5, 6)
    assert posting_date([], ["Ministry", "12 August 2014"]) == date(2014, 8, 12)
    assert posting_date(["no date here"], []) is None


def test_dateline_variants_resolve_against_the_posting_date():
    ref = date(2020, 6, 7)
    assert dateline("Hanoi, June 3rd—Ma Lin met", ref)[:2] == ("Hanoi", date(2020, 6, 3))
    assert dateline("On June 1st—Ma Lin met", ref)[1] == date(2020, 6, 1)
    assert dateline("On 2 June 2020, Ma Lin met", ref)[1] == date(2020, 6, 2)
    assert dateline("LIMA, Jun. 5 (Xinhua) — Ma Lin met", ref)[:2] == ("LIMA", date(2020, 6, 5))
    assert dateline("Lima, June 4th-Ma Lin met", ref)[1] == date(2020, 6, 4)
    assert dateline("Ma Lin met someone", ref) == (None, None, 0)


def test_meeting_in_december_posted_in_january_is_last_year():
    assert resolve(12, 29, None, date(2021, 1, 4)) == date(2020, 12, 29)
    assert resolve(1, 3, None, date(2020, 12, 30)) == date(2021, 1, 3)  # announced ahead


def test_no_year_and_no_reference_gives_none():
    assert resolve(5, 19, None, None) is None
    assert dateline("On May 19, Ma Lin met", None)[1] is None


def test_weekday_is_latest_on_or_before_or_next_for_future():
    friday = date(2021, 3, 5)
    assert weekday_near(2, friday, future=False) == date(2021, 3, 3)   # Wednesday before
    assert weekday_near(4, friday, future=False) == friday             # same day
    assert weekday_near(0, friday, future=True) == date(2021, 3, 8)    # next Monday


def test_ranges_of_each_written_form():
    ref = date(2015, 3, 1)
    assert find_range("visited Peru from March 2nd to 5th.", ref) == (date(2015, 3, 2), date(2015, 3, 5))
    assert find_range("from June 28 to July 3, 2016", ref) == (date(2016, 6, 28), date(2016, 7, 3))
    assert find_range("a state visit on March 20-23.", ref) == (date(2015, 3, 20), date(2015, 3, 23))
    assert find_range("from 11 to 14 April 2015", ref) == (date(2015, 4, 11), date(2015, 4, 14))
    assert find_range("from 28th February to 2nd March", ref) == (date(2015, 2, 28), date(2015, 3, 2))
    assert find_range("from Dec. 30 to Jan. 2", date(2015, 12, 20)) == (date(2015, 12, 30), date(2016, 1, 2))
    assert find_range("no range here", ref) == (None, None)
    assert weekday_range("a visit from Monday to Thursday", date(2021, 3, 5)) == (date(2021, 3, 1), date(2021, 3, 4))


def test_release_id_url_dates():
    assert id_date("idcpc-20181221-161149") == date(2018, 12, 21)
    assert id_date("xinhua-www-site-com-english-2016-02-09-c-1-htm") == date(2016, 2, 9)
    assert id_date("embassy-bb-t1310435") is None
    assert id_date(None) is None


def test_day_range_written_with_a_dash_before_the_month():
    assert find_range("He paid an official visit to Chile on 30-31 May 2024.", None) == (date(2024, 5, 30), date(2024, 5, 31))
    assert find_range("The talks were held on 3—4 June.", date(2023, 6, 10)) == (date(2023, 6, 3), date(2023, 6, 4))


def test_a_dated_report_that_writes_no_day_is_the_news_of_the_day_it_was_posted():
    from parsers import parse_release
    r = parse_release("Ambassador meets party leader\n2025-01-14\n\nChinese Ambassador Ma Lin met Example Party Secretary "
                      "General Tom Hale and discussed various issues.\n")
    assert r["meeting_date"] == "2025-01-14"
    # an announced visit with no day written stays unknown
    r = parse_release("Minister to visit Kenya\n2025-01-14\n\nForeign Minister Ma Lin will visit Kenya.\n")
    assert r["meeting_date"] is None


def test_an_agency_before_the_datelines_city_is_not_the_city():
    from parsers import dates
    assert dates.dateline("AKP Phnom Penh, August 30, 2018 — Visiting Chinese minister ...", None)[0] == "Phnom Penh"
    assert dates.dateline("NEW YORK, May 3 -- X met Y", None)[0] == "NEW YORK"


def test_a_publication_in_parentheses_or_a_country_with_a_colon_opening_the_lead_is_cut_off():
    from parsers import dates
    assert dates.dateline("(Eagle News)—Foreign Affairs Secretary Tom Hale met Ma Lin", None) == (None, None, 13)
    assert dates.dateline("Kuwait: Kuwaiti Foreign Minister Tom Hale addressed a letter", None) == (None, None, 8)


def test_tass_dateline_with_its_full_stop_and_slashed_tag():
    import datetime
    from parsers.dates import dateline
    assert dateline("MOSCOW, June 5. /TASS/. Lavrov met Wang.", datetime.date(2019, 6, 5))[:2] == ("MOSCOW", datetime.date(2019, 6, 5))
    assert dateline("HAIKOU, September 7. /TASS./ The consulate will open.", datetime.date(2019, 9, 7))[0] == "HAIKOU"


def test_a_range_whose_days_carry_weekdays_or_of():
    assert find_range("on a two-day visit from Tuesday 31st of May to Wednesday 01st of June 2022.", None) == (
        date(2022, 5, 31), date(2022, 6, 1))
    assert find_range("will visit from Monday, March 4 to Friday, March 8, 2019.", None) == (date(2019, 3, 4), date(2019, 3, 8))


def test_two_days_joined_by_and_keep_the_year_written_after_the_second():
    from parsers.dates import explicit_date
    assert explicit_date("On November 17 and 18, 2007, Ambassador Tom Hale attended a forum.", None) == date(2007, 11, 17)
    assert explicit_date("On 3 and 4 October 2016, the talks were held.", None) == date(2016, 10, 3)
    assert explicit_date("On November 17, the talks were held; on December 2, 2007 they ended.", None) is None


def test_a_dated_report_whose_later_paragraph_names_the_meetings_day_takes_that_day():
    from parsers import parse_release
    head = "Ambassador meets minister\n2022-03-21\n\nChinese Ambassador Ma Lin met Foreign Minister Tom Hale at parliament house.\n\n"
    body = "Both sides discussed trade and investment.\n\n"
    assert parse_release(head + body + "According to a statement, a meeting between Hale and Ma on Wednesday included "
                         "an exchange of views.\n")["meeting_date"] == "2022-03-16"
    assert parse_release(head + body + "Ma was speaking at the reception onboard the training ship yesterday.\n")[
        "meeting_date"] == "2022-03-20"
    # a day that belongs to no meeting of the release's is no date of it
    assert parse_release(head + body + "The minister will fly to Tokyo on Wednesday.\n")["meeting_date"] == "2022-03-21"
    assert parse_release(head + body + "Ma is scheduled to pay a courtesy call on the Speaker on Wednesday.\n")[
        "meeting_date"] == "2022-03-21"


def test_a_day_still_to_come_takes_the_first_such_day_from_a_week_before_the_reference():
    ref = date(2022, 3, 4)
    assert resolve(9, 7, None, ref) == date(2021, 9, 7)  # closest
    assert resolve(9, 7, None, ref, future=True) == date(2022, 9, 7)
    assert resolve(3, 1, None, ref, future=True) == date(2022, 3, 1)
    assert resolve(1, 5, None, date(2022, 12, 20), future=True) == date(2023, 1, 5)


def test_a_dateline_with_a_copys_two_credits_after_a_comma():
    ref = date(2023, 8, 22)
    lead = "MOSCOW, Aug. 21, (Xinhua/GNA) — Chinese Premier Ma Lin said here"
    city, day, end = dateline(lead, ref)
    assert (city, day, lead[end:].strip()) == ("MOSCOW", date(2023, 8, 21), "Chinese Premier Ma Lin said here")
    assert dateline("MOSCOW, Aug. 21 (Xinhua/GNA) — Chinese Premier Ma Lin said here", ref)[:2] == ("MOSCOW", date(2023, 8, 21))


def test_a_wires_credits_in_parentheses_then_a_colon_and_a_dash():
    lead = "BEIJING, (UrduPoint / Pakistan Point News - 29th Apr, 2021 ) :— Ma Lin, minister of the Example Department, held"
    city, _, end = dateline(lead, None)
    assert (city, lead[end:]) == ("BEIJING", "Ma Lin, minister of the Example Department, held")


def test_a_city_with_a_hyphen_glued_to_it_and_a_publication_with_its_date_in_parentheses():
    city, _, end = dateline("Beijing- Ma Lin, head of the Example Department, said Monday that", None)
    assert city == "Beijing"
    lead = "(ExampleReview.net, Nov10'23) — The regional Party Secretary Ma Lin has begun a visit"
    city, _, end = dateline(lead, None)
    assert (city, lead[end:]) == (None, "The regional Party Secretary Ma Lin has begun a visit")


def test_a_visit_ended_on_a_day_after_so_many_days_and_a_present_perfect_lead_dated_by_the_next_paragraph():
    from parsers import parse_release
    r = parse_release("Party official visits Examplia\n2023-01-12 12:44\n\nA delegation of the Example Party has visited Examplia.\n\n"
                      "The delegation led by deputy head Ma Lin ended a three-day visit to Examplia on Wednesday.\n",
                      release_id="embassy-20230112-1")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2023-01-09", "2023-01-11")
    r = parse_release("Legislator visits journalists\n\nBEIJING, March 12 (Xinhua) -- Chief legislator Ma Lin has visited journalists "
                      "covering the annual session.\n\nMa commended reporters for their coverage at the Great Hall on Thursday.\n",
                      release_id="people-20220313-1")
    assert r["meeting_date"] == "2022-03-10"


def test_a_will_in_what_was_said_does_not_put_the_saying_in_the_future():
    from parsers.dates import weekday_date
    assert weekday_date("China will work with the US to push ties, Ma Lin said in Beijing Wednesday.", date(2010, 12, 9)) == \
        date(2010, 12, 8)
    assert weekday_date("Ma Lin will visit Examplia on Wednesday.", date(2010, 12, 9)) == date(2010, 12, 15)


def test_a_recent_call_dated_later_in_the_release():
    from parsers import parse_release
    r = parse_release("Video call bears significance\n\nBEIJING, April 25 (Xinhua) -- The recent video call between Defense Minister Ma "
                      "Lin and Secretary of Defense Tom Hale bears positive significance, a spokesperson said Thursday.\n\n"
                      "Spokesperson Ana Ruiz made the remarks at a press conference regarding the video call on April 16.\n",
                      release_id="people-20240426-1")
    assert r["meeting_date"] == "2024-04-16"


def test_a_visit_concluded_with_a_word_before_visit_counts_back():
    from parsers import parse_release
    r = parse_release("Delegation concludes goodwill visit\n\nXinhua, December 6, 2015\n\nA CPC delegation led by Ma Lin concluded its "
                      "three-day goodwill visit to Freedonia on Sunday.\n", release_id="other-20151206-1")
    assert (r["meeting_date"], r["date_end"]) == ("2015-12-04", "2015-12-06")


def test_the_one_year_the_headline_writes_gives_a_month_and_day_their_year():
    from parsers import parse_release
    r = parse_release("Chinese Embassy Holds the 2012 Spring Festival Reception\n\nOn January 20, Ambassador Ma Lin hosted a reception "
                      "at the Embassy.\n")
    assert r["meeting_date"] == "2012-01-20"
    # (a weekday needs a day to count from, and two years say neither is the date's)
    r = parse_release("Chinese Embassy Holds the 2012 Spring Festival Reception\n\nOn Wednesday, Ambassador Ma Lin hosted a "
                      "reception at the Embassy.\n")
    assert r["meeting_date"] is None
    r = parse_release("2011-2012 Exchange Year closes\n\nOn January 20, Ambassador Ma Lin hosted a reception at the Embassy.\n")
    assert r["meeting_date"] is None


def test_datelines_with_a_province_a_wires_credits_or_no_comma_before_the_date():
    ref = date(2021, 6, 10)
    # a province instead of a country
    assert dateline("BOAO, Hainan - Chinese Vice President Ma Lin said on Friday ...", ref)[:2] == ("BOAO", None)
    # a wire's credits in parentheses, with no comma and no dash
    assert dateline("BEIJING (UrduPoint News / Sputnik - 10th June, 2021) Chinese Commerce Minister Ma Lin spoke ...",
                    ref)[:2] == ("BEIJING", None)
    # a city in capitals and a date with no comma between, then a dash
    assert dateline("CHONGQING 07 July 2021 — Consul General Ma Lin paid a courtesy call on Tom Hale.", ref)[:2] == (
        "CHONGQING", date(2021, 7, 7))
    # (capitals that name no known city are no dateline)
    assert dateline("SUMMIT 07 July 2021 — Consul General Ma Lin paid a courtesy call.", ref)[0] is None


def test_a_dateline_with_the_month_in_capitals_and_the_agency_after_the_date():
    assert dateline("YEREVAN, JULY 25, ARMENPRESS. Mayor of Yerevan Tom Hale met with Ambassador Ma Lin.", date(2017, 7, 26))[:2] == (
        "YEREVAN", date(2017, 7, 25))
    # (the agency's full stop is the dateline's end: the sentence opens after it)
    lead = "YEREVAN, July 25, ARMENPRESS. Mayor Tom Hale met with Ambassador Ma Lin."
    assert lead[dateline(lead, date(2017, 7, 26))[2]:].startswith("Mayor")


def test_a_weekday_range_still_to_come_runs_forward():
    # told on Friday 10 April 2015
    assert weekday_range("X will visit Russia from Sunday to Wednesday", date(2015, 4, 10), True) == (
        date(2015, 4, 12), date(2015, 4, 15))
    # (a visit already made runs back)
    assert weekday_range("X visited Russia from Sunday to Wednesday", date(2015, 4, 10)) == (date(2015, 4, 5), date(2015, 4, 8))


def test_an_agency_dateline_with_a_hyphened_city():
    assert dateline("NUR-SULTAN. KAZINFORM — A meeting with Chinese Ambassador Ma Lin has been held.", None)[0] == "NUR-SULTAN"
