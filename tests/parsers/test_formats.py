"""Formats the real sources use that the dev corpus does not show, each with an example written
for the test (not copied from a release)."""
from parsers import parse_release
from parsers.mentions import find_mentions
from parsers.normalize import split_release
from parsers.people import parse_people


def test_release_opening_with_a_photo_caption_has_no_headline():
    # people.cn pages stored without their headline start with the photo caption.
    text = (
        "Ma Lin, head of the Example Department, meets with Foreign Minister Ana Costa in Lisbon, Portugal, "
        "March 9, 2024. Ma Lin led a delegation on a visit to Portugal from March 7 to 10. (Xinhua/Zhou Bo)\n\n"
        "LISBON, March 10 (Xinhua) -- Ma Lin, head of the Example Department, led a delegation on a visit "
        "to Portugal from March 7 to 10.\n\n"
        "During the visit, Ma met with Foreign Minister Ana Costa.\n"
    )
    r = parse_release(text, release_id="people-20240311-1")
    assert r["title"] is None
    assert r["kind"] == "visit"
    assert (r["meeting_date"], r["date_end"]) == ("2024-03-07", "2024-03-10")
    assert [p["name"] for p in r["meetings"][0]["counterparts"]] == ["Ana Costa"]


def test_old_peoples_daily_footer_is_furniture_not_a_paragraph():
    # Old People's Daily pages end with "People's Daily Online --- <url>" (its dashes are an em
    # dash once the line is cleaned; lines end in " |"). Kept, it made a one-paragraph page look like headline + body,
    # and the footer's "Online" then made the meeting a video call.
    body = ("Ma Lin, vice-premier of the Example Council, met Tuesday with Ana Costa, Minister of Culture of "
            "Portugal, who arrived in Beijing on Monday for a five-day visit. The two sides discussed ways to "
            "expand cultural exchanges between the two countries, including film, music and museums, and agreed "
            "to hold a joint festival next year.")
    text = body + " |\nPeople's Daily Online --- http://english.example.com/ |\n"  # as those pages end lines
    rel = split_release(text)
    assert (rel.title, rel.paragraphs) == (None, [body])
    r = parse_release(text, release_id="people-20010314-1")
    assert (r["mode"], r["meeting_date"]) == ("in_person", "2001-03-13")
    assert [p["name"] for p in r["meetings"][0]["counterparts"]] == ["Ana Costa"]


def test_initiative_written_with_its_acronym_is_one_mention():
    got = find_mentions("They will deepen cooperation under the Global Security Initiative (GSI) and the GSI's action plan.")
    assert got == ["Global Security Initiative (GSI)"]


def test_dialogue_name_keeps_an_abbreviated_country_pair():
    got = find_mentions("He spoke at the opening of the China-U.S. Young Leaders Dialogue in Boston.")
    assert got == ["China-U.S. Young Leaders Dialogue"]


def test_dialogue_under_a_framework_is_a_mention_and_so_is_the_framework():
    got = find_mentions("She attended the SCO Women Leaders Dialogue in Astana. The SCO was founded in 2001.")
    assert got == ["SCO Women Leaders Dialogue", "SCO"]
    # a framework's own summit stays the framework alone
    assert find_mentions("They prepared the G20 Lima Summit together.") == ["G20"]


def test_talks_over_two_days_start_on_the_first():
    text = ("Vice FM holds talks with visiting officials\n\n2022-05-10 18:00:00\n\n"
            "BEIJING, May 10 (Xinhua) -- Vice Foreign Minister Ma Lin held talks with Deputy Secretary Tom Berg "
            "of Norway in Tianjin from May 9 to 10, the ministry said on Tuesday.\n")
    assert parse_release(text, release_id="xinhua-20220510-1")["meeting_date"] == "2022-05-09"


def test_range_of_a_visitors_stay_is_not_the_meetings():
    text = ("Vice FM meets visiting minister\n\n2022-05-10 18:00:00\n\n"
            "BEIJING, May 10 (Xinhua) -- Vice Foreign Minister Ma Lin met on Tuesday with Tom Berg, Minister of "
            "Trade of Norway, who is visiting China from May 8 to 12.\n")
    assert parse_release(text, release_id="xinhua-20220510-2")["meeting_date"] == "2022-05-10"


def _wire_remarks(verb_phrase: str) -> str:
    # Xinhua's "visiting official said ... on Tuesday" lead, then the meetings the remarks were made in.
    return ("Ties with Norway will grow, says official\n\n(Xinhua) 16:11, May 12, 2022\n\n"
            "OSLO, May 12 (Xinhua) -- China values its ties with Norway, visiting Chinese official Ma Lin said "
            "here on Tuesday.\n\n"
            f"Ma, head of the Example Department, made the remarks {verb_phrase} Tom Berg, Minister of "
            "Trade of Norway, and Kari Dahl, leader of the Example Party.\n")


def test_weekday_of_the_wire_lead_dates_the_meetings_reported_next():
    r = parse_release(_wire_remarks("in his respective meetings with"), release_id="people-20220512-1")
    assert r["meeting_date"] == "2022-05-10"
    assert [[c["name"] for c in m["counterparts"]] for m in r["meetings"]] == [["Tom Berg"], ["Kari Dahl"]]


def test_visiting_before_an_office_describes_the_person_not_the_release():
    r = parse_release(_wire_remarks("in his respective meetings with"), release_id="people-20220512-1")
    assert r["kind"] == "meeting"
    from parsers.kinds import kind_of
    assert kind_of("Ma Lin is visiting Norway from Monday to Wednesday.") == "visit"
    assert kind_of("Visiting Chinese official says ties will grow") is None


def test_remarks_in_his_meeting_with_is_one_meeting():
    r = parse_release(_wire_remarks("during his meeting with"), release_id="people-20220512-1")
    assert [[c["name"] for c in m["counterparts"]] for m in r["meetings"]] == [["Tom Berg", "Kari Dahl"]]
    assert r["meetings"][0]["principals"][0]["name"] == "Ma Lin"


def _offices(phrase: str) -> list[tuple]:
    return [(p["name"], p["title"], p["organization"], p["country"]) for p in parse_people(phrase)]


def test_a_party_named_after_its_country_keeps_the_country_in_its_name():
    assert _offices("Ivan Orlov, chairman of the Central Committee of the Communist Party of the Russian Federation") \
        == [("Ivan Orlov", "chairman", "Central Committee of the Communist Party of the Russian Federation", "RUS")]
    # a ministry still gives its country and loses it from the name
    assert _offices("Tom Berg, adviser of the Ministry of Trade of the Netherlands") \
        == [("Tom Berg", "adviser", "Ministry of Trade", "NLD")]


def test_descriptor_before_a_partys_name_is_not_part_of_it():
    assert _offices("Kenji Sato, leader of Japan's ruling coalition party Example Union") \
        == [("Kenji Sato", "leader", "Example Union", "JPN")]


def test_international_body_written_before_the_office_is_the_organization():
    # (an acronym before the office already was: "UN Secretary-General X")
    assert _offices("United Nations Secretary-General Ana Costa") \
        == [("Ana Costa", "Secretary-General", "United Nations", None)]
    assert _offices("European Commission President Tom Berg") \
        == [("Tom Berg", "President", "European Commission", None)]


def test_city_mayor_after_a_group_phrase_in_a_list():
    got = _offices("Secretary of State Ana Costa, senators from both parties, Lisbon Mayor Tom Berg and business leaders")
    # (the city a mayor governs is the organization, as in "Mayor of Chongqing Municipality")
    assert [(n, t, o) for n, t, o, _ in got] == [("Ana Costa", "Secretary of State", None), ("Tom Berg", "Mayor", "Lisbon")]


def test_caption_cut_short_at_the_end_of_the_stored_text_is_dropped():
    caption = "Ma Lin, head of the Example Department, meets with {} in Lisbon, Portugal, March {}, 2024."
    text = ("Senior official visits Portugal\n\n"
            + caption.format("Foreign Minister Ana Costa", 8) + "\n\n"
            "LISBON, March 10 (Xinhua) -- Ma Lin, head of the Example Department, led a delegation on a visit "
            "to Portugal from March 7 to 10.\n\n"
            "During the visit, Ma met with Foreign Minister Ana Costa and Speaker of the Assembly Rui Lopes.\n\n"
            + caption.format("Speaker of the Assembly Rui Lopes", 9) + "\n\n"
            "Ma Lin, head of the Example Department, meets with Speaker of the Assembly Rui Lo")
    assert split_release(text).paragraphs[-1].startswith("During the visit")
    r = parse_release(text, release_id="people-20240311-2")
    assert [c["name"] for m in r["meetings"] for c in m["counterparts"]] == ["Ana Costa", "Rui Lopes"]


def test_respectively_after_the_list_is_one_meeting_each():
    text = ("CPC delegation visits Portugal\n\n(Xinhua) 10:00, March 11, 2024\n\n"
            "LISBON, March 10 (Xinhua) -- Ma Lin, head of the Example Department, led a delegation on a visit "
            "to Portugal from March 7 to 10.\n\n"
            "During the visit, Ma held talks with Foreign Minister Ana Costa and Speaker of the Assembly "
            "Rui Lopes, respectively.\n")
    r = parse_release(text, release_id="people-20240311-3")
    assert [[c["name"] for c in m["counterparts"]] for m in r["meetings"]] == [["Ana Costa"], ["Rui Lopes"]]


def test_old_peoples_daily_page_stored_as_one_line():
    # Headline run into the lead, sentences without a space between them, " |" line ends.
    text = ("Chinese Delegation Leaves PortugalA delegation of the Example Party, led by Ma Lin, member of the "
            "Example Council, left Lisbon Sunday morning after a five-day visit to the country.During the visit, "
            "the delegation met Portuguese Prime Minister Ana Costa.Ma and Costa agreed to expand exchanges. |\n"
            "People's Daily Online --- http://english.example.com/ |\n")
    rel = split_release(text)
    assert rel.title == "Chinese Delegation Leaves Portugal"
    r = parse_release(text, release_id="people-20010320-1")
    assert r["kind"] == "visit"
    assert [(p["name"], [c["name"] for c in m["counterparts"]]) for m in r["meetings"] for p in m["principals"]] \
        == [("Ma Lin", ["Ana Costa"])]


def test_left_ends_a_lead_subject():
    text = ("Delegation ends visit\n\n( 2021.03.20 )\n\n"
            "A delegation of the Example Party, led by Ma Lin, member of the Example Council, left Lisbon for "
            "home after a visit to Portugal and Spain.\n")
    assert [a["name"] for a in parse_release(text, release_id="idcpc-20210320-1")["actors"]] == ["Ma Lin"]


def _xinhua_lead(sentence: str) -> str:
    return f"Ministers talk\n\n2023-05-12 19:15:00\n\nBEIJING, May 12 (Xinhua) -- {sentence}\n"


def test_spoke_over_the_phone_ends_the_subject_and_opens_the_object():
    for verb in ("spoke over the phone with", "spoke with", "talked over the phone with"):
        sentence = f"Chinese Foreign Minister Ma Lin {verb} Norwegian Foreign Minister Kari Dahl by phone on Thursday."
        r = parse_release(_xinhua_lead(sentence), release_id="x-1")
        (meeting,) = r["meetings"]
        assert [(p["name"], p["title"], p["country"]) for p in meeting["counterparts"]] \
            == [("Kari Dahl", "Foreign Minister", "NOR")], verb
        assert (r["kind"], r["mode"], r["meeting_date"]) == ("talks", "phone", "2023-05-11")


def test_and_his_delegation_after_a_counterpart_is_not_part_of_the_office():
    for tail in (", and her delegation", " and her delegation", ", and their entourage"):
        r = parse_release(_xinhua_lead(f"Ma Lin, head of the Example Department, met with Kari Dahl, leader of "
                                       f"the Labour Party of Norway{tail} in Beijing on Friday."), release_id="x-2")
        (meeting,) = r["meetings"]
        assert [(p["name"], p["organization"]) for p in meeting["counterparts"]] \
            == [("Kari Dahl", "Labour Party of Norway")], tail


def test_nationality_after_former_is_dropped_from_the_title_like_without_it():
    assert _offices("former Norwegian Prime Minister Kari Dahl") == [("Kari Dahl", "former Prime Minister", None, "NOR")]
    assert _offices("former South African President Tom Berg") == [("Tom Berg", "former President", None, "ZAF")]
    assert _offices("former State Councilor Ma Lin")[0][1] == "former State Councilor"


def test_group_of_20_with_its_acronym():
    assert find_mentions("on the sidelines of the Group of 20 (G20) summit in Lima") == ["Group of 20 (G20)"]


def test_and_the_between_two_named_meetings_separates_them():
    assert find_mentions("He spoke at the China-Nordic Summit and the China-Baltic Strategic Dialogue.") \
        == ["China-Nordic Summit", "China-Baltic Strategic Dialogue"]


def test_lowercase_mechanism_after_a_country_pair_is_a_mention():
    assert find_mentions("They held the fifth round of China-Norway maritime and security dialogue on Friday.") \
        == ["China-Norway maritime and security dialogue"]
    assert find_mentions("the China-Peru-Chile trilateral consultations") == ["China-Peru-Chile trilateral consultations"]
    # no mechanism named: relations, exchanges, a bare "dialogue"
    assert find_mentions("to deepen China-Norway exchanges and dialogue and China-EU dialogue") == []


def test_two_officials_holding_a_named_pair_dialogue_are_its_two_sides():
    r = parse_release(_xinhua_lead("Chinese Vice Foreign Minister Ma Lin and Norwegian State Secretary Kari Dahl "
                                   "held the second China-Norway political consultation in Beijing on Thursday."),
                      release_id="x-3")
    (meeting,) = r["meetings"]
    assert [p["name"] for p in meeting["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["country"]) for p in meeting["counterparts"]] == [("Kari Dahl", "NOR")]


def _wire_said(lead: str, second: str = "") -> dict:
    text = f"Ties will grow, says official\n\n16:11, June 13, 2012\n\nBEIJING, June 13 (Xinhua) -- {lead}\n\n{second}\n"
    return parse_release(text, release_id="people-en-people-cn-90883-2")


def _sides(r: dict) -> list[tuple]:
    return [(p["name"], p["organization"], c["name"]) for m in r["meetings"] for p in m["principals"]
            for c in m["counterparts"]]


def test_remarks_made_when_meeting_with_someone():
    r = _wire_said("China values its ties with Norway, a senior Chinese official said here Tuesday.",
                   "Ma Lin, chairman of the Example Council, made the remarks when meeting with Norwegian Foreign "
                   "Minister Kari Dahl.")
    assert _sides(r) == [("Ma Lin", "Example Council", "Kari Dahl")]
    assert r["meeting_date"] == "2012-06-12"


def test_said_during_a_meeting_with_someone():
    r = _wire_said("Chinese Vice Premier Ma Lin said here Tuesday that China values its ties with Norway during a "
                   "meeting with Norwegian Foreign Minister Kari Dahl.")
    assert _sides(r) == [("Ma Lin", None, "Kari Dahl")]


def test_the_speaker_of_a_said_lead_is_known_by_surname_later():
    r = _wire_said("Chinese Vice Premier Ma Lin said here Tuesday that China values its ties with Norway.",
                   "Ma made the remarks while meeting with Norwegian Foreign Minister Kari Dahl.")
    assert _sides(r) == [("Ma Lin", None, "Kari Dahl")]


def _embassy(sentence: str) -> dict:
    return parse_release(f"Ambassador's activities\n\n2023/05/12\n\n{sentence}\n", release_id="embassy-20230512-1")


def test_embassy_call_and_visit_verbs():
    for sentence in ("On May 10, Ambassador Ma Lin paid a farewell call on Norwegian Prime Minister Kari Dahl.",
                     "On May 10, Ambassador Ma Lin paid a courtesy visit to Norwegian Prime Minister Kari Dahl.",
                     "On May 10, Ambassador Ma Lin received a courtesy call from Norwegian Prime Minister Kari Dahl."):
        assert _sides(_embassy(sentence)) == [("Ma Lin", None, "Kari Dahl")], sentence


def test_place_and_date_after_a_counterpart_end_the_office():
    r = _embassy("Ambassador Ma Lin met with Kari Dahl, Speaker of the Storting, at Example House on 10 May.")
    assert [(c["title"], c["organization"]) for m in r["meetings"] for c in m["counterparts"]] == [("Speaker", "Storting")]
    r = _embassy("Ambassador Ma Lin called on Kari Dahl, Speaker of the Storting, at her office on 10 May.")
    assert [(c["title"], c["organization"]) for m in r["meetings"] for c in m["counterparts"]] == [("Speaker", "Storting")]
    r = _embassy("Ambassador Ma Lin met with Kari Dahl, Chair of the Example Association, on May 10.")
    assert [(c["title"], c["organization"]) for m in r["meetings"] for c in m["counterparts"]] \
        == [("Chair", "Example Association")]
    assert r["meeting_date"] == "2023-05-10"


def test_back_reference_possessive_before_an_office():
    assert _offices("Kari Dahl, the foundation's president")[0][1] == "president"
    assert _offices("its deputy leader Kari Dahl")[0][1] == "deputy leader"


def test_delegation_led_by_in_an_apposition_of_a_later_sentence():
    text = ("Ma Lin Meets with Delegation\n ( 2023.05.12 )\n\n"
            "Beijing, May 11th—Ma Lin, Minister of the Example Department, met here today with a delegation of the "
            "Centre Party of Norway.\n\n"
            "The delegation, led by Kari Dahl, Deputy Leader of the party, is visiting China at the invitation of "
            "the Example Department.\n")
    r = parse_release(text, release_id="idcpc-20230512-1")
    assert [(c["name"], c["title"]) for m in r["meetings"] for c in m["counterparts"]] == [("Kari Dahl", "Deputy Leader")]


def test_arrival_and_message_leads_name_their_official():
    r = parse_release("Chinese FM arrives in Lisbon\n\n2023-05-12 19:15:00\n\nLISBON, May 12 (Xinhua) -- Chinese "
                      "Foreign Minister Ma Lin arrived here Friday for an official visit to Portugal.\n", release_id="x-4")
    assert (r["kind"], [a["name"] for a in r["actors"]]) == ("visit", ["Ma Lin"])
    r = parse_release("Chinese president congratulates Portuguese PM\n\n2023-05-12 19:15:00\n\nBEIJING, May 12 "
                      "(Xinhua) -- Chinese President Ma Lin on Friday sent a congratulatory message to Ana Costa on "
                      "her re-election as Portugal's prime minister.\n", release_id="x-5")
    assert (r["kind"], [a["name"] for a in r["actors"]]) == ("other", ["Ma Lin"])


def test_british_spelling_of_frameworks():
    assert find_mentions("as members of the Shanghai Cooperation Organisation (SCO) and the World Health Organisation") \
        == ["Shanghai Cooperation Organisation (SCO)", "World Health Organisation"]


def test_reported_meeting_after_said_has_the_reported_subject():
    r = _wire_said("Foreign Ministry spokesperson Kari Dahl said Chinese Vice Premier Ma Lin met with Norwegian "
                   "Foreign Minister Per Berg on Tuesday.")
    assert _sides(r) == [("Ma Lin", None, "Per Berg")]
    r = _wire_said("A spokesperson said Tuesday that Chinese Vice Premier Ma Lin held talks with Norwegian "
                   "Foreign Minister Per Berg.")
    assert _sides(r) == [("Ma Lin", None, "Per Berg")]


def test_range_of_the_forum_a_meeting_was_held_at_is_not_the_meetings():
    r = parse_release(_xinhua_lead("Chinese Vice Premier Ma Lin met with Norwegian Foreign Minister Kari Dahl on "
                                   "Thursday on the sidelines of the Example Forum held from May 10 to 12."),
                      release_id="x-6")
    assert r["meeting_date"] == "2023-05-11"


def test_body_written_before_the_office_is_the_organization():
    assert _offices("Labour Party Secretary General Kari Dahl") == [("Kari Dahl", "Secretary General", "Labour Party", None)]
    assert _offices("Norwegian Parliament Speaker Tom Berg") == [("Tom Berg", "Speaker", "Parliament", "NOR")]
    assert _offices("Prime Minister Tom Berg")[0][1:3] == ("Prime Minister", None)


def test_royal_and_gulf_honorifics_are_dropped():
    assert _offices("His Majesty King Tomas Berg")[0][:2] == ("Tomas Berg", "King")
    assert _offices("Qatari Foreign Minister Sheikh Ahmed bin Omar Al Example")[0][:2] \
        == ("Ahmed bin Omar Al Example", "Foreign Minister")


def test_press_conference_of_questions_only_has_no_actor_and_is_dated_by_its_posting():
    # The spokesperson's regular press conference: the people a question names are the subject of
    # the question, not of the release ("Q: On Monday, X announced ..." made X an actor).
    text = ("Foreign Ministry Spokesperson Ma Lin's Regular Press Conference on March 4, 2021\n"
            "Q: On Tuesday, Prime Minister Tom Berg said he would speak with the Chinese leader by phone. "
            "Do you have a comment?\n"
            "A: China's position on this is consistent and clear.\n"
            "Q: Minister Ana Costa met with the trade envoy yesterday. What is your view?\n"
            "A: We have noted the reports.\n")
    r = parse_release(text, release_id="fmprc-20210304-1")
    assert (r["meetings"], r["actors"], r["present"]) == ([], [], [])
    assert (r["kind"], r["mode"], r["meeting_date"]) == ("other", "in_person", "2021-03-04")
    assert any("press conference" in w for w in r["warnings"])


def test_press_conference_announcement_before_the_questions_names_the_actor():
    text = ("Foreign Ministry Spokesperson Ma Lin's Regular Press Conference on March 4, 2021\n"
            "At the invitation of Foreign Minister Ana Costa of Portugal, State Councilor Wang Bo will pay an "
            "official visit to Portugal from March 8 to 10.\n"
            "Q: Senator Tom Berg said yesterday that the talks had failed. What is your comment?\n"
            "A: We have noted the reports.\n")
    r = parse_release(text, release_id="fmprc-20210304-2")
    assert [p["name"] for p in r["actors"]] == ["Wang Bo"]
    assert all(p["name"] != "Tom Berg" for p in r["actors"] + r["present"])


def test_numbered_announcements_lose_their_numbers():
    text = ("Regular Press Conference on May 6, 2020\n"
            "I. Vice President Wang Bo will attend the opening ceremony of the Example Forum on May 9.\n"
            "II. At the invitation of the Finnish side, Vice Premier Ma Lin will visit Finland.\n")
    rel = split_release(text)
    assert rel.paragraphs[0].startswith("Vice President Wang Bo")
    assert rel.paragraphs[1].startswith("At the invitation")
    r = parse_release(text, release_id="fmprc-20200506-1")
    assert [(p["name"], p["title"]) for p in r["actors"]] == [("Wang Bo", "Vice President")]
    # a lone initial is no list
    assert split_release("Title\nV. Petrov met with Ma Lin in Moscow.\n").paragraphs == ["V. Petrov met with Ma Lin in Moscow."]


def test_event_name_opening_a_sentence_or_a_question_loses_the_and_q():
    assert find_mentions("Good progress was made. The Example Foreign Ministers' Meeting was a success.") == [
        "Example Foreign Ministers' Meeting"]
    assert find_mentions("Q: The 5th Example Leaders' Meeting ended today. What is your view?") == [
        "Example Leaders' Meeting"]
    # a framework's own summit is the framework, with "The" in front as without
    assert find_mentions("The G20 Lima Summit was held. It went well.") == ["G20"]


def test_an_event_that_will_be_held_is_no_actor_the_official_attending_it_is():
    text = ("Regular Press Conference on July 3, 2019\n"
            "The 8th Example Peace Forum will be held from July 8 to 9 at Example University. "
            "Vice President Wang Bo will attend and address the opening ceremony.\n")
    r = parse_release(text, release_id="fmprc-20190703-1")
    assert [(p["name"], p["title"]) for p in r["actors"]] == [("Wang Bo", "Vice President")]


def test_no_kind_word_and_no_meeting_sentence_is_an_event_chaired_by_its_actor():
    # A release stored without its headline: nothing says "meets" or "attends", and no sentence
    # reports a meeting, so it is about an event; the official who chairs it is its actor.
    text = ("Updated: May 3, 2021 10:00\n"
            "Foreign ministers of Ruritania, Freedonia and China will hold a video conference on trade on May 5. "
            "The conference will be chaired by State Councilor and Foreign Minister Wang Bo.\n")
    r = parse_release(text, release_id="fmprc-20210503-1")
    assert r["kind"] == "other"
    assert [(p["name"], p["title"]) for p in r["actors"]] == [("Wang Bo", "State Councilor")]


def test_an_official_who_invited_guests_is_the_actor_and_the_guests_are_present():
    text = ("2024-05-16 13:07\n"
            "On May 15, 2024, the Chinese Embassy held a reception for the Spring Festival. Ambassador Ma Lin "
            "invited Hon. Speaker of the Parliament Tom Berg and other members of the parliament to attend "
            "the reception.\n")
    r = parse_release(text, release_id="embassy-20240516-1")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]
    assert [p["name"] for p in r["present"]] == ["Tom Berg"]


def _met(r):
    return [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]]


def test_dateline_with_a_news_agencys_tag():
    # Foreign agencies tag their datelines as Xinhua does: "Hanoi (VNA) –", "NAIROBI, June 12 (KNA) --".
    r = parse_release("Party official receives delegation\nHanoi (VNA) – Politburo member Tran Van Nam received "
                      "Ma Lin, head of the Example Department, in Hanoi on November 20, 2023.\n", release_id="other-1")
    assert (r["location"], r["meeting_date"]) == ("Hanoi", "2023-11-20")
    assert r["meetings"][0]["principals"][0]["title"] == "Politburo member"
    r = parse_release("Talks at State House\nNAIROBI, June 12 (KNA) -- President Tom Berg held talks with Ma Lin, "
                      "head of the Example Department.\n", release_id="other-20240613-1")
    assert (r["location"], r["meeting_date"]) == ("Nairobi", "2024-06-12")
    assert r["meetings"][0]["principals"][0]["title"] == "President"


def test_dateline_on_a_line_of_its_own():
    r = parse_release("Foreign Minister meets Chinese Ambassador\nIslamabad, 14 March 2024\n"
                      "Foreign Minister Tom Berg held a meeting with the Ambassador of China, H.E. Ma Lin, today.\n",
                      release_id="other-2")
    assert (r["location"], r["meeting_date"]) == ("Islamabad", "2024-03-14")
    assert _met(r) == [(["Tom Berg"], ["Ma Lin"])]
    r = parse_release("President meets CPC delegation\nNairobi, Wednesday, June 12, 2024\n"
                      "President Tom Berg has met with a delegation of the CPC led by Ma Lin.\n", release_id="other-3")
    assert (r["location"], r["meeting_date"]) == ("Nairobi", "2024-06-12")


def test_weekday_date_and_time_stamp_is_the_posting_date_not_a_place():
    r = parse_release("Envoy calls on PM\nTuesday, 14 November 2023 - 19:20\n"
                      "Chinese Ambassador Ma Lin called on Prime Minister Tom Berg at his office on Tuesday.\n",
                      release_id="other-4")
    assert (r["published"], r["meeting_date"], r["location"]) == ("2023-11-14", "2023-11-14", None)


def test_a_courtesy_call_received_with_time_and_place_between():
    r = parse_release("PM receives envoy\nPhnom Penh, September 12, 2024 AKP --\nPrime Minister Tom Berg received here "
                      "this morning a courtesy call from H.E. Ma Lin, Chinese Ambassador to Cambodia.\n",
                      release_id="other-5")
    assert (r["location"], r["meeting_date"]) == ("Phnom Penh", "2024-09-12")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["counterparts"]] == [("Ma Lin", "Ambassador to Cambodia")]


def test_an_actor_without_a_stated_country_takes_the_country_the_release_is_about():
    text = ("President hosts reception\nNairobi, June 12, 2024\nPresident Tom Berg hosted a reception for the "
            "diplomatic corps at State House. He said Kenya values its partners and Kenya will stay open.\n")
    r = parse_release(text, release_id="other-6")
    assert [(p["name"], p["country"]) for p in r["actors"]] == [("Tom Berg", "KEN")]


def test_how_a_meeting_was_held_ends_the_counterparts_phrase():
    for how in ("via videolink", "by video link", "over the phone", "via teleconference"):
        r = parse_release(f"Talks\n( 2022.05.10 )\nBeijing, May 9th—Ma Lin, Vice-minister of the Example Department, "
                          f"met here today with leader of the Example League, Tom Berg, {how}.\n",
                          release_id="idcpc-20220510-1")
        assert [(p["name"], p["title"], p["organization"]) for p in r["meetings"][0]["counterparts"]] == [
            ("Tom Berg", "leader", "Example League")], how


def test_people_who_attended_the_webinar_or_forum_were_present():
    for event in ("webinar", "forum", "symposium", "conference"):
        r = parse_release(f"Ma Lin Attends a {event.title()}\n( 2021.07.31 )\nOn 30 July 2021, Ma Lin, Vice-minister of "
                          f"the Example Department, attended a {event} on trade. Kenyan Cabinet Secretary Tom Berg "
                          f"attended the {event}.\n", release_id="idcpc-20210731-1")
        assert [p["name"] for p in r["actors"]] == ["Ma Lin"], event
        assert [(p["name"], p["country"]) for p in r["present"]] == [("Tom Berg", "KEN")], event


def test_consultations_and_talks_with_more_kinds_of_adjective():
    for words in ("diplomatic consultations", "political consultations", "vice-ministerial talks", "frank talks"):
        r = parse_release(f"Consultations\nUpdated: November 14, 2023 20:00\nOn November 14, 2023, Vice Foreign Minister "
                          f"Ma Lin held {words} with ROK First Vice Foreign Minister Tom Berg in Seoul.\n",
                          release_id="fmprc-20231114-1")
        assert _met(r) == [(["Ma Lin"], ["Tom Berg"])], words


def test_delegation_including_only_countries_is_the_counterpart_delegation():
    r = parse_release("Ma Lin Meets with Young Leaders\n( 2023.07.05 )\nBeijing, July 4th—Ma Lin, Vice-minister of the "
                      "Example Department, met here today with a delegation of young leaders from political parties "
                      "of 12 African countries including Ghana, Kenya and Zambia.\n", release_id="idcpc-20230705-1")
    assert r["meetings"][0]["counterparts"] == []
    assert r["meetings"][0]["counterpart_delegation"].startswith("a delegation of young leaders")


def test_video_calls_respectively_are_one_call_each():
    r = parse_release("Ma Lin Holds Video Calls with Party Leaders\n( 2024.05.08 )\nBeijing, May 7th—Ma Lin, Minister of "
                      "the Example Department, held video calls respectively with Tom Berg, Head of the Example Party "
                      "of Cuba, and Ana Costa, President of the Example Party of Brazil.\n", release_id="idcpc-20240508-1")
    assert (r["kind"], r["mode"]) == ("talks", "video")
    assert _met(r) == [(["Ma Lin"], ["Tom Berg"]), (["Ma Lin"], ["Ana Costa"])]


def test_local_time_after_the_dates_year_is_not_an_office():
    r = parse_release("Ma Lin Meets with Tom Berg\n2024-09-25 09:00\nOn September 24, 2024 local time, Ma Lin met with "
                      "Foreign Minister Tom Berg of Ruritania in New York.\n", release_id="fmprc-20240925-1")
    assert r["meeting_date"] == "2024-09-24"
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Ma Lin", None)]


def test_the_husband_named_to_say_who_a_counterpart_is_is_no_counterpart():
    r = parse_release("Ma Lin Meets with Wife of Ruritanian President\nUpdated: December 13, 2023 18:00\nOn December 12, "
                      "2023, Madam Ma Lin met with Madam Ana Costa, wife of Ruritanian President Tom Berg, in Hanoi.\n",
                      release_id="fmprc-20231213-1")
    assert _met(r) == [(["Ma Lin"], ["Ana Costa"])]


def test_second_meeting_of_the_same_subject_in_one_sentence():
    text = ("Senior official visits Ruritania\n(Xinhua) 09:00, June 20, 2024\nZENDA, June 19 (Xinhua) -- Ma Lin, head "
            "of the Example Department, visited Ruritania from June 13 to 19. In Zenda, Ma met with President Tom Berg "
            "and held talks with Ana Costa, secretary-general of the Example Party.\n")
    r = parse_release(text, release_id="people-20240620-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Berg"]), (["Ma Lin"], ["Ana Costa"])]
    # "and exchanged views on ..." names no one new
    r = parse_release("T\nBEIJING, May 3 (Xinhua) -- Ma Lin met with Tom Berg and exchanged views on bilateral ties.\n",
                      release_id="xinhua-20240504-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Berg"])]


def test_wire_service_dateline_with_country_and_slashed_tag():
    r = parse_release("Vice FM meets Foreign Secretary\nDHAKA, BANGLADESH, January 15, 2025 /EINPresswire.com/ -- Vice "
                      "Foreign Minister Ma Lin met with Foreign Secretary Tom Berg in Dhaka on Monday.\n",
                      release_id="other-1")
    assert (r["location"], r["meeting_date"]) == ("Dhaka", "2025-01-13")
    assert r["meetings"][0]["principals"][0]["title"] == "Vice Foreign Minister"


def test_publication_tag_before_the_dash_and_abbreviated_weekday_stamp():
    r = parse_release("Ruritania, China discuss cooperation\nWed, Mar 20, 2024, 08:15 pm SL Time, NEWSWIRE\n"
                      "NEWSWIRE – Ghana's Foreign Minister Tom Berg met with China's Vice Minister of Foreign Affairs "
                      "Ma Lin in Zenda on Tuesday, the foreign ministry said.\n", release_id="other-2")
    assert (r["published"], r["meeting_date"]) == ("2024-03-20", "2024-03-19")
    assert _met(r) == [(["Tom Berg"], ["Ma Lin"])]
    assert r["meetings"][0]["principals"][0]["title"] == "Foreign Minister"


def test_the_office_alone_refers_back_to_the_person_named_with_it():
    r = parse_release("Visit of the Foreign Minister\nKathmandu, 26 March 2022\nState Councilor and Foreign Minister "
                      "H.E. Mr. Ma Lin paid an official visit to Ruritania from 25 to 27 March 2022. During the visit, "
                      "the State Councilor called on Rt. Hon. Tom Berg, Prime Minister of Ruritania.\n",
                      release_id="other-3")
    assert _met(r) == [(["Ma Lin"], ["Tom Berg"])]


def test_met_and_hosted_a_dinner_for_is_a_meeting_with_the_guests():
    for verb in ("met and hosted a dinner for", "met with and feted", "met and hosted a welcome banquet in honor of"):
        r = parse_release(f"Ma Lin Meets with Delegation\n( 2010.05.20 )\nBeijing, May 19th--Ma Lin, head of the Example "
                          f"Department, {verb} a delegation of the Example Party of Finland led by its Chairman Tom "
                          f"Berg here today.\n", release_id="idcpc-20100520-1")
        m = r["meetings"][0]
        assert [p["name"] for p in m["counterparts"]] == ["Tom Berg"], verb
        assert m["counterpart_delegation"].startswith("a delegation of the Example Party of Finland"), verb


def _names(meeting, side="counterparts"):
    return [p["name"] for p in meeting[side]]


def test_with_written_twice_around_the_time_still_gives_the_guests():
    # A typo the sources do make: "met with here today with ...".
    text = ("Ma Lin Meets with Envoys\n ( 2022.05.11 )\n\nBeijing, May 10th—Ma Lin, head of the Example "
            "Department, held a group meeting with here today with diplomatic envoys of Pacific countries.\n")
    r = parse_release(text, release_id="idcpc-1")
    assert len(r["meetings"]) == 1
    assert _names(r["meetings"][0], "principals") == ["Ma Lin"]
    assert r["meetings"][0]["counterpart_delegation"] == "diplomatic envoys of Pacific countries"


def test_mechanism_named_in_full_between_the_and_its_kind():
    text = ("Vice FM Ma Lin Holds Consultations\n2025-02-11 18:00\n\nOn February 10, 2025, Vice Foreign "
            "Minister Ma Lin held the Vice Foreign Minister-State Secretary dialogue with Norwegian State "
            "Secretary Ola Berg in Beijing.\n")
    r = parse_release(text, release_id="fmprc-1")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ola Berg"])]
    text2 = text.replace("the Vice Foreign Minister-State Secretary dialogue", "the sixth round of China-Norway "
                         "political consultations")
    r2 = parse_release(text2, release_id="fmprc-1")
    assert [_names(m) for m in r2["meetings"]] == [["Ola Berg"]]


def test_semicolon_list_closed_by_and_keeps_the_last_two_apart():
    people = parse_people("Chairman of the Example Party Tom Berg; President of the Senate of Chile Ana Ruiz; "
                          "and Secretary of the Sample Front Kofi Mensah")
    assert [(p["name"], p["title"]) for p in people] == [
        ("Tom Berg", "Chairman"), ("Ana Ruiz", "President"), ("Kofi Mensah", "Secretary")]


def test_capitalised_words_opening_a_bodys_name_are_no_person():
    people = parse_people("foreign guests attending the 9th Sample Harbour Forum")
    assert people == []
    text = ("On May 3, 2024, Vice President Ma Lin met in Beijing with foreign guests attending the 9th Sample "
            "Harbour Forum, including Minister of Defence of Chile Ana Ruiz.\n")
    r = parse_release(text, release_id="fmprc-2")
    assert [_names(m) for m in r["meetings"]] == [["Ana Ruiz"]]


def test_speaking_with_someone_is_the_call_not_a_statement():
    text = ("Ma Lin Speaks with Chilean Foreign Minister\n2024-10-15 11:00\n\nOn October 14, 2024, Foreign Minister "
            "Ma Lin spoke with Chilean Foreign Minister Ana Ruiz on the phone.\n\nAna Ruiz said that Chile values "
            "its ties with China.\n\nMa Lin spoke highly of the cooperation.\n")
    r = parse_release(text, release_id="fmprc-3")
    assert [s["speaker"] for s in r["statements"]] == ["Ana Ruiz", "Ma Lin"]
    assert r["statements"][1]["text"].startswith("Ma Lin spoke highly")


def test_weekday_after_the_city_is_the_date_not_the_city():
    text = ("Ma Lin meets Chilean guests\nMa Lin, chairman of the Example Committee, met with a delegation from "
            "the Chilean Senate headed by its President Ana Ruiz in Beijing Thursday.\n")
    assert parse_release(text, release_id="people-1")["location"] == "Beijing"


def test_honorific_without_its_period_is_no_part_of_the_name():
    people = parse_people("Minister of International Relations Dr Ana Ruiz")
    assert [(p["name"], p["title"]) for p in people] == [("Ana Ruiz", "Minister of International Relations")]


def test_foreign_ministry_report_dated_after_the_meeting():
    # A foreign ministry's own release: its dateline is the report's city and day; the event
    # sentence says where and when the call was; the foreign side's country is the dateline city's.
    text = ("Foreign Secretary calls on Chinese Vice Foreign Minister\nColombo, 14 August 2023\n"
            "Foreign Secretary Ana Perera called on Vice Minister of Foreign Affairs of the People's Republic of "
            "China Ma Lin at the Ministry of Foreign Affairs in Beijing on 11 August 2023.\n")
    r = parse_release(text, release_id="other-1")
    assert (r["meeting_date"], r["location"]) == ("2023-08-11", "Beijing")
    m = r["meetings"][0]
    assert [(p["name"], p["country"]) for p in m["principals"] + m["counterparts"]] == [
        ("Ana Perera", "LKA"), ("Ma Lin", "CHN")]


def test_city_of_the_meeting_gives_the_country_a_text_names_no_other_way():
    text = ("Minister receives Chinese delegation\nMinister of Trade Ana Ruiz received a delegation from the "
            "International Department of the Communist Party of China led by Vice Minister Ma Lin in Nairobi on "
            "Monday, 14 June 2004.\n")
    r = parse_release(text, release_id="other-2")
    assert r["location"] == "Nairobi"
    assert [p["country"] for p in r["meetings"][0]["principals"]] == ["KEN"]


def test_passive_meeting_makes_the_agent_the_principal():
    text = ("Visiting Chilean president received by Chinese premier\nVisiting Chilean President Ana Ruiz was "
            "received by Chinese Premier Ma Lin at the Great Hall of the People on Tuesday, Nov. 28, 2023.\n")
    r = parse_release(text, release_id="people-2")
    assert r["kind"] == "meeting"
    m = r["meetings"][0]
    assert [(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] == [
        ("Ma Lin", "Premier"), ("Ana Ruiz", "President")]
    text2 = ("Ma Lin Meets with President of the Senate of Chile\n ( 2023.08.09 )\n\nSantiago, August 8th—Ma Lin, "
             "Minister of the Example Department, was met by Tomas Vidal, President of the Senate of Chile, here today.\n")
    m2 = parse_release(text2, release_id="idcpc-2")["meetings"][0]
    assert [(p["name"], p["organization"]) for p in m2["principals"] + m2["counterparts"]] == [
        ("Tomas Vidal", "Senate of Chile"), ("Ma Lin", "Example Department")]


def test_talks_between_two_officials_were_held():
    text = ("Chinese FM meets Chilean counterpart\n\nBEIJING, May 24, 2024 (Xinhua) -- Talks between Chinese "
            "Foreign Minister Ma Lin and Chilean Foreign Minister Ana Ruiz were held in Beijing on Friday.\n")
    r = parse_release(text, release_id="xinhua-1")
    m = r["meetings"][0]
    assert [(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] == [
        ("Ma Lin", "Foreign Minister"), ("Ana Ruiz", "Foreign Minister")]


def test_regnal_number_is_part_of_the_name_and_states_is_no_name():
    people = parse_people("Spanish King Carlos VI")
    assert [(p["name"], p["title"], p["country"]) for p in people] == [("Carlos VI", "King", "ESP")]
    people = parse_people("Secretary-General of the League of Arab States Omar Haddad")
    assert [(p["name"], p["organization"]) for p in people] == [("Omar Haddad", "League of Arab States")]


def test_office_and_body_named_for_dialogue_are_no_mention():
    text = ("The session was chaired by Tom Berg, Executive Director of the Centre for Peace Dialogue, the host. "
            "They met at the China-Norway Strategic Dialogue.")
    assert find_mentions(text) == ["China-Norway Strategic Dialogue"]


def test_two_delegations_each_led_by_someone_are_two_meetings():
    text = ("Ma Lin Meets with Chilean Guests\n ( 2019.05.20 )\n\nBeijing, May 17th—Ma Lin, Vice-minister of the "
            "Example Department, met here today with the delegation of cadres of the Socialist Party of Chile led by "
            "Ana Ruiz, Deputy Head of its Commission for External Relations, and the delegation of the Chilean "
            "Youth Front led by Tomas Vidal, its President.\n")
    r = parse_release(text, release_id="idcpc-3")
    assert [(_names(m), m["counterpart_delegation"]) for m in r["meetings"]] == [
        (["Ana Ruiz"], "the delegation of cadres of the Socialist Party of Chile led by Ana Ruiz"),
        (["Tomas Vidal"], "the delegation of the Chilean Youth Front led by Tomas Vidal")]
    assert r["meetings"][0]["counterparts"][0]["organization"] == "Commission for External Relations"


def test_legislature_name_before_a_name_is_no_part_of_it():
    people = parse_people("Speaker of the State Great Hural Batbold Tsend")
    assert [(p["name"], p["organization"], p["country"]) for p in people] == [
        ("Batbold Tsend", "State Great Hural", "MNG")]


def test_wire_lead_with_the_meeting_in_a_phrase_around_the_speaker():
    text = ("China, Chile vow to deepen ties\n\nBEIJING, Sept. 3, 2024 (Xinhua) -- Meeting with Chilean Foreign "
            "Minister Ana Ruiz in Beijing on Monday, Chinese Foreign Minister Ma Lin said China is willing to work "
            "with Chile.\n")
    m = parse_release(text, release_id="xinhua-2")["meetings"]
    assert [(p["name"], p["title"]) for p in m[0]["principals"] + m[0]["counterparts"]] == [
        ("Ma Lin", "Foreign Minister"), ("Ana Ruiz", "Foreign Minister")]
    text2 = ("Chinese VP calls for closer ties with Chile\n\nBEIJING, April 11, 2024 (Xinhua) -- Chinese Vice "
             "President Ma Lin told Chilean Vice President Ana Ruiz during talks on Thursday that China is ready "
             "to work with Chile.\n")
    r = parse_release(text2, release_id="xinhua-3")
    m2 = r["meetings"]
    assert [(p["name"], p["country"]) for p in m2[0]["principals"] + m2[0]["counterparts"]] == [
        ("Ma Lin", "CHN"), ("Ana Ruiz", "CHL")]
    assert r["meeting_date"] == "2024-04-11"


def test_body_before_a_managing_office_and_a_portfolio_of_several_words():
    people = parse_people("International Monetary Fund Managing Director Ana Ruiz")
    assert [(p["title"], p["organization"]) for p in people] == [("Managing Director", "International Monetary Fund")]
    people = parse_people("Minister of Development, Industry, Trade and Services Tomas Vidal")
    assert [(p["name"], p["title"], p["organization"]) for p in people] == [
        ("Tomas Vidal", "Minister of Development, Industry, Trade and Services", None)]


def test_foreign_datelines_with_a_country_or_a_colon():
    text = ("President meets Chinese envoy\nNairobi, Kenya, 18 April 2024 — President Tom Otieno has met with "
            "Chinese Ambassador to Kenya Ma Lin at State House, Nairobi.\n")
    r = parse_release(text, release_id="other-3")
    assert (r["location"], r["meeting_date"]) == ("Nairobi", "2024-04-18")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Tom Otieno", "President")]
    text2 = ("PM meets Chinese delegation\nKathmandu, March 26, 2024: Prime Minister Ram Thapa met with a delegation "
             "of the Communist Party of China led by Ma Lin at his official residence in Baluwatar on Tuesday.\n")
    r2 = parse_release(text2, release_id="other-4")
    assert (r2["location"], r2["meeting_date"]) == ("Kathmandu", "2024-03-26")
    assert [p["title"] for p in r2["meetings"][0]["principals"]] == ["Prime Minister"]


def test_malaysian_and_cambodian_honorifics_are_no_part_of_the_name():
    people = parse_people("YB Dato' Seri Utama Haji Ahmad bin Haji Yusof, Minister of Foreign Affairs of Malaysia")
    assert [(p["name"], p["title"]) for p in people] == [("Ahmad bin Haji Yusof", "Minister of Foreign Affairs")]
    people = parse_people("Samdech Moha Borvor Thipadei Sok Vanna, Prime Minister of the Kingdom of Cambodia")
    assert [p["name"] for p in people] == ["Sok Vanna"]


def test_video_conference_with_one_counterpart_is_talks():
    text = ("Ma Lin Holds Video Conference with Foreign Minister of Chile\n2024-01-02 10:00\nOn January 2, 2024, "
            "Foreign Minister Ma Lin held a video conference with Chilean Foreign Minister Ana Ruiz.\n")
    r = parse_release(text, release_id="fmprc-4")
    assert (r["kind"], r["mode"]) == ("talks", "video")
    assert [_names(m) for m in r["meetings"]] == [["Ana Ruiz"]]


def test_copy_of_credentials_received_or_presented_is_a_meeting():
    text = ("Vice Foreign Minister Ma Lin Receives Copy of Credentials from New Chilean Ambassador\n2024-01-02 10:00\n"
            "On January 2, 2024, Vice Foreign Minister Ma Lin received a copy of credentials from new Chilean "
            "Ambassador to China Ana Ruiz.\n")
    r = parse_release(text, release_id="fmprc-5")
    assert r["kind"] == "meeting"
    assert [(p["name"], p["title"], p["country"]) for p in r["meetings"][0]["counterparts"]] == [
        ("Ana Ruiz", "Ambassador to China", "CHL")]
    text2 = ("New Chilean Ambassador Presents Copy of Credentials\n2024-01-02 10:00\nOn January 2, 2024, new Chilean "
             "Ambassador to China Ana Ruiz presented a copy of her credentials to Vice Foreign Minister Ma Lin.\n")
    r2 = parse_release(text2, release_id="fmprc-6")
    assert r2["kind"] == "meeting"
    assert [(_names(m, "principals"), _names(m)) for m in r2["meetings"]] == [(["Ana Ruiz"], ["Ma Lin"])]


def test_counterpart_holds_the_principals_office():
    text = ("Chinese, Chilean FMs hold talks over phone\nBEIJING, Jan. 2, 2024 (Xinhua) -- Chinese Foreign Minister "
            "Ma Lin held talks over the phone with his Chilean counterpart Ana Ruiz on Tuesday.\n")
    r = parse_release(text, release_id="xinhua-4")
    assert [(p["name"], p["title"], p["country"]) for p in r["meetings"][0]["counterparts"]] == [
        ("Ana Ruiz", "Foreign Minister", "CHL")]


def test_meeting_the_press_and_signing_are_events_not_meetings():
    from parsers.kinds import kind_of
    assert kind_of("Ma Lin and Chilean Foreign Minister Jointly Meet the Press") == "other"
    assert kind_of("Ma Lin Signs Agreement with Chilean Foreign Minister") == "other"
    assert kind_of("China, Chile sign agreements after talks") == "talks"  # the talks are what happened
    text = ("Ma Lin and Chilean Foreign Minister Jointly Meet the Press\n2024-01-02 10:00\nOn January 2, 2024, "
            "Foreign Minister Ma Lin and Chilean Foreign Minister Ana Ruiz jointly met the press in Beijing.\n")
    r = parse_release(text, release_id="fmprc-7")
    assert ([p["name"] for p in r["actors"]], [p["name"] for p in r["present"]]) == (["Ma Lin"], ["Ana Ruiz"])


def test_a_frameworks_leaders_meeting_is_a_mention_and_a_summit_of_a_forum_gives_the_forum():
    assert find_mentions("Xi will attend the 19th G20 Leaders' Meeting in Rio.") == ["G20 Leaders' Meeting"]
    got = find_mentions("They will implement the outcomes of the Lima Summit of the Forum on China-Africa "
                        "Cooperation (FOCAC).")
    assert got == ["Forum on China-Africa Cooperation (FOCAC)"]


def test_people_present_at_a_briefing_named_after_including():
    text = ("The Example Department Holds a Briefing for Foreign Diplomats\n ( 2024.07.26 )\n\nBeijing, July 25th—The "
            "Example Department held a briefing for foreign diplomats here today. Ma Lin, Minister of the Example "
            "Department, attended and delivered a speech. More than 200 people including Chilean Ambassador to China "
            "Ana Ruiz attended the briefing.\n")
    r = parse_release(text, release_id="idcpc-4")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in r["present"]] == [("Ana Ruiz", "Ambassador to China")]


def test_participants_of_a_seminar_led_by_someone_are_a_delegation():
    text = ("Ma Lin Meets with Participants of a Seminar\n ( 2024.09.19 )\n\nBeijing, September 18th—Ma Lin, "
            "Minister of the Example Department, met here today with participants of the seminar for senior cadres "
            "of the Socialist Party of Chile, led by Ana Ruiz, Vice President of the party.\n")
    m = parse_release(text, release_id="idcpc-5")["meetings"]
    assert [(_names(x), x["counterpart_delegation"]) for x in m] == [(["Ana Ruiz"], "participants of the seminar for "
                                                                       "senior cadres of the Socialist Party of Chile, led by Ana Ruiz")]


def test_each_meeting_of_a_visit_to_several_countries_takes_its_sentences_country():
    text = ("CPC delegation visits Chile, Peru\nLIMA, June 14, 2024 (Xinhua) -- A delegation of the Communist Party of "
            "China (CPC) led by Ma Lin, vice minister of the Example Department, visited Chile and Peru from June 6 to "
            "14.\nIn Chile, the delegation met with Senate President Ana Ruiz and Socialist Party President Tomas "
            "Vidal respectively. In Peru, Ma met with Prime Minister Luis Soto.\n")
    r = parse_release(text, release_id="people-3")
    assert [[(p["name"], p["country"]) for p in m["counterparts"]] for m in r["meetings"]] == [
        [("Ana Ruiz", "CHL")], [("Tomas Vidal", "CHL")], [("Luis Soto", "PER")]]


def test_spouse_attending_a_welcome_ceremony_is_present():
    text = ("Ma Lin Holds Talks with Chilean President\n2024-06-20 10:00\nOn June 19, 2024, President Ma Lin held talks "
            "with Chilean President Ana Ruiz at the Great Hall of the People. Before the talks, Ma Lin held a welcome "
            "ceremony for Ana Ruiz. Li Hua and Ana Ruiz's husband Tomas Vidal attended the welcome ceremony.\n")
    r = parse_release(text, release_id="fmprc-8")
    assert [p["name"] for p in r["present"]] == ["Li Hua", "Tomas Vidal"]


def test_meeting_nouns_with_joined_adjectives_and_working_meals():
    lead = "Ma Lin Meets with Chilean Guests\n ( 2024.05.06 )\n\nBeijing, May 5th—Ma Lin, Minister of the Example Department, "
    for phrase in ("had a cordial and friendly conversation with", "held a working lunch here today with",
                   "held a symposium here today with"):
        r = parse_release(lead + phrase + " Ana Ruiz, President of the Socialist Party of Chile.\n", release_id="idcpc-6")
        assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])], phrase


def test_headline_verbs_of_visits_speeches_and_statements():
    from parsers.kinds import kind_of
    assert [kind_of(t) for t in ("Ma Lin Arrives in Chile", "Ma Lin Travels to Chile")] == ["visit", "visit"]
    assert [kind_of(t) for t in ("Ma Lin Delivers Speech at the Example Forum", "Ma Lin Gives Interview to Chilean Media",
                                 "Ma Lin Replies to Letter from Chilean Students", "China, Chile Issue Joint Statement",
                                 "Ma Lin Briefs Press on the Visit")] == ["other"] * 5
    assert kind_of("Ma Lin Briefs Chilean Counterpart on the Situation over Phone") == "talks"
    assert kind_of("Ma Lin Holds Talks with Chilean President, Issue Joint Statement") == "talks"


def test_present_as_those_present_accompanying_or_taking_part():
    lead = ("Ma Lin Meets with Chilean Foreign Minister\n2024-05-06 10:00\nOn May 5, 2024, Foreign Minister Ma Lin met "
            "with Chilean Foreign Minister Ana Ruiz in Beijing.\n")
    for extra in ("Those present at the meeting included Vice Foreign Minister Li Hua and Chilean Ambassador to "
                  "China Tomas Vidal.", "Ana Ruiz was accompanied by Vice Foreign Minister Li Hua and Chilean "
                  "Ambassador to China Tomas Vidal.", "Accompanying Ana Ruiz were Vice Foreign Minister Li Hua and "
                  "Chilean Ambassador to China Tomas Vidal.",
                  "Vice Foreign Minister Li Hua and Chilean Ambassador to China Tomas Vidal took part in the meeting."):
        r = parse_release(lead + extra + "\n", release_id="fmprc-9")
        assert [p["name"] for p in r["present"]] == ["Li Hua", "Tomas Vidal"], extra


def test_leader_of_a_delegation_called_its_officer_belongs_to_the_delegations_body():
    text = ("Ma Lin meets Chilean guests\nBEIJING, Dec. 31, 2007 -- Chinese Vice President Ma Lin met with a delegation "
            "of the Socialist Party of Chile headed by its president Ana Ruiz here on Monday.\n")
    r = parse_release(text, release_id="people-4")
    assert [(p["name"], p["organization"], p["country"]) for p in r["meetings"][0]["counterparts"]] == [
        ("Ana Ruiz", "Socialist Party of Chile", "CHL")]


def test_delegation_named_with_an_acronym_before_the_noun_takes_its_leader_from_the_next_sentence():
    text = ("Senior CPC official meets with EPC delegation\nBEIJING, June 7 (Xinhua) -- Ma Lin, head of the Example "
            "Department, met with an Example People's Congress (EPC) delegation of Chile in Beijing on Wednesday.\n"
            "The delegation was led by Ana Ruiz, secretary general of the EPC.\n")
    m = parse_release(text, release_id="people-5")["meetings"]
    assert [(_names(x), x["counterpart_delegation"]) for x in m] == [
        (["Ana Ruiz"], "an Example People's Congress (EPC) delegation of Chile")]


def test_training_class_led_by_someone_is_a_delegation_and_latin_american_names_no_country():
    text = ("Ma Lin Meets with Latin American Guests\n ( 2024.07.26 )\n\nBeijing, July 24th—Ma Lin, Vice-minister of "
            "the Example Department, met here today with a training class of leaders of the Union of Latin American "
            "Parties led by Ana Ruiz, Vice President of the Union of Latin American Parties.\n")
    m = parse_release(text, release_id="idcpc-7")["meetings"]
    assert [(p["name"], p["country"]) for p in m[0]["counterparts"]] == [("Ana Ruiz", None)]
    assert m[0]["counterpart_delegation"].startswith("a training class of leaders")


def test_office_at_a_ministry_and_a_body_whose_name_goes_on_after_and():
    (p,) = parse_people("Ana Ruiz, Vice Minister for International Affairs at the Ministry of Economy, Trade and "
                        "Industry (MET) of Chile")
    assert (p["title"], p["organization"], p["country"]) == (
        "Vice Minister for International Affairs", "Ministry of Economy, Trade and Industry (MET) of Chile", "CHL")
    people = parse_people("Ana Ruiz, President of the Commission on International Relations and Human Mobility of "
                          "the National Assembly of Chile and Tomas Vidal, President of the Chile-China Friendship Group")
    assert [(p["name"], p["organization"]) for p in people] == [
        ("Ana Ruiz", "Commission on International Relations and Human Mobility of the National Assembly of Chile"),
        ("Tomas Vidal", "Chile-China Friendship Group")]
    # a new person with an office after "and" still splits
    people = parse_people("Vice Premier of the Example Council Ma Lin and Chilean Minister of the Interior Ana Ruiz")
    assert [p["name"] for p in people] == ["Ma Lin", "Ana Ruiz"]


def test_object_ends_before_the_same_day_and_a_trailing_place_after_a_comma():
    text = ("Ma Lin meets with Chilean and Peruvian delegations\nBEIJING, April 18 (Xinhua) -- Ma Lin, head of the "
            "Example Department, met with a delegation led by Ana Ruiz, general secretary of the Socialist Party "
            "of Chile, in Beijing on Tuesday. Ma met separately with a study group led by Tomas Vidal, general "
            "secretary of the Communist Party of Peru, on the same day.\n")
    m = parse_release(text, release_id="people-6")["meetings"]
    assert [x["counterparts"][0]["organization"] for x in m] == ["Socialist Party of Chile", "Communist Party of Peru"]
    text = ("China and Chile Hold Policy Planning Consultation\n2023-11-04 10:00\nOn November 1, 2023, Ma Lin, "
            "Director-General of the Department of Policy Planning of the Example Ministry, held foreign policy "
            "planning consultation with Ana Ruiz, Director of the Chilean Policy Planning Staff, in Vienna.\n")
    r = parse_release(text, release_id="fmprc-10")
    assert [(_names(x, "principals"), _names(x), x["counterparts"][0]["organization"]) for x in r["meetings"]] == [
        (["Ma Lin"], ["Ana Ruiz"], "Chilean Policy Planning Staff")]
    assert (r["kind"], r["location"]) == ("talks", "Vienna")


def test_us_legislators_titles_spouses_and_aides_named_after_and():
    people = parse_people("Congresswoman Ana Ruiz and her Chief of Staff Tom Berg")
    assert [(p["name"], p["title"]) for p in people] == [("Ana Ruiz", "Congresswoman"), ("Tom Berg", "Chief of Staff")]
    people = parse_people("Consul General Ma Lin and his wife Madam Li Hua")
    assert [(p["name"], p["title"]) for p in people] == [("Ma Lin", "Consul General"), ("Li Hua", "wife")]
    assert [p["name"] for p in parse_people("California Assemblymember Tom Berg")] == ["Tom Berg"]
    assert [p["name"] for p in parse_people("Vice Mayor of Springfield and Alderman of the 42nd Ward Tom Berg")] == [
        "Tom Berg"]
    assert [(p["name"], p["title"]) for p in parse_people("Cabinet Secretary Amb. Ana Ruiz")] == [
        ("Ana Ruiz", "Cabinet Secretary")]


def test_consul_general_with_a_less_common_surname_is_chinese():
    text = ("Consul General Zha Lin Meets Representatives of Example Society\nHome > News\nOn June 19, 2019, Consul "
            "General Zha Lin met with Ana Ruiz, President of the Example Society of Chile.\n")
    r = parse_release(text, release_id="embassy-9")
    assert [(p["name"], p["country"]) for p in r["meetings"][0]["principals"]] == [("Zha Lin", "CHN")]


def test_capital_city_dateline_in_another_script_and_a_received_subject():
    text = ("Party official receives Chinese Ambassador\nHÀ NỘI — Secretary of the Party Central Committee Nguyễn Văn "
            "An received newly-appointed Chinese Ambassador to Việt Nam Ma Lin in Hà Nội on Friday.\n")
    r = parse_release(text, release_id="other-4")
    assert r["location"] == "Hà Nội"
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Nguyễn Văn An", "Secretary"), ("Ma Lin", "Ambassador to Việt Nam")]]
    # a publication's name in capitals is no place
    r = parse_release("T\nEXAMPLENEWS — Ma Lin met with Ana Ruiz, President of Chile.\n", release_id="other-5")
    assert r["location"] is None


def test_courtesy_call_in_the_passive_and_a_call_with_a_lunch():
    text = ("Chinese Ambassador calls on President\nSANTIAGO, Chile, Oct 13 (EXA) - President Ana Ruiz was, today, paid "
            "a courtesy call by China's Ambassador to Chile, Mr. Ma Lin and his Deputy Chief of Mission, Mr. Li Hua.\n")
    r = parse_release(text, release_id="other-6")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin", "Li Hua"], ["Ana Ruiz"])]
    text = ("Press Statement: Foreign Minister's meeting with Ma Lin\n23 March 2019\nMinister of the Example Department "
            "Ma Lin called on and was hosted to lunch by Minister for Foreign Affairs Dr Ana Ruiz today.\n")
    r = parse_release(text, release_id="other-7")
    assert [[(p["name"], p["title"]) for p in m["counterparts"]] for m in r["meetings"]] == [
        [("Ana Ruiz", "Minister for Foreign Affairs")]]


def test_caption_credit_glued_to_the_dateline_and_a_reception_hosted_for_a_delegation():
    text = ("Party leader receives Chinese delegation\nViews of the meeting (Photo: EXA)Hanoi (EXA) - General "
            "Secretary of the Example Party Nguyen Van An hosted a reception for a delegation from the Communist Party "
            "of China (CPC) in Hanoi on July 5. The Chinese delegation was led by Ma Lin, member of the Political "
            "Bureau of the CPC Central Committee.\n")
    r = parse_release(text, release_id="other-8")
    assert r["location"] == "Hanoi" and r["kind"] == "meeting"
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Nguyen Van An"], ["Ma Lin"])]


def test_counterpart_named_bare_in_the_lead_takes_the_office_a_later_sentence_gives():
    text = ("Ma Lin meets European guests\n ( 2014.09.01 )\n\nBEIJING, Sept. 1 -- Vice President Ma Lin on Monday met "
            "with a delegation of the Example Alliance of Europe (EAE) headed by Tom Berg.\n\nMa said China supports "
            "European integration.\n\nBerg, president of the EAE, said the EAE is willing to deepen exchanges.\n")
    (m,) = parse_release(text, release_id="idcpc-8")["meetings"]
    assert [(p["name"], p["title"], p["organization"]) for p in m["counterparts"]] == [("Tom Berg", "president", "EAE")]


def test_programme_of_an_announced_visit_is_no_meeting():
    text = ("Press Statement: Visit by Minister Ma Lin, 23 to 26 March 2019\n22 March 2019\nMinister of the Example "
            "Department Ma Lin will visit Chile from 23 to 26 March 2019 at the invitation of Foreign Minister Ana Ruiz."
            "\nDuring his visit, Minister Ma will call on President Tom Berg. Minister Ma will also be hosted to a lunch "
            "by Foreign Minister Ana Ruiz, meet with Minister for Finance Li Hua, and attend a forum.\n")
    r = parse_release(text, release_id="other-9")
    assert (r["kind"], r["meetings"], [p["name"] for p in r["actors"]]) == ("visit", [], ["Ma Lin"])
    assert (r["meeting_date"], r["date_end"]) == ("2019-03-23", "2019-03-26")


def test_summary_meeting_with_delegations_gives_way_to_the_meetings_it_sums_up():
    text = ("Senior official meets with delegations from Chile, Peru\nBEIJING, June 2 (Xinhua) -- Ma Lin, head of the "
            "Example Department, met with delegations of political parties from Chile and Peru in Beijing on Friday.\n"
            "Ma met with a delegation led by Ana Ruiz, chairwoman of the Socialist Party of Chile.\nHe met separately "
            "with a delegation led by Tom Berg, chairman of the Example Party of Peru.\n")
    r = parse_release(text, release_id="people-7")
    assert [_names(m) for m in r["meetings"]] == [["Ana Ruiz"], ["Tom Berg"]]


def test_meeting_sentence_with_its_own_date_after_a_lead_with_the_visits_range():
    text = ("Chilean President Meets with Ma Lin\n ( 2016.12.21 )\n\nAt the invitation of the Socialist Party of Chile, "
            "Ma Lin, Vice-minister of the Example Department, led a delegation to visit Chile from December 18th to 21st."
            "\n\nOn December 19th, Ana Ruiz, President of the Socialist Party of Chile and President of the Republic, "
            "met in Santiago with Ma.\n")
    r = parse_release(text, release_id="idcpc-9")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("meeting", "2016-12-19", None)


def test_members_of_a_seminar_are_a_group_and_a_regional_parliament_has_no_country():
    text = ("Ma Lin Meets with Members of a Seminar\n ( 2024.04.23 )\n\nBeijing, April 21st—Ma Lin, Vice-minister of "
            "the Example Department, met here today with members of a seminar who are leaders of nearly 30 political "
            "parties from more than 20 countries.\n")
    (m,) = parse_release(text, release_id="idcpc-10")["meetings"]
    assert (m["counterparts"], m["counterpart_delegation"]) == ([], "members of a seminar")
    text = ("Ma Lin meets speaker of Arab Parliament\nBEIJING, Aug. 30 (Xinhua) -- Ma Lin, director of the Example "
            "Office, met with the speaker of the Arab Parliament Tom Berg on Tuesday in Beijing.\nMa congratulated "
            "Egypt and the United Arab Emirates on joining the group.\n")
    (m,) = parse_release(text, release_id="people-8")["meetings"]
    assert [(p["name"], p["country"]) for p in m["counterparts"]] == [("Tom Berg", None)]


def test_party_named_with_its_demonym_and_acronym_before_the_office():
    (p,) = parse_people("Cambodian People's Party (CPP) President and Senate President Samdech Techo Ana Ruiz")
    assert (p["name"], p["title"], p["organization"], p["country"]) == (
        "Ana Ruiz", "President", "Cambodian People's Party (CPP)", "KHM")
    (p,) = parse_people("Example Spearhead Group (ESG) Director General Tom Berg")
    assert (p["title"], p["organization"]) == ("Director General", "Example Spearhead Group (ESG)")
    (p,) = parse_people("Special Envoy of the Chinese Government on the Middle East Issue Ma Lin")
    assert p["name"] == "Ma Lin"


def test_remarks_made_during_a_meeting_in_a_place_with_someone():
    text = ("Chinese FM pledges to promote ties with Chile\nHANGZHOU, Dec. 2 (Xinhua) -- Chinese Foreign Minister Ma Lin "
            "on Thursday called on China and Chile to promote their partnership.\nMa made the remarks during a meeting "
            "in Anji of Zhejiang with Chilean Foreign Minister Ana Ruiz.\n")
    r = parse_release(text, release_id="people-9")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])]


def test_offices_in_parentheses_after_names_and_a_date_with_no_comma_after_its_year():
    people = parse_people("Hon. Ana Ruiz (Former President) and Hon. Tom Berg (Former Speaker), two chairmen of the "
                          "Example Congress")
    assert [(p["name"], p["title"]) for p in people] == [("Ana Ruiz", "Former President"), ("Tom Berg", "Former Speaker")]
    text = ("Ambassador Ma Lin Calls on Ana Ruiz\nHome > Embassy Events\nOn March 1, 2010 Ambassador Ma Lin called on "
            "Ana Ruiz, Chilean Minister of State for Foreign Affairs.\n")
    (m,) = parse_release(text, release_id="embassy-10")["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"]] == [("Ma Lin", "Ambassador")]


def test_agency_dateline_with_slashes_section_label_and_names_written_as_one_word():
    text = ("Foreign Minister meets Chinese delegation\nPolitics\nreporter@example.mn\n2018-11-14 12:43:03\n"
            "Ulaanbaatar/MONTSAME/ On November 13, Foreign Affairs Minister D.Tsogtbaatar met Chinese delegation "
            "headed by Ma Lin, Deputy Director-General of the Department of Asian Affairs of the Foreign Ministry.\n")
    r = parse_release(text, release_id="other-10")
    assert (r["location"], r["meeting_date"]) == ("Ulaanbaatar", "2018-11-13")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["D.Tsogtbaatar"], ["Ma Lin"])]
    text = ("Parliamentary Standing Committee Chair meets Chinese Ambassador\n2020-09-18 10:00\nOn September 17, "
            "Oyun-Erdene, Chair of the Standing Committee on Foreign Policy, received Chinese Ambassador Ma Lin.\n")
    r = parse_release(text, release_id="other-11")
    assert r["kind"] == "meeting"
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Oyun-Erdene"], ["Ma Lin"])]


def test_courtesy_visit_is_a_meeting_and_a_clause_with_as_ends_the_object():
    text = ("Ambassador pays courtesy visit to Ma Lin\nBEIJING — Chilean Ambassador to China Ana Ruiz on February 18 paid "
            "a courtesy visit to Ma Lin, head of the Example Department, as she began her tenure in the country.\n")
    r = parse_release(text, release_id="other-12")
    assert r["kind"] == "meeting"
    assert [(p["name"], p["organization"]) for p in r["meetings"][0]["counterparts"]] == [("Ma Lin", "Example Department")]


def test_headline_subject_before_a_past_tense_verb():
    text = ("H.E. Ambassador Ma Lin Held a Briefing for the Ambassadors of Asian Countries\nHome > Activities\nOn "
            "November 3, 2017, H.E. Ambassador Ma Lin took the opportunity to brief the Ambassadors of Asian countries.\n")
    r = parse_release(text, release_id="embassy-11")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]


def test_subject_held_talks_earlier_and_an_office_naming_the_same_minister_again():
    text = ("[Source: Example Government]\nChinese Minister for Foreign Affairs Ma Lin is currently holding a virtual "
            "meeting with the leaders of the Example Forum member countries.\nMa earlier held bilateral talks with Prime "
            "Minister Ana Ruiz, following which documents were signed.\nThe Chinese Foreign Minister also paid a "
            "courtesy call to President Tom Berg.\n")
    r = parse_release(text, release_id="other-13")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"]),
                                                                         (["Ma Lin"], ["Tom Berg"])]


def test_host_meeting_the_chinese_delegation_meets_the_one_who_led_it():
    text = ("Senior Chinese party official visits Chile\n2023-01-12 12:44\nA delegation of the Communist Party of China "
            "(CPC) has visited Chile.\nThe delegation led by deputy head of the Example Department Ma Lin ended a "
            "three-day visit to Chile on Wednesday.\nDuring the visit, President of the ruling Socialist Party party "
            "Ana Ruiz, who is also the Chilean president, and leaders of the country's major parties met with the "
            "Chinese delegation.\n")
    r = parse_release(text, release_id="embassy-12")
    assert [[(p["name"], p["organization"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ana Ruiz", "Socialist Party"), ("Ma Lin", "Example Department")]]


def test_leader_of_a_foreign_delegation_keeps_its_nationality_though_his_body_is_named_for_china():
    text = ("Ma Lin Meets with Canadian Representatives\n2019-11-06 09:39\nOn November 6, 2019, Director-General Ma Lin "
            "met at request with a Canadian delegation to the Example Dialogue. The delegation was led by Tom Berg, "
            "Director of China Institute of the University of Alberta.\n")
    (m,) = parse_release(text, release_id="fmprc-11")["meetings"]
    assert [(p["name"], p["country"]) for p in m["counterparts"]] == [("Tom Berg", "CAN")]


def test_talks_told_in_a_body_sentence_and_two_leaders_holding_their_first_talks():
    text = ("Chinese Premier holds talks with Chilean counterpart\nBEIJING, March 31 (Xinhua) -- Chinese Premier Ma Lin "
            "on Saturday held talks with his Chilean counterpart in Beijing.\n\"Chile is a strategic partner of China,\" "
            "Ma said during his talks with visiting Chilean President Ana Ruiz.\n")
    r = parse_release(text, release_id="people-10")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])]
    text = ("Ma Lin, Ruiz hold talks\nUpdated: 2006-10-08 15:37\nChinese Premier Ma Lin and Chilean President Ana Ruiz "
            "held their first talks in Beijing Sunday afternoon.\n")
    r = parse_release(text, release_id="people-11")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])]


def test_missions_surnames_in_capitals_farewells_and_credentials():
    people = parse_people("Ambassador CHEN Lin, Permanent Representative of China")
    assert [(p["name"], p["title"]) for p in people] == [("CHEN Lin", "Ambassador")]
    assert [p["name"] for p in parse_people("Ambassador Coly SECK, President of the Example Council")] == ["Coly SECK"]
    assert [p["name"] for p in parse_people("Ana Ruiz UNESCO")] == []
    text = ("Consul General LIU Lin Bid Farewell to Minister Ana Ruiz\nOn June 28, H.E. LIU Lin, Consul General of the "
            "People's Republic of China in Vancouver bid farewell to Hon. Ana Ruiz, Minister of International Trade of "
            "British Columbia.\n")
    r = parse_release(text, release_id="embassy-13")
    assert r["kind"] == "meeting"
    assert [[(p["name"], p["country"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("LIU Lin", "CHN"), ("Ana Ruiz", "CAN")]]
    text = ("Ambassador Ma Lin Presented Credentials\nOn 14 February 2018, Ambassador Ma Lin, the newly appointed "
            "Permanent Representative of China to the UNOG, presented his credentials to Mr Tom Berg, Director-General "
            "of UNOG.\nMa said Geneva was important.\n")
    r = parse_release(text, release_id="embassy-14")
    assert r["kind"] == "meeting"
    assert [[(p["name"], p["country"]) for p in m["counterparts"]] for m in r["meetings"]] == [[("Tom Berg", None)]]


def test_us_states_in_offices_and_the_uk_foreign_commonwealth_office_has_a_country():
    (p,) = parse_people("Tom Berg, California State Assemblyman")
    assert p["country"] == "USA"
    (p,) = parse_people("Tom Berg, Director General at the Foreign, Commonwealth & Development Office of the UK")
    assert (p["organization"], p["country"]) == ("Foreign, Commonwealth & Development Office", "GBR")


def test_whom_an_aide_serves_is_no_participant_and_a_name_stops_at_a_comma():
    text = ("Chinese FM holds phone talks with French diplomat\nBEIJING, Feb. 26 (Xinhua) -- Foreign Minister Ma Lin on "
            "Friday held a phone conversation with Tom Berg, diplomatic counselor to French President Ana Ruiz.\n")
    (m,) = parse_release(text, release_id="people-12")["meetings"]
    assert [(p["name"], p["title"], p["country"]) for p in m["counterparts"]] == [
        ("Tom Berg", "diplomatic counselor to French President", "FRA")]
    (p,) = parse_people("Mayor Ana Ruiz of St. Louis, Missouri")
    assert (p["name"], p["country"]) == ("Ana Ruiz", "USA")
    assert parse_people("Representatives from the City of London, China-Britain Business Council") == []


def test_new_round_of_consultation_and_surnames_lu_and_cong():
    text = ("China and India Hold Arms Control Consultation\nOn April 10, 2018, Director-General of the Department of "
            "Arms Control of the Example Ministry Lü Lin held a new round of arms control consultation with Joint "
            "Secretary at the Ministry of External Affairs Ana Ruiz of India.\n")
    (m,) = parse_release(text, release_id="fmprc-12")["meetings"]
    assert [(p["name"], p["country"]) for p in m["principals"] + m["counterparts"]] == [("Lü Lin", "CHN"), ("Ana Ruiz", "IND")]


def test_consul_general_to_a_city_who_respectively_met_several_people():
    text = ("Deputy Consul General Visits Sacramento\n2015-11-09 08:00\nOn November 5 to 6, 2015, Chinese Deputy Consul "
            "General to San Francisco Ma Lin paid a working visit to Sacramento. During the visit, Deputy Consul General "
            "Ma respectively met with Ms. Ruiz, Chief Director of the Example Office, and Mr. Berg, Editorial Page "
            "Editor of the Sacramento Bee.\n")
    r = parse_release(text, release_id="embassy-15")
    assert [(_names(m, "principals"), [(p["name"], p["title"]) for p in m["counterparts"]]) for m in r["meetings"]] == [
        (["Ma Lin"], [("Ruiz", "Chief Director")]), (["Ma Lin"], [("Berg", "Editorial Page Editor")])]


def test_leader_called_the_bodys_officer_by_a_back_reference_belongs_to_the_body():
    text = ("Senior official meets delegation from Chilean foundation\nBEIJING, Feb. 6 (Xinhua) -- Ma Lin, head of the "
            "Example Department, met with a delegation from Chile's Example Foundation led by Ana Ruiz, the foundation's "
            "president, on Tuesday in Beijing.\n")
    (m,) = parse_release(text, release_id="people-13")["meetings"]
    assert [(p["name"], p["title"], p["organization"], p["country"]) for p in m["counterparts"]] == [
        ("Ana Ruiz", "president", "Example Foundation", "CHL")]


def test_visiting_a_person_is_a_call_on_him_and_visiting_a_place_is_not():
    text = ("Consul General Ma Lin Meets with Example State Speaker\nHome > News\nOn August 20, 2019, Consul General Ma Lin "
            "visited Example State Speaker Mr Tom Berg.\n")
    (m,) = parse_release(text, release_id="embassy-16")["meetings"]
    assert (_names(m, "principals"), _names(m)) == (["Ma Lin"], ["Tom Berg"])
    text = ("Consul General Ma Lin Visits Example City\nHome > News\nOn August 20, 2019, Consul General Ma Lin visited "
            "the Example City Museum and met with Mayor Tom Berg.\n")
    (m,) = parse_release(text, release_id="embassy-17")["meetings"]
    assert (_names(m, "principals"), _names(m)) == (["Ma Lin"], ["Tom Berg"])


def test_a_foreign_ministry_writes_its_own_minister_bare():
    text = ("Press release on Foreign Minister Tom Berg's telephone conversation with Foreign Minister of China Ma Lin\n"
            "On 5 March 2022, Foreign Minister Tom Berg had a telephone conversation with Foreign Minister of China "
            "Ma Lin.\nThe sides discussed the situation in Ruritania.\n")
    (m,) = parse_release(text, release_id="other-14")["meetings"]
    assert [(p["name"], p["country"]) for p in m["principals"] + m["counterparts"]] == [("Tom Berg", None),
                                                                                        ("Ma Lin", "CHN")]
    # on China's side the bare office is China's
    text = "Ma Lin Holds Talks\n2022-03-05 10:00\nOn 5 March 2022, Foreign Minister Li Hua held talks with Tom Berg.\n"
    (m,) = parse_release(text, release_id="fmprc-13")["meetings"]
    assert [p["country"] for p in m["principals"]] == ["CHN"]


def test_something_said_during_talks_between_two_officials_and_an_office_after_a_name_without_comma():
    text = ("Kenya and China reaffirm commitment\nKenya and China have reaffirmed their commitment to bilateral talks. "
            "This was underscored during talks between Cabinet Secretary Amb. Ana Ruiz and Mr. Ma Lin Assistant Foreign "
            "Minister of China.\n")
    r = parse_release(text, release_id="other-15")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ana Ruiz", "Cabinet Secretary"), ("Ma Lin", "Assistant Foreign Minister")]]


def test_city_after_a_counterparts_country_and_an_honorific_at_a_hard_line_break():
    (p,) = parse_people("Foreign Minister Ana Ruiz of Kenya in Nairobi")
    assert (p["organization"], p["country"]) == (None, "KEN")
    from parsers.normalize import split_release
    text = ("ISLAMABAD, Sept 21 (EXA): Outgoing Chinese Ambassador to Chile Mr.\n"
            "Ma Lin paid a farewell call on Speaker of the Senate Ana Ruiz here\nThursday.\n"
            "Eulogizing the services of the Ambassador Mr. Ma Lin for promoting\n"
            "friendship, the Speaker said that Mr. Ma Lin played a special role to\n"
            "build a bridge between the two neighboring countries to new heights during his stay in\n"
            "Chile, said a press release issued here.\n"
            "The Speaker acknowledged that the time tested and infinite relationship\n"
            "between two countries is based on the firm foundations of mutual respect,\n"
            "trust, peaceful co-existence and a brotherly neighbourhood that has\n"
            "stood the test of time and will go on growing in the years ahead.\n")
    assert split_release(text).paragraphs[0] == ("ISLAMABAD, Sept 21 (EXA): Outgoing Chinese Ambassador to Chile Mr. Ma "
                                                 "Lin paid a farewell call on Speaker of the Senate Ana Ruiz here Thursday.")


def test_hosting_a_person_is_meeting_him_and_a_slashed_agency_dateline():
    from parsers.kinds import kind_of
    assert kind_of("Deputy PM Nguyen Van An hosts Chinese Ambassador") == "meeting"
    assert kind_of("Ma Lin hosts banquet for foreign guests") == "other"
    text = ("Addis Ababa January 10/ 2023 /EXA/ Prime Minister Tom Berg received Ma Lin, China's Foreign Minister and his "
            "delegation at the Office of the Prime Minister earlier today.\nThe discussions focused on cooperation.\n")
    r = parse_release(text, release_id="other-16")
    assert (r["meeting_date"], r["location"]) == ("2023-01-10", "Addis Ababa")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Tom Berg", "Prime Minister"), ("Ma Lin", "Foreign Minister")]]


def test_china_daily_datelines_newly_elected_and_bodies_named_with_of_before_the_office():
    text = ("Ma Lin meets Chilean foreign minister\nUpdated: 2016-01-07 00:13\n(Xinhua)\nBeijing - Chinese Premier Ma Lin "
            "met with Chilean Foreign Minister Ana Ruiz Wednesday, saying the transition provides opportunities.\n")
    r = parse_release(text, release_id="people-14")
    assert r["location"] == "Beijing"
    assert [[(p["name"], p["title"]) for p in m["principals"]] for m in r["meetings"]] == [[("Ma Lin", "Premier")]]
    text = ("Premier Ma holds talks with Chilean counterpart\nChina-Chile Relations\n( Xinhua ) Updated: 2013-12-06 14:16:51\n"
            "Premier Ma Lin welcomes Chilean Prime Minister Ana Ruiz in Beijing. [Photo by Example]\nBEIJING -- Chinese "
            "Premier Ma Lin held talks with his Chilean counterpart Ana Ruiz in Beijing on Friday morning.\n")
    r = parse_release(text, release_id="people-15")
    assert [[(p["name"], p["title"]) for p in m["principals"]] for m in r["meetings"]] == [[("Ma Lin", "Premier")]]
    (p,) = parse_people("Newly elected Chilean President Ana Ruiz")
    assert (p["title"], p["country"]) == ("President", "CHL")
    (p,) = parse_people("former U.S. House of Representatives Speaker Tom Berg")
    assert (p["title"], p["organization"], p["country"]) == ("former Speaker", "House of Representatives", "USA")


def test_two_presidents_holding_a_named_meeting():
    text = ("Ma Lin and Ana Ruiz Hold China-Chile Presidents' Meeting\nHome > China News\nOn April 6, 2017 local time, "
            "President Ma Lin and President Ana Ruiz of Chile held China-Chile Presidents' Meeting at the Example "
            "resort.\n")
    r = parse_release(text, release_id="fmprc-14")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])]


def test_subject_after_a_place_clause_with_a_city_and_country():
    text = ("Foreign Minister meets Chinese counterpart\n30 Jun 2013\nOn 30 June 2013, prior to the 46th ASEAN Foreign "
            "Ministers’ Meeting in Bandar Seri Begawan, Brunei Darussalam, Mr. Tom Berg, Deputy Prime Minister and "
            "Minister of Foreign Affairs of Thailand, had a bilateral meeting with Mr. Ma Lin, Minister of Foreign "
            "Affairs of China, to discuss issues of mutual interest.\n")
    r = parse_release(text, release_id="other-17")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Tom Berg"], ["Ma Lin"])]
    assert parse_people("Brunei Darussalam") == []


def test_letter_of_credence_presented_under_a_breadcrumb_in_another_script():
    text = ("当前位置:Home > Recent Activities\n2018-12-25 10:06\nOn December 13, 2018, H.E. Ma Lin, the new Chinese "
            "Ambassador to Cambodia, presented the Letter of Credence to H.M. Tom Berg, King of Cambodia, in the Royal "
            "Palace.\n")
    r = parse_release(text, release_id="embassy-18")
    assert (r["title"], r["kind"]) == (None, "meeting")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ma Lin", "Ambassador to Cambodia"), ("Tom Berg", "King")]]


def test_another_official_meeting_the_delegation_meets_the_one_already_met():
    text = ("Senior CPC official meets Chilean delegation\nBEIJING, Sept. 9 (Xinhua) -- Ma Lin, a senior official of the "
            "Communist Party of China (CPC), met with a delegation led by Ana Ruiz, chairwoman of the Example Party of "
            "Chile, in Beijing on Monday.\nLi Hua, head of the Example Department, also met with the delegation on the "
            "same day.\n")
    r = parse_release(text, release_id="people-16")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"]),
                                                                         (["Li Hua"], ["Ana Ruiz"])]


def test_two_leaders_starting_talks_and_a_dateline_of_two_cities():
    text = ("Chinese, Chilean vice presidents start talks\n12:50, August 18, 2011\nBEIJING, Aug. 18 (Xinhua) -- Chinese "
            "Vice President Ma Lin and his Chilean counterpart Ana Ruiz started talks Thursday morning in Beijing.\n")
    r = parse_release(text, release_id="people-17")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ma Lin", "Vice President"), ("Ana Ruiz", "Vice President")]]
    text = ("Senior CPC official visits Chile, Peru\nSANTIAGO/LIMA, Aug. 6 (Xinhua) -- Ma Lin, head of the Example "
            "Department, led a CPC delegation to visit Chile from July 31 to Aug. 2.\nDuring the visit, Ma met and "
            "exchanged views on bilateral relations with Chilean President Ana Ruiz.\n")
    r = parse_release(text, release_id="people-18")
    assert r["location"] is None  # a report from two places names neither as the meeting's
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [(["Ma Lin"], ["Ana Ruiz"])]


def _meetings(r: dict) -> list[tuple]:
    return [(_names(m, "principals"), _names(m), m["counterpart_delegation"]) for m in r["meetings"]]


def test_unnamed_senior_official_is_the_one_the_next_sentence_names():
    text = ("Senior CPC official meets foreign guests\nBEIJING, Oct. 12 (Xinhua) -- A senior Chinese official met on "
            "Saturday with international media leaders in Beijing.\nMa Lin, a member of the Example Bureau and head of "
            "the Example Department, emphasized the role of media.\n")
    assert _meetings(parse_release(text, release_id="people-19")) == [(["Ma Lin"], [], "international media leaders")]
    text = ("Ties vowed\nBEIJING - A senior official of the Communist Party of China (CPC) met here on Monday with "
            "Ana Ruiz and Tom Hale, co-chairmen of the Example Working Group of the US Congress.\nMa Lin, head of the "
            "Example Department, said that a healthy relationship matters.\n")
    r = parse_release(text, release_id="people-20")
    assert _meetings(r) == [(["Ma Lin"], ["Ana Ruiz", "Tom Hale"], None)]
    # a plural office after two names is each one's
    assert {(p["title"], p["organization"]) for p in r["meetings"][0]["counterparts"]} == {
        ("co-chairman", "Example Working Group of the US Congress")}


def test_wire_speaker_with_a_weekday_and_made_the_remarks_when_meeting():
    text = ("Vice premier calls for ties\nBEIJING, Jan. 8 (Xinhua) -- Chinese Vice Premier Ma Lin Monday expressed hope "
            "that the Example Chamber would play a positive role.\nMa made the remarks when meeting with an Example "
            "Chamber delegation in Beijing.\n")
    assert _meetings(parse_release(text, release_id="people-21")) == [(["Ma Lin"], [], "an Example Chamber delegation")]


def test_honorifics_of_india_cambodia_and_military_ranks_are_not_names():
    assert [p["name"] for p in parse_people("Foreign Secretary Shri Ravi Kumar Das")] == ["Ravi Kumar Das"]
    assert [p["name"] for p in parse_people("Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Sok Vanna")] == [
        "Sok Vanna"]
    [p] = parse_people("Deputy Minister of Defence, Sen. Lieut. Gen. Tran Van Minh")
    assert (p["name"], p["title"]) == ("Tran Van Minh", "Deputy Minister of Defence")
    assert [p["name"] for p in parse_people("Maj. Gen. Tom Hale")] == ["Tom Hale"]


def test_a_clause_before_a_name_is_not_its_office():
    assert [(p["name"], p["title"]) for p in parse_people("Hale welcomed Ambassador Ma Lin")] == [("Ma Lin", "Ambassador")]
    assert [(p["name"], p["title"]) for p in parse_people("Consul General Ma Lin visited district offices of Senator Tom Hale")] \
        == [("Tom Hale", "Senator")]


def test_a_body_in_the_possessive_is_the_office_organization_and_a_person_is_not():
    [p] = parse_people("Ana Ruiz, the European Union's high representative for foreign affairs")
    assert (p["title"], p["organization"], p["country"]) == ("high representative for foreign affairs", "European Union", None)
    [p] = parse_people("Chinese President Ma Lin's special representative Tom Hale")
    assert p["organization"] is None


def test_called_on_a_group_to_do_something_is_no_meeting():
    text = ("Top legislator visits journalists\nBEIJING, March 12 (Xinhua) -- China's top legislator Ma Lin has visited "
            "journalists covering the annual session.\nMa called on journalists to improve their coverage of the session.\n")
    assert parse_release(text, release_id="people-22")["meetings"] == []


def test_called_on_an_office_to_someone_is_a_meeting():
    text = ("Vice Minister of the International Department of the CPC, Mr. Ma Lin, called on the Adviser to the Prime "
            "Minister on Foreign Affairs, Mr. Tom Hale, at the Foreign Office today.\n\nThe Vice Minister thanked the "
            "Adviser.\n")
    m, = parse_release(text, release_id="other-20141219-1")["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"] and [p["name"] for p in m["counterparts"]] == ["Tom Hale"]


def test_a_programme_of_would_or_will_is_no_meeting_held():
    text = ("Chinese Vice President arrives on three-day visit\n2019-05-26\nISLAMABAD, May 26 (APP): The Vice President "
            "of China Ma Lin Sunday was accorded red carpet welcome as he arrived here on three-day visit.\nDuring the "
            "visit, VP Ma Lin would call on President Tom Hale and have a separate meeting with Prime Minister Ana Ruiz.\n")
    r = parse_release(text, release_id="other-1")
    assert r["meetings"] == [] and [p["name"] for p in r["actors"]] == ["Ma Lin"]


def _present_after_meeting(sentence: str) -> list[str]:
    """Who the release says was present, the sentence following an IDCPC-style meeting lead."""
    text = ("Ma Lin meets Tom Hale\n( 2023.11.29 )\nBeijing, November 22nd—Ma Lin, Minister of the Example "
            f"Department, met here today with Tom Hale, President of the Example Party.\n{sentence}\n")
    return [p["name"] for p in parse_release(text, release_id="idcpc-1")["present"]]


def test_present_written_as_entourage_assisted_by_present_there_and_among_those():
    assert _present_after_meeting("Ma's entourage include Vice Minister Li Ping, chairman of Example Bank Zhou Hua.") == ["Li Ping", "Zhou Hua"]
    assert _present_after_meeting("The Minister was assisted by Ambassador Li Ping and other senior officials.") == ["Li Ping"]
    assert _present_after_meeting("Present there were Deputy Head Li Ping and Ambassador Zhou Hua.") == ["Li Ping", "Zhou Hua"]
    assert _present_after_meeting("Among those who came out to see off the delegation were Li Ping, minister of Culture.") == ["Li Ping"]


def test_day_month_year_stamps_and_agency_datelines():
    # (an acronym in parentheses and a dash after an office is no "City (AGENCY) -" dateline)
    r = parse_release("Hanoi enhances ties\nSunday, 25/11/2018 10:48 (GMT+7)\nPresident of the Example Front (EF) - Hanoi "
                      "chapter Tran Van Minh held talks with visiting Ma Lin in the capital city on November 24th.\n")
    assert (r["published"], r["meeting_date"], r["location"]) == ("2018-11-25", "2018-11-24", None)
    assert r["meetings"][0]["principals"][0]["title"] == "President"
    r = parse_release("Delegation leaves Pyongyang\nDate: 14/04/2024 | Source: KCNA\nPyongyang, April 14 (KCNA) -- The "
                      "delegation headed by Ma Lin left here on April 13.\n")
    assert (r["published"], r["meeting_date"], r["location"]) == ("2024-04-14", "2024-04-13", "Pyongyang")
    r = parse_release("Envoy meets Ma Lin\nMay 22. 2013 Juche 102\nPyongyang, May 22 (KCNA) -- Vice Marshal of the Korean "
                      "People's Army (KPA) Kim Chol Su met Ma Lin in Beijing Wednesday.\n")
    assert r["published"] == "2013-05-22"
    assert r["meetings"][0]["principals"][0]["country"] == "PRK"
    r = parse_release("Visit begins\n2020-09-15 15:49:25\nUlaanbaatar/MONTSAME/. At the invitation of Minister B.Bold, "
                      "Foreign Minister Ma Lin has begun his official visit to Mongolia today.\n")
    assert r["location"] == "Ulaanbaatar"


def test_verb_with_its_preposition_takes_its_object_and_a_visit_before_met_is_not_the_subject():
    text = ("Ambassador presents credentials\nOn 8 November 2017, Ambassador Ma Lin, Head of the Chinese Mission to the "
            "European Union, presented credentials to President Tom Hale of the European Council and had a good "
            "conversation with President Hale.\n")
    r = parse_release(text, release_id="embassy-1")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    assert r["meetings"][0]["counterparts"][0]["organization"] == "European Council"
    text = ("Consul General visits offices\nFrom December 6 to 7, Consul General Ma Lin visited district offices of "
            "Senator Tom Hale, Senator Ana Ruiz and met with District Director Joe Bell and District Director Kim Ray "
            "in each office respectively.\n")
    assert _meetings(parse_release(text, release_id="embassy-2")) == [(["Ma Lin"], ["Joe Bell"], None),
                                                                      (["Ma Lin"], ["Kim Ray"], None)]


def test_place_after_the_counterparts_office_ends_it():
    text = ("FM holds video conference\nHEFEI, March 29 (Xinhua) -- Chinese Foreign Minister Ma Lin on Tuesday held a "
            "video conference with Ana Ruiz, the European Union's high representative for foreign affairs, in Tunxi, "
            "east China's Anhui Province.\n")
    [c] = parse_release(text, release_id="people-23")["meetings"][0]["counterparts"]
    assert (c["title"], c["organization"], c["country"]) == ("high representative for foreign affairs", "European Union", None)


def test_a_signing_headline_over_a_lead_that_tells_a_meeting_of_the_day():
    text = ("Kenyan, Chinese foreign ministers sign memo of cooperation\n12:11, 19 March 2014 | GMT +5\nBEIJING. KAZINFORM "
            "Kenyan Foreign Minister Tom Hale has met with his Chinese counterpart Ma Lin to debate ongoing cooperation "
            "between the two countries.\n")
    r = parse_release(text, release_id="other-2")
    assert (r["kind"], r["meeting_date"]) == ("meeting", "2014-03-19")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["counterparts"]] == [("Ma Lin", "Foreign Minister")]


def test_delegation_in_quotes_led_by_a_leader_named_after_an_aside():
    text = ("Minister meets young reporters\nOn August 2, Minister Ma Lin met with \"Young Reporters Delegation\" from "
            "Example Daily at the Embassy. The delegation, comprised of 29 members, was led by Mr. Tom Hale, "
            "Editor-in-Chief of Example Daily.\n")
    [m] = parse_release(text, release_id="embassy-3")["meetings"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Tom Hale", "Editor-in-Chief")]


def test_a_visiting_group_whose_leader_a_later_sentence_says_led_it():
    text = ("Ma meets visiting group\nWednesday, May 16, 2018, 20:20\nBEIJING - Ma Lin, general secretary of the Example "
            "Party, Wednesday met with a friendship visiting group of the Workers' Party of Korea (WPK).\nKim Chol Su, "
            "member of the Political Bureau of the WPK Central Committee, led the WPK delegation.\n")
    [m] = parse_release(text, release_id="people-24")["meetings"]
    assert (_names(m, "principals"), _names(m)) == (["Ma Lin"], ["Kim Chol Su"])
    text = ("Vice President meets delegates\nBEIJING, Nov. 20 (Xinhua) -- Chinese Vice President Ma Lin met Wednesday "
            "with U.S. delegates who were here to attend the dialogue.\n")
    assert _meetings(parse_release(text, release_id="people-25")) == [(["Ma Lin"], [], "U.S. delegates")]


def test_two_counterparts_agreeing_during_a_phone_conversation():
    text = ("Chinese, Russian PMs agree to promote cooperation\n08:25, March 19, 2013\nBEIJING, March 18 (Xinhua) -- "
            "China's new Premier Ma Lin and his Russian counterpart Ivan Petrov agreed to further promote bilateral "
            "cooperation during a telephone conversation Monday.\n")
    r = parse_release(text, release_id="people-26")
    assert (_meetings(r), r["kind"], r["mode"], r["meeting_date"]) == (
        [(["Ma Lin"], ["Ivan Petrov"], None)], "talks", "phone", "2013-03-18")


def test_an_agency_stamp_is_no_dateline_and_a_glued_comma_no_part_of_a_name():
    r = parse_release("Ma meets leaders\nXinhua, October 11, 2013\n\nChinese Premier Ma Lin met with Kenyan President "
                      "Tom Hale on Thursday.\n")
    assert (r["published"], r["location"], r["meeting_date"]) == ("2013-10-11", None, "2013-10-10")
    text = ("Delegation visits Britain\n2018-01-31\nMa Lin met with deputy speaker of the House of Commons,Tom Hale of "
            "the Labour Party.\n")
    [c] = parse_release(text, release_id="people-27")["meetings"][0]["counterparts"]
    assert c["name"] == "Tom Hale"


def test_a_briefing_speaker_is_no_list_of_the_parties_he_briefed():
    text = ("CPC delegation visits Colombia\n2016-12-11\nBOGOTA, Dec. 10 (Xinhua) -- A delegation of the Communist Party "
            "of China (CPC) visited Colombia on Friday and met leaders of three Colombian political parties.\nMa Lin, "
            "vice minister of the Example Office, briefed heads of the Colombian Liberal Party, the Colombian "
            "Conservative Party and the Democratic Center on the outcome of the session held in October 2016.\n")
    [m] = parse_release(text, release_id="people-28")["meetings"]
    assert [(p["name"], p["title"], p["organization"], p["country"]) for p in m["principals"]] == [
        ("Ma Lin", "vice minister", "Example Office", "CHN")]


def test_an_unnamed_official_attending_is_the_one_named_next_and_a_wire_lead_names_the_leaders_met():
    text = ("Senior CPC official speaks at forum\nBEIJING, Oct. 14 (Xinhua) -- A senior official of the Communist Party "
            "of China (CPC) on Thursday attended the opening of the Example Forum.\nMa Lin, a member of the Example "
            "Bureau, also made a keynote speech at the forum.\n")
    assert [p["name"] for p in parse_release(text, release_id="people-29")["actors"]] == ["Ma Lin"]
    text = ("Vice premier meets foreign leaders\nGUIYANG, July 19 (Xinhua) -- Vice Premier Ma Lin on Friday met with "
            "two foreign leaders who will attend the forum.\nDuring the meeting with Swiss President Tom Hale and Thai "
            "Deputy Prime Minister Somchai Wong, Ma said the government attaches great importance to ecology.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(parse_release(text, release_id="people-30"))] == [
        (["Ma Lin"], ["Tom Hale", "Somchai Wong"])]


def test_foreign_press_datelines_city_colon_credits_and_a_dateline_paragraph_of_its_own():
    r = parse_release("Envoy calls on minister\n2020-11-05\nISLAMABAD: Newly appointed Chinese Ambassador to Pakistan Ma "
                      "Lin on Thursday called on Foreign Minister Tom Hale at the Foreign Office.\n")
    assert r["location"] == "Islamabad" and r["meetings"][0]["principals"][0]["title"] == "Ambassador to Pakistan"
    r = parse_release("Ministers review ties\nPublished August 04, 2023 | 10:30 PM\nABU DHABI, (Example Point News / WAM - "
                      "04th Aug, 2023) Sheikh Tom Hale, Minister of Foreign Affairs, discussed over the phone with Ma Lin.\n")
    assert r["location"] == "Abu Dhabi"
    assert r["published"] == "2023-08-04"
    r = parse_release("Officials pledge cooperation\n2024-05-13\nVIETNAM, May 13 -\nHÀ NỘI — Secretary of the Example "
                      "Commission Tran Van Minh received Assistant Minister Ma Lin in Hà Nội on Monday.\n")
    assert r["location"].lower() == "hà nội"
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Tran Van Minh", "Secretary")]
    r = parse_release("Castro welcomes party leader\n2018-01-25\nYesterday, January 24, Army General Tom Hale, first "
                      "secretary of the Example Party, received Ma Lin.\n")
    # (the rank is no office: the first office is the one after the name)
    assert r["meetings"][0]["principals"][0]["title"] == "first secretary"


def test_he_meeting_the_hosts_compatriot_is_the_guest():
    text = ("Party officials pledge cooperation\n2024-05-13\nHÀ NỘI — Chairman of the Communist Party of Việt Nam (CPV) "
            "Commission for External Relations Tran Van Minh received Assistant Minister of the International "
            "Department of the CPC Central Committee Ma Lin on Monday.\nEarlier, he held talks with Vice Chairman of the "
            "CPV Commission for External Relations Le Thi Hoa.\n")
    r = parse_release(text, release_id="other-3")
    assert [(_names(m, "principals"), _names(m)) for m in r["meetings"]] == [
        (["Tran Van Minh"], ["Ma Lin"]), (["Ma Lin"], ["Le Thi Hoa"])]


def test_two_in_the_subject_who_met_on_a_date_to_address_something():
    text = ("Kazakhstan, China set to advance cooperation\n2024-05-20\nASTANA - Kazakh President Tom Hale and Chinese "
            "Minister of Foreign Affairs Ma Lin met on May 20 to address prospects for cooperation.\n")
    r = parse_release(text, release_id="other-4")
    assert (_meetings(r), r["meeting_date"]) == ([(["Tom Hale"], ["Ma Lin"], None)], "2024-05-20")


def test_present_after_a_relative_clause_and_inside_a_which_clause():
    assert _present_after_meeting("Vice Premier Li Ping, who co-chairs the Example Committee and the Other Committee, attended the "
                   "meeting.") == ["Li Ping"]
    assert _present_after_meeting("During the reception, which was also attended by Prime Minister Ana Ruiz and the ministers, Hale "
                   "asked the ambassador to give President Zhou Hua his letter.") == ["Ana Ruiz"]


def test_city_named_with_today_or_after_a_venue_and_agency_datelines_without_a_dash():
    r = parse_release("Vice Minister calls on Rajapaksa\n2023-01-15\n\nChinese Vice Minister Ma Lin had talks with former "
                      "President Tom Hale in Colombo today.\n")
    assert r["location"] == "Colombo"
    r = parse_release("President hosts envoy\n2022-03-21\n\nPresident Tom Hale on Monday evening held talks with Chinese "
                      "Special Envoy Ma Lin who paid him a courtesy call at State House, Nairobi.\n")
    assert r["location"] == "Nairobi"
    r = parse_release("Delegation meets PM\n2024-05-16\n\nKathmandu, May 15 (PTI) A Chinese delegation led by Ma Lin met "
                      "Prime Minister Tom Hale.\n")
    assert (r["location"], r["meeting_date"]) == ("Kathmandu", "2024-05-15")
    r = parse_release("Ties discussed\n2014-09-09\n\nTashkent, Uzbekistan (UzDaily.com) -- Ambassador Ma Lin met with "
                      "Minister Tom Hale.\n")
    assert r["location"] == "Tashkent"
    assert r["meetings"][0]["principals"][0]["title"] == "Ambassador"


def test_the_premier_while_receiving_a_courtesy_call_from_a_visitor():
    text = ("Example to continue its policy\n2017-04-08\n\nPrime Minister Samdech Techo Tom Hale has affirmed that the "
            "Kingdom will continue its policy.\nThe premier reiterated the Kingdom's stance while receiving a courtesy "
            "call from visiting H.E. Ms. Ma Lin, a Member of the Politburo of the Communist Party of China (CPC), at the "
            "Peace Palace, Phnom Penh yesterday afternoon.\n")
    r = parse_release(text, release_id="other-5")
    assert _meetings(r) == [(["Tom Hale"], ["Ma Lin"], None)]
    c = r["meetings"][0]["counterparts"][0]
    assert (c["title"], c["organization"]) == ("Member", "Politburo of the Communist Party of China (CPC)")
    assert (r["meeting_date"], r["location"]) == ("2017-04-07", "Phnom Penh")


def test_new_before_an_office_after_and_a_surname_after_an_office_and_a_copy_of_a_letter_of_credence():
    text = ("Foreign Minister holds telephone conversation\n2009-01-31 01:25\n\nOn the evening of January 23, 2009, Chinese "
            "Foreign Minister Ma Lin and new U.S. Secretary of State Ana Ruiz held a telephone conversation.\n")
    r = parse_release(text, release_id="fmprc-1")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ma Lin", "Foreign Minister"), ("Ana Ruiz", "Secretary of State")]]
    text = ("Special Envoy meets US Ambassador\n2024-04-19 18:32:35\n\nOn April 19, 2024, the Chinese government's special "
            "envoy for the Middle East, Ma Lin, met with the US ambassador to China, Hale, and the two sides conferred.\n")
    [m] = parse_release(text, release_id="fmprc-2")["meetings"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Hale", "ambassador to China")]
    text = ("Ambassador-Designate presents copy of Letter of Credence\n\nOn 8 August 2024, Chinese Ambassador-Designate to "
            "Zambia H.E. Ma Lin presented a copy of the Letter of Credence to Hon. Tom Hale, Minister of Foreign Affairs "
            "of Zambia.\n")
    assert _meetings(parse_release(text, release_id="embassy-4")) == [(["Ma Lin"], ["Tom Hale"], None)]


def test_a_special_administrative_region_is_no_name_and_samoan_honorifics_are_dropped():
    [p] = parse_people("Ma Lin, commissioner of the Chinese foreign ministry in the Hong Kong Special Administrative "
                       "Region (HKSAR)")
    assert (p["name"], p["title"]) == ("Ma Lin", "commissioner")
    assert [p["name"] for p in parse_people("Prime Minister Afioga Ana Ruiz Example")] == ["Ana Ruiz Example"]


def test_agency_tag_line_gmt_stamp_cuban_dateline_and_bracketed_photo_caption():
    r = parse_release("VP meets deputy secretary\nUpdated: 2013-04-25 20:21\n\n( Xinhua)\n\nBEIJING - Chinese Vice President "
                      "Ma Lin met with US Deputy Secretary of State Tom Hale on Thursday in Beijing.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Beijing", "Vice President")
    r = parse_release("Chairwoman receives Vice Chairman\nJanuary 20, 2018 | 20:01 (GMT+7)\n\nNational Assembly Chairwoman Ana "
                      "Ruiz hosted a reception in Hanoi on January 19 for Vice Chairman of the Example Committee Ma Lin.\n")
    assert (r["published"], r["meeting_date"], r["location"]) == ("2018-01-20", "2018-01-19", "Hanoi")
    assert _meetings(r) == [(["Ana Ruiz"], ["Ma Lin"], None)]
    r = parse_release("President receives leader\n2023-11-07\n\nHavana, Cuba.- Cuban President Tom Hale received Ma Lin, "
                      "member of the Example Bureau.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Havana", "President")
    r = parse_release("Vice premier meets PM\nUpdated: 2015-07-17 09:30\n\nVice Premier Ma Lin (L) poses for a photo with Prime "
                      "Minister Tom Hale before their meeting in Hanoi, July 16, 2015. [Photo/Agencies]\n\nHANOI - Chinese "
                      "Vice Premier Ma Lin met with Vietnamese Prime Minister Tom Hale on Thursday.\n")
    assert r["location"] == "Hanoi"


def test_hosted_a_visitor_for_talks_and_a_guest_received_in_his_office():
    r = parse_release("Ma meets Hale\n2023-07-18\n\nChina's President Ma Lin, on Tuesday, hosted visiting Algerian President, "
                      "Tom Hale, for bilateral talks in Beijing.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("Minister receives envoy\n(Xinhua) 09:23, July 07, 2020\n\nLAGOS, July 6 (Xinhua) -- Tom Hale, Nigeria's "
                      "Minister of State for Foreign Affairs, made the remarks when he received the outgoing Chinese "
                      "ambassador to Nigeria, Ma Lin in his office in Abuja.\n")
    assert [[(p["name"], p["title"]) for p in m["counterparts"]] for m in r["meetings"]] == [[("Ma Lin", "ambassador to Nigeria")]]


def test_city_country_dash_datelines_wire_photo_credits_and_european_date_stamps():
    r = parse_release("PM to visit China\n2023-09-11\n\nCommander of the Army Tom Hale delivers a speech during a ceremony in "
                      "Phnom Penh, Cambodia, 18 June 2020. EPA-EFE/KITH SEREY\n\nBEIJING, China - Cambodian Prime Minister "
                      "Tom Hale will visit China this week and meet with President Ma Lin, the foreign ministry announced.\n")
    assert (r["kind"], [p["name"] for p in r["actors"]], r["location"]) == ("visit", ["Tom Hale"], None)
    r = parse_release("Ambassador calls on President\n\nGeorgetown, Guyana—(October 13, 2017) Chinese Ambassador Ma Lin called "
                      "on President Tom Hale at State House.\n")
    assert (r["location"], r["meeting_date"]) == ("Georgetown", "2017-10-13")
    assert r["meetings"][0]["counterparts"][0]["title"] == "President"
    r = parse_release("President meets ambassador\n6. februar 2024 13:04\n\nFoto: TANJUG/EXAMPLE PHOTOGRAPHER\n\nBELGRADE - "
                      "Serbian President Tom Hale met with Chinese Ambassador Ma Lin on Tuesday.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Belgrade", "President")


def test_who_met_clause_is_no_office():
    text = ("Diplomat says meeting important\nAug 01, 2019\n\nSenior Chinese diplomat Ma Lin, who meet with U.S. Secretary "
            "of State Tom Hale on Thursday, said it was important to meet face-to-face.\n")
    [m] = parse_release(text, release_id="other-6")["meetings"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Tom Hale", "Secretary of State")]


def test_present_who_joined_were_part_of_the_delegation_or_were_at_hand_to_receive():
    assert _present_after_meeting("Counselor Li Ping and Counselor Zhou Hua of the Embassy joined the visit.") == ["Li Ping", "Zhou Hua"]
    assert _present_after_meeting("Vice Minister Li Ping and Mayor of Shenzhen Zhou Hua were also part of the Chinese delegation.") == [
        "Li Ping", "Zhou Hua"]
    assert _present_after_meeting("Others at hand to receive the senior diplomat were Ambassador Li Ping and Principal Secretary "
                   "Zhou Hua.") == ["Li Ping", "Zhou Hua"]
    assert _present_after_meeting("Present to receive the Chinese delegation was Minister of Transportation, Alhaji Li Ping Example.") == [
        "Li Ping Example"]


def test_the_visitors_programme_during_the_visit_is_more_meetings():
    text = ("PM meets vice chairman\nXinhua) 13:48, December 21, 2023\n\nPHNOM PENH, Dec. 20 (Xinhua) -- Cambodian Prime "
            "Minister Tom Hale met here on Wednesday with Ma Lin, vice chairman of the Example Committee.\nDuring the "
            "visit, Ma also met with Cambodian Acting Head of State Ana Ruiz.\n")
    r = parse_release(text, release_id="people-31")
    assert _meetings(r) == [(["Tom Hale"], ["Ma Lin"], None), (["Ma Lin"], ["Ana Ruiz"], None)]
    # a counterpart's engagement of another time is still not the release's
    text = text.replace("During the visit, Ma also met", "Ma also met on Sunday")
    assert _meetings(parse_release(text, release_id="people-31")) == [(["Tom Hale"], ["Ma Lin"], None)]


def test_present_and_his_embassy_members_and_a_closing_zero_mark():
    text = ("Delegation leaves\nDate: 14/04/2024\n\nPyongyang, April 14 (KCNA) -- The delegation headed by Ma Lin left here "
            "on April 13.\nAmong those who came out to see off the delegation were Tom Hale, minister of Culture, Li Ping, "
            "Chinese ambassador to the DPRK, and his embassy members. -0-\n")
    r = parse_release(text, release_id="other-7")
    assert [(p["name"], p["title"]) for p in r["present"]] == [("Tom Hale", "minister of Culture"),
                                                             ("Li Ping", "ambassador to the DPRK")]


def test_city_written_as_the_city_of_or_at_a_known_city():
    r = parse_release("Ma holds talks with Hale\n2024-06-03\n\nChinese Foreign Minister Ma Lin held talks on Monday with his "
                      "Hungarian counterpart Tom Hale in the city of Guiyang in southwest China's Guizhou Province.\n")
    assert r["location"] == "Guiyang"
    r = parse_release("Commander receives ambassador\n2023-05-13\n\nSenior General Tom Hale received Chinese Ambassador Ma "
                      "Lin at the Parlour of Example Villa at Nay Pyi Taw in the morning of May 13.\n")
    assert r["location"] == "Nay Pyi Taw"


def test_city_of_a_later_sentence_saying_where_the_meetings_were_held():
    r = parse_release("PM meets chairmen\n2017-05-17\n\nPrime Minister Tom Hale paid yesterday separate courtesy calls on "
                      "Ma Lin, Chairman of the Example Committee.\nThe meetings were held at the Great Hall of the People in "
                      "Beijing, China.\n")
    assert r["location"] == "Beijing"


def test_foreign_press_datelines_and_calls_made_or_paid_in_the_plural():
    r = parse_release("Ambassador calls on chair\n2017-06-18\n\n18 June, Kathmandu: Chinese ambassador to Nepal Ma Lin today "
                      "paid a courtesy call on Example Party Chairman Tom Hale at the latter's private residence in Lazimpat.\n")
    assert (r["location"], _meetings(r)) == ("Kathmandu", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("Envoy pays farewell call\n2017-10-07\n\nISLAMABAD - Outgoing Chinese Ambassador Ma Lin made a farewell "
                      "call on Prime Minister Tom Hale at Prime Minister's Office on Friday.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("Home Minister speaks\n2019-01-30\n\nChinese Ambassador to Nepal Ma Lin paid a courtesy calls to Minister "
                      "of Home Affairs Tom Hale and exchanged views on relations.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("China looks to ties\n2022-03-09\n\nThe Chinese Ambassador to Sri Lanka, Ma Lin, called Speaker Tom "
                      "Hale, the Parliament media unit said today.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("Ambassador calls on army chief\n2016-06-07\n\nRAWALPINDI: Chinese Ambassador to Pakistan Ma Lin called "
                      "on Chief of Army Staff General Tom Hale here today.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Rawalpindi", "Ambassador to Pakistan")
    r = parse_release("Minister meets President\n2021-04-28\n\n(UTV | COLOMBO)—Chinese Defence Minister Ma Lin met President "
                      "Tom Hale at the Presidential Secretariat this morning.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Colombo", "Defence Minister")


def test_an_office_and_a_single_name_as_the_whole_object():
    r = parse_release("Consul General meets Governor\n\nAug 27th, Chinese Consul General in Lagos, Ma Lin, met with Ogun State "
                      "Governor Daniel.\n")
    assert [[(p["name"], p["title"], p["organization"]) for p in m["counterparts"]] for m in r["meetings"]] == [
        [("Daniel", "Governor", "Ogun State")]]


def test_wire_speaker_said_at_the_end_and_the_meeting_told_as_his_remarks():
    text = ("China to consolidate ties: vice premier\n2023-11-28\n\nASTANA, Nov. 27 (Xinhua) -- China stands ready to work "
            "with Kazakhstan to implement the consensus, said Chinese Vice Premier Ma Lin on Monday.\nMa, who paid a visit "
            "to Kazakhstan from Nov. 26 to 27, made the remarks when meeting with Kazakh President Tom Hale in Astana.\n")
    assert _meetings(parse_release(text, release_id="people-32")) == [(["Ma Lin"], ["Tom Hale"], None)]


def test_a_meeting_in_a_when_clause_after_a_speech_verb_and_after_following_his_meeting():
    text = ("Officials vow to deepen cooperation\nXinhua) 08:34, July 10, 2024\n\nVALLETTA, July 9 (Xinhua) -- Senior "
            "Chinese and Maltese officials have agreed to deepen cooperation.\nThe two sides expressed their willingness "
            "when Ma Lin, deputy head of the Example Department, met respectively with Foreign Minister Tom Hale and "
            "Labour Party President Ana Ruiz.\n")
    assert _meetings(parse_release(text, release_id="people-33")) == [(["Ma Lin"], ["Tom Hale"], None),
                                                                      (["Ma Lin"], ["Ana Ruiz"], None)]
    text = ("Actions show Africa matters\n2019-01-04\n\nChinese State Councilor Ma Lin said Thursday that Africa is placed at "
            "an important place. Ma made the remarks while speaking to reporters, following his meeting with Ethiopian "
            "Foreign Minister Tom Hale on Thursday.\n")
    assert _meetings(parse_release(text, release_id="people-34")) == [(["Ma Lin"], ["Tom Hale"], None)]


def test_jointly_hosted_dialogue_entrusted_visit_to_a_person_and_an_attended_dialogue():
    r = parse_release("China, Egypt hold strategic dialogue\nSource: Xinhua| 2020-01-09 06:03:15\n\nCAIRO, Jan. 8 (Xinhua) -- "
                      "Chinese Foreign Minister Ma Lin and Egyptian Foreign Minister Tom Hale jointly hosted a diplomatic "
                      "strategic dialogue on Wednesday in Cairo, Egypt.\n")
    assert (r["kind"], _meetings(r)) == ("talks", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("Senior CPC official visits Lao president\n(Xinhua) 09:00, June 16, 2023\n\nKUNMING, June 15 (Xinhua) -- "
                      "Entrusted by General Secretary Li Ping, Ma Lin, a member of the Example Bureau, visited Tom Hale, "
                      "general secretary of the Example Party and president, in Kunming on Thursday.\n")
    assert (r["kind"], _meetings(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("Chinese, British political parties hold dialogue\n\nBEIJING, Dec. 2 (Xinhua) -- China and Britain on "
                      "Thursday held a video conference of their political parties' dialogue.\nMa Lin, head of the Example "
                      "Department, attended and addressed the conference.\n")
    assert (r["kind"], [p["name"] for p in r["actors"]]) == ("other", ["Ma Lin"])


def test_a_call_on_a_chair_in_the_headline_and_an_event_reported_by_a_source():
    r = parse_release("Chinese ambassador calls Example Party chair Hale\n2017-06-18\n\n18 June, Kathmandu: Chinese ambassador "
                      "to Nepal Ma Lin today paid a courtesy call on Example Party Chairman Tom Hale.\n")
    assert (r["kind"], _meetings(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("China looks to strengthen ties\n2022-03-09\n\nChina has sought to strengthen ties with the Parliament.\n"
                      "The Chinese Ambassador, Ma Lin, called Speaker Tom Hale, the Parliament media unit said today.\n")
    assert (r["kind"], _meetings(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"], None)])


def test_a_reception_hosted_for_a_delegation_is_a_meeting_with_it():
    text = ("Party official welcomes delegation\n2023-11-30\n\nHanoi (VNA) – Politburo member Tran Van Minh hosted a reception "
            "in Hanoi on November 30 for a delegation from the Example Committee led by its Vice Chairman Ma Lin.\n")
    r = parse_release(text, release_id="other-8")
    assert (r["kind"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("meeting", [(["Tran Van Minh"], ["Ma Lin"])])


def test_took_a_phone_call_from_and_a_french_honorific_before_a_governor():
    r = parse_release("Premier speaks by phone with President\n\n\nOn the evening of 29 April, Premier Ma Lin took a phone call "
                      "from European Commission President Ana Ruiz.\n")
    assert (r["kind"], r["mode"], _meetings(r)) == ("talks", "phone", [(["Ma Lin"], ["Ana Ruiz"], None)])
    r = parse_release("Vice Chairman meets Governor\nTime:2017-12-04Editor:Example EditorResource:Department of American and "
                      "Oceanian AffairsPrintingSize:LargeMediumSmall\n\nMr. Ma Lin, Vice Chairman of the Example Committee, "
                      "met in the Great Hall of the People with Mme. Ana Ruiz, Governor of Buenos Aires, Argentina.\n")
    assert (r["published"], _meetings(r)) == ("2017-12-04", [(["Ma Lin"], ["Ana Ruiz"], None)])


def test_agency_dateline_with_a_dash_glued_and_a_source_that_cites():
    r = parse_release("Head of State receives ambassadors\n14 March 2023, 16:02\n\nASTANA. KAZINFORM – President Tom Hale of "
                      "Kazakhstan received ambassadors of Russia and China, Kazinform cites the Akorda press service.\n")
    assert (r["location"], _meetings(r)) == ("Astana", [(["Tom Hale"], [], "ambassadors of Russia and China")])


def test_after_met_respectively_each_when_meeting_with_paragraph_is_a_meeting():
    text = ("Xi meets Pacific leaders\n\n\nOn November 22, local time, President Ma Lin met respectively with some leaders "
            "of the Pacific Island countries in Nadi, Fiji.\nWhen meeting with President Tom Hale of the Federated States "
            "of Micronesia, Ma Lin stressed that countries are all equal members.\nTom Hale expressed thanks.\nWhen "
            "meeting with Prime Minister Ana Ruiz of Samoa, Ma Lin said that China is ready to cooperate.\n")
    r = parse_release(text, release_id="fmprc-3")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None), (["Ma Lin"], ["Ana Ruiz"], None)]
    assert r["location"] == "Nadi"


def test_a_quoted_statement_that_tells_the_call():
    text = ("Ambassador pays courtesy call on Opposition Leader\n2020-10-20\n\nTHE first Ambassador of the People's Republic "
            "of China to Solomon Islands has paid a courtesy visit to the Opposition Leader last week.\nA statement from "
            "the office said: \u201con Thursday, October 15th, His Excellency (H.E) Mr. Ma Lin, Ambassador of the People's "
            "Republic of China to the Solomon Islands paid a courtesy call on the Hon. Leader of Opposition Tom Hale at the "
            "National Parliament.\n")
    r = parse_release(text, release_id="other-9")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ma Lin", "Ambassador"), ("Tom Hale", "Leader of Opposition")]]
    assert r["meeting_date"] == "2020-10-15"


def test_zhongnanhai_halls_end_the_counterparts_office():
    text = ("Premier meets executive\n2013-04-10\n\nBEIJING, April 10 (Xinhua) -- Chinese Premier Ma Lin met with Tom Hale, "
            "chief executive of Example Corp. of the US at Ziguangge, Zhongnanhai on Wednesday.\n")
    [c] = parse_release(text, release_id="people-35")["meetings"][0]["counterparts"]
    assert (c["name"], c["organization"]) == ("Tom Hale", "Example Corp.")


def test_an_announced_call_is_the_releases_news_and_a_plan_told_later_is_not_a_meeting():
    r = parse_release("Vice premier to hold video call with treasury secretary\nXinhua) 16:50, February 21, 2025\n\nBEIJING, "
                      "Feb. 21 (Xinhua) -- Chinese Vice Premier Ma Lin will hold a video call with U.S. Treasury Secretary "
                      "Tom Hale on Friday evening upon invitation, a spokesperson said here on Friday.\n")
    assert (r["kind"], r["mode"], _meetings(r)) == ("talks", "video", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("Consul General meets Congressman\n2017-03-31\n\nConsul General Ma Lin met with Congressman Tom Hale "
                      "on March 30.\nIn a few days President Li Ping will visit the US and meet with President Ana Ruiz.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]


def test_a_dateline_opening_a_paragraph_after_a_byline():
    r = parse_release("VP meets Foreign Minister\nPosted at Jul 06 2022 07:49 PM\n\nExample News\n\nMANILA — Chinese Foreign "
                      "Minister Ma Lin on Wednesday paid a courtesy call on Vice President Ana Ruiz.\n")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Manila", "Foreign Minister")
    r = parse_release("Consul General meets Congressman\n\nHome About US Visa & Passport Culture\n\nOn Aug 21, 2012, Consul "
                      "General Ma Lin met with U.S. Congressman Tom Hale of Texas at the Consulate.\n")
    assert r["meeting_date"] == "2012-08-21"


def test_letter_of_credentials_paying_courtesy_call_and_thanking_a_colleague_during_a_call():
    r = parse_release("Ambassador submits credentials\nJan. 13, 2023, 8:41 p.m.\n\nChinese ambassador to Nepal, Ma Lin, has "
                      "presented a letter of credentials to President Tom Hale today.\n")
    assert (r["published"], _meetings(r)) == ("2023-01-13", [(["Ma Lin"], ["Tom Hale"], None)])
    r = parse_release("Visiting minister applauds decision\n2018-08-30\n\nVisiting Chinese minister has applauded the result.\n"
                      "China's Minister of the Example Department H.E. Ma Lin shared the appreciation when paying courtesy "
                      "call on President of the Senate Samdech Vibol Sena Pheakdei Tom Hale in Phnom Penh on Aug. 29.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("FM thanks Chinese colleague\n2023-01-31\n\nArgentine Foreign Minister Tom Hale Monday thanked his new "
                      "Chinese colleague Ma Lin during a telephone conversation for the support.\n")
    assert (r["kind"], [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]]) == (
        "talks", [[("Tom Hale", "Foreign Minister"), ("Ma Lin", "Foreign Minister")]])


def test_co_headed_delegation_speaker_said_at_the_end_and_a_dateline_with_a_run_of_dashes():
    r = parse_release("Senior CPC Official Meets Japanese Delegation\n2006-02-22\n\nMa Lin, head of the Example Department, met in "
                      "Beijing Tuesday with a Japanese ruling alliance delegation.\nThe delegation is co-headed by Tom Hale, "
                      "chairman of the Example Council, and Ana Ruiz, chairman of the Other Council.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Hale", "Ana Ruiz"])]
    r = parse_release("Myanmar important: Chinese premier\nXinhua) 08:15, November 07, 2024\n\nKUNMING, Nov. 6 (Xinhua) -- China "
                      "has always placed its relations with Myanmar at an important position, Chinese Premier Ma Lin said on "
                      "Wednesday.\nMa made the remarks during his meeting with Myanmar's leader Tom Hale.\n")
    assert _meetings(r) == [(["Ma Lin"], ["Tom Hale"], None)]
    r = parse_release("Ma Lin Meets with Delegation\n( 2017.01.22 )\n\nBeijing, January 22rd----Ma Lin, Minister of the Example "
                      "Department met here today with the delegation led by Tom Hale, Vice Chairman of the Example Party.\n")
    assert [p["name"] for p in r["meetings"][0]["principals"]] == ["Ma Lin"]


def test_a_welcome_at_the_airport_is_no_meeting_and_the_welcomers_are_present():
    text = ("Foreign minister arrives in Kenya\n2023-07-21\n\nChina's top diplomat Ma Lin arrived in Kenya Friday night for a "
            "three-day official visit.\nMa Lin was received at the Jomo Kenyatta International Airport by Transport "
            "Cabinet Secretary Tom Hale.\n")
    r = parse_release(text, release_id="other-10")
    assert (r["meetings"], [p["name"] for p in r["actors"]], [p["name"] for p in r["present"]]) == (
        [], ["Ma Lin"], ["Tom Hale"])


def test_a_stamp_missing_a_space_a_fleet_in_a_list_and_his_media_delegation():
    r = parse_release("Vice-premier meets Treasury secretary\nUpdated: Feb 29,2016 7:32 AM     Xinhua\n\nBEIJING — Vice-Premier "
                      "Ma Lin met with US Treasury Secretary Tom Hale in Beijing on Feb 28, discussing economic ties.\n")
    assert (r["published"], r["meeting_date"]) == ("2016-02-29", "2016-02-28")
    assert [(p["name"], p["organization"]) for p in parse_people(
        "Li Ping, deputy commander of the PLA's Beijing Military Area Command; Zhou Hua, deputy commander of the PLA's "
        "South China Sea Fleet")] == [("Li Ping", "PLA's Beijing Military Area Command"), ("Zhou Hua", "PLA's South China Sea Fleet")]
    r = parse_release("Leader meets minister\n2004-05-10\n\nPrime Minister Tom Hale met with visiting Ma Lin, minister of the "
                      "Example Office, and his media delegation.\n")
    assert r["meetings"][0]["counterparts"][0]["organization"] == "Example Office"


def test_honorable_malaysian_titles_and_a_capitals_city_with_its_day():
    assert [p["name"] for p in parse_people("Prime Minister Honorable Tom Hale")] == ["Tom Hale"]
    assert [(p["name"], p["title"]) for p in parse_people("Head of State Tun Datuk Seri Panglima Haji Tom Bin Hale")] == [
        ("Tom Bin Hale", "Head of State")]
    r = parse_release("New Consul-General calls on Head of State\n2023-06-14\n\nKOTA KINABALU (June 13): The new Chinese "
                      "Consul-General here Ma Lin paid a courtesy call on Head of State Tom Hale at the Istana.\n")
    assert (r["location"], r["meeting_date"]) == ("KOTA KINABALU".title(), "2023-06-13")


def test_separate_calls_on_several_leaders_and_a_delegation_led_by_a_leader_named_after():
    r = parse_release("Call by Minister on leaders\nPrime Minister's Office | 21 July 2009\n\nThe People's Republic of China "
                      "Minister of Commerce Ma Lin had separate calls on President Tom Hale, Prime Minister Ana Ruiz and "
                      "Minister Mentor Lee Kuan Yew at the Istana on 21 July 2009.\n")
    assert [[(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] for m in r["meetings"]] == [
        [("Ma Lin", "Minister of Commerce"), ("Tom Hale", "President")],
        [("Ma Lin", "Minister of Commerce"), ("Ana Ruiz", "Prime Minister")],
        [("Ma Lin", "Minister of Commerce"), ("Lee Kuan Yew", "Minister Mentor")]]
    r = parse_release("President holds meeting with Chinese delegation\n2023-05-31\n\nPresident Tom Hale, on Wednesday, held a "
                      "bilateral meeting with the Chinese delegation at the Council Chamber.\nThe delegation led by the Vice "
                      "Chairman of the Example Committee, Ma Lin, arrived at the Villa around 3:30 pm.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Tom Hale"], ["Ma Lin"])]


def test_city_from_a_photo_caption_or_a_known_city_near_the_lead():
    r = parse_release("Premier meets Example minister\nUpdated: May 29, 2019\n\nPremier Ma Lin meets with Example Foreign "
                      "Minister Tom Hale in Beijing, capital of China, May 28, 2019. (Xinhua/Li Ping)\n\nPremier Ma Lin on "
                      "Tuesday met with Example Foreign Minister Tom Hale, calling for closer ties.\n")
    assert (r["location"], r["meeting_date"]) == ("Beijing", "2019-05-28")
    r = parse_release("President welcomes leaders\n2006-11-03\n\nPresident Ma Lin rolled out the red carpet on Friday morning "
                      "at the Great Hall of the People in downtown Beijing to welcome Tom Hale.\nMa met with Tom Hale.\n")
    assert r["location"] == "Beijing"
    # (a place that is not a known city stays unsaid)
    r = parse_release("Minister meets envoy\n2022-06-28\n\nMinister Ma Lin met with Ambassador Tom Hale in Parliament on Tuesday.\n")
    assert r["location"] is None


def test_future_words_in_the_speakers_quote_do_not_make_a_reported_meeting_an_announcement():
    r = parse_release("Vice President meets Example president\n2012-08-29\n\nBEIJING, Aug. 29 (Xinhua) -- Vice President Ma "
                      "Lin said here on Wednesday that the ongoing visit of Example President Tom Hale \"will increase mutual "
                      "trust\".\n\nMa made the remarks when meeting with Tom Hale, who arrived in China on Tuesday for a "
                      "three-day state visit.\n")
    assert (r["location"], r["meeting_date"]) == ("Beijing", "2012-08-29")


def test_a_bodys_name_stops_where_lower_case_words_go_on_after_a_comma():
    assert [p["organization"] for p in parse_people(
        "Tom Hale, speaker of the Example Mazhilis, or the lower house of the Example parliament")] == ["Example Mazhilis"]
    assert [p["organization"] for p in parse_people(
        "Ma Lin, head of the Example Department of the CPC Central Committee, concluded a three-day visit")] == [
        "Example Department of the CPC Central Committee"]
    assert [p["organization"] for p in parse_people("Tom Hale, Governor of Example Norte, and some board members")] == [
        "Example Norte"]
    # (a body whose name goes on in capitals keeps its comma)
    assert [p["organization"] for p in parse_people("Tom Hale, Director of the Ministry of Agriculture, Forestry and Fisheries")] == [
        "Ministry of Agriculture, Forestry and Fisheries"]


def test_engaged_in_discussions_participated_in_a_meeting_and_attended_then_met():
    r = parse_release("Party official meets envoy\n2025-11-25\n\nMa Lin, head of the Example Department, engaged in "
                      "discussions with Example ambassador to China, Tom Hale, in Beijing on Tuesday.\n")
    assert (r["kind"], _meetings(r)[0][:2]) == ("meeting", (["Ma Lin"], ["Tom Hale"]))
    r = parse_release("Delegation observes election\n( 2023.07.26 )\n\nDuring the visit, Ma Lin participated in a collective "
                      "meeting with Tom Hale, President of the Example Party, and met respectively with Ana Ruiz, Member of "
                      "the Standing Committee of the Example Party, and Li Ping, Chairman of the Example Commission.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana Ruiz"]),
                                                        (["Ma Lin"], ["Li Ping"])]
    r = parse_release("Vice Minister attends reception\n2015-03-12\n\nOn March 11, 2015, Vice Foreign Minister Ma Lin attended "
                      "at invitation the reception held by the Example Embassy in China, and met with Example Ambassador "
                      "to China Tom Hale.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Hale"])]


def test_a_reporters_byline_is_no_part_of_the_story():
    text = ("Commander meets guest\n13:20, November 19, 2012\n\nBy Li Ping (Example Military Online)\n\nMa Lin, commander of the "
            "Example Air Force, met with Tom Hale, the visiting deputy commander of the Example Army, on November 15.\n")
    rel = split_release(text)
    assert rel.header[-1] == "By Li Ping (Example Military Online)"
    r = parse_release(text)
    assert (r["meeting_date"], r["mode"], _meetings(r)[0][:2]) == ("2012-11-15", "in_person", (["Ma Lin"], ["Tom Hale"]))


def test_a_page_with_no_stamp_takes_its_year_from_the_photo_caption():
    r = parse_release("President meets former leader\n\nPresident Ma Lin meets with former Example President Tom Hale in "
                      "Beijing, capital of China, Nov. 29, 2017. [Photo/Xinhua]\n\nPresident Ma Lin met with former Example "
                      "President Tom Hale in Beijing on Wednesday.\n")
    assert (r["published"], r["meeting_date"]) == (None, "2017-11-29")


def test_malaysian_honorifics_after_an_office_are_no_part_of_the_name():
    assert [(p["name"], p["title"]) for p in parse_people("Prime Minister Datuk Seri Tom Hale")] == [("Tom Hale", "Prime Minister")]
    assert [(p["name"], p["title"]) for p in parse_people("Foreign Minister Dato' Sri Ma Lin, Home Minister Tan Sri Ana Ruiz")] == [
        ("Ma Lin", "Foreign Minister"), ("Ana Ruiz", "Home Minister")]


def test_a_minister_who_called_his_counterpart_and_a_courtesy_visit_being_paid():
    r = parse_release("Foreign Minister's telephone call to his Chinese counterpart\n2019-02-20\n\nForeign Minister Tom Hale called "
                      "Chinese State Councilor and Foreign Minister Ma Lin today and briefed him on the situation.\n")
    assert (r["kind"], r["mode"], _meetings(r)[0][:2]) == ("talks", "phone", (["Tom Hale"], ["Ma Lin"]))
    r = parse_release("Leader meets Premier\n2017-09-21\n\nVisiting Ma Lin, a member of the Example Bureau, stressed friendship "
                      "while paying a courtesy visit to Example Prime Minister Tom Hale at the Peace Palace yesterday.\n")
    assert _meetings(r)[0][:2] == (["Ma Lin"], ["Tom Hale"])


def test_the_place_an_office_governs_is_its_organization():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Governor of Example State Tom Hale, Mayor of Exampleville Ana Ruiz, Chief Minister of Examplia Li Ping")] == [
        ("Governor", "Example State"), ("Mayor", "Exampleville"), ("Chief Minister", "Examplia")]
    # (a portfolio stays in the title)
    assert [(p["title"], p["organization"]) for p in parse_people("Minister of Interior Tom Hale")] == [
        ("Minister of Interior", None)]


def test_a_meeting_only_the_headline_tells():
    r = parse_release("Ambassador Ma Lin Meets with Example Minister for Trade Tom Hale\n2023-03-02\n\nThe two sides exchanged "
                      "views on bilateral trade and agreed to deepen cooperation.\n")
    assert (r["kind"], _meetings(r)[0][:2]) == ("meeting", (["Ma Lin"], ["Tom Hale"]))
    # (a headline whose other side is no person gives none)
    r = parse_release("Ambassador Ma Lin Bids Farewell to All Walks of Life\n2023-03-02\n\nThe Ambassador thanked his friends.\n")
    assert r["meetings"] == []


def test_a_caption_that_says_who_stands_where_is_no_lead_and_tells_a_meeting_the_body_does_not():
    text = ("Consul General calls on Speaker\n2008-11-21\n\nConsul General Ma Lin (right) and Hon. Tom Hale\n\nOn November 19, "
            "the newly arrived Consul General Ma Lin paid a courtesy call to Mr. Tom Hale, leader of the House.\n")
    rel = split_release(text)
    assert rel.captions == ["Consul General Ma Lin (right) and Hon. Tom Hale"]
    assert rel.paragraphs[0].startswith("On November 19")
    r = parse_release("Vice-Premier Ma Lin (second from left) meets Example President Tom Hale at the Great Hall of the People "
                      "in Beijing on Thursday. (Photo/Xinhua)\n\nThe two sides discussed trade and investment.\n")
    assert (r["kind"], r["venue"], _meetings(r)[0][:2]) == ("meeting", "Great Hall of the People", (["Ma Lin"], ["Tom Hale"]))


def test_more_ways_of_saying_who_else_was_there():
    def present(sentence: str) -> list[str]:
        r = parse_release("Minister meets envoy\n2024-04-23\n\nMinister Ma Lin met with Ambassador Tom Hale in Colombo on "
                          "Monday.\n\n" + sentence + "\n")
        return [p["name"] for p in r["present"]]
    assert present("The Chinese delegation consisted of Li Ping, Director of the Example Bureau, and Zhou Hua, Counselor "
                   "of the Embassy.") == ["Li Ping", "Zhou Hua"]
    assert present("Also present at the meeting included Ms. Ana Ruiz, member of the Example Committee.") == ["Ana Ruiz"]
    assert present("Those also attending the meeting include: Li Ping, the Secretary General of the Example Forum.") == ["Li Ping"]
    assert present("In attendance are the Chief of Staff to the President, Professor Li Ping.") == ["Li Ping"]
    assert present("The Minister was joined by Senior Minister of State Ana Ruiz.") == ["Ana Ruiz"]
    assert present("Party leaders Li Ping, Zhou Hua and Ana Ruiz among others were present in the meeting.") == [
        "Li Ping", "Zhou Hua", "Ana Ruiz"]
    r = parse_release("President meets envoy\n2020-10-09\n\nThe Chinese delegation held discussions with President Tom Hale on "
                      "Friday in the presence of Foreign Minister Ana Ruiz.\n")
    assert [p["name"] for p in r["present"]] == ["Ana Ruiz"]


def test_a_with_past_a_participles_comma_is_no_counterpart():
    r = parse_release("Vice premier, Example treasury secretary talk on phone\nUpdated: 2009-02-10 11:41\n\nVice Premier Ma Lin and "
                      "Example Treasury Secretary Tom Hale held phone talks Monday, agreeing to strengthen cooperation in "
                      "dealing with the financial crisis.\n")
    assert (r["kind"], r["mode"], _meetings(r)[0][:2]) == ("talks", "phone", (["Ma Lin"], ["Tom Hale"]))


def test_offices_each_before_a_comma_and_its_name_and_agencies_tags_joined_or_in_camel_case():
    assert [(p["name"], p["title"], p["also"]) for p in parse_people(
        "leader of the Example League and Prime Minister, Tom Hale, Deputy Prime Minister and Foreign Minister, Ana Ruiz, "
        "and Chief of Army Staff, Li Ping, as well as, with people of all sectors")] == [
        ("Tom Hale", "leader", ["Prime Minister"]), ("Ana Ruiz", "Deputy Prime Minister", ["Foreign Minister"]),
        ("Li Ping", "Chief of Army Staff", [])]
    # (the usual way round is unchanged)
    assert [(p["name"], p["title"]) for p in parse_people("Tom Hale, President of the Example Party, Ana Ruiz, Minister of Trade")] == [
        ("Tom Hale", "President"), ("Ana Ruiz", "Minister of Trade")]
    for tag in ("(NNN-APP)", "(ChinaMil)"):
        r = parse_release(f"Minister meets guest\n2017-09-05\n\nBEIJING, Sept. 5 {tag} -- Defense Minister Ma Lin met with "
                          "Example Defense Minister Tom Hale in Beijing on Monday afternoon.\n")
        assert (r["location"], r["meeting_date"], _meetings(r)[0][:2]) == ("Beijing", "2017-09-04", (["Ma Lin"], ["Tom Hale"]))


def test_an_outlets_name_alone_is_no_lead_and_the_leads_day_beats_the_posting_date():
    r = parse_release("Party leaders meet Chinese official\nJuly 07, 2009\n\nPeople's Daily Online\n\nLeaders of the Example "
                      "Party on Monday met separately with the visiting delegation headed by Ma Lin.\n")
    assert (r["meeting_date"], r["mode"]) == ("2009-07-06", "in_person")
    r = parse_release("Countries reaffirm ties\n2017-11-13\n\nExample and China have reaffirmed their commitment to closer ties. "
                      "The reaffirmation was made by Example leaders during their bilateral meeting yesterday.\n")
    assert r["meeting_date"] == "2017-11-12"
    # (a photographer called SUNDAY names no day)
    r = parse_release("President receives minister\n2021-01-05\n\nPresident Tom Hale received Foreign Minister Ma Lin at the "
                      "State House. PHOTO; SUNDAY LI.\n\nThe two discussed trade.\n")
    assert r["meeting_date"] == "2021-01-05"


def test_more_stamps_a_year_glued_to_the_time_a_comma_after_the_day_and_month_first_dashes():
    for stamp, published in (("14 April 202019:12", "2020-04-14"), ("Monday 30, April 2018 in 7:45 PM", "2018-04-30"),
                             ("Source: | 11-20-2007 16:00", "2007-11-20"), ("Source: | 04-12-2009 08:27", None)):
        r = parse_release(f"Minister meets envoy\n{stamp}\n\nMinister Ma Lin met with Ambassador Tom Hale.\n")
        assert r["published"] == published, stamp


def test_the_day_the_next_paragraph_or_the_lead_gives_when_the_event_sentence_gives_none():
    r = parse_release("Leader discusses ties with ambassador\n2025-01-14\n\nAmbassador Ma Lin met Secretary General Tom Hale and "
                      "discussed bilateral issues.\n\nThe hour-long meeting was held at the Ambassador's residence on Monday.\n")
    assert r["meeting_date"] == "2025-01-13"
    r = parse_release("Two countries hold consultation\n2024-03-01\n\nBEIJING, Feb. 29 (Xinhua) -- China and Example held a new "
                      "round of consultation on Feb. 27 in Shanghai.\n\nAssistant Foreign Minister Ma Lin and Director Tom Hale "
                      "held the consultation.\n")
    assert r["meeting_date"] == "2024-02-27"


def test_an_agencys_tag_between_city_and_date_and_a_country_for_a_city():
    r = parse_release("Premiers meet\n2017-11-13\n\nPhnom Penh (FN), Nov. 13 - Prime Minister Tom Hale held bilateral talks "
                      "with Premier Ma Lin.\n")
    assert (r["location"], r["meeting_date"], _meetings(r)[0][:2]) == ("Phnom Penh", "2017-11-13", (["Tom Hale"], ["Ma Lin"]))
    r = parse_release("Premiers meet\n2017-11-13\n\nPhilippines (FN), Nov. 13 - Prime Minister Tom Hale held bilateral talks "
                      "with Premier Ma Lin at the summit in Manila, Philippines.\n")
    assert r["location"] == "Manila"


def test_a_bodys_possessive_before_a_capitalised_office():
    assert [(p["title"], p["organization"]) for p in parse_people("Example Party's Shadow Foreign Secretary Tom Hale")] == [
        ("Shadow Foreign Secretary", "Example Party")]
    # (an office's own "of the X's" stays: "Vice Chairman of the Example Committee's Commission")
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Vice Chairman of the Example Central Committee's Commission for External Relations Tom Hale")] == [
        ("Vice Chairman", "Example Central Committee's Commission for External Relations")]


def test_while_meeting_someone_without_with_and_more_page_furniture():
    r = parse_release("Leader meets visiting party chairman\n2008-05-27\n\nBEIJING, May 27 (Xinhua) -- The two parties should open a "
                      "new chapter, top political adviser Ma Lin said here Tuesday.\n\nMa, a member of the Example Bureau, made "
                      "the remarks while meeting visiting Example Party Chairman Tom Hale.\n")
    assert _meetings(r)[0][:2] == (["Ma Lin"], ["Tom Hale"])
    for furniture in ("Adjust font size:", "by Staff reporter", "Ministry of Foreign Affairs of the Republic of Examplia"):
        rel = split_release(f"Minister meets envoy\n2024-03-27\n\n{furniture}\n\nMinister Ma Lin called on Prime Minister Tom Hale today.\n")
        assert rel.paragraphs[0].startswith("Minister Ma Lin"), furniture


def test_a_paragraph_that_opens_with_another_meeting_adds_it():
    text = ("Premier meets foreign leaders\n2008-08-05\n\nBEIJING, Aug. 4 (Xinhua) -- Premier Ma Lin met with Example President "
            "Tom Hale on Monday.\n\nIn a separate meeting with Sample Prime Minister Ana Ruiz, Ma said the two countries "
            "should deepen trade.\n\nWhen meeting Other President Li Ping, Ma said China values the friendship.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(parse_release(text))] == [
        (["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana Ruiz"]), (["Ma Lin"], ["Li Ping"])]


def test_two_capitals_before_a_name_are_its_initials_or_a_surname_in_capitals():
    assert [(p["name"], p["title"]) for p in parse_people("Prime Minister KP Tom Hale")] == [("KP Tom Hale", "Prime Minister")]
    assert [(p["name"], p["title"]) for p in parse_people("Ambassador HU Changlin")] == [("HU Changlin", "Ambassador")]
    # (an office's abbreviation is none)
    assert [(p["name"], p["title"]) for p in parse_people("PM Tom Hale")] == [("Tom Hale", "PM")]


def test_a_sentence_adverb_before_the_subject_and_a_blogs_shortcode():
    r = parse_release("Minister meets envoy\n2023-03-02\n\nMinister Ma Lin met with Ambassador Tom Hale on Monday.\n\nLater, Li "
                      "Ping also met with Ambassador Ana Ruiz.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Hale"]), (["Li Ping"], ["Ana Ruiz"])]
    r = parse_release("Leader meets delegation\n2013-05-24\n\n[nggallery id=62]Ma Lin met with a delegation led by Tom Hale.\n")
    assert _meetings(r)[0][0] == ["Ma Lin"]


def test_whose_office_it_is_post_nominal_letters_and_who_accompanied_whom():
    assert [(p["name"], p["title"]) for p in parse_people("Prime Minister Tom Hale's Adviser on Foreign Policy Li Ping")] == [
        ("Li Ping", "Adviser on Foreign Policy")]
    assert [(p["name"], p["title"]) for p in parse_people("Ana Ruiz MLC")] == [("Ana Ruiz", "MLC")]
    r = parse_release("Ambassador visits university\n2017-05-02\n\nAmbassador Ma Lin met with President Tom Hale of the Example "
                      "University.\n\nCounselor Li Ping accompanied Ambassador Ma during the visit.\n")
    assert [p["name"] for p in r["present"]] == ["Li Ping"]


def test_a_place_before_the_office_that_governs_it():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Examplia governor Tom Hale, Sampleton Deputy Premier Ana Ruiz, Chinese Vice Premier Li Ping")] == [
        ("governor", "Examplia"), ("Deputy Premier", "Sampleton"), ("Vice Premier", None)]
    assert [p["title"] for p in parse_people("Chinese President Ma Lin's Special Envoy Tom Hale")] == ["Special Envoy"]


def test_a_fronted_accompanied_by_clause_names_who_was_present_not_who_met():
    r = parse_release("Consul General meets university president\n2019-05-03\n\nOn May 2nd, accompanied by Deputy Consul General "
                      "Li Ping and Education Counselor Ana Ruiz, Consul General Ma Lin met with President Tom Hale of the "
                      "Example University.\n")
    assert (_meetings(r)[0][:2], [p["name"] for p in r["present"]]) == ((["Ma Lin"], ["Tom Hale"]), ["Li Ping", "Ana Ruiz"])


def test_a_visits_actor_is_the_leader_of_the_delegation_a_later_sentence_names():
    r = parse_release("Party delegation leaves for visit\n15/10/2008 10:04\n\nA delegation of the Example Party left today for a "
                      "good-will visit to Examplia.\n\nThe delegation is led by Ma Lin, a member of the Example Bureau.\n")
    assert (r["kind"], [p["name"] for p in r["actors"]]) == ("visit", ["Ma Lin"])
    r = parse_release("Delegation visits\n2018-05-02\n\nA delegation visited Examplia last week. The delegation was headed by "
                      "former Ambassador Li Ping and included Tom Hale, a counsellor.\n")
    assert [p["name"] for p in r["actors"]] == ["Li Ping"]


def test_a_reaffirmation_made_by_two_leaders_during_their_meeting_and_a_full_stop_before_the_datelines_dash():
    r = parse_release("Countries reaffirm ties\n2017-11-13\n\nExample and China have reaffirmed their commitment to closer ties.\n\n"
                      "The reaffirmation was made by Example Prime Minister Tom Hale and Chinese Premier Ma Lin during their "
                      "bilateral meeting yesterday.\n")
    assert _meetings(r)[0][:2] == (["Tom Hale"], ["Ma Lin"])
    r = parse_release("President thanks China\n2025-02-24\n\nHavana, February 24.- Cuban President Tom Hale thanked China this "
                      "Saturday for its support.\n")
    assert (r["location"], r["meeting_date"], r["actors"][0]["title"]) == ("Havana", "2025-02-22", "President")


def test_a_counterpart_holds_the_principals_office_that_other_countries_have():
    r = parse_release("Foreign Minister holds talks\n2013-05-10\n\nState Councilor and Foreign Minister Ma Lin held talks with his "
                      "Russian counterpart Tom Hale in Beijing on Friday.\n")
    assert r["meetings"][0]["counterparts"][0]["title"] == "Foreign Minister"


def test_a_state_or_a_month_is_no_city():
    for place in ("Florida", "Scotland", "October"):
        r = parse_release(f"Minister meets envoy\n2017-05-20\n\nMinister Ma Lin met with Ambassador Tom Hale in {place} on May 20.\n")
        assert r["location"] is None, place
    r = parse_release("Minister meets envoy\n2017-05-20\n\nMinister Ma Lin met with Ambassador Tom Hale in Colombo on May 20.\n")
    assert r["location"] == "Colombo"


def test_a_body_with_its_acronym_in_parentheses_or_after_the_office():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "EXP (Maoist Centre) Chairman Tom Hale, Deputy Director General IDCPC Li Ping")] == [
        ("Chairman", "EXP (Maoist Centre)"), ("Deputy Director General", "IDCPC")]
    assert [(p["title"], p["organization"]) for p in parse_people(
        "14th Example People's Congress (EPC) Standing Committee Chairman Ma Lin")] == [
        ("Chairman", "14th Example People's Congress (EPC) Standing Committee")]


def test_a_provinces_party_chief():
    assert [(p["title"], p["organization"]) for p in parse_people("Examplia Party chief Ma Lin, Labour Party Secretary General Tom Hale")] == [
        ("Party chief", "Examplia"), ("Secretary General", "Labour Party")]


def test_a_bodys_name_stops_at_a_second_office_or_a_count_of_others():
    assert [p["organization"] for p in parse_people(
        "Tom Hale, Lord Mayor of Exampleton, Councillor, Ana Ruiz, Mayor of Sampleton, MLA of Examplia")] == [
        "Exampleton", "Sampleton"]
    assert [p["organization"] for p in parse_people(
        "Tom Hale, Executive Secretary of the Example Forum and more than 60 leaders of parties")] == ["Example Forum"]


def test_places_and_events_with_capitals_are_no_people():
    for phrase in ("the Example Museum", "the Example Cultural Exchange Week", "the Informal Ministerial"):
        assert parse_people(phrase) == [], phrase


def test_talked_to_someone_on_the_phone():
    r = parse_release("Presidents talk by phone\n2017-04-12\n\nOn the morning of April 12, President Ma Lin talked to US President "
                      "Tom Hale on the phone.\n")
    assert (r["kind"], r["mode"], r["meeting_date"], _meetings(r)[0][:2]) == ("talks", "phone", "2017-04-12", (["Ma Lin"], ["Tom Hale"]))


def test_a_comma_typed_after_a_space_or_a_line_break_said_in_a_meeting_and_a_visit_under_way():
    r = parse_release("Officials meet\n2017-01-14\n\nMa Lin\n, head of the Example Department, met with Tom Hale, his counterpart "
                      "of the Example Party, here on Friday.\n")
    assert _meetings(r)[0][:2] == (["Ma Lin"], ["Tom Hale"])
    r = parse_release("Minister vows cooperation\nLast updated at: (Beijing Time) Thursday, March 04, 2004\n\nCommerce Minister "
                      "Ma Lin said Wednesday that trade ties serve both nations.\n\nMa said in a meeting with US Ambassador "
                      "Tom Hale that trade ties had grown.\n")
    assert (r["published"], r["meeting_date"], _meetings(r)[0][:2]) == ("2004-03-04", "2004-03-03", (["Ma Lin"], ["Tom Hale"]))
    r = parse_release("Defense Minister leaves for US visit\nLast updated at: (Beijing Time) Saturday, October 25, 2003\n\n"
                      "Defense Minister Ma Lin left Beijing for Washington to begin an official visit to the United States.\n")
    assert (r["kind"], r["meeting_date"]) == ("visit", "2003-10-25")


def test_a_farewell_meeting_a_host_and_an_ambassador_introducing_himself():
    for lead in ("Speaker of Parliament Tom Hale had a farewell meeting today with Ambassador of China Ma Lin.",
                 "Foreign Minister Tom Hale hosted the Ambassador of the People's Republic of China, H. E. Ma Lin, who "
                 "concluded his mission.",
                 "The new Chinese Ambassador Tom Hale has introduced himself to Prime Minister Hon. Ma Lin MP during a "
                 "brief courtesy visit today."):
        r = parse_release(f"Envoy calls on leader\n2020-09-15\n\n{lead}\n")
        assert r["kind"] == "meeting" and sorted(_meetings(r)[0][0] + _meetings(r)[0][1]) == ["Ma Lin", "Tom Hale"], lead


def test_a_reporters_name_and_rank_alone_is_a_byline_and_advocate_is_an_honorific():
    text = ("Ambassador meets Speaker\n2023-07-13\n\nLi Ping Senior Reporter\n\nThe new Chinese ambassador Ma Lin has paid a "
            "courtesy call on Speaker of the National Assembly Advocate Tom Hale and expressed his pride in the ties.\n")
    assert split_release(text).header[-1] == "Li Ping Senior Reporter"
    assert _meetings(parse_release(text))[0][:2] == (["Ma Lin"], ["Tom Hale"])


def test_a_caption_whose_positions_say_front_or_back_in_capitals():
    r = parse_release("Ruling parties expect closer cooperation\n09:25, August 21, 2011\n\nMa Lin (L, Front), a member of the Example "
                      "Bureau, meets with Tom Hale (R, Front), Chairman of the Example Party, in Phnom Penh, Aug. 20, 2011. "
                      "(Xinhua/Li Ping)\n\nPHNOM PENH, Aug. 20 (Xinhua) -- Officials of the two parties agreed here to promote "
                      "cooperation on Saturday.\n")
    assert (r["kind"], _meetings(r)[0][:2]) == ("meeting", (["Ma Lin"], ["Tom Hale"]))


def test_the_headlines_full_name_for_a_body_that_writes_the_surname():
    r = parse_release("Ambassador Ma Lin meets Lieutenant Governor of Examplia\n2012-05-09\n\nOn May 9, Ambassador Ma met with "
                      "Honorable Tom Hale, Lieutenant Governor of Examplia, at the Legislative Assembly.\n")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Ma Lin", "Ambassador")]


def test_a_date_alone_in_parentheses_is_the_pages_stamp():
    r = parse_release("Foreign Minister meets Secretary General\n\n(27 September 2004)\n\nOn September 27, Foreign Minister Ma Lin "
                      "met with Secretary General Tom Hale at the Headquarters in New York.\n")
    assert (r["published"], r["meeting_date"]) == ("2004-09-27", "2004-09-27")


def test_a_farewell_call_bid_a_call_upon_the_most_honourable_dame_and_an_update_stamp():
    r = parse_release("Ambassador bids farewell\n\nOn October 4th, H.E. Ma Lin, Ambassador of the People's Republic of China to "
                      "Examplia bid a farewell call to H.E. The Most Honourable Dame Ana Ruiz, President of Examplia.\n")
    assert _meetings(r)[0][:2] == (["Ma Lin"], ["Ana Ruiz"])
    r = parse_release("Consul General calls on Director\nUpdate: 27-05-2010 | 00:00:00\n\nConsul General Ma Lin called upon "
                      "Mr. Tom Hale, the new Director of the Example Office.\n")
    assert (r["published"], _meetings(r)[0][:2]) == ("2010-05-27", (["Ma Lin"], ["Tom Hale"]))


def test_talks_held_between_two_a_remark_in_a_phone_conversation_and_a_since_clause():
    r = parse_release("Vice ministers hold consultations\n2009-05-14\n\nChina and Examplia on Wednesday held political "
                      "consultations at the vice ministerial level.\n\nThe consultations were held between visiting Vice "
                      "Foreign Minister Ma Lin and Deputy Secretary of State Tom Hale.\n")
    assert _meetings(r)[0][:2] == (["Ma Lin"], ["Tom Hale"])
    r = parse_release("State councilor holds phone conversation\nUpdated: May 20,2017 7:40 PM Xinhua\n\nBEIJING -- China will "
                      "coordinate closely with Examplia, State Councilor Ma Lin said on May 20.\n\nMa made the remarks in a "
                      "phone conversation with Secretary of State Tom Hale.\n\nSince President Li Ping and his counterpart, Ana "
                      "Ruiz, held meetings in April, relations have made progress.\n")
    assert (r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("phone", [(["Ma Lin"], ["Tom Hale"])])


def test_a_meeting_told_as_last_years_is_background():
    r = parse_release("Vice President meets deputy PM\n2024-05-25\n\nBEIJING, May 24 (Xinhua) -- Vice President Ma Lin met with "
                      "Example Deputy Prime Minister Tom Hale on Friday in Beijing.\n\nMa noted that the two are good neighbors. "
                      "President Li Ping met with Example King Ana Ruiz twice last year, and has kept close contact.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Hale"])]


def test_told_a_visiting_guest_and_a_hash_stamp_with_a_zone():
    r = parse_release("Premier asks for progress\n2015-07-17\n\nPremier Ma Lin on Thursday asked for progress in the study.\n\nMa told "
                      "visiting Example Prime Minister Tom Hale that the study would help trade.\n")
    assert (r["kind"], _meetings(r)[0][:2]) == ("meeting", (["Ma Lin"], ["Tom Hale"]))
    r = parse_release("Leaders to hold video conference\n\n# 05 June 2020 14:28 (UTC +04:00)\n\nChancellor Tom Hale and Premier "
                      "Ma Lin will hold a video conference on Thursday.\n")
    assert (r["published"], r["meeting_date"], _meetings(r)[0][:2]) == ("2020-06-05", "2020-06-11", (["Tom Hale"], ["Ma Lin"]))


def test_the_city_of_the_meeting_after_a_country_in_the_same_sentence():
    r = parse_release("Governor meets governor\n\nMa Lin, Governor of Jiangsu Province met with Tom Hale, governor of "
                      "Aichi prefecture in Japan and his delegation in Nanjing on November 21st.")
    assert r["location"] == "Nanjing"


def test_an_outlets_name_with_a_colon_after_the_dateline():
    r = parse_release("High-Level Meeting Strengthens Ties\n\nBeijing, February 05, 2024, The Europe Today: Ma Lin, Head of "
                      "the International Department of the CPC Central Committee, held a bilateral meeting with Norway's "
                      "Minister of Foreign Affairs, Tom Hale, in Beijing on Monday.")
    m, = r["meetings"]
    assert m["principals"][0]["name"] == "Ma Lin" and m["principals"][0]["title"] == "Head"
    assert r["location"] == "Beijing"


def test_the_city_a_visitor_arrived_in():
    r = parse_release("Chinese FM arrives in Iran\n\nChinese Foreign Minister Ma Lin arrived Tehran Sunday on a four-day "
                      "official visit.", release_id="people-20000221-16")
    assert r["location"] == "Tehran"


def test_people_an_event_release_names_doing_something_there_are_present():
    text = ("Ma Lin Attends Seminar on Party Building\n ( 2021.03.04 )\n\nBeijing, March 3rd—Ma Lin, Vice-minister of the "
            "Example Department, attended and addressed the seminar via video link.\n\nTom Berg, Chairman of the Example "
            "Labour Party, and Ana Ruiz, Secretary of the Example Socialist Party, attended and addressed the event.\n\n"
            "For his part, Carl Vidal, Member of the Example Youth League, congratulated the CPC.\n\n"
            "Example Minister Li Hua was in Beijing last year, where he emphasized cooperation.\n")
    r = parse_release(text, release_id="idcpc-20210304-1")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in r["present"]] == [
        ("Tom Berg", "Chairman"), ("Ana Ruiz", "Secretary"), ("Carl Vidal", "Member")]


def test_present_as_guests_or_among_those_attending_or_also_attended():
    lead = ("Ma Lin Meets with Chilean Foreign Minister\n2024-05-06 10:00\nOn May 5, 2024, Foreign Minister Ma Lin met "
            "with Chilean Foreign Minister Ana Ruiz in Beijing.\n")
    for extra in ("Guests attending the meeting were Vice Foreign Minister Li Hua, relevant officials and experts as "
                  "well as Chilean Ambassador to China Tomas Vidal.",
                  "The guests included Vice Foreign Minister Li Hua and Chilean Ambassador to China Tomas Vidal.",
                  "Also present at the meeting were: Vice Foreign Minister, Li Hua; and Chilean Ambassador to China, "
                  "Tomas Vidal.",
                  "Vice Foreign Minister Li Hua and Chilean Ambassador to China Tomas Vidal also attended.",
                  "Vice Foreign Minister Li Hua and Chilean Ambassador to China Tomas Vidal were among those attending "
                  "the meeting."):
        r = parse_release(lead + extra + "\n", release_id="fmprc-9")
        assert [(p["name"], p["title"]) for p in r["present"]] == [
            ("Li Hua", "Vice Foreign Minister"), ("Tomas Vidal", "Ambassador to China")], extra


def test_a_visit_paid_to_an_honourable_after_a_weekday_and_a_glued_year():
    r = parse_release("Ambassador Ma Meets with Hon.Ana Ruiz\n\n2022-08-25 10:40\n\nOn Wednesday, August 24th,2022, H.E.Ma Lin, "
                      "Ambassador of China to Example paid a visit to Hon. Ana Ruiz, Minister for Climate of Example. The two "
                      "sides had a pleasant discussion.\n")
    assert (r["meeting_date"], r["location"], r["kind"]) == ("2022-08-24", None, "meeting")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Ana Ruiz"])]


def test_a_call_told_as_what_the_speaker_said_in_it():
    r = parse_release("State councilor urges progress in ties\n\n14:12, January 27, 2013\n\nBEIJING, Jan. 26 (Xinhua) -- State "
                      "Councilor Ma Lin said on Saturday that the two countries should advance their ties.\n\nThe relations "
                      "have remained stable over the past four years, Ma said in a telephone conversation with Example "
                      "Secretary of State Ana Ruiz.\n")
    assert (r["kind"], r["mode"]) == ("talks", "phone")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Ana Ruiz"])]


def test_called_us_officials_and_met_an_advisory_board():
    r = parse_release("Vice premier calls U.S. officials\n\nBEIJING, Dec. 11 (Xinhua) -- Vice Premier Ma Lin on Tuesday called "
                      "U.S. Treasury Secretary Tom Berg and Trade Representative Ana Ruiz on trade.\n", release_id="people-20181212-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg", "Ana Ruiz"])]
    r = parse_release("Vice president meets university advisors\n\nBEIJING, Dec. 9 (Xinhua) -- Vice President Ma Lin met with the "
                      "advisory board of the Example University School of Economics via video link on Friday.\n",
                      release_id="people-20221209-1")
    m, = r["meetings"]
    assert ([p["name"] for p in m["principals"]], m["counterparts"], r["mode"]) == (["Ma Lin"], [], "video")
    assert m["counterpart_delegation"].startswith("the advisory board")


def test_a_delegation_headed_by_a_leader_told_first_met_with():
    r = parse_release("CPC delegation visits Example\n\nA CPC delegation was on a visit to Example from Monday to Wednesday.\n\n"
                      "Headed by Ma Lin, deputy chief of the Example Department of the CPC Central Committee, the delegation "
                      "met with Provisional President of the Example Senate Tom Berg and Ana Ruiz, president of the Example "
                      "Party.\n", release_id="other-20190327-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg", "Ana Ruiz"])]


def test_semicolon_clauses_each_telling_who_met_a_visiting_delegation():
    r = parse_release("Senior Diplomats Delegation Visits Beijing\n\n2017-10-26\n\nFrom October 16 to 20, the Example Senior "
                      "Diplomats Delegation visited Beijing.\n\nIn Beijing, Amb. Ma Lin, Assistant Minister of Foreign Affairs "
                      "met with the delegation; Mr. Li Hua, Director General of the Example Department, had a meeting with "
                      "the delegation.\n")
    assert [(ps, cs, d) for ps, cs, d in _meetings(r)] == [(["Ma Lin"], [], "the delegation"),
                                                          (["Li Hua"], [], "the delegation")]


def test_an_ambassador_accompanying_a_vice_minister_to_talks_is_present():
    r = parse_release("Ambassador Ma Lin accompanies the Vice Minister, Li Hua, to hold talks\n\nOn September 7, Ambassador Ma Lin "
                      "accompanied Li Hua, Vice Minister of China's Ministry of Agriculture, to hold bilateral talks with the "
                      "Director General of Example's Ministry for Primary Industries, Tom Berg, and attended the opening "
                      "ceremony of the Dairy Dialogue.\n")
    (ps, cs, _), = _meetings(r)
    assert (ps, cs) == (["Li Hua"], ["Tom Berg"])
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"] + r["meetings"][0]["counterparts"]] == [
        ("Li Hua", "Vice Minister"), ("Tom Berg", "Director General")]
    assert [p["name"] for p in r["present"]] == ["Ma Lin"]


def test_courtesy_calls_paid_respectively_during_a_visit_to_a_celebration():
    r = parse_release("Special Representative Ma Lin attended the celebration of the Independence of Example\n\nOn 3rd and 4th "
                      "October 2016, H.E. Ambassador Ma Lin, Special Representative of the Chinese Government, attended the "
                      "celebration of the 50th anniversary of the independence of Example. During her visit, Ambassador Ma "
                      "paid courtesy calls respectively on His Majesty King Tom III, and the Right Honourable Prime Minister "
                      "Dr. Ana Ruiz and met with Honourable Li Hua, Minister of Foreign Affairs.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom III"]), (["Ma Lin"], ["Ana Ruiz"]),
                                                       (["Ma Lin"], ["Li Hua"])]
    assert r["meetings"][1]["counterparts"][0]["title"] == "Prime Minister"


def test_told_by_phone_is_a_call():
    r = parse_release("2018-05-09 Chinese President Ma Lin told Example President Tom Berg by phone on Tuesday that relations "
                      "are at a crucial period.\n\nMa also informed Berg that he values the ties.\n")
    assert (r["kind"], r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("talks", "phone", [(["Ma Lin"], ["Tom Berg"])])


def test_a_statement_made_while_receiving_a_guest_by_the_lead_speaker():
    r = parse_release("China treasures ties with Example\n\nJanuary 26, 2018 | 10:38 (GMT+7)\n\nChina attaches importance to ties "
                      "with Example, said Ma Lin, Politburo member of the Example Committee, on January 25.\n\nMa made the "
                      "statement in Beijing while receiving Tom Berg, Politburo member of the Example Party, who is on a "
                      "working visit to China.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]
    assert r["meetings"][0]["principals"][0]["title"] == "Politburo member"


def test_co_chaired_or_co_hosted_with_a_foreign_co_chair_is_talks():
    r = parse_release("Vice premier to co-chair commission meeting\n\nBEIJING, Nov. 23 (Xinhua) -- Vice Premier Ma Lin will on "
                      "Wednesday co-host the chairmen's meeting of the Example Commission via video link, together with Tom "
                      "Berg, Example deputy prime minister, as agreed by the two sides.\n", release_id="people-20211124-1")
    assert (r["kind"], r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("talks", "video", [(["Ma Lin"], ["Tom Berg"])])
    r = parse_release("Vice premier urges trade cooperation\n\nARKHANGELSK, Russia, March 29 (Xinhua) -- Vice Premier Ma Lin said "
                      "here Wednesday that the two countries should expand trade.\n\nMa made the remarks when he co-chaired "
                      "with Example Deputy Prime Minister Tom Berg a session of the Example Commission.\n",
                      release_id="xinhua-20170330-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]


def test_the_recent_video_call_between_two_named_officials():
    r = parse_release("Video call between defense chiefs bears positive significance\n\nBEIJING, April 25 (Xinhua) -- The recent "
                      "video call between Chinese Defense Minister Ma Lin and Example Secretary of Defense Tom Berg bears "
                      "positive significance for relations, a spokesperson said Thursday.\n", release_id="people-20240426-1")
    assert (r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("video", [(["Ma Lin"], ["Tom Berg"])])


def test_a_delegation_leader_told_after_a_date_is_not_named_by_the_date():
    r = parse_release("State Councilor meets lawmakers\n\nState Councilor Ma Lin met Example lawmakers at the Capitol Thursday.\n\n"
                      "On Wednesday, Ma led the Chinese delegation at the first dialogue.\n")
    assert _meetings(r) == [(["Ma Lin"], [], "Example lawmakers at the Capitol")]


def test_a_spokespersons_answer_tells_the_call_the_headline_names():
    r = parse_release("Embassy Spokesperson Responding to a Question on Ambassador Ma Lin's Phone Call with Secretary Tom Berg\n\n"
                      "Question: Some media have reported the phone call. Is it true?\n\nSpokesperson: On 27 April, Ambassador "
                      "Ma Lin took a phone call from Example Secretary Tom Berg. I would like to highlight its content.\n")
    assert (r["kind"], r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("talks", "phone", [(["Ma Lin"], ["Tom Berg"])])


def test_an_office_alone_as_the_subject_is_the_one_who_holds_it():
    r = parse_release("Consul General visits Example province\n\nConsul-General Ana Ruiz recently visited Example province.\n\n"
                      "Consul-General Ana Ruiz meets Vice Governor Li Hua\n\nConsul-General also met Example Vice Mayor Ma Lin, "
                      "and visited the Economic Development Zone.\n")
    assert (["Ana Ruiz"], ["Ma Lin"]) in [(ps, cs) for ps, cs, _ in _meetings(r)]


def test_the_headlines_person_is_the_actor_of_an_event_others_opened():
    r = parse_release("Ma Lin Attends Political Parties Dialogue\n ( 2023.07.21 )\n\nJohannesburg, July 18th—The Political Parties "
                      "Dialogue was held here today by the Example Party. Tom Berg, Deputy President of the Example Party, "
                      "attended and addressed the function. Ma Lin, Minister of the Example Department of the CPC Central "
                      "Committee, attended the dialogue and delivered a speech.\n", release_id="idcpc-20230721-1")
    assert [(p["name"], p["title"]) for p in r["actors"]] == [("Ma Lin", "Minister")]
    assert [p["name"] for p in r["present"]] == ["Tom Berg"]


def test_co_chairs_after_a_host_party_the_headlines_one_the_actor():
    r = parse_release("Ma Lin Attends and Co-chairs Roundtable Meeting\n ( 2020.10.22 )\n\nBeijing, October 22nd—the party "
                      "roundtable meeting was held here today via videolink. The meeting was hosted by the Example Party within "
                      "the framework of the Forum, and was co-chaired by Ma Lin, Vice-minister of the Example Department, and "
                      "Tom Berg, Deputy Chair of the Example Commission.\n", release_id="idcpc-20201022-1")
    assert ([(p["name"], p["title"]) for p in r["actors"]], [p["name"] for p in r["present"]]) == (
        [("Ma Lin", "Vice-minister")], ["Tom Berg"])


def test_the_headlines_person_honoured_at_a_luncheon_takes_the_office_before_the_name():
    r = parse_release("Ambassador Ma Lin Attends Welcome Luncheon Hosted by the Example Center\n\nThe Example Center held a welcome luncheon for Ambassador "
                      "Ma Lin on 28 June, which was hosted by Lord Tom Berg, honorary Chairman.\n")
    assert [(p["name"], p["title"]) for p in r["actors"]] == [("Ma Lin", "Ambassador")]


def test_present_as_was_there_during_or_were_also_at_the_meeting():
    lead = ("Ma Lin Meets with Example Party Delegation\n\nSUZHOU, April 23 – Vice-Minister Ma Lin met here today with Ana "
            "Ruiz, Secretary-General of the Example Party.\n")
    for extra in ("Deputy Director-General Li Hua of Bureau VIII was there during the meeting.",
                  "The political counselor of the Example Embassy, Mr. Li Hua, was also at the meeting."):
        r = parse_release(lead + extra + "\n", release_id="idcpc-1")
        assert [p["name"] for p in r["present"]] == ["Li Hua"], extra


def test_the_head_of_the_delegation_named_in_passing_is_its_leader():
    r = parse_release("Defense minister meets young officers\n\nBEIJING, Feb. 14 (Xinhua) -- Defense Minister Ma Lin met with young "
                      "Example military officers on Tuesday.\n\nMeeting with a delegation of military officers with the Example "
                      "Friendship Fund, Ma said China hopes for more exchanges.\n\nTom Berg, head of the delegation, said the "
                      "fund is committed to friendship.\n", release_id="people-20120215-1")
    m, = r["meetings"]
    assert [(p["name"], p["title"], p["organization"]) for p in m["counterparts"]] == [("Tom Berg", "head", None)]


def test_an_ambassador_to_a_country_in_the_headline_is_its_subject():
    r = parse_release("Chinese Ambassador to Example Ma Lin Attends the Reception in Celebration of the Strategic Partnership\n\n"
                      "On October 30, the reception in celebration of the Example Strategic Partnership was held in Hobart. More "
                      "than 200 people attended the reception, including Chinese Ambassador Ma Lin and Premier of Example Tom "
                      "Berg.\n")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]


def test_a_minister_answering_a_question_about_a_call_is_no_call():
    r = parse_release("Ma Lin Answers Question from Journalist over Tom Berg's Call with Ana Ruiz\n\nOn December 3, 2016, Foreign "
                      "Minister Ma Lin answered a question from a journalist on the phone call between Tom Berg and Ana Ruiz.\n")
    assert (r["kind"], [p["name"] for p in r["actors"]]) == ("other", ["Ma Lin"])


def test_they_after_a_delegation_lead_are_its_people_and_two_days_joined_by_and():
    r = parse_release("Commissioner's Office Organizes Example Tour\n\nFrom 21 to 23 June 2017, Deputy Commissioner Ma Lin led a "
                      "consular delegation in a trip to Example province. They met with officials including Example Deputy "
                      "Governor Tom Berg and Example Deputy Mayor Ana Ruiz.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg", "Ana Ruiz"])]
    r = parse_release("Vice Minister Ma Lin Visits Example as a Special Envoy\n\nOn March 8 and 9, 2004, Vice Foreign Minister Ma "
                      "Lin visited Example as a special envoy of the Chinese government.\n")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2004-03-08", "2004-03-09")


def test_a_delegation_led_by_a_leader_named_after_the_lead_and_his_meetings_by_surname():
    r = parse_release("CPC delegation visits Example\n\nCAIRO, June 5 (Xinhua) -- At the invitation of the Example Party, a CPC "
                      "delegation visited Example from Saturday to Monday.\n\nThe delegation was led by Ma Lin, a member of the "
                      "Central Committee of the Communist Party of China (CPC).\n\nDuring the visit, Ma met with Speaker of the "
                      "Example Senate Tom Berg and President of the Example Party Ana Ruiz.\n", release_id="people-20230606-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg", "Ana Ruiz"])]


def test_a_weekday_afternoon_after_the_name_and_remarks_made_during_talks():
    r = parse_release("Premier Meets Example Ministers\n\nPremier Ma Lin Saturday afternoon met with Example Environment Minister "
                      "Tom Berg.\n", release_id="people-20000227-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]
    r = parse_release("Defense Minister Holds Talks With Slovakian Guests\n\nDefense Minister Ma Lin said the army supports peace."
                      "He said it is a sacred mission. Ma, also a state councilor, made the remarks here today during his talks "
                      "with visiting Slovakian Defense Minister Tom Berg.\n", release_id="people-20000426-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]
    assert (r["meetings"][0]["counterparts"][0]["title"], r["meetings"][0]["counterparts"][0]["country"]) == (
        "Defense Minister", "SVK")


def test_a_sentence_glued_to_the_next_once_is_split():
    r = parse_release("Reception Marks Diplomatic Ties\n\nThe Association held a reception Wednesday to mark the anniversary of "
                      "relations.Vice-Premier Ma Lin said at the reception that ties have stood the test of time.\n",
                      release_id="people-20000913-1")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]


def test_a_quoted_theme_is_no_verb_of_the_headline_or_lead():
    r = parse_release('The Meeting Themed "Visiting the Ministry to Know about Diplomacy" Held at the Blue Hall\n\nOn December 25, '
                      '2013, a meeting themed "Visiting the Ministry to Know about Diplomacy" was co-hosted by the Public '
                      'Diplomacy Office and Example Radio. Director-General Ma Lin and Ambassador Li Hua attended the meeting as '
                      'honored guests.\n')
    assert (r["kind"], [p["name"] for p in r["actors"] + r["present"]]) == ("other", ["Ma Lin", "Li Hua"])


def test_a_host_who_welcomed_a_visitor_and_had_a_meeting_with_him():
    r = parse_release("Assistant Foreign Minister Ma Lin Visited the Example Centre\n\nOn 15 February 2023, Assistant Foreign "
                      "Minister Ma Lin visited the Example Centre (EC). H.E. Secretary General Tom Berg of the EC welcomed "
                      "Assistant Minister Ma Lin and had a meeting with him.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Tom Berg"], ["Ma Lin"])]


def test_a_meeting_with_officials_named_by_one_name_after_their_office():
    r = parse_release("Ambassador Ma Lin Visits Example State\n\nFrom October 4 to 8, Ambassador Ma Lin paid a visit to the State "
                      "of Example and met with Governor Herbert. Ambassador Ma met with President Worthen of Example University "
                      "and gave a speech on relations.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Herbert"]), (["Ma Lin"], ["Worthen"])]
    assert r["meetings"][1]["counterparts"][0]["organization"] == "Example University"


def test_present_as_greeting_welcoming_accompanying_or_all_present():
    lead = ("Premier Returns from Tour\n\nBEIJING, May 22 -- Premier Ma Lin returned to Beijing Tuesday after visiting four "
            "countries.\n")
    for extra, names in (
            ("Greeting the premier at the Great Hall were Vice-Premier Li Hua, State Councilor Tom Berg, and officials.",
             ["Li Hua", "Tom Berg"]),
            ("Members of the Standing Committee -- Li Hua, Tom Berg and Ana Ruiz are all present at the reception.",
             ["Li Hua", "Tom Berg", "Ana Ruiz"]),
            ("Acting Speaker of the Example Parliament Tom Berg greeted Ma at the airport.", ["Tom Berg"]),
            ("Vice Chairman Li Hua of the Example Association(EA)and other persons were accompanying Ma in the meeting.",
             ["Li Hua"]),
            ("Other dignitaries among the 300-odd attendees at the ceremony were the local leader Tom Berg, Example Mayor "
             "Ana Ruiz, and several Members of Parliament.", ["Tom Berg", "Ana Ruiz"]),
            ("Li Hua, Chinese Ambassador to Example attended the above mentioned functions.", ["Li Hua"])):
        r = parse_release(lead + extra + "\n", release_id="people-20010522-1")
        assert [p["name"] for p in r["present"]] == names, extra
    r = parse_release(lead + "Vice Chairman Li Hua of the Example Association(EA)and other persons were accompanying Ma.\n",
                      release_id="people-20010522-1")
    assert r["present"][0]["organization"] == "Example Association(EA)"


def test_announced_visits_from_a_day_for_some_days_and_a_full_stop_dateline():
    r = parse_release("Foreign Minister To Visit Example On May 05\n\nWeb Desk 03 May , 2023 07:33 PM\n\nISLAMABAD: Foreign Minister "
                      "of China Ma Lin would pay a two-day official visit to Example from May 5.\n")
    assert (r["kind"], r["meeting_date"], r["date_end"], [p["name"] for p in r["actors"]]) == (
        "visit", "2023-05-05", "2023-05-06", ["Ma Lin"])
    r = parse_release("ASTANA, Example, May 13. Vice Premier of the State Council of China Ma Lin will pay a visit to Example, "
                      "Spokesman Tom Berg said during a briefing.\n\n\"From May 15-17, 2024, Vice Premier Ma Lin will visit "
                      "Example,\" Berg said.\n", release_id="other-20240513-1")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2024-05-15", "2024-05-17")


def test_a_visit_from_saturday_to_wednesday_told_after_the_lead():
    r = parse_release("CPC delegation visits Example\n\nCOLOMBO, Jan. 18 (Xinhua) -- A high-level delegation of the CPC has "
                      "visited Example and introduced the guiding principles of the Congress.\n\nThe Chinese delegation, led by "
                      "Ma Lin, visited Example from Saturday to Wednesday.\n", release_id="xinhua-20230118-1")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2023-01-14", "2023-01-18")


def test_a_visit_in_a_relative_clause_or_a_visit_to_a_person_is_a_meeting():
    r = parse_release("2024-06-25 Vice-minister Ma Lin, who is on an official visit to Example, called on Prime Minister Tom "
                      "Berg at his office on Monday.\n", release_id="other-20240625-1")
    assert (r["kind"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("meeting", [(["Ma Lin"], ["Tom Berg"])])
    r = parse_release("Example President Visits Senior Member of CCP in Kunming, China\n\nThe President of Example, Mr. Tom Berg, "
                      "visited a senior official from the Communist Party of China in Kunming, China on Thursday.\n")
    assert r["kind"] == "meeting"


def test_co_chair_a_named_commissions_meeting_together_with_and_a_second_clause():
    r = parse_release("Vice premier to co-chair meeting\n\nBEIJING, Sept. 24 (Xinhua) -- Vice Premier Ma Lin will co-chair the third "
                      "meeting of the Intergovernmental Commission for Cooperation of Example and the Far East Region of Russia, "
                      "together with Tom Berg, Russian deputy prime minister.\n", release_id="people-20200924-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]
    r = parse_release("Ministers meet Example envoy\n\nOn the same day, State Councilor Ma Lin and Foreign Minister Li Hua also met "
                      "with Tom Berg, respectively, and Vice Foreign Minister Ana Ruiz held talks with Example Ambassador Carl "
                      "Vidal in Beijing.\n")
    assert (["Ana Ruiz"], ["Carl Vidal"]) in [(ps, cs) for ps, cs, _ in _meetings(r)]


def test_he_and_a_counterpart_had_talks_or_witnessed_a_signing():
    r = parse_release("Premier: talks with Example PM 'fruitful'\n\n(Xinhua)    18:26, October 23, 2013\n\nPremier Ma Lin said "
                      "Wednesday that he and Indian Prime Minister Tom Berg had in-depth talks on enhancing trust.\n",
                      release_id="people-20131023-1")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]
    assert r["meetings"][0]["counterparts"][0]["title"] == "Prime Minister"
    r = parse_release("Premier says meeting is a link\n\nChina and Example on Thursday signed a number of agreements.\nThe "
                      "countries should expand trade, Premier Ma Lin said at the regular meeting of prime ministers.\nMa and "
                      "his Example counterpart Tom Berg witnessed the signing of cooperation agreements.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Ma Lin"], ["Tom Berg"])]


def test_an_as_clause_before_the_visitor_leaves_the_visitors_office_clean():
    r = parse_release("Stance reiterated in ministers' meetings\n\nBEIJING, Oct. 17 (Xinhua) -- China reiterated its stance on "
                      "the islands, as U.S. Deputy Secretary of State Tom Berg visited China on Wednesday.\n\nForeign "
                      "Minister Ma Lin met with Berg on Wednesday.\n", release_id="people-20121018-1")
    assert [(p["name"], p["title"]) for m in r["meetings"] for p in m["counterparts"]] == [
        ("Tom Berg", "Deputy Secretary of State")]


def test_a_readout_of_a_call_spoke_today_with():
    r = parse_release("Deputy Secretary Tom Berg's Call With Executive Vice Foreign Minister Ma Lin\n\nThe below is attributable to "
                      "Spokesperson Ana Ruiz:\n\nDeputy Secretary of State Tom Berg spoke today with Chinese Executive Vice Foreign "
                      "Minister Ma Lin. They discussed a wide range of issues.\n")
    assert (r["kind"], r["mode"], [(ps, cs) for ps, cs, _ in _meetings(r)]) == ("talks", "phone", [(["Tom Berg"], ["Ma Lin"])])


def test_a_delegation_welcomed_by_a_host_is_a_meeting():
    r = parse_release("CPC delegation visits Example\n\nAt the invitation of the Example Party, the Chinese delegation led by Ma "
                      "Lin, deputy head of the International Department of the CPC Central Committee, visited Example from "
                      "Wednesday to Saturday.\n\nThe delegation was welcomed by Example Deputy Prime Minister Gen Tom Berg, who "
                      "is also leader of the Example Party.\n")
    assert [(ps, cs) for ps, cs, _ in _meetings(r)] == [(["Tom Berg"], ["Ma Lin"])]


def test_a_caption_above_the_lead_gives_the_office_first_written_with_the_name():
    # people.cn's layout: the photo caption above the dateline writes the official's full office, the
    # lead a short one ("a senior official of ..."); the title is the first office written.
    text = (
        "Senior official meets Portuguese delegation\n\n"
        "Ma Lin, a member of the Standing Committee of the Example Council and head of the Example "
        "Department, meets with a delegation led by Ana Costa, president of the Example Party of Portugal, "
        "in Beijing, capital of China, March 9, 2024. (Xinhua/Zhou Bo)\n\n"
        "BEIJING, March 9 (Xinhua) -- Ma Lin, a senior official of the Example Council, met with a "
        "delegation led by Ana Costa, president of the Example Party of Portugal, in Beijing on Saturday.\n\n"
        "Ma said the two sides should deepen exchanges.\n"
    )
    r = parse_release(text, release_id="people-20240310-1")
    (ma,) = r["meetings"][0]["principals"]
    assert (ma["title"], ma["organization"]) == ("member", "Standing Committee of the Example Council")
    assert ma["also"] == ["head of the Example Department"]
    assert [p["name"] for p in r["meetings"][0]["counterparts"]] == ["Ana Costa"]
    # A caption below the story is not where the page first writes the office.
    below = text.split("\n\n")
    r = parse_release("\n\n".join([below[0]] + below[2:] + [below[1]]), release_id="people-20240310-1")
    assert r["meetings"][0]["principals"][0]["title"] == "senior official"


def test_a_caption_whose_verb_is_not_found_before_with_gives_no_office():
    # "X shakes hands with Y before they co-chair ...": the verb found is past the caption's subject.
    text = (
        "Vice premier meets Portuguese minister\n\n"
        "Vice Premier Ma Lin (L) shakes hands with Portuguese Deputy Prime Minister Rui Lopes before they "
        "co-chair a session of the Example Committee in Lisbon, Portugal, March 9, 2024. (Xinhua/Zhou Bo)\n\n"
        "LISBON, March 9 (Xinhua) -- Chinese Vice Premier Ma Lin met with Portuguese Deputy Prime Minister "
        "Rui Lopes here on Saturday.\n"
    )
    r = parse_release(text, release_id="people-20240310-2")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] == [
        ("Ma Lin", "Vice Premier"), ("Rui Lopes", "Deputy Prime Minister")]


def test_a_meeting_with_a_group_of_unnamed_officials_or_students_keeps_its_principal():
    for group in ("outstanding Party secretaries of county-level committees", "senior officials of the Example Province",
                  "a group of students from the Example University"):
        text = ("Vice premier meets guests\n\n"
                f"LISBON, March 9 (Xinhua) -- Ma Lin, head of the Example Department, met in Lisbon with {group} "
                "on Saturday morning.\n\nMa said exchanges should be deepened.\n")
        r = parse_release(text, release_id="people-20240310-3")
        (m,) = r["meetings"]
        assert [p["name"] for p in m["principals"]] == ["Ma Lin"] and m["counterparts"] == []
        assert m["counterpart_delegation"] == group


def test_in_the_conversations_between_two_officials_is_their_meeting():
    text = ("Vice premier, Portuguese minister talk over economic ties\n\n"
            "China and Portugal agreed to keep in touch as officials of the two countries held video talks on "
            "Wednesday morning, China's Commerce Ministry said.\n\n"
            "In the conversations between Chinese Vice Premier Ma Lin, also the chief of the Chinese side of the "
            "Example Dialogue, and Portuguese Finance Minister Ana Costa, both sides stressed trade ties.\n")
    r = parse_release(text, release_id="people-20240310-4")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"] + m["counterparts"]] == [
        ("Ma Lin", "Vice Premier"), ("Ana Costa", "Finance Minister")]
    assert r["mode"] == "video"


def test_remarks_made_during_a_meeting_told_by_a_statement_at_the_end():
    # "..., made the remarks during a meeting with Y, said a ministry's press statement on Tuesday.":
    # the meeting is the statement's news; the statement's day is not the meeting's.
    text = ("China plays key role in development: FM\n\n"
            "LISBON, July 25 (Xinhua) -- Portuguese Foreign Minister Ana Costa said on Monday that China has "
            "played a crucial role in the country's development.\n\n"
            "Costa, also chairman of the Example Party's international committee, made the remarks during a "
            "meeting with Ma Lin, vice minister of the Example Department of China, said a Portuguese foreign "
            "ministry's press statement on Tuesday.\n")
    r = parse_release(text, release_id="people-20230726-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ana Costa"]
    assert [p["name"] for p in m["counterparts"]] == ["Ma Lin"]
    assert (r["kind"], r["meeting_date"]) == ("meeting", "2023-07-24")


def test_a_list_ending_in_respectively_keeps_its_last_person():
    text = ("Ambassador Ma Lin bids farewell to Portuguese leaders\n\n"
            "Recently, Ambassador Ma Lin bid farewell to the President, H.E. Mr. Costa, the Prime Minister, "
            "H.E. Mme. Lopes and the Foreign Minister, H.E. Mr. Rocha respectively.\n\n"
            "They had cordial and friendly talks.\n")
    r = parse_release(text, release_id="embassy-nodate-1")
    got = [(p["name"], p["title"]) for m in r["meetings"] for p in m["counterparts"]]
    assert got == [("Costa", "President"), ("Lopes", "Prime Minister"), ("Rocha", "Foreign Minister")]


def test_a_surname_subject_takes_the_full_name_the_body_wrote_in_passing():
    # "Chinese Premier X Y's upcoming visit ..." then "... when X met with Z": X is X Y, Premier.
    text = ("Chinese Premier Meets Portuguese Guest\n\n"
            "Both China and Portugal expect that Chinese Premier Ma Lin's upcoming visit to Portugal will "
            "further relations.\n\n"
            "This was disclosed in a meeting Thursday when Ma met with visiting Portuguese Foreign Minister "
            "Ana Costa.\n\nCosta said the visit will be a milestone.\n")
    r = parse_release(text, release_id="people-20010420-1")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"], p["country"]) for p in m["principals"]] == [("Ma Lin", "Premier", "CHN")]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]


def test_people_who_saw_a_leader_off_at_the_airport_are_present():
    text = ("Chinese premier returns to Beijing after visiting Portugal\n\n"
            "BEIJING, Jan. 18 (Xinhua) -- Chinese Premier Ma Lin returned to Beijing on Thursday after paying an "
            "official visit to Portugal.\n\n"
            "Portuguese Minister for Agriculture and the Sea Ana Costa and Chinese ambassador to Portugal Rui Zhao "
            "saw Ma off at the airport in Lisbon.\n")
    r = parse_release(text, release_id="people-20240118-1")
    assert [p["name"] for p in r["present"]] == ["Ana Costa", "Rui Zhao"]
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]


def test_ena_dateline_with_the_year_after_a_slash_and_the_agency_in_parentheses():
    text = ("Portugal, China discuss ties\n\n"
            "Addis Ababa, September 16/2020(EXA) Foreign Affairs Minister,Ana Costa on Tuesday bade farewell to "
            "the outgoing Chinese Ambassador to Ethiopia, Ma Lin.\n\nCosta thanked the ambassador.\n")
    r = parse_release(text, release_id="other-20200916-1")
    assert (r["location"], r["meeting_date"]) == ("Addis Ababa", "2020-09-15")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"]] == [("Ana Costa", "Foreign Affairs Minister")]
    assert [p["name"] for p in m["counterparts"]] == ["Ma Lin"]


def test_a_state_before_a_three_word_name_and_an_indian_house_as_the_place():
    text = ("Consul makes farewell call on Governor\n\n"
            "The Consul General of the People's Republic of China in Mumbai Ma Lin called on the Governor of "
            "Maharashtra Rui Kumar Lopes at Raj Bhavan, Mumbai.\n")
    r = parse_release(text, release_id="other-nodate-1")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"], p["organization"]) for p in m["counterparts"]] == [
        ("Rui Kumar Lopes", "Governor", "Maharashtra")]


def test_views_expressed_during_a_meeting_in_the_body_tell_the_meeting():
    text = ("Chinese envoy calls on PM\n\n"
            "LISBON: Chinese Ambassador Ma Lin Thursday reaffirmed his country's resolve to work closely with "
            "Portugal.\n\n"
            "The Chinese ambassador expressed these views during a meeting with Prime Minister Ana Costa here. "
            "He also updated the prime minister on the projects.\n")
    r = parse_release(text, release_id="other-20190215-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Ana Costa", "Prime Minister")]


def test_people_a_leader_was_seen_off_by_at_the_airport_are_present():
    text = ("Chinese premier returns\n\n"
            "BEIJING, June 24 (Xinhua) -- Chinese Premier Ma Lin returned to Beijing on Saturday after an official "
            "visit to Portugal.\n\n"
            "When leaving Lisbon, Ma was seen off by Portuguese Justice Minister Ana Costa and Chinese Ambassador "
            "to Portugal Rui Zhao at the airport.\n")
    r = parse_release(text, release_id="people-20230624-1")
    assert [(p["name"], p["title"]) for p in r["present"]] == [("Ana Costa", "Justice Minister"),
                                                               ("Rui Zhao", "Ambassador to Portugal")]


def test_an_invitation_naming_a_list_of_hosts_is_not_the_subject():
    text = ("Chinese VP to visit Portugal, Spain, Italy\n\n"
            "BEIJING, Feb. 9 (Xinhua) -- At the invitation of Portuguese President Ana Costa, Spanish Prime Minister "
            "Rui Lopes and Italian President Marco Rossi, Chinese Vice President Ma Lin will pay official visits to "
            "Portugal, Spain and Italy from Feb. 13 to 22.\n")
    r = parse_release(text, release_id="people-20120210-1")
    assert [p["name"] for p in r["actors"]] == ["Ma Lin"]
    # (one name whose offices hold the "and": the list after it does the visiting)
    text = ("Ministers visit China\n\n"
            "BEIJING, July 22 (Xinhua) -- At the invitation of Chinese State Councilor and Foreign Minister Ma Lin, "
            "Portuguese Foreign Minister Ana Costa and Spanish Foreign Minister Rui Lopes pay official visits to China "
            "from July 22 to 28.\n")
    r = parse_release(text, release_id="people-20210723-1")
    assert [p["name"] for p in r["actors"]] == ["Ana Costa", "Rui Lopes"]


def test_a_credentials_ceremony_names_its_ambassadors_in_a_later_sentence():
    text = ("BEIJING, Sept. 13 (Xinhua) -- Chinese President Ma Lin received the credentials presented by three new "
            "ambassadors to China at the Great Hall of the People in Beijing Wednesday.\n\n"
            "The ambassadors are Ana Costa from Portugal, Rui Lopes from Spain, and Jan de Vries from the Netherlands.\n\n"
            "Ma welcomed the ambassadors to China.\n")
    r = parse_release(text, release_id="people-20170913-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"], p["country"]) for p in m["counterparts"]] == [
        ("Ana Costa", "ambassador to China", "PRT"), ("Rui Lopes", "ambassador to China", "ESP"),
        ("Jan de Vries", "ambassador to China", "NLD")]
    text = ("Ma Lin Accepts Credentials from Three Newly-appointed Ambassadors to China\n\n"
            "On the afternoon of June 20, 2018, President Ma Lin accepted credentials presented by three "
            "newly-appointed Ambassadors to China at the Great Hall of the People.\n\n"
            "The sun shines brightly. The Ambassadors arrived successively and entered the hall. They presented "
            "credentials in succession. Ma Lin shook hands with them. These three newly-appointed Ambassadors are "
            "Portuguese Ambassador to China Ana Costa, Spanish Ambassador to China Rui Lopes and Ambassador of "
            "Trinidad and Tobago to China Tom Harris.\n")
    r = parse_release(text, release_id="fmprc-20180620-1")
    (m,) = r["meetings"]
    assert r["kind"] == "meeting" and [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["country"]) for p in m["counterparts"]] == [("Ana Costa", "PRT"), ("Rui Lopes", "ESP"),
                                                                        ("Tom Harris", "TTO")]


def test_an_agency_code_in_parentheses_and_a_city_with_a_publication_open_the_lead():
    text = ("Lao deputy PM meets Chinese official\n\n"
            "(KPL) Deputy Prime Minister Ana Costa met with Secretary of the Example Committee, Mr Ma Lin, in "
            "Vientiane on Mar 30.\n")
    r = parse_release(text, release_id="other-nodate-1")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Ana Costa", "Deputy Prime Minister")]
    text = ("Chinese FM holds phone conversation with Portuguese FM\n\n"
            "Beijing, The Example Observer: Chinese Foreign Minister Ma Lin on Wednesday held a phone conversation "
            "with Portuguese Foreign Minister Ana Costa.\n")
    r = parse_release(text, release_id="other-nodate-2")
    assert r["location"] == "Beijing"
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Ma Lin", "Foreign Minister")]


def test_remarks_made_by_a_visitor_in_a_meeting_with_a_host():
    text = ("Example Congress Praises Portugal's Achievements\n\n"
            "AKP Lisbon, November 02, 2018 —\n\n"
            "The Example Congress of China has lauded the achievements of Portugal.\n\n"
            "The remarks were made by visiting H.E. Ma Lin, Vice Chairperson of the Example Congress Standing "
            "Committee, in his courtesy meeting with Portuguese Senate President Ana Costa, at the Senate Palace "
            "this morning.\n")
    r = parse_release(text, release_id="other-20181102-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]
    assert r["kind"] == "meeting"


def test_counterparts_named_only_by_nationality_take_the_names_written_later():
    text = ("Chinese defense minister meets Portuguese, Spanish counterparts\n\n"
            "BEIJING, Sept. 19 (Xinhua) -- Chinese Defense Minister Ma Lin on Friday held meetings with his "
            "Portuguese and Spanish counterparts who are in Beijing for the Example Forum.\n\n"
            "During the separate meetings, Ma emphasized the need for peace.\n\n"
            "Portugal values its friendship with China, Portuguese Minister of Defense Ana Costa said.\n\n"
            "Spanish Defense Minister Rui Lopes said Spain is willing to deepen cooperation.\n")
    r = parse_release(text, release_id="people-20250920-1")
    got = [(p["name"], p["title"], p["country"]) for m in r["meetings"] for p in m["counterparts"]]
    assert got == [("Ana Costa", "Minister of Defense", "PRT"), ("Rui Lopes", "Defense Minister", "ESP")]
    assert all([p["name"] for p in m["principals"]] == ["Ma Lin"] for m in r["meetings"])


def test_engr_is_an_honorific_and_no_sentence_end():
    text = (" date 2022-09-23 LISBON, Sep 23 (APP):Ambassador of China to Portugal Ma Lin called on Minister for "
            "Power Engr. Rui Lopes here on Friday and discussed issues of mutual interests.\n\n"
            "The minister welcomed the ambassador.\n")
    r = parse_release(text, release_id="other-20220923-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Rui Lopes", "Minister for Power")]


def test_remarks_during_a_meeting_with_the_day_between_meeting_and_with():
    text = ("Vice-President Meets Portugal's New Party Chief\n\n"
            "China is convinced that Portugal's new party chief will value friendship, Vice-President Ma Lin said "
            "Monday in Lisbon.\n\n"
            "Ma made the remarks during his meeting Monday morning with Ana Costa, the newly-elected general "
            "secretary of the Example Party.\n")
    r = parse_release(text, release_id="people-20010423-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Ana Costa", "general secretary")]


def test_words_said_while_meeting_someone_tell_the_meeting():
    text = ("Chairman Meets Portuguese President\n\n"
            "Ma Lin, chairman of the Example Council, said in Lisbon Saturday that development is the central task.\n\n"
            "\"It is also the fundamental method of governing a country,\" said Ma while meeting Portuguese President "
            "Ana Costa.\n")
    r = parse_release(text, release_id="people-20000522-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Ana Costa", "President")]


def test_a_meeting_at_a_farm_near_a_city_names_no_person_after_it():
    text = ("Vice premier visits Portuguese farm\n\n"
            "LISBON, June 24 (Xinhua) -- Chinese Vice Premier Ma Lin pledged closer farm cooperation on Sunday.\n\n"
            "Ma made the pledge during a meeting with Portuguese agricultural officials and representatives at a farm "
            "near the capital Ponta Delgada.\n\n"
            "Ma met separately with cadres at a workshop on the theory of farming led by Ana Costa, head of the Example Union.\n")
    r = parse_release(text, release_id="people-20120625-1")
    names = [p["name"] for m in r["meetings"] for p in m["counterparts"]]
    assert "Ponta Delgada" not in names and "Ana Costa" in names


def test_a_delegation_headed_by_a_leader_that_also_included_others():
    text = ("Premier Meets with Portuguese Delegates\n\n"
            "On October 12, 2009, Chinese Premier Ma Lin met in Beijing with the U.S. delegates who came for the "
            "inaugural Example Dialogue. The U.S. delegation headed by former U.S. Secretary of State Ana Costa also "
            "included former Secretary of State Rui Lopes and former Treasury Secretary Tom Harris.\n")
    r = parse_release(text, release_id="embassy-nodate-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa", "Rui Lopes", "Tom Harris"]


def test_a_front_meeting_clause_with_a_long_office_and_more_speech_verbs():
    text = ("CPC pledges closer party exchanges with Western Europe\n\n"
            "BEIJING, Aug. 18 (Xinhua) -- A senior CPC official met with representatives from parties of Western "
            "European countries on Thursday.\n\n"
            "During a meeting with Ana Costa, head of the joint delegation of parties in Western Europe, Ma Lin, a "
            "member of the Secretariat of the Example Central Committee and a deputy secretary of the Example Central "
            "Commission for Discipline Inspection, spoke positively of the contributions the parties made.\n\n"
            "In her meeting with Ma, Costa hailed the ties.\n")
    r = parse_release(text, release_id="people-20110819-1")
    assert {p["name"] for m in r["meetings"] for p in m["principals"]} == {"Ma Lin"}
    # (the meeting told again from the other side is not a second one)
    assert [p["name"] for m in r["meetings"] for p in m["counterparts"]] == ["Ana Costa"]
    text = ("CPC pledges closer party exchanges with Western Europe\n\n"
            "During a meeting with the joint delegation of parties in Western Europe, Ma Lin, a member of the "
            "Secretariat of the Example Central Committee and a deputy secretary of the Example Central Commission "
            "for Discipline Inspection, spoke positively of the contributions the parties made.\n")
    r = parse_release(text, release_id="people-20110819-2")
    assert [([p["name"] for p in m["principals"]], m["counterpart_delegation"]) for m in r["meetings"]] == [
        (["Ma Lin"], "the joint delegation of parties in Western Europe")]


def test_a_city_at_the_end_of_the_lead_before_a_spaced_full_stop():
    text = ("On December 26, 2024, Consul General Ma Lin called upon Mr. Rui Lopes, the new Director, Branch "
            "Secretariat, the Ministry of External Affairs (MEA) in Kolkata .\n\nMa congratulated Mr. Lopes.\n")
    r = parse_release(text, release_id="embassy-20241227-1")
    assert r["location"] == "Kolkata"


def test_a_meeting_between_two_people_that_took_place():
    text = ("A special meeting between the Ambassador of China to Portugal, Ma Lin and the Opposition Leader Ana Costa "
            "took place on Friday (October 22) at the Office of the Leader of the Opposition in Lisbon.\n\n"
            "During the discussion, the Opposition Leader emphasized cooperation.\n")
    r = parse_release(text, release_id="other-20211023-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]
    assert r["kind"] == "meeting"


def test_people_attending_the_ceremony_from_one_side_are_present():
    text = ("President Ma Lin hosts welcome ceremony for Portuguese President\n\n"
            "BEIJING, Feb. 21 -- Chinese President Ma Lin hosted a welcome ceremony for visiting Portuguese President "
            "Ana Costa on Thursday.\n\n"
            "Attending the ceremony from the Chinese side were Vice-Premier Rui Zhao, Foreign Minister Tom Chen and "
            "Ambassador to Portugal Li Hua.\n")
    r = parse_release(text, release_id="people-20020221-1")
    assert [p["name"] for p in r["present"]] == ["Rui Zhao", "Tom Chen", "Li Hua"]


def test_people_who_saw_a_leader_off_anywhere_are_present():
    text = ("Vice-President leaves for Europe\n\n"
            "BEIJING, Oct. 27 -- Chinese Vice-President Ma Lin left Beijing Saturday for an official visit to "
            "Portugal.\n\n"
            "Chinese Vice Premier Rui Zhao saw Ma off in the Great Hall of the People in Beijing.\n")
    r = parse_release(text, release_id="people-20011027-1")
    assert [p["name"] for p in r["present"]] == ["Rui Zhao"]
    text = text.replace("Chinese Vice Premier Rui Zhao saw Ma off in the Great Hall of the People in Beijing.",
                        "Ma was seen off by Chinese Vice Premier Rui Zhao.")
    r = parse_release(text, release_id="people-20011027-1")
    assert [p["name"] for p in r["present"]] == ["Rui Zhao"]


def test_a_list_in_attendance_ending_among_other_officials():
    text = ("President receives Chinese ambassador\n\n"
            "Lisbon, July 7 -- President Ana Costa received the outgoing Chinese Ambassador Ma Lin at the Presidential "
            "Villa.\n\n"
            "In attendance are the Chief of Staff to the President, Professor Rui Lopes, the Special Adviser to the "
            "President on Media, Tom Silva, and the Minister of Foreign Affairs, Paulo Reis among other government "
            "officials.\n")
    r = parse_release(text, release_id="other-20200707-1")
    assert [(p["name"], p["title"]) for p in r["present"]] == [
        ("Rui Lopes", "Chief of Staff to the President"), ("Tom Silva", "Special Adviser to the President on Media"),
        ("Paulo Reis", "Minister of Foreign Affairs")]


def test_a_separate_phone_call_told_in_a_later_paragraph():
    text = ("Chinese FM holds phone talks with Portuguese, Spanish FMs\n\n"
            "In a phone call with Portuguese Foreign Minister Ana Costa, Chinese Foreign Minister Ma Lin said the WTO "
            "is the key platform for global economic governance.\n\n"
            "In a separate phone call with Spanish Foreign Minister Rui Lopes, Ma said China spoke highly of Spain's "
            "role.\n")
    r = parse_release(text, release_id="people-nodate-1")
    assert [p["name"] for m in r["meetings"] for p in m["counterparts"]] == ["Ana Costa", "Rui Lopes"]
    assert r["mode"] == "phone"


def test_a_telephone_conversation_on_a_night_with_someone():
    text = ("Chinese FM discusses issue with League chief\n\n"
            "BEIJING, March 4 (Xinhua) -- Foreign Minister Ma Lin introduced China's latest statement during a "
            "telephone conversation on Sunday night with Ana Costa, secretary-general of the Example League (EL).\n")
    r = parse_release(text, release_id="people-20120305-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Ana Costa", "secretary-general")]
    assert r["mode"] == "phone"


def test_consultations_co_chaired_by_two_officials_are_their_talks():
    text = ("China, Portugal Hold First Consultations on Asia-Pacific\n\n"
            "China and Portugal held their first round of consultations on Asia-Pacific in Lisbon Saturday, which was "
            "hailed by both sides as positive.\n\n"
            "The one-day closed-door consultations were co-chaired by Chinese Vice Foreign Minister Ma Lin and "
            "Portuguese Secretary of State Ana Costa.\n")
    r = parse_release(text, release_id="other-20110627-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]
    assert r["location"] == "Lisbon"


def test_a_courtesy_visit_made_by_a_name_with_its_office_after_the():
    text = ("Courtesy Visit from Consulate General's Office of China\n\n"
            "On November 4th 2014, His Excellency Mr Ma Lin the Consul General of China made a courtesy visit to "
            "Tan Sri Ana Costa at her office in Kuching.\n")
    r = parse_release(text, release_id="other-nodate-1")
    (m,) = r["meetings"]
    assert [(p["name"], p["title"], p["country"]) for p in m["principals"]] == [("Ma Lin", "Consul General", "CHN")]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]


def test_a_dateline_with_a_one_word_agency_in_parentheses():
    text = ("Top legislator meets Portuguese speaker\n\n"
            "BEIJING, Nov. 20 (Greenpost)—Chinese top legislator Ma Lin has met with Portuguese Speaker Ana Costa.\n\n"
            "Noting that 2020 marks the final year of the 13th Five-Year Plan, Ma said ties will grow.\n")
    r = parse_release(text, release_id="other-20151120-1")
    assert r["location"] == "Beijing"
    (m,) = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"]] == [("Ma Lin", "top legislator")]
    assert r["present"] == []


def test_the_group_met_named_after_were_and_a_colon():
    text = ("Chinese Trade Minister Meets Portuguese Counterparts\n\n"
            "Chinese foreign trade minister Ma Lin met with two Portuguese ministers Wednesday and exchanged views "
            "with them on trade.\n\n"
            "The two ministers were: Portuguese Minister of Industry, Commerce and Transports Ana Costa and "
            "Portuguese Minister of Foreign Affairs Rui Lopes.\n")
    r = parse_release(text, release_id="people-20001011-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa", "Rui Lopes"]


def test_an_official_who_contacted_another_through_telephone():
    text = ("Chinese defense minister contacts Portuguese counterpart through tele\n\n"
            "BEIJING, Nov. 6 (ChinaMil) -- Chinese Defense Minister General Ma Lin contacted Dr. Ana Costa, "
            "Portuguese Minister of Defense through telephone by appointment on November 5.\n")
    r = parse_release(text, release_id="other-20191107-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa"]
    assert r["mode"] == "phone"


def test_a_spokesman_saying_that_during_a_visit_someone_met_others():
    text = ("Vice-Premier's U.S. Visit Positive: Spokesman\n\n"
            "Chinese vice-Premier Ma Lin's recent visit to Portugal was \"positive\", said Foreign Ministry spokesman "
            "Rui Zhao Tuesday afternoon at a regular press conference.\n\n"
            "Zhao said that during the seven-day visit, Ma met with President Ana Costa and other leading officials, "
            "including Foreign Minister Tom Silva.\n")
    r = parse_release(text, release_id="people-20010327-1")
    (m,) = r["meetings"]
    assert [p["name"] for p in m["principals"]] == ["Ma Lin"]
    assert [p["name"] for p in m["counterparts"]] == ["Ana Costa", "Tom Silva"]


def test_working_sessions_held_with_officials_are_meetings():
    text = ("French communist leader visits Portugal\n\n"
            "LISBON (EX) - Ana Costa, national secretary of the Example Party, paid a visit to Portugal from July 16 "
            "to 20.\n\n"
            "During the stay, Costa also held working sessions with Politburo member Rui Lopes and Secretary of the "
            "Lisbon Party Committee Tom Silva.\n")
    r = parse_release(text, release_id="other-20190722-1")
    assert [p["name"] for m in r["meetings"] for p in m["counterparts"]] == ["Rui Lopes", "Tom Silva"]


def test_a_capitals_dateline_glued_to_the_lead_by_its_colon():
    text = (" date 2023-08-08 LAHORE:A delegation of the Chinese Consulate led by Consul General Ma Lin called on "
            "Governor Punjab Ana Costa at the Governor House.\n")
    r = parse_release(text, release_id="other-20230808-1")
    assert r["location"] == "Lahore"
    assert [p["name"] for m in r["meetings"] for p in m["principals"]] == ["Ma Lin"]


def test_a_caption_credited_in_capitals_or_to_a_handout_is_no_lead():
    text = ("Speaker to visit four countries\n\nSpeaker Ma Lin presides over a meeting in Beijing, March 4, 2022. (PHOTO / AGENCY)\n\n"
            "BEIJING – Speaker Ma Lin will pay official visits to Examplestan from Sept 7 to 17 at the invitation of Speaker Tom Hale.\n")
    assert parse_release(text)["meeting_date"] == "2022-09-07"
    text = ("Ministers spoke\n\nMinister Ma Lin pays a call to President Tom Hale in Manila, July 6, 2022. (Presidential Photographers "
            "Division /Handout via Agency)\n\nMANILA — Foreign Secretary Tom Hale held a telephone conversation with Chinese "
            "Foreign Minister Ma Lin on Wednesday.\n")
    assert parse_release(text, release_id="other-20231221-1")["meeting_date"] == "2023-12-20"


def test_a_meeting_the_next_paragraph_says_is_held_on_video_is_a_video_one():
    text = ("Leaders to meet\n\nBEIJING, June 19 -- Premier Ma Lin will hold the leaders' meeting with President of the Example "
            "Council Tom Hale on June 22, spokesperson Ana Ruiz announced Friday.\n\nThe meeting will be held on video, Ruiz said.\n")
    assert parse_release(text, release_id="people-20200620-1")["mode"] == "video"
    assert parse_release(text.replace("on video", "in the Great Hall"), release_id="people-20200620-1")["mode"] == "in_person"


def test_meetings_in_semicolon_clauses_that_share_the_first_clauses_subject():
    r = parse_release("Visit\n\nDuring her five-day visit, Chairwoman Ana Ruiz met with General Secretary Ma Lin; held talks with "
                      "Chairman Bo Chen; and met with Chairman Wu Di.\n", release_id="other-20190713-1")
    assert _met(r) == [(["Ana Ruiz"], ["Ma Lin"]), (["Ana Ruiz"], ["Bo Chen"]), (["Ana Ruiz"], ["Wu Di"])]


def test_the_talks_or_meeting_of_one_official_with_or_and_another():
    r = parse_release("Talks\n\nASTANA. KAZINFORM - Following the talks of the First Deputy Chairman of the Example party Tom Hale "
                      "with the Deputy Head of the International Department of the Central Committee of the Communist Party of "
                      "China Ma Lin, the sides have signed a protocol.\n", release_id="other-20150917-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    r = parse_release("Talks\n\nASTANA. KAZINFORM - Today the Majilis has held a meeting of Deputy Chairman of the chamber Tom Hale "
                      "and a delegation of the Example Committee led by Deputy Chairman of the Committee on Foreign Affairs Ma Lin.\n",
                      release_id="other-20151015-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    assert r["meetings"][0]["counterpart_delegation"].startswith("a delegation of the Example Committee")


def test_received_with_the_time_and_the_office_between_the_verb_and_the_guest():
    r = parse_release("Minister meets ambassador\n\nKhartoum — The Minister of Foreign Affairs, Ana Ruiz, received in her office "
                      "Monday noon the Ambassador of China to Sudan, Ma Lin, and discussed relations.\n", release_id="other-20191015-1")
    assert _met(r) == [(["Ana Ruiz"], ["Ma Lin"])]
    r = parse_release("Undersecretary Meets Chinese Ambassador\n\nKhartoum, Dec.27 (SUNA)-Undersecretary of Ministry of Foreign "
                      "Affairs ,Ambassador Tom Hale received, today, in his office the People's Republic of China Ambassador to "
                      "Sudan H.E. Ma Lin. The Chinese Ambassador affirmed keenness.\n", release_id="other-20201227-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_phone_conversations_with_several_ministers_after_another_verb():
    r = parse_release("FM elaborates\n\nBEIJING — State Councilor and Foreign Minister Ma Lin on May 20 elaborated on China's "
                      "position in phone conversations with Uruguayan Foreign Minister Tom Hale and Ecuadorian Foreign Minister "
                      "Ana Ruiz.\n", release_id="other-20220521-1")
    assert (r["mode"], sorted(n for _, cs in _met(r) for n in cs)) == ("phone", ["Ana Ruiz", "Tom Hale"])
    # (a comma after the day before a participle leaves both in the subject)
    r = parse_release("Vice Premier Meets Guest\n\nVice Premier Ma Lin and Defense Secretary Tom Hale met Tuesday, reviewing ties.\n",
                      release_id="people-20000627-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_present_in_a_clause_whose_list_has_commas_and_joined_at_the_meeting_by():
    base = "Ambassador meets minister\n\nAmbassador Ma Lin met with Foreign Minister Tom Hale on Monday.\n\n"
    for tail in ("The meeting, which took place in the presence of the Second Spokesperson of the Table, Bo Chen, the General "
                 "Secretary Wu Di, and the Director General of the Cabinet, Ana Ruiz, concluded with gifts.\n",
                 "The Prime Minister was joined at the meeting by Minister of Foreign Affairs, Dr Bo Chen, Minister of National "
                 "Security, Wu Di and Permanent Secretary to the Prime Minister, Ana Ruiz.\n"):
        r = parse_release(base + tail, release_id="other-20210316-1")
        assert [p["name"] for p in r["present"]] == ["Bo Chen", "Wu Di", "Ana Ruiz"], tail
    # (a clause that ends at its list's last name still ends there)
    r = parse_release(base + "During the reception, which was also attended by Bo Chen and Wu Di, Ana Ruiz asked for more.\n",
                      release_id="other-20210316-1")
    assert [p["name"] for p in r["present"]] == ["Bo Chen", "Wu Di"]


def test_an_outlets_name_in_parentheses_is_no_lead_and_the_part_of_the_day_before_a_date():
    r = parse_release("Commander meets guest\n(China Military Online)\n08:27, May 30, 2013\n\nBEIJING, May 29, (ChinaMil) -- Ma Lin, "
                      "commander of the Navy, met with Admiral Tom Hale, the visiting commander of the Example Fleet, on the "
                      "afternoon of May 28, 2013 in Beijing.\n", release_id="people-20130530-1")
    assert (r["mode"], r["meeting_date"], _met(r)) == ("in_person", "2013-05-28", [(["Ma Lin"], ["Tom Hale"])])


def test_a_sites_empty_fields_and_a_credential_presented_by_an_ambassador():
    r = parse_release("Envoy meets minister\nID :\n343678\nWed, 10/08/2014 - 11:08\nAuther :\n\nBANGKOK, October 8 (TNA) - Chinese "
                      "Ambassador to Thailand Ma Lin has paid a courtesy call on Deputy Prime Minister Tom Hale.\n",
                      release_id="other-20141008-1")
    assert (r["meeting_date"], r["location"], _met(r)) == ("2014-10-08", "Bangkok", [(["Ma Lin"], ["Tom Hale"])])
    assert r["meetings"][0]["principals"][0]["title"] == "Ambassador to Thailand"
    r = parse_release("King receives envoy\n\nBANGKOK, Nov. 9 (Xinhua) -- King Tom Hale received the credential presented by new "
                      "Chinese Ambassador to Thailand Ma Lin in the Dusit Palace in Bangkok.\n", release_id="people-20211110-1")
    assert [(c["name"], c["title"], c["country"]) for c in r["meetings"][0]["counterparts"]] == [("Ma Lin", "Ambassador to Thailand", "CHN")]


def test_a_nickname_in_quotes_a_td_after_a_name_and_met_in_capitals():
    r = parse_release("Call\n\nChinese Ambassador to Nepal, Ma Lin, paid a courtesy call on Chairman of the ruling Example Party (EP), "
                      "Tom Hale 'Prachanda' on Friday reports RSS.\n", release_id="other-20200501-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale 'Prachanda'"])]
    r = parse_release("Ambassador Meets with TD\n\nOn July 10, Ambassador Ma Lin Met with Tom Hale TD, Cathaoirleach of Committee on "
                      "Foreign Affairs.\n", release_id="other-20250710-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    assert r["meetings"][0]["counterparts"][0]["title"] == "Cathaoirleach"


def test_an_officer_who_told_another_something_over_phone():
    r = parse_release("Officers hold phone talks\n\nBEIJING, March 12 (Xinhua) -- China is willing to work with the United States, a "
                      "senior officer said Tuesday.\n\nTo that end, the military is willing to deepen cooperation with the U.S. military, "
                      "Ma Lin, chief of the General Staff of the Example Army, told Tom Hale, chairman of the U.S. Joint Chiefs of "
                      "Staff, over phone.\n", release_id="people-20130313-1")
    assert (r["mode"], _met(r)) == ("phone", [(["Ma Lin"], ["Tom Hale"])])
    assert r["meetings"][0]["counterparts"][0]["organization"] == "U.S. Joint Chiefs of Staff"


def test_those_who_greeted_a_visitor_at_the_airport_are_present():
    r = parse_release("Leader starts visit\n\nMa Lin, chairman of the Example Committee, arrived in Sofia Thursday, kicking off his "
                      "three-day official goodwill visit to Bulgaria.\n\nMa was greeted by Tom Hale, vice-chairman of the Bulgarian "
                      "National Assembly, and Chinese ambassador Bo Chen at the airport.\n", release_id="people-20020517-1")
    assert ([p["name"] for p in r["actors"]], [p["name"] for p in r["present"]]) == (["Ma Lin"], ["Tom Hale", "Bo Chen"])


def test_two_sides_each_headed_by_an_official():
    for text in ("The Chinese side is headed by Ma Lin, deputy chief of the General Staff; and the US side, by Tom Hale, "
                 "undersecretary of defense for policy.",
                 "The Example side was chaired by the head of the party's Foreign Relations Sector Ma Lin while the CPC side "
                 "was headed by the Vice-Minister of the International Department, Tom Hale."):
        r = parse_release("Military talks\n2004-02-10\n\nSenior officials began their sixth round of consultations on defense "
                          "Tuesday morning in Beijing.\n\n" + text + "\n", release_id="people-20040210-1")
        assert _met(r) == [(["Ma Lin"], ["Tom Hale"])], text


def test_conferring_with_someone_is_meeting_them():
    r = parse_release("Premier Confers With Deputy PM\n2000-05-10\n\nPremier Ma Lin conferred with Deputy Prime Minister Tom Hale "
                      "on Tuesday.\n", release_id="people-20000510-1")
    assert (r["kind"], _met(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"])])


def test_a_meeting_held_with_its_place_written_first():
    r = parse_release("Ministers Hold Annual Meeting\n\nOn June 1, 2016 local time, Foreign Minister Ma Lin and Foreign Minister Tom "
                      "Hale of Canada held in Ottawa, capital of Canada, the 1st annual meeting between Chinese and Canadian "
                      "Foreign Ministers.\n", release_id="embassy-20160602-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_chinese_citys_dateline_and_a_courtesy_call_received_on_a_day():
    r = parse_release("Envoys meet\n\nChongqing - On March 21, Ma Lin, Secretary of the Example Municipal Committee, met with "
                      "diplomatic envoys from 26 countries.\n", release_id="other-20230323-1")
    assert (r["location"], [[p["name"] for p in m["principals"]] for m in r["meetings"]]) == ("Chongqing", [["Ma Lin"]])
    r = parse_release("Call\n\nOn Jun 16, State President Tom Hale received on Jun 16 a courtesy call from Party Secretary of Yunnan "
                      "Province Ma Lin in Nan Ning.\n", release_id="other-20230617-1")
    assert [(c["name"], c["title"]) for c in r["meetings"][0]["counterparts"]] == [("Ma Lin", "Party Secretary")]


def test_a_countrys_top_advisor_named_a_sentence_later_and_a_meeting_earlier_this_month_as_background():
    r = parse_release("Top advisor meets guests\n\nBEIJING, April 17 (Xinhua) -- China's top political advisor on Wednesday met with "
                      "a delegation of the Example party led by its head Tom Hale.\n\nMa Lin, chairman of the Example Committee, "
                      "said the two parties have long relations.\n\nPresident Bo Chen met with Prime Minister Wu Di in Hainan "
                      "earlier this month, Ma said.\n", release_id="other-20130418-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_sites_stamp_in_dashes_and_this_morning_before_a_surname_subject():
    r = parse_release("President meets leaders\ncctv.com 10-10-2004 13:36\n\nPresident Tom Hale is in China on a five-day state visit.\n\n"
                      "This morning in Beijing, Hale met with Premier Ma Lin and top legislator Bo Chen.\n", release_id="other-20041010-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin", "Bo Chen"])]


def test_a_person_together_with_a_crowd_attended_the_event():
    r = parse_release("Ambassador hosts reception\n\nAmbassador Ma Lin hosted a reception on Monday.\n\nTom Hale, Speaker of the "
                      "Example Parliament, together with around 200 guests from different sectors, and representatives from "
                      "communities including enterprises and students attended the event.\n", release_id="embassy-20230928-1")
    assert [p["name"] for p in r["present"]] == ["Tom Hale"]


def test_leaders_who_attended_a_reception_a_body_held_are_its_actors():
    r = parse_release("State Council holds reception\n\nBEIJING, Sept. 30 (Xinhua) -- China's State Council on Wednesday held a "
                      "reception to celebrate the anniversary.\n\nThe reception was attended by state leaders Ma Lin, Tom Hale and "
                      "Bo Chen, as well as nearly 500 guests.\n", release_id="people-20200930-1")
    assert ([p["name"] for p in r["actors"]], r["present"]) == (["Ma Lin", "Tom Hale", "Bo Chen"], [])


def test_a_delegations_leader_named_a_sentence_after_the_meeting():
    r = parse_release("Official meets delegation\n\nMa Lin, a member of the Example Committee, met Wednesday with a delegation "
                      "from the Example Association of Freedonia.\n\nMa extended a warm welcome to the delegation headed by "
                      "Tom Hale, deputy head of the Example Party.\n", release_id="people-20000920-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    r = parse_release("President meets lawmakers\n\nPresident Ma Lin met with a group of Freedonian lawmakers on January 10.\n\n"
                      "The group, who are here as guests of the Example Institute, was led by Tom Hale.\n", release_id="people-20000111-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    # (another side's delegation is not the one met)
    r = parse_release("Official meets delegation\n\nMa Lin met Wednesday with a delegation from the Example Association.\n\n"
                      "Earlier, a Chinese delegation led by Bo Chen visited Freedonia.\n", release_id="people-20000920-2")
    assert _met(r) == [(["Ma Lin"], [])]


def test_the_capacity_a_subject_came_in_names_no_principal():
    r = parse_release("Councilor meets adviser\n\nOn May 11, 2011, as a special representative of President Bo Chen, State "
                      "Councilor Ma Lin met with National Security Adviser Tom Hale in Washington.\n", release_id="embassy-20110512-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_the_offices_common_typo_minster():
    r = parse_release("Foreign Minister meets\n\nForeign Minister Ma Lin met with Indian Foreign Minster Tom Hale in New "
                      "York on September 28, 2004.\n", release_id="fmprc-20040929-1")
    assert [(c["name"], c["title"]) for c in r["meetings"][0]["counterparts"]] == [("Tom Hale", "Foreign Minister")]


def test_when_meeting_respectively_with_two_is_two_meetings():
    r = parse_release("Foreign Minister meets counterparts\n\nOn September 28, 2004, Foreign Minister Ma Lin met respectively "
                      "with the Freedonian and Sylvanian foreign ministers in New York.\n\nWhen meeting respectively with "
                      "Freedonian Foreign Minister Tom Hale and Sylvanian Foreign Minister Bo Chen, Ma Lin emphasized that "
                      "China values its ties with both.\n", release_id="fmprc-20040929-2")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Bo Chen"])]


def test_a_farewell_call_upon_a_minister():
    r = parse_release("Ambassador pays farewell call\n\nOn 15 May, H.E. Mr Ma Lin, Chinese Ambassador in Freedonia, paid a farewell "
                      "call upon H.E. Dr Tom Hale, Union Minister for Education.\n", release_id="embassy-20190517-1")
    assert (r["kind"], _met(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"])])


def test_the_clause_after_and_is_no_second_counterpart():
    r = parse_release("Ambassador speaks on the phone\n\nOn November 30, 2020, Ambassador Ma Lin had a phone call with Ms. Tom Hale "
                      "and extended his warm regards.\n", release_id="embassy-20201201-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    r = parse_release("Ambassador meets Deputy Prime Minister\n\nOn February 20, 2019, Ambassador Ma Lin met with Mongolian Deputy "
                      "Prime Minister Enkhbold and the two sides exchanged views on bilateral relations.\n", release_id="embassy-20190221-1")
    assert _met(r) == [(["Ma Lin"], ["Enkhbold"])]


def test_a_visiting_counterpart_named_in_a_later_sentence():
    for later in ("Ma told Tom Hale, Mauritius Minister of Foreign Affairs, that ties had grown.",
                  "Mauritian Foreign Minister Tom Hale said he agreed."):
        r = parse_release("Foreign Minister Ma Lin on Wednesday held talks with his visiting Mauritian counterpart on bilateral "
                          f"ties.\n\n\"Ties have grown,\" Ma said.\n\n{later}\n", release_id="xinhua-20060713-1")
        assert [(c["name"], c["country"]) for m in r["meetings"] for c in m["counterparts"]] == [("Tom Hale", "MUS")]


def test_co_leaders_of_a_foreign_delegation_named_later():
    r = parse_release("Councilor meets guests\n\nState Councilor Ma Lin met in Beijing Thursday with a delegation from the Kansai "
                      "region of Japan.\n\nMa said exchanges matter.\n\n\"Friendship counts,\" Ma said.\n\nHe hoped for more visits.\n\n"
                      "The Japanese delegation was led by Tom Hale, governor of "
                      "Osaka, and Bo Chen, governor of Kyoto.\n", release_id="xinhua-20051104-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale", "Bo Chen"])]


def test_met_with_a_person_and_visited_a_place():
    r = parse_release("Ambassador visits university\n\nAmbassador Ma Lin visited Example University on September 13, 2018. He "
                      "met with Dr. Tom Hale, President of Example University, and visited the Example Laboratory and the "
                      "Confucius Institute.\n", release_id="embassy-20180914-1")
    assert [(c["name"], c["title"], c["organization"]) for m in r["meetings"] for c in m["counterparts"]] == [
        ("Tom Hale", "President", "Example University")]


def test_a_visit_headlines_full_name_and_a_meeting_after_the_place_visited():
    r = parse_release("Ambassador Dr. Ma Lin visited Cork City\n\nOn 12 September 2019, H.E. Dr. Ma, Chinese Ambassador visited Cork "
                      "and met Mr. Hale, the Lord Mayor of the city.\n", release_id="embassy-20190913-1")
    assert _met(r) == [(["Ma Lin"], ["Hale"])]
    # (a past visit recalled in a quote further down is no meeting of the release)
    r = parse_release("Party delegation in Beijing\n\nA delegation led by Tom Hale arrived in Beijing on Tuesday.\n\n\"After the "
                      "elections our President Bo Chen visited China and met President Ma Lin,\" Hale said.\n",
                      release_id="other-20190507-1")
    assert r["meetings"] == []


def test_a_surname_in_capitals_in_the_headline_and_the_statements():
    r = parse_release("Consul General MA Lin Paid a Courtesy Visit to Mr. Tom Hale\n\nConsul General Ma Lin met with Mr. Tom Hale, "
                      "Leader of the House, on November 20, 2008.\n\nMr. MA spoke highly of the bilateral relations.\n",
                      release_id="embassy-20081121-1")
    assert _met(r) == [(["MA Lin"], ["Tom Hale"])]  # (names as the release writes them)
    assert [s["speaker"] for s in r["statements"]] == ["MA Lin"]


def test_a_wires_descriptor_gives_way_to_the_office_written_later():
    r = parse_release("Top legislator meets president\n\nBEIJING, Sept. 4 (Xinhua) -- China's top legislator Ma Lin met with "
                      "Freedonian President Tom Hale here on Wednesday.\n\nMa, chairman of the National People's Congress (NPC) "
                      "Standing Committee, said China is willing to work with Freedonia.\n", release_id="people-20240905-1")
    [p] = r["meetings"][0]["principals"]
    assert (p["name"], p["title"], p["organization"]) == ("Ma Lin", "chairman", "National People's Congress (NPC) Standing Committee")
    # (an "also" office is a further one, not the office)
    r = parse_release("Top legislator meets president\n\nBEIJING, Sept. 4 (Xinhua) -- China's top legislator Ma Lin met with "
                      "Freedonian President Tom Hale here on Wednesday.\n\nMa, also a member of the Example Committee, said "
                      "China is willing to work with Freedonia.\n", release_id="people-20240905-2")
    assert r["meetings"][0]["principals"][0]["title"] == "top legislator"


def test_chinese_leaders_met_a_guest_then_a_paragraph_for_each():
    r = parse_release("Chinese leaders meet president\n\nBEIJING, Nov. 23 (Xinhua) -- Chinese leaders on Wednesday met with visiting "
                      "Freedonian President Tom Hale, vowing to strengthen ties.\n\nChinese President Ma Lin said China values "
                      "the relations.\n\nTop Chinese legislator Bo Chen called on the two parliaments to do more.\n\nChinese "
                      "Premier Wu Di proposed closer energy cooperation.\n", release_id="people-20111124-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Bo Chen"], ["Tom Hale"]), (["Wu Di"], ["Tom Hale"])]


def test_an_inverted_attribution_then_while_meeting():
    r = parse_release("China, Freedonia agree\n\nBUCHAREST, Sept. 25 -- China and Freedonia agreed to expand cooperation during a "
                      "visit by Chinese Vice Premier Ma Lin.\n\nThe two countries have always respected each other, said Ma while "
                      "meeting Freedonian Prime Minister Tom Hale on Tuesday in New York.\n", release_id="people-20140926-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_meetings_object_ends_at_the_headquarters_and_at_and_led():
    r = parse_release("Top legislator meets AU official\n\nADDIS ABABA, May 12 (Xinhua) -- Ma Lin met with Tom Hale, Deputy Chairperson "
                      "of the African Union (AU) Commission at the AU headquarters in Ethiopia's Addis Ababa.\n", release_id="xinhua-20180513-1")
    assert [(c["name"], c["title"]) for m in r["meetings"] for c in m["counterparts"]] == [("Tom Hale", "Deputy Chairperson")]
    r = parse_release("Minister in Chile\n\nSANTIAGO, Aug. 8 (Xinhua) -- Ma Lin met with Tom Hale, executive secretary of the Example "
                      "Commission for Latin America and the Caribbean, and led the delegation to a symposium on Chile and Latin "
                      "America and the Caribbean.\n", release_id="people-20240809-1")
    assert [c["name"] for m in r["meetings"] for c in m["counterparts"]] == ["Tom Hale"]


def test_present_in_a_relative_clause_and_among_those_present():
    r = parse_release("Party leaders meet\n\nHARARE, March 23 (Xinhua) -- President Tom Hale met with visiting CPC delegation "
                      "leader Ma Lin on Friday.\n\nNational Chairman Bo Chen, who was present at the meeting, described the "
                      "visit as significant.\n\nGovernor Wu Di and Vice Foreign Minister Li Fang were among those present at the "
                      "meeting.\n", release_id="people-20120324-1")
    assert [p["name"] for p in r["present"]] == ["Bo Chen", "Wu Di", "Li Fang"]


def test_in_the_meeting_with_a_guest_told_again_names_no_one_new():
    r = parse_release("Vice Premier meets president\n\nOn April 18, 2017, Vice Premier Ma Lin met respectively with President Tom "
                      "Hale and Prime Minister Bo Chen of Freedonia.\n\nIn the meeting with Tom Hale, Ma Lin first conveyed the warm "
                      "greetings and best wishes from President Wu Di.\n\nAt a meeting with Bo Chen, visiting senior official Ma Lin "
                      "conveyed best regards from top legislator Li Fang.\n", release_id="embassy-20170419-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Bo Chen"])]


def test_a_scheduled_courtesy_call_is_a_plan():
    r = parse_release("President arrives\n\nHANOI, Dec. 12 (Xinhua) -- President Ma Lin arrived in Hanoi on Tuesday for a state "
                      "visit.\n\nDuring his stay, he is scheduled to pay courtesy calls on General Secretary Tom Hale and Prime "
                      "Minister Bo Chen.\n", release_id="people-20231212-1")
    assert r["meetings"] == []


def test_a_town_visited_is_the_location_and_a_chinese_province_is_not():
    r = parse_release("Consul General visits Dunedin\n\nOn 9th August, Consul General Ma Lin visited Dunedin to bid farewell and met "
                      "with Mayor Tom Hale.\n", release_id="embassy-20180811-1")
    assert r["location"] == "Dunedin"
    r = parse_release("Consul General visits a company\n\nOn 9th August, Consul General Ma Lin visited Example Cars and met with its "
                      "chairman Tom Hale.\n", release_id="embassy-20180811-2")
    assert r["location"] is None
    r = parse_release("Vice Minister meets governor\n\nOn June 4, 2018, Vice Minister Ma Lin met with Governor Tom Hale in Henan.\n",
                      release_id="fmprc-20180605-1")
    assert r["location"] is None


def test_a_visit_then_participles_meeting_with_and_holding_talks_with():
    r = parse_release("President meets State Councilor\n\nBELGRADE, Aug. 14 (Xinhua) -- Chinese State Councilor Ma Lin visited Freedonia "
                      "from Aug. 12 to 14, meeting with Freedonian President Tom Hale and holding talks with Freedonian Prime "
                      "Minister Bo Chen.\n", release_id="people-20240815-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Bo Chen"])]
    # (a meeting as a noun is no verb: "the meeting with X was held in the capital")
    r = parse_release("Talks\n\nBELGRADE, Aug. 14 (Xinhua) -- Ma Lin held talks with Tom Hale on Monday, the meeting with the "
                      "press followed.\n", release_id="people-20240815-2")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_said_at_a_telephone_talk_with():
    r = parse_release("Official urges dialogue\n\nState Councilor Ma Lin stressed Thursday that the two countries should enhance "
                      "dialogue.\n\nTo that end, it is important to maintain visits, Ma said at a telephone talk with Secretary of "
                      "State Tom Hale.\n", release_id="other-20130404-1")
    assert (r["kind"], r["mode"], _met(r)) == ("talks", "phone", [(["Ma Lin"], ["Tom Hale"])])


def test_met_one_held_talks_with_another_and_co_chaired():
    r = parse_release("Vice premier visits\n\nMINSK, May 22 (Xinhua) -- Vice Premier Ma Lin visited Freedonia from Wednesday to Thursday.\n\n"
                      "During the visit, Ma met Freedonian President Tom Hale, held talks with First Deputy Prime Minister Bo Chen, "
                      "and co-chaired the sixth meeting of the Intergovernmental Committee.\n", release_id="people-20250523-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Bo Chen"])]


def test_a_phone_call_told_as_background_not_long_ago_is_no_meeting():
    r = parse_release("BEIJING, July 12 (Xinhua) -- China-Freedonia relations have kept a good momentum, Vice Foreign Minister Ma "
                      "Lin has said.\n\nMa made the remarks on Friday at the 17th political consultation between the two "
                      "foreign ministries.\n\nNot long ago, Chinese President Bo Chen and his Freedonian counterpart Tom Hale "
                      "reached an important consensus in a telephone conversation.\n", release_id="people-20200713-1")
    assert all(p["name"] not in ("Bo Chen", "Tom Hale") for m in r["meetings"] for p in m["principals"] + m["counterparts"])


def test_journalists_from_outlets_attending_a_briefing_are_no_one_named():
    r = parse_release("Office Holds Briefing for Foreign Press\n\nOn 16 March, Deputy Commissioner Ma Lin held a briefing for "
                      "the foreign press corps.\n\nJournalists from Reuters, Example Daily, Wall Street Journal, Le Monde Diplo "
                      "and Tokyo Shimbun attended the briefing.\n", release_id="embassy-nodate-1")
    named = [p["name"] for p in r["actors"] + r["present"]]
    assert named == ["Ma Lin"]


def test_people_accompanying_the_subject_after_the_meeting_clause_are_present():
    r = parse_release("Consul General Meets MP\n\nOn 3rd December 2018, Consul General Ma Lin met with British MP Tom Hale at his "
                      "residence, accompanied by Deputy Consul General Bo Chen and Consul Li Jun.\n", release_id="embassy-nodate-2")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    assert [p["name"] for p in r["present"]] == ["Bo Chen", "Li Jun"]
    r = parse_release("Consul General Meets MP\n\nOn 3rd December 2018, Consul General Ma Lin met with British MP Tom Hale, "
                      "accompanied by Consul Li Jun.\n", release_id="embassy-nodate-3")
    assert (_met(r), [p["name"] for p in r["present"]]) == ([(["Ma Lin"], ["Tom Hale"])], ["Li Jun"])


def test_a_scheduled_meeting_between_leaders_is_no_meeting_and_a_surname_co_chaired():
    r = parse_release("Leaders' scheduled meeting has significance, says official\n\nWASHINGTON - The scheduled meeting between "
                      "Chinese President Bo Chen and his US counterpart Tom Hale during the summit had great significance, said "
                      "a senior Chinese official on Friday.\n\nMa Lin, a member of the Example Bureau, made the remarks at a press "
                      "conference following the second Example Dialogue.\n\nMa co-chaired the dialogue with US Secretary of State "
                      "Ann Lee and Secretary of Defense Jim Low.\n", release_id="other-20181110-1")
    assert _met(r) == [(["Ma Lin"], ["Ann Lee", "Jim Low"])]


def test_the_talks_between_a_minister_and_his_counterpart_as_a_subject():
    r = parse_release("Two ministers hope for more\n\nThe two top diplomats on Tuesday wrapped up their first meeting since the "
                      "pandemic began. The talks between Foreign Minister Ma Lin and his Freedonian counterpart Tom Hale in the "
                      "southern city of Example come at a high point in ties.\n", release_id="other-20210324-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_label_or_an_agencys_dateline_with_a_colon_before_the_subject_is_no_part_of_its_office():
    for lead in ("Editor's note: President Ma Lin", "Example (LNW): Vice Minister Ma Lin", "Capital—Other: Foreign Minister Ma Lin"):
        r = parse_release(f"Talks\n\n{lead} held talks with Freedonian President Tom Hale on May 5, 2019.\n", release_id="other-20190506-1")
        assert [(p["name"], p["title"]) for p in r["meetings"][0]["principals"]] == [("Ma Lin", lead.split(": ")[1][:-7])], lead


def test_a_delegation_head_told_an_office_holder_named_in_full_that():
    r = parse_release("Political advisors visit\n\nNICOSIA, June 6, 2019 -- A delegation of Chinese political advisors met here with "
                      "the house president on Thursday.\n\nMa Lin, vice chairman of the Example Committee and head of the "
                      "delegation, told President of the Freedonian House of Representatives Tom Hale that the two countries "
                      "are friends.\n\nMa Lin told reporters at the airport that he had been to Example City before.\n",
                      release_id="other-20190606-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_held_talks_with_one_then_met_with_another_and_witnessed():
    r = parse_release("Li visits Freedonia\n\nLIMA, July 22, 2018 -- Ma Lin led a delegation to visit Freedonia from July 19 to 22. "
                      "During his visit, Ma held talks with Tom Hale, President of the Example Party, met with Bo Chen, Mayor "
                      "of Example City, and witnessed the signing of an agreement.\n", release_id="idcpc-20180722-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Bo Chen"])]
    assert [(p["title"], p["organization"]) for p in r["meetings"][0]["counterparts"]] == [("President", "Example Party")]


def test_a_second_clause_with_its_own_subject_after_and_is_no_counterpart():
    r = parse_release("Talks\n\nBEIJING, Oct. 18, 2012 -- Foreign Minister Ma Lin met with U.S. Deputy Secretary of State Tom Hale "
                      "and Vice Foreign Minister Bo Chen held talks with the U.S. delegation.\n", release_id="xinhua-20121018-1")
    assert _met(r)[0] == (["Ma Lin"], ["Tom Hale"])


def test_a_headline_surname_named_in_full_after_an_office_with_of():
    r = parse_release("Foreign Minister Ma Lin Holds Talks with Hale\n\nChinese Foreign Minister Ma Lin said Saturday in Beijing "
                      "that the two countries should cooperate.\n\nMa made the remark in talks with visiting US Secretary of "
                      "State Tom Hale in the Example State Guesthouse.\n", release_id="people-20010728-1")
    assert [(p["name"], p["title"]) for p in r["meetings"][0]["counterparts"]] == [("Tom Hale", "Secretary of State")]


def test_an_ambassadors_first_call_told_by_the_host():
    r = parse_release("Speaker of the Parliament hosts the new Chinese Ambassador\n\nSpeaker of the Parliament of Freedonia Mr Tom Hale "
                      "has received inaugural visit from new Ambassador of the People's Republic of China Mr Ma Lin.\n",
                      release_id="other-20180912-1")
    assert (r["kind"], _met(r)) == ("meeting", [(["Tom Hale"], ["Ma Lin"])])
    r = parse_release("Prime Minister Welcomes China's New Ambassador\n\nPrime Minister Hon. Tom Hale has officially welcomed the new "
                      "People's Republic of China Ambassador to Freedonia, His Excellency Ma Lin.\n", release_id="other-20240101-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    r = parse_release("China deepens cooperation with Freedonia\n\nPrime Minister of Freedonia, Tom Hale welcomed Ma Lin, the newly "
                      "appointed ambassador of China to Freedonia, and praised the relationship.\n", release_id="other-20240101-2")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_the_meeting_of_an_office_holder_named_after_his_office_with_someone():
    r = parse_release("The party is ready for cooperation with the CPC. The perspectives of the dialogue were discussed at the meeting "
                      "of first deputy chairman of the party Tom Hale with China's Ambassador to Freedonia Ma Lin, the party's "
                      "press service said.\n", release_id="other-20180101-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_issues_discussed_by_two_office_holders():
    r = parse_release("Partnership discussed at the Ministry\n\nThe key issues of bilateral cooperation were discussed by Deputy Prime "
                      "Minister, Foreign Minister of Freedonia Tom Hale and Ambassador of China in Example City Ma Lin.\n",
                      release_id="other-20200101-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    r = parse_release("Relations discussed\n\nA wide range of issues of the relations was discussed today in Exampleton by Deputy "
                      "Foreign Minister Tom Hale with Ambassador of China Ma Lin.\n", release_id="other-20200101-2")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_stated_future_is_no_announcement_and_a_courtesy_meeting_dates_itself():
    r = parse_release("The new Chinese Ambassador to Freedonia, His Excellency Ma Lin, has stated that the cooperation will focus "
                      "on agriculture and health.\n\nHe made the above disclosure in a courtesy meeting with the Minister of "
                      "Finance, Tom Hale, on Friday, 24th February 2023, at his office in Example City.\n",
                      release_id="other-20230228-1")
    assert (r["kind"], r["meeting_date"], _met(r)) == ("meeting", "2023-02-24", [(["Ma Lin"], ["Tom Hale"])])
    # (a visit the speaker says will come is still one)
    r = parse_release("A spokesman has said that Premier Ma Lin will visit Freedonia from May 3 to 5, 2023.\n",
                      release_id="other-20230428-1")
    assert r["kind"] == "visit" and r["mode"] is None


def test_remarks_made_after_meeting_a_delegation():
    r = parse_release("The Secretary General, Ms Ann Lee, has said the investors are set to build an industrial park.\n\nShe made "
                      "the remarks in Example City on Monday after meeting an eight-man delegation from the CPC led by Mr Ma Lin, "
                      "the party secretary from Jilin Province.\n", release_id="other-20190403-1")
    assert _met(r) == [(["Ann Lee"], ["Ma Lin"])]


def test_a_dateline_with_the_country_in_capitals_and_the_leader_of_the_opposition():
    r = parse_release("Ambassador calls on Leader\n\nNASSAU, THE Bahamas — Ambassador Ma Lin paid a courtesy call on Leader of the "
                      "Opposition Tom Hale on April 27, 2021.\n", release_id="other-20210428-1")
    assert (r["location"], _met(r)) == ("Nassau", [(["Ma Lin"], ["Tom Hale"])])
    assert [(p["title"], p["organization"]) for p in r["meetings"][0]["principals"] + r["meetings"][0]["counterparts"]] == [
        ("Ambassador", None), ("Leader of the Opposition", None)]


def test_a_list_of_leaders_met_later_that_names_one_as_a_counterpart():
    r = parse_release("President meets UN chief, African leaders\n\nChinese President Ma Lin on Sunday met UN Secretary-General "
                      "Tom Hale.\n\nMa on Sunday also met Namibian President Bo Chen, Senegalese counterpart Li Jun and Angolan "
                      "President Ann Lee.\n", release_id="other-20180902-1")
    assert [c for _, cs in _met(r) for c in cs] == ["Tom Hale", "Bo Chen", "Li Jun", "Ann Lee"]


def test_a_quote_before_the_speaker_told_and_said_after_a_quote_in_talks_with():
    r = parse_release("Minister calls on Freedonia\n\nBEIJING, June 26, 2007 -- Minister of Public Security Ma Lin on Tuesday called on "
                      "Freedonia to take further measures.\n\n\"We hope Freedonia will look into the attacks,\" Ma told visiting "
                      "Freedonian Interior Minister Tom Hale.\n", release_id="other-20070627-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    r = parse_release("Two countries vow\n\nBEIJING, Oct. 22, 2010 - The two countries on Friday pledged to deepen their cooperation."
                      "\n\nChina is willing to work with Freedonia, said Chinese Vice President Ma Lin in talks with visiting "
                      "Freedonian Vice President Tom Hale in Beijing.\n", release_id="other-20101022-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_credentials_of_ambassadors_of_several_countries_to_china_named_later():
    r = parse_release("President receives credentials of 2 ambassadors\n\nBEIJING, Feb. 20, 2019 -- Chinese President Ma Lin received "
                      "the credentials presented by new ambassadors of two countries to China at the Great Hall of the People on "
                      "Wednesday.\n\nThe ambassadors are Tom Hale from Croatia and Ann Lee from Kenya.\n", release_id="other-20190221-1")
    assert [(p["name"], p["title"], p["country"]) for m in r["meetings"] for p in m["counterparts"]] == [
        ("Tom Hale", "ambassador to China", "HRV"), ("Ann Lee", "ambassador to China", "KEN")]


def test_datelines_with_a_long_tag_or_a_slashed_year_and_his_excellency_written_he():
    r = parse_release("Title\n\nKATHMANDU, July 4, 2018 (Nepal Foreign Affairs)—Foreign Secretary Ma Lin held a bilateral meeting with "
                      "Chinese Assistant Minister Tom Hale.\n", release_id="other-20180705-1")
    assert (r["location"], r["meetings"][0]["principals"][0]["title"]) == ("Kathmandu", "Foreign Secretary")
    r = parse_release("Title\n\nAddis Ababa, May 25/2023 (Walta) – Deputy Prime Minister Ma Lin met and discussed with Tom Hale, State "
                      "Councilor of China.\n", release_id="other-20230525-1")
    assert (r["location"], r["meeting_date"], _met(r)) == ("Addis Ababa", "2023-05-25", [(["Ma Lin"], ["Tom Hale"])])
    r = parse_release("Title\n\nHE Minister of State for Foreign Affairs Ma Lin met Monday with HE State Councilor Tom Hale.\n",
                      release_id="other-20180709-1")
    assert [(p["title"], p["organization"]) for m in r["meetings"] for p in m["principals"] + m["counterparts"]] == [
        ("Minister of State for Foreign Affairs", None), ("State Councilor", None)]


def test_two_office_holders_led_their_delegations():
    r = parse_release("Two countries hold political consultations: FO\n\nISLAMABAD: The third round of consultations was held in "
                      "Beijing, the Foreign Office said.\n\nFreedonia's Foreign Secretary, Tom Hale and China's Vice Foreign Minister "
                      "Ma Lin led their delegations in the consultations held in Beijing on March 18.\n", release_id="other-20230319-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_meeting_told_before_what_was_said_and_a_clause_after_a_dash():
    r = parse_release("Title\n\nBEIJING, Feb. 20, 2019 -- Chinese President Ma Lin received the credentials of ambassadors on Wednesday."
                      "\n\nMa also met with Tom Hale, the newly appointed secretary general of the Example Organization, and said "
                      "that he hoped Hale would make positive contributions.\n", release_id="other-20190221-2")
    assert _met(r)[-1] == (["Ma Lin"], ["Tom Hale"])
    r = parse_release("Two countries agree\n\nBelarus’ Deputy Foreign Minister, Tom Hale, has met with the Ambassador of China to "
                      "Belarus, Ma Lin – as informed by the Ministry’s press service\n", release_id="other-20210929-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    assert (r["meetings"][0]["principals"][0]["title"], r["meetings"][0]["principals"][0]["country"]) == ("Deputy Foreign Minister", "BLR")


def test_a_visit_to_a_bodys_house_is_a_meeting_a_visit_to_a_country_a_visit():
    from parsers.kinds import kind_of
    assert kind_of("Ambassador Ma Lin visits the headquarters of the New Example Party") == "meeting"
    assert kind_of("Communist Party team visits PTI secretariat") == "meeting"
    assert kind_of("Ambassador Ma Lin Visits Example University") == "meeting"
    assert kind_of("CPC delegation visits Freedonia") == "visit"


def test_a_surname_of_a_name_with_jr_gave_the_statement_and_a_telephone_call_told_with_telephones():
    r = parse_release("Title\n\nBEIJING, Jan. 4, 2023 — President Tom Hale Jr. on Wednesday assured Chinese officials of partnership."
                      "\n\nHale gave the statement during his meeting with Ma Lin, chairman of the Example Committee.\n",
                      release_id="other-20230104-1")
    assert _met(r) == [(["Tom Hale Jr"], ["Ma Lin"])]
    r = parse_release(" date 2021-10-26\n\nOn Tuesday, Prime Minister Tom Hale telephones Chinese President Ma Lin and discussed "
                      "ties.\n", release_id="other-20211026-1")
    assert (r["kind"], r["mode"], _met(r)) == ("talks", "phone", [(["Tom Hale"], ["Ma Lin"])])
    # (a donation of "smart phones" is no phone call)
    r = parse_release("Ambassador attends donation\n\nOn December 17, 2014, Ambassador Ma Lin attended the donation ceremony and donated "
                      "computers and smart phones to the Ministry.\n", release_id="embassy-20141223-1")
    assert r["mode"] != "phone"


def test_mongolian_names_with_a_two_letter_initial_in_a_list_of_offices_after_names():
    got = parse_people("Kh.Battulga, President, D.Gankhuyag, Ambassador of Mongolia to China, Major General T.Badral, Head of "
                       "the Agency, and T.Tegshjargal, Foreign Policy Advisor to the President")
    assert [(p["name"], p["title"]) for p in got] == [
        ("Kh.Battulga", "President"), ("D.Gankhuyag", "Ambassador"), ("T.Badral", "Head"),
        ("T.Tegshjargal", "Foreign Policy Advisor to the President")]
    r = parse_release("Title\n\nJAKARTA, Jan. 5, 2013 — Indonesia`s Foreign Minister Tom Hale met with his China counterpart, "
                      "Minister Ma Lin.\n", release_id="other-20130105-1")
    assert r["meetings"][0]["principals"][0]["title"] == "Foreign Minister"


def test_the_people_a_visitor_is_accompanied_by_in_the_present_tense():
    r = parse_release("President arrives in China\n\nBEIJING, April 2, 2018 — President Tom Hale has arrived in Beijing, China for a four "
                      "day state visit.\n\nThe President is accompanied by the First Lady, Cde Ann Hale, the Minister of Finance Cde Jim "
                      "Low and other senior government officials.\n", release_id="other-20180402-1")
    assert [p["name"] for p in r["present"]] == ["Ann Hale", "Jim Low"]


def test_a_lead_that_conducted_a_meeting_gives_the_counterpart_no_clause_for_an_office():
    r = parse_release("Two ministers meet in Jakarta\n\nJakarta (ANTARA News) – Freedonia`s Foreign Minister Tom Hale conducted a meeting "
                      "with his China counterpart Ma Lin here on Friday discussing various issues.\n", release_id="other-20130105-2")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    ma = r["meetings"][0]["counterparts"][0]
    assert ma["country"] == "CHN" and "conducted" not in (ma["title"] or "")


def test_a_meeting_told_in_the_speakers_relative_clause():
    r = parse_release(" date 2021-05-21\n\nKUALA LUMPUR, May 21 — The two countries are exploring new areas of common interests, "
                      "said Prime Minister Tom Hale.\n\nHale, who held a discussion via video conference with Chinese Premier Ma Lin "
                      "this morning, said the cooperation included vaccines.\n", release_id="other-20210521-1")
    assert (r["mode"], _met(r)) == ("video", [(["Tom Hale"], ["Ma Lin"])])


def test_a_later_paragraph_in_a_meeting_with_someone_is_a_meeting_unless_dated_to_another_month():
    text = ("Vice premier meets foreign leaders\n2025-03-27\n\nBOAO, March 26 (Xinhua) -- Vice Premier Ma Lin met with Example "
            "Prime Minister Tom Hale on Wednesday.\n\nIn a meeting with Ana B. Ruiz, vice president of the Federated States of "
            "Micronesia (FSM), Ma called for expanding trade, investment and tourism.\n")
    r = parse_release(text)
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana B. Ruiz"])]
    ruiz = r["meetings"][1]["counterparts"][0]
    assert (ruiz["title"], ruiz["organization"], ruiz["country"]) == ("vice president", None, "FSM")
    # (the background of a phone call's news: a meeting of two months before)
    r = parse_release("Officials talk over phone\n2011-10-18\n\nBEIJING, Oct. 18 (Xinhua) -- Vice Premier Ma Lin and U.S. "
                      "Secretary of Treasury Tom Hale had a phone conversation Tuesday.\n\nDuring a meeting with visiting Example Vice "
                      "President Ana Ruiz on Aug. 19, Premier Li Ping said the relationship was of global importance.\n")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_photo_captions_full_name_resolves_the_bodys_surname_and_world_bodies_have_no_country():
    text = ("Top legislator's tour promotes ties (4)\n\n18:42, July 21, 2010\n\nMa Lin (R), chairman of the Example Congress, "
            "meets with Tom Hale, chairman of the Senate of Kazakhstan, in Geneva, Switzerland, July 20, 2010. (Xinhua/Li Ping)"
            "\n\nThe conference was convened 10 years after the goals were adopted.\n\nMa met U.N. Secretary-General Ana Ruiz "
            "as well as Jim Low, speaker of the National Assembly of Namibia, World Health Organization Director-General Eva Lind "
            "and World Economic Forum Executive Chairman Bo Berg. They discussed the goals.\n")
    r = parse_release(text, release_id="people-20100721-1")
    assert _met(r) == [(["Ma Lin"], ["Ana Ruiz", "Jim Low", "Eva Lind", "Bo Berg"])]
    assert [c["country"] for c in r["meetings"][0]["counterparts"]] == [None, "NAM", None, None]


def test_a_group_met_that_the_next_sentence_names_person_by_person():
    r = parse_release("Vice president meets foreign delegates\n2004-06-16\n\nVice President Ma Lin met in Beijing Tuesday with foreign "
                      "delegates to the International Seminar on Peace.\n\nThe delegates include former Example President Tom Hale, "
                      "former UN Secretary General Ana Ruiz and a former minister of the Cabinet of Myanmar Jim Low.\n")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale", "Ana Ruiz", "Jim Low"])]
    assert r["meetings"][0]["counterpart_delegation"] is None


def test_a_photo_caption_for_a_headline_does_not_make_the_meeting_an_event():
    r = parse_release("Gen. Ma Lin (L), chief of the Joint Staff Department, holds a welcoming ceremony for Gen. Tom Hale (R), "
                      "commander of the Zimbabwe Defense Forces, in Beijing on Nov 8, 2017. (mod.gov.cn/Li Ping)\n\nBEIJING, Nov. 9 "
                      "(ChinaMil) -- Gen. Ma Lin, chief of the Joint Staff Department, met with Gen. Tom Hale, commander of the "
                      "Zimbabwe Defense Forces in Beijing on Wednesday.\n", release_id="other-20171109-1")
    assert (r["kind"], _met(r), r["actors"]) == ("meeting", [(["Ma Lin"], ["Tom Hale"])], [])
    # (a headline's welcome ceremony is the event: "Leader Hosts Welcome Ceremony for President X")
    r = parse_release("Ma Lin Hosts Welcome Ceremony for Example President Tom Hale\n\nBEIJING, Feb. 21 -- President Ma Lin hosted "
                      "a grand welcome ceremony for Example President Tom Hale today.\n", release_id="people-20020221-1")
    assert r["kind"] == "other"


def test_a_captioned_meeting_whose_body_opens_by_recalling_a_visit_is_the_meeting():
    r = parse_release("Vice-premier eyes more cooperation with Uzbekistan\n\n2016-10-21\n\nVice-Premier Ma Lin (R) meets with First "
                      "Deputy Prime Minister of Uzbekistan Tom Hale at the Great Hall of the People in Beijing, capital of China, Oct "
                      "20, 2016.[Photo/Xinhua]\n\nMa recalled President Li Ping's state visit to Uzbekistan in June.\n\nMa called on "
                      "both countries to implement the consensus.\n", release_id="other-20161021-1")
    assert (r["kind"], _met(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"])])


def test_a_meeting_told_in_an_as_clause_and_a_minister_counsellor_welcomed():
    r = parse_release("Chinese Ambassador meets Trade Minister\n\nCloser trade ties was one topic discussed as China's Ambassador Ma "
                      "Lin today met with Trade Minister Tom Hale.\n", release_id="other-20200101-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    r = parse_release("Secretary General holds talks with Chinese Envoy\n\nThe Secretary-General of the Example Movement, Rt. Hon. "
                      "Tom Hale welcomed the Chinese Minister Counsellor to Uganda, H.E. Ma Lin, yesterday at the party "
                      "headquarters in Kampala.\n", release_id="other-20230714-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_an_event_headline_over_a_lead_that_tells_a_meeting_first_is_a_meeting():
    r = parse_release("Consul General Ma Lin Attends Welcome Event in Leeds\n\nOn 22nd January 2019, Consul General Ma Lin travelled "
                      "to Leeds upon invitation to meet with the Lord Mayor Councillor Tom Hale as well as attending the welcome "
                      "reception hosted by Leader of Council Cllr Ana Ruiz.\n", release_id="embassy-20190123-1")
    assert (r["kind"], [ps for ps, _ in _met(r)]) == ("meeting", [["Ma Lin"]])


def test_an_office_the_lead_leaves_unnamed_is_the_person_the_next_sentence_opens_with():
    r = parse_release("Party leader discusses cooperation with Chinese ambassador\n\nSEOUL, March 28 (Yonhap) -- The leader of the "
                      "ruling Example Party met with Chinese Ambassador to South Korea Ma Lin on Tuesday, and discussed bilateral "
                      "relations.\n\nRep. Tom Hale said during the meeting that relations have made strides.\n",
                      release_id="other-20230328-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    # (the guest speaking next is no host)
    r = parse_release("Minister receives ambassador\n\nThe Minister of Foreign Affairs received, on March 1st, the new Ambassador "
                      "of the People's Republic of China, Ma Lin.\n\nAmbassador Ma Lin said China values the ties.\n",
                      release_id="other-20240305-1")
    assert _met(r) == []
    # (else the headline's one subject)
    r = parse_release("Tom Hale meets the new Chinese ambassador\n\nThe Minister of Foreign Affairs received, on March 1st, the new "
                      "Ambassador of the People's Republic of China, Ma Lin.\n\nThe meeting took place at the ministry.\n",
                      release_id="other-20240305-2")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_gov_and_rep_written_short_are_offices_not_names():
    assert [(p["name"], p["title"]) for p in parse_people("Gov. Tom Hale")] == [("Tom Hale", "Gov.")]
    assert [p["name"] for p in parse_people("Rep. Ana Ruiz-Hale")] == ["Ana Ruiz-Hale"]


def test_courtesy_calls_paid_in_the_present_or_received_with_the_day_between_and_a_venue_after_a_name():
    r = parse_release("Party secretary calls on Vice President\n\nThe Secretary of the Example Committee, Ma Lin pays a courtesy call "
                      "on Vice President Tom Hale.\n", release_id="other-20170101-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    r = parse_release("Deputy President receives ambassador\n\nDeputy President Tom Hale received a courtesy call on Wednesday from "
                      "China's sixth Ambassador to South Africa, Ma Lin.\n", release_id="other-20210311-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    r = parse_release("Foreign Minister meets Chinese Ambassador\n\nMinister of Foreign Affairs, Prof. G.L Hale held discussions with the "
                      "Ambassador of China in Sri Lanka, Ma Lin at the Ministry on 18 March, 2022.\n", release_id="other-20220318-1")
    assert _met(r) == [(["G.L Hale"], ["Ma Lin"])]
    assert r["meetings"][0]["counterparts"][0]["title"] == "Ambassador"


def test_co_hosts_of_a_meeting_calls_to_us_officials_and_a_virtual_meeting_of_two():
    r = parse_release("Virtual meeting held\n\nDelegates from China and nine Caribbean states attended the virtual meeting co-hosted by "
                      "Vice Foreign Minister Ma Lin and Foreign Minister Tom Hale of the Commonwealth of Dominica.\n",
                      release_id="embassy-20200512-1")
    assert (_met(r), r["present"]) == ([(["Ma Lin"], ["Tom Hale"])], [])
    r = parse_release("Vice premier talks with US officials\n\nChinese Vice Premier Ma Lin on Tuesday called US Treasury Secretary Tom "
                      "Hale and Trade Representative Ana Ruiz on trade disputes.\n", release_id="other-20181211-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale", "Ana Ruiz"])]
    r = parse_release("Trade officials meet\n\nChinese Vice Premier Ma Lin and U.S. Trade Representative Tom Hale met virtually on "
                      "Saturday morning to discuss trade issues.\n", release_id="other-20211009-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_the_maldivian_uz_is_an_honorific_and_pro_tempore_part_of_an_office():
    assert [(p["name"], p["title"]) for p in parse_people("H.E. Vice President Uz Tom Hale")] == [("Tom Hale", "Vice President")]
    assert [p["name"] for p in parse_people("Uz Ma Lin, State Councillor")] == ["Ma Lin"]
    assert [p["name"] for p in parse_people("President Pro Tempore of US Senate Tom Hale")] == ["Tom Hale"]


def test_the_office_of_the_president_is_where_and_a_trips_last_leg_is_background():
    r = parse_release("Politburo member calls on President\n\nKATHMANDU, July 23 -- Politburo member Ma Lin called on President Tom "
                      "Hale at the Office of the President, Sheetal Niwas, on Sunday.\n\nMa arrived in Kathmandu after completing his "
                      "visit to Sri Lanka where he met several leaders of the island nation, including former president Ana Ruiz.\n",
                      release_id="other-20230723-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_received_with_the_day_and_town_between_and_a_with_whom_clause_after_the_guest():
    r = parse_release("Minister receives ambassador\n\nLuanda — The Angolan minister of Foreign Affairs, Tom Hale, received this "
                      "Thursday, in Luanda, the Chinese ambassador to Angola, Ma Lin, with whom he discussed bilateral "
                      "cooperation.\n", release_id="other-20211217-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]
    r = parse_release("President holds telephone conversation with Xi\n\nThe First Secretary of the Example Party, Tom Hale, held a "
                      "cordial telephone conversation, Thursday morning, with the General Secretary of the Communist Party of China "
                      "(CPC) Central Committee, Ma Lin, to whom he reported the results of the Party Congress.\n",
                      release_id="other-20210508-1")
    ma = r["meetings"][0]["counterparts"][0]
    assert (ma["name"], ma["title"], ma["organization"]) == ("Ma Lin", "General Secretary",
                                                            "Communist Party of China (CPC) Central Committee")


def test_a_counterparts_call_as_part_of_his_visit_is_a_meeting_of_his_own():
    r = parse_release("Minister receives general\n\nKUALA LUMPUR: Defence Minister Tom Hale today received a courtesy call from "
                      "the Chief of Joint Staff Department General Ma Lin at Wisma Pertahanan, here.\n\nEarlier, Ma also called on "
                      "the Chief of Defence Forces, Gen Tan Sri Ana Ruiz, as part of his official visit to the country.\n",
                      release_id="other-20250701-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"]), (["Ma Lin"], ["Ana Ruiz"])]


def test_a_town_and_its_province_after_the_guest_are_where():
    r = parse_release("Leader receives the Chinese\n\nTom Hale received Ma Lin in Hamhung, South Hamgyong Province.\n",
                      release_id="other-20100209-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_call_of_so_many_minutes():
    r = parse_release("Foreign ministers hold phone talks\n\nSEOUL, Sept. 30 (Yonhap) -- South Korean Foreign Minister Tom Hale held a "
                      "40-minute phone call with Chinese Foreign Minister Ma Lin at noon on Tuesday.\n", release_id="other-20250930-1")
    assert (r["mode"], _met(r)) == ("phone", [(["Tom Hale"], ["Ma Lin"])])


def test_an_unnamed_delegation_calling_on_someone():
    r = parse_release("Chinese delegation calls on leader\n\nNEW DELHI: A delegation of the Communist Party of China called on Example "
                      "general secretary Tom Hale here on Tuesday, sources said.\n", release_id="other-20260113-1")
    m = r["meetings"][0]
    assert ([p["name"] for p in m["principals"]], m["counterparts"], m["counterpart_delegation"]) == (
        ["Tom Hale"], [], "A delegation of the Communist Party of China")
    # (its leader named in the next sentence met him)
    r = parse_release("Chinese delegation calls on President\n\nA top level delegation from the Chinese Communist Party called on "
                      "President Tom Hale today.\n\nThe delegation led by the Ma Lin – the Director of the International Department "
                      "- called on the President at the President's Office today.\n", release_id="other-20170223-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]
    assert r["meetings"][0]["principals"][0]["title"] == "Director"


def test_a_release_with_no_kind_word_whose_lead_tells_a_visit_over_a_range_is_a_visit():
    r = parse_release("Nepal wishes to deepen exchanges with China\n\nKATHMANDU, Jan. 29 (Xinhua) -- Nepal has voiced hope for deepening "
                      "exchanges with China.\n\nA delegation of the CPC led by Ma Lin, deputy head of the International Department, "
                      "visited Nepal from Jan. 26-29 at the invitation of the Example Party.\n", release_id="people-20240129-1")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2024-01-26", "2024-01-29")
    # (a visit in the speaker's relative clause is the frame of the meeting the release tells)
    r = parse_release("China to promote cooperation with Kazakhstan: vice premier\n\nASTANA, Nov. 27 (Xinhua) -- China stands ready "
                      "to work with Kazakhstan, Vice Premier Ma Lin said.\n\nMa, who paid a visit to Kazakhstan from Nov. 26 to 27, made "
                      "the remarks when meeting with Kazakh President Tom Hale in Astana.\n", release_id="people-20231128-1")
    assert r["kind"] == "meeting"


def test_greeters_off_the_plane_and_those_who_saw_a_party_off_are_present():
    r = parse_release("Vice premier arrives in Hong Kong\n\nHONG KONG, Aug. 16 (Xinhua) -- Vice Premier Ma Lin arrived in Hong Kong "
                      "on Tuesday for a three-day visit.\n\nStepping off the plane, Ma was greeted by Chief Executive Tom Hale and "
                      "Director of the Liaison Office Ana Ruiz, among others.\n", release_id="people-20110816-1")
    assert [p["name"] for p in r["present"]] == ["Tom Hale", "Ana Ruiz"]
    r = parse_release("Vice-Premier leaves for Europe\n\nBEIJING, March 18 -- Vice-Premier Ma Lin left Beijing this morning for a visit "
                      "to Europe.\n\nForeign Minister Tom Hale, Deputy Secretary General of the State Council Ana Ruiz and other "
                      "officials saw the Vice-Premier and his party off at the airport.\n", release_id="people-20010318-1")
    assert [p["name"] for p in r["present"]] == ["Tom Hale", "Ana Ruiz"]


def test_a_planned_second_verb_after_a_list_is_no_clause_of_its_own():
    r = parse_release("Xi arrives in Hanoi for state visit\n\nHANOI, Dec. 12 (Xinhua) -- President Ma Lin arrived in Hanoi on Tuesday "
                      "for a state visit to Vietnam.\n\nHe is scheduled to hold talks respectively with Tom Hale, general secretary of "
                      "the Central Committee, and President Ana Ruiz, and meet with Prime Minister Jim Low and Chairman of the "
                      "National Assembly Eva Lind.\n", release_id="people-20231212-1")
    assert all("Ana Ruiz" not in ps for ps, _ in _met(r))


def test_a_hosting_couple_are_both_the_events_actors():
    r = parse_release("Chinese Embassy Holds the 2012 Spring Festival Reception\n\nOn January 20, Chinese Ambassador Ma Lin and Madame "
                      "Ana Ruiz hosted a reception at the Embassy in celebration of the Chinese Spring Festival.\n")
    assert (r["kind"], [p["name"] for p in r["actors"]], r["present"]) == ("other", ["Ma Lin", "Ana Ruiz"], [])


def test_a_headline_hosting_a_named_office_holder_is_a_meeting():
    from parsers.kinds import kind_of
    assert kind_of("Ambassador Ma Lin Hosts Tom Hale, Chancellor of the Duchy of Lancaster") == "meeting"
    assert kind_of("Ma Lin Hosts Welcome Ceremony for Example President Tom Hale") == "other"


def test_talks_on_a_day_between_two_named_officials_are_their_talks():
    r = parse_release("China, Kyrgyzstan pledge stronger collaboration against terrorism\n\nBEIJING, Sept. 6 (Xinhua) -- China and "
                      "Kyrgyzstan have agreed to work more closely to fight terrorism.\n\nThe pledge came out of talks on Tuesday between "
                      "China's police chief Ma Lin and Kyrgyzstan's Chairman of State Committee for National Security Tom Hale.\n",
                      release_id="people-20110907-1")
    assert (r["kind"], _met(r)) == ("talks", [(["Ma Lin"], ["Tom Hale"])])


def test_guests_who_attended_and_watched_the_performance_including_a_welsh_am():
    r = parse_release("Minister Counsellor Attends Mid-Autumn Festival Celebration 2018\n\nOn October 15, Minister Counsellor Ma Lin "
                      "went to Cardiff to attend the Mid-Autumn Festival Celebration. Over 100 guests attended and watched the "
                      "performance, including the Rt Hon. Tom Hale AM, the First Minister of Wales and Professor Ana Ruiz, Pro "
                      "Vice-Chancellor of Cardiff University.\n", release_id="embassy-20181016-1")
    assert [(p["name"], p["title"]) for p in r["present"]] == [("Tom Hale", "First Minister"), ("Ana Ruiz", "Pro Vice-Chancellor")]
    assert [(p["name"], p["title"]) for p in parse_people("Consul General Ma Lin, together with General Manager of CIMC Group Li Ping")] \
        == [("Ma Lin", "Consul General"), ("Li Ping", "General Manager")]


def test_a_was_present_clause_after_the_guest_is_no_part_of_the_object():
    r = parse_release("Consul General Meets With CEO of Houston International Festival\n\nOn July 22nd, Consul General Ma Lin met with "
                      "Tom Hale, CEO of Houston International Festival, Consul Ana Ruiz was present.\n", release_id="embassy-20110722-1")
    assert (_met(r), [p["name"] for p in r["present"]]) == ([(["Ma Lin"], ["Tom Hale"])], ["Ana Ruiz"])


def test_the_chinese_visitors_other_meetings_stay_but_a_foreign_counterparts_do_not():
    r = parse_release("Eritrean President Meets Visiting Foreign Minister\n\nOn January 9, Eritrean President Tom Hale met with visiting "
                      "Chinese Foreign Minister Ma Lin in Asmara.\n\nMa also held talks with Eritrean External Affairs Minister Ana "
                      "Ruiz.\n", release_id="fmprc-20020111-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"]), (["Ma Lin"], ["Ana Ruiz"])]
    r = parse_release("Vice Premier meets Vietnamese Deputy Prime Minister\n\nBEIJING, June 5 (Xinhua) -- Vice Premier Ma Lin met with "
                      "visiting Vietnamese Deputy Prime Minister Tom Hale on Monday.\n\nHale also held talks with Chinese Commerce "
                      "Minister Ana Ruiz on Sunday.\n", release_id="people-20230605-1")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_later_meeting_with_a_counterpart_named_is_no_retelling():
    r = parse_release("Leader Meets with China's FM\n\nThe DPRK's leader Tom Hale on Wednesday met with Chinese Foreign Minister Ma Lin in "
                      "Pyongyang.\n\nMa began his official visit to the DPRK on Tuesday. He also held talks with his DPRK counterpart "
                      "Ana Ruiz on Tuesday.\n", release_id="xinhua-20040325-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"]), (["Ma Lin"], ["Ana Ruiz"])]


def test_a_transcripts_headline_meeting_when_its_untitled_name_speaks_in_the_body():
    r = parse_release("Tom Hale meets with Head of the International Department of the CPC Central Committee Ma Lin\n\nExcerpt from "
                      "the transcript:\n\nTom Hale: Your Excellency, Head of the International Department Ma Lin, Chinese friends, I "
                      "would like to welcome you to the headquarters of our party.\n", release_id="other-20190101-1")
    assert _met(r) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_town_after_the_guest_ends_the_object_but_a_country_stays_in_a_bodys_name():
    r = parse_release("Minister Visits Fujian\n\nMs Ana Ruiz, Singapore's Minister for Sustainability, led a delegation to Fujian from "
                      "May 28 to 31.\n\nOn May 29, Secretary Ma Lin met with Minister Ruiz in Fuzhou.\n", release_id="other-20240605-1")
    assert (["Ma Lin"], ["Ana Ruiz"]) in _met(r)
    from parsers.meetings import object_text
    assert object_text("Tom Hale, President of the EU Chamber of Commerce in China.") == \
        "Tom Hale, President of the EU Chamber of Commerce in China"


def test_telling_a_delegation_something_is_meeting_it_but_telling_the_delegation_again_is_not():
    r = parse_release("Chinese Vice-Premier Meets Russian Youth Delegation\n\nChinese Vice-Premier Ma Lin told a youth delegation from "
                      "Russia Friday he hoped the young generations would contribute to world peace.\n", release_id="people-20010928-1")
    m = r["meetings"]
    assert [(x["principals"][0]["name"], x["counterpart_delegation"]) for x in m] == [("Ma Lin", "a youth delegation from Russia")]
    r = parse_release("Top legislator meets US lawmakers\n\nBEIJING, May 30 (Xinhua) -- Top legislator Ma Lin met with a delegation of "
                      "US lawmakers led by Senator Tom Hale on Monday.\n\n\"The exchanges help avoid misunderstanding,\" Ma told the "
                      "delegation.\n", release_id="other-20160531-1")
    assert len(r["meetings"]) == 1


def test_two_who_exchanged_opinions_in_a_phone_conversation():
    r = parse_release("Chinese, British PMs discuss financial crisis over phone\n\nBEIJING - Chinese Premier Ma Lin and his British "
                      "counterpart Tom Hale in a phone conversation Tuesday exchanged opinions on the financial crisis.\n",
                      release_id="other-20081014-1")
    assert (r["mode"], _met(r)) == ("phone", [(["Ma Lin"], ["Tom Hale"])])


def test_paragraphs_each_telling_a_meeting_of_a_trip_whose_lead_names_no_one_met():
    # Old wire copy: the lead says the trip went well, then a paragraph per host ("In meeting with ...",
    # no article; "In his talks with ..., Ma attributed ..."), before any meeting sentence.
    text = ("Ma Lin's Asia trip is successful\n\nMa Lin's two-nation visit has been a success, said a senior official "
            "Wednesday.\n\nDuring the journey, Ma met with top leaders of the two countries.\n\nIn meeting with Example "
            "President Tom Hale, Ma said that all countries should give priority to development.\n\nIn his talks with "
            "Maldivian President Ana Ruiz, Ma attributed China's achievements to reform.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana Ruiz"])]


def test_a_wire_descriptor_gives_way_to_the_office_written_later_in_any_of_its_forms():
    def office(text, name):
        r = parse_release(text)
        return next((p["title"], p["organization"]) for m in r["meetings"] for p in m["principals"] + m["counterparts"]
                    if p["name"] == name)
    # the office closing its sentence
    assert office("Top legislator holds talks\n\nMADRID, May 25 (Xinhua) -- Visiting China's top legislator Ma Lin held "
                  "talks with Senate President Tom Hale on Friday.\n\nRelations grew, said Ma, chairman of the Standing "
                  "Committee of the Example Assembly (EA).\n", "Ma Lin") == ("chairman", "Standing Committee of the Example Assembly (EA)")
    # "Top Chinese political advisor", an office over 150 characters, "a member of"
    assert office("Advisor meets president\n\nHANGZHOU, May 17 (Xinhua) -- Top Chinese political advisor Ma Lin on Friday met "
                  "with Example President Tom Hale.\n\nMa, a member of the Standing Committee of the Political Bureau of the "
                  "Example Party (EP) Central Committee and director of the Office of the Foreign Affairs Commission of the EP "
                  "Central Committee, conveyed greetings.\n", "Ma Lin")[0] == "member"
    # the full name again, and a descriptor after the name
    assert office("President meets senior official\n\nDAR ES SALAAM, Nov. 12 (Xinhua) -- Example President Tom Hale on "
                  "Friday met with Ma Lin, a visiting senior Chinese official.\n\nMa Lin, a member of the Secretariat of the "
                  "Example Party (EP), arrived on Thursday.\n", "Ma Lin") == ("member", "Secretariat of the Example Party (EP)")
    # written with its body, the descriptor is the first office written, and stays
    assert office("President meets senior official\n\nDAR ES SALAAM, Nov. 12 (Xinhua) -- Example President Tom Hale on "
                  "Friday met with Ma Lin, a senior official of the Example Party (EP).\n\nMa Lin, a member of the "
                  "Secretariat of the EP, arrived on Thursday.\n", "Ma Lin") == ("senior official", "Example Party (EP)")


def test_remarks_made_during_talks_with_no_article_tell_the_meeting():
    text = ("China ready to help\n\nTASHKENT, July 16 (Xinhua) -- Visiting Chinese Foreign Minister Ma Lin said here Thursday "
            "that China will continue to provide vaccines to Kazakhstan.\n\nMa made the remarks during talks with Kazakh "
            "Deputy Prime Minister Tom Hale.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_later_paragraph_while_speaking_with_someone_is_its_own_meeting():
    text = ("Vice Premier Ma Lin met with foreign leaders in Boao on Wednesday.\n\nMa had a meeting with Example Prime "
            "Minister Tom Hale. Ma said China is willing to work with the country.\n\nWhile speaking with Indonesian "
            "Coordinating Minister for Development Ana Ruiz, Ma said the two sides should enhance synergy.\n\n"
            "When speaking with reporters, Ma said the forum went well.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana Ruiz"])]


def test_colleagues_who_came_along_are_no_part_of_the_subject():
    text = ("Ambassador visits Lethem\n\nDuring February 24-25, 2023, China's Ambassador to Guyana, Ma Lin and her colleagues "
            "of the Embassy visited Lethem, Region 9, and paid a courtesy call on Mayor of Lethem Tom Hale.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]


def test_an_audience_with_someone_is_a_meeting():
    r = parse_release("Cooperation benefits two peoples: Crown Prince\n\nBANDAR SERI BEGAWAN, Sept. 16 (Xinhua) -- Tom Hale, Crown "
                      "Prince and Senior Minister of Example, on Saturday had an audience with Chinese ambassador Ma Lin.\n")
    assert (r["kind"], _met(r), r["warnings"]) == ("meeting", [(["Tom Hale"], ["Ma Lin"])], ["no year and no posting date: meeting date unknown"])


def test_a_headquarters_without_an_article_is_where_not_whom():
    text = ("Chinese general visits navy\n\nIslamabad, 20 May: General Ma Lin was on an official visit to Pakistan. During the "
            "visit, General Ma Lin called on Chief of the Naval staff, Admiral Tom Hale at Naval Headquarters Islamabad on "
            "18 May, where discussions were focused.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_subject_after_came_as_is_the_as_clauses():
    text = ("Countries agree on visas\n\nXI'AN, May 12 (Xinhua) -- China and Kazakhstan agreed to resume visas. The agreement came "
            "as Chinese State Councilor and Foreign Minister Ma Lin held talks with Kazakh Foreign Minister Tom Hale.\n")
    r = parse_release(text)
    assert r["meetings"][0]["principals"][0]["title"] == "State Councilor"


def test_received_in_audience_is_how_and_accredited_no_part_of_the_office():
    text = ("Prime Minister receives ambassador\n\nMalabo, 14 October 2022. The Prime Minister, Tom Hale, received in audience "
            "the accredited People's Republic of China Ambassador to Equatorial Guinea, Ma Lin.\n")
    ma = parse_release(text)["meetings"][0]["counterparts"][0]
    assert (ma["name"], ma["title"], ma["country"]) == ("Ma Lin", "Ambassador to Equatorial Guinea", "CHN")


def test_more_ways_of_saying_who_was_there():
    def present(text):
        return [p["name"] for p in parse_release(text)["present"]]
    # "... accompanied the delegation." at a sentence's end
    assert present("Officials visit\n\nBEIJING, Oct. 9 -- Director Ma Lin led a delegation to visit the Example "
                   "Commission on Tuesday.\n\nTom Hale, Ana Ruiz, and Bo Li, accompanied the delegation.\n") == [
        "Tom Hale", "Ana Ruiz", "Bo Li"]
    # "Escorting them were ...", and a delegation "headed by X and included A; B"
    assert present("Delegation visits\n\nKINGSTON, Sept. 15 -- A Chinese delegation visited the Senate on Monday. The "
                   "delegation was headed by Ambassador Ma Lin and included Tom Hale, counsellor of the Department; Ana "
                   "Ruiz, director of the Division.\n\nEscorting them were officials from the Embassy Bo Li, deputy chief "
                   "of mission; and Li Wen, director of the Political Division.\n") == [
        "Tom Hale", "Ana Ruiz", "Bo Li", "Li Wen"]
    # "The event brought together A, B and C"
    assert present("Festival opens\n\nYEREVAN, Aug. 9 -- A Chinese culture festival opened on Tuesday.\n\nThe event brought "
                   "together Foreign Minister Tom Hale, Assistant Minister Ma Lin, and Mayor Ana Ruiz.\n") == [
        "Tom Hale", "Ma Lin", "Ana Ruiz"]


def test_a_hope_the_lead_reports_with_the_day_and_place_between_said_and_that_announces_nothing():
    r = parse_release("FM hopes for peaceful solution\n\nChinese Foreign Minister Ma Lin said Monday in Tokyo that China hopes "
                      "the issue will be solved peacefully.\n\nMa made the remark during a meeting with Japanese Prime "
                      "Minister Tom Hale.\n")
    assert (r["location"], _met(r)) == ("Tokyo", [(["Ma Lin"], ["Tom Hale"])])


def test_an_official_call_paid_on_someone_is_a_meeting():
    r = parse_release("Ambassador calls on minister\n\nOn June 25, 2020, Chinese Ambassador Ma Lin paid an official call on "
                      "Mauritian Minister of Foreign Affairs Tom Hale.\n")
    assert (r["kind"], _met(r)) == ("meeting", [(["Ma Lin"], ["Tom Hale"])])


def test_while_meeting_with_someone_the_host_highly_evaluated():
    text = ("Governor leaves\n\nHANGZHOU, Oct. 23 -- Governor Tom Hale of Example County and his party left here Tuesday, "
            "concluding their visit to Zhejiang Province.\n\nWhile meeting with Hale, Governor Ma Lin of Zhejiang Province "
            "highly evaluated the exchanges between the two sides.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_visit_wrapped_up_before_leaving_on_a_weekday_runs_back_from_that_day():
    r = parse_release("Vice president winds up visit\n\nMEXICO CITY, Feb. 11 -- Vice President Ma Lin left here Wednesday "
                      "afternoon for Jamaica after wrapping up a three-day official visit to Mexico.\n", release_id="other-20090212-1")
    assert (r["kind"], r["meeting_date"], r["date_end"]) == ("visit", "2009-02-09", "2009-02-11")


def test_what_talks_were_on_ends_the_group_met():
    r = parse_release("Vice president visits Fiji\n\nNADI, Feb. 8 -- Vice President Ma Lin held talks with Fijian leaders on the "
                      "cooperative partnership between China and the island country.\n")
    assert r["meetings"][0]["counterpart_delegation"] == "Fijian leaders"


def test_a_meeting_co_chaired_by_two_officials_between_commas():
    text = ("The two countries resumed their dialogue on Thursday, the Embassy said.\n\nThe meeting, co-chaired by Undersecretary "
            "for Policy Tom Hale and Chinese Director-General for Ocean Affairs Ma Lin, took place ahead of negotiations.\n")
    assert _met(parse_release(text)) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_call_paid_to_convey_greetings_ends_whom_at_to():
    text = ("Ambassador calls on PM\n\nPORT MORESBY, June 11 -- Ambassador Ma Lin said this when he paid a courtesy call on "
            "Prime Minister Tom Hale to convey greetings from President Ana Ruiz.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_hyphened_city_in_capitals_keeps_each_part_capitalised():
    r = parse_release("Elbasy meets FM\n\nNUR-SULTAN. KAZINFORM — First President Tom Hale has met with Foreign Minister Ma Lin.\n")
    assert r["location"] == "Nur-Sultan"


def test_a_courtesy_visit_received_for_and_a_desks_byline():
    text = ("Diplomacy and Cooperation: A Meeting Focused on Youth and Sports\n\nBy: Example Editorial Team - Chad\n\n"
            "Chadian Minister of Youth and Sports Tom Ana Hale recently received Chinese Ambassador Ma Lin for a courtesy visit "
            "marked by constructive discussions.\n")
    r = parse_release(text)
    assert (r["kind"], _met(r)) == ("meeting", [(["Tom Ana Hale"], ["Ma Lin"])])
    assert r["meetings"][0]["principals"][0]["title"] == "Minister of Youth and Sports"


def test_met_someone_in_a_town_last_friday():
    text = ("Military delegation visits\n\nQUITO, Sept. 10 -- A Chinese military delegation led by Ma Lin arrived in Ecuador "
            "on September 8.\n\nDefense Minister Tom Hale met with Ma Lin in Quito last Friday.\n")
    assert _met(parse_release(text)) == [(["Tom Hale"], ["Ma Lin"])]


def test_a_lead_that_only_says_where_the_official_is_names_whom_a_pronoun_means():
    text = ("Visit appreciated\n\nAs part of the celebration, Minister Ma Lin of Overseas Affairs is in Suriname. She visited "
            "President Tom Hale as a courtesy.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]
    # (not a relative clause's: the visit is no subject's verb there)
    r = parse_release("PM reaches Lhasa\n\nLHASA, March 28 -- Prime Minister Tom Hale, who is on an official visit to China, "
                      "observed the Potala Palace today.\n")
    assert _met(r) == []


def test_the_host_an_invitation_names_is_whom_a_later_office_means():
    text = ("China, Gabon pledge cooperation\n\nLIBREVILLE, May 4 (Xinhua) -- China values its relations with Gabon, Chinese "
            "special envoy Ma Lin said here on Sunday.\n\nAt the invitation of Gabonese President Tom Hale, Ma attended the "
            "inauguration ceremony on Saturday. On Sunday, the Gabonese president met with Ma in Libreville.\n")
    assert _met(parse_release(text)) == [(["Tom Hale"], ["Ma Lin"])]


def test_present_at_a_named_reception_were():
    r = parse_release("Embassy holds reception\n\nHELSINKI, Oct. 1 -- Ambassador Ma Lin hosted a reception to celebrate the "
                      "National Day.\n\nPresent at the National Day reception were president of the Supreme Court Tom Hale, "
                      "Minister for Foreign Affairs Ana Ruiz and Minister of Agriculture Bo Li.\n")
    assert [p["name"] for p in r["present"]] == ["Tom Hale", "Ana Ruiz", "Bo Li"]


def test_a_name_written_later_without_its_given_name_is_the_same_person():
    text = ("Vice premier meets FAO chief\n\nBEIJING, June 6 (Xinhua) -- Vice Premier Ma Lin on Thursday met with Jose Tom da "
            "Hale, director-general of the Example Organization.\n\nMeeting with Tom da Hale, Ma spoke highly of the "
            "organization's role.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Jose Tom da Hale"])]


def test_agri_food_is_a_portfolio_word():
    r = parse_release("Vice premier meets minister\n\nVice-Premier Ma Lin met with Canadian Minister of Agriculture and Agri-food "
                      "Tom Hale and his party on April 17.\n")
    assert _met(r) == [(["Ma Lin"], ["Tom Hale"])]


def test_a_meeting_in_a_month_the_lead_does_not_name_is_background():
    text = ("Spotlight: state councilor's visit conducive to engagement\n\nWASHINGTON, Feb. 10 (Xinhua) -- The visit of State "
            "Councilor Ma Lin to the United States will help set the course for engagement, spokesman Tom Hale said here on "
            "Saturday.\n\nHale told the media that Ma's visit on Feb. 8-9 is the first engagement between officials of the two "
            "nations after U.S. President Ana Ruiz and her Chinese counterpart Bo Li met in Beijing in November.\n")
    assert _met(parse_release(text)) == []
    # (an event's own month is not the meeting's: "the Congress held in October")
    text = ("Officials meet\n\nHAVANA, Jan. 22 -- Ma Lin met with Tom Hale.\n\nMa also met with Ana Ruiz, chief of the "
            "Department, and updated his host about the Congress held in October.\n")
    assert (["Ma Lin"], ["Ana Ruiz"]) in _met(parse_release(text))


def test_a_later_meeting_a_readout_reports():
    text = ("Chinese official visits Vanuatu\n\nSYDNEY, May 27 (Reuters) -- Vice Minister Ma Lin met Prime Minister Tom Hale in "
            "Port Vila on Monday.\n\nMa also met with Vanuatu's President Ana Ruiz, a readout from China's official Xinhua said.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"]), (["Ma Lin"], ["Ana Ruiz"])]


def test_a_visit_paid_to_an_office_holder_and_tun_inside_a_name():
    r = parse_release("Vice minister meets party president\n\nKATHMANDU, Dec. 29 -- Visiting Vice Minister Ma Lin has paid a visit "
                      "to President of Nepali Congress Tom Bahadur Hale on Tuesday.\n")
    assert _met(r) == [(["Ma Lin"], ["Tom Bahadur Hale"])]
    r = parse_release("PM meets official\n\nKUALA LUMPUR, Dec. 3 -- Malaysian Prime Minister Tom Tun Hale met here on Thursday "
                      "with Ma Lin, member of the Political Bureau.\n")
    assert _met(r) == [(["Tom Tun Hale"], ["Ma Lin"])]


def test_his_counterpart_told_by_phone_holds_the_principals_office_and_a_stray_quote_is_no_part_of_an_office():
    r = parse_release("Premier talks with Indian PM\n\nBEIJING, March 16 (Xinhua) -- China's new Premier Ma Lin told his Indian "
                      "counterpart Tom Hale in a telephone conversation late Friday that ties matter.\n")
    assert r["meetings"][0]["counterparts"][0]["title"] == "Premier"
    r = parse_release("Visit to usher in golden era\n\nJune 10, 2015\n\"Visiting Chinese Foreign Minister Ma Lin said here Wednesday "
                      "that ties are strong.\n\nIn a meeting with his British counterpart Tom Hale, Ma said the visit would come.\n")
    assert [(p["name"], p["title"]) for m in r["meetings"] for p in m["principals"] + m["counterparts"]] == [
        ("Ma Lin", "Foreign Minister"), ("Tom Hale", "Foreign Minister")]


def test_as_part_of_his_agenda_is_no_part_of_the_subject():
    text = ("Foreign minister completes visit\n\nBeijing, January 17 -- Venezuelan Foreign Minister Tom Hale held a series of "
            "meetings with senior Chinese officials in Beijing on Thursday.\n\nAs part of his official agenda, the Venezuelan "
            "Foreign Minister met with the Vice President of the Asian nation, Ma Lin.\n")
    assert (["Tom Hale"], ["Ma Lin"]) in _met(parse_release(text))


def test_a_speaker_in_talks_with_someone_between_commas_tells_the_meeting():
    text = ("FM meets Maldivian counterpart\n\nBEIJING, June 21 (Xinhua) -- Chinese Foreign Minister Ma Lin said on Thursday "
            "that China wishes to work with the Maldives.\n\nMa, in talks with visiting Foreign Minister Tom Hale of the "
            "Maldives, said that the two countries enjoy friendship.\n")
    assert _met(parse_release(text)) == [(["Ma Lin"], ["Tom Hale"])]
    # ("... conveyed by President X in the meeting with Y": the meeting told before, retold, adds no one)
    text = ("President receives FM\n\nJAKARTA -- President Tom Hale received a courtesy call from Foreign Minister Ma Lin on "
            "Wednesday.\n\nMinister Ana Ruiz said that several things were conveyed by President Hale in the meeting with "
            "Foreign Minister Ma Lin.\n")
    assert _met(parse_release(text)) == [(["Tom Hale"], ["Ma Lin"])]
