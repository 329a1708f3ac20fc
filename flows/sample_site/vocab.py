"""The cast and the word lists the sample site writes with.

Everything here is the project's own invention except real country names and codes,
generic party/parliament names built from them, and the real names that the one real
fixture release (the seed, `data/seed-20231129-slutsky.txt`) contains. Person names are
combinations of common given and family names; they are not meant to be anyone.

Chinese officials hold offices over date ranges (`Tenure`), so a person promoted at a
date gives `dim_person_role` a history. Foreign name pools carry spelling variants
(transliterations, accents dropped) and a family-name-first flag for the cultures
whose names are written that way in English releases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

IDCPC_ORG = "International Department of the CPC Central Committee"
IDCPC_ORG_WITH_ACRONYM = "International Department of the CPC Central Committee (IDCPC)"


@dataclass(frozen=True)
class Tenure:
    """One office of a Chinese official, held from `start` to `end` inclusive (None = open)."""

    title: str  # first office as written, e.g. 'Vice-minister', 'State Councilor'
    organization: str | None  # as written after 'of the', None when the title says it all
    start: date | None = None
    end: date | None = None
    also: tuple[str, ...] = ()  # further offices written with 'and', e.g. ('Foreign Minister',)
    prefix: str | None = None  # the office as FMPRC writes it before the name, if not derivable

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Official:
    """A Chinese official of one ministry; `surname` is how the releases refer back to them."""

    name: str
    surname: str
    ministry: str  # 'idcpc' | 'fmprc': whose releases normally report them
    tenures: tuple[Tenure, ...]

    def tenure_on(self, day: date) -> Tenure | None:
        for tenure in self.tenures:
            if tenure.holds_on(day):
                return tenure
        return None


# The promotions give dim_person_role a history: Qin Haoran Vice-minister → Minister on
# 2025-07-01 (succeeding Liu Jianchao), Pan Jiarui Assistant-minister → Vice-minister on
# 2024-03-01, Lin Guohua Foreign Minister → State Councilor and Foreign Minister on
# 2024-07-01, Feng Ruolan Assistant → Vice Foreign Minister on 2024-06-01.
OFFICIALS: tuple[Official, ...] = (
    Official("Liu Jianchao", "Liu", "idcpc", (Tenure("Minister", IDCPC_ORG, None, date(2025, 6, 30)),)),
    Official("Qin Haoran", "Qin", "idcpc", (
        Tenure("Vice-minister", IDCPC_ORG, None, date(2025, 6, 30)),
        Tenure("Minister", IDCPC_ORG, date(2025, 7, 1), None),
    )),
    Official("Gao Yuming", "Gao", "idcpc", (Tenure("Vice-minister", IDCPC_ORG),)),
    Official("Tang Xiaoqin", "Tang", "idcpc", (Tenure("Vice-minister", IDCPC_ORG),)),
    Official("Pan Jiarui", "Pan", "idcpc", (
        Tenure("Assistant-minister", IDCPC_ORG, None, date(2024, 2, 29)),
        Tenure("Vice-minister", IDCPC_ORG, date(2024, 3, 1), None),
    )),
    Official("Xiao Wenbo", "Xiao", "idcpc", (Tenure("Assistant-minister", IDCPC_ORG),)),
    Official("Lin Guohua", "Lin", "fmprc", (
        Tenure("Foreign Minister", None, None, date(2024, 6, 30)),
        Tenure("State Councilor", None, date(2024, 7, 1), None, ("Foreign Minister",)),
    )),
    Official("Yu Qingshan", "Yu", "fmprc", (Tenure("Vice Foreign Minister", None),)),
    Official("Hu Jingwen", "Hu", "fmprc", (Tenure("Vice Foreign Minister", None),)),
    Official("Feng Ruolan", "Feng", "fmprc", (
        Tenure("Assistant Foreign Minister", None, None, date(2024, 5, 31)),
        Tenure("Vice Foreign Minister", None, date(2024, 6, 1), None),
    )),
    Official("Bai Chenxi", "Bai", "fmprc", (
        Tenure("Director-General", "Department of African Affairs of the Foreign Ministry"),)),
    Official("Cao Yifan", "Cao", "fmprc", (
        Tenure("Director-General", "Department of European Affairs of the Foreign Ministry"),)),
)

# Named in announcements only ("Foreign Ministry Spokesperson X announces:"); not participants.
SPOKESPERSONS = ("Zhao Lirong", "Meng Qiuyan", "Shen Boxiang")


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    demonym: str
    city: str  # capital: where visits go and where foreign datelines are
    names: str  # key of NAME_POOLS


COUNTRIES: tuple[Country, ...] = (
    Country("Russia", "RUS", "Russian", "Moscow", "slavic"),
    Country("Serbia", "SRB", "Serbian", "Belgrade", "slavic"),
    Country("Kazakhstan", "KAZ", "Kazakh", "Astana", "centralasian"),
    Country("Pakistan", "PAK", "Pakistani", "Islamabad", "southasian"),
    Country("Nepal", "NPL", "Nepali", "Kathmandu", "southasian"),
    Country("Sri Lanka", "LKA", "Sri Lankan", "Colombo", "southasian"),
    Country("Bangladesh", "BGD", "Bangladeshi", "Dhaka", "southasian"),
    Country("Vietnam", "VNM", "Vietnamese", "Hanoi", "vietnamese"),
    Country("Cambodia", "KHM", "Cambodian", "Phnom Penh", "khmer"),
    Country("Laos", "LAO", "Lao", "Vientiane", "lao"),
    Country("Japan", "JPN", "Japanese", "Tokyo", "japanese"),
    Country("Mongolia", "MNG", "Mongolian", "Ulaanbaatar", "mongol"),
    Country("Kenya", "KEN", "Kenyan", "Nairobi", "eastafrican"),
    Country("Tanzania", "TZA", "Tanzanian", "Dodoma", "eastafrican"),
    Country("Ethiopia", "ETH", "Ethiopian", "Addis Ababa", "eastafrican"),
    Country("Nigeria", "NGA", "Nigerian", "Abuja", "westafrican"),
    Country("Ghana", "GHA", "Ghanaian", "Accra", "westafrican"),
    Country("Senegal", "SEN", "Senegalese", "Dakar", "francophone"),
    Country("South Africa", "ZAF", "South African", "Pretoria", "southernafrican"),
    Country("Zimbabwe", "ZWE", "Zimbabwean", "Harare", "southernafrican"),
    Country("Mozambique", "MOZ", "Mozambican", "Maputo", "lusophone"),
    Country("Angola", "AGO", "Angolan", "Luanda", "lusophone"),
    Country("Brazil", "BRA", "Brazilian", "Brasilia", "lusophone"),
    Country("Argentina", "ARG", "Argentine", "Buenos Aires", "hispanic"),
    Country("Chile", "CHL", "Chilean", "Santiago", "hispanic"),
    Country("Mexico", "MEX", "Mexican", "Mexico City", "hispanic"),
    Country("Venezuela", "VEN", "Venezuelan", "Caracas", "hispanic"),
    Country("Cuba", "CUB", "Cuban", "Havana", "hispanic"),
    Country("Uruguay", "URY", "Uruguayan", "Montevideo", "hispanic"),
    Country("Spain", "ESP", "Spanish", "Madrid", "hispanic"),
    Country("Germany", "DEU", "German", "Berlin", "german"),
    Country("France", "FRA", "French", "Paris", "french"),
    Country("Italy", "ITA", "Italian", "Rome", "italian"),
    Country("Greece", "GRC", "Greek", "Athens", "greek"),
    Country("Hungary", "HUN", "Hungarian", "Budapest", "hungarian"),
    Country("Egypt", "EGY", "Egyptian", "Cairo", "arabic"),
    Country("Morocco", "MAR", "Moroccan", "Rabat", "arabic"),
    Country("Iraq", "IRQ", "Iraqi", "Baghdad", "arabic"),
    Country("Iran", "IRN", "Iranian", "Tehran", "persian"),
    Country("Indonesia", "IDN", "Indonesian", "Jakarta", "indonesian"),
    Country("Malaysia", "MYS", "Malaysian", "Kuala Lumpur", "malay"),
    Country("Thailand", "THA", "Thai", "Bangkok", "thai"),
    Country("Australia", "AUS", "Australian", "Canberra", "anglo"),
    Country("New Zealand", "NZL", "New Zealand", "Wellington", "anglo"),
    Country("Canada", "CAN", "Canadian", "Ottawa", "anglo"),
    Country("Ireland", "IRL", "Irish", "Dublin", "anglo"),
    Country("Vanuatu", "VUT", "Vanuatu", "Port Vila", "melanesian"),
    Country("Fiji", "FJI", "Fijian", "Suva", "melanesian"),
)


@dataclass(frozen=True)
class NamePool:
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # written 'Family Given' (Vietnamese, Khmer)
    middle: tuple[str, ...] = ()  # Vietnamese middle names
    # Alternative spellings seen across releases: a part → its other spelling.
    variants: dict[str, str] = field(default_factory=dict)
    # Japanese names appear in both orders in English releases.
    order_varies: bool = False


NAME_POOLS: dict[str, NamePool] = {
    "slavic": NamePool(
        ("Aleksandr", "Dmitry", "Sergei", "Yury", "Nikolai", "Andrei", "Mikhail", "Oleg", "Irina",
         "Olga", "Tatiana", "Yelena", "Pavel", "Vladislav"),
        ("Vorontsov", "Belyakov", "Zhuravlev", "Sokolin", "Gromov", "Karelin", "Lebedinsky",
         "Ostrovsky", "Dubrovin", "Tikhonov", "Sedov", "Yermakov"),
        variants={"Aleksandr": "Alexander", "Dmitry": "Dmitri", "Sergei": "Sergey", "Yury": "Yuri",
                  "Nikolai": "Nikolay", "Andrei": "Andrey", "Tatiana": "Tatyana", "Yelena": "Elena",
                  "Zhuravlev": "Zhuravlyov", "Yermakov": "Ermakov"},
    ),
    "centralasian": NamePool(
        ("Nurlan", "Yerlan", "Askar", "Daulet", "Aigerim", "Saule", "Marat"),
        ("Abenov", "Seitkali", "Zhaksybekov", "Omarbekov", "Kassymov", "Nurpeisov"),
        variants={"Yerlan": "Erlan", "Kassymov": "Kasymov"},
    ),
    "southasian": NamePool(
        ("Mohammad", "Ahmed", "Imran", "Farhan", "Rajendra", "Sunil", "Pradeep", "Anjali", "Sita",
         "Kamal", "Nimal", "Rahim"),
        ("Qureshi", "Chaudhry", "Malik", "Shrestha", "Adhikari", "Perera", "Fernando", "Rahman",
         "Hossain", "Bhattarai", "Jayasuriya", "Gunawardena"),
        variants={"Mohammad": "Muhammad", "Ahmed": "Ahmad", "Chaudhry": "Chaudhary"},
    ),
    "vietnamese": NamePool(
        ("Thanh", "Hung", "Lan", "Tuan", "Hai", "Phuong", "Long"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
        family_first=True, middle=("Van", "Thi", "Duc", "Minh", "Quoc"),
    ),
    "khmer": NamePool(
        ("Sokha", "Vannak", "Sophal", "Dara", "Bopha", "Chanthou"),
        ("Sok", "Chea", "Keo", "Prak", "Ouk", "Meas"),
        family_first=True,
    ),
    "lao": NamePool(
        ("Khamphanh", "Souphanh", "Bounmy", "Viengkham", "Phonsavanh"),
        ("Sengdara", "Phommachanh", "Vongsay", "Keomany", "Inthavong"),
    ),
    "japanese": NamePool(
        ("Kenji", "Hiroshi", "Takeshi", "Yuko", "Akira", "Masato", "Naoko", "Ryota"),
        ("Takeda", "Morimoto", "Kawaguchi", "Hayashida", "Fujimura", "Ishikura", "Nakanishi", "Ogura"),
        order_varies=True,
    ),
    "mongol": NamePool(
        ("Batbayar", "Enkhbold", "Ganbaatar", "Oyuntsetseg", "Tsogtbaatar"),
        ("Dorjsuren", "Bayarsaikhan", "Gankhuyag", "Erdenebat"),
    ),
    "eastafrican": NamePool(
        ("Joseph", "Peter", "Grace", "Amani", "Baraka", "Wanjiru", "Abebe", "Tigist", "Daniel", "Esther"),
        ("Mwangi", "Otieno", "Kiprono", "Mushi", "Mrema", "Kimaro", "Tesfaye", "Bekele", "Njoroge"),
    ),
    "westafrican": NamePool(
        ("Kwame", "Kofi", "Ama", "Chinedu", "Ngozi", "Oluwaseun", "Emeka", "Adwoa", "Ibrahim"),
        ("Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Nwosu", "Bello", "Danjuma", "Asante"),
    ),
    "francophone": NamePool(
        ("Mamadou", "Ousmane", "Aminata", "Cheikh", "Fatou", "Abdoulaye"),
        ("Diop", "Ndiaye", "Sow", "Fall", "Sarr", "Diallo", "Faye"),
        variants={"Abdoulaye": "Abdoulahi"},
    ),
    "southernafrican": NamePool(
        ("Thabo", "Sipho", "Nomvula", "Tendai", "Tatenda", "Lindiwe", "Blessing"),
        ("Dlamini", "Nkosi", "Mokoena", "Moyo", "Chikore", "Ndlovu", "Mahlangu", "Sithole"),
    ),
    "lusophone": NamePool(
        ("João", "António", "Manuel", "Luísa", "Ana", "Paulo", "Carlos", "Fernanda"),
        ("Silva", "Nhantumbo", "Cossa", "Santos", "Ferreira", "Pereira", "Lopes", "Machava"),
        variants={"João": "Joao", "António": "Antonio", "Luísa": "Luisa"},
    ),
    "hispanic": NamePool(
        ("José", "Juan", "Carlos", "María", "Luis", "Ana", "Diego", "Gabriela", "Rodrigo", "Camila", "Ernesto"),
        ("García", "Rodríguez", "Fernández", "Morales", "Castillo", "Herrera", "Vargas", "Mendoza",
         "Navarro", "Ibarra"),
        variants={"José": "Jose", "María": "Maria", "García": "Garcia", "Rodríguez": "Rodriguez",
                  "Fernández": "Fernandez"},
    ),
    "german": NamePool(
        ("Klaus", "Stefan", "Matthias", "Anja", "Katrin", "Jürgen", "Thomas", "Sabine"),
        ("Becker", "Hoffmann", "Krüger", "Wagner", "Schmitt", "Neumann", "Lehmann", "Vogel"),
        variants={"Jürgen": "Juergen", "Krüger": "Krueger"},
    ),
    "french": NamePool(
        ("Jean", "Pierre", "Marie", "Claire", "Philippe", "Isabelle", "François"),
        ("Lefebvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Lambert"),
        variants={"François": "Francois"},
    ),
    "italian": NamePool(
        ("Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Paolo"),
        ("Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"),
    ),
    "greek": NamePool(
        ("Nikos", "Giorgos", "Eleni", "Dimitris", "Kostas", "Sofia"),
        ("Papadakis", "Nikolaidis", "Georgiou", "Vlachos", "Antoniou", "Mavridis"),
        variants={"Giorgos": "Georgios"},
    ),
    "hungarian": NamePool(
        ("László", "Zoltán", "Katalin", "Péter", "Gábor", "Eszter"),
        ("Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Nagy"),
        variants={"László": "Laszlo", "Zoltán": "Zoltan", "Kovács": "Kovacs", "Szabó": "Szabo"},
    ),
    "arabic": NamePool(
        ("Mohamed", "Ahmed", "Khaled", "Youssef", "Omar", "Fatima", "Hassan", "Karim", "Salma"),
        ("El-Sayed", "Mansour", "Haddad", "Benali", "Al-Rashid", "Abdel-Rahman", "Khalil", "Tazi"),
        variants={"Mohamed": "Mohammed", "Khaled": "Khalid", "Youssef": "Yusuf"},
    ),
    "persian": NamePool(
        ("Ali", "Reza", "Mehdi", "Hossein", "Maryam", "Saeed"),
        ("Karimi", "Rahimi", "Moradi", "Tehrani", "Jafari", "Hosseini"),
        variants={"Hossein": "Hussein", "Saeed": "Said"},
    ),
    "indonesian": NamePool(
        ("Budi", "Agus", "Siti", "Dewi", "Rizal", "Hendra", "Putri"),
        ("Santoso", "Wijaya", "Hidayat", "Susanto", "Pratama", "Nugroho", "Kusuma"),
    ),
    "malay": NamePool(
        ("Ahmad", "Aziz", "Nurul", "Farid", "Zainal", "Hafiz"),
        ("Ismail", "Hassan", "Yusof", "Othman", "Hamid", "Abdullah"),
        variants={"Yusof": "Yusuf"},
    ),
    "thai": NamePool(
        ("Somchai", "Anan", "Kittipong", "Suda", "Niran", "Pornthip", "Wichai"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Boonmee", "Rattanakorn", "Sukprasert"),
    ),
    "anglo": NamePool(
        ("James", "Sarah", "Michael", "Emma", "David", "Rebecca", "Andrew", "Catherine", "Laura"),
        ("Whitfield", "Harrington", "Caldwell", "Thornton", "Ashby", "Pemberton", "Langley", "Mercer",
         "Kerrigan"),
    ),
    "melanesian": NamePool(
        ("Jotham", "Ralph", "Losana", "Marie", "Joe", "Seini"),
        ("Tamata", "Nakau", "Rasoqa", "Molisa", "Tovua", "Bani"),
    ),
}

# Party names are generic forms: "the <kind> Party of <Country>".
PARTY_KINDS = (
    "Socialist", "Social Democratic", "People's Progressive", "National Democratic", "Communist",
    "Labour", "Liberal", "Conservative", "United Socialist", "Revolutionary", "Democratic",
    "Green", "People's Unity",
)
PARTY_TITLES = ("Chairman", "Leader", "President", "Secretary-General", "General Secretary",
                "Vice President", "Deputy Secretary-General")
LEGISLATURES = ("National Assembly", "Senate", "Parliament", "House of Representatives")
LEGISLATURE_TITLES = ("Speaker", "Deputy Speaker", "Member", "Chairman")  # Chairman: of its committee
MINISTRIES = ("Ministry of Foreign Affairs", "Ministry of Trade and Industry", "Ministry of Education")
MINISTRY_TITLES = ("Minister", "Deputy Minister", "Permanent Secretary")
THINK_TANKS = ("Institute of Strategic Studies", "Center for Asian Studies", "National Academy of Public Policy")
THINK_TANK_TITLES = ("Director", "President", "Senior Fellow")
# Bodies with no country: their members get country None in the truth.
INTERNATIONAL_BODIES = ("Asian Parliamentary Forum for Development", "Council of Progressive Parties of the South")

# Multilateral frameworks and initiatives, in the forms the releases write them.
MENTIONS = (
    "BRICS", "Shanghai Cooperation Organization (SCO)", "Belt and Road Initiative", "Belt and Road",
    "Forum on China-Africa Cooperation (FOCAC)", "Global Development Initiative",
    "Global Security Initiative", "Global Civilization Initiative", "G20",
    "Asia-Pacific Economic Cooperation (APEC)", "China-CELAC Forum", "Lancang-Mekong Cooperation",
    "China-Central Asia Summit",
)

# Events that "attends" releases are about (kind 'other').
EVENTS = (
    "the Thematic Briefing on Chinese Modernization for Political Parties of {region}",
    "the Seminar on Party Building and State Governance for {region}",
    "the Reception Marking the Anniversary of Diplomatic Ties between China and {country}",
    "the Dialogue of Young Political Leaders of China and {region}",
    "the Opening Ceremony of the Exhibition on Poverty Reduction Experience",
)
REGIONS = ("Southeast Asia", "Africa", "Latin America", "Central Asia", "the South Pacific",
           "Central and Eastern Europe", "the Arab States")

CHINESE_CITIES = ("Beijing", "Beijing", "Beijing", "Beijing", "Shanghai", "Urumqi", "Kunming",
                  "Chongqing", "Xiamen")
