"""People: split a phrase naming one or more officials into PERSON records.

Two shapes occur, often mixed within one list:
- name first: "Liu Jianchao, Minister of the International Department of the CPC Central
  Committee" (IDCPC, Xinhua), also "Fukui Teru, Director-General of ..." (surname first is kept
  as written);
- title first: "Vice Foreign Minister Zhang Ming", "Member of the Political Bureau ... and
  Director of ... Wang Yi", "Secretary of State John Kerry of US", "leader of the Muslim
  League (Nawaz), Shehbaz Sharif" (FMPRC, embassies).

A phrase is cut into chunks at top-level ", ", "; " and " and " (only where what follows starts
a new office or a new name, so "Minister of Land, Infrastructure, Transport and Tourism" stays
whole). A chunk that is only a name opens a person whose later chunks are its offices; a chunk
that ends in a name carries its own offices before the name and "of <org>" after it.

Conventions (those of the gold labels): `title` is the first office with any leading article,
"outgoing"/"visiting" and the nationality word removed, and is cut before "of the <org>";
`organization` is what follows ("International Department of the CPC Central Committee"), or
None when the office names only a country or a portfolio ("Minister of Interior"); `also` holds
the further offices as written. Honorifics (Hon., H.E., Mr., Dr., Samdech, Comrade...) are dropped
from names; "Lord" is part of a peer's name and kept.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import countries
from .dates import MONTHS
from .fastre import is_plain, spaced

Person = dict[str, Any]

# ("Gen Prawit X", "Lt-Gen Y": the full stop may be left out, a hyphen may join the two)
_RANK = (r"(?:Sen\.\s+|Senior\s+)?(?:(?:Lieut|Lt|Maj|Brig|Vice|Rear)(?:\.?\s+|-))?(?:Gen|Col|Adm|Cmdr|Capt)(?:\.|(?=\s+[A-Z][a-z]))"
         r"|(?:(?:Rear|Vice)\s+)?Admiral(?=\s+[A-Z][a-z])")  # ("Commander of the RFMF Rear Admiral X")
HONORIFICS = re.compile(
    r"^(?:(?:the )?Rt\.? Hon\.?|(?:[Tt]he )?(?:Most|Right) Hon(?:\.|ou?rable)|Dame|(?:[Tt]he )?Hon\.?|Honou?rable|H\.\s?E\.?|\(H\.\s?E\.?\)|His Excellency|Her Excellency|Excellency|"
    r"Mr\.?|Mrs\.?|Ms\.?|Cr\.?(?= [A-Z][a-z]+ [A-Z])|Madam|Madame|Mme\.?|Mdm\.?|Dr\.?|Prof\.?|Professor|Engr\.|Amb\.|H\.M\.|H\.H\.|Sir|Ratu|Lyonpo|Lyonchhen|Dasho|Seyyed|Sayyid|Comrade|Cdes?\.?(?= [A-Z])|Samdech(?: (?:Akka|Moha|Sena|Padei|Pheakdei|Vibol|Borvor|Thipadei|Thamma|Pothisal|Krolahom))*(?: Techo)?|"
    r"Kitti ?[Tt]esaphibal|"
    r"Samdech|Techo|YA?B|Dato'? Seri(?: Utama| Diraja)?|Datuk Seri(?: Panglima)?|Dato'? Sri|Dato'?|Datuk|Tan Sri|Tun|Haji|"
    r"Sheikh|Senor|Señor|honou?rable|(?:His|Her) (?:Royal )?(?:Majesty|Highness)|(?:His|Her) Honou?r|(?:His|Her) Worship|Miss|"
    # ("Lord Geoffrey Howe": a peer's title before a full name; "Lord Sassoon" is the peer's name)
    r"Lord(?= (?!Mayor\b|Provost\b|Chancellor\b|Speaker\b|President\b|Privy\b|Chief\b)[A-Z][\w'’-]+ [A-Z][\w'’-]+)|"
    # (the Federated States of Micronesia's "T.H.", The Honorable)
    r"T\.H\.|"
    # Myanmar's "U" and "Daw" ("UMFCCI President U Aye Win")
    r"U(?= [A-Z][a-z])|Daw(?= [A-Z][a-z])|"
    # India's "Shri"/"Smt."; military ranks written short before a name ("Sen. Lieut. Gen. X", "Maj. Gen. X")
    r"Shri|Smt\.?|Shrimati|Afioga|Susuga|Alhaji|Alhaja|Advocate|Barrister(?= [A-Z][a-z]+ [A-Z])|Adv\.|Uz\.?(?= [A-Z])|" + _RANK + r"|"
    # ("Sen. Fred Mitchell": a senator's style, short; "HE Minister of State X": His Excellency, no dots)
    r"Sen\.(?= [A-Z][a-z]+ [A-Z])|HE(?= [A-Z][a-z]))\s+"
)

# Capitalised words that belong to offices and organisations, never to a person's name.
_VOCAB = """
minister ministers ministry vice deputy assistant foreign affairs state councilor councillor president presidents agri-food
administrative autonomous region regions prefecture command commands fleet area mentor treasurer manager
prime premier secretary secretaries general secretary-general director director-general directors chairman
chairwoman chair chairperson co-chair co-chairs member members head heads leader leaders chief ambassador
ambassadors envoy envoys special representative representatives speaker senator senators senate mayor governor
party parties committee committees central council councils commission commissions department departments
bureau office offices political politburo national assembly parliament parliamentary congress people's
peoples republic republics democratic democrats liberal socialist socialists communist workers' workers union
unions front movement league federation institute institution institutions foundation academy university
association security adviser advisor advisers counselor counsellor defense defence commerce trade international
relations cooperation development consular administration standing executive first second third acting
honorary without portfolio group groups friendship delegation delegations embassy municipal municipality province
provincial city government governments cabinet court justice interior finance economy economic culture education
health labor labour agriculture energy tourism transport infrastructure land house representatives lords commons
upper lower chamber diet duma federal forum summit session conference dialogue united nations european african
asian organization organisation centre center studies research press media news agency spokesperson spokesman
spokeswoman coordinator commissioner officer attache consul consul-general charge d'affaires commander army
navy military force forces armed staff board authority service services public social christian green
conservative progressive revolutionary liberation independence alliance coalition renewal reform reunification
change future new youth sports sport women's women children gender poverty alleviation protection disability
sanitation irrigation forestry wildlife climate livelihood reconstruction rehabilitation
theoretical information external internal publicity organization
party's committee's secretariat senior official officials former outgoing visiting incoming newly elected
presidential plenipotentiary permanent mission missions general's premier's king queen prince princess crown
emperor royal highness majesty majesty's east west north south northern southern eastern western central
affairs policy planning legal treaty treaties protocol personnel logistics overseas chinese ethnic religious
standing-committee vice-chairman vice-chairwoman vice-president vice-minister vice-premier vice-chair
assistant-minister deputy-director co-leader co-chairman leadership think tank tanks institute's school
college council's secretary's bank financial monetary reserve investment business industry industrial
science technology environment ecology water resources communication communications propaganda
organisation's department's commission's bureau's assembly's parliament's senate's congress's ministry's
government's chancellery chancellor chancellor's ruling governing opposition royalist caucus faction states emirates nations great hural khural majlis sejm storting
riksdag folketing rada sabha attaché attache attachés attaches lady
congressman congresswoman assemblymember assemblyman assemblywoman councilmember councilman councilwoman alderman
alderwoman ward issue issues question editor editorial publisher correspondent columnist corps diplomatic radio television division divisions
room airport countries ministerial developing informal gallery museum expo festival week weeks walks venue
towards toward for against without between through under into from with of the and
parliamentarian parliamentarians legislator legislators lawmaker lawmakers counsellors counselors
socialism democracy solidarity progress prosperity welfare victory revolution salvation
olympic olympics paralympic paralympics games ceremony
taoiseach tánaiste tanaiste ceann comhairle
hall branch branches chapter market markets convener convenor
governance mechanism mechanisms exchange exchanges initiative platform network symposium seminar workshop
commissar commissars commissioners promotion garrison chairmen chairwomen chairpersons directors-general governors mayors deputies
vice-chairmen co-chairmen generals compliance structure sectors gov rep pro tempore
""".split()
VOCAB = frozenset(_VOCAB)
_ROLE_TAIL = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:many\s+|several\s+|some\s+)?other\s+[\w\s'-]+$|,?\s*\bboth\s+(?:from|of)\s+.*$"
                        r"|,?\s+and\s+(?:a\s+few|some|several|many)\s+others$")
_BODY_FOR_PORTFOLIO = re.compile(r"^(?P<body>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+for\s+(?P<port>[A-Z].*)$")
_STYLE_AFTER_OFFICE = (" Ambassador", " Governor", " Senator")
_OFFICE_END_WORDS = frozenset("chair chairman chairwoman chairperson protocol mission secretary minister president director head "
                              "representative envoy commissioner".split())
_GLUED_WORDS = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
# Ideals that are given names too ("Unity Dow"), and end bodies' names ("Organization of African Unity")
_IDEAL_GIVEN_NAMES = frozenset(("unity", "freedom", "peace", "dignity"))
_PARTICLES = frozenset("de da do dos das del della van von der den ul al el bin bint la le los las di du ibn y".split())
# Words that start a new office within a list ("... and Chairman of ...", ", director of ...").
_HEADS = frozenset("""
minister vice deputy assistant president prime premier secretary secretary-general director director-general
chairman chairwoman chair chairperson member head leader chief ambassador envoy special speaker senator mayor
governor former standing executive acting first honorary state foreign co-chair co-leader co-chairman general
commissioner representative spokesperson permanent senior national vice-chairman vice-president vice-minister
vice-premier assistant-minister adviser advisor counselor consul rector principal dean coordinator organizer organiser
secretaries ministers presidents chairmen members heads leaders ambassadors envoys senators co-chairs managing
high editor publisher correspondent treasurer manager congressman congresswoman assemblymember assemblyman assemblywoman councilmember councilman councilwoman
alderman alderwoman taoiseach tánaiste tanaiste convener convenor attaché attache counsellor
""".split())
_ARTICLE = re.compile(r"^(?:a|an|the|his|her|its|their)\s+", re.I)
# "X, the party's deputy leader", "the foundation's president": the body was named before.
_BACK_REFERENCE = re.compile(r"^[a-z]+'s\s+(?=[a-z])")
_ONE_WORD_POSSESSIVE = re.compile(r"^([A-Z][a-z]+)'s\s+(?=[a-z])")
_AND_KIN = re.compile(r"\s+and\s+(?:(?:son|daughter|brother|sister|father|mother)-in-law|wife|husband)$")
_MODIFIERS = re.compile(r"^(?:[Oo]utgoing|[Ii]ncoming|[Vv]isiting|[Nn]ewly[- ](?:appointed|elected|arrived)|new|current|then|"
                        r"appointed|[Nn]ew-?ly-?arrived|[Nn]ew|accredited)\s+")
_RANK_WORDS = ("General", "Admiral", "Marshal", "Colonel")
_BARE_RANK = re.compile(r"(?:(?:Senior|Lieutenant|Major|Brigadier|Vice|Rear|Air|Army|Full)\s+)*(?:General|Admiral|Marshal|Colonel)")


def _is_bare_rank(text: str) -> bool:
    """A military rank and nothing else ("General", "Senior Lieutenant General")."""
    return text.endswith(_RANK_WORDS) and _BARE_RANK.fullmatch(text) is not None
_TRAILING_RANK = re.compile(
    r"(?<!Secretary)(?<!Consul)(?<!Director)(?<!Attorney)(?<!Governor)(?<!Inspector)(?<!Surgeon)(?<!Solicitor)(?<!Auditor)"
    r"(?<!Postmaster)(?<!Accountant)(?<!Registrar)(?<!Commissioner)(?<!Secretary-)(?<!Director-)"
    r"\s+(?:(?:Senior|Lieutenant|Major|Brigadier|Vice|Rear|Air|Army|Full)\s+)*(?:General|Admiral|Marshal|Colonel)$")
_HONORIFIC_BEFORE_OFFICE = re.compile(r"^(?:the\s+)?(?:(?:Right|Most|Rt\.?)\s+)?(?:Hon\.?|Honou?rable|H\.\s?E\.?)\s+(?=[A-Z])")
_MODIFIER_ONLY = re.compile(r"^(?:[Oo]utgoing|[Ii]ncoming|[Vv]isiting|[Nn]ewly[- ](?:appointed|elected)|new|current)$")
_FORMER = re.compile(r"^[Ff]ormer ")
# (a long name with its "of" too: "the People's Republic of China's new Ambassador X")
# (its acronym may come between: "The Democratic People's Republic of Korea (DPRK)'s leader X")
_POSSESSIVE_COUNTRY = re.compile(r"^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?: of(?: the)? [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)?)"
                                 r"(?: \([A-Z]{2,6}\))?(?:'s|(?<=s)')\s+")  # ("Belarus' Deputy Foreign Minister")

# "ruling", "opposition" before a party's name ("the opposition Example Party"), not before a common
# noun ("the opposition wing in the Parliament" is the body's own name)
_PARTY_STANCE = re.compile(r"^(?:ruling|governing|royalist|opposition)\s+(?=[A-Z]|party\b|coalition\b)")
_GOVERNMENT_ON = re.compile(r"^((?:[A-Z][a-z]+\s+)?Government)\s+(?:on|for)\s+")
_PARTICLE_APOSTROPHE = re.compile(r"^[dD]['’](?!Affaires)[A-Z][a-z]+$")  # (but "Chargé d'Affaires" is an office)
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|ul|ad|an|as|ar|at|az|ibn|bin|abu|da|de|di|du|van|von)-[A-ZÀ-Þ][\w'-]*$")
_REGNAL = re.compile(r"^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})$|^X{1,3}$")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.(?:[A-Z]\.)*$|^[A-Z](?:\.[A-Z]){1,2}$")  # ("G.L Peiris": the last dot left out)
# (a capital of any Latin script: "Ōmura", "Łukasz", "Şahin")
_NAMEWORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


# Words never part of a name though the vocabulary lacks them: verbs a Title Case headline writes ("NPC
# Speaks Highly of ...", "X Meets Y")
_NEVER_IN_NAMES = frozenset("speaks says highly urges vows hails lauds praises stresses calls holds meets visits pledges "
                            "seeks backs welcomes receives attends discusses congratulates expresses reaffirms underlines "
                            "emphasizes emphasises agrees "
                            # and words of bodies, events and days that end up next to a name ("Director of Political
                            # Section Yan Yang", "Art Troupe", "Wang Yang Saturday", "His Excellency Zheng Xi")
                            "section sector excellency attorney corporation orchestra philharmonic troupe reception ensemble choir "
                            "gala monday tuesday wednesday thursday friday saturday sunday "
                            "affair plan chiefs worship on organizer organiser post times herald tribune gazette journal cultural "
                            "community program programme initiative chartered york plus contact regional cooperative team "
                            "strategic today summer winter davos jirga".split())  # ("Vice-minister for Foreign Affair X": a typo's singular; "Five-Year Plan")
_NOUN_ENDINGS = ("tives", "tions", "ments", "ities", "ances", "ences", "ships", "isms", "ship", "ports")


@lru_cache(maxsize=65536)
def is_name_token(tok: str) -> bool:
    """A word that can be part of a personal name (capitalised, not an office word or country)."""
    raw = tok.strip(",;:\"")
    if len(raw) > 3 and raw[0] == "'" and raw[-1] == "'":
        raw = raw[1:-1]  # a nickname in quotes ("Pushpa Kamal Dahal 'Prachanda'")
    if not raw:
        return False
    if raw in _PARTICLES or _PARTICLE_HYPHEN.match(raw) or _PARTICLE_APOSTROPHE.match(raw):  # "de", "al-Assad", "d'Arvor"
        return True
    if _INITIAL.match(raw):
        return True
    if not (raw[0].isupper() and _NAMEWORD.match(raw)):
        return False
    word = raw.rstrip(".")
    if word.endswith(("'s", "’s", "'", "’")):
        return False  # a possessive ("Ministers' Meeting") is no name
    if word.lower() in VOCAB or word.lower() in _NEVER_IN_NAMES:
        return False
    if word.endswith(_NOUN_ENDINGS) and len(word) > 7:
        return False  # "Special Initiatives X", "Foreign Relations": a portfolio's plural noun, no name
    if "-" in word and any(part.lower() in VOCAB for part in word.split("-")):
        return False  # an office written with a hyphen ("Minister-Counsellor", "Ambassador-designate")
    if not word[1:].islower() and (glued := _GLUED_WORDS.fullmatch(word)) and glued[1].lower() in VOCAB \
            and glued[2].lower() in VOCAB:
        return False  # two office words with their space left out ("former US StateSecretary X"), not "McDonald"
    letters = word.replace("-", "").replace("'", "")
    if len(letters) >= 2 and letters.isupper():
        # acronyms (CPC, LDPR, UN) are not; "Felipe VI", "Carl XVI Gustaf" are, and so is a Chinese
        # surname in capitals, as missions write it ("Ambassador CHEN Xu")
        return bool(_REGNAL.match(word)) or (len(letters) >= 3 and word.lower() in SURNAMES)
    if countries.lookup(word):
        return False
    if any(ch.isdigit() for ch in word):
        return False
    return True


@lru_cache(maxsize=16384)
def strip_honorifics(text: str) -> tuple[str, bool]:
    """Drop leading honorifics ('Hon.', 'H.E. Mr.', 'Samdech Techo'); report whether any were dropped."""
    dropped = False
    while True:
        m = HONORIFICS.match(text)
        if not m or (text.startswith("Sheikh ") and " " not in text[m.end():].strip()):
            return text, dropped  # (but "Sheikh Hasina" is a name)
        text = text[m.end():]
        dropped = True


def _given_name_in_vocabulary(toks: list[str]) -> bool:
    """"Mr. Christian Marchant": after an honorific, a given name that is also a word the vocabulary
    knows ("Christian Democratic Union"), so long as it is no office or body word and a name follows."""
    return 2 <= len(toks) <= 3 and is_name_token(toks[-1]) and all(
        t[:1].isupper() and t.isalpha() and t.lower() not in _HEADS and t.lower() not in _ORG_WORDS
        and not countries.lookup(t) and (is_name_token(t) or t.lower() in _GIVEN_NAME_WORDS) for t in toks[:-1])


# Words the vocabulary holds that are given names too
_GIVEN_NAME_WORDS = frozenset("christian justice grace hope faith joy victor frank mark bill will rose".split())
_MID_HONORIFICS = frozenset("Mr. Mrs. Ms. Mr Mrs Ms Dr. Hon. H.E. Prof. Madam Madame".split())


@lru_cache(maxsize=16384)
def is_pure_name(chunk: str) -> bool:
    """The whole chunk is a personal name ('Liu Jianchao', 'Hon. Chombo', 'A.G. Karlov')."""
    text, honor = strip_honorifics(chunk.strip())
    toks = text.split()
    if not toks or len(toks) > 6:
        return False
    if "," in text and any(t.endswith(",") for t in toks[:-1]):
        return False  # "Hale, Ma" ("During his meeting with Hale, Ma said ..."): two people, not one name
    if len(toks) >= 3 and toks[-1] in _POST_NOMINALS and all(is_name_token(t) for t in toks[:-1]):
        return True  # "Faisal Rashid MP": a name and its letters (build_person makes them the office)
    if len(toks) == 3 and toks[2] == "On" and is_name_token(toks[0]) and is_name_token(toks[1]):
        return True  # "Chui Sai On" (see _name_runs)
    if not all(is_name_token(t) or (k == 1 and _viet_middle_the(toks, 0, 1)) for k, t in enumerate(toks)) \
            and not (honor and _given_name_in_vocabulary(toks)):
        return False
    if toks[0] in _PARTICLES or toks[-1] in _PARTICLES:
        return False
    if len(toks) >= 3 and any(t in _MID_HONORIFICS for t in toks[1:-1]):
        return False  # "Climate Mrs. X" ("Minister of Environment, Water and Climate Mrs. X"): a word before the name
    if len(toks) >= 2 and not honor and countries.lookup(" ".join(toks)):
        return False  # "Brunei Darussalam", "Costa Rica": a country alone
    return len(toks) >= 2 or honor or (len(toks) == 1 and (toks[0].startswith("Lord") or is_one_word_name(toks[0])))


def _country_tokens(tokens: list[str]) -> set[int]:
    """Indexes of tokens inside a multi-word country name ("Sri Lanka", "New Zealand"): never part of a name."""
    n = len(tokens)
    blocked: set[int] = set()
    for k in range(n):
        if not tokens[k][:1].isupper():
            continue
        # Only "The ..." or the first word of a multi-word country name can start one (for ASCII
        # words, whose lookup key is just the lowercased word); most capitalised words are names.
        # (A following bare "," or a non-ASCII word, which folding may empty, could leave a
        # one-word key, "Russia ,": then no shortcut.)
        first = tokens[k].strip(",")
        if first.isascii() and first and first.lower() not in countries.MULTI_WORD_FIRST \
                and all(t.strip(",") and t.isascii() for t in tokens[k + 1:k + 3]):
            continue
        for width in (5, 4, 3, 2):  # "Democratic Republic of the Congo", "Saint Kitts and Nevis", "Sri Lanka"
            if k + width <= n and countries.lookup(" ".join(t.strip(",") for t in tokens[k:k + width])):
                blocked.update(range(k, k + width))
                break
    return blocked


def _capitals_surname(tok: str) -> bool:
    """A surname written in capitals after a given name ("Ambassador Coly SECK"), not an acronym."""
    word = tok.strip(",;:")
    return len(word) >= 3 and word.isalpha() and word.isupper() and word.lower() not in VOCAB \
        and not countries.country_in(word) and not countries.is_international(word)


# Countries' names that are surnames too ("Madhav Kumar Nepal"), read as a name's last word after two of its words
_COUNTRY_SURNAMES = frozenset(("Nepal", "Jordan", "Chad", "Israel", "Georgia", "Lebanon"))
_OFFICE_ABBREVIATIONS = frozenset("PM VP FM CM DG MP SG GS HE HH EU UN AU EC CG DC".split())


def _initials_before_name(tokens: list[str], i: int) -> bool:
    """"KP Sharma Oli", "BP Koirala": two capitals that are a name's initials, not an acronym (a
    name of two words after them, no office or body word among them)."""
    tok = tokens[i]
    return len(tok) == 2 and tok.isalpha() and tok.isupper() and tok not in _OFFICE_ABBREVIATIONS \
        and tok.lower() not in VOCAB and not countries.lookup(tok) \
        and i + 1 < len(tokens) and is_name_token(tokens[i + 1]) and not tokens[i + 1].isupper() \
        and (i + 2 >= len(tokens) or is_name_token(tokens[i + 2]) or tokens[i + 1].endswith(","))


# Vietnamese surnames, before which "The" (Thế) is a middle name: "Dinh The Huynh", "Nguyen The Phuong"
_VIET_SURNAMES = frozenset("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Doan Truong "
                           "Luong Mai Trinh Cao Lam Ha Chu Ta Ton Quach".split())


def _viet_middle_the(tokens: list[str], i: int, j: int) -> bool:
    return j == i + 1 and tokens[j] == "The" and tokens[i] in _VIET_SURNAMES and j + 1 < len(tokens) \
        and is_name_token(tokens[j + 1])


def _name_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Spans [i, j) of consecutive name tokens that are not inside an 'of the X' phrase."""
    runs = []
    i = 0
    n = len(tokens)
    blocked = _country_tokens(tokens)
    while i < n:
        if i not in blocked and (is_name_token(tokens[i]) or _initials_before_name(tokens, i)) and tokens[i] not in _PARTICLES:
            j = i + 1 if not is_name_token(tokens[i]) else i
            while j < n and j not in blocked and (is_name_token(tokens[j]) or (j > i and _capitals_surname(tokens[j]))
                                                  or _viet_middle_the(tokens, i, j)) \
                    and not (j > i and j + 1 < n and tokens[j].rstrip(".").lower() in MONTHS and tokens[j + 1][:1].isdigit()):
                # ("Premier Zhu Rongji October 8 offered ...": a date after the name)
                j += 1
                if tokens[j - 1].endswith(","):
                    break  # a name does not run over a comma ("of St. Louis, Missouri")
            while j > i + 1 and tokens[j - 1] in _PARTICLES:
                j -= 1
            if j - i >= 2 and j < n and j not in blocked and tokens[j][:1].isupper() and not tokens[j - 1].endswith(",") \
                    and tokens[j].strip(",") in _COUNTRY_SURNAMES and (j + 1 == n or tokens[j].endswith(",")
                                                                       or not tokens[j + 1][:1].isupper()):
                j += 1  # "Madhav Kumar Nepal, Chairperson of ...": a surname that is a country's name
            if j - i >= 2 and j < n and tokens[j].rstrip(",") in ("uulu", "kyzy"):
                j += 1  # "Speaker Nurlanbek Turgunbek uulu": a Kyrgyz patronymic's "son of", in the name
            if j - i == 2 and j + 1 == n and tokens[j] == "On":
                j += 1  # "Chief Executive Chui Sai On": a Cantonese given name's last syllable, ending the chunk
            if j - i >= 3 and i > 0 and tokens[i].lower() in _IDEAL_GIVEN_NAMES and tokens[i - 1][:1].isupper():
                i += 1  # "Secretary General of the Organization of African Unity Amara Essy": the body's last word
            prev = tokens[i - 1].lower() if i > 0 else ""
            if j < n and tokens[j][:1].isupper() and tokens[j].lower().strip(",;") in _ORG_WORDS:
                i = j  # the words open a body's name ("the Beijing Xiangshan Forum"), no person's
            elif tokens[i - 1] == "party" and j - i >= 3:  # (a capitalised "Party" ends a body's name)
                runs.append((j - 2, j))  # "the French party Renaissance Ana Ruiz": the party's name first
            elif prev not in ("of", "the", "to", "from", "for", "in", "and", "with", "by", "at", "on"):
                runs.append((i, j))
            elif prev in ("of", "the", "in", "to", "and") and j - i >= 3 and (j == n or tokens[j] == "of") \
                    and not countries.city_country(" ".join(t.strip(",") for t in tokens[i:j])):  # ("in Bandar Seri Begawan")
                # "Minister of Mines Peter Banda of Zambia": a portfolio word glued to the name;
                # "Consul General to San Francisco Ren Faqiang": a city; "Governor of Maharashtra
                # Bhagat Singh Koshyari": a state, and a name of three words after it.
                w = next((w for w in (2, 1) if j - i - w >= 2 and (countries.is_state(" ".join(tokens[i:i + w]))
                                                                   or countries.city_country(" ".join(tokens[i:i + w])))), 0)
                runs.append((i + w, j) if w else (j - 2, j))
            elif prev == "for" and j - i >= 3 and (j == n or tokens[j] == "of") \
                    and ("-" in tokens[i] or tokens[i].lower() in _REGION_WORDS or countries.lookup(tokens[i])) \
                    and tokens[i + 1].lower() not in _REGION_WORDS:  # (not "for World War II", "for Asia Pacific Strategy")
                # "Under-Secretary-General of the UN for Counter-Terrorism Vladimir Voronkov", "Assistant
                # Secretary-General for Africa Martha Ama Akyaa Pobee": the portfolio's one word, then the name
                runs.append((i + 1, j))
            i = j
        else:
            i += 1
    return runs


@lru_cache(maxsize=16384)
def _is_org_like(text: str) -> bool:
    """Does the phrase after "of" name an organisation (not a portfolio such as "Foreign Affairs")?"""
    words = text.split()
    if not words:
        return False
    if re.search(r"\b[A-Z]{2,}\b|[A-Z]{2,}-|-[A-Z]{2,}", text):
        return True
    if text.startswith("Local Government"):
        return False  # a portfolio ("Minister of Local Government and Rural Development"), not a body
    if any(w.lower().strip("(),") in _ORG_WORDS for w in words):
        return True
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and words[0].lower().strip(",;") not in _PORTFOLIO


_PORTFOLIO = frozenset("""
foreign state interior home defense defence finance culture education health justice commerce trade agriculture
labour labor economy economic land transport tourism energy environment industry information science
administration communications public internal external national international social youth women water mines
mining petroleum planning works housing sports fisheries portfolio without business security
development cooperation services digital technology innovation infrastructure investment lands natural human
sport arts family veterans immigration employment budget treasury revenue customs oceans climate power
electricity transportation aviation heritage rural urban local regional posts telecommunications mineral minerals
gender children media broadcasting ports roads food livestock forestry wildlife maritime sanitation irrigation
policy protocol
""".split())


_ORG_WORDS = frozenset("""
party parties committee council commission department bureau office assembly parliament congress union front
movement league federation institute institution foundation academy university association group ministry
government senate court agency board authority centre center secretariat organization organisation forum
municipality municipal province duma knesset diet bank mission corporation company society club alliance
coalition fund house college school
""".split())
_PARTY_DESCRIPTOR = re.compile(r"^(?:[a-z][\w-]*\s+){0,3}party\s+(?=[A-Z])")
_DEMONYM_PARTY = re.compile(r"^([A-Z][a-z]+)\s+(?=(?:[a-z][\w-]*\s+){0,3}party\s+[A-Z])")
_PARTY_END = re.compile(r"\bPart(?:y|ies)$")
_SENIOR_OFFICIAL = re.compile(r"^(senior|top|veteran|leading)\s+(.+?)\s+(official|diplomat|leader|legislator)$", re.I)
_PERSON_OFFICE = re.compile(r"^(?:the )?(?:President|Prime Minister|King|Queen|Emperor|Chancellor|Premier)\b")


_STATE_FORMS = ("Republic", "Kingdom", "Federation", "Commonwealth", "Sultanate", "Principality", "Emirates")


def _names_its_country(text: str, i: int) -> bool:
    """Is the "of" at i the middle of a country's long name ("Republic of Montenegro parliament speaker")?"""
    head = text[:i].rsplit(" ", 1)[-1]
    rest = text[i + 4:].split()
    # (the country may be written short after the form: "Republic of Montenegro")
    return any(countries.lookup(f"{head} of {' '.join(rest[:n])}") or countries.is_country_name(" ".join(rest[:n]))
               for n in (1, 2, 3) if len(rest) > n)


_TO_STATE_FORM = re.compile(r"\bto the (?:(?:Islamic|Federal|Democratic|People's|United|Socialist|Arab|Independent|Co-operative|"
                            r"Cooperative|Plurinational|Bolivarian|Hashemite) )*(?:Kingdom|Republic|State|Federation|"
                            r"Commonwealth|Union|Sultanate|Principality|Grand Duchy|Emirates?)$")
_COUNTRY_NAMES_ITS_BODY = re.compile(r"(?:[A-Z][\w'-]*\s+){0,3}(?:Party|Front|Movement|League|Congress|Alliance)"
                                     r"(?:\s+\([A-Za-z-]{2,12}\))?\s+(?:[A-Z][a-z]+|[a-z]+)")
# ("Chief of the Naval staff", "Chief of Naval Operations", "Chief of Defence Forces": one office)
_STAFF_PORTFOLIO = re.compile(r"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}[Ss]taff(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)?"
                              r"|Naval\s+Operations|Defen[cs]e\s+Forces|[Mm]ission)$")
_PLACE_OFFICE = re.compile(r"(?:^|\s)(?:Governor|Mayor|Chief Minister|Premier)$", re.IGNORECASE)


@lru_cache(maxsize=16384)
def split_role(role: str) -> tuple[str, str | None, str | None]:
    """'Minister of the International Department of the CPC' → ('Minister', 'International ...', country).

    The cut is at the first " of " followed by "the", an organisation-like phrase or a country;
    " of <portfolio>" ("Minister of Interior", "Secretary of State") stays in the title.
    """
    text = role.strip().strip(",")
    if text.endswith((" of the Opposition", " of Opposition")):
        return text, None, None  # "Leader of the Opposition": a parliament's office, the opposition no body
    at = text.find(" at the ")
    if at > 0 and text[at + 8:at + 9].isupper() and _is_org_like(text[at + 8:]):
        # "Vice Minister for International Affairs at the Ministry of Economy, Trade and Industry"
        title, org, country = split_role(text[:at])
        return (title, org, country) if org or country else (title, text[at + 8:], None)
    at = text.find(" in the ")
    if at > 0 and text[at + 8:at + 9].isupper() and _is_org_like(text[at + 8:]):
        # "Assistant Secretary of State in the Bureau of Legislative Affairs" (but "Chairman of the EPP
        # Group in the European Parliament" is one body)
        title, org, country = split_role(text[:at])
        if not org and not country:
            return title, text[at + 8:], None
    at = text.find(" from ")
    if at > 0 and " of " not in text[:at]:
        # "the party secretary from Jilin Province", "a senior official from the Ministry of Commerce"
        body = text[at + 6:]
        body = body[4:] if body.startswith("the ") else body
        if body[:1].isupper() and (_is_org_like(body) or countries.lookup(body)):
            found = countries.lookup(body)
            return (text[:at], None, found) if found else (text[:at], body, None)
    country = None
    pos = 0
    while True:
        i = text.find(" of ", pos)
        while i > 0 and (("(" in text and text.count("(", 0, i) > text.count(")", 0, i))
                         or (text.endswith(_STATE_FORMS, 0, i) and _names_its_country(text, i))):
            # ("Federation Council (upper house of the parliament) Chairman"; "Republic of Montenegro
            # parliament speaker": the country's long name, no office's "of")
            i = text.find(" of ", i + 4)
        if i < 0:
            return text, None, country
        rest = text[i + 4:]
        head = text[:i]
        segment = rest.split(" of ")[0]
        to_cut = re.split(r"\s+(?:to|in)\s+", rest)[0]
        lead_cut = re.split(r"\s+and\s+|,\s*", rest)[0]
        found = countries.lookup(to_cut) or countries.lookup(rest) or countries.lookup(lead_cut) \
            or (countries.lookup(rest[: rest.index(" (")]) if rest.endswith(")") and " (" in rest else None)
        if found:
            if countries.is_nation_within(rest):
                return head, rest, found  # "Minister for Communities of Northern Ireland": the place and its state
            if _TO_STATE_FORM.search(head):
                return text, None, None  # "Ambassador to the Kingdom of Tonga": where the envoy is sent, whole
            return head, None, found
        if _STAFF_PORTFOLIO.match(rest):
            # "Chief of Army Staff", "Chief of the General Staff", "Chief of Staff to the President", "Deputy
            # Chief of Mission": the office whole
            return text, None, country
        # A second "of" after a portfolio ("Secretary of Administration of Frelimo") names the body;
        # so does a place after an office that governs one ("Governor of Connecticut", "Mayor of Siliguri")
        if rest.lower().startswith("the ") or _is_org_like(segment) or (pos > 0 and rest[:1].isupper()) \
                or (rest[:1].isupper() and _PLACE_OFFICE.search(head)):
            org = _ARTICLE.sub("", rest)
            if _PERSON_OFFICE.match(org):
                return head, None, countries.country_in(org)
            gm = _GOVERNMENT_ON.match(org)
            if gm:
                # "Special Representative of the Chinese Government on Eurasian Affairs": an envoy of a
                # whole government, which the labels name by the country alone (what the envoy is for
                # is no body's name either)
                return head, None, country or countries.country_in(gm.group(1))
            if org.isalpha() and org.islower():
                return head, None, country  # "the Lord Mayor of the city": a place the text named before, no body
            return head, org, country
        pos = i + 4


def _drop_former_nationality(title: str) -> tuple[str, str | None]:
    """'former Norwegian Prime Minister' → ('former Prime Minister', 'NOR'); 'former South African
    President' → ('former President', 'ZAF'). The nationality word goes as it does without "former"."""
    fm = _FORMER.match(title)
    if not fm:
        return title, None
    words = title[fm.end():].split(" ")
    for width in (2, 1):
        if len(words) > width and words[0][:1].isupper():
            found = countries.lookup(" ".join(words[:width]))
            if found:
                return fm.group(0) + " ".join(words[width:]), found
    return title, None


@lru_cache(maxsize=16384)
def _clean_title(role: str) -> tuple[str, str | None]:
    """Remove article, 'outgoing', nationality word or "Country's" from an office; return (title, country)."""
    text = _ARTICLE.sub("", role.strip().lstrip("\"“”"))  # ('"Visiting Chinese Foreign Minister X': a stray quote first)
    country = None
    for _ in range(3):
        changed = False
        m = _MODIFIERS.match(text)
        if m and not (text.startswith("New ") and countries.lookup(" ".join(text.split()[:2]))):
            text = text[m.end():]  # (but "New Zealand Labour Party leader" names a country)
            changed = True
        # ("Cuban leader Raul Castro's special envoy": whose envoy, not the envoy's office)
        pm = re.match(r"^(?:[A-Z][\w-]*\s+|[a-z]+\s+){0,3}?(?:[A-Z][\w-]+\s+([A-Z][\w-]+))'s\s+(?=[a-z])", text) \
            or _BACK_REFERENCE.match(text)
        if pm is not None and pm.lastindex and pm.group(1).lower() in _ORG_WORDS:
            pm = None  # ("Director of the State Council's research office": a body's, whose office it is)
        elif pm is not None and pm.lastindex and countries.lookup(_CAPITALS_BEFORE_POSSESSIVE.search(pm.group(0)).group(1)):
            pm = None  # ("secretary general of South Africa's ruling X": a country's, the country is said below)
        if pm is None and "'s " in text[:20]:
            # ("Hale's senior adviser": one person's, not a country's or a body's)
            pm = _ONE_WORD_POSSESSIVE.match(text)
            if pm and (countries.lookup(pm.group(1)) or pm.group(1).lower() in _ORG_WORDS):
                pm = None
        if pm:
            text = text[pm.end():]
            changed = True
        m = _POSSESSIVE_COUNTRY.match(text)
        if m and countries.lookup(m.group(1)):
            country = country or countries.lookup(m.group(1))
            text = text[m.end():]
            changed = True
        without, former_country = _drop_former_nationality(text)
        if former_country:
            country = country or former_country
            text = without
            changed = True
        first, _, rest = text.partition(" ")
        two = " ".join(text.split()[:2])
        words = text.split()
        long_name = next((n for n in (5, 4, 3) if len(words) > n and " of " in text and countries.lookup(" ".join(words[:n]))), 0)
        if long_name:
            # "The People's Republic of China Minister of Commerce X": the country's full name first
            country = country or countries.lookup(" ".join(words[:long_name]))
            text = " ".join(words[long_name:])
            changed = True
        elif len(words) > 3 and countries.lookup(" ".join(words[:3])):
            country = country or countries.lookup(" ".join(words[:3]))  # "Papua New Guinean Prime Minister"
            text = " ".join(words[3:])
            changed = True
        elif rest and countries.lookup(two) and len(text.split()) > 2:
            country = country or countries.lookup(two)
            text = text[len(two):].strip()
            changed = True
        elif rest and countries.lookup(first) and first not in ("State",) and not countries.starts_with_body(text) \
                and not (countries.is_country_name(first) and _COUNTRY_NAMES_ITS_BODY.match(rest)):
            # ("Pakistan Peoples Party Chairman": the country's name opens the party's, kept for the body)
            country = country or countries.lookup(first)
            text = rest
            changed = True
        if not changed:
            break
    if country and text.startswith(("Special Administrative Region ", "SAR ")):
        text = text.split(" ", 3)[3] if text.startswith("Special") else text[4:]  # "Hong Kong SAR Chief Executive"
    if text.endswith("-in-law") or text.endswith((" and wife", " and husband")):
        text = _AND_KIN.sub("", text)  # "senior adviser and son-in-law": the office
    if text[:1].isupper() and " " not in text and (alone := countries.lookup(text)):
        return "", country or alone  # ("British Prince Andrew": a nationality, no office)
    return text, country


def _acronym_org(title: str) -> tuple[str, str | None]:
    """'PCT General Secretary' → ('General Secretary', 'PCT'); 'CPP President' → ('President', 'CPP')."""
    m = _ACRONYM_THEN_OFFICE.match(title)
    if not m or (m.group(1)[1:2] == "." and countries.lookup(m.group(1))):
        return title, None  # ("U.S. Trade Representative": a country's, no body)
    words = m.group(2).split()
    if words[0].lower() in _HEADS | {"general"}:
        return m.group(2), m.group(1)
    if 2 <= len(words) <= 3 and words[-1].lower() in _HEADS and all(
            w[:1].isupper() and w.lower() not in _ORG_WORDS and w.lower() not in _HEADS for w in words[:-1]):
        return m.group(2), m.group(1)  # "EU Agriculture Commissioner": the field stays with the office
    return title, None


# "PCT General Secretary", "U.N. Secretary-General"
_ACRONYM_THEN_OFFICE = re.compile(r"^([A-Z][A-Z\-]{1,9}|(?:[A-Z]\.){2,4})\s+(.+)$")


def _international_org(title: str) -> tuple[str, str | None]:
    """'United Nations Secretary-General' → ('Secretary-General', 'United Nations'): the body
    written before the office is its organisation, as "of the United Nations" after it would be."""
    split = countries.international_prefix(title) if title[:1].isupper() else None
    if split and split[1].split()[0].lower() in _HEADS:
        return split[1], split[0]
    return title, None


def _body_before_office(title: str) -> tuple[str, str | None]:
    """'Labour Party Secretary General' → ('Secretary General', 'Labour Party'), 'Parliament
    Speaker' → ('Speaker', 'Parliament'): a capitalised body written before the office is its
    organisation, as "Secretary General of the Labour Party" would give it."""
    if " of " in title or " for " in title:
        bm = _MINISTRY_THEN_OFFICE.match(title)
        if bm:  # "Ministry of Foreign Affairs Director-General for North Korean Nuclear Affairs"
            return bm.group("office"), bm.group("body")
    words = title.split()
    for k in range(len(words) - 2, -1, -1):
        # (the body's acronym may follow it: "People's Party (CPP) President", "CPN (Maoist Centre) Chairman")
        acronym = k > 0 and words[k].endswith(")") and "(" in " ".join(words[:k + 1])
        # (or a gloss in parentheses after the body: "State Duma (lower house) Speaker")
        if (words[k].lower() in _ORG_WORDS or (acronym and (words[k - 1].lower() in _ORG_WORDS or "(" in words[k]
                                                            or any(w.isupper() and len(w) >= 2 for w in words[:k])
                                                            or _GLOSSED_BODY.match(" ".join(words[:k + 1]))))) \
                and (words[k + 1].lower() in _HEADS or words[k + 1].lower().rpartition("-")[2] in _HEADS):
            # ("14th National People's Congress Standing Committee Chairman": an ordinal may open it;
            # "National Assembly Vice-Chairperson": a hyphened head)
            if k == 0 and words[0].lower() in ("party", "state", "government", "union", "lord"):
                break  # "Party General Secretary": a party's office, no body named ("Union Minister": Myanmar's, India's)
            body = " ".join(words[: k + 1])
            # ("Republic of Montenegro parliament speaker": "of" inside, the body's word in lower case last)
            if _GLOSSED_BODY.match(body) or all(w[:1].isupper() or w.startswith("(") or w.endswith(")")
                                                or (i == 0 and _ORDINAL.match(w)) or (0 < i < k and w in ("of", "the"))
                                                or (i == k > 0 and w in _ORG_WORDS) for i, w in enumerate(words[: k + 1])):
                return " ".join(words[k + 1:]), " ".join(words[: k + 1])
            break
    if len(words) >= 2 and words[-1].isupper() and 3 <= len(words[-1]) <= 8 and words[-1].isalpha() \
            and words[-2].lower() in _HEADS and not countries.lookup(words[-1]):
        return " ".join(words[:-1]), words[-1]  # "Deputy Director General IDCPC": the body's acronym after it
    return title, None


_MINISTRY_THEN_OFFICE = re.compile(
    r"^(?P<body>(?:[A-Z][\w'-]*\s+){0,2}(?:Ministry|Department|Bureau|Commission|Agency)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]*,?\s+(?:(?:and|&)\s+)?){1,5}?)(?P<office>(?:(?:Deputy|Vice|Assistant|Acting|Executive)\s+)?"
    r"(?:Director-General|Director\s+General|Director|Secretary-General|Secretary|Minister|Head|Chief|Spokesperson|Spokesman)"
    r"\b.*)$")
_GLOSSED_BODY = re.compile(r"^(?:[A-Z][\w'-]*\s+)*(?:" + "|".join(sorted(w.capitalize() for w in _ORG_WORDS)) + r") \([a-z][\w ]{2,30}\)$")
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


def _named_body_then_office(title: str) -> tuple[str, str | None]:
    """'former House of Representatives Speaker' → ('former Speaker', 'House of Representatives'):
    a body whose name holds "of", written before the office, is not cut at its "of"."""
    words = title.split()
    if len(words) < 4 or words[-1].lower() not in _SECOND_HEADS or not words[-1][:1].isupper():
        return title, None
    k = len(words) - 1
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "the", "and")):
        k -= 1
    body = words[k:-1]
    while body and body[0] in ("of", "the", "and"):
        body, k = body[1:], k + 1
    if "of" not in body or not any(w.lower() in _ORG_WORDS for w in body):
        return title, None
    return " ".join(words[:k] + words[-1:]), " ".join(body)


# A verb inside what stands before a name is a clause, not an office: "Martin welcomed Ambassador
# X", "Consul General Y visited district offices of Senator X", "VP Y would call on President X".
_CLAUSE_VERB = re.compile(r"\b(?:welcomed|visited|met|meet|who|received|thanked|would|will|paid|presented|expressed|hosted|"
                          r"accompanied|introduced|briefed|congratulated|invited|told|said|stated|[Tt]his|is\s+after|up|"
                          r"(?:call|visit)\s+from)\s")  # ("This was stated by Chairperson X", "a farewell call from outgoing Ambassador X")


_AND_SECOND_OFFICE = re.compile(
    r"\s*,?\s+and\s+(?=(?:[Vv]ice\s+|[Dd]eputy\s+|[Ee]xecutive\s+)?(?:[Cc]ommander|[Hh]ead|[Cc]hairman|[Cc]hairwoman|[Ss]ecretary|"
    r"[Ss]ecretary-[Gg]eneral|[Dd]irector|[Pp]resident|[Mm]inister|[Mm]ember|[Cc]hief|[Mm]ayor|[Gg]overnor|[Ll]eader)\b[^,]*?\bof\b)")
_BODY_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w-]*){1,5})'s\s+(?=[A-Za-z])")


_BODY_NOUNS = frozenset("""union council party committee organization organisation ministry department nations bank fund
commission assembly parliament congress government association league forum agency office bureau institute
university group army federation alliance community secretariat""".split())


def _names_a_body(text: str) -> bool:
    """"European Union", "ASEAN Secretariat", "WHO": a body's name (not "President Xi Jinping")."""
    last = text.split()[-1]
    return last.lower() in _BODY_NOUNS or (last.isupper() and len(last) >= 2)


def _office_after_clause(role: str) -> str:
    """The office words at the end of a role with a clause in it ("... of Senator" → "Senator")."""
    words = role.split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "for", "and")
                     or (words[k - 1] == "the" and k >= 2 and words[k - 2] in ("of", "for"))):
        k -= 1  # ("... by Chairperson of the Council of the Republic")
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    return " ".join(words[k:])


def build_person(name: str, roles: list[str], suffix: str | None = None) -> Person:
    """A PERSON record from a name, its offices in order, and an optional 'of <org>' after the name."""
    name, title, org, country, also = _build(name, tuple(roles), suffix)
    return {"name": name, "title": title, "organization": org, "country": country, "also": list(also)}


_ORG_LOWER_TAIL = re.compile(r",\s+(?:[a-z]|$)")
_MEMBER_OFFICES = frozenset("councillor councilor senator mla mep".split())
_COMMA_WORD = re.compile(r",\s+([A-Z][A-Za-z-]*)\b")
_ORG_AND_OTHERS = re.compile(r"\s+and\s+(?:more|over|some|about|other|several|dozens|hundreds)\b")


_PLACE_THEN_OFFICE = re.compile(r"(?P<place>(?!(?:Deputy|Vice|Lieutenant|Executive|First)\b)[A-Z][a-z]+"
                                r"(?: (?!(?:Deputy|Vice|Lieutenant|Executive|First)\b)[A-Z][a-z]+){0,2}) "
                                r"(?P<office>(?:(?:[Dd]eputy|[Vv]ice|[Ll]ieutenant|[Ee]xecutive|[Ff]irst) )?"
                                r"(?:[Gg]overnor|[Mm]ayor|[Pp]remier|[Cc]hief [Mm]inister|[Pp]arty (?:[Ss]ecretary|[Cc]hief)))$")
_STATE_THEN_OFFICE = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)??) (?P<office>(?:State )?(?:Speaker|Assemblymember|Assemblyman|"
                                r"Assemblywoman|Senator|Representative|Treasurer|Attorney General|Secretary of State|Chief Minister))$")
_UNIT_OF_COUNTRY = re.compile(r"(?:(?<=[Pp]rovince)|(?<=[Pp]refecture)|(?<=[Cc]ounty))\s+(?:of|in)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$")
_POST_NOMINALS = frozenset("MP MLC MLA MPP MHA MSP MNA QC KC OBE CBE MBE TD MEP AM MS".split())
# (a person or an office before "'s": "Prime Minister Gordon Brown's", "the President's")
_PERSON_POSSESSIVE = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:Prime\s+Minister|President|Premier|Chancellor|King|Queen|Governor|"
                                r"Secretary-General|Chairman)(?:\s+[A-Z][\w.-]*){0,3})'s\s+")


_ORG_CLAUSE = re.compile(r"\s+as\s+well\s+as\s|\s*—|\s+such\s+as\b|\s+and\s+[a-z]+ed\s|\s+(?:on|in)\s+\d|\s+led\s+by\s"
                         r"|\s+and\s+(?:a\s+)?(?:winner|recipient|laureate)\s+of\s"  # ("... Association and winner of the ... Award")
                         # ("... Committee on Security and the next minister of Finance ...": a second office)
                         r"|\s+and\s+(?:the\s+|a\s+)?(?:next\s+|former\s+|current\s+)?(?:minister|secretary|member|head|chairman|"
                         r"president|director)\s+of\s"
                         # ("RPF-Inkotanyi at RPF Headquarter in Rusororo": where, not the body)
                         r"|\s+at\s+(?:the\s+|its\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:Headquarters?|House|Hall|Palace|Residence)\b"
                         r"|\s+(?:sent|said|says|informed|told|met|visited|signed)\s")
_TITLE_TIME = re.compile(r"\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
                         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_NOT_AN_OFFICE = re.compile(r"(?:is|was|are|were|has|had|will|would|this|these|those|to|who|which)\s")


@lru_cache(maxsize=16384)
def _build(name: str, roles_in: tuple[str, ...], suffix: str | None) -> tuple:
    """The pure part of build_person, cached: the same official is written the same way again and again."""
    roles = [r.strip(" ,;") for r in roles_in if r and r.strip(" ,;")]
    roles = [_ARTICLE.sub("", r) for r in roles]
    if roles and roles[0].startswith(("together with ", "along with ")):
        # "Consul General A, together with General Manager of X B, met ...": B's office after the phrase
        roles[0] = _ARTICLE.sub("", roles[0].split(" with ", 1)[1])
    if any(" other" in r or "both " in r for r in roles):
        # "X, Secretary of State for Land and Property and other Timorese dignitaries", "Y, Commissioner of
        # Education, both from the Chinese Embassy": the list's tail is no part of the office
        roles = [t for t in (_ROLE_TAIL.sub("", r) for r in roles) if t]
    if any(" was " in r or " is " in r or " were " in r for r in roles):
        # "X, Minister for Agriculture was the chief guest on the occasion": the clause is no office
        roles = [_without_copula_clause(r) for r in roles]
    roles = [r for r in roles if not _MODIFIER_ONLY.match(r)]  # "visiting X, a Member of ...": no office
    if len(roles) > 1 and _is_bare_rank(roles[0]):
        roles = roles[1:]  # "Senior Lieutenant General X, member of ...": the rank is no office
    if roles and roles[0].endswith(_RANK_WORDS):
        # "Defence Minister General X", "Chief of Army Staff General X": the rank is no part of the office
        rm = _TRAILING_RANK.search(roles[0])
        rest = roles[0][: rm.start()] if rm else ""
        if any(w.lower() in _HEADS for w in rest.replace("-", " ").split()):  # ("Army General X": the rank is all)
            roles[0] = rest
    if roles and roles[0].endswith(_STYLE_AFTER_OFFICE) and " " in roles[0]:
        # "Chief of Protocol Ambassador X", "NGA Vice Chair Governor X": the office, then a style of the name's
        rest = roles[0].rpartition(" ")[0]
        if rest.rsplit(" ", 1)[-1].lower() in _OFFICE_END_WORDS:
            roles[0] = rest
    if roles and roles[0].startswith(("Hon", "H.E", "the Hon")):
        roles[0] = _HONORIFIC_BEFORE_OFFICE.sub("", roles[0])  # "the Hon. Leader of Opposition X"
    rest, _, post = name.rpartition(" ")
    if rest and post in _POST_NOMINALS:
        name, roles = rest, roles or [post]  # "Jing Lee MLC", "Tom Hale MP": the letters are an office
    if roles and "'s " in roles[0]:
        # "Prime Minister Gordon Brown's Adviser on Foreign Policy", "the Prime Minister's Private
        # Secretary": whose office it is, then the office
        pm = _PERSON_POSSESSIVE.match(roles[0])
        if pm and roles[0][pm.end():][:1].isupper():
            roles[0] = roles[0][pm.end():]
    if roles and _CLAUSE_VERB.search(roles[0]):
        roles[0] = _office_after_clause(roles[0])
        if not roles[0]:
            roles = roles[1:]  # (a clause and no office after it: no title, not an empty one)
    title = org = country = None
    also: list[str] = []
    body_of = None
    if roles and "'s " in roles[0]:
        # "the European Union's high representative for ...": the body whose office it is
        bm = _BODY_POSSESSIVE.match(roles[0])
        if bm and not countries.lookup(bm.group("body")) and _names_a_body(bm.group("body")) \
                and not (" of " in bm.group("body")  # ("Vice Chairman of the X's Commission": an office's own)
                         and any(w.lower() in _HEADS for w in bm.group("body").split(" of ")[0].split())):
            body_of, roles[0] = bm.group("body"), roles[0][bm.end():]
    if roles:
        first, dem_country = _clean_title(roles[0])
        if not first and len(roles) > 1:
            # "Chinese X, Ambassador to Laos": the nationality, then the office after the name
            roles = roles[1:]
            first, dem2 = _clean_title(roles[0])
            dem_country = dem_country or dem2
        # "Senior Communist Party of China (CPC) official" → ("senior official", the body).
        so = _SENIOR_OFFICIAL.match(first)
        if so:
            first = f"{so.group(1).lower()} {so.group(3)} of {so.group(2)}"
        title, org = _named_body_then_office(first) if " of " in first else (first, None)
        of_country = None
        if org is None:
            title, org, of_country = split_role(first)
        title, acr = _acronym_org(title)
        org = org or acr
        if org is None:
            title, org = _international_org(title)
        if org is None and title and " " in title:
            pt = _PLACE_THEN_OFFICE.match(title)  # "Shandong governor", "Sarawak Deputy Premier", "Shanghai Party chief"
            if pt and not countries.lookup(pt.group("place")) and pt.group("place") not in ("Lord", "Union"):  # ("Lord Mayor")
                title, org = pt.group("office"), pt.group("place")
            elif pt is None:
                # "California Assemblymember", "West Bengal Speaker": a state's own office
                st = _STATE_THEN_OFFICE.match(title)
                if st and countries.is_state(st.group("place")):
                    title, org = st.group("office"), st.group("place")
        if org is None:
            title, org = _body_before_office(title)
        country = dem_country or of_country
        org = org or body_of
        also = roles[1:]
    if suffix:
        suffix = suffix.strip(" ,")
        sc = countries.lookup(suffix)
        if sc is None and " in " in suffix:
            # "Foreign Minister X of Kenya in Nairobi": the city is where they met
            country_part, _, place = suffix.partition(" in ")
            sc = countries.lookup(country_part) if place[:1].isupper() else None
            if sc:
                suffix = country_part
        if sc:
            country = country or sc
        elif org is None:
            org = _ARTICLE.sub("", suffix)
    if org in ("delegation", "Delegation"):
        org = None  # "head of the delegation": the delegation is no body of its own
    if org and " and " in org:
        # "... of the Myanmar Defense Force and commander of the Myanmar Army": a second office
        am = _AND_SECOND_OFFICE.search(org)
        if am:
            org, also = org[: am.start()], [org[am.end():]] + list(also)
        elif " and also " in org:
            # "head of the X Department and also chairman of the Y Party"
            org, _, second = org.partition(" and also ")
            also = [second] + list(also)
    if org:
        org = _PARTY_STANCE.sub("", org)
        pm = _POSSESSIVE_COUNTRY.match(org)
        if pm and countries.lookup(pm.group(1)):
            country = country or countries.lookup(pm.group(1))
            rest = org[pm.end():]
            if not rest[:1].isupper() or rest.endswith(" party") or rest in _OFFICE_NOT_BODY:
                # ("South Africa's ruling African National Congress": the party, its stance and its country
                # said apart; "China's Central Military Commission" is the body as written, whole)
                org = _PARTY_STANCE.sub("", rest)
        # "ruling coalition party Komeito", "opposition party Example Union", "French party
        # Renaissance": the party is its name.
        dm = _DEMONYM_PARTY.match(org)
        if dm and countries.lookup(dm.group(1)):
            country = country or countries.lookup(dm.group(1))
            org = org[dm.end():]
        org = _PARTY_DESCRIPTOR.sub("", org)
        if org.endswith(" party") and org[:1].isupper():
            org = org[:-6]  # "the ruling Awami League party": the party is its name
        unit = _UNIT_OF_COUNTRY.search(org) if " of " in org or " in " in org else None
        if unit and countries.lookup(unit.group(1)):
            # "Copperbelt Province of Zambia", "Aichi prefecture in Japan": the country is no part of its name
            country = country or countries.lookup(unit.group(1))
            org = org[: unit.start()]
        tail = re.search(r"\s+of\s+the\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$", org)
        if tail and countries.lookup(tail.group(1)):
            country = country or countries.lookup(tail.group(1))
            if not _PARTY_END.search(org, 0, tail.start()):
                # (a party's country is part of its name: "Communist Party of the Russian Federation")
                org = org[: tail.start()]
    title = (title.strip(" ,") or None) if title else None
    if org and title and " for " in org:
        # "High Representative of the European Union for Foreign Affairs and Security Policy": the
        # portfolio is the office's, the world body the organization
        fm = _BODY_FOR_PORTFOLIO.match(org)
        if fm and countries.is_international_body(fm.group("body")):
            title, org = f"{title} for {fm.group('port')}", fm.group("body")
    if org and org in _OFFICE_NOT_BODY:
        org = None  # "special envoy of Japan's Prime Minister": whom the office serves, no body
    if org and ") in " in org:
        org = org[: org.index(") in ") + 1]  # "... Congress (ANC) in Cape Town": where they met, after the body's acronym
    if org and ", " in org:
        # "the Mazhilis, or the lower house of ...", "..., the local representative body", "...,
        # concluded a visit to Norway", "..., and": a body's name never goes on in lower case (nor
        # with a second office: "Manchester, Councillor", "Siliguri, MLA of West Bengal")
        cut = _ORG_LOWER_TAIL.search(org)
        if cut:
            org = org[: cut.start()]
        for om in _COMMA_WORD.finditer(org):
            if om.group(1).lower() in _HEADS or om.group(1).lower() in _MEMBER_OFFICES or om.group(1) in _POST_NOMINALS:
                org = org[: om.start()]
                break
    if org and " and " in org:
        cut = _ORG_AND_OTHERS.search(org)  # "São Paulo Forum and more than 60 leaders of ..."
        if cut:
            org = org[: cut.start()]
    clause = _ORG_CLAUSE.search(org) if org else None
    if clause:
        # "Communist Party of Spain as well as nearly 100 diplomatic envoys", "... of the PCC and updated
        # his host about ...", "...Party—the Prime Minister's Press Office informed ...": the sentence
        # went on past the body's name
        org = org[: clause.start()]
    if org:
        org = org.strip(" ,") or None
    if title and " on " in title:
        # "Ambassador to China on February 9th", "... on Monday": the sentence's time, not the office's
        tm = _TITLE_TIME.search(title)
        if tm:
            title = title[: tm.start()].rstrip(" ,")
    if title and _NOT_AN_OFFICE.match(title):
        title = None  # "X, is scheduled to visit ...", "X this morning visiting ...": no office written
    if country is None:
        scope = [org] if org else []
        scope += [title] if title else []
        if not any(countries.is_international(s) for s in scope):
            for text in scope + also:
                country = countries.country_in(text)
                if country:
                    break
    return name, title, org, country, tuple(also)




_SEPARATOR = re.compile(r",?\s+as well as\s+|\s*;\s*(?:and\s+)?|,\s+(?:and\s+(?:with\s+)?)?|\s+and\s+(?:with\s+)?")
# The same on plain text (fastre.is_plain: \s+ is one space): re tries it only at ",", ";" and
# spaces instead of at every character.
_SEPARATOR_PLAIN = re.compile(spaced(_SEPARATOR.pattern))


# "Mr Liu Quan the Consul General of China": an office after a name with no comma
_THE_OFFICE_AFTER = re.compile(r"^the\s+(?:[A-Z][\w-]*\s+){0,2}(?:" + "|".join(
    ("Consul", "Consulate", "Ambassador", "Minister", "President", "Chairman", "Chairperson", "Secretary", "Governor",
     "Mayor", "Director", "Head", "Speaker", "Deputy", "Vice")) + r")\b")
# (after "and", one of these opens the next person: "..., NPC Foreign Affairs Committee and Mr. X")
_NEW_PERSON_HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Mme. ", "Madam ", "H.E. ", "Hon. ", "Dr. ")


def _opens_with_one_word_name(text: str) -> bool:
    """"D.Gankhuyag, Ambassador ...", "Major General T.Badral, Head of ...": a one-word name (after a rank)
    is the next chunk's person."""
    part = text.split(",", 1)[0].split()
    return 1 <= len(part) <= 3 and is_one_word_name(part[-1]) and "." in part[-1]


def _chunks(phrase: str) -> list[tuple[str, str]]:
    """Top-level chunks with the separator that preceded each (',' or 'and' or ';').

    A separator inside parentheses never splits; one outside splits only where what follows
    starts a new office or person, or what precedes is a complete name.
    """
    out: list[tuple[str, str]] = []
    start = 0
    sep = ""
    for m in (_SEPARATOR_PLAIN if is_plain(phrase) else _SEPARATOR).finditer(phrase):
        i = m.start()
        if i < start or phrase.count("(", 0, i) > phrase.count(")", 0, i):
            continue
        nxt = phrase[m.end():]
        before = phrase[start:i]
        # ("as well as" never joins two fields of one office or the halves of a country's name)
        is_comma = phrase[i:m.end()].lstrip().startswith(",") or "as well" in phrase[i:m.end()]
        if not is_comma and _and_joins_country(before, nxt):
            continue  # "Bosnia and Herzegovina", "Saint Vincent and the Grenadines"
        if not is_comma and (" of " in before or " for " in before) and before.rstrip()[-1:].isalpha() and _FIELD_GOES_ON.match(nxt) \
                and not _ends_with_name(before) \
                and not any(w.lower().strip(",") in _HEADS and w.lower() not in _FIELD_WORDS for w in nxt.split(",", 1)[0].split()[:4]):
            continue  # "Minister of State and Foreign Affairs, X": one office over two fields
        if m.group(0).endswith("with ") or _starts_new(nxt) or (is_comma and (is_pure_name(before) or _ends_with_name(before))) \
                or (is_comma and "." in nxt[:40] and _opens_with_one_word_name(nxt)) \
                or (is_comma and nxt.startswith("also ")) \
                or (not is_comma and nxt[:1].islower() and _OTHERS.match(nxt)) \
                or (is_comma and (_STYLE.match(nxt) or (nxt[:1].islower() and _singular_office(nxt.split(",", 1)[0])))) \
                or (nxt.startswith("the ") and nxt[4:5].isupper() and phrase.startswith(" and ", i) and is_pure_name(before)) \
                or (nxt.startswith(_NEW_PERSON_HONORIFICS) and phrase.startswith(" and ", i)) \
                or (phrase.startswith(" and ", i) and nxt[:1].isupper()
                    and ((" " in before.strip() and is_pure_name(before)) or _ends_with_name(before))) \
                or (phrase.startswith(" and ", i) and nxt[:1].islower() and _described_name_next(nxt)
                    and _ends_with_name(before)):
            if not is_comma and " of " in before and _continues_body(before, nxt):
                continue
            if not is_comma and " of " not in before and _joins_domains(before, nxt):
                continue  # "Science and Technology Minister X": one office over two fields
            out.append((sep, before))
            g = m.group(0).strip()
            sep = ";" if g.startswith(";") else ("and" if "and" in g else ",")
            start = m.end()
    out.append((sep, phrase[start:]))
    return [(s, c.strip()) for s, c in out if c.strip()]


def _described_name_next(text: str) -> bool:
    """Does the text open with a name after a short lower-case description ("friend Ambassador X",
    "former minister X")?"""
    found = _find_name_in_chunk(text.split(",", 1)[0])
    return bool(found and found[1] and found[0] and len(found[0].split()) <= 3 and not found[2])


_FIELD_WORDS = frozenset(("foreign", "national", "international", "economic", "public", "social"))
_FIELD_GOES_ON = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Affairs|Trade|Development|Cooperation|Planning|Investment|Industry|Commerce|Tourism|Culture|"
    r"Education|Justice|Security|Defen[cs]e|Finance|Economy|Technology|Environment|Communications|Transport|Energy|Health|"
    r"Agriculture|Integration|Relations|Safety|Fisheries|Forestry|Labou?r|Employment|Welfare|Sports?|Youth|Housing|Water|"
    r"Resources|Mining|Infrastructure|Innovation|Science|Research|Information|Heritage|Arts|Climate|Immigration|Emigration|"
    r"Expatriates|Interior|Marine|Aviation|Telecommunications|Administration|Reform|Customs|Enterprises?|Protection|"
    r"Petroleum|Power|Lands?|Livestock|Gas|Oil|Mines|Minerals|Railways|Ports|Shipping|Works|Broadcasting|Statistics)\b(?!\s+(?:Minister|Secretary|Director|Commissioner|Committee)\b)")
# "President of the Commission on International Relations and Human Mobility of the National
# Assembly": capitalised words going on with "of the" continue a body's name; a person's name
# is followed by a comma, an office or the end.
_ORG_GOES_ON = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3}of\s+the\s+")


def _continues_body(before: str, after: str) -> bool:
    """Is "and <after>" more of the body named at the end of <before> (no new office or person)?"""
    m = _ORG_GOES_ON.match(after)
    if not m or before.rstrip(" )").split()[-1].isupper():
        return False  # "President of the CPP and Sar Kheng of the CPP": the body's name was complete
    words = after[: m.end()].split()[:-2]
    return not countries.lookup(words[0]) and not any(w.lower() in _HEADS for w in words)


_OFFICE_ENDS = frozenset(("councilor", "councillor", "minister", "officer", "attache", "secretary", "commander"))


def _joins_domains(before: str, after: str) -> bool:
    """Is the "and" between two fields of one office ("Chinese Science and Technology Minister")?"""
    left, right = before.split(), after.split()
    if not left or len(right) < 2 or not left[-1][:1].isupper() or not right[0][:1].isupper():
        return False
    if left[-1].lower() in _HEADS or left[-1].lower() in _OFFICE_ENDS or right[0].lower() in _HEADS \
            or countries.lookup(left[-1]) or right[0].endswith(("'s", "’s")):
        return False  # ("A and China's Vice Foreign Minister B": a country's office opens the next person)
    return right[1].lower() in _HEADS and not _ends_with_name(before)


def _and_joins_country(before: str, after: str) -> bool:
    """Is the "and" between these the inside of a country's name ("Trinidad and Tobago")?"""
    left = before.split()[-2:]
    right = after.split()[:3]
    for i in range(len(left)):
        for j in range(1, len(right) + 1):
            if countries.lookup(" ".join(left[i:] + ["and"] + right[:j]).strip(",")):
                return True
    return False


@lru_cache(maxsize=16384)
def _starts_new(text: str) -> bool:
    """Does this text start a new office or a new person (so a list separator is real)?"""
    if text.startswith(("his ", "her ", "their ")):
        # "Consul General X and his wife Y", "Congresswoman X and her Grand Coordinator Y"
        found = _find_name_in_chunk(text.split(" ", 1)[1])
        if found and found[0] and found[1]:
            return True
    t = _ARTICLE.sub("", text)
    t, honor = strip_honorifics(t)
    if honor:
        return True
    words = t.split()
    if not words:
        return False
    w0 = words[0].strip(",").lower()
    if w0 in _HEADS or w0 in ("others", "outgoing", "incoming", "visiting", "newly", "new", "with", "including"):
        return True
    if w0 in ("two", "three", "four", "both") and len(words) > 1 and words[1].lower().rstrip("s") in _HEADS:
        return True  # "A (Former President) and B (Former Speaker), two chairmen of X"
    # "Senate President ...", "Party Chairman ...": an office whose head word comes second.
    if words[0][:1].isupper() and any(w.lower() in _SECOND_HEADS for w in words[1:3]):
        return True
    bare = [re.sub(r"'s$", "", w.strip(",")) for w in words[:3]]
    if countries.lookup(bare[0]) or (len(bare) > 1 and countries.lookup(" ".join(bare[:2]))):
        return True
    if re.match(r"^[A-Z][A-Z\-]{1,9}$", words[0]) and len(words) > 1 and words[1].lower() in _HEADS:
        return True
    # A name followed by a comma or the end: "Romero Jucá, President ..."
    k = 0
    while k < len(words) and k < 6 and is_name_token(words[k]):
        if words[k].endswith(",") and k >= 1:
            return True
        if words[k].endswith(";"):
            return k >= 1
        k += 1
    if k >= 2 and (k == len(words) or words[k].lower() in ("and", "who", "of")):
        return True
    if k >= 2 and k < len(words) and not words[k][0].isupper():
        return True
    return False


_SECOND_HEADS = frozenset("president chairman chairwoman speaker secretary leader head minister mayor governor".split())


def _ends_with_name(chunk: str) -> bool:
    found = _find_name_in_chunk(chunk)
    return bool(found and found[0] and not found[2])


_INNER_HONORIFIC = re.compile(
    r"\b(?:Hon\.?|Honou?rable|H\.E\.?|H\. E\.|H\.H\.|Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mme\.|Dr\.?|Prof\.?|Engr\.|Amb\.|Ratu|Seyyed|Sayyid|"
    r"Tun(?: Datuk Seri(?: Panglima)?)?(?: Haji)?|"
    # Malaysia's "Prime Minister Datuk Seri X", "Minister Tan Sri X"
    r"Dato'? Seri(?: Utama| Diraja)?|Datuk Seri(?: Panglima)?|Dato'? Sri|Tan Sri|Datuk|Dato'|"
    r"Samdech(?: (?:Akka|Moha|Sena|Padei|Pheakdei|Vibol|Borvor|Thipadei|Thamma|Pothisal|Krolahom))*(?: Techo)?|Kitti ?[Tt]esaphibal|"
    r"His Excellency(?: Mr\.)?|Sheikh|"
    r"Prince|Princess|Shri|Smt\.|Afioga|Susuga|Alhaji|Advocate|Barrister(?= [A-Z][a-z]+ [A-Z])|Uz(?= [A-Z])|(?<=[a-z] )U(?= [A-Z][a-z])|Daw(?= [A-Z][a-z])|"
    r"Comrade|Cdes?\.?(?= [A-Z])|Lyonpo|Lyonchhen|Dasho|Miss(?= [A-Z][a-z])|Cr\.?(?= [A-Z][a-z]+ [A-Z])|" + _RANK + r")\s+")  # (Zimbabwe's "Cde": comrade; Bhutan's "Lyonpo")
# The pattern cannot match without one of these (a cheap test first: most chunks have no honorific).
_INNER_HONORIFIC_WORDS = ("Hon", "H.E", "H. E.", "H.H.", "Mme.", "Seyyed", "Mr", "Ms", "Madam", "Dr", "Prof", "Engr.", "Amb.", "Ratu", "Sayyid",
                          "Admiral", "Kitti", "Samdech", "His Excellency", "Sheikh", "Prince",
                          "Shri", "Smt.", "Tun ", "Datuk ", "Dato", "Tan Sri ", "Advocate ", "Barrister ", "Afioga", "Susuga", "Alhaji", "Gen.", "Col.", "Adm.", "Cmdr.", "Capt.", "Gen ", "Col ", "Adm ", "Capt ",
                          " U ", "Uz ", "Daw ", "Cde", "Comrade ", "Lyon", "Dasho ", "Miss ", "Cr ", "Cr. ")


@lru_cache(maxsize=16384)
def _find_name_in_chunk(chunk: str) -> tuple[str, str, str] | None:
    """(before, name, after) where the chunk ends in (or holds) a personal name."""
    text, honor = strip_honorifics(chunk)
    tokens = text.split()
    runs = _name_runs(tokens)
    # An honorific inside the chunk ("Chairman of SLPP Prof. G. L. Peiris") marks the name.
    inner = _INNER_HONORIFIC.search(text) if any(map(text.__contains__, _INNER_HONORIFIC_WORDS)) else None
    if inner and inner.group(0).startswith("Prince") \
            and not any(w.lower() in _HEADS for w in text[: inner.start()].split()):
        # "Crown Prince X", "Thai Princess X": the title; after an office it is a rank ("Minister ... Prince X")
        after_p = text[inner.end():].split()
        if len(after_p) == 1 and is_name_token(after_p[0]) and text[: inner.start()].rstrip()[-5:] != "Crown":
            # ("British Prince Andrew", "Princess Pilolevu": a royal named by one name, and the style with it)
            return text[: inner.start()].strip(), inner.group(0).strip() + " " + after_p[0].rstrip(",;"), ""
        inner = _INNER_HONORIFIC.search(text, inner.end())
    if inner and inner.start() > 0 and not (inner.group(0).startswith(("Sheikh", "Tun "))
                                            and is_name_token((text[: inner.start()].split() or [""])[-1])):
        # (after a name's word, "Sheikh" is a part of it: "Hassan Sheikh Mohamud"; so is "Tun": "Najib Tun Razak")
        after_h = strip_honorifics(text[inner.end():])[0].split()  # "H.E. Mr. X", "Hon. Dr. X"
        k = 0
        while k < len(after_h) and is_name_token(after_h[k]):
            k += 1
        if k >= 1:
            before = text[: inner.start()].strip()
            name = " ".join(after_h[:k])
            if k == 1 and inner.group(0).startswith("Sheikh"):
                name = "Sheikh " + name  # "Sheikh Hasina": one word after it, the title is the name's
            return before, name, " ".join(after_h[k:])
    good = [(i, j) for i, j in runs if j - i >= 2 or (honor and i == 0) or is_one_word_name(tokens[i])
            or (i > 0 and tokens[i - 1] in _MONARCHS)  # ("Emperor Akihito": a monarch is named by one name)
            # ("Delhi Chief Minister Dikshit", "led by President Wuttke": an office, then one name, ending the chunk)
            or (i > 0 and (j == len(tokens) or tokens[j] == "of") and tokens[i - 1] in _OFFICE_BEFORE_ONE_NAME
                and _ONE_NAME.match(tokens[i]) and not countries.lookup(tokens[i]))]
    if not good:
        return None
    i, j = good[-1]
    return " ".join(tokens[:i]), " ".join(tokens[i:j]), " ".join(tokens[j:])


# (a surname, not an office's adjective: "Lieutenant", "Extraordinary", "Bilateral")
_ONE_NAME = re.compile(r"^[A-Z][a-z]{2,}(?<!al)(?<!ary)(?<!ant)(?<!ive)(?<!ous)(?<!ic)(?<!ial)$")
_OFFICE_BEFORE_ONE_NAME = frozenset("President Minister Secretary Chairman Chairwoman Governor Mayor Speaker Ambassador Premier "
                                    "Senator Congressman Congresswoman Provost Dean Rector Chancellor Justice Director Commissioner "
                                    "General Secretary-General Director-General".split())
_MONARCHS = frozenset(("Emperor", "Empress", "King", "Queen", "Sultan", "Emir", "Amir", "Pope"))
_SERVES_SOMEONE = re.compile(
    r"\b(?:adviser|advisor|counselor|counsellor|aide|assistant|chief of staff|spokesperson|spokesman|spokeswoman|envoy)"
    r"\s+(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:President|Prime Minister|Premier|King|Queen|Chancellor|"
    r"Chairman|Secretary-General|Minister)$")
_KIN_OF = re.compile(r"^(?:the\s+)?(?:wife|husband|spouse|widow|son|daughter|mother|father)\s+of\s", re.I)
_GROUP_LEAD = re.compile(r"^(with|including|among them|namely)\s+", re.I)
_GROUP = re.compile(r"^(?:several|some|two|three|four|five|six|many|other|various)\s+(?:[A-Z][a-z]+\s+)?([A-Za-z-]+s)$", re.I)


def _offices_then_names(chunks: list[tuple[str, str]]) -> tuple[tuple, ...] | None:
    """"Prime Minister, Shehbaz Sharif, Deputy Prime Minister and Foreign Minister, Ishaq Dar, and
    Chief of Army Staff, Asim Munir": offices, a comma, a bare name, in turn from the first chunk to
    the last, each office the next name's. None when the phrase is not written that way."""
    groups: list[tuple[str, list[str]]] = []
    offices: list[str] = []
    for sep, chunk in chunks:
        chunk = chunk.strip(" .,")
        if len(groups) >= 2 and not offices and (chunk == "as well as" or chunk.startswith("with ")) \
                and not _find_name_in_chunk(chunk):
            break  # "..., as well as, with people of all social sectors": no one named
        if is_pure_name(chunk):
            if not offices or sep != ",":
                return None
            groups.append((strip_honorifics(chunk)[0], offices))
            offices = []
        elif not chunk[:1].isalpha() or chunk.startswith(("his ", "her ", "their ")) or _GROUP_LEAD.match(chunk):
            return None  # ("and his wife, Mrs. X", "with the head of ...": written the other way)
        else:
            found = _find_name_in_chunk(chunk)
            if found and " of " not in f" {found[0]} ":  # ("leader of the Pakistan Muslim League": a body)
                return None
            offices.append(chunk)
    if offices or len(groups) < 2:
        return None
    return tuple(_build(name, tuple(roles), None) for name, roles in groups)


def _singular_office(chunk: str) -> str | None:
    """'co-chairs of the Working Group' → 'co-chair of the Working Group'; None if not plural."""
    words = chunk.split(" ")
    # the plural may follow office words: "vice presidents of X", "deputy secretaries-general"
    k = 0
    while k < 2 and k + 1 < len(words) and words[k].lower() in ("vice", "deputy", "assistant", "executive", "senior"):
        k += 1
    if k + 1 < len(words) and words[k].lower() == "consul" and words[k + 1].lower() == "generals":
        k += 1  # "Consul Generals of China in A and B"
    first, low = words[k], words[k].lower()
    if low.endswith("ies") and low[:-3] + "y" in _HEADS:
        single = first[:-3] + "y"
    elif low.endswith("s") and low[:-1] in _HEADS:
        single = first[:-1]
    elif low.endswith("men") and low.rsplit("-", 1)[-1][:-3] + "man" in _HEADS:
        single = first[:-3] + "man"  # "co-chairmen", "chairmen"
    else:
        return None
    return " ".join(words[:k] + [single] + words[k + 1:]).strip()


# "X, Ambassador to Y, Her Royal Highness and President of Z Princess W", "X, Minister of Y, representatives of
# the Cabinet and ...": a style or a group of others after a comma opens a new chunk
_STYLE = re.compile(r"(?:His|Her|Their) (?:Royal )?(?:Highness|Excellency|Majesty|Excellencies|Highnesses)\b")
# "... and five other foreign diplomats", "and several other officials": a group, no one named
_OTHERS = re.compile(r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some|a few)\s+)?(?:other|more)\s+[a-z]")
_OFFICE_CHUNK = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:former|deputy|vice|executive|first|senior|acting)\s+)?"
                           r"(?:chairman|chairwoman|chairperson|president|minister|secretary|governor|mayor|ambassador|"
                           r"speaker|leader|head|director|chief|member|premier|general\s+secretary|vice-chairman)\b")
_PLACE_WORD_AFTER = re.compile(r"(?:Autonomous\s+(?:Region|Prefecture|County)|Province|Region|Prefecture|County|District|"
                               r"Municipality|City|Island|Islands)\b")
_DEMONYM_OFFICE = re.compile(r"[A-Z][a-z]+ (?:Deputy |Vice |First |Senior )?(?:Prime Minister|Minister|President|Ambassador|"
                             r"Foreign Minister|Speaker|Chairman|Secretary)\b")
MAX_PHRASE = 1500  # longer "phrases" are not lists of officials; the cap bounds the work on junk input
# "Hon. Joseph Example (Former President)": an office in parentheses after a name is its office.
_OFFICE_IN_PARENS = re.compile(r"(?<![\w.'-])(?P<word>[\w.'-]+) \((?P<office>[A-Z][a-z]+(?: [A-Za-z][\w-]*){0,6})\)")
_OFFICE_FIRST_WORDS = frozenset("""
former president vice deputy chairman chairwoman chair speaker secretary minister prime premier ambassador senator
governor mayor head leader member chief director
""".split())


def _offices_out_of_parens(phrase: str) -> str:
    def repl(m: re.Match[str]) -> str:
        office = m.group("office")
        if office.split(" ", 1)[0].lower() in _OFFICE_FIRST_WORDS and is_name_token(m.group("word")):
            return f"{m.group('word')}, {office},"
        return m.group(0)
    return _OFFICE_IN_PARENS.sub(repl, phrase).replace(",,", ",")


def parse_people(phrase: str) -> list[Person]:
    """Every person named in a list phrase, with offices attached (see module docstring).

    Fresh dicts every call: callers complete and merge the records they get.
    """
    if phrase.endswith(("and", "as well as")):
        phrase = _DANGLING_AND.sub("", phrase)  # "X, and" (a clause cut after the name): no office "and"
    return [{"name": name, "title": title, "organization": org, "country": country, "also": list(also)}
            for name, title, org, country, also in _parse_people(
                _offices_out_of_parens(phrase[:MAX_PHRASE]) if " (" in phrase else phrase[:MAX_PHRASE])]


_DANGLING_AND = re.compile(r",?\s+(?:and|as well as)$")
_COPULA_CLAUSE = re.compile(r"\s+(?:was|is|were|are)\s+(?:the|a|an|also|present|among)\b.*$")


def _without_copula_clause(role: str) -> str:
    """The office before "was the chief guest ...", when an office is written before it."""
    m = _COPULA_CLAUSE.search(role)
    if m and any(w.lower() in _HEADS for w in role[: m.start()].split()):
        return role[: m.start()]
    return role
_CAPITALS_BEFORE_POSSESSIVE = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)'s\s+$")
_OFFICE_NOT_BODY = frozenset(("Prime Minister", "President", "King", "Queen", "Premier", "Chancellor", "Secretary-General",
                              "Emperor", "Emir", "Sultan", "Vice President", "Foreign Minister"))
_WHO_DOING = re.compile(r"who\s+(?:is|was|are|were)\s+(?:also\s+)?[a-z]+ing\b")
_WHO_IS = re.compile(r"who\s+(?:is|was)\s+(?:also\s+)?(?=(?:a|an|the)\s+[a-z]|[a-z])")
_SEMICOLON = re.compile(r"\s*;\s*")
_SEMICOLON_AND = re.compile(r"^(?:and|as well as)\s+")


@lru_cache(maxsize=16384)
def _parse_people(phrase: str) -> tuple[tuple, ...]:
    """The pure part of parse_people, cached on the phrase: releases introduce the same officials
    with the same words again and again ("Liu Jianchao, head of the International Department of
    the CPC Central Committee"), so most subject and object phrases have been seen before."""
    if "; " in phrase and phrase.count("(") == phrase.count(")"):
        # "the Secretary for A, Mr X; the Secretary for B, Ms Y; and Consul-General Z": each part one
        # person, in whichever order it writes office and name
        parts = [_SEMICOLON_AND.sub("", part) for part in _SEMICOLON.split(phrase)]
        if all(parts) and "(" not in phrase:
            each = [_parse_people(part) for part in parts]
            if all(len(found) == 1 for found in each):
                return tuple(found[0] for found in each)
    chunks = _chunks(phrase)
    paired = _offices_then_names(chunks) if len(chunks) >= 4 and not is_pure_name(chunks[0][1]) else None
    if paired:
        return paired
    people: list[tuple] = []
    current: dict[str, Any] | None = None  # {"name", "roles", "suffix", "open"}
    pending: list[str] = []
    pending_sep: list[str] = []
    records: list[dict[str, Any]] = []
    group_role: str | None = None  # "several Senators, including A, B and C"
    # "Legqog, chairman of the Tibet Autonomous Region, met ...": a name of one word, when an office
    # in lower case follows it
    one_word_first = len(chunks) >= 2 and chunks[1][0] == "," and " " not in chunks[0][1] and len(chunks[0][1]) >= 4 \
        and _OFFICE_CHUNK.match(chunks[1][1].lower() if chunks[1][1][:1].isupper() and " of " in chunks[1][1] else chunks[1][1]) is not None \
        and is_name_token(chunks[0][1]) and not countries.lookup(chunks[0][1])
    for ci, (sep, chunk) in enumerate(chunks):
        chunk = chunk.strip(" .")
        if chunk.startswith("who ") and records:
            if _WHO_DOING.match(chunk):
                continue  # "X, who is accompanying President Y on his state visit, met ...": what X is doing
            if _WHO_IS.match(chunk):
                # "X, who is also a member of the Political Bureau and vice premier, met ...": X's offices
                chunk = chunk[_WHO_IS.match(chunk).end():]
        lead = _GROUP_LEAD.match(chunk)
        if lead:
            if lead.group(1).lower() == "with":
                current, group_role = None, None
            chunk = chunk[lead.end():]
        if not chunk or chunk.lower() in ("others", "other officials", "etc") or (chunk[:1].islower() and _OTHERS.match(chunk)):
            current = None
            continue
        group = _GROUP.match(chunk)
        if group:
            group_role = _singular_office(group.group(1))
            current = None
            continue
        if is_pure_name(chunk) or (one_word_first and not records and chunk == chunks[0][1]):
            name, _ = strip_honorifics(chunk)
            current = {"name": name, "roles": [], "suffix": None, "open": True,
                       "pending": [p for p in pending] or ([group_role] if group_role else [])}
            records.append(current)
            pending, pending_sep = [], []
            continue
        if _KIN_OF.match(chunk):
            # "Madam X, wife of President Y": Y is named to say who X is, and is not there
            continue
        if chunk.startswith("also ") and sep != "and" and _find_name_in_chunk(chunk) is None:
            # "Vice Premier X, also the chief of ..., and Y": a further office of the name before it,
            # even when that name's office came first ("closed"), never the next name's (nor, with no
            # name before it in the phrase, anyone's)
            if records:
                records[-1]["roles"].append(_ARTICLE.sub("", chunk[5:]))
            continue
        found = _find_name_in_chunk(chunk)
        if found and found[0] and current is not None and current["open"] and sep == "," \
                and _SERVES_SOMEONE.search(found[0]):
            # "X, diplomatic counselor to French President Y": Y says whom X serves, and is not there
            current["roles"].append(found[0])
            continue
        if found and not found[0] and found[2] and found[2].split(" ", 1)[0].lower() in _HEADS \
                and found[2].split(" ", 1)[0][:1].isupper():
            # "Mr. Chen Xiaodong Assistant Foreign Minister of China": the office after the name, no comma
            name = found[1]
            office = chunk[chunk.rfind(name) + len(name):].strip(" ,")
            current = {"name": name, "roles": [office] if office else [], "suffix": None, "open": False, "pending": []}
            records.append(current)
            pending, pending_sep = [], []
            continue
        if found and found[2][:1].isupper() and _PLACE_WORD_AFTER.match(found[2]):
            found = None  # "China's Guangxi Zhuang Autonomous Region": a place's name, no person's
        if found and (found[0] or found[2].startswith("of ") or found[2] == "" or _THE_OFFICE_AFTER.match(found[2])):
            before, name, after = found
            # Offices before the name belong to it only when joined by "and" ("Member of X and
            # Secretary of Y Chen Miner"); comma-separated ones belong to someone else.
            roles = []
            k = len(pending) - 1
            link = sep
            while k >= 0 and link == "and":
                roles.insert(0, pending[k])
                link = pending_sep[k]
                k -= 1
            if before and not roles and pending and sep == "," and _is_bare_rank(before) \
                    and any(w.lower() in _HEADS for w in pending[-1].split()[:3]):
                # "Vice Chairman of the Commission, General X": the office before the comma, the rank no office
                roles, before = [pending[-1]], ""
            modifier_only = bool(before) and not after and not roles and bool(_MODIFIER_ONLY.match(before))
            if before and roles and sep == "and" and len(before.split()) <= 3 \
                    and not any(w.lower() in _HEADS for w in before.split()):
                # "Minister of Environment, Water and Climate Mrs. X": the last of the office's fields
                roles[-1] += " and " + before
            elif before and not modifier_only:
                plural = None
                # (only an office's own words: not "Ambassador to the United States", "Chairman of the
                # House of Representatives")
                if not roles and before[-1:] in "sn" and not before.endswith("States") \
                        and all(w[:1].isupper() or w in _HEADS for w in before.split()):
                    # (the office's last word: "US Representatives A and B")
                    lead, _, last = before.rpartition(" ")
                    single = _singular_office(before) if not lead or lead.lower() in ("vice", "deputy", "assistant", "executive", "senior") \
                        else _singular_office(last)
                    plural = (lead + " " + single if lead and single and not single.startswith(lead) else single) if single else None
                # "Deputy Commissioners A and B": the plural office is each name's, the next one's too
                roles.append(plural or before)
                group_role = plural
            suffix = None
            if after.startswith("of "):
                suffix = after[3:]
            elif after and not before and _THE_OFFICE_AFTER.match(after):
                roles.append(after)  # "Mr Liu Quan the Consul General of China": an office with no comma
            # ("visiting X, a Member of ...": the offices written after the name are X's)
            # (a chunk that is all name, though not a plain one, "KP Sharma Oli", takes the offices after it)
            # ("Senior Lieutenant General X, member of ...": a rank alone before the name takes the offices after it)
            rank_only = bool(before) and not after and len(roles) == 1 and roles[0] == before and _is_bare_rank(before)
            current = {"name": name, "roles": roles, "suffix": suffix, "open": modifier_only or rank_only or not (before or after),
                       "pending": [], "sep": sep}
            records.append(current)
            pending, pending_sep = [], []
            continue
        if current is not None and current["roles"] and (_STYLE.fullmatch(chunk) or (
                chunk[:1].islower() and _singular_office(chunk))):
            # "X, Minister of Y, representatives of the Cabinet and ...": others, not more of X's office;
            # "X, Ambassador to Z, Her Royal Highness and President of W Princess V": the next person's style
            current = None
            continue
        if current is not None and chunk.startswith(("in ", "at ", "on the occasion", "on behalf", "during ")) \
                and not chunk.startswith("in charge"):
            continue  # "Iran's president, X, in Iran's capital city of Tehran": where, not an office
        # "Ambassador X and his Deputy Chief of Mission, Y": an office with a possessive after "and"
        # is the next person's, not more of X's.
        # So is an office after "and" when X's came before X ("Vice President of A, X and Minister of B, Y").
        # And so is a nationality's office after "and" when X's offices came after X ("X, vice-president of
        # the National Assembly, and Cambodian Deputy Prime Minister and Foreign Minister Y").
        if current is not None and current["open"] and not (sep == "and" and (
                chunk.startswith(("his ", "her ", "their ")) or (current["pending"] and not current["roles"])
                or (current["roles"] and ci + 1 < len(chunks) and _DEMONYM_OFFICE.match(chunk)
                    and countries.lookup(chunk.split(" ", 1)[0])))):
            plural = _singular_office(chunk) if not current["roles"] else None
            current["roles"].append(plural or chunk)
            if plural:
                # "A and B, co-chairs of X": a plural office belongs to every bare name before it.
                for rec in reversed(records[:-1]):
                    if rec["roles"] or not rec["open"]:
                        break
                    rec["roles"].append(plural)
        else:
            pending.append(chunk)
            pending_sep.append(sep)
    for first, second in zip(records, records[1:]):
        if second["suffix"] and second.get("sep") == "and" and first["suffix"] is None \
                and "sep" in first and not first["open"] \
                and first["roles"] and not any(" of " in r or " to " in r or " for " in r for r in first["roles"]) \
                and not countries.lookup(_ARTICLE.sub("", second["suffix"])):  # (a country: "A and Foreign Minister B of Dominica", B's)
            # "Counsellor A and Attache B of the Chinese Embassy" (anywhere in a list): the body both offices are of
            first["suffix"] = second["suffix"]
    for rec in records:
        roles = rec["roles"] or rec["pending"]
        name = rec["name"].strip(" ,.;:") if not _INITIAL.match(rec["name"].split()[-1]) else rec["name"].strip(" ,;:")
        if not name:
            continue
        people.append(_build(name, tuple(roles), rec["suffix"]))
    return tuple(people)


# Pinyin syllables: a two- or three-word name of such syllables after a common surname is Chinese.
_SYL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|yue|yu|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|ü|v)(?:n|ng)?"
_PINYIN = re.compile(rf"^(?:{_SYL}){{1,2}}$")
SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai wei lu qian qu dai xi ding shen fu ye du
cheng su ren lyu lv yao jin wan qin gu hou shao meng long wen kong bai cui kang mao qiu shi gong fan hao
yan tan lei jia xiong yin duan jiao zou fang geng chu nong ning niu mu bi bao zhan ge zhuang tao xing hong
ou lan chai zhai yi mi ran shang qi ji shu xia pu xue lou rao lai miao mei weng yue zang che zuo hua qiao rong
zha liao zhong fei tong nie bian chang dang gan guan hang jian kou lian ling luan mo mou pang pei qiang quan ruan
sang sha shan sheng sui tu xian xiang xin you zhen zhuo zong ouyang cong lü rui bo cen ke leng ni qiu yun
gui ai an bu kuang le teng huo jing ju hai heng pi tai zu chi dou gou ba zhuge sima situ
""".split())


# Names written as one word that are whole names, not a bare surname: a Mongolian patronymic
# initial glued to the name ("D.Tsogtbaatar") or a hyphenated given name ("Oyun-Erdene").
# (the initial may be two letters: "Kh.Battulga", "Ts.Elbegdorj")
_ONE_WORD_NAME = re.compile(r"^(?!(?:Mr|Ms|Dr|St)\.)[A-Z][a-z]?\.[A-Z][a-z]{2,}$|^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$")


def is_one_word_name(name: str) -> bool:
    if not _ONE_WORD_NAME.match(name):
        return False
    # ("China-Britain", "Asia-Pacific", "Sino-African" are no names)
    return "-" not in name or not any(countries.lookup(part) or part.lower() in VOCAB or part.lower() in _REGION_WORDS
                                      for part in name.split("-"))


_REGION_WORDS = frozenset("asia pacific europe africa america sino euro afro latin arab middle".split())


@lru_cache(maxsize=16384)
def looks_chinese(name: str) -> bool:
    """Does a name look like a mainland Chinese name in pinyin ('Liu Jianchao', 'Xu Lyuping')?"""
    toks = [t for t in re.split(r"[\s\-]+", name.lower()) if t]
    if not 2 <= len(toks) <= 3 or toks[0] not in SURNAMES:
        return False
    return all(_PINYIN.match(t.replace("'", "")) for t in toks[1:])
