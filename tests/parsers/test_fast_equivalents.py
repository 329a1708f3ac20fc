"""The speed rewrites of the parser give exactly what the plain definitions they replace give.

Each rewrite (see parsers/fastre.py and the docstrings at each use) replaced one slow regular
expression or loop by a faster formulation. The plain definition is written here once more as
the specification, and hypothesis searches for any text on which the two disagree. Texts are
drawn from the vocabulary the patterns are about, plus odd spacing, punctuation and a few
non-ASCII characters that re's IGNORECASE folds differently from str.lower ("ſ", "K", "İ").
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from parsers import countries, dates, kinds, meetings, mentions, normalize, places, release, statements
from parsers.fastre import WordStart, at_word_starts, first_chars, is_plain, lowercase_twin, search_at_word_start

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    " ", " ", "  ", "\t", ",", ", ", ".", ". ", "!", "?", '"', "'", "(", ")", "-", "--", "—", "——", "ſ", "K", "İ",
    "from", "From", "FROM", "to", "through", "until", "on", "On", "in", "at", "the", "The", "day", "Monday",
    "friday", "Sunday", "will", "is to", "are to", "to be held", "May", "may", "July", "Aug.", "Sept.",
    "december", "DEC", "4", "12th", "31", "2016", "2023", "met", "meets", "held", "talks", "visit", "Visits",
    "attends", "co-chaired", "chairs", "phone", "video", "call with", "said", "noted", "here", "today",
    "this morning", "yesterday", "also", "Beijing", "Great Hall", "Osaka", "Japan", "travelled", "arrived",
    "who", "which", "exchanging", "and", "agreed", "via", "bilateral", "relations", "request", "Liu",
    "Jianchao", "Wang", "Yi", "Russia", "Sri", "Lanka", "The United States", "U.S.", "US", "us", "China-Vanuatu",
    "Zanu-PF", "People's", "Republic", "of", "Korea", "McChina", "Åland", "Islands", "é", "Ö", "'", "’s", "Viet Nam",
    "Kingdom", "United", "Britain", "Northern", "Ireland", "Great", "and", "U.K.", "UK's", "\u0301",
    "Workers'", "Party", "Dialogue", "Summit", "Forum", "respectively", "Imperial Palace", "thanked", "tensions",
    "the 9th of May", "parliament house", "welcomed", "Ambassador",
    "Belt and Road", "Initiative", "United Nations", "Shanghai Cooperation Organization", "(SCO)", "BRICS",
    "xSummit", "_Forum", "Mr.", "A.", "Xu", "Home", ">", "Share", "print", "Top", "[", "Editor:", "source:", "2019.04.12",
    "13:41", "Updated:", "Sept.", "U.S.", "H.E.", "etc.", "vs.", "Inc.", "J.", "relations.", "x_Mr.", "led by", "led", "is paying", "co-chaired", "on Monday", "further", "then", "also said", "pointed out", "unsaid", "He", "stressed", "thanks", "accompanied by", "accompanied",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=40).map("".join)
ASCII_TEXT = TEXT.filter(str.isascii)


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), {k: (v.lower() if v else v) for k, v in m.groupdict().items()}) for m in matches]


# (the IGNORECASE pattern, its lowercase twin without the leading \b as the parser uses it)
TWINS = (list(zip(dates.RANGES, dates._RANGES_LOW))
         + [(dates.WEEKDAY_RANGE, dates._WEEKDAY_RANGE_LOW), (dates.WEEKDAY, dates._WEEKDAY_LOW),
            (dates._FUTURE, dates._FUTURE_LOW), (kinds._FUTURE_TITLE, kinds._FUTURE_TITLE_LOW),
            (kinds._PAST_TITLE, kinds._PAST_TITLE_LOW)]
         + [(rx, low) for (_, rx, _), (_, low, _) in zip(kinds._KINDS, kinds._KINDS_LOW)])


def _twins_agree(text: str) -> None:
    for rx, twin in TWINS:
        assert _spans(at_word_starts(twin, text.lower())) == _spans(rx.finditer(text)), rx.pattern[:60]
        fast, plain = search_at_word_start(twin, text.lower()), rx.search(text)
        assert (fast and fast.span()) == (plain and plain.span())
        assert _spans(rx.finditer(text)) == _spans(lowercase_twin(rx).finditer(text.lower()))


@SETTINGS
@given(text=ASCII_TEXT)
def test_lowercase_twins_match_where_the_ignorecase_patterns_match(text):
    _twins_agree(text)


WORD_START_PATTERNS = [
    (mentions._FRAMEWORK_RE, re.compile(r"\b" + mentions._FRAMEWORK_RE.pattern)),
    (mentions._INITIATIVES, re.compile(r"\b" + mentions._INITIATIVES.pattern)),
    (mentions._EVENT_END, re.compile(r"\b" + mentions._EVENT_END.pattern)),
    (meetings._SPEECH_IN_BODY, re.compile(r"\b" + meetings._SPEECH_IN_BODY.pattern)),
    (places._IN_CITY, re.compile(r"\b" + places._IN_CITY.pattern)),
    (release._SUBJECT_VERB, re.compile(r"\b" + release._SUBJECT_VERB.pattern)),
]


@SETTINGS
@given(text=TEXT, pos=st.integers(0, 20))
def test_word_start_search_equals_a_leading_word_boundary(text, pos):
    for fast, plain in WORD_START_PATTERNS:
        assert _spans(at_word_starts(fast, text, pos)) == _spans(plain.finditer(text, pos))
        first = plain.search(text, pos)
        found = search_at_word_start(fast, text, pos)
        assert (found and found.span()) == (first and first.span())


# Every pattern the parser searches at word starts, as searched (the lowercase twins on lowercased text).
WORD_START_USES = [(release._SUBJECT_VERB, False), (meetings._SPEECH_IN_BODY, False), (places._IN_CITY, False),
                   (mentions._FRAMEWORK_RE, False), (mentions._INITIATIVES, False), (mentions._EVENT_END, False),
                   (dates._WEEKDAY_LOW, True), (dates._WEEKDAY_RANGE_LOW, True), (dates._FUTURE_LOW, True),
                   (kinds._FUTURE_TITLE_LOW, True), (kinds._PAST_TITLE_LOW, True)]
WORD_START_USES += [(rx, True) for rx in dates._RANGES_LOW] + [(rx, True) for _, rx, _ in kinds._KINDS_LOW]


@SETTINGS
@given(text=TEXT | TEXT.map(lambda t: t.replace("  ", " ")), pos=st.integers(0, 20))
def test_word_start_class_equals_the_plain_word_start_search(text, pos):
    for rx, lowered in WORD_START_USES:
        t = text.lower() if lowered else text
        ws = WordStart(rx)
        found, plain = ws.search(t, pos), search_at_word_start(rx, t, pos)
        assert (found and (found.span(), found.groupdict())) == (plain and (plain.span(), plain.groupdict())), rx.pattern
        assert _spans(ws.finditer(t, pos)) == _spans(at_word_starts(rx, t, pos)), rx.pattern


def test_first_chars_of_patterns():
    assert first_chars(re.compile(r"(?:on |last )?(?P<w>monday|tuesday)\b")) == set("olmt")
    assert first_chars(re.compile(r"[a-c\d]x|y")) == set("abcy0123456789")
    assert first_chars(re.compile(r"met|held", re.I)) == set("mMhH")
    assert first_chars(re.compile(r"\w+")) is None  # a category: not listed
    assert first_chars(re.compile(r"(?:a)?")) is None  # may match empty


_PLAIN_DASHES = re.compile(r"\s*(?:(?:—{1,3}|-{2,3})\s*)+")  # runs with only whitespace between them are one
_PLAIN_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"'(]|\d+ [a-z])")
_PLAIN_SUBJECT_TAIL = re.compile(rf"(?:,?\s+(?:{meetings._SUBJECT_TAIL_WORDS}))+\s*,?$")
# object_until_end (object_text before its trailing-town cut): every pattern of _OBJECT_ENDS (the
# general list) in one alternation, with no word prefilters; it must agree with that whichever list
# (general or plain-text) it uses.
_PLAIN_OBJECT_END = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in meetings._OBJECT_ENDS))
_PLAIN_HEADER_STAMP_LINES = normalize._HEADER_STAMP


@SETTINGS
@given(text=TEXT)
def test_text_cleanup_rewrites(text):
    assert normalize.collapse_dashes(text) == _PLAIN_DASHES.sub("—", text)
    assert normalize.split_at_sentence_ends(text) == _PLAIN_SENTENCE_SPLIT.split(text)
    assert normalize._is_header_line(text) == (len(text) <= 90 and bool(
        _PLAIN_HEADER_STAMP_LINES.search(text) or normalize._HEADER_STAMP_SLASH.search(text)
        or normalize._HEADER_STAMP_BAR.search(text)))
    assert normalize._is_boilerplate(text) == bool(normalize._BOILERPLATE.match(text))


@SETTINGS
@given(text=TEXT, endpos=st.integers(0, 300))
def test_speech_start(text, endpos):
    m = statements._SPEECH_RE.search(text, 0, endpos)
    assert statements.speech_start(text, endpos) == (m.start() if m else None)


@SETTINGS
@given(text=TEXT | st.sampled_from(["He met Li, Wang said.", "..., Liu pointed out. ", "X, Li Wei also said\n"]))
def test_trailing_speaker_pretest(text):
    if statements._TRAILING.search(text):
        assert statements._ends_in_speech_verb(text)


PRESENT_TEXT = st.lists(st.sampled_from(PIECES + ["were", "was", "present", "attended", "the meeting", "by", "Also",
                                                 "consultations", "signing", "Present", "took part in", "the welcome",
                                                 "Those", "included", "accompanied", "Accompanying", "briefing",
                                                 "Among", "those", "there", "entourage", "include", "assisted",
                                                 "joined", "part of the", "members of the", "visit", "delegation",
                                                 "at hand to receive", "Others", "received at the", "International Airport",
                                                 "welcomed", "Airbase"]),
                        max_size=25).map(" ".join)


@SETTINGS
@given(text=PRESENT_TEXT | PRESENT_TEXT.map(lambda t: " ".join(t.split())))
def test_present_search(text):
    pm = release._PRESENT.search(text) or release._PRESENT_AFTER.search(text)
    assert release._present_who(text) == ((pm.group("who"), pm.end()) if pm else None)


@SETTINGS
@given(text=TEXT | TEXT.map(lambda t: " ".join(t.split())))
def test_spaced_twins_on_plain_text(text):
    from parsers import people
    if is_plain(text):
        assert _spans(people._SEPARATOR_PLAIN.finditer(text)) == _spans(people._SEPARATOR.finditer(text))


@SETTINGS
@given(text=TEXT)
def test_subject_tail_and_object_end(text):
    assert meetings._SUBJECT_TAIL.sub("", text) == _PLAIN_SUBJECT_TAIL.sub("", text)
    if _PLAIN_SUBJECT_TAIL.search(text):
        assert meetings._may_end_in_tail(text)
    m = _PLAIN_OBJECT_END.search(text)
    end = m.start() if m else len(text)
    if not any(w in text for w in ("said", "announced", "reported", "cites", "reports")):
        assert meetings.object_until_end(text) == text[:end].strip(" ,.")


def _plain_find_verb(sentence: str) -> re.Match[str] | None:
    """The verb at the first trigger word where _VERB matches, the trigger words taken from the
    pattern's own alternation and looked for at every position (no bytes, no word sets)."""
    low = sentence.lower()
    words = meetings._TRIGGER_WORDS.split("|")
    words = [w for w in words if "?" not in w] + [w.replace("s?", "") for w in words if w.endswith("s?")] + \
        [w.replace("?", "") for w in words if w.endswith("s?")]
    if meetings._meeting_with_in(low):
        words += ["during", "in", "at", "when", "while", "upon", "following", "after"]
    triggers = [w + " " for w in words] + ["received,", "receives,"]
    positions = {i for t in triggers for i in range(len(low)) if low.startswith(t, i)
                 and (i == 0 or not low[i - 1].isalnum())}
    for pos in sorted(positions):
        m = meetings._VERB.match(sentence, pos)
        if m:
            return m
    return None


@SETTINGS
@given(text=TEXT | st.sampled_from(["Wang Yi met with X", "X held talks with Y", "during his meetings with A",
                                     "She comet met here", "He had has held talks", "welcomed Ambassador",
                                     "X received, today, in his office the Ambassador Y"]))
def test_find_verb(text):
    fast, plain = meetings.find_verb(text), _plain_find_verb(text)
    assert (fast and fast.span()) == (plain and plain.span())


def _plain_scan(text, table, split_hyphens, skip_destinations):
    """The token scan as first written: every width at every capitalised table word."""
    raws = (countries._TOKEN_SPLIT if split_hyphens else countries._TOKEN_WHOLE).findall(text)
    toks = [countries._norm_token(r) for r in raws]
    first_words = {k.split()[0] for k in countries._TABLE_ALL}
    max_words = max(len(k.split()) for k in countries._TABLE_ALL)
    out, i, n = [], 0, len(toks)
    while i < n:
        if not raws[i][:1].isupper() or toks[i] not in first_words:
            i += 1
            continue
        hit = None
        for width in range(min(max_words, n - i), 0, -1):
            key = " ".join(toks[i:i + width])
            code = table.get(key)
            if code is None:
                continue
            raw = " ".join(raws[i:i + width])
            if key in countries._CASE_SENSITIVE and not (raw.isupper() or raw.rstrip("'s’") in ("U.S.", "U.K.")):
                continue
            if width == 1 and len(key) <= 4 and raw.islower():
                continue
            hit = (width, code)
            if table is countries._TABLE_ALL and key in countries._BODY_KEYS:
                # a body known by a shared name says where it is when it says so ("LDP of Moldova")
                hit = (width, countries._country_after_of(raws, i + width) or code)
            break
        if hit:
            prev = toks[i - 1] if i > 0 else ""
            prev2 = toks[i - 2] if i > 1 else ""
            dest = countries._DESTINATION_WORDS
            if not (skip_destinations and (prev in dest or (prev == "the" and prev2 in dest))) and hit[1]:
                out.append((i, hit[1]))  # (a region, "Latin American", names no country)
            i += hit[0]
        else:
            i += 1
    return out


@SETTINGS
@given(text=TEXT)
def test_country_scan(text):
    for table, split, skip in ((countries._TABLE_ALL, False, True), (countries._TABLE_COUNTRIES, True, False)):
        assert countries._scan(text, table, split, skip) == _plain_scan(text, table, split, skip)
    assert countries.countries_in(text) == [c for _, c in _plain_scan(text, countries._TABLE_COUNTRIES, True, False)]
    assert countries._split_tokens(text) == countries._TOKEN_SPLIT.findall(text)


_TWIN_WORDS = {"from", "to", "through", "until", "on", "the", "day", "monday", "friday", "sunday", "will", "is to",
               "are to", "to be held", "may", "july", "aug.", "sept.", "december", "dec", "4", "12th", "31", "2016",
               "met", "meets", "held", "talks", "visit", "visits", "attends", "co-chaired", "chairs", "phone", "video",
               "call with", "-", "--", "xsummit"}


def test_every_piece_and_pair_of_pieces():
    """Short texts hypothesis may not draw: every piece alone and every pair of pieces."""
    texts = PIECES + [a + sep + b for a in PIECES for b in PIECES for sep in ("", " ")]
    for text in texts:
        assert normalize._is_boilerplate(text) == bool(normalize._BOILERPLATE.match(text)), text
        assert normalize.collapse_dashes(text) == _PLAIN_DASHES.sub("—", text), text
        assert normalize.split_at_sentence_ends(text) == _PLAIN_SENTENCE_SPLIT.split(text), text
        if normalize._ABBREV_END.search(text[-16:]):
            assert normalize._may_end_in_abbreviation(text), text
        assert meetings._SUBJECT_TAIL.sub("", text) == _PLAIN_SUBJECT_TAIL.sub("", text), text
        m = statements._SPEECH_RE.search(text, 0, 260)
        assert statements.speech_start(text, 260) == (m.start() if m else None), text
    # The twins are many patterns: every piece alone, and pairs of the date and kind words only.
    keywords = [p for p in PIECES if p.isascii() and p.strip() and p.lower() in _TWIN_WORDS] + [" ", ",", "—"]
    for text in PIECES + [a + " " + b for a in keywords for b in keywords]:
        if text.isascii():
            _twins_agree(text)


@SETTINGS
@given(text=st.lists(st.sampled_from(mentions._ACRONYMS_ALONE + ["(", ")", "-", " ", "x", "ES", "CO", "S", "U", "N",
                                                               "2", "0", "7", "G", "_", "é", "É"]), max_size=12).map("".join))
def test_acronym_pass_finds_every_acronym_that_can_match(text):
    runs = mentions.capital_runs(text)
    for acronym in mentions._ACRONYMS_ALONE:
        if mentions._ACRONYM_ONE[acronym].search(text):
            assert acronym.encode() in runs


def _plain_blocked(tokens: list[str]) -> set[int]:
    blocked: set[int] = set()
    for k in range(len(tokens)):
        if not tokens[k][:1].isupper():
            continue
        for width in (5, 4, 3, 2):
            if k + width <= len(tokens) and countries.lookup(" ".join(t.strip(",") for t in tokens[k:k + width])):
                blocked.update(range(k, k + width))
                break
    return blocked


@SETTINGS
@given(text=TEXT)
def test_country_tokens(text):
    from parsers import people
    tokens = text.split()
    assert people._country_tokens(tokens) == _plain_blocked(tokens)


UNGLUE_TEXT = st.lists(st.sampled_from(["a", "b", "ab", "Ma", "Lin", "(", ")", ".", " ", "Deputy", "ties", "Wu", "U", "S",
                                         "X", "cn", "(Deputy", ".Wu", "s.Wu ", "é", "É"]), max_size=30).map("".join)


@SETTINGS
@given(UNGLUE_TEXT)
def test_unglue_is_the_regex_substitution(text):
    assert normalize._unglue(text, "(", normalize._GLUED_PAREN, " (") == normalize._GLUED_PAREN.sub(" (", text)


@SETTINGS
@given(text=TEXT)
def test_glued_date_precheck_is_a_superset(text):
    if normalize._GLUED_DATE.search(text):
        assert normalize._glued_date_seen(text)
    for glued in ("Sept. 1(Xinhua)", "Nov.23—"):
        assert normalize._glued_date_seen(text + glued)
