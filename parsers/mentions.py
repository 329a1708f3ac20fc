"""Mentions: multilateral frameworks, initiatives and named dialogues, as written.

Conventions (those of the gold labels):
- a full name followed by its acronym in parentheses is one mention ("Shanghai Cooperation
  Organization (SCO)"), and the bare acronym later in the text is then not listed again;
- an initiative keeps its capitalised tail as written ("Belt and Road Initiative", "Belt and
  Road Forum for International Cooperation") but not a lowercase one ("Belt and Road cooperation"
  → "Belt and Road"), the word "initiative" excepted ("the Belt and Road initiative": its name);
- ordinals and years in front are dropped ("the 2nd Belt and Road Forum ..." → "Belt and Road
  Forum ...", "the 14th G20 Leaders' Meeting" → "G20 Leaders' Meeting");
- named dialogue mechanisms and meetings ("China-US Strategic Dialogue", "CPC in Dialogue with
  World Political Parties High-Level Meeting") are found by their capitalised shape.
"""
from __future__ import annotations

import re

from .fastre import at_word_starts, search_at_word_start

# Frameworks with their acronyms (the acronym alone also counts as a mention).
_FRAMEWORKS = [
    ("Shanghai Cooperation Organization", "SCO"), ("Forum on China-Africa Cooperation", "FOCAC"),
    ("Association of Southeast Asian Nations", "ASEAN"), ("Asia-Pacific Economic Cooperation", "APEC"),
    ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA"),
    ("China-Arab States Cooperation Forum", "CASCF"), ("Boao Forum for Asia", "BFA"),
    ("Silk Road Think Tank Association", "SRTA"), ("Regional Comprehensive Economic Partnership", "RCEP"),
    ("Asian Infrastructure Investment Bank", "AIIB"), ("New Development Bank", "NDB"),
    ("Lancang-Mekong Cooperation", "LMC"), ("China-CELAC Forum", "CELAC"),
    ("Community of Latin American and Caribbean States", "CELAC"), ("African Union", "AU"),
    ("European Union", "EU"), ("World Trade Organization", "WTO"), ("World Health Organization", "WHO"),
    ("United Nations", "UN"), ("Group of Twenty", "G20"), ("Group of 20", "G20"),
    # British spellings (embassy sites of Commonwealth countries, Sri Lankan and Pakistani papers)
    ("Shanghai Cooperation Organisation", "SCO"), ("World Trade Organisation", "WTO"),
    ("World Health Organisation", "WHO"),
    ("Conference on Interaction and Confidence Building Measures in Asia", "CICA"),
    ("China-Pakistan Economic Corridor", "CPEC"), ("China International Import Expo", "CIIE"),
    ("East Asia Summit", "EAS"), ("Asia-Europe Meeting", "ASEM"), ("Joint Comprehensive Plan of Action", "JCPOA"),
    ("China Pakistan Economic Corridor", "CPEC"), ("International Conference of Asian Political Parties", "ICAPP"),
    ("Permanent Conference of Political Parties of Latin America and the Caribbean", "COPPPAL"),
    ("Eurasian Economic Union", "EAEU"), ("Organization of Islamic Cooperation", "OIC"), ("League of Arab States", "LAS"),
    ("International Atomic Energy Agency", "IAEA"),
]
_ACRONYMS_ALONE = ["BRICS", "SCO", "FOCAC", "ASEAN", "APEC", "G20", "CICA", "RCEP", "AIIB", "CELAC", "UN", "G7", "CPEC", "ICAPP"]
# The patterns below have no leading \b: Python's re finds an alternation of literals fast only
# when the pattern opens with it, so the word-start test is done by fastre.at_word_starts instead.
# (Not fastre.WordStart: these open with capitals, which re's scan for the pattern's first
# characters passes over faster than it tries the alternation after every space.)
_FRAMEWORK_RE = re.compile(
    r"(?P<full>" + "|".join(re.escape(f) for f, _ in _FRAMEWORKS) + r")(?: ?\((?P<acr>[A-Z0-9]{2,7})\))?")
_ACR_OF = {f: a for f, a in _FRAMEWORKS}
_BODY_OF_IT = re.compile(r" (?:\([A-Z]{2,6}\) )?[A-Z]")
# One pass for "which acronyms occur at all": the runs of capitals and digits of the text, found
# with one bytes.translate (every other byte, each byte of a non-ASCII character too, becomes a
# space) and a split. _ACRONYM_ONE wants no word character on either side of the acronym, so
# where it matches, the acronym is a whole run.
_CAPITALS_DIGITS = bytes(b if (48 <= b <= 57 or 65 <= b <= 90) else 32 for b in range(256))
_ACRONYM_RUNS = [(a, a.encode()) for a in _ACRONYMS_ALONE]


def capital_runs(text: str) -> set[bytes]:
    """The runs of capital letters (A-Z) and digits in the text, as bytes."""
    return set(text.encode().translate(_CAPITALS_DIGITS).split())


_ACRONYM_ONE = {a: re.compile(rf"(?<![\w(-]){re.escape(a)}(?![\w)-])") for a in _ACRONYMS_ALONE}
# (a name's last word, or its first for "Group of 20": a hint as common as "20" would send
# nearly every text to the alternation)
_FRAMEWORK_HINTS = sorted({f.split()[0] if f.split()[-1].isdigit() else f.split()[-1] for f, _ in _FRAMEWORKS})
_INITIATIVE_HINTS = ("Initiative", "initiatives", "Belt and Road", "Belt And Road", "Silk Road", "Security Council", "One Road", "Six-Party",
                     "six-party")
_EVENT_HINTS = ("Dialogue", "Meeting", "Conference", "Summit", "Forum")
_INITIATIVES = re.compile(
    r"(?:Global (?:Development|Security|Civilization|Governance) Initiative|three major global initiatives|"
    r"Digital Silk Road|Health Silk Road|Silk Road Economic Belt|21st[- ]Century Maritime Silk Road|(?:United Nations|UN) Security Council|"
    # ("the Belt and Road initiative", "the Belt And Road Initiative": the initiative's name as written)
    r"Belt [Aa]nd Road(?: (?:[Ii]nitiative|Forum(?: \([A-Z]{2,6}\))? for International Cooperation|Forum|Summit))?|"
    # (the initiative's first English name, and the Korean peninsula's talks)
    r"One Belt,?(?: [Aa]nd)? One Road(?: [Ii]nitiative)?|Six-Party Talks|six-party talks)"
    # "Belt and Road Initiative (BRI)", "Global Development Initiative (GDI)": written with its
    # acronym, the mention is the whole, like "Shanghai Cooperation Organization (SCO)".
    r"(?: \([A-Z]{2,6}\))?"
)
# Mechanisms between two (or more) countries, written in lowercase after the pair: "China-Russia
# consular consultation", "the fourth round of China-Australia diplomatic and strategic dialogue".
# The kind of mechanism must be written: "China-EU dialogue and cooperation" names none.
_PAIR_DIALOGUE = re.compile(
    r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+ (?:(?!(?:relations|ties|cooperation|exchanges?|friendship|and|held|holds|hold|had|has|have|conducted)\b)"
    r"[a-z][\w-]* (?:and )?){1,3}(?:dialogue|consultations?)\b")
# Named meetings and mechanisms: a capitalised run ending in one of these words.
_EVENT_END = re.compile(
    r"(?:Strategic Dialogue|Dialogue|Leaders' Meeting|Ministerial Meeting|High-[Ll]evel Meeting|"
    r"Foreign Ministers' (?:Meeting|Video Conference)|Summit|Forum)\b")
_CONNECTORS = {"in", "with", "and", "of", "on", "for", "the"}
_DROP_LEAD = {"the", "a", "of", "and", "with", "in", "on", "for", "first", "second", "third", "fourth", "fifth", "sixth",
              "seventh", "eighth", "ninth", "tenth"}
_WORD = re.compile(r"[\w'-]+")
_OFFICE_WORDS = frozenset("Director Director-General Minister President Chairman Chairwoman Secretary "
                          "Secretary-General Head Leader Ambassador Envoy Representative".split())
_BODY_WORDS = frozenset("Centre Center Institute Foundation Association Society Office Department Ministry "
                        "Committee Commission Bureau Agency".split())


_DATELINE_DASH = re.compile(r"^.*(?:\d(?:st|nd|rd|th)?|\))—")


def _event_name(text: str, end: int, stop: int) -> str | None:
    """Walk back from an event word over capitalised words and connectors ('CPC in Dialogue with ...')."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text, max(0, end - 160), end)]
    start = end
    for pos, w in reversed(words):
        if pos < stop or w in _OFFICE_WORDS:  # "Executive Director of the ...": an office, no part of the name
            break
        if w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS:
            start = pos
        else:
            break
    # "the China-CELAC Forum and the China-Arab States Summit": "and the" lists, it joins no name.
    name = re.split(r"\b(?:for|to|at|from|attend|host|hold|and) the\b", text[start:])[-1]
    if "—" in name:
        # "Beijing, November 19th—The Fifth ... Dialogue", "June 26 (Xinhua)—The ...": a dateline
        # before it (not "China—New Zealand Dairy Dialogue", a pair written with a dash)
        dateline = _DATELINE_DASH.search(name)
        if dateline:
            name = name[dateline.end():]
    toks = name.split()
    # (case-folded: a name opening its sentence reads "The G20 Hangzhou Summit"; "Q:" opens a question)
    while toks and (toks[0].lower() in _DROP_LEAD or toks[0].endswith(":")
                    or re.match(r"^\d+(?:st|nd|rd|th)?$", toks[0])):
        dropped = toks.pop(0)
        if toks[:2] in (["Round", "of"], ["round", "of"]) and dropped.lower() not in _CONNECTORS:
            del toks[:2]  # "the Sixth Round of China-Pakistan ... Strategic Dialogue": the dialogue
    if len(toks) < 2 or toks[0] in _BODY_WORDS:
        return None  # "Centre for Humanitarian Dialogue": a body named for its work, no meeting
    return " ".join(toks)


def _pair_mechanisms(text: str, start: int) -> list[tuple[int, str]]:
    """(position, name) of each _PAIR_DIALOGUE mechanism after start. Searched only in the
    stretch before each "dialogue"/"consultation": the pattern opens with a capital, and
    trying it at every capital of the text costs more than the few keywords do."""
    found = []
    for word in ("dialogue", "consultation"):
        i = text.find(word, start)
        while i >= 0:
            window = max(start, i - _PAIR_REACH)
            m = search_at_word_start(_PAIR_DIALOGUE, text[:i + len(word) + 1], window)
            while m and m.end() < i + len(word):  # a match ending at an earlier keyword
                m = search_at_word_start(_PAIR_DIALOGUE, text[:i + len(word) + 1], m.start() + 1)
            if m and (m.start(), m.group(0)) not in found:
                found.append((m.start(), m.group(0)))
            i = text.find(word, i + len(word))
    return found


_PAIR_REACH = 120  # characters from a pair's first letter to its mechanism word, at most


def _sentence_end_before(text: str, end: int) -> int:
    """Where the last ". " before end is, not counting an abbreviation's ("China-U.S. Strategic Dialogue")."""
    i = text.rfind(". ", 0, end)
    while i > 0 and text[i - 1].isupper() and (i == 1 or not text[i - 2].isalpha()):
        i = text.rfind(". ", 0, i)
    return i


def _written_alone(text: str, acronym: str, name: str) -> bool:
    """Is the acronym written somewhere other than as the first word of the name?"""
    return sum(1 for _ in _ACRONYM_ONE[acronym].finditer(text)) > text.count(name)


def find_mentions(text: str, title: str = "") -> list[str]:
    """Mentions in order of first appearance, deduplicated by case-folded text.

    Named frameworks are looked for in the title too; free-form event names only in the body,
    because a Title Case headline makes every word look like part of a name.
    """
    body_start = len(title) + 1 if title else 0
    text = f"{title} {text}" if title else text
    found: list[tuple[int, str]] = []
    covered: set[str] = set()
    standalone: set[str] = set()  # acronyms written on their own besides the named dialogue they open
    # Cheap substring tests first: most releases name none of these, and re alternations are slow.
    has = text.__contains__
    frameworks = at_word_starts(_FRAMEWORK_RE, text) if any(map(has, _FRAMEWORK_HINTS)) else ()
    for m in frameworks:
        full, acr = m.group("full"), m.group("acr")
        if acr and acr == _ACR_OF[full]:
            found.append((m.start(), f"{full} ({acr})"))
            covered.add(acr)
        elif full not in ("United Nations", "European Union", "African Union") or not _BODY_OF_IT.match(text, m.end()):
            # (the body alone is one; "African Union Commission", "United Nations General Assembly"
            # are its organs, named as an organisation, not the framework)
            found.append((m.start(), full))
            covered.add(_ACR_OF[full])
    runs = capital_runs(text)
    for acr, run in _ACRONYM_RUNS:
        if acr in covered or run not in runs:
            continue
        m = _ACRONYM_ONE[acr].search(text)
        if m:
            found.append((m.start(), acr))
            covered.add(acr)
    initiatives = at_word_starts(_INITIATIVES, text) if any(map(has, _INITIATIVE_HINTS)) else ()
    for m in initiatives:
        found.append((m.start(), m.group(0)))
    if has("dialogue") or has("consultation"):
        found += _pair_mechanisms(text, body_start)
    events = at_word_starts(_EVENT_END, text, body_start) if any(map(has, _EVENT_HINTS)) else ()
    for m in events:
        sentence_start = max(_sentence_end_before(text, m.start()), text.rfind(", ", 0, m.start()), 0)
        if m.group(0) == "Forum" and (text.startswith((" on ", " for ", " of "), m.end())
                                      or text.endswith(" the ", 0, m.start())):
            continue  # "Forum on China-Africa Cooperation" (a longer name), "of the Forum" (a reference)
        name = _event_name(text[: m.end()], m.end(), sentence_start)
        if name and " of " in text[m.end():m.end() + 4] and len(name.split()) == 2:
            name = None  # "the Beijing Summit of the Forum on ...": the forum is the mention
        if name and name[0].isupper() and (not name.startswith(("BRICS", "G20 ")) or not name.endswith("Summit")):
            # A framework's own summit is the framework ("G20 Hangzhou Summit" → G20), but a named
            # dialogue or meeting under it is a mechanism of its own ("BRICS Political Parties Plus
            # Dialogue", "G20 Leaders' Meeting").
            found.append((m.end() - len(name), name))
            acr = name.split()[0]
            if acr in _ACRONYM_ONE and _written_alone(text, acr, name):
                standalone.add(acr.lower())
    out: list[str] = []
    seen: set[str] = set()
    for _, mention in sorted(found, key=lambda x: (x[0], -len(x[1]))):
        key = mention.lower()
        if key in seen or (key not in standalone and any(key in s and key != s for s in seen)):
            continue
        seen.add(key)
        out.append(mention)
    if any(m.endswith(")") for m in out):
        # "X" written before "X (ACR)": one mention, with its acronym
        out = [m for m in out if not any(o.startswith(m + " (") for o in out)]
    return out
