"""Country gazetteer: country names, short names, demonyms and well-known bodies → ISO 3166-1 alpha-3.

Built once at import from pycountry plus a modest hand-kept table of the short names and
demonyms the releases use (Russia, Vietnam, ROK, DPRK, U.S., Pakistani, Lao, ...). The table
is general knowledge, not keyed to any release.

`country_in(text)` answers "which country does this title/organization phrase name?" and
deliberately ignores the destination of "Ambassador to China"-style phrases, because an
ambassador *to* a country belongs to the sending state; `countries_in(text)` lists every
country a running text names. Both scan tokens against a dictionary (longest match first)
rather than one alternation regex of ~1,000 names, which Python's re tries at every position.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Short names, acronyms and demonyms that pycountry's official names miss.
_EXTRA: dict[str, str] = {
    "china": "CHN", "chinese": "CHN", "prc": "CHN", "people's republic of china": "CHN",
    "russia": "RUS", "russian": "RUS", "russian federation": "RUS",
    "vietnam": "VNM", "viet nam": "VNM", "vietnamese": "VNM",
    "laos": "LAO", "lao": "LAO", "iran": "IRN", "iranian": "IRN", "syria": "SYR", "syrian": "SYR",
    "tanzania": "TZA", "tanzanian": "TZA", "bolivia": "BOL", "bolivian": "BOL",
    "venezuela": "VEN", "venezuelan": "VEN", "korea": "KOR", "republic of korea": "KOR",
    "rok": "KOR", "south korea": "KOR", "south korean": "KOR", "korean": "KOR",
    "dprk": "PRK", "north korea": "PRK", "democratic people's republic of korea": "PRK",
    "us": "USA", "u.s.": "USA", "usa": "USA", "united states": "USA", "american": "USA",
    "united states of america": "USA", "the united states": "USA",
    "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR", "british": "GBR",
    "united kingdom": "GBR",
    # the United Kingdom's nations ("Minister for Communities of Northern Ireland" is no Irish office)
    "northern ireland": "GBR", "northern irish": "GBR", "scotland": "GBR", "wales": "GBR", "england": "GBR",
    "pakistani": "PAK", "indian": "IND", "japanese": "JPN", "german": "DEU", "french": "FRA",
    "italian": "ITA", "spanish": "ESP", "portuguese": "PRT", "brazilian": "BRA",
    "mexican": "MEX", "argentine": "ARG", "argentinian": "ARG", "chilean": "CHL",
    "cuban": "CUB", "peruvian": "PER", "colombian": "COL", "uruguayan": "URY",
    "nicaraguan": "NIC", "ecuadorian": "ECU", "canadian": "CAN", "australian": "AUS",
    "new zealand": "NZL", "kiwi": "NZL",
    "egyptian": "EGY", "south african": "ZAF", "nigerian": "NGA", "kenyan": "KEN",
    "ethiopian": "ETH", "ghanaian": "GHA", "zimbabwean": "ZWE", "zambian": "ZMB",
    "mozambican": "MOZ", "angolan": "AGO", "namibian": "NAM", "ugandan": "UGA",
    "rwandan": "RWA", "sudanese": "SDN", "algerian": "DZA", "moroccan": "MAR",
    "tunisian": "TUN", "senegalese": "SEN", "malian": "MLI", "cameroonian": "CMR",
    "congolese": "COG", "republic of the congo": "COG", "congo": "COG", "congo-brazzaville": "COG",
    "congo-kinshasa": "COD", "dr of congo": "COD",
    "dr congo": "COD", "drc": "COD", "malagasy": "MDG", "madagascan": "MDG",
    "liberian": "LBR", "sierra leonean": "SLE", "gabonese": "GAB", "beninese": "BEN",
    "togolese": "TGO", "burundian": "BDI", "malawian": "MWI", "botswanan": "BWA",
    "mauritian": "MUS", "djiboutian": "DJI", "eritrean": "ERI", "somali": "SOM",
    "libyan": "LBY", "guinean": "GIN", "ivorian": "CIV", "cote d'ivoire": "CIV",
    "turkish": "TUR", "turkey": "TUR", "türkiye": "TUR", "israeli": "ISR", "palestinian": "PSE",
    "palestine": "PSE", "saudi": "SAU", "saudi arabian": "SAU", "iraqi": "IRQ",
    "jordanian": "JOR", "lebanese": "LBN", "emirati": "ARE", "uae": "ARE", "qatari": "QAT",
    "kuwaiti": "KWT", "omani": "OMN", "bahraini": "BHR", "yemeni": "YEM",
    "afghan": "AFG", "bangladeshi": "BGD", "nepali": "NPL", "nepalese": "NPL",
    "sri lankan": "LKA", "maldivian": "MDV", "bhutanese": "BTN", "burmese": "MMR",
    "myanmar": "MMR", "thai": "THA", "cambodian": "KHM", "khmer": "KHM", "malaysian": "MYS",
    "singaporean": "SGP", "indonesian": "IDN", "filipino": "PHL", "philippine": "PHL",
    "philippines": "PHL", "bruneian": "BRN", "timorese": "TLS", "east timor": "TLS",
    "mongolian": "MNG", "kazakh": "KAZ", "kazakhstani": "KAZ", "uzbek": "UZB",
    "kyrgyz": "KGZ", "tajik": "TJK", "turkmen": "TKM", "azerbaijani": "AZE",
    "armenian": "ARM", "georgian": "GEO", "ukrainian": "UKR", "belarusian": "BLR",
    "belarus": "BLR", "moldovan": "MDA", "moldova": "MDA", "polish": "POL", "czech": "CZE",
    "czech republic": "CZE", "slovak": "SVK", "hungarian": "HUN", "romanian": "ROU",
    "bulgarian": "BGR", "serbian": "SRB", "croatian": "HRV", "slovenian": "SVN", "slovene": "SVN", "slovakian": "SVK", "myanmarese": "MMR",
    "bosnian": "BIH", "montenegrin": "MNE", "macedonian": "MKD", "north macedonia": "MKD",
    "albanian": "ALB", "greek": "GRC", "cypriot": "CYP", "maltese": "MLT", "austrian": "AUT",
    "swiss": "CHE", "belgian": "BEL", "dutch": "NLD", "netherlands": "NLD",
    "luxembourgish": "LUX", "irish": "IRL", "danish": "DNK", "swedish": "SWE",
    "norwegian": "NOR", "finnish": "FIN", "icelandic": "ISL", "estonian": "EST",
    "latvian": "LVA", "lithuanian": "LTU", "fijian": "FJI", "samoan": "WSM",
    "tongan": "TON", "vanuatuan": "VUT", "papua new guinean": "PNG", "ni-vanuatu": "VUT",
    "solomon islands": "SLB", "micronesia": "FSM", "fsm": "FSM", "kiribati": "KIR",
    "jamaican": "JAM", "trinidadian": "TTO", "barbadian": "BRB", "bajan": "BRB",
    "guyanese": "GUY", "surinamese": "SUR", "dominican": "DOM", "haitian": "HTI",
    "panamanian": "PAN", "costa rican": "CRI", "salvadoran": "SLV", "honduran": "HND",
    "guatemalan": "GTM", "paraguayan": "PRY",
    "scottish": "GBR", "english": "GBR", "welsh": "GBR",
    "cape verde": "CPV", "cape verdean": "CPV", "angloa": "AGO",
    "bolivarian republic of venezuela": "VEN", "kingdom of cambodia": "KHM",
    "federal republic of germany": "DEU", "sri lanka": "LKA",
    "bahamian": "BHS", "belizean": "BLZ", "burkinabe": "BFA", "burkinabé": "BFA", "cabo verdean": "CPV",
    "chadian": "TCD", "comorian": "COM", "swazi": "SWZ", "gambian": "GMB", "basotho": "LSO", "mosotho": "LSO",
    "mauritanian": "MRT", "nigerien": "NER", "seychellois": "SYC", "kittitian": "KNA", "vincentian": "VCT",
    "grenadian": "GRD", "antiguan": "ATG", "saint lucian": "LCA", "st. lucian": "LCA", "marshallese": "MHL",
    "nauruan": "NRU", "palauan": "PLW", "tuvaluan": "TUV", "niuean": "NIU", "andorran": "AND",
    "liechtensteiner": "LIE", "monegasque": "MCO", "sammarinese": "SMR", "laotian": "LAO", "uzbekistani": "UZB",
    "kyrgyzstani": "KGZ", "tajikistani": "TJK", "turkmenistani": "TKM", "somalian": "SOM", "motswana": "BWA",
    "batswana": "BWA", "micronesian": "FSM", "equatorial guinean": "GNQ", "bissau-guinean": "GNB",
    "guinea-bissauan": "GNB", "south sudanese": "SSD", "central african": "CAF", "sao tomean": "STP",
    "solomon islander": "SLB", "cook islands": "COK", "east timorese": "TLS",
    # older transliterations still in the ministries' archives ("Kyrghyz and Kazak Foreign Ministers")
    "kyrghyz": "KGZ", "kirghiz": "KGZ", "kyrghyzstan": "KGZ", "kirghizia": "KGZ", "kazak": "KAZ",
    "kazakstan": "KAZ", "kazakstani": "KAZ", "byelorussian": "BLR", "byelorussia": "BLR",
    # the names countries had when older releases were written, and common short names pycountry lacks
    "macedonia": "MKD", "swaziland": "SWZ", "burma": "MMR", "burmese": "MMR", "ivory coast": "CIV", "brunei": "BRN",
    "vatican": "VAT", "holy see": "VAT", "zaire": "COD", "holland": "NLD",
    # provinces whose names hold another country's ("British Columbia" is Canada's)
    "british columbia": "CAN", "new south wales": "AUS",
}

# Regions whose adjective ends in a demonym: "Union of Latin American Parties" names no country,
# and its "American" is not the United States'. Matched like a name, they yield nothing.
_REGIONS: dict[str, str] = {
    f"{part} {noun}": "" for part in ("latin", "south", "north", "central") for noun in ("america", "american")
}

# Well-known bodies whose country the name alone does not say (kept general and modest).
_BODIES: dict[str, str] = {
    "cpc": "CHN", "idcpc": "CHN", "communist party of china": "CHN", "state council": "CHN",
    "npc": "CHN", "national people's congress": "CHN", "cppcc": "CHN",
    "chinese people's political consultative conference": "CHN",
    "ministry of foreign affairs of china": "CHN", "foreign ministry": "CHN",
    "central commission for foreign affairs": "CHN", "foreign affairs commission": "CHN",
    "politburo of the cpc": "CHN", "focac": "CHN",
    "central committee of the communist party of china": "CHN", "silk road think tank association": "CHN", "srta": "CHN",
    "liberal democratic party of russia": "RUS", "ldpr": "RUS", "state duma": "RUS",
    "united russia": "RUS", "liberal democratic party": "JPN", "ldp": "JPN", "komeito": "JPN",
    "anc": "ZAF", "african national congress": "ZAF", "zanu-pf": "ZWE", "frelimo": "MOZ",
    "mpla": "AGO", "swapo": "NAM", "ccm": "TZA", "chama cha mapinduzi": "TZA",
    "workers' party of korea": "PRK", "wpk": "PRK", "korean people's army": "PRK", "kpa": "PRK",
    "supreme people's assembly": "PRK", "cpv": "VNM", "lprp": "LAO",
    "cambodian people's party": "KHM", "cpp": "KHM", "spd": "DEU", "cdu": "DEU",
    "bundestag": "DEU", "knesset": "ISR", "congress of mexico": "MEX",
    "psuv": "VEN", "brookings institution": "USA", "white house": "USA",
    # parties and parliaments whose names say no country
    "communist party of bohemia and moravia": "CZE", "kscm": "CZE", "awami league": "BGD",
    "bharatiya janata party": "IND", "bjp": "IND", "lok sabha": "IND", "rajya sabha": "IND",
    "akp": "TUR", "fidesz": "HUN", "people's action party": "SGP", "umno": "MYS",
    "united malays national organisation": "MYS", "dewan rakyat": "MYS", "golkar": "IDN", "pdi-p": "IDN",
    "nur otan": "KAZ", "amanat": "KAZ", "mazhilis": "KAZ", "jubilee party": "KEN", "prosperity party": "ETH",
    "pheu thai": "THA", "likud": "ISR", "fatah": "PSE", "paigc": "GNB", "morena": "MEX",
    "fmln": "SLV", "farabundo marti national liberation front": "SLV", "fsln": "NIC",
    "sandinista national liberation front": "NIC", "syriza": "GRC", "akel": "CYP", "psoe": "ESP",
    "people power party": "KOR", "chadema": "TZA", "die linke": "DEU", "christian democratic union": "DEU",
    "christian social union": "DEU", "csu": "DEU", "sejm": "POL", "storting": "NOR", "riksdag": "SWE",
    "folketing": "DNK", "verkhovna rada": "UKR", "jatiya sangsad": "BGD", "state great hural": "MNG",
    "great hural": "MNG", "state great khural": "MNG", "great khural": "MNG",
    # US states, for offices and bodies ("California State Assemblyman", "Governor of Arizona");
    # not in running text, where "Virginia" or "Washington" may be a name (Georgia is a country)
    **{state: "USA" for state in (
        "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois "
        "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi "
        "missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont "
        "virginia wisconsin wyoming").split()},
    "new hampshire": "USA", "new jersey": "USA", "new mexico": "USA", "new york state": "USA",
    "north carolina": "USA", "north dakota": "USA", "south carolina": "USA", "south dakota": "USA",
    "rhode island": "USA", "west virginia": "USA",
}

# Capitals and the other cities datelines name, for a release that names its foreign country
# only there ("Colombo, 12 July 2023 — Foreign Secretary X called on ...").
_CITIES: dict[str, str] = {
    "beijing": "CHN", "shanghai": "CHN", "hong kong": "CHN", "macao": "CHN",
    "moscow": "RUS", "hanoi": "VNM", "ha noi": "VNM", "ho chi minh city": "VNM", "hcm city": "VNM", "da nang": "VNM", "vientiane": "LAO", "phnom penh": "KHM",
    "bangkok": "THA", "yangon": "MMR", "naypyidaw": "MMR", "nay pyi taw": "MMR", "kuala lumpur": "MYS",
    "singapore": "SGP", "jakarta": "IDN", "manila": "PHL", "bandar seri begawan": "BRN", "dili": "TLS",
    "tokyo": "JPN", "seoul": "KOR", "pyongyang": "PRK", "ulaanbaatar": "MNG", "ulan bator": "MNG",
    "islamabad": "PAK", "karachi": "PAK", "lahore": "PAK", "new delhi": "IND", "kathmandu": "NPL",
    "colombo": "LKA", "dhaka": "BGD", "male": "MDV", "thimphu": "BTN", "kabul": "AFG",
    "astana": "KAZ", "nur-sultan": "KAZ", "almaty": "KAZ", "tashkent": "UZB", "bishkek": "KGZ", "dushanbe": "TJK",
    "ashgabat": "TKM", "baku": "AZE", "yerevan": "ARM", "tbilisi": "GEO", "tehran": "IRN", "ankara": "TUR",
    "istanbul": "TUR", "riyadh": "SAU", "abu dhabi": "ARE", "dubai": "ARE", "doha": "QAT", "muscat": "OMN",
    "manama": "BHR", "kuwait city": "KWT", "baghdad": "IRQ", "damascus": "SYR", "amman": "JOR",
    "beirut": "LBN", "jerusalem": "ISR", "tel aviv": "ISR", "ramallah": "PSE", "cairo": "EGY",
    "khartoum": "SDN", "addis ababa": "ETH", "nairobi": "KEN", "dar es salaam": "TZA", "dodoma": "TZA",
    "kampala": "UGA", "kigali": "RWA", "pretoria": "ZAF", "johannesburg": "ZAF", "cape town": "ZAF",
    "harare": "ZWE", "lusaka": "ZMB", "maputo": "MOZ", "luanda": "AGO", "windhoek": "NAM",
    "gaborone": "BWA", "lilongwe": "MWI", "antananarivo": "MDG", "abuja": "NGA", "lagos": "NGA",
    "accra": "GHA", "dakar": "SEN", "bamako": "MLI", "abidjan": "CIV", "yaounde": "CMR",
    "brazzaville": "COG", "kinshasa": "COD", "libreville": "GAB", "djibouti": "DJI", "asmara": "ERI",
    "algiers": "DZA", "rabat": "MAR", "tunis": "TUN", "tripoli": "LBY", "conakry": "GIN", "freetown": "SLE",
    "monrovia": "LBR", "malabo": "GNQ", "bujumbura": "BDI", "juba": "SSD", "mogadishu": "SOM",
    "port louis": "MUS", "victoria": "SYC", "praia": "CPV", "bissau": "GNB", "niamey": "NER",
    "ouagadougou": "BFA", "n'djamena": "TCD", "nouakchott": "MRT", "lome": "TGO", "cotonou": "BEN",
    "porto-novo": "BEN", "bangui": "CAF", "sao tome": "STP", "moroni": "COM", "mbabane": "SWZ", "maseru": "LSO",
    "london": "GBR", "paris": "FRA", "berlin": "DEU", "rome": "ITA", "madrid": "ESP", "lisbon": "PRT",
    "brussels": "BEL", "the hague": "NLD", "amsterdam": "NLD", "luxembourg": "LUX", "vienna": "AUT",
    "bern": "CHE", "geneva": "CHE", "dublin": "IRL", "copenhagen": "DNK", "stockholm": "SWE", "oslo": "NOR",
    "helsinki": "FIN", "reykjavik": "ISL", "tallinn": "EST", "riga": "LVA", "vilnius": "LTU",
    "warsaw": "POL", "prague": "CZE", "bratislava": "SVK", "budapest": "HUN", "bucharest": "ROU",
    "sofia": "BGR", "belgrade": "SRB", "zagreb": "HRV", "ljubljana": "SVN", "sarajevo": "BIH",
    "podgorica": "MNE", "skopje": "MKD", "tirana": "ALB", "athens": "GRC", "nicosia": "CYP",
    "valletta": "MLT", "kiev": "UKR", "kyiv": "UKR", "minsk": "BLR", "chisinau": "MDA",
    "washington": "USA", "new york": "USA", "san francisco": "USA", "ottawa": "CAN", "mexico city": "MEX",
    "havana": "CUB", "caracas": "VEN", "bogota": "COL", "quito": "ECU", "lima": "PER", "la paz": "BOL",
    "santiago": "CHL", "buenos aires": "ARG", "montevideo": "URY", "asuncion": "PRY", "brasilia": "BRA",
    "rio de janeiro": "BRA", "sao paulo": "BRA", "managua": "NIC", "panama city": "PAN",
    "san jose": "CRI", "san salvador": "SLV", "tegucigalpa": "HND", "guatemala city": "GTM",
    "santo domingo": "DOM", "port-au-prince": "HTI", "kingston": "JAM", "port of spain": "TTO",
    "bridgetown": "BRB", "georgetown": "GUY", "paramaribo": "SUR",
    "canberra": "AUS", "sydney": "AUS", "wellington": "NZL", "auckland": "NZL", "suva": "FJI",
    "port moresby": "PNG", "apia": "WSM", "nuku'alofa": "TON", "port vila": "VUT", "honiara": "SLB",
}

# China's other municipalities and provincial capitals, and the cities its forums meet in: cities of
# datelines ("Chongqing - On March 21, X met ..."), not of any "in <City>" a lead mentions (a summit
# "in Hangzhou" to come is no place of the call that speaks of it)
_CHINESE_CITIES: dict[str, str] = {c: "CHN" for c in (
    "chongqing", "tianjin", "guangzhou", "shenzhen", "chengdu", "kunming", "nanning", "lhasa", "urumqi", "xi'an",
    "wuhan", "hangzhou", "nanjing", "xiamen", "fuzhou", "changsha", "harbin", "shenyang", "dalian", "qingdao", "jinan",
    "zhengzhou", "hefei", "nanchang", "guiyang", "haikou", "lanzhou", "xining", "yinchuan", "hohhot", "taiyuan",
    "shijiazhuang", "changchun", "boao", "sanya")}


# International bodies: a person of these has no country.
_INTERNATIONAL = re.compile(
    r"\b(UN|United Nations|UNGA|General Assembly|SCO|Shanghai Cooperation Organi[sz]ation|BRICS|"
    r"African Union|AU Commission|ASEAN|European Union|EU|European Parliament|European Commission|"
    r"Party of the European Left|European People's Party|EPP|WHO|WTO|IMF|World Bank|Socialist International|"
    r"NATO|OSCE|Commonwealth Secretariat|Commonwealth of Nations|Commonwealth Secretary-General|Arab League|League of Arab States|OPEC|APEC|G20|Interpol|UNESCO|UNICEF|"
    r"Asian Development Bank|New Development Bank|AIIB|UN[A-Z]{2,6}|Arab Parliament|Pan-African Parliament|Andean Parliament|"
    r"Central American Parliament|Latin American and Caribbean Parliament|Parlatino|Inter-Parliamentary Union|IPU|"
    r"Council of Europe|Commonwealth of Independent States|CIS|Eurasian Economic Union|ECOWAS|SADC|"
    r"East African Community|CELAC|Organization of American States|OAS|Organi[sz]ation of Islamic Cooperation|OIC|"
    r"Gulf Cooperation Council|GCC|Mercosur|CARICOM|Pacific Islands Forum|COPPPAL|ICAPP|"
    r"International Conference of Asian Political Parties|"
    # ("U.N. Secretary-General": \b after the N, before its full stop)
    r"U\.N|World Health Organi[sz]ation|World Economic Forum|WEF|World Intellectual Property Organi[sz]ation|WIPO|"
    r"International Maritime Organi[sz]ation|Food and Agriculture Organi[sz]ation|OECD|"
    r"Organi[sz]ation for Economic Co-?operation and Development|South Asian Association for Regional Cooperation|SAARC|"
    r"Organi[sz]ation of African Unity|International Criminal Police Organi[sz]ation|European Council|"
    r"European External Action Service|EEAS|ASEAN-China Centre|Union of Latin American Parties|S[aã]o Paulo Forum|"
    r"International Committee of the Red Cross|ICRC|International Olympic Committee|World Food Programme|WFP)\b"
)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower().strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("’", "'").strip()


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                table[_fold(value)] = c.alpha_3
                # "Korea, Republic of" style names also as "Republic of Korea"
                if ", " in value:
                    a, b = value.split(", ", 1)
                    table[_fold(f"{b} {a}")] = c.alpha_3
                    if b.lower().startswith("the "):  # "Congo, The Democratic Republic of the"
                        table[_fold(f"{b[4:]} {a}")] = c.alpha_3
    table.update({k: v for k, v in _EXTRA.items()})
    return table


COUNTRIES: dict[str, str] = _build()
# First words of the multi-word names (and "the", which lookup drops): a phrase starting otherwise
# is no country of two or more words.
MULTI_WORD_FIRST: frozenset[str] = frozenset({k.split()[0] for k in COUNTRIES if " " in k} | {"the"})
# Names that are also common words or ambiguous in titles: never match them alone.
_AMBIGUOUS = {"jersey", "guernsey", "man", "korean"}

def _scan_key(key: str) -> str:
    """A table key as the scan sees its words (_norm_token): "people's" → "people", "st." → "st"."""
    words = []
    for w in key.split():
        if w.endswith("'s"):
            w = w[:-2]
        if w.endswith(".") and w not in ("u.s.", "u.k."):
            w = w.rstrip(".")
        words.append(w)
    return " ".join(words)


# The scan's tables, keyed as the scan normalises tokens, so that names with a possessive
# ("Democratic People's Republic of Korea", "People's Action Party") match whole.
_TABLE_ALL: dict[str, str] = {_scan_key(k): v for k, v in COUNTRIES.items() if k not in _AMBIGUOUS and len(k) > 1}
_TABLE_ALL.update({_scan_key(k): v for k, v in _BODIES.items()})
_TABLE_ALL.update(_REGIONS)
_TABLE_COUNTRIES: dict[str, str] = {_scan_key(k): v for k, v in COUNTRIES.items()
                                    if k not in _AMBIGUOUS and len(k) > 1}
_TABLE_COUNTRIES.update(_REGIONS)
_BODY_KEYS = frozenset(_scan_key(k) for k in _BODIES)


def _widths_by_first_word(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """First word of every key → the word counts of the keys it starts, longest first.

    The scan tries only widths some key has, instead of every width up to the longest name
    (eight words) at every capitalised "The", "Republic" or "People".
    """
    widths: dict[str, set[int]] = {}
    for key in table:
        words = key.split()
        widths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ws, reverse=True)) for w, ws in widths.items()}


_WIDTHS_ALL = _widths_by_first_word(_TABLE_ALL)
_WIDTHS_COUNTRIES = _widths_by_first_word(_TABLE_COUNTRIES)
# Short keys count only in the case the releases write them ("US", "U.S.", "ROK"; never "us").
_CASE_SENSITIVE = {"us", "uk", "rok", "uae", "drc", "prc", "usa", "dprk", "u.s.", "u.k.", "fsm"}
_DESTINATION_WORDS = {"to", "in", "visiting", "towards"}
# Hyphenated compounds stay one token in titles ("Zanu-PF"), split in running text ("China-Vanuatu").
_TOKEN_WHOLE = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*")
_TOKEN_SPLIT = re.compile(r"[\w'’.]+")


@lru_cache(maxsize=65536)
def _norm_token(tok: str) -> str:
    t = _fold(tok)
    if t.endswith(("'s",)):
        t = t[:-2]
    if t.endswith(".") and t not in ("u.s.", "u.k."):
        t = t.rstrip(".")
    return t


# _TOKEN_SPLIT's characters among ASCII bytes ([A-Za-z0-9_'.]); every other byte becomes a space.
_TOKEN_BYTES = bytes(b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b in (95, 39, 46)) else 32
                     for b in range(256))


def _split_tokens(text: str) -> list[str]:
    """_TOKEN_SPLIT.findall(text), by bytes.translate and split when the text is ASCII once its
    em dashes (which separate tokens anyway) are spaces: several times faster on running text."""
    spaced = text.replace("—", " ") if "—" in text else text
    if spaced.isascii():
        return spaced.encode("ascii").translate(_TOKEN_BYTES).decode("ascii").split()
    return _TOKEN_SPLIT.findall(text)


def _scan(text: str, table: dict[str, str], split_hyphens: bool, skip_destinations: bool) -> list[tuple[int, str]]:
    """(token index, code) of every table key in the text, longest match first, left to right.

    A token scan with a dictionary instead of one huge alternation regex: ~50x faster. Only
    capitalised tokens can start a key (names, demonyms and bodies are written capitalised), so
    only they, the words after them and the two before them are ever normalised.
    """
    raws = _split_tokens(text) if split_hyphens else _TOKEN_WHOLE.findall(text)
    widths_of = _WIDTHS_ALL if table is _TABLE_ALL else _WIDTHS_COUNTRIES
    norm = _norm_token
    out: list[tuple[int, str]] = []
    n = len(raws)
    resume = 0  # tokens before this index were consumed by a multi-word match
    for i in [i for i, r in enumerate(raws) if r[:1].isupper()]:
        if i < resume:
            continue
        first = raws[i]
        tok = norm(first)
        widths = widths_of.get(tok)
        if widths is None:
            continue
        hit = None
        for width in widths:
            if width > n - i:
                continue
            key = tok if width == 1 else " ".join([tok] + [norm(r) for r in raws[i + 1:i + width]])
            code = table.get(key)
            if code is None:
                continue
            raw = first if width == 1 else " ".join(raws[i:i + width])
            if key in _CASE_SENSITIVE and not (raw.isupper() or raw.rstrip("'s’") in ("U.S.", "U.K.")):
                continue
            if width == 1 and len(key) <= 4 and raw.islower():
                continue
            hit = (width, code)
            if table is _TABLE_ALL and key in _BODY_KEYS:
                # A party known by a name others share says where it is when it says so:
                # "Liberal Democratic Party (LDP) of Moldova" is Moldova's, not Japan's LDP.
                stated = _country_after_of(raws, i + width)
                if stated is not None:
                    hit = (width, stated)
            break
        if hit:
            if skip_destinations and i > 0:
                prev = norm(raws[i - 1])
                if prev in _DESTINATION_WORDS or (prev == "the" and i > 1 and norm(raws[i - 2]) in _DESTINATION_WORDS):
                    resume = i + hit[0]
                    continue
            if hit[1]:
                out.append((i, hit[1]))
            resume = i + hit[0]
    return out


def _country_after_of(raws: list[str], j: int) -> str | None:
    """The country named by "of (the) <country>" at token j, after an optional acronym ("(LDP)")."""
    n = len(raws)
    if j < n and raws[j].isupper() and j + 1 < n and raws[j + 1] == "of":
        j += 1
    if j >= n or raws[j] != "of":
        return None
    j += 1
    if j < n and raws[j] == "the":
        j += 1
    if j >= n or not raws[j][:1].isupper():
        return None
    tok = _norm_token(raws[j])
    for width in _WIDTHS_COUNTRIES.get(tok, ()):
        if j + width <= n:
            key = tok if width == 1 else " ".join([tok] + [_norm_token(r) for r in raws[j + 1:j + width]])
            code = _TABLE_COUNTRIES.get(key)
            if code is not None:
                return code or None
    return None


@lru_cache(maxsize=65536)
def lookup(name: str) -> str | None:
    """ISO3 of an exact country name or demonym ('Russia', 'Pakistani', 'the UK'), else None."""
    key = _fold(name)
    if key.startswith("the "):
        key = key[4:]
    return COUNTRIES.get(key)


_INTERNATIONAL_FIRST = re.compile(r"^(?:the\s+)?" + _INTERNATIONAL.pattern + r"\s+")


def international_prefix(text: str) -> tuple[str, str] | None:
    """(body, rest) of a phrase opening with an international body ("UN Secretary-General")."""
    m = _INTERNATIONAL_FIRST.match(text)
    return (m.group(1), text[m.end():]) if m else None


def is_international_body(name: str) -> bool:
    """Is the name, whole, an international body's ("European Union", "UN")?"""
    return _INTERNATIONAL.fullmatch(name) is not None


def starts_with_body(text: str) -> bool:
    """Does the text open with the name of a well-known body of two or more words ("Cambodian
    People's Party President X": the demonym is the party's own)?"""
    raws = _TOKEN_WHOLE.findall(text[:80])
    if len(raws) < 2:
        return False
    tok = _norm_token(raws[0])
    for width in _WIDTHS_ALL.get(tok, ()):
        if 1 < width <= len(raws) and " ".join([tok] + [_norm_token(r) for r in raws[1:width]]) in _BODY_KEYS:
            return True
    return False


@lru_cache(maxsize=4096)
def city_country(city: str | None, mentioned: bool = False) -> str | None:
    """ISO3 of the country of a capital or a dateline city ('Colombo' → LKA), else None (with
    `mentioned`, of the capitals and best-known cities only: a city a sentence merely names)."""
    if not city:
        return None
    key = _fold(city)
    return _CITIES.get(key) or (None if mentioned else _CHINESE_CITIES.get(key))


def is_state(name: str) -> bool:
    """A state or a constituent nation of a country (pycountry's subdivisions: "Florida", "Scotland",
    "Punjab"), which a text names as a place but which is no city."""
    return _fold(name) in _state_names()


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    # (built once, on first use, from the names of every subdivision of those kinds: pycountry's own
    # lookup scans all 5,000 subdivisions for each name it does not know, ~10 ms a time)
    # (and China's provinces and autonomous regions, which its sources name without pycountry's suffix:
    # "Guizhou", not "Guizhou Sheng"; its municipalities are cities)
    chinese = {_fold(_CN_SUFFIX.sub("", sub.name)) for sub in pycountry.subdivisions.get(country_code="CN")
               if sub.type in ("Province", "Autonomous region") and not sub.name.startswith("Taiwan")}
    return frozenset(_fold(sub.name) for sub in pycountry.subdivisions
                     if sub.type in ("State", "Country", "Nation")) | chinese


_CN_SUFFIX = re.compile(r"(?: (?:Huizu|Zhuangzu|Uygur))? (?:Sheng|Zizhiqu)$")


# Countries' names as pycountry writes them (not their demonyms): "Pakistan", "Nepal", "South Africa"
_COUNTRY_NAMES = frozenset(_fold(v) for c in pycountry.countries for v in (c.name, getattr(c, "common_name", None)) if v)


_NATIONS_WITHIN = frozenset(("northern ireland", "scotland", "wales", "england"))


def is_nation_within(name: str) -> bool:
    """A nation within a state ("Northern Ireland"): a place whose offices' body it is, and the state's country."""
    return _fold(name) in _NATIONS_WITHIN


def is_country_name(name: str) -> bool:
    """Is this a country's own name (not a demonym: "Pakistan", not "Pakistani")?"""
    return _fold(name) in _COUNTRY_NAMES


def is_country(name: str) -> bool:
    return lookup(name) is not None


@lru_cache(maxsize=16384)
def is_international(text: str | None) -> bool:
    return bool(text) and bool(_INTERNATIONAL.search(text))


@lru_cache(maxsize=16384)
def country_in(text: str | None, skip_destinations: bool = True) -> str | None:
    """The first country (or well-known national body) named in a title/organization phrase.

    Destinations ("Ambassador to China", "envoy to the DPRK") are skipped. The earliest, longest
    match wins, so "Workers' Party of Korea" (a body) beats the later "Korea" and "Liberal
    Democratic Party of Russia" beats "Liberal Democratic Party".
    """
    if not text:
        return None
    found = _scan(text, _TABLE_ALL, split_hyphens=False, skip_destinations=skip_destinations)
    return found[0][1] if found else None


def countries_in(text: str) -> list[str]:
    """Every country code named in a running text, in order of appearance (duplicates kept)."""
    return [code for _, code in _scan(text, _TABLE_COUNTRIES, split_hyphens=True, skip_destinations=False)]
