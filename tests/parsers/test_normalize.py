"""Text cleanup: boilerplate, stamps, dashes, quotes and repeated paragraphs."""
from parsers.normalize import clean_line, normalize_chars, sentences, split_release


def test_boilerplate_lines_and_enditem_are_dropped():
    text = ("Home > China News\nZhou Mingde Meets with Visitors\n( 2021.03.04 )\n\n"
            "Beijing, March 3rd—Zhou Mingde met here today with guests.\n\nEnditem\nSuggest to a friend\nPrint\n"
            "Copyright © 2003 Some Department. All rights reserved.\n")
    rel = split_release(text)
    assert rel.title == "Zhou Mingde Meets with Visitors"
    assert rel.paragraphs == ["Beijing, March 3rd—Zhou Mingde met here today with guests."]
    assert any("2021.03.04" in h for h in rel.header)


def test_language_bar_and_updated_stamp_are_not_the_title():
    text = ("عربي Español Русский Français 简体中文\n\nMa Lin Meets with Guests\nUpdated: March 05, 2020 10:00\n\n"
            "On March 4, 2020, Ma Lin met with guests from abroad in the capital.")
    rel = split_release(text)
    assert rel.title == "Ma Lin Meets with Guests"
    assert rel.header and "Updated" in rel.header[0]


def test_dashes_and_curly_quotes_are_normalised():
    assert clean_line("Hanoi, May 2nd——Le Van said “yes” -- and left") == 'Hanoi, May 2nd—Le Van said "yes"—and left'
    assert clean_line("Bern, May 2nd--Tom") == "Bern, May 2nd—Tom"
    assert clean_line("the People’s  Party") == "the People's Party"
    # two runs with a space between ("——" typed as "-- --") are one dash, or the dateline breaks
    assert clean_line("Beijing, December 26th -- -- Ma Lin met") == "Beijing, December 26th—Ma Lin met"
    assert clean_line("Beijing, December 26th— —Ma Lin met") == "Beijing, December 26th—Ma Lin met"


def test_every_odd_space_becomes_a_space():
    # Thin, hair, narrow no-break and ideographic spaces: later stages see single spaces only.
    assert clean_line("Wang Yi\u2009 welcomes\u202fthe\u3000visit\u00a0of  Mr.\u205fGuterres") == \
        "Wang Yi welcomes the visit of Mr. Guterres"
    rel = split_release("Title\n\nLi\u2009met\u2002Wang\tYi.\n")
    assert rel.paragraphs == ["Li met Wang Yi."]


def test_repeated_paragraphs_count_once():
    para = "On June 2, 2016, Vice Foreign Minister Ma Lin met with Minister Hans Olsen of Denmark."
    rel = split_release(f"{para}\n{para}\n")
    assert rel.paragraphs == [para]


def test_first_line_that_is_a_sentence_is_body_not_title():
    text = ("Ma Lin, Vice Minister of the Trade Office, led a delegation to visit Peru from May 4 to May 8, 2016. "
            "During the visit, he met with local leaders.")
    rel = split_release(text)
    assert rel.title is None and rel.paragraphs == [text]


def test_sentences_do_not_split_after_initials_or_abbreviations():
    got = sentences("He met A.G. Smith and Mr. Jones on Oct. 3 in the U.S. capital. They talked.")
    assert got == ["He met A.G. Smith and Mr. Jones on Oct. 3 in the U.S. capital.", "They talked."]


def test_news_site_furniture_around_a_wire_story():
    text = ("Home | News | World\nChinese FM meets Chilean counterpart\n"
            "By Staff Reporter | example.com | Updated: 2024-05-03 10:23\n[Photo/Xinhua]\n"
            "Share on Facebook Share on Twitter\n"
            "BEIJING, May 2, 2024 (Xinhua) -- Chinese Foreign Minister Ma Lin met with Chilean Foreign Minister "
            "Ana Ruiz in Beijing on Thursday.\nMa said China is willing to work with Chile.\n"
            "Tags: China Chile diplomacy\nRead more:\nFollow us on WeChat\n")
    rel = split_release(text)
    assert rel.title == "Chinese FM meets Chilean counterpart"
    assert rel.paragraphs == [
        "BEIJING, May 2, 2024 (Xinhua)—Chinese Foreign Minister Ma Lin met with Chilean Foreign Minister Ana Ruiz "
        "in Beijing on Thursday.", "Ma said China is willing to work with Chile."]


def test_labelled_posting_stamps_are_header_lines():
    for stamp in ("Date: 6 May 2024", "Posted on May 6, 2024 by admin", "Published: May 6, 2024",
                  "Release Date: 2024-05-06"):
        rel = split_release(f"Ma Lin Meets Ana Ruiz\n{stamp}\nMa Lin met with Ana Ruiz in Beijing today.\n")
        assert (rel.header, rel.paragraphs) == ([stamp], ["Ma Lin met with Ana Ruiz in Beijing today."]), stamp


def test_entities_tags_and_an_end_marker_run_into_the_last_paragraph():
    rel = split_release("<p>Ma Lin Meets Ana Ruiz</p>\n<p>Ma said China&#39;s ties with Chile &amp; Peru are strong. "
                        "Enditem</p>\n")
    assert (rel.title, rel.paragraphs) == ("Ma Lin Meets Ana Ruiz", ["Ma said China's ties with Chile & Peru are strong."])


def test_lines_in_another_script_only_are_navigation():
    rel = split_release("习近平复信\n简体中文\nNews >\nSenior official visits Chile\nSANTIAGO, July 20 (Xinhua) -- Ma Lin "
                        "visited Chile.\n")
    assert (rel.title, rel.paragraphs) == ("Senior official visits Chile",
                                           ["SANTIAGO, July 20 (Xinhua)—Ma Lin visited Chile."])


def test_wire_copy_with_hard_line_breaks_is_joined_back_into_paragraphs():
    from parsers.normalize import split_release
    text = ("Chinese envoy calls on Chilean president, conveys congratulations\n"
            "SANTIAGO, Aug 3 (EXA): Chinese Ambassador Ma Lin called on\n"
            "President Ana Ruiz here at the Presidential Palace on Thursday\n"
            "and congratulated her on assuming the office of the President.\n"
            "The Chinese Ambassador conveyed a congratulatory message of\n"
            "Chinese Premier Li Hua to Ana Ruiz on her election as\n"
            "the President of Chile.\n"
            "The ambassador said that the Chinese leadership was happy to\n"
            "see a smooth transition in Chile and added that China would\n"
            "continue to support the government of Chile in development.\n")
    rel = split_release(text)
    assert rel.title == "Chinese envoy calls on Chilean president, conveys congratulations"
    assert rel.paragraphs[0] == ("SANTIAGO, Aug 3 (EXA): Chinese Ambassador Ma Lin called on President Ana Ruiz here at "
                                 "the Presidential Palace on Thursday and congratulated her on assuming the office of "
                                 "the President.")
    assert len(rel.paragraphs) == 3


def test_sentences_glued_by_a_lost_break_are_parted_when_a_line_shows_it_repeatedly():
    from parsers.normalize import split_release
    line = ("Ties are strong, stated President Ana Ruiz.She made the remark at a meeting with Ma Lin in Santiago."
            "President Ruiz stressed that exchanges matter.")
    rel = split_release("Headline\n" + line + "\n")
    assert rel.paragraphs == [line.replace("Ruiz.She", "Ruiz. She").replace("Santiago.President", "Santiago. President")]
    # one glued stop may be a typo or a name ("Example.Com"): left alone
    once = "Ma Lin met Ana Ruiz.She spoke of the U.S. and China at length."
    assert split_release("Headline\n" + once + "\n").paragraphs == [once]


def test_peoples_daily_and_china_daily_page_furniture_around_the_headline():
    from parsers.normalize import split_release
    text = ("人民网\nMon,Aug 26,2013\nEnglish>>Foreign Affairs\nEditor's Pick\nChinese vice president meets European "
            "visitors\n(Xinhua)    21:06, August 26, 2013\nEmail|Print|Comments       twitter     facebook\nBEIJING, Aug. "
            "26 -- Vice President Ma Lin on Monday met with a delegation led by Ana Ruiz.\n")
    rel = split_release(text)
    assert rel.title == "Chinese vice president meets European visitors"
    assert rel.paragraphs[0].startswith("BEIJING, Aug. 26")
    text = ("CHINA> National\n|\nChinese premier, Chilean president hold talks in Santiago\n(Xinhua)\nUpdated: 2008-10-28 "
            "23:12 SANTIAGO -- Chinese Premier Ma Lin and Chilean President Ana Ruiz held talks here Tuesday.\n")
    rel = split_release(text)
    assert rel.title == "Chinese premier, Chilean president hold talks in Santiago"
    assert rel.paragraphs[-1].startswith("SANTIAGO")


def test_a_sites_menu_line_is_no_headline():
    from parsers.normalize import split_release
    rel = split_release("About Us |  Consular Services |  Visa to China |  Media Services |\nCommissioner Ma Lin Met "
                        "with Vice Foreign Minister Ana Ruiz\nOn 28 November, Commissioner Ma Lin met with Ana Ruiz.\n")
    assert rel.title == "Commissioner Ma Lin Met with Vice Foreign Minister Ana Ruiz"


def test_a_parenthesis_glued_to_a_name_gets_its_space():
    assert normalize_chars("Ma Lin(Deputy Mayor of Chongqing) met Tom Hale.") == "Ma Lin (Deputy Mayor of Chongqing) met Tom Hale."
    assert normalize_chars("the Party(PSUV) and CPC(s)") == "the Party(PSUV) and CPC(s)"


def test_an_office_in_a_glued_parenthesis_is_the_persons():
    from parsers import parse_release
    r = parse_release("The delegation of Mito visited Chongqing\n\nNov 15, 2017, Ma Lin(Deputy Mayor of Chongqing)  met "
                      "Mr. Tom Hale.")
    m, = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"] and m["principals"][0]["title"] == "Deputy Mayor"


def test_peoplecn_2000_stamp_and_two_who_met_on_a_day():
    from parsers import parse_release
    r = parse_release("Chinese Vice Premier Meets British Guest\n\nTuesday, June 27, 2000, updated at 21:43(GMT+8)\n\n"
                      "Chinese Vice Premier Ma Lin and British Defense Secretary Tom Hale met Tuesday, reviewing the "
                      "development of bilateral ties. Ma said cooperation has increased.")
    assert r["published"] == "2000-06-27" and r["meeting_date"] == "2000-06-27"
    m, = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"] and [p["name"] for p in m["counterparts"]] == ["Tom Hale"]


def test_an_honorific_glued_to_the_name_gets_its_space():
    assert normalize_chars("H.E.Tom Berg met Dr.Rt.Hon.Ana Ruiz and Hon.Li Hua in the U.S.Army hall.") == \
        "H.E. Tom Berg met Dr. Rt. Hon. Ana Ruiz and Hon. Li Hua in the U.S.Army hall."


def test_a_lower_case_word_glued_to_the_next_sentence_is_parted_even_once():
    from parsers.normalize import split_release
    line = "The Association held a reception to mark the anniversary of relations.Vice-Premier Ma Lin said ties are good."
    assert split_release("Headline\n" + line + "\n").paragraphs == [line.replace("relations.Vice", "relations. Vice")]


def test_a_font_size_widget_after_the_source_and_date_stamp_leaves_the_stamp():
    from parsers import parse_release
    rel = split_release("Ministers Meet\n\nXinhua, May 4, 2016 Adjust font size:\n\nTom Hale met Ma Lin here Tuesday.\n")
    assert rel.paragraphs == ["Tom Hale met Ma Lin here Tuesday."]
    assert parse_release("Ministers Meet\n\nXinhua, May 4, 2016 Adjust font size:\n\n"
                         "Foreign Minister Tom Hale met with his counterpart Ma Lin here Tuesday.\n")["meeting_date"] == "2016-05-03"


def test_a_byline_with_the_stamp_after_a_bar_is_a_header_line():
    rel = split_release("President receives minister\n\nBy : Ann Lee | Thursday, February 23 2023 - 06:45 WIB\n\n"
                        "President Tom Hale received Foreign Minister Ma Lin on Wednesday.\n")
    assert rel.header == ["By : Ann Lee | Thursday, February 23 2023 - 06:45 WIB"]
    assert rel.paragraphs == ["President Tom Hale received Foreign Minister Ma Lin on Wednesday."]


def test_a_sentence_glued_to_the_next_whose_subject_speaks_is_split():
    rel = split_release("Chief Meets Guests\n\nMa Lin met Tuesday with a delegation led by Tom Hale, director of the Ministry of "
                        "Defence.Ma said that the two countries enjoy friendship.\n")
    assert rel.paragraphs == ["Ma Lin met Tuesday with a delegation led by Tom Hale, director of the Ministry of Defence. "
                              "Ma said that the two countries enjoy friendship."]
    rel = split_release("Minister Meets Guests\n\nMa Lin met Tom Hale of the Democratic Party.Ma, also a member of the Bureau, said so.\n")
    assert rel.paragraphs[0].startswith("Ma Lin met Tom Hale of the Democratic Party. Ma, also")
    assert split_release("Visit\n\nHe visited Example.Com offices.\n").paragraphs == ["He visited Example.Com offices."]


def test_a_hyphened_name_broken_at_a_space_is_one_name():
    assert normalize_chars("Deputy Prime Minister Ana Hjelm- Wallen and a high- level team") == \
        "Deputy Prime Minister Ana Hjelm-Wallen and a high- level team"
    assert normalize_chars("Beijing- Ma Lin, head of the Department, said") == "Beijing- Ma Lin, head of the Department, said"


def test_an_embassys_site_name_on_a_line_of_its_own_is_furniture():
    rel = split_release("Official visits\nEmbassy of China in Examplia\n2023-01-12 12:44\n\nA delegation has visited Examplia.\n")
    assert rel.paragraphs == ["A delegation has visited Examplia."]


def test_a_caption_credited_xinhua_in_brackets_after_its_date():
    rel = split_release("Officials meet\n\nSenior officials met on Thursday afternoon.\n\nMa Lin (R) meets with Tom Hale in Beijing, capital "
                        "of China, Dec. 1, 2011. [Xinhua]\n\nMa said ties are good.\n")
    assert rel.captions == ["Ma Lin (R) meets with Tom Hale in Beijing, capital of China, Dec. 1, 2011. [Xinhua]"]


def test_a_sentence_that_opens_with_a_count_is_a_sentence_of_its_own():
    assert sentences("Ma Lin hosted a dinner in honour of the Group. 16 people attended the dinner, including Chairman Tom Hale.") == [
        "Ma Lin hosted a dinner in honour of the Group.", "16 people attended the dinner, including Chairman Tom Hale."]
    assert sentences("The talks were held on Jan. 5 in Beijing.") == ["The talks were held on Jan. 5 in Beijing."]


def test_a_byline_with_published_and_its_stamp_is_a_header_line():
    rel = split_release("Official met envoy\n\nAnn Lee Published May 26, 2023 | 05:40 AM\n\nMinister Tom Hale met Ma Lin.\n")
    assert (rel.header, rel.paragraphs) == (["Ann Lee Published May 26, 2023 | 05:40 AM"], ["Minister Tom Hale met Ma Lin."])


def test_a_datelines_spaces_left_out():
    assert normalize_chars("URUMQI, Sept. 1(Xinhua)—Chinese") == "URUMQI, Sept. 1 (Xinhua)—Chinese"
    assert normalize_chars("BEIJING, Nov.23—Chinese") == "BEIJING, Nov. 23—Chinese"
    assert normalize_chars("e.g.5 and 3.5(a)") == "e.g.5 and 3.5(a)"


def test_a_sentence_broken_once_over_two_lines_is_one_paragraph():
    rel = split_release("Consultation held\n\nThe consultation was co-chaired by State Councilor Ma Lin\nand Secretary Tom Hale.\n\n"
                        "During President Bo Chen\n's visit, ties grew.\nwww.example.com\n")
    assert rel.paragraphs[:2] == ["The consultation was co-chaired by State Councilor Ma Lin and Secretary Tom Hale.",
                                  "During President Bo Chen's visit, ties grew."]


def test_a_charge_d_affaires_ad_interim_written_short_ends_no_sentence():
    assert sentences("The Embassy held an event. Chargé d'Affaires a.i. Ma Lin delivered a speech.") == [
        "The Embassy held an event.", "Chargé d'Affaires a.i. Ma Lin delivered a speech."]
