"""Release-level patterns: who met whom, kinds, modes, delegations, several meetings, announcements."""
from parsers import parse_release
from parsers.people import parse_people
from parsers.meetings import Registry, counterparts_of


def names(people):
    return [p["name"] for p in people]


def test_idcpc_style_meeting_here_today():
    r = parse_release("Zhou Mingde Meets with Guests\n ( 2021.03.05 )\n\nHanoi, March 3rd—Zhou Mingde, Vice-minister "
                      "of the International Department of the CPC Central Committee, met here today with Nguyen Van "
                      "Binh, Secretary of the Communist Party of Vietnam Hanoi Committee.")
    assert (r["meeting_date"], r["location"], r["kind"], r["mode"]) == ("2021-03-03", "Hanoi", "meeting", "in_person")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Zhou Mingde"] and names(m["counterparts"]) == ["Nguyen Van Binh"]
    assert m["counterparts"][0]["country"] == "VNM"


def test_foreign_subject_is_the_principal():
    r = parse_release("Ghanaian President Meets with Ma Lin\n( 2019.05.09 )\n\nAccra, May 8th—Kofi Mensah, "
                      "President of Ghana, met here today with Ma Lin, Vice-minister of the International "
                      "Department of the CPC Central Committee.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Kofi Mensah"] and m["principals"][0]["country"] == "GHA"
    assert names(m["counterparts"]) == ["Ma Lin"] and m["counterparts"][0]["country"] == "CHN"


def test_met_respectively_gives_one_meeting_per_counterpart():
    r = parse_release("CPC Delegation Visits Peru\n( 2019.06.08 )\n\nFrom June 3rd to 6th, Ma Lin, Vice-minister of "
                      "the International Department of the CPC Central Committee, led a CPC delegation to visit Peru "
                      "and met respectively with Luis Vega, President of the Popular Action Party; Carla Diaz, "
                      "Secretary-General of the Broad Front of Peru.")
    assert r["kind"] == "visit" and (r["meeting_date"], r["date_end"]) == ("2019-06-03", "2019-06-06")
    assert [names(m["counterparts"]) for m in r["meetings"]] == [["Luis Vega"], ["Carla Diaz"]]
    assert all(names(m["principals"]) == ["Ma Lin"] for m in r["meetings"])


def test_delegation_led_by_leader_is_the_counterpart():
    r = parse_release("Ma Lin Meets with Delegation\n( 2022.04.02 )\n\nBeijing, April 1st—Ma Lin, Vice-minister of "
                      "the International Department of the CPC Central Committee, met here today with a delegation of "
                      "the Socialist Party of Chile led by Ana Rojas, Secretary-General of the Party.")
    m, = r["meetings"]
    assert names(m["counterparts"]) == ["Ana Rojas"]
    assert m["counterpart_delegation"] == "a delegation of the Socialist Party of Chile led by Ana Rojas"


def test_phone_and_video_calls_are_talks():
    r = parse_release("Ma Lin Holds a Video Call with Tom Berg\n( 2021.01.10 )\n\nBeijing, January 9th—Ma Lin, "
                      "Vice-minister of the International Department of the CPC Central Committee, held a video call "
                      "here today with Tom Berg, Leader of the Centre Party of Sweden.")
    assert (r["kind"], r["mode"]) == ("talks", "video")
    r = parse_release("Ma Lin Has a Phone Call with Swedish Foreign Minister\n\nOn January 9, 2021, Foreign Minister "
                      "Ma Lin had a phone call with Swedish Foreign Minister Eva Lund.")
    assert (r["kind"], r["mode"], r["meeting_date"]) == ("talks", "phone", "2021-01-09")
    assert r["meetings"][0]["counterparts"][0]["country"] == "SWE"


def test_visit_announcement_has_actors_and_no_meetings():
    r = parse_release("Ma Lin to Visit Peru and Chile\nUpdated: March 01, 2018 18:00\n\nAt the invitation of the "
                      "Government of Peru, State Councilor Ma Lin will pay an official visit to Peru from March 8 to 12.")
    assert (r["kind"], r["mode"], r["meetings"]) == ("visit", None, [])
    assert names(r["actors"]) == ["Ma Lin"] and r["actors"][0]["title"] == "State Councilor"
    assert (r["meeting_date"], r["date_end"]) == ("2018-03-08", "2018-03-12")
    assert r["location"] is None


def test_attends_is_other_with_actors_and_present():
    r = parse_release("Ma Lin Attends Seminar\n( 2020.10.09 )\n\nBeijing, October 8th—Ma Lin, Vice-minister of the "
                      "International Department of the CPC Central Committee, attended and addressed here today a "
                      "seminar on green development via video link.")
    assert (r["kind"], r["mode"], r["meetings"]) == ("other", "video", [])
    assert names(r["actors"]) == ["Ma Lin"]


def test_people_present_are_listed():
    r = parse_release("Ma Lin Meets with Tom Berg\n( 2021.01.10 )\n\nBeijing, January 9th—Ma Lin, Vice-minister of the "
                      "International Department of the CPC Central Committee, met here today with Tom Berg, Leader of "
                      "the Centre Party of Sweden.\n\nZhou Mingde, Assistant-minister of the IDCPC, and others were present.")
    assert names(r["present"]) == ["Zhou Mingde"] and r["present"][0]["country"] == "CHN"


def test_wire_dateline_with_weekday():
    r = parse_release("Chinese FM meets Danish minister\n(Xinhua) 09:00, May 08, 2021\nBEIJING, May 7 (Xinhua) -- "
                      "Chinese Foreign Minister Ma Lin on Wednesday met with Danish Foreign Minister Hans Olsen in Beijing.")
    assert (r["meeting_date"], r["location"], r["published"]) == ("2021-05-05", "Beijing", "2021-05-08")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and m["counterparts"][0]["country"] == "DNK"


def test_no_year_and_no_posting_date_gives_null_date():
    r = parse_release("On May 19, Vice Foreign Minister Ma Lin met with Ambassador Hans Olsen of Denmark.")
    assert r["meeting_date"] is None and r["meetings"]


def test_venue_and_title_before_name_of_country():
    r = parse_release("Li Qiang Meets with Prime Minister of Fiji\nUpdated: May 10, 2024 20:00\n\nOn the afternoon of "
                      "May 9, 2024, Premier Li Qiang met with visiting Prime Minister Sitiveni Rabuka of Fiji at the "
                      "Great Hall of the People.")
    assert (r["meeting_date"], r["venue"], r["location"]) == ("2024-05-09", "Great Hall of the People", None)
    m, = r["meetings"]
    assert m["counterparts"][0] == {"name": "Sitiveni Rabuka", "title": "Prime Minister", "organization": None,
                                    "country": "FJI", "also": []}


def test_city_named_in_the_event_sentence():
    r = parse_release("Xi Jinping Holds Talks with President of Ruritania\n2024-05-07 08:00\n\nOn May 6, 2024 local "
                      "time, President Xi Jinping held talks with French President Paul Durand at the Elysee Palace "
                      "in Paris.")
    assert (r["kind"], r["location"], r["meeting_date"]) == ("talks", "Paris", "2024-05-06")


def test_spoke_over_the_phone_is_talks_by_phone():
    r = parse_release("Wang Yi Speaks with Turkish Foreign Minister on the Phone\n( 2023.06.02 )\n\nOn June 1, 2023, "
                      "Foreign Minister Wang Yi spoke over the phone with Turkish Foreign Minister Ali Demir.")
    assert (r["kind"], r["mode"]) == ("talks", "phone")
    assert names(r["meetings"][0]["counterparts"]) == ["Ali Demir"]


def test_received_a_delegation_and_the_party_named_in_the_phrase():
    r = parse_release("Li Jun Receives Delegation\n( 2019.03.08 )\n\nBeijing, March 7th—Li Jun, Vice-minister of the "
                      "International Department of the CPC Central Committee, received here today a delegation of the "
                      "Socialist Party of Albania led by Erion Brace, Secretary of the Party.")
    c = r["meetings"][0]["counterparts"][0]
    assert (c["name"], c["organization"], c["country"]) == ("Erion Brace", "Socialist Party of Albania", "ALB")


def test_both_sides_in_the_subject():
    r = parse_release("Xi Jinping Holds Talks with Peruvian President\n2024-11-15 10:00\n\nOn November 14, 2024 local "
                      "time, President Xi Jinping and Peruvian President Dina Boluarte held talks in Lima.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Xi Jinping"] and names(m["counterparts"]) == ["Dina Boluarte"]


def test_announcement_in_december_of_a_january_visit():
    r = parse_release("Vietnamese Prime Minister to Visit China\nUpdated: December 28, 2022 16:00\n\nForeign Ministry "
                      "Spokesperson Wang Wenbin announces:\n\nAt the invitation of Premier Li Keqiang, Prime Minister "
                      "Pham Minh Chinh of Vietnam will pay an official visit to China from January 5 to 8.")
    assert (r["meeting_date"], r["date_end"], r["kind"]) == ("2023-01-05", "2023-01-08", "visit")
    assert names(r["actors"]) == ["Pham Minh Chinh"] and r["actors"][0]["country"] == "VNM"


def test_plural_offices_and_including_lists():
    r = parse_release("WASHINGTON, May 9 (Xinhua) -- Ma Lin, head of the International Department of the CPC "
                      "Central Committee, met here Friday with Ann Lee and Bob Stone, co-chairs of the Friendship "
                      "Caucus of the U.S. Congress, and with several Senators, including Carl Weston and Dana Cole.")
    people = {p["name"]: p for m in r["meetings"] for p in m["counterparts"]}
    assert set(people) == {"Ann Lee", "Bob Stone", "Carl Weston", "Dana Cole"}
    assert people["Bob Stone"]["title"] == "co-chair" and people["Dana Cole"]["title"] == "Senator"


def _with_extra(extra):
    return parse_release("Ma Lin Meets with Tom Berg\n( 2021.01.10 )\n\nBeijing, January 9th—Li Na, Vice-minister of the "
                         "International Department of the CPC Central Committee, met here today with Tom Berg, Leader "
                         "of the Centre Party of Sweden.\n\n" + extra)


def test_present_written_after_the_verb():
    r = _with_extra("Also present at the meeting were Zhou Mingde, Assistant-minister of the IDCPC, and Ma Lin, "
                    "Vice Chairman of the Committee.")
    assert names(r["present"]) == ["Zhou Mingde", "Ma Lin"]
    r = _with_extra("The meeting was also attended by Zhou Mingde, Assistant-minister of the IDCPC.")
    assert names(r["present"]) == ["Zhou Mingde"]


def test_present_named_after_including():
    r = _with_extra("Twenty envoys of Nordic countries attended the meeting, including Norwegian Ambassador to China "
                    "Eva Dahl.")
    assert names(r["present"]) == ["Eva Dahl"] and r["present"][0]["country"] == "NOR"


def test_object_ends_before_a_second_verb():
    r = parse_release("Ma Lin Meets with Bulgarian Minister\n2011-03-06 10:00\n\nOn March 5, Vice Foreign Minister Ma Lin "
                      "met in Sofia with visiting Deputy Foreign Minister Ivan Petrov of Bulgaria and exchanged views "
                      "on bilateral relations.")
    c = r["meetings"][0]["counterparts"][0]
    assert (c["name"], c["title"], c["organization"], c["country"]) == ("Ivan Petrov", "Deputy Foreign Minister", None,
                                                                        "BGR")
    assert (r["meeting_date"], r["location"]) == ("2011-03-05", "Sofia")


def test_foreign_principal_named_title_first_takes_the_foreign_country():
    r = parse_release("Ma Lin Meets with Ruling Party Leader\n( 2016.05.10 )\n\nIslamabad, May 9th—Leader of the Muslim "
                      "League (Nawaz), Tariq Aziz, met here today with Ma Lin, Vice-minister of the International "
                      "Department of the CPC Central Committee, on China-Pakistan relations.")
    m, = r["meetings"]
    assert (m["principals"][0]["name"], m["principals"][0]["title"], m["principals"][0]["country"]) == \
        ("Tariq Aziz", "Leader", "PAK")
    assert m["counterparts"][0]["country"] == "CHN"


def test_attending_a_meeting_between_others():
    r = parse_release("Assistant Foreign Minister Ma Lin Attends a Meeting Between Provincial Leaders and Envoys\n\n"
                      "On May 3, 2021, Assistant Foreign Minister Ma Lin travelled to Kunming for a meeting between "
                      "Governor of Yunnan Province Zhou Mingde and the delegation of ASEAN ambassadors to China.")
    assert r["kind"] == "other" and r["location"] == "Kunming"
    m, = r["meetings"]
    assert names(m["principals"]) == ["Zhou Mingde"] and m["counterparts"] == []
    assert m["counterpart_delegation"] == "the delegation of ASEAN ambassadors to China"
    assert names(r["present"]) == ["Ma Lin"] and r["actors"] == []


def test_delegation_whose_leader_a_which_clause_names():
    r = parse_release("Official holds talks with delegation\n\nBEIJING, May 31 (Xinhua) -- Ma Lin, head of the "
                      "International Department of the CPC Central Committee, held talks with the delegation, which "
                      "was led by Kim Chol Nam, a member of the Political Bureau of the Central Committee of the "
                      "Workers' Party of Korea (WPK).")
    m = r["meetings"][-1]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Kim Chol Nam"]
    assert m["counterparts"][0]["country"] == "PRK" and m["counterparts"][0]["title"] == "member"


def test_office_and_surname_resolved_to_the_headlines_person():
    r = parse_release("Consul General MA Lin Paid a Courtesy Visit to Mr. Tom Reed\n\n2008-11-21 07:39\n\n"
                      "On November 19, Newly-arrived Chinese Consul General MA visited the State Parliament, where "
                      "he paid a courtesy call to Mr. Tom Reed, Speaker of the Parliament.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["MA Lin"]
    assert (m["principals"][0]["title"], m["principals"][0]["country"]) == ("Consul General", "CHN")
    assert names(m["counterparts"]) == ["Tom Reed"]


def test_counterpart_takes_the_office_the_headline_writes():
    r = parse_release("Ma Lin Holds Talks with U.S. Secretary of State Jane Doe\n\nOn the afternoon of March 11, "
                      "Chinese Foreign Minister Ma Lin and his U.S. counterpart Jane Doe held talks in Washington.")
    m, = r["meetings"]
    assert names(m["counterparts"]) == ["Jane Doe"]
    assert (m["counterparts"][0]["title"], m["counterparts"][0]["country"]) == ("Secretary of State", "USA")
    r = parse_release("Ma Lin Holds Talks with Jane Doe\n\nOn March 11, Chinese Foreign Minister Ma Lin and his "
                      "U.S. counterpart Jane Doe held talks in Washington.")
    assert r["meetings"][0]["counterparts"][0]["title"] == "Foreign Minister"


def test_welcoming_a_new_ambassador_is_a_meeting_and_welcoming_his_words_is_not():
    r = parse_release("Relations at a high\n\nSerbian President Tom Hale on Tuesday welcomed the new Chinese "
                      "Ambassador to Serbia, Ma Lin.\n\nHale expressed his confidence in the Ambassador.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Tom Hale"] and names(m["counterparts"]) == ["Ma Lin"]
    assert r["kind"] == "meeting"
    r = parse_release("Relations at a high\n\nSerbian President Tom Hale on Tuesday welcomed the Ambassador's remarks.")
    assert r["meetings"] == []


def test_a_meeting_told_in_an_as_clause_after_the_speech():
    r = parse_release("PM seeks support\n\nPrime Minister Ana Ruiz referred to China as a main partner today.\n"
                      "\u201cChina can cooperate further,\u201d she said as Chinese Vice-Minister of the International "
                      "Department Ma Lin called on her at her official residence here.\n"
                      "PM's Press Secretary Tom Hale briefed the newsmen after the meeting.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Ana Ruiz"]


def test_talks_held_between_two_people_after_a_page_of_highlights():
    r = parse_release("Discussions held on cooperation\n\nK. Male'\n13 Oct 2023 | Fri 13:50\nThe discussions were held at "
                      "the Ministry on Thursday\nThey spoke about issues of mutual interest\n\nDiscussions have been held "
                      "on cooperation between Maldives and China.\n\nThe discussions were held between the Minister of "
                      "Foreign Affairs, Tom Hale and Ambassador of China to the Maldives Ma Lin during a meeting held at "
                      "the Ministry of Foreign Affairs on Thursday.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Tom Hale"] and names(m["counterparts"]) == ["Ma Lin"]


def test_meetings_held_at_an_attended_event_are_its_meetings():
    r = parse_release("Senior official attends summit\n\nJOHANNESBURG, July 28 (Xinhua) -- A delegation of the CPC, led by "
                      "Ma Lin, head of the International Department of the CPC Central Committee, attended the 2025 "
                      "Example Summit from Friday to Sunday in Johannesburg.\nSpeaking at the summit, Ma stressed unity.\n"
                      "During the summit, Ma met and exchanged views with Tom Hale, president of the Example Congress.\n"
                      "He also met with other leaders of parties, including Ana Ruiz, secretary-general of the Sample Front.")
    assert r["kind"] == "other" and r["actors"] == []
    assert [names(m["counterparts"]) for m in r["meetings"]] == [["Tom Hale"], ["Ana Ruiz"]]
    assert all(names(m["principals"]) == ["Ma Lin"] for m in r["meetings"])


def test_object_stops_at_a_second_verb_of_thanks():
    r = parse_release("Ambassador Visits a Project\n\nOn January 2, 2017, Ambassador Ma Lin visited the Academy project.\n\n"
                      "At the project site, Dr. K. K. Hale, Director of the Academy met with Ambassador Ma and thanked "
                      "for the assistance of China.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["K. K. Hale"] and names(m["counterparts"]) == ["Ma Lin"]


def test_a_name_written_bare_in_the_body_takes_the_headlines_office():
    r = parse_release("Kenya: Ambassador Ma Lin Meets With H.E. Dr. Tom Hale\n\nOn April 4, H.E. Amb. Ma Lin met with "
                      "H.E. Dr. Tom Hale, Governor of Example County.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and m["principals"][0]["title"] == "Ambassador"
    assert m["counterparts"][0]["title"] == "Governor"
    assert parse_people("Mdm. Ana Ruiz, Director")[0]["name"] == "Ana Ruiz"


def test_a_call_told_between_two_people_in_a_statements_preamble():
    r = parse_release("Response to media enquiries\n\nIn response to media enquiries on the phone call between the Chief "
                      "Executive, Mrs Ana Ruiz and the Foreign Secretary of the United Kingdom, Mr Tom Hale yesterday "
                      "(August 9), the Chief Executive's Office said the following:\n\nAt the request of the Consulate, "
                      "Mrs Ruiz spoke with the new Foreign Secretary of the UK, Mr Hale over the phone yesterday morning.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ana Ruiz"] and m["principals"][0]["title"] == "Chief Executive"
    assert names(m["counterparts"]) == ["Tom Hale"] and m["counterparts"][0]["country"] == "GBR"
    assert r["mode"] == "phone"


def test_remarks_made_while_talking_to_someone_over_the_phone():
    r = parse_release("China to send special envoy: Ma\n\nBEIJING, April 26 (Xinhua) -- Chinese President Ma Lin said on "
                      "Wednesday that China will send a special representative to visit Examplia.\n\nHe made the remarks "
                      "while talking to his Examplian counterpart, Tom Hale, over phone.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]
    assert (r["kind"], r["mode"]) == ("talks", "phone")


def test_two_people_who_met_here_on_a_morning():
    r = parse_release("FMs meet in Beijing\n\nBEIJING, April 18 (Xinhua) -- Chinese Foreign Minister Ma Lin and Syrian "
                      "Foreign Minister Tom Hale met here Wednesday morning.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]


def test_two_principals_who_met_one_counterpart_respectively():
    r = parse_release("VP meets US official\n\nBEIJING - Chinese Vice President Ma Lin met with US Deputy Secretary of State "
                      "Tom Hale on Thursday in Beijing.\n\nOn the same day, Chinese State Councilor Li Ping and Foreign "
                      "Minister Wang Tao also met with Hale, respectively, and Vice Foreign Minister Zhang Wei held talks "
                      "with the US diplomat in Beijing.")
    pairs = [(names(m["principals"]), names(m["counterparts"])) for m in r["meetings"]]
    assert (["Li Ping"], ["Tom Hale"]) in pairs and (["Wang Tao"], ["Tom Hale"]) in pairs
    assert all(c != ["Zhang Wei"] for _, c in pairs)


def test_said_at_his_meeting_with_under_an_outlets_stamp():
    r = parse_release("Ma talks with Russian prime minister in Beijing\n\n(People's Daily App) 14:51, May 25, 2023\n\n"
                      "President Ma Lin said he hoped China and Russia could push cooperation to higher levels at his "
                      "meeting with Russian Prime Minister Tom Hale on Wednesday in Beijing.")
    assert r["published"] == "2023-05-25" and r["meeting_date"] == "2023-05-24"
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]


def test_a_numbered_round_of_consultations_held_by_two_named_heads():
    r = parse_release("China and Russia Hold Consular Consultations\n\nOn June 8, 2011, Ma Lin, Director General of the "
                      "Department of Consular Affairs of the Ministry of Foreign Affairs of China, and Tom Hale, Director of "
                      "Consular Department of the Ministry of Foreign Affairs of Russia, held the fifteenth round of the "
                      "Sino-Russian consular consultations in Beijing.")
    m = r["meetings"][0]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]
    assert r["kind"] == "talks"


def test_a_reported_meeting_after_according_to():
    r = parse_release("Consulate to open\n\nHAIKOU, September 7. /TASS./ A consulate will open in October, the daily "
                      "reported. According to the publication, the governor of Hainan, Ma Lin, met with the appointed "
                      "Consul General of Cambodia in Haikou Tom Hale.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and m["principals"][0]["title"] == "governor"
    assert names(m["counterparts"]) == ["Tom Hale"] and m["counterparts"][0]["title"] == "Consul General"


def test_an_events_person_received_later_by_someone_who_spoke():
    r = parse_release("Parties hold seminar in Havana\n\nHavana, Oct 23 (Prensa Latina) Organization Secretary of the "
                      "Communist Party of Cuba (PCC), Tom Hale, and head of the Propaganda Department of the Communist "
                      "Party of China (CPC), Ma Lin, inaugurated here today the 6th Theoretical Seminar.\n\nMa Lin was "
                      "received yesterday by the First Secretary of the PCC, Ana Ruiz, who stressed that this visit "
                      "ratifies the importance of exchanges.")
    assert r["location"] == "Havana" and r["kind"] == "other"
    assert names(r["actors"]) == ["Tom Hale"]
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ana Ruiz"] and names(m["counterparts"]) == ["Ma Lin"]


def test_set_up_a_meeting_with_an_ambassador():
    r = parse_release("Vice Foreign Minister Ma Lin Meets with the DPRK Ambassador to China\n\nOn March 16, 2012, Vice "
                      "Foreign Minister Ma Lin set up a meeting with the Ambassador of the Democratic People's Republic "
                      "of Korea (DPRK) to China Kim Chol to exchange opinions on the relations.")
    m, = r["meetings"]
    assert names(m["counterparts"]) == ["Kim Chol"] and m["counterparts"][0]["country"] == "PRK"


def test_local_outlets_ways_of_telling_an_ambassadors_call():
    r = parse_release("Acting Governor meets with Chinese ambassador\n\nThe opening of new markets was the subject of the "
                      "meeting between the acting governor, Tom Hale, and the Chinese ambassador to Brazil, Ma Lin, on the "
                      "9th of May in Brasilia.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Tom Hale"] and names(m["counterparts"]) == ["Ma Lin"]
    assert m["counterparts"][0]["title"] == "ambassador to Brazil"
    r = parse_release("Minister meets with Chinese ambassador\n\nTo discuss ways for social development, the Minister of "
                      "Social Development, Tom Hale, received the visit of Ma Lin, Chinese ambassador to Brazil on the "
                      "31st of January.")
    m, = r["meetings"]
    assert m["principals"][0]["title"] == "Minister of Social Development" and names(m["counterparts"]) == ["Ma Lin"]
    r = parse_release("Ambassador conveys message\n\nPrime Minister Tom Hale hosted China's Ambassador to Israel Ma Lin at "
                      "his office in Jerusalem on Wednesday.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Tom Hale"] and names(m["counterparts"]) == ["Ma Lin"]


def test_a_group_met_whose_members_the_next_sentence_names():
    r = parse_release("Hu meets foreign counterparts ahead of Games\n\nBEIJING -- Chinese President Ma Lin met on Thursday "
                      "morning with five of his foreign counterparts, all guests to the opening ceremony of the impending "
                      "Beijing Olympic Games.\n\nThe five included Laotian President Tom Hale, Serbian President Ana Ruiz "
                      "and Brazilian President Luis Vega.")
    names_met = sorted(n for m in r["meetings"] for n in names(m["counterparts"]))
    assert names_met == ["Ana Ruiz", "Luis Vega", "Tom Hale"]
    r = parse_release("Premier meets dignitaries\n\nBEIJING: Chinese Premier Ma Lin on Thursday met with a number of "
                      "prominent foreign politicians in town for a summit.\n\nThe dignitaries included former President of "
                      "the European Commission Tom Hale, former US Secretary of State Ana Ruiz.")
    assert sorted(n for m in r["meetings"] for n in names(m["counterparts"])) == ["Ana Ruiz", "Tom Hale"]


def test_remarks_made_during_a_telephone_call_are_the_speakers_call():
    r = parse_release("China calls for progress\n\nBEIJING - Chinese Foreign Minister Ma Lin said Tuesday that all parties "
                      "should grasp the current opportunities.\n\nThe remarks of the Chinese foreign minister were made "
                      "during a telephone call with his Iranian counterpart Tom Hale, which was mainly focused on the issue.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]
    assert (r["kind"], r["mode"]) == ("talks", "phone")


def test_attended_a_reception_and_had_an_exchange_of_views_with_someone():
    r = parse_release("Vice Foreign Minister Ma Lin Attends the Reception\n\nOn May 14, 2024, Vice Foreign Minister Ma Lin, "
                      "upon invitation, attended the Constitution Day reception hosted by the Norwegian Embassy in China and "
                      "had a brief exchange of views on China-Norway relations with Norwegian Ambassador to China Ana Ruiz.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Ana Ruiz"]


def test_talks_held_via_videoconferencing_are_video():
    r = parse_release("An overview of the talks\n\nHanoi (VNA) - Cooperation is important, said officials of the two "
                      "parties during their talks held via videoconferencing on April 19.\n\nDuring the talks, Ma Lin, "
                      "head of the Department, and Tom Hale, Chairman of the Commission, emphasised regular contact.")
    assert r["mode"] == "video"
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]


def test_after_meeting_with_someone_the_minister_told_the_press():
    r = parse_release("Ma Lin: China Values Japan's Support\n\nOn August 24, 2016, after meeting with Foreign Minister Tom "
                      "Hale of Japan in Tokyo, Foreign Minister Ma Lin told the press that Japan is an important member.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]
    assert r["meeting_date"] == "2016-08-24"


def test_met_an_emperor_at_the_palace():
    r = parse_release("Japanese emperor meets with Chinese vice president\n\nTOKYO: Visiting Chinese Vice President Ma Lin "
                      "met with Japanese Emperor Akihito at the Imperial Palace Tuesday.")
    m, = r["meetings"]
    assert names(m["counterparts"]) == ["Akihito"] and m["counterparts"][0]["title"] == "Emperor"


def test_counterparts_of_two_countries_named_in_turn():
    r = parse_release("Chinese FM talks with U.S., South Korean counterparts\n\nBEIJING, April 14 (Xinhua) -- Chinese Foreign "
                      "Minister Ma Lin has held separate talks by phone with his U.S. and South Korean counterparts Ana Ruiz "
                      "and Kim Chol on tensions on the Korean Peninsula.")
    got = {p["name"]: (p["title"], p["country"]) for m in r["meetings"] for p in m["counterparts"]}
    assert got == {"Ana Ruiz": ("Foreign Minister", "USA"), "Kim Chol": ("Foreign Minister", "KOR")}
    assert len(r["meetings"]) == 2 and r["mode"] == "phone"


def test_people_among_those_in_attendance_are_present():
    r = parse_release("Promoting Exchanges\n\nOn September 17th, 2018, Consul General Ma Lin held talks with Mayor of "
                      "Shantou City Tom Hale. Deputy Consul General Li Ping and Commercial Counselor Zou Wei were among "
                      "over 30 people in attendance.")
    assert names(r["present"]) == ["Li Ping", "Zou Wei"]


def test_accompanied_at_the_meeting_by_are_present():
    r = parse_release("Chinese Ambassador calls on Foreign Minister\n\nChinese Ambassador to the Maldives Ma Lin has paid a "
                      "courtesy call on Foreign Minister Dr. Tom Hale.\n\nForeign Minister Hale was accompanied at the "
                      "meeting by Ambassador Ali Rasheed, Secretary Bilateral, and Hassan Fazeel, Director at the Ministry.")
    assert names(r["present"]) == ["Ali Rasheed", "Hassan Fazeel"]


def test_is_at_a_meeting_with_two_visitors():
    r = parse_release("Ma Meets Hale and Ruiz\n\nChinese President Ma Lin is at a meeting with visiting French President "
                      "Tom Hale and President of the European Commission Ana Ruiz Monday afternoon at the Great Hall of "
                      "the People.")
    m, = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["counterparts"]] == [("Tom Hale", "President"), ("Ana Ruiz", "President")]


def test_got_together_with_and_met_principals_of_ministries():
    r = parse_release("Governor got together with China ambassador\n\nGovernor Tom Hale got together with China Ambassador in "
                      "Mexico, Ma Lin, in order to renew the collaboration.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Tom Hale"] and names(m["counterparts"]) == ["Ma Lin"]
    r = parse_release("Ambassador Met Principals of Departments\n\nFrom January 16 to 25, H.E. Mme. Ambassador Ma Lin met "
                      "principals of Ministry of Finance, Ministry of Culture and People's Bank of China.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and m["counterpart_delegation"].startswith("principals of Ministry")


def test_a_president_named_by_surname_receives_an_ambassadors_credentials():
    r = parse_release("President receives credentials\n\nHerald Reporter\n\nPRESIDENT Hale has received the credentials of "
                      "the new Chinese Ambassador Mr Ma Lin, who pledged to deepen relations.")
    m, = r["meetings"]
    assert [(p["name"], p["title"]) for p in m["principals"]] == [("Hale", "President")]
    assert names(m["counterparts"]) == ["Ma Lin"] and m["counterparts"][0]["title"] == "Ambassador"
    r = parse_release("Talks held\n\nThe Ministry said the talks went well. Minister Hale is pleased.")
    assert r["meetings"] == []


def test_a_quote_affirmed_by_an_unnamed_leader_while_paying_a_call():
    r = parse_release("Source: AKP\n\nCambodia is China's true friend, affirmed a senior leader of the Communist Party of "
                      "China (CPC) while paying a courtesy visit to Cambodian Prime Minister Tom Hale at the Peace Palace, "
                      "Phnom Penh yesterday.\n\nVisiting H.E. Ma Lin, a Member of the Politburo Standing Committee of the "
                      "CPC Central Committee, also underlined China's support.")
    m, = r["meetings"]
    assert names(m["principals"]) == ["Ma Lin"] and names(m["counterparts"]) == ["Tom Hale"]


def test_a_name_written_again_without_its_accent_is_the_same_person():
    from parsers import parse_release
    r = parse_release("Vice President meets UN chief\n\nNEW YORK, Sept. 18 -- Vice President Ma Lin met separately with United "
                      "Nations Secretary-General José Pérez and Foreign Minister Tom Hale on Monday.\n\n"
                      "Ma told Pérez that the world needs a strong UN.\n\n"
                      "Vice President Ma Lin met respectively with U.N. Secretary-General Jose Perez and Foreign Minister Tom Hale "
                      "in New York on Monday.\n", release_id="other-20230919-1")
    assert [[c["name"] for c in m["counterparts"]] for m in r["meetings"]] == [["José Pérez"], ["Tom Hale"]]


def test_a_delegations_leader_whose_office_is_its_bodys_after_the_name():
    from parsers import parse_release
    r = parse_release("Official meets delegation\n\nBEIJING, Oct. 29 (Xinhua) -- Ma Lin, vice chairman of the Example "
                      "Committee, met with a delegation of the Prosperity Party of Ethiopia, led by Tom Hale, its deputy "
                      "president and general secretary, in Beijing on Tuesday.\n", release_id="people-20241030-1")
    c = r["meetings"][0]["counterparts"][0]
    assert (c["name"], c["title"], c["organization"], c["country"]) == (
        "Tom Hale", "deputy president", "Prosperity Party of Ethiopia", "ETH")


def test_a_surname_subject_with_a_participle_clause_before_its_verb():
    from parsers import parse_release
    r = parse_release("Parties cooperate\n\nThe two parties are collaborating, says Ma Lin, a Central Committee member.\n\n"
                      "Lin, leading a delegation in Examplia, met with Example Party Secretary General Tom Hale.\n",
                      release_id="other-20240619-1")
    assert [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]] == [
        (["Ma Lin"], ["Tom Hale"])]


def test_during_a_meeting_with_a_surname_the_subjects_surname_after_the_comma_is_no_part_of_it():
    from parsers import parse_release
    r = parse_release("Vice President meets President\n\nWASHINGTON, Feb. 15 (Xinhua) -- Visiting Chinese Vice President Ma Lin "
                      "held meetings with U.S. President Tom Hale and other senior officials here on Tuesday.\n\n"
                      "During his meeting with Hale, Ma, who handed over a letter to Hale, said his visit aimed at consensus.\n",
                      release_id="people-20120215-1")
    assert [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]] == [
        (["Ma Lin"], ["Tom Hale"])]


def test_an_announced_exchange_of_views_with_someone_is_a_meeting_with_them():
    from parsers import parse_release
    r = parse_release("Leaders to talk\n\nPresident Ma Lin will exchange views with Example President Tom Hale upon invitation "
                      "on relations on the evening of March 18, spokesperson Ana Ruiz announced here Thursday.\n",
                      release_id="other-20220318-1")
    assert [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]] == [
        (["Ma Lin"], ["Tom Hale"])]


def test_a_call_whose_adjectives_are_written_with_a_comma():
    from parsers import parse_release
    r = parse_release("Call\n\nThe First Secretary of the Example Party, Tom Hale, held a cordial, fruitful telephone conversation, "
                      "Thursday morning, with the General Secretary of the Other Party, Ma Lin, to whom he reported the results.\n",
                      release_id="other-20210508-1")
    assert (r["mode"], [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]]) == (
        "phone", [(["Tom Hale"], ["Ma Lin"])])


def test_an_office_subject_shorter_than_the_office_named_before_is_that_person():
    from parsers import parse_release
    r = parse_release("Visit\n\nVice Foreign Minister Ma Lin visited Examplia on Monday.\n\nOn the same day, the Chinese vice minister "
                      "met with Acting Deputy Secretary of State Tom Hale, the ministry added.\n", release_id="other-20210726-1")
    assert [([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]] == [
        (["Ma Lin"], ["Tom Hale"])]


def test_two_who_met_on_the_sidelines_of_a_summit_are_both_the_subject():
    from parsers import parse_release
    r = parse_release("Ministers meet\nUpdated: 2010-10-30 18:00\n\nHANOI - Foreign Minister Ma Lin and his US counterpart Tom Hale "
                      "met Saturday on the sidelines of the fifth East Asia Summit, exchanging views on ties.\n\n"
                      "On Thursday, Hale met with Foreign Minister Bo Chen in Hawaii.\n", release_id="other-20101030-1")
    assert ([([p["name"] for p in m["principals"]], [p["name"] for p in m["counterparts"]]) for m in r["meetings"]][0],
            r["meeting_date"]) == ((["Ma Lin"], ["Tom Hale"]), "2010-10-30")


def test_a_fronted_participle_clause_is_no_part_of_the_subject():
    from parsers.meetings import clean_subject
    assert clean_subject("Thanking the province for preserving sites related to President Tom Hale's activities, he") == "he"
    assert clean_subject("Recalling General Secretary Tom Hale's visit last year, Ma Lin") == "Ma Lin"
    assert clean_subject("Visiting Premier Ma Lin") == "Visiting Premier Ma Lin"


def test_a_surname_subject_takes_the_office_written_after_its_full_name_in_the_body():
    from parsers import parse_release
    r = parse_release("Observers visit\n\nPHNOM PENH, July 24 (Xinhua) -- An observer team visited Examplia.\n\nLed by Ma Lin, vice "
                      "minister of the Example Department, the observer team monitored the election.\n\nMa also met with Deputy "
                      "Prime Minister Tom Hale.\n", release_id="people-20230724-1")
    p = r["meetings"][0]["principals"][0]
    assert (p["name"], p["title"], p["organization"]) == ("Ma Lin", "vice minister", "Example Department")


def test_an_office_with_its_portfolio_and_country_then_a_single_name():
    found, _ = counterparts_of("Minister of Natural Environment and Tourism of Mongolia Tserinbat", Registry(), [])
    assert [(p["name"], p["title"], p["country"]) for p in found] == [
        ("Tserinbat", "Minister of Natural Environment and Tourism", "MNG")]
    assert counterparts_of("President of the Republic", Registry(), []) == ([], None)
    assert counterparts_of("Prime Minister of Cambodia Samdech", Registry(), []) == ([], None)
