"""Person phrases: name first, title first, lists, honorifics, surname first, offices and countries."""
from parsers.people import is_pure_name, looks_chinese, parse_people, split_role


def one(phrase):
    got = parse_people(phrase)
    assert len(got) == 1, got
    return got[0]


def test_name_then_title_of_organisation():
    p = one("Zhou Mingde, Vice-minister of the International Department of the CPC Central Committee")
    assert p == {"name": "Zhou Mingde", "title": "Vice-minister",
                 "organization": "International Department of the CPC Central Committee",
                 "country": "CHN", "also": []}


def test_further_offices_go_to_also():
    p = one("Olga Petrova, Chairwoman of the Agrarian Party of Russia and Deputy Speaker of the State Duma")
    assert (p["title"], p["organization"], p["country"]) == ("Chairwoman", "Agrarian Party of Russia", "RUS")
    assert p["also"] == ["Deputy Speaker of the State Duma"]


def test_title_before_name_with_nationality_word():
    p = one("Chilean Foreign Minister Ana Rojas")
    assert (p["name"], p["title"], p["organization"], p["country"]) == ("Ana Rojas", "Foreign Minister", None, "CHL")


def test_title_before_name_and_joined_offices():
    p = one("State Councilor and Defense Minister Ma Lin")
    assert (p["name"], p["title"], p["also"]) == ("Ma Lin", "State Councilor", ["Defense Minister"])


def test_of_country_after_the_name():
    p = one("Minister of Mines Peter Banda of Zambia")
    assert (p["name"], p["title"], p["country"]) == ("Peter Banda", "Minister of Mines", "ZMB")


def test_office_before_name_separated_by_comma():
    p = one("chairman of the Peasants League (Reform), Tomas Varga")
    assert p["name"] == "Tomas Varga" and p["title"] == "chairman"
    assert p["organization"] == "Peasants League (Reform)"


def test_honorifics_are_dropped():
    assert one("H.E. Mr. Joseph Mensah, Speaker of the Parliament of Ghana")["name"] == "Joseph Mensah"
    assert one("Hon. Banda, Secretary of the Party")["name"] == "Banda"
    assert one("Dr. Asha Rao, President of the Indian Council of Policy Research")["name"] == "Asha Rao"
    assert one("Samdech Men Sam, President of the Cambodian Senate")["name"] == "Men Sam"


def test_surname_first_names_stay_as_written():
    p = one("Tanaka Hiroshi, Director-General of the International Bureau of the Komeito Party")
    assert p["name"] == "Tanaka Hiroshi" and p["country"] == "JPN"


def test_semicolon_list_keeps_commas_inside_an_office():
    got = parse_people("Ana Silva, Minister of Land, Water and Forests; Joao Costa, Secretary-General of the "
                       "Socialist Party of Portugal")
    assert [p["name"] for p in got] == ["Ana Silva", "Joao Costa"]
    assert got[0]["title"] == "Minister of Land, Water and Forests"
    assert got[1]["country"] == "PRT"


def test_mixed_list_of_title_first_people():
    got = parse_people("Peruvian Ambassador to China Luis Vega, Head of the Andean Institute Carla Diaz "
                       "and Mayor of Cusco Municipality Rosa Quispe")
    assert [p["name"] for p in got] == ["Luis Vega", "Carla Diaz", "Rosa Quispe"]
    assert got[0]["title"] == "Ambassador to China" and got[0]["country"] == "PER"


def test_portfolio_stays_in_title_but_organisation_is_cut():
    assert split_role("Minister of Interior") == ("Minister of Interior", None, None)
    assert split_role("Secretary of Administration of Frelimo")[:2] == ("Secretary of Administration", "Frelimo")
    assert split_role("President of Socialist International") == ("President", "Socialist International", None)
    assert split_role("Ambassador of Mexico to China") == ("Ambassador", None, "MEX")


def test_chinese_name_shape():
    assert looks_chinese("Zhou Mingde") and looks_chinese("Xu Lyuping") and looks_chinese("Ma Lin")
    assert not looks_chinese("Peter Banda") and not looks_chinese("Kim Jong Su")


def test_less_common_chinese_surnames_look_chinese_and_vietnamese_names_do_not():
    assert looks_chinese("Gui Congyou") and looks_chinese("Ai Ping") and looks_chinese("Le Yucheng")
    assert not looks_chinese("Le Hoai Trung") and not looks_chinese("An Kwang Il")


def test_country_names_with_and_or_of_the_are_no_list_and_no_name():
    got = [(p["name"], p["title"], p["country"]) for p in parse_people(
        "President of Bosnia and Herzegovina Ana Ruiz and Prime Minister of Saint Vincent and the Grenadines Tom Berg")]
    assert got == [("Ana Ruiz", "President", "BIH"), ("Tom Berg", "Prime Minister", "VCT")]
    got = [(p["name"], p["organization"], p["country"]) for p in parse_people(
        "President of the Democratic Republic of the Congo Kofi Mensah")]
    assert got == [("Kofi Mensah", None, "COD")]


def test_two_names_joined_by_and_are_two_people():
    assert [p["name"] for p in parse_people("Ana Ruiz and Tom Berg's wife Maria Lopez")] == ["Ana Ruiz", "Maria Lopez"]


def test_arabic_names_with_particles_and_sheikh():
    got = [(p["name"], p["title"]) for p in parse_people(
        "President Omar al-Rashid, Prime Minister Sheikh Amina and President Hassan Sheikh Ali")]
    assert got == [("Omar al-Rashid", "President"), ("Sheikh Amina", "Prime Minister"),
                   ("Hassan Sheikh Ali", "President")]
    # still an honorific before a full name
    assert [p["name"] for p in parse_people("Crown Prince Sheikh Khalid bin Ali")] == ["Khalid bin Ali"]


def test_high_representative_after_and_is_a_further_office():
    got = parse_people("Ana Ruiz, Vice President of the Example Commission and High Representative for Foreign Affairs")
    assert [(p["title"], p["organization"], p["also"]) for p in got] == [
        ("Vice President", "Example Commission", ["High Representative for Foreign Affairs"])]


def test_party_named_after_its_nationality_and_the_word_party():
    got = parse_people("General Secretary of the French party Avenir Commun Marie Dubois")
    assert [(p["name"], p["title"], p["organization"], p["country"]) for p in got] == [
        ("Marie Dubois", "General Secretary", "Avenir Commun", "FRA")]


def test_prince_after_an_office_is_a_rank_and_before_a_name_a_title():
    got = [(p["name"], p["title"]) for p in parse_people("Minister of Foreign Affairs Prince Khalid bin Ali")]
    assert got == [("Khalid bin Ali", "Minister of Foreign Affairs")]
    assert [(p["name"], p["title"]) for p in parse_people("Crown Prince Khalid bin Ali")] == [
        ("Khalid bin Ali", "Crown Prince")]


def test_plural_office_after_a_modifier_belongs_to_every_name_before_it():
    got = parse_people("Ana Ruiz and Tomas Vidal, vice presidents of the Chilean Senate")
    assert [(p["name"], p["title"], p["organization"]) for p in got] == [
        ("Ana Ruiz", "vice president", "Chilean Senate"), ("Tomas Vidal", "vice president", "Chilean Senate")]


def test_consular_and_attache_offices_before_a_name():
    got = parse_people("Chinese Consul General in Los Angeles Ma Lin and Defence Attaché Li Hua")
    assert [(p["name"], p["title"]) for p in got] == [("Ma Lin", "Consul General in Los Angeles"),
                                                      ("Li Hua", "Defence Attaché")]


def test_first_lady_is_an_office():
    assert [(p["name"], p["title"]) for p in parse_people("President Ana Ruiz and First Lady Maria Lopez")] == [
        ("Ana Ruiz", "President"), ("Maria Lopez", "First Lady")]


def test_offices_written_before_names_with_a_comma_each_belong_to_their_own_name():
    got = [(p["name"], p["title"], p["organization"]) for p in parse_people(
        "Vice President of the Example Party, Ana Ruiz and Minister of the Example Department, Ma Lin")]
    assert got == [("Ana Ruiz", "Vice President", "Example Party"), ("Ma Lin", "Minister", "Example Department")]


def test_and_between_two_fields_of_one_office_does_not_split_it():
    assert [(p["name"], p["title"]) for p in parse_people(
        "Chinese Science and Technology Minister Ma Lin, Vice Foreign Minister Li Ping")] == [
        ("Ma Lin", "Science and Technology Minister"), ("Li Ping", "Vice Foreign Minister")]
    # two offices of one person stay two
    [p] = parse_people("State Councilor and Defense Minister Ma Lin")
    assert (p["title"], p["also"]) == ("State Councilor", ["Defense Minister"])


def test_his_highness_and_a_persons_possessive_are_not_the_name_or_office():
    [p] = parse_people("H.H. Sheikh Tom Bin Hale Al Example, Minister of Foreign Affairs")
    assert (p["name"], p["title"]) == ("Tom Bin Hale Al Example", "Minister of Foreign Affairs")
    [p] = parse_people("Cuban leader Ana Ruiz's special envoy Tom Hale")
    assert (p["name"], p["title"]) == ("Tom Hale", "special envoy")


def test_a_second_office_after_and_is_not_part_of_the_first_body():
    [p] = parse_people("Tom Hale, deputy commander-in-chief of the Example Defense Force and commander of the Example Army")
    assert (p["title"], p["organization"], p["also"]) == (
        "deputy commander-in-chief", "Example Defense Force", ["commander of the Example Army"])


def test_a_military_rank_between_an_office_and_the_name_is_not_the_office():
    assert [(p["name"], p["title"]) for p in parse_people("Chinese Defence Minister General Ma Lin")] == [
        ("Ma Lin", "Defence Minister")]
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people(
        "Commander-in-Chief of Example Services Senior General Tom Hale")] == [
        ("Tom Hale", "Commander-in-Chief", "Example Services")]
    # (an office ending in "General" keeps it)
    assert [p["title"] for p in parse_people("Consul General Ma Lin and Attorney General Tom Hale")] == [
        "Consul General", "Attorney General"]


def test_a_party_named_with_function_words_or_ideals_is_no_persons_name():
    [p] = parse_people("Tom Hale, chairperson of Bolivia's Movement Towards Socialism party and former Bolivian president")
    assert (p["name"], p["title"], p["organization"], p["country"]) == ("Tom Hale", "chairperson", "Movement Towards Socialism", "BOL")
    [p] = parse_people("Ana Ruiz, leader of the Alliance for Peace and Solidarity")
    assert p["name"] == "Ana Ruiz" and p["organization"] == "Alliance for Peace and Solidarity"


def test_honours_and_hyphenated_offices_are_not_part_of_the_name():
    assert [p["name"] for p in parse_people("Her Honour Ana Ruiz, Vice President")] == ["Ana Ruiz"]
    assert [p["name"] for p in parse_people("Miss Ma Lin, Director of the Political Department")] == ["Ma Lin"]
    [p] = parse_people("Minister-Counsellor Li Ping")
    assert (p["name"], p["title"]) == ("Li Ping", "Minister-Counsellor")
    assert parse_people("Ana Nandi-Ndaitwah, Namibian president")[0]["name"] == "Ana Nandi-Ndaitwah"


def test_names_with_capitals_of_other_latin_scripts():
    [p] = parse_people("Ōmura Hideaki, governor of Aichi prefecture in Japan")
    assert (p["name"], p["title"]) == ("Ōmura Hideaki", "governor")
    assert parse_people("Łukasz Nowak, Deputy Minister")[0]["name"] == "Łukasz Nowak"


def test_a_monarch_is_named_by_one_name():
    [p] = parse_people("Japanese Emperor Akihito")
    assert (p["name"], p["title"], p["country"]) == ("Akihito", "Emperor", "JPN")
    assert parse_people("King Salman")[0]["name"] == "Salman"


def test_myanmar_honorifics_and_an_office_over_two_fields():
    assert parse_people("UMFCCI President U Aye Win")[0]["name"] == "Aye Win"
    assert parse_people("Daw Khin Myo, Minister")[0]["name"] == "Khin Myo"
    [p] = parse_people("Portugal's Minister of State and Foreign Affairs, Mr Tom Hale")
    assert (p["title"], p["country"]) == ("Minister of State and Foreign Affairs", "PRT")
    a, b = parse_people("Secretary of State Ana Ruiz and National Security Advisor Tom Hale")
    assert (a["title"], b["title"]) == ("Secretary of State", "National Security Advisor")


def test_a_list_of_people_parted_by_semicolons_or_as_well_as():
    people = parse_people("the Secretary for Security, Mr Tom Berg; the Secretary for Culture, Ms O Lin; and "
                          "Consul-General Ana Ruiz")
    assert [(p["name"], p["title"]) for p in people] == [
        ("Tom Berg", "Secretary for Security"), ("O Lin", "Secretary for Culture"), ("Ana Ruiz", "Consul-General")]
    people = parse_people("Chinese Ambassador Li Hua, relevant officials and experts from Hubei province and Wuhan as well "
                          "as Chilean Ambassador to China Tomas Vidal")
    assert [(p["name"], p["title"]) for p in people] == [("Li Hua", "Ambassador"), ("Tomas Vidal", "Ambassador to China")]


def test_a_diplomatic_corps_is_no_name():
    person, = parse_people("Tom Berg, Dean of the African Diplomatic Corps in China")
    assert (person["name"], person["title"]) == ("Tom Berg", "Dean")


def test_a_name_with_capital_initials_takes_the_offices_after_it():
    person, = parse_people("KB Tom Berg, chairman of the Example Party (Unified) (EP-U) and Example's prime minister")
    assert (person["name"], person["title"], person["organization"]) == ("KB Tom Berg", "chairman", "Example Party (Unified) (EP-U)")


def test_micronesian_and_caribbean_honorifics_are_dropped():
    assert [p["name"] for p in parse_people("T.H. Tom Berg, Governor of Example State")] == ["Tom Berg"]
    assert [p["name"] for p in parse_people("His Worship Alderman Ana Ruiz, Mayor of Example")] == ["Ana Ruiz"]


def test_and_with_or_and_a_described_name_start_the_next_person():
    people = parse_people("Speaker of the House, Tom Berg of the Labour Party, and with Ana Ruiz, a Conservative Party politician")
    assert [p["name"] for p in people] == ["Tom Berg", "Ana Ruiz"]
    people = parse_people("State Secretary of the Ministry for Foreign Affairs of Example Tom Berg and friend Ambassador Ana Ruiz")
    assert [(p["name"], p["title"]) for p in people] == [("Tom Berg", "State Secretary"), ("Ana Ruiz", "friend Ambassador")]


def test_a_states_office_and_a_province_of_a_country():
    person, = parse_people("California Assemblymember Tom Berg")
    assert (person["title"], person["organization"]) == ("Assemblymember", "California")
    person, = parse_people("Illinois State Representative Ana Ruiz")
    assert (person["title"], person["organization"]) == ("State Representative", "Illinois")
    person, = parse_people("Li Hua, Minister of Copperbelt Province of Zambia")
    assert (person["title"], person["organization"], person["country"]) == ("Minister", "Copperbelt Province", "ZMB")
    person, = parse_people("Ma Lin, Minister of Foreign Affairs of Nepal")
    assert person["title"] == "Minister of Foreign Affairs"


def test_one_name_after_an_office_is_a_person_but_not_an_adjective():
    people = parse_people("Indian Home Minister Patil, Delhi Chief Minister Dikshit and Example Party general secretary Li Hua")
    assert [(p["name"], p["title"]) for p in people] == [("Patil", "Home Minister"), ("Dikshit", "Chief Minister"),
                                                         ("Li Hua", "general secretary")]
    assert [(p["name"], p["organization"]) for p in parse_people("President Worthen of Example University")] == [
        ("Worthen", "Example University")]
    assert [(p["name"], p["title"]) for p in parse_people("Chief Justice Temo")] == [("Temo", "Chief Justice")]
    assert parse_people("Ambassador Extraordinary and Plenipotentiary") == []
    assert parse_people("the Secretary Bilateral") == []


def test_military_ranks_without_a_full_stop_or_joined_by_a_hyphen():
    assert [(p["name"], p["title"]) for p in parse_people("Thai Deputy Prime Minister Gen Tom Berg")] == [
        ("Tom Berg", "Deputy Prime Minister")]
    assert [p["name"] for p in parse_people("Lt-Gen Ana Ruiz and senior military officers")] == ["Ana Ruiz"]
    assert [p["name"] for p in parse_people("Genevieve Ruiz")] == ["Genevieve Ruiz"]


def test_an_office_written_with_also_belongs_to_the_name_before_it():
    # "Vice Premier X, also the chief of ..., and Y": X's further office, never Y's title.
    (ma, ana) = parse_people("Chinese Vice Premier Ma Lin, also the chief of the Chinese side of the Example "
                             "Dialogue, and Portuguese Foreign Minister Ana Costa")
    assert (ma["title"], ma["also"]) == ("Vice Premier", ["chief of the Chinese side of the Example Dialogue"])
    assert (ana["title"], ana["also"]) == ("Foreign Minister", [])
    (ma,) = parse_people("Ma Lin, head of the Example Department, also chairman of the Example Party")
    assert (ma["title"], ma["organization"], ma["also"]) == ("head", "Example Department", ["chairman of the Example Party"])
    (ma,) = parse_people("Ma Lin, head of the Example Department and also chairman of the Example Party")
    assert (ma["organization"], ma["also"]) == ("Example Department", ["chairman of the Example Party"])
    # (a phrase cut after the name: the "also" office is no one's)
    (ana,) = parse_people("also the chief of the Example Dialogue, and Foreign Minister Ana Costa")
    assert (ana["title"], ana["organization"]) == ("Foreign Minister", None)


def test_an_organization_stops_where_the_sentence_goes_on_and_a_clause_is_no_title():
    cases = {
        "Ana Costa, President of the Example Party as well as nearly 50 envoys": "Example Party",
        "Ana Costa, head of the Example Department and updated his host about the congress": "Example Department",
        "Ana Costa, Secretary of the Example Commission—the Prime Minister's Office said": "Example Commission",
        "Ana Costa, President of the Example Forum on 19 June": "Example Forum",
    }
    for phrase, org in cases.items():
        (p,) = parse_people(phrase)
        assert (p["name"], p["organization"]) == ("Ana Costa", org), phrase
    (p,) = parse_people("Ana Costa, is scheduled to visit Lisbon tomorrow")
    assert (p["name"], p["title"]) == ("Ana Costa", None)


def test_a_portfolio_of_several_fields_before_an_honorific_and_the_name():
    # "Minister of Environment, Water and Climate Mrs. X": the honorific, not the last field, opens the name.
    (p,) = parse_people("Minister of Lands, Water and Climate Mrs. Ana Costa")
    assert (p["name"], p["title"]) == ("Ana Costa", "Minister of Lands, Water and Climate")
    (p,) = parse_people("Minister of Lands, Agriculture and Rural Resettlement Mr. Rui Lopes")
    assert (p["name"], p["title"]) == ("Rui Lopes", "Minister of Lands, Agriculture and Rural Resettlement")
    # (a second office after "and" stays one)
    (p,) = parse_people("Secretary of State and Minister Ana Costa")
    assert (p["title"], p["also"]) == ("Secretary of State", ["Minister"])


def test_chief_of_staff_to_a_leader_is_one_office():
    (p,) = parse_people("the Chief of Staff to the President, Professor Rui Lopes")
    assert (p["name"], p["title"], p["organization"]) == ("Rui Lopes", "Chief of Staff to the President", None)
    (p,) = parse_people("Ana Costa, Chief of Staff of the Example Army")
    assert (p["title"], p["organization"]) == ("Chief of Staff", "Example Army")


def test_deputy_chief_of_mission_is_one_office_and_a_time_after_an_office_is_no_part_of_it():
    (p,) = parse_people("Deputy Chief of Mission Rui Lopes")
    assert (p["title"], p["organization"]) == ("Deputy Chief of Mission", None)
    for phrase in ("Ana Costa, Portuguese Ambassador to China on February 9th", "Ana Costa, Ambassador to China on Monday"):
        (p,) = parse_people(phrase)
        assert p["title"] == "Ambassador to China", phrase
    (p,) = parse_people("Ana Costa, Special Envoy on Climate Change")
    assert p["title"] == "Special Envoy on Climate Change"


def test_an_office_in_a_bureau_and_a_person_after_and_an_honorific():
    (p,) = parse_people("Ms. Ana Costa, US Assistant Secretary of State in the Bureau of Legislative Affairs")
    assert (p["title"], p["organization"], p["country"]) == ("Assistant Secretary of State", "Bureau of Legislative Affairs", "USA")
    (p,) = parse_people("Ana Costa, Chairman of the Example Group in the European Parliament")
    assert (p["title"], p["organization"]) == ("Chairman", "Example Group in the European Parliament")
    people = parse_people("Mr. Ma Lin, Deputy Director-General of the Department of Exchanges, Example Committee "
                          "and Mr. Rui Lopes, Political Counsellor of the Example Embassy")
    assert [p["name"] for p in people] == ["Ma Lin", "Rui Lopes"]


def test_a_given_name_the_vocabulary_knows_after_an_honorific():
    (p,) = parse_people("Mr. Christian Lopes, Political Counsellor of the Example Embassy")
    assert (p["name"], p["title"]) == ("Christian Lopes", "Political Counsellor")
    # (an office after an honorific is still no name)
    assert is_pure_name("Mr. Christian Lopes") and not is_pure_name("H.E. Ambassador Lopes")


def test_a_portfolio_plural_noun_before_a_name_is_no_part_of_it():
    (p,) = parse_people("Federal Minister for Planning Development & Special Initiatives Rui Lopes")
    assert (p["name"], p["title"]) == ("Rui Lopes", "Federal Minister for Planning Development & Special Initiatives")
    (p,) = parse_people("Head of the Commission for External Relations Ana Costa")
    assert p["name"] == "Ana Costa"


def test_party_general_secretary_is_one_office():
    (p,) = parse_people("Party General Secretary Rui Lopes")
    assert (p["title"], p["organization"]) == ("Party General Secretary", None)
    (p,) = parse_people("Example Party Secretary General Ana Costa")
    assert (p["title"], p["organization"]) == ("Secretary General", "Example Party")


def test_a_body_before_a_hyphened_office_and_an_organization_cut_at_led_by():
    (p,) = parse_people("National Assembly Vice-Chairperson Ana Costa")
    assert (p["title"], p["organization"]) == ("Vice-Chairperson", "National Assembly")
    (p,) = parse_people("Ana Costa, President of the Example Association (EA) led by its President")
    assert p["organization"] == "Example Association (EA)"


def test_a_title_case_headline_verb_is_no_name():
    assert parse_people("Example Council Speaks Highly") == []
    assert [p["name"] for p in parse_people("Ambassador Ana Costa Meets")] == ["Ana Costa"]


def test_a_name_with_post_nominal_letters_then_an_office():
    (p,) = parse_people("Rui Lopes MP, Chairman of the Example Group")
    assert (p["name"], p["title"]) == ("Rui Lopes", "Chairman")
    (p,) = parse_people("Rui Lopes MP")
    assert (p["name"], p["title"]) == ("Rui Lopes", "MP")


def test_an_office_for_two_fields_joined_by_and_is_one_office():
    (p,) = parse_people("Ana Costa, EU Commissioner for Health and Food Safety")
    assert (p["name"], p["title"]) == ("Ana Costa", "Commissioner for Health and Food Safety")
    (p,) = parse_people("Commissioner for Health and Food Safety Ana Costa")
    assert (p["name"], p["title"]) == ("Ana Costa", "Commissioner for Health and Food Safety")
    (p,) = parse_people("Ana Costa, Minister for Europe and Foreign Affairs")
    assert p["title"] == "Minister for Europe and Foreign Affairs"


def test_words_of_bodies_events_and_days_are_no_part_of_a_name():
    assert [p["name"] for p in parse_people("Director of Political Section Rui Lopes")] == ["Rui Lopes"]
    assert [p["name"] for p in parse_people("His Excellency Ana Costa")] == ["Ana Costa"]
    assert [p["name"] for p in parse_people("Senior official Ana Costa Saturday")] == ["Ana Costa"]
    assert parse_people("the Example Philharmonic Orchestra") == []
    # (a typo's singular: "Vice-minister for Foreign Affair X")
    assert [p["name"] for p in parse_people("Chinese Vice-minister for Foreign Affair Rui Zhao")] == ["Rui Zhao"]


def test_fijian_ratu_is_an_honorific_and_rear_admiral_a_rank_before_a_name():
    # (and Cambodia's "Kitti Tesaphibal", as "Samdech" is)
    assert [p["name"] for p in parse_people("Prime Minister-designate Kitti Tesaphibal Rui Lopes")] == ["Rui Lopes"]
    assert [p["name"] for p in parse_people("Kittitesaphibal Rui Lopes, Prime Minister")] == ["Rui Lopes"]
    assert [(p["name"], p["title"]) for p in parse_people("President Ratu Rui Lopes")] == [("Rui Lopes", "President")]
    assert [(p["name"], p["title"]) for p in parse_people("Commander of the Example Navy Rear Admiral Ana Costa")] == [
        ("Ana Costa", "Commander")]


def test_a_surname_that_is_a_country_name_ends_a_name():
    (p,) = parse_people("Rui Kumar Nepal, Chairperson of the Example Party")
    assert (p["name"], p["title"]) == ("Rui Kumar Nepal", "Chairperson")
    (p,) = parse_people("Chinese Ambassador to Nepal Ana Costa")
    assert (p["name"], p["country"]) == ("Ana Costa", "CHN")


def test_an_ambassador_to_a_state_named_in_its_long_form_keeps_the_whole_office():
    assert split_role("Ambassador to the Kingdom of Tonga") == ("Ambassador to the Kingdom of Tonga", None, None)
    assert [(p["title"], p["country"]) for p in parse_people("Chinese Ambassador to the Republic of Fiji Ma Lin")] == [
        ("Ambassador to the Republic of Fiji", "CHN")]


def test_portfolios_of_posts_telecommunications_and_local_government_are_offices_not_bodies():
    assert [(p["title"], p["organization"]) for p in parse_people("Tom Hale, Minister of Posts and Telecommunications")] == [
        ("Minister of Posts and Telecommunications", None)]
    assert [(p["title"], p["organization"]) for p in parse_people("Minister of Local Government Ana Ruiz")] == [
        ("Minister of Local Government", None)]
    assert [(p["title"], p["organization"]) for p in parse_people("Minister of Mineral Resources Ana Ruiz")] == [
        ("Minister of Mineral Resources", None)]


def test_a_group_or_a_style_after_an_office_is_no_more_of_that_office():
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people(
        "Mr. Tom Hale, Minister of Posts and Telecommunications, representatives of the Cabinet and the management of the Ministry")] == [
        ("Tom Hale", "Minister of Posts and Telecommunications", None)]
    assert [(p["name"], p["title"]) for p in parse_people(
        "His Excellency Ma Lin, Ambassador to the Kingdom of Tonga, Her Royal Highness and President of the Association Ana Ruiz")] == [
        ("Ma Lin", "Ambassador to the Kingdom of Tonga"), ("Ana Ruiz", "President")]


def test_a_dotted_acronym_or_a_field_between_a_bodys_acronym_and_its_office():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("U.N. Secretary-General Tom Hale")] == [
        ("Secretary-General", "U.N.", None)]
    assert [(p["title"], p["organization"]) for p in parse_people("EU Agriculture Commissioner Tom Hale")] == [
        ("Agriculture Commissioner", "EU")]
    assert [(p["title"], p["country"]) for p in parse_people("U.S. Trade Representative Tom Hale")] == [
        ("Trade Representative", "USA")]


def test_a_country_of_two_or_three_words_opening_an_office_is_its_country():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("New Zealand Labour Party leader Tom Hale")] == [
        ("leader", "Labour Party", "NZL")]
    assert [(p["title"], p["country"]) for p in parse_people("Papua New Guinean Prime Minister Tom Hale")] == [("Prime Minister", "PNG")]
    assert [(p["title"], p["country"]) for p in parse_people("New Ambassador Tom Hale")] == [("Ambassador", None)]


def test_an_office_held_under_one_named_person_is_the_office_alone():
    assert [(p["title"], p["country"]) for p in parse_people("Hale's senior adviser and son-in-law Tom Ruiz")] == [("senior adviser", None)]
    assert [(p["title"], p["country"]) for p in parse_people("China's special envoy Ma Lin")] == [("special envoy", "CHN")]


def test_a_phrase_cut_after_its_name_at_and_gives_no_office_and():
    assert [(p["name"], p["title"]) for p in parse_people("the party's national president, Tom Hale, and")] == [
        ("Tom Hale", "national president")]
    assert [(p["name"], p["title"]) for p in parse_people("Tom Hale and")] == [("Tom Hale", None)]


def test_a_single_name_after_director_and_a_place_after_a_name():
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people(
        "Director Hale of the Bureau of Military Policy")] == [("Hale", "Director", "Bureau of Military Policy")]
    assert [(p["name"], p["title"]) for p in parse_people("Examplia's president, Tom Hale, in Examplia's capital city")] == [
        ("Tom Hale", "president")]


def test_a_one_word_name_before_a_lower_case_office_and_others_counted_after_a_list():
    assert [(p["name"], p["title"]) for p in parse_people("Legqog, chairman of the Example Region")] == [("Legqog", "chairman")]
    assert parse_people("Thursday, the minister") == [] and parse_people("Beijing, capital of China") == []
    assert [(p["name"], p["title"]) for p in parse_people(
        "Tom Hale, the Malaysian ambassador to China, Ma Lin, the Singaporean ambassador to China and five other foreign diplomats")] == [
        ("Tom Hale", "ambassador to China"), ("Ma Lin", "ambassador to China")]


def test_a_one_word_name_before_a_capitalised_office_of_a_body():
    # missions name a foreign official by surname alone: "met with Hartogh, Director of ..."
    p = one("Verbeek, Director of Asia Department, Ministry of Foreign Affairs of the Netherlands")
    assert (p["name"], p["title"], p["country"]) == ("Verbeek", "Director", "NLD")
    assert parse_people("Beijing, Capital of China") == [] and parse_people("Tuesday, Director of the Office") == []


def test_a_plural_office_before_names_is_each_ones_and_more_office_words():
    assert [(p["name"], p["title"]) for p in parse_people("Deputy Commissioners Ma Lin and Li Jun")] == [
        ("Ma Lin", "Deputy Commissioner"), ("Li Jun", "Deputy Commissioner")]
    assert [(p["name"], p["title"]) for p in parse_people("Vice Chairmen Ma Lin and Li Jun, Director Wu Bo and Tom Hale")] == [
        ("Ma Lin", "Vice Chairman"), ("Li Jun", "Vice Chairman"), ("Wu Bo", "Director"), ("Tom Hale", None)]
    assert [(p["name"], p["title"], p["country"]) for p in parse_people("US Representatives Tom Hale and Jim Low")] == [
        ("Tom Hale", "Representative", "USA"), ("Jim Low", "Representative", "USA")]
    assert [(p["name"], p["title"]) for p in parse_people("former Prime Ministers Tom Hale and Jim Low")] == [
        ("Tom Hale", "former Prime Minister"), ("Jim Low", "former Prime Minister")]
    # (a plural inside a body's or a country's name is no plural office: "Chairman of the House of
    # Representatives X", "Ambassador to the United States X")
    assert [(p["name"], p["title"]) for p in parse_people("Ambassador to the United States Tom Hale")] == [
        ("Tom Hale", "Ambassador to the United States")]
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people("Chairman of the House of Representatives Tom Hale")] == [
        ("Tom Hale", "Chairman", "House of Representatives")]
    assert [(p["name"], p["title"]) for p in parse_people("Ma Lin, Li Jun, and Bo Chen, Consul Generals of China in A, B and C")] == [
        ("Ma Lin", "Consul General"), ("Li Jun", "Consul General"), ("Bo Chen", "Consul General")]
    assert [(p["name"], p["title"]) for p in parse_people("Garrison Political Commissar Ma Lin")] == [
        ("Ma Lin", "Garrison Political Commissar")]
    assert [(p["name"], p["title"]) for p in parse_people("Minister for Trade Promotion Tom Hale")] == [
        ("Tom Hale", "Minister for Trade Promotion")]


def test_who_is_also_an_office_spanish_particles_and_a_cantonese_on():
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people(
        "Ma Lin, who is also a member of the Example Bureau")] == [("Ma Lin", "member", "Example Bureau")]
    # (what X is doing names someone who is not there)
    assert [p["name"] for p in parse_people("State Councilor Ma Lin, who is accompanying President Bo Chen on his visit")] == [
        "Ma Lin"]
    assert [p["name"] for p in parse_people("State Secretary Carlos Example de los Montes")] == ["Carlos Example de los Montes"]
    assert [(p["name"], p["title"]) for p in parse_people("former Chief Executive Chui Sai On")] == [
        ("Chui Sai On", "former Chief Executive")]
    assert parse_people("On March") == []


def test_an_envoy_of_a_named_leader_and_portfolio_words_before_a_name():
    # (the leader the envoy serves is no one present, and no body)
    assert [(p["name"], p["title"], p["organization"], p["country"]) for p in parse_people(
        "Tom Hale, the special envoy of Japan's Prime Minister Jim Low")] == [("Tom Hale", "special envoy", None, "JPN")]
    assert [p["name"] for p in parse_people("Under-Secretary-General for Management Strategy, Policy and Compliance Ann Lee")] == [
        "Ann Lee"]
    assert [p["name"] for p in parse_people("Coordinating Minister of Strategic Sectors Ann Lee")] == ["Ann Lee"]


def test_an_office_of_a_countrys_ruling_party_and_the_city_after_its_acronym():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people(
        "Tom Hale, secretary general of South Africa's ruling Example Congress (EC) in Cape Town")] == [
        ("secretary general", "Example Congress (EC)", "ZAF")]


def test_a_senators_short_style_is_no_part_of_the_name():
    assert [p["name"] for p in parse_people("Sen. Tom Hale, Deputy Chief of Staff")] == ["Tom Hale"]
    assert [(p["name"], p["title"]) for p in parse_people("the Hon. Tom Hale, Prime Minister of The Bahamas")] == [
        ("Tom Hale", "Prime Minister")]


def test_a_clause_after_an_office_is_no_part_of_it():
    assert [(p["name"], p["title"]) for p in parse_people("Tom Hale, Minister for Agriculture was the chief guest on the occasion")] == [
        ("Tom Hale", "Minister for Agriculture")]


def test_an_office_from_a_body_or_a_place():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("Tom Hale, a senior official from the Ministry of Commerce")] == [
        ("senior official", "Ministry of Commerce", None)]
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("Tom Hale, a lawmaker from Japan")] == [
        ("lawmaker", None, "JPN")]


def test_a_body_glossed_in_parentheses_before_or_after_an_office():
    assert [(p["title"], p["organization"]) for p in parse_people("Federation Council (upper house of the parliament) Chairman Tom Hale")] == [
        ("Chairman", "Federation Council (upper house of the parliament)")]
    assert [(p["title"], p["organization"]) for p in parse_people("State Duma (lower house) Speaker Tom Hale")] == [
        ("Speaker", "State Duma (lower house)")]
    assert [(p["title"], p["organization"]) for p in parse_people("Tom Hale, chairman of the Federation Council (upper house of the parliament)")] == [
        ("chairman", "Federation Council (upper house of the parliament)")]


def test_a_countrys_own_name_opening_a_partys_stays_in_the_body_and_northern_ireland_is_british():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("Pakistan Peoples Party Chairman Tom Hale")] == [
        ("Chairman", "Pakistan Peoples Party", "PAK")]
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people("Pakistani Prime Minister Tom Hale")] == [
        ("Prime Minister", None, "PAK")]
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people(
        "Tom Hale, Minister for Communities of Northern Ireland")] == [("Minister for Communities", "Northern Ireland", "GBR")]


def test_an_award_won_is_no_part_of_a_body():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Tom Hale, honorary president of the Example Association and winner of the Example Friendship Award")] == [
        ("honorary president", "Example Association")]


def test_a_ministry_before_its_office_a_particle_with_an_apostrophe_and_a_country_with_its_acronym():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Ministry of Foreign Affairs Director-General for Asian Affairs Tom Hale")] == [("Director-General for Asian Affairs", "Ministry of Foreign Affairs")]
    assert [p["name"] for p in parse_people("Ambassador Tom Poivre d'Arvor")] == ["Tom Poivre d'Arvor"]
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people(
        "Tom Hale, Minister of Foreign Affairs and Trade of the Republic of Korea (ROK)")] == [("Minister of Foreign Affairs and Trade", None, "KOR")]
    assert [(p["name"], p["title"]) for p in parse_people("Minister of Foreign Affairs and Worship Tom Hale")] == [
        ("Tom Hale", "Minister of Foreign Affairs and Worship")]
    assert [(p["name"], p["title"]) for p in parse_people("Tom Hale, on the occasion of his visit to the Kingdom")] == [("Tom Hale", None)]


def test_a_name_before_a_places_kind_is_a_place_and_an_organizer_is_an_office():
    assert [(p["name"], p["title"]) for p in parse_people(
        "Ma Lin, member of the Central Committee and Secretary of the Party Committee of China's Guangxi Zhuang Autonomous Region")] == [
        ("Ma Lin", "member")]
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people("PTI Chief Organizer Tom Hale")] == [
        ("Tom Hale", "Chief Organizer", "PTI")]


def test_comrade_written_cde_is_an_honorific():
    assert [p["name"] for p in parse_people("Cde Tom Hale")] == ["Tom Hale"]
    assert [(p["name"], p["title"]) for p in parse_people("Secretary for External Affairs Cde Tom Hale")] == [
        ("Tom Hale", "Secretary for External Affairs")]


def test_a_countrys_long_name_bhutans_lyonpo_and_a_papers_name_before_a_person():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people(
        "Republic of Montenegro parliament speaker Tom Hale")] == [("speaker", "Republic of Montenegro parliament", "MNE")]
    assert [(p["name"], p["title"]) for p in parse_people("Prime Minister Lyonpo Tom Hale")] == [("Tom Hale", "Prime Minister")]
    assert [(p["name"], p["title"]) for p in parse_people("Publisher of the Washington Post Ana Ruiz")] == [("Ana Ruiz", "Publisher")]
    assert [(p["title"], p["organization"]) for p in parse_people("Tom Hale, Director of Policy Planning")] == [
        ("Director of Policy Planning", None)]


def test_the_as_a_vietnamese_middle_name():
    assert [(p["name"], p["title"]) for p in parse_people("Deputy Minister Nguyen The Phuong")] == [("Nguyen The Phuong", "Deputy Minister")]
    assert [p["name"] for p in parse_people("Dinh The Huynh, a member of the Political Bureau")] == ["Dinh The Huynh"]
    assert parse_people("The Hague") == []


def test_a_clause_before_an_office_is_no_part_of_it():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "This was stated by Chairperson of the Council of the Republic Ana Ruiz")] == [("Chairperson", "Council of the Republic")]
    assert [p["title"] for p in parse_people("This is after the Deputy Prime Minister Tom Hale")] == ["Deputy Prime Minister"]
    assert [p["title"] for p in parse_people("farewell courtesy call from outgoing Chinese Ambassador Ma Lin")] == ["Ambassador"]


def test_a_countrys_long_name_in_the_possessive():
    assert [(p["title"], p["organization"], p["country"]) for p in parse_people(
        "the People's Republic of China's new Ambassador to Solomon Islands, Ma Lin")] == [("Ambassador to Solomon Islands", None, "CHN")]
    assert [(p["title"], p["country"]) for p in parse_people("the Republic of Korea's Foreign Minister Tom Hale")] == [("Foreign Minister", "KOR")]


def test_lord_before_a_full_name_and_miss_after_an_office_are_honorifics():
    assert [p["name"] for p in parse_people("Lord Tom Hale")] == ["Tom Hale"]
    assert [p["name"] for p in parse_people("Lord Hale")] == ["Lord Hale"]
    assert [(p["name"], p["title"]) for p in parse_people("Director of the Political Department Miss Ana Ruiz")] == [("Ana Ruiz", "Director")]


def test_a_body_ends_before_a_second_office_or_the_building_it_met_in_and_a_college_is_a_body():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Tom Hale, chairman of the Example Committee on Security and the next minister of Finance of the Example Party")] == [
        ("chairman", "Example Committee on Security")]
    assert [p["organization"] for p in parse_people("Tom Hale, Secretary General of EPF-Examplia at EPF Headquarter in Town")] == [
        "EPF-Examplia"]
    assert [(p["title"], p["organization"]) for p in parse_people("Tom Hale, President of College of Examplia")] == [
        ("President", "College of Examplia")]


def test_a_bodys_possessive_inside_an_office_is_no_persons():
    assert [(p["title"], p["organization"]) for p in parse_people("Tom Hale, Director of the State Council's research office")] == [
        ("Director", "State Council's research office")]


def test_a_nationalitys_office_after_and_opens_the_next_person_when_the_first_ones_came_after_its_name():
    assert [(p["name"], p["title"], p["also"]) for p in parse_people(
        "Tom Hale, vice-president of the National Assembly, and Cambodian Deputy Prime Minister and Foreign Minister Ma Lin")] == [
        ("Tom Hale", "vice-president", []), ("Ma Lin", "Deputy Prime Minister", ["Foreign Minister"])]
    assert [(p["name"], p["title"], p["also"]) for p in parse_people("Tom Hale, Minister of Trade and Kenyan Ambassador to China")] == [
        ("Tom Hale", "Minister of Trade", ["Kenyan Ambassador to China"])]


def test_words_of_offices_places_and_programmes_are_no_part_of_a_name():
    assert [(p["name"], p["title"]) for p in parse_people("County Treasurer Ana Ruiz")] == [("Ana Ruiz", "County Treasurer")]
    assert [(p["name"], p["title"]) for p in parse_people("District Manager Tom Hale")] == [("Tom Hale", "District Manager")]
    assert [p["name"] for p in parse_people("Consul General in New York Ma Lin")] == ["Ma Lin"]
    assert parse_people("Young Cultural Ambassadors") == [] and parse_people("Training Program") == []


def test_words_of_events_and_groupings_are_no_part_of_a_name():
    assert parse_people("the ASEAN Plus Three") == [] and parse_people("the Summer Davos") == []
    assert parse_people("the Loya Jirga") == [] and parse_people("the Experts Technical Team") == []


def test_a_portfolio_over_two_fields_before_the_name():
    people = parse_people("Indian Minister of Petroleum and Natural Gas Tom Hale, Japanese Economy, Trade and Industry Minister Ma Lin")
    assert [(p["name"], p["title"], p["country"]) for p in people] == [
        ("Tom Hale", "Minister of Petroleum and Natural Gas", "IND"), ("Ma Lin", "Economy, Trade and Industry Minister", "JPN")]


def test_a_countrys_possessive_after_its_acronym():
    [p] = parse_people("The Democratic People's Republic of Korea (DPRK)'s leader Tom Hale")
    assert (p["name"], p["title"], p["country"]) == ("Tom Hale", "leader", "PRK")


def test_irish_offices():
    people = parse_people("the Ceann Comhairle Tom Hale, Former Taoiseach Ma Lin and Tánaiste Bo Chen")
    assert [(p["name"], p["title"]) for p in people] == [("Tom Hale", "Ceann Comhairle"), ("Ma Lin", "Former Taoiseach"),
                                                         ("Bo Chen", "Tánaiste")]


def test_union_and_lord_mayor_offices_and_no_body_named_by_a_common_noun():
    people = parse_people("H.E. Dr Tom Hale, Union Minister for Education, and Lord Mayor Ma Lin")
    assert [(p["name"], p["title"], p["organization"]) for p in people] == [
        ("Tom Hale", "Union Minister for Education", None), ("Ma Lin", "Lord Mayor", None)]
    [p] = parse_people("Mr. Bo Chen, the Lord Mayor of the city")
    assert (p["title"], p["organization"]) == ("Lord Mayor", None)


def test_a_date_after_a_name_is_no_part_of_it():
    assert [(p["name"], p["title"]) for p in parse_people("Premier Tom Hale October 8 offered his congratulations")] == [
        ("Tom Hale", "Premier")]
    assert [p["name"] for p in parse_people("Prime Minister Theresa May")] == ["Theresa May"]


def test_a_councillors_cr_a_convener_and_bodies_ending_in_hall_or_branch():
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people("Mayor of the Example Coast Council Cr Tom Hale")] == [
        ("Tom Hale", "Mayor", "Example Coast Council")]
    assert [(p["name"], p["title"]) for p in parse_people("Deputy Convener Ma Lin MSP")] == [("Ma Lin", "Deputy Convener")]
    assert [(p["name"], p["organization"]) for p in parse_people("Tom Hale, Deputy Chairman of Example Chinese Town Hall (ECTH)")] == [
        ("Tom Hale", "Example Chinese Town Hall (ECTH)")]
    assert [p["name"] for p in parse_people("Ma Lin, First Vice President of Example Chamber of Commerce, Java Branch")] == ["Ma Lin"]


def test_a_portfolio_over_two_fields_then_a_list_of_secretaries():
    people = parse_people("Virginia Secretary of Agriculture and Forestry Tom Hale, Secretary of Education Ma Lin")
    assert [(p["name"], p["title"]) for p in people] == [("Tom Hale", "Virginia Secretary of Agriculture and Forestry"),
                                                         ("Ma Lin", "Secretary of Education")]


def test_an_envoy_of_a_whole_government():
    [p] = parse_people("Tom Hale, Special Representative of the Chinese Government on Eurasian Affairs")
    assert (p["title"], p["organization"], p["country"]) == ("Special Representative", None, "CHN")


def test_opposition_before_a_common_noun_is_part_of_the_body():
    [p] = parse_people("Tom Hale, Leader of the opposition wing in the Example Parliament")
    assert p["organization"] == "opposition wing in the Example Parliament"
    [p] = parse_people("Ma Lin, leader of the opposition Example Party")
    assert p["organization"] == "Example Party"


def test_a_mechanism_or_initiative_named_in_capitals_is_no_person():
    assert parse_people("the 2024 China-Freedonia Ruling Party Governance Exchange Mechanism") == []
    assert parse_people("the Example Peace Initiative Platform") == []


def test_given_names_that_are_also_ideals_are_names():
    for first in ("Unity", "Freedom", "Peace", "Dignity"):
        assert [p["name"] for p in parse_people(f"{first} Hale, Minister of International Affairs and Cooperation")] == [f"{first} Hale"]
    # (a battle's victory is no one: "the celebration of the Dien Bien Phu Victory")
    assert parse_people("Dien Bien Phu Victory") == []
    got = parse_people("former Secretary General of the Organization of African Unity Ana Ruiz")
    assert [(p["name"], p["organization"]) for p in got] == [("Ana Ruiz", "Organization of African Unity")]


def test_two_office_words_glued_together_are_no_part_of_the_name():
    assert [(p["name"], p["title"]) for p in parse_people("former US StateSecretary Tom Hale")] == [("Tom Hale", "former StateSecretary")]
    assert [p["name"] for p in parse_people("Ana McDonald and Jim DeVos")] == ["Ana McDonald", "Jim DeVos"]


def test_a_kyrgyz_patronymic_son_of_or_daughter_of_is_part_of_the_name():
    got = parse_people("Kyrgyz Parliament Speaker Ana Tomasbek uulu, Kyrgyz State Secretary Tom Hale")
    assert [(p["name"], p["title"]) for p in got] == [("Ana Tomasbek uulu", "Speaker"), ("Tom Hale", "State Secretary")]
    assert [p["name"] for p in parse_people("Eva Lindova kyzy, Deputy Speaker")] == ["Eva Lindova kyzy"]


def test_a_royal_named_by_one_name_keeps_the_style_and_a_nationality_alone_is_no_office():
    got = parse_people("British Prince Andrew")
    assert [(p["name"], p["title"], p["country"]) for p in got] == [("Prince Andrew", None, "GBR")]
    assert [p["name"] for p in parse_people("Princess Anne")] == ["Princess Anne"]
    assert [(p["name"], p["title"]) for p in parse_people("Crown Prince Ali bin Salman")] == [("Ali bin Salman", "Crown Prince")]
    assert [(p["name"], p["title"], p["country"]) for p in parse_people("British Tom Hale")] == [("Tom Hale", None, "GBR")]


def test_a_lists_tail_after_an_office_and_a_spaced_h_e_are_no_part_of_it():
    assert [(p["name"], p["title"]) for p in parse_people(
        "Mr. Tom Hale, Secretary of State for Land and Property and other Timorese dignitaries")] == [
        ("Tom Hale", "Secretary of State for Land and Property")]
    got = parse_people("Mr. Ma Lin, Counselor of Science and Technology, and Mr. Li Ping, Commissioner of Education, both from the "
                       "Chinese Embassy")
    assert [(p["name"], p["title"]) for p in got] == [("Ma Lin", "Counselor of Science and Technology"),
                                                      ("Li Ping", "Commissioner of Education")]
    assert [(p["name"], p["title"]) for p in parse_people("Chinese Ambassador to Estonia H. E. Ma Lin")] == [
        ("Ma Lin", "Ambassador to Estonia")]
    assert [(p["name"], p["title"]) for p in parse_people("Chinese Defense Attaché Major General Ma Lin")] == [
        ("Ma Lin", "Defense Attaché")]


def test_a_world_bodys_office_for_a_portfolio_keeps_the_portfolio_in_the_title():
    got = parse_people("High Representative of the European Union for Foreign Affairs and Security Policy Tom Hale")
    assert [(p["title"], p["organization"]) for p in got] == [("High Representative for Foreign Affairs and Security Policy",
                                                              "European Union")]
    # (a body whose own name has "for" keeps it)
    got = parse_people("Head of the UN Regional Centre for Preventive Diplomacy in Central Asia Tom Hale")
    assert got[0]["organization"].startswith("UN Regional Centre for Preventive Diplomacy")


def test_a_countrys_body_written_with_its_possessive_keeps_it():
    [p] = parse_people("Tom Hale, vice chairman of China's Central Military Commission (CMC)")
    assert (p["organization"], p["country"]) == ("China's Central Military Commission (CMC)", "CHN")
    # (but a party with its stance or the word "party" around it is the party's name alone)
    [p] = parse_people("Tom Hale, secretary general of South Africa's ruling African National Congress (ANC)")
    assert (p["organization"], p["country"]) == ("African National Congress (ANC)", "ZAF")


def test_two_offices_and_names_joined_by_and_share_the_body_written_after_both():
    got = parse_people("Counsellor Tom Hale and Attache Ana Ruiz of the Chinese Embassy")
    assert [(p["name"], p["organization"], p["country"]) for p in got] == [
        ("Tom Hale", "Chinese Embassy", "CHN"), ("Ana Ruiz", "Chinese Embassy", "CHN")]
    # (not a country: "A and Foreign Minister B of Dominica" is B's; nor an office written after the first name)
    got = parse_people("Vice Foreign Minister Ma Lin and Foreign Minister Tom Hale of the Commonwealth of Dominica")
    assert (got[0]["country"], got[1]["country"]) == (None, "DMA")
    got = parse_people("Tom Hale, Lidington's Special Adviser, and Minister Ma Lin of the Chinese Embassy")
    assert got[0]["organization"] is None
    # (the pair anywhere in a list, not only at its end)
    got = parse_people("Mayor Ana Ruiz, Vice-Chancellor Tom Hale and Deputy Vice-Chancellor Ma Lin of Example University, "
                       "Sir Bo Li, chairman of Example Press")
    assert [p["organization"] for p in got] == [None, "Example University", "Example University", "Example Press"]


def test_a_style_after_an_office_an_sar_and_a_lists_few_others_are_no_part_of_the_title():
    assert [(p["name"], p["title"]) for p in parse_people("Chief of Protocol Ambassador Tom Hale")] == [("Tom Hale", "Chief of Protocol")]
    assert [p["title"] for p in parse_people("NGA Vice Chair Governor Tom Hale")] == ["Vice Chair"]
    assert [p["title"] for p in parse_people("Deputy Ambassador Tom Hale")] == ["Deputy Ambassador"]
    assert [(p["title"], p["country"]) for p in parse_people("Hong Kong Special Administrative Region Chief Executive Tom Hale")] == [
        ("Chief Executive", "HKG")]
    assert [p["title"] for p in parse_people("Tom Hale, former secretary of treasury, and a few others")] == ["former secretary of treasury"]


def test_sayyid_after_an_office_is_an_honorific():
    assert [(p["name"], p["title"]) for p in parse_people("Omani Deputy Prime Minister Sayyid Tom bin Hale Al Said")] == [
        ("Tom bin Hale Al Said", "Deputy Prime Minister")]


def test_a_name_after_a_portfolios_one_word_after_for():
    got = parse_people("Under-Secretary-General of the UN for Counter-Terrorism Tom Hale, Assistant Secretary-General of the UN for "
                       "Africa Ana Maria Ruiz Low")
    assert [(p["name"], p["title"]) for p in got] == [("Tom Hale", "Under-Secretary-General for Counter-Terrorism"),
                                                      ("Ana Maria Ruiz Low", "Assistant Secretary-General for Africa")]
    # (no name in "for World War II" or "for Asia Pacific Strategy")
    assert parse_people("the victory in the war, Russia's term for World War II") == []


def test_one_name_after_a_general_office():
    assert [(p["name"], p["title"], p["organization"]) for p in parse_people("UN Secretary General Hale")] == [
        ("Hale", "Secretary General", "UN")]
    assert [(p["name"], p["title"]) for p in parse_people("Brigade General Hale")] == [("Hale", "Brigade General")]


def test_chiefs_of_staffs_and_of_operations_are_whole_offices():
    assert [(p["title"], p["organization"]) for p in parse_people(
        "Chief of the Naval staff, Admiral Tom Hale and Chief of Naval Operations Admiral Ma Lin")] == [
        ("Chief of the Naval staff", None), ("Chief of Naval Operations", None)]


def test_a_military_rank_next_to_an_office_is_no_office():
    # the office before the comma, the rank after it
    [p] = parse_people("Vice Chairman of the Example Military Commission, General Ma Lin")
    assert (p["title"], p["organization"]) == ("Vice Chairman", "Example Military Commission")
    # the rank before the name, the office after it
    [p] = parse_people("Senior Lieutenant General Tom Hale, member of the Secretariat of the Example Party")
    assert (p["title"], p["organization"]) == ("member", "Secretariat of the Example Party")
    # (a rank alone is all there is)
    [p] = parse_people("General Ma Lin")
    assert p["title"] == "General"


def test_portfolios_of_social_ministries_are_office_words_not_names():
    [p] = parse_people("the Minister for Women, Children, and Poverty Alleviation, Tom Hale")
    assert (p["name"], p["title"]) == ("Tom Hale", "Minister for Women, Children, and Poverty Alleviation")


def test_barrister_before_a_full_name_is_a_style():
    assert [(p["name"], p["title"]) for p in parse_people("Mayor Karachi Barrister Tom Hale")] == [("Tom Hale", "Mayor Karachi")]
    assert parse_people("Barrister Tom Hale")[0]["name"] == "Tom Hale"
