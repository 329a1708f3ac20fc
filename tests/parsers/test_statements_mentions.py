"""Statements attributed to speakers; mentions of frameworks as written."""
from parsers import parse_release
from parsers.mentions import find_mentions
from parsers.statements import attribute

PEOPLE = [{"name": "Zhou Mingde"}, {"name": "Olga Petrova"}]


def test_surname_and_pronoun_attribution():
    paras = ["Zhou said, the two parties should deepen exchanges.",
             "She said that the party values the relations.",
             "Petrova expressed thanks for the invitation.",
             "She added that more visits will follow.",
             "The two sides also exchanged views on other issues."]
    got = attribute(paras, PEOPLE)
    assert [s["speaker"] for s in got] == ["Zhou Mingde", "Zhou Mingde", "Olga Petrova", "Olga Petrova"]
    assert got[0]["text"] == paras[0]


def test_participle_opening_and_trailing_said():
    paras = ["Speaking highly of the ties, Zhou expressed that cooperation will grow.",
             "Both countries should work together, Petrova said."]
    assert [s["speaker"] for s in attribute(paras, PEOPLE)] == ["Zhou Mingde", "Olga Petrova"]


def test_acronym_in_parentheses_is_one_mention_and_not_repeated():
    got = find_mentions("within the Shanghai Cooperation Organization (SCO) and BRICS; the SCO and the BRICS")
    assert got == ["Shanghai Cooperation Organization (SCO)", "BRICS"]


def test_initiative_capitalised_tail_is_kept_lowercase_is_not():
    assert find_mentions("under the Belt and Road Initiative") == ["Belt and Road Initiative"]
    assert find_mentions("in Belt and Road cooperation") == ["Belt and Road"]
    assert find_mentions("the Global Security Initiative and the G20") == ["Global Security Initiative", "G20"]


def test_statements_in_a_full_release():
    r = parse_release("Ma Lin Meets with Tom Berg\n( 2021.01.10 )\n\nBeijing, January 9th—Ma Lin, Vice-minister of the "
                      "International Department of the CPC Central Committee, met here today with Tom Berg, Leader of "
                      "the Centre Party of Sweden.\n\nMa said, the CPC values its ties.\n\nBerg said that he agrees.")
    assert [s["speaker"] for s in r["statements"]] == ["Ma Lin", "Tom Berg"]


def test_two_speakers_run_into_one_paragraph_are_two_statements():
    participants = [{"name": "Ma Lin"}, {"name": "Tom Berg"}]
    para = "Ma said China values the friendship. Berg said Ruritania adheres to it. Ma also said more."
    assert attribute([para], participants) == [
        {"speaker": "Ma Lin", "text": "Ma said China values the friendship."},
        {"speaker": "Tom Berg", "text": "Berg said Ruritania adheres to it."},
        {"speaker": "Ma Lin", "text": "Ma also said more."},
    ]
    # the same speaker again, or someone not in the release, does not split it
    one = "Ma said China values the friendship. Ma said more. Smith said nothing."
    assert attribute([one], participants) == [{"speaker": "Ma Lin", "text": one}]


def test_according_to_a_participant_is_their_statement():
    from parsers.statements import attribute
    got = attribute(["According to Ma, the two parties should deepen exchanges.", "According to reports, it rained."],
                    [{"name": "Ma Lin"}])
    assert got == [{"speaker": "Ma Lin", "text": "According to Ma, the two parties should deepen exchanges."}]


def test_named_forums_are_mentions_but_a_forums_longer_name_or_a_reference_is_not_one():
    assert find_mentions("Ma Lin attended the 12th Example Xiangshan Forum in Beijing.") == ["Example Xiangshan Forum"]
    assert find_mentions("Ma Lin spoke of the Forum on China-Africa Cooperation and the work of the Forum.") == [
        "Forum on China-Africa Cooperation"]


def test_corridor_expo_and_summit_frameworks_and_a_name_written_again_with_its_acronym():
    text = ("Both sides praised the China-Pakistan Economic Corridor. The China-Pakistan Economic Corridor (CPEC) is a "
            "game changer, Ma said, inviting them to the China International Import Expo and the East Asia Summit (EAS).")
    assert find_mentions(text) == ["China-Pakistan Economic Corridor (CPEC)", "China International Import Expo",
                                   "East Asia Summit (EAS)"]
    assert find_mentions("He attended the Belt and Road Forum (BRF) for International Cooperation.") == [
        "Belt and Road Forum (BRF) for International Cooperation"]


def test_one_belt_one_road_and_the_six_party_talks_are_mentions():
    assert find_mentions("Both sides support the One Belt, One Road Initiative and the Six-Party Talks.") == [
        "One Belt, One Road Initiative", "Six-Party Talks"]


def test_a_dialogue_named_after_the_dateline_keeps_no_part_of_it():
    assert find_mentions("Beijing, May 19th—The Fifth China-Example Islands Political Parties Dialogue was held here today.") == [
        "China-Example Islands Political Parties Dialogue"]
    assert find_mentions("ANKARA, June 26 (Xinhua)—The 2024 China-Example Party Exchange Strategic Dialogue opened.") == [
        "China-Example Party Exchange Strategic Dialogue"]
    # (a pair written with a dash is part of the name)
    assert find_mentions("Ma Lin attended the China—New Example Dairy Dialogue.") == ["China—New Example Dairy Dialogue"]


def test_an_ordinal_round_is_dropped_and_a_hyphened_name_holding_consultations_is_no_mechanism():
    assert find_mentions("Ma Lin co-chaired the Sixth Round of China-Example Foreign Ministers' Strategic Dialogue.") == [
        "China-Example Foreign Ministers' Strategic Dialogue"]
    assert find_mentions("Vice Minister Lee Kyung-Soo held diplomatic consultations with Ma Lin.") == []


def test_a_union_or_the_united_nations_alone_is_a_mention_but_not_one_of_its_organs():
    assert find_mentions("Both sides support the central role of the United Nations in world affairs.") == ["United Nations"]
    assert find_mentions("Ma Lin met the African Union Commission and the United Nations General Assembly.") == []
    assert find_mentions("China and the European Union and the EU's members agreed.") == ["European Union"]


def test_the_six_party_talks_in_lower_case_asem_the_jcpoa_and_one_belt_and_one_road():
    assert find_mentions("Ma Lin said the six-party talks should resume.") == ["six-party talks"]
    assert find_mentions("Ma Lin attended the Asia-Europe Meeting and backed the Joint Comprehensive Plan of Action (JCPOA).") == [
        "Asia-Europe Meeting", "Joint Comprehensive Plan of Action (JCPOA)"]
    assert find_mentions("Both sides support One Belt And One Road.") == ["One Belt And One Road"]


def test_more_frameworks_the_belt_and_roads_two_halves_and_an_acronym_glued_to_its_name():
    assert find_mentions("Both sides hailed CPEC, the Silk Road Economic Belt and the 21st Century Maritime Silk Road.") == [
        "CPEC", "Silk Road Economic Belt", "21st Century Maritime Silk Road"]
    # (written with the space the name and its acronym are usually parted by)
    assert find_mentions("Ma Lin praised the China-Pakistan Economic Corridor(CPEC) and the Eurasian Economic Union.") == [
        "China-Pakistan Economic Corridor (CPEC)", "Eurasian Economic Union"]
    assert find_mentions("He attended the International Conference of Asian Political Parties (ICAPP) in Example City.") == [
        "International Conference of Asian Political Parties (ICAPP)"]


def test_the_belt_and_road_initiative_written_with_a_small_i_or_a_capital_and():
    assert find_mentions("Serbia is one of the countries in China's Belt and Road initiative.") == ["Belt and Road initiative"]
    assert find_mentions("under the framework of the Belt And Road Initiative, they agreed") == ["Belt And Road Initiative"]
    # (other lowercase tails stay out: "Belt and Road cooperation" is the initiative's name alone)
    assert find_mentions("high-quality Belt and Road cooperation") == ["Belt and Road"]
