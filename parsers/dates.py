"""Dates: posting dates, datelines, ranges and weekdays, resolved without a clock.

Rules (the releases' conventions):
- The posting date comes from the header stamps: `( 2023.11.29 )`, `2019.04.12 / Source:`,
  `Updated: December 06, 2017 22:40`, `(Xinhua) 13:41, September 03, 2022`, `2008-12-08 08:40`.
- A date without a year takes the year that puts it closest to the reference date (the posting
  date, else a date embedded in the release id such as `idcpc-20181221-161149` or
  `...-2015-10-07-...`, which is the site's own URL date). A December meeting posted in January
  therefore lands in the previous year, and an announcement posted in late December of a January
  visit in the next. No year anywhere and no reference gives None, never a guess.
- Weekdays ("on Friday", "met Wednesday") are the latest such day on or before the dateline
  date, or the next one on/after it when the sentence speaks of the future ("will be held on").
- Visits give ranges: "from April 10th to 12th", "May 4 to May 8, 2016", "December 13-16",
  "from 8 to 10 September 2019", "from Saturday to Tuesday".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .fastre import WordStart, lowercase_twin
from . import countries
from .normalize import AGENCY_TAG

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MON = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d{{2}})"
_WD = r"(?P<{n}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


M1, D1, Y1 = _MON.format(n="m1"), _DAY.format(n="d1"), _YEAR.format(n="y1")
M2, D2, Y2 = _MON.format(n="m2"), _DAY.format(n="d2"), _YEAR.format(n="y2")

# Month-day (optionally year) and day-month (optionally year).
MD = re.compile(rf"\b{M1} {D1}\b(?:(?:[,.] ?| ){Y1}\b)?")  # ("Feb 29,2016": a stamp's missing space)
DM = re.compile(rf"\b{D1} (?:of )?{M1}\b(?:,? {Y1}\b)?")
ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
# day/month/year as most of the world writes it ("25/11/2018"); month first only where the day cannot be a month
DMY_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")

# Stamps only: "Monday 30, April 2018 in 7:45 PM" (a comma after the day), "14 April 202019:12" (the
# year glued to the time); and month-day-year with dashes
_DM_STAMP = re.compile(rf"\b{D1},? {M1},? {Y1}(?=\d{{1,2}}:\d{{2}}|\b)")
_MDY_DASH = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])")

# (a weekday may open either end: "from Tuesday 31st of May to Wednesday 01st of June 2022")
_OPT_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
RANGES = [
    # from May 4 to May 8, 2016 / from July 31 to Aug. 2 / from 25th October to 8th November
    re.compile(rf"\bfrom {_OPT_WD}{M1} {D1}(?:,? {Y1})? (?:to|through|until|till|—|-) {_OPT_WD}{M2} {D2}\b(?:,? {Y2}\b)?", re.I),
    re.compile(rf"\bfrom {_OPT_WD}{D1} (?:of )?{M1}(?:,? {Y1})? (?:to|through|until|till|—|-) {_OPT_WD}{D2} (?:of )?{M2}\b(?:,? {Y2}\b)?", re.I),
    # from April 10th to 12th / from Feb. 7-10 / December 13-16 / Oct. 9 to 11
    re.compile(rf"\b{M1} {D1} ?(?:to|through|until|till|—|-) ?{D2}\b(?!\s*(?:{M2}))(?:,? {Y2}\b)?", re.I),
    # from 8 to 10 September 2019
    re.compile(rf"\bfrom {D1} (?:to|—|-) {D2} {M2}\b(?:,? {Y2}\b)?", re.I),
    # on 30-31 May 2024
    re.compile(rf"\b{D1} ?(?:—|-) ?{D2} {M2}\b(?:,? {Y2}\b)?", re.I),
    # on March 8 and 9, 2004 / on 3rd and 4th October 2016 (two days, with the year)
    re.compile(rf"\b{M1} {D1} and {D2},? {Y2}\b", re.I),
    re.compile(rf"\b{D1} and {D2} {M2},? {Y2}\b", re.I),
]
_RANGES_NO_FROM = (2, 4, 5, 6)  # the range patterns without "from "
_RANGES_AND = (5, 6)  # ... and those that need " and " between two days
# "will pay a two-day official visit to Pakistan from May 5": the first day, and the last from the length
_FROM_DAY = re.compile(rf"\bfrom {M1} {D1}\b(?!\s*(?:to|through|until|till|—|-)\b)(?:,? {Y1}\b)?", re.I)
_DAY_LENGTH = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])-day\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _visit_from(text: str, base: date | None) -> tuple[date | None, date | None]:
    m = _FROM_DAY.search(text)
    if not m:
        return None, None
    start = resolve(month_num(m.group("m1")), int(m.group("d1")), int(m.group("y1")) if m.group("y1") else None, base)
    length = _DAY_LENGTH.search(text)
    if start is None or length is None:
        return start, None
    n = length.group(1).lower()
    return start, start + timedelta(days=(_NUMBER_WORDS.get(n) or int(n)) - 1)


_EVENT_ON_DATE = re.compile(rf"\b(?:meeting|talks|call|conversation)\s+on\s+(?P<when>{_MON.format(n='m9')}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON.format(n='m8')})")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+)?[a-z]+(?:ed|en|met|held|sent|told|paid|made)\b")
_VISIT_ENDED = re.compile(
    r"\b(?:concluded|ended|wrapped\s+up|wound\s+up|completed)\s+(?:a|an|his|her|their|its)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])-day\s+(?:[\w-]+\s+){0,3}?visit\b[^.;]{0,80}?"
    r"\bon\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# "X left here Wednesday afternoon for Jamaica after wrapping up a three-day official visit to Mexico"
_LEFT_AFTER_VISIT = re.compile(
    r"\b(?:left|departed)\s+(?:[\w-]+\s+){0,3}?(?:on\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"[^.;]{0,80}?\b(?:after|upon)\s+(?:concluding|ending|wrapping\s+up|winding\s+up|completing)\s+(?:a|an|his|her|their|its)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])-day\s+(?:[\w-]+\s+){0,3}?visit\b")


def _visit_ended(text: str, base: date) -> tuple[date | None, date | None]:
    m = _VISIT_ENDED.search(text) if "-day " in text and " visit" in text else None  # ("three-day goodwill visit")
    if not m and "-day " in text and (" left " in text or " departed " in text):
        m = _LEFT_AFTER_VISIT.search(text)
    if not m:
        return None, None
    end = weekday_near(WEEKDAYS[m.group("w").lower()], base, False)
    n = m.group("n").lower()
    return end - timedelta(days=(_NUMBER_WORDS.get(n) or int(n)) - 1), end


_DAYS_AND = re.compile(r"\d(?:st|nd|rd|th)? and \d")
WEEKDAY_RANGE = re.compile(rf"\bfrom {_WD.format(n='w1')} (?:to|through|till|until) {_WD.format(n='w2')}\b", re.I)
WEEKDAY = re.compile(rf"\b(?:on |last |this |next )?{_WD.format(n='w')}\b", re.I)
_FUTURE = re.compile(r"\b(?:will|to be held|is to|are to|shall|upcoming)\b", re.I)
# Twins of the IGNORECASE patterns for lowercased ASCII text, without their leading \b and so
# searched with search_at_word_start (see fastre): 3-20x faster ("from " becomes a literal prefix).
_RANGES_LOW = [lowercase_twin(rx, drop_word_boundary=True) for rx in RANGES]
_WEEKDAY_RANGE_LOW = lowercase_twin(WEEKDAY_RANGE, drop_word_boundary=True)
_WEEKDAY_LOW = lowercase_twin(WEEKDAY, drop_word_boundary=True)
_FUTURE_LOW = lowercase_twin(_FUTURE, drop_word_boundary=True)
_RANGES_WS = [WordStart(rx) for rx in _RANGES_LOW]
_WEEKDAY_RANGE_WS, _WEEKDAY_WS, _FUTURE_WS = map(WordStart, (_WEEKDAY_RANGE_LOW, _WEEKDAY_LOW, _FUTURE_LOW))

# Datelines at the start of the lead paragraph.
# A news agency's tag after the dateline (normalize.AGENCY_TAG), or a wire service's slashed tag:
# "DHAKA, BANGLADESH, January 15, 2025 /EINPresswire.com/ --"
AGENCY = r"(?:" + AGENCY_TAG + r"| /[\w.]+/)"
# (a weekday may sit between city and date: "Nairobi, Wednesday, June 12, 2024"; a dateline may be
# a line of its own, so it may end the paragraph)
DATELINE = re.compile(
    # (an agency's tag may sit between city and date: "Phnom Penh (FN), Nov. 13 -")
    rf"^(?:(?P<city>[A-Z][A-Za-z.' /]{{1,40}}?)(?: \([A-Z]{{2,6}}\))?, (?:[A-Z][A-Za-z .']{{2,30}}, )?)?(?:On )?(?:the (?:morning|afternoon|evening) of )?"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
    # (a year after the date is the dateline's, never left to the sentence: "On May 5, 2024 local time, X met")
    rf"(?:{M1} {D1}|{D2} {M2})(?:(?:, ?| ){Y1}(?: local time)?|(?!,? ?(?:19|20)\d\d\b))"
    # (an agency in parentheses may end it with no dash: "Kathmandu, May 15 (PTI) A Chinese delegation ...")
    # ("Havana, February 24.- Cuban President ...": a full stop before the dash)
    rf"(?:,?{AGENCY}?\s*\.?(?:[—-]+|,|:|$)| \([A-Za-z.]{{2,12}}(?: [A-Z][a-z]+)?\) (?=[A-Z])"
    # (TASS's full stop and slashed tag: "MOSCOW, June 5. /TASS/. Russian Foreign Minister ...")
    rf"|\.\s*/[A-Za-z.]{{2,12}}/\.?\s+(?=[A-Z])"
    # (Trend's and Kazinform's full stop: "ASTANA, Kazakhstan, May 13. Vice Premier X will ...", a city before it)
    rf"|(?(city)\.\s+(?=[A-Z])|(?!)))",
)
# "Hanoi (VNA) —": a city and an agency's tag, no date.
# (a city's words are capitalised: "President of the Vietnam Fatherland Front (VFF) – Hanoi chapter X" is no dateline)
DATELINE_AGENCY = re.compile(rf"^(?P<city>[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){{0,3}}?){AGENCY}\s*(?:—|-)")
# "Addis Ababa January 10/ 2023 /ENA/ ...": city, date with a slash before the year, agency
# (and "Addis Ababa, September 16/2020(ENA) Foreign Affairs Minister ...")
DATE_SLASH_AGENCY = re.compile(rf"^(?P<city>[A-Z][A-Za-z' ]{{2,30}}?),? {M1} {D1} ?/ ?{Y1} ?(?:/[A-Z]{{2,8}}/ ?|\( ?[A-Z]{{2,8}} ?\) ?"
                               # ("Addis Ababa, May 25/2023 (Walta) – Deputy Prime Minister X met ...")
                               rf"|\([A-Z][a-z]{{2,12}}\)\s*(?:—|-)\s*)")
# Agencies that write no dash: "Ulaanbaatar/MONTSAME/ On November 13, ...", "BEIJING. KAZINFORM On ..."
AGENCY_NO_DASH = re.compile(r"^(?P<city>[A-Z][A-Za-z' -]{2,30}?)(?: ?/[A-Z]{3,12}/\.?|\. [A-Z]{5,12})(?: ?[-—] ?| )(?=[A-Z])")
# "18 June, Kathmandu: Chinese ambassador X ...": a city after a dateline's date
CITY_AFTER_DATE = re.compile(r"\s*(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) ?(?::|—|-) ?(?=[A-Z])")
# "(Eagle News)—Foreign Affairs Secretary X ...": a publication in parentheses, no place
# (or an agency's code with no dash: "(KPL) Deputy Prime Minister X met with ...")
PARENS_PUBLICATION = re.compile(r"^\((?:[A-Z][\w.', ]{1,40}\)\s*(?:—|-)|[A-Z]{2,8}\)\s)\s*(?=[A-Z])")  # ("(TibetanReview.net, Nov10'23) –")
# "Beijing, The Gulf Observer: Chinese Foreign Minister X ...": the city and the publication
CITY_PUBLICATION_COLON = re.compile(r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:The )?(?:[A-Z][\w'-]* ){0,3}[A-Z][\w'-]*: (?=[A-Z])")
# "(UTV | COLOMBO)—Chinese Defence Minister X met ...": a broadcaster and the city in parentheses
PARENS_CITY = re.compile(r"^\((?:[A-Z][\w.]*\s*\|\s*)?(?P<city>[A-Z][A-Z ]{2,30})\)\s*(?:—|-|:)\s*")
# "KOTA KINABALU (June 13): The new Chinese Consul-General ...": the city and the day in parentheses
CAPITALS_DAY_COLON = re.compile(rf"^(?P<city>[A-Z]{{3,}}(?: [A-Z]{{2,}}){{0,2}}) \((?:{M1} {D1}|{D2} {M2})\):\s*(?=[A-Z])")
# "RAWALPINDI: Chinese Ambassador X called on ...": a city in capitals and a colon, known or not
CAPITALS_COLON = re.compile(r"^(?P<city>[A-Z]{4,}(?: [A-Z]{2,}){0,2}) ?: ?(?=[A-Z])")  # (also glued: "LAHORE:A delegation")
_NOT_DATELINE_WORDS = {"NOTE", "UPDATE", "UPDATED", "EDITOR", "PHOTO", "SOURCE", "BREAKING", "EXCLUSIVE", "WATCH", "READ",
                       "ALSO", "RELATED", "VIDEO", "OPINION", "ANALYSIS", "INTERVIEW", "STATEMENT", "PRESS", "RELEASE"}
# "Havana, Cuba.- Cuban President X received ...": city, country, a full stop and a dash
CITY_COUNTRY_DOT_DASH = re.compile(r"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?), (?P<country>(?:THE )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                                   r"(?:\.\s?[-—]\s?| ?— ?| - )(?:\((?P<date>[^()]{4,30})\)\s*)?")
# "HÀ NỘI — ", "Beijing - ": a city (capitals of any script) before the dash, no date; a city only
# if the gazetteer knows it, else it is a publication's name.
CAPITALS_CITY = re.compile(r"^(?P<city>[^\W\d_][\w.'’]*(?: [^\W\d_][\w.'’]*){0,3})(?: ?— ?| - |- (?=[A-Z])| ?: )")
# "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 04th Aug, 2023) X discussed ...": the city
# and the wire's credits in parentheses (then perhaps a colon and a dash: ") :-- X held ...")
CITY_CREDITS = re.compile(r"^(?P<city>[A-Z][A-Za-z.' ]{2,30})(?:, [A-Z][A-Za-z ]{2,30})?,? \([^()]{3,80}\)\s*(?:[-—:]{1,3}\s*)?")
CAPITALS_DATE_AGENCY = re.compile(r"^(?P<city>[A-Z]{3,}(?: [A-Z]{2,}){0,2}), (?P<m>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? "
                                  r"(?:[A-Z]{3,12}|[A-Z][a-z]+[A-Z][a-z]+)\.\s*(?:[-—]\s*)?(?=[A-Z])")
CAPITALS_DATE_DASH = re.compile(rf"^(?P<city>[A-Z]{{3,}}(?: [A-Z]{{2,}}){{0,2}}) (?:{M1} {D1}|{D2} {M2})(?:,? {Y1})? ?(?:—|-) ?(?=[A-Z])")
# "ECONOMYNEXT – Sri Lanka's ...": a publication's name in capitals before the dash, no place.
PUBLICATION_TAG = re.compile(r"^[A-Z][A-Z0-9]{3,}(?: [A-Z][A-Z0-9]{3,})?\s*—\s*")


def _year_closest(month: int, day: int, ref: date) -> date | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(y, month, day)
        if d and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_num(name: str | None) -> int | None:
    if not name:
        return None
    return MONTHS.get(name.lower().rstrip("."))


def resolve(month: int | None, day: int | None, year: int | None, ref: date | None, future: bool = False) -> date | None:
    """A calendar date from parts; without a year, the year closest to the reference date (or, for
    an event still to come, the first such day from a week before the reference on)."""
    if not month or not day:
        return None
    if year:
        return safe_date(year, month, day)
    if ref is None:
        return None
    if future:
        return next((d for y in (ref.year, ref.year + 1) if (d := safe_date(y, month, day)) and d >= ref - _A_WEEK), None)
    return _year_closest(month, day, ref)


_A_WEEK = timedelta(days=7)


def full_dates(text: str) -> list[date]:
    """Dates that carry their year, in text order (ISO, dotted, 'Month D, YYYY', 'D Month YYYY')."""
    found: list[tuple[int, date]] = []
    for m in ISO.finditer(text):
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    if "/" in text:
        for m in DMY_SLASH.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            d = safe_date(int(m.group(3)), a, b) if b > 12 else safe_date(int(m.group(3)), b, a)
            if d:
                found.append((m.start(), d))
    if "-" in text and not found:
        for m in _MDY_DASH.finditer(text):  # a stamp's "11-20-2007 16:00" (sites write both orders:
            a, b = int(m.group(1)), int(m.group(2))  # "04-12-2009" says neither, and is left)
            d = safe_date(int(m.group(3)), a, b) if b > 12 else safe_date(int(m.group(3)), b, a) if a > 12 else None
            if d:
                found.append((m.start(), d))
    for rx in (MD, DM, _DM_STAMP):
        if rx is _DM_STAMP and found:
            break  # (the stamps' odd shapes only where no usual date was found)
        for m in rx.finditer(text):
            if m.group("y1"):
                d = resolve(month_num(m.group("m1")), int(m.group("d1")), int(m.group("y1")), None)
                if d:
                    found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


def posting_date(header: list[str], footer: list[str]) -> date | None:
    """The page's posting date from its header stamps (else a dated signature line at the end)."""
    for line in header:
        ds = full_dates(line)
        if ds:
            return ds[0]
    for line in reversed(footer):
        ds = full_dates(line)
        if ds:
            return ds[0]
    return None


_ID_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


def id_date(release_id: str | None) -> date | None:
    """The URL date many release ids carry ('idcpc-20181221-161149', '...-2015-10-07-...')."""
    if not release_id:
        return None
    m = _ID_DATE.search(release_id)
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def weekday_near(weekday: int, base: date, future: bool) -> date:
    """Latest such weekday on/before base, or the next one on/after it for future events."""
    if future:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


_HAS_DIGIT = re.compile(r"\d")


def find_range(text: str, ref: date | None, future: bool = False) -> tuple[date | None, date | None]:
    """The first date range in the text as (start, end); (None, None) if none."""
    best: tuple[int, date | None, date | None] | None = None
    if not _HAS_DIGIT.search(text):
        return None, None
    # All ranges but "December 13-16" and "30-31 May" open with "from "; a paragraph without it skips them.
    # (A plain substring test of the lowercased text is exact here: none of "from " is a letter
    # that re.IGNORECASE matches in another script, like the long s or the Kelvin sign.)
    low = text.lower()
    has_from = "from " in low
    has_and = " and " in low and _DAYS_AND.search(low) is not None
    ascii_text = text.isascii()
    for k, rx in enumerate(_RANGES_WS if ascii_text else RANGES):
        if (not has_from and k not in _RANGES_NO_FROM) or (k in _RANGES_AND and not has_and):
            continue
        m = rx.search(low) if ascii_text else rx.search(text)
        if not m or (best and m.start() >= best[0]):
            continue
        g = m.groupdict()
        m1 = month_num(g.get("m1")) or month_num(g.get("m2"))
        m2 = month_num(g.get("m2")) or m1
        year = g.get("y2") or g.get("y1")
        y = int(year) if year else None
        start = resolve(m1, int(g["d1"]), int(g["y1"]) if g.get("y1") else y, ref, future)
        end = resolve(m2, int(g["d2"]), y, ref if start is None else start)
        if start and end and end < start:
            end = safe_date(end.year + 1, end.month, end.day) if end.month < start.month else None
        if start:
            best = (m.start(), start, end)
    if best:
        return best[1], best[2]
    return None, None


def weekday_range(text: str, base: date | None, future: bool = False) -> tuple[date | None, date | None]:
    low = text.lower()
    if "from " not in low:
        return None, None
    m = _WEEKDAY_RANGE_WS.search(low) if text.isascii() else WEEKDAY_RANGE.search(text)
    if not m or base is None:
        return None, None
    if future:
        # "X will visit Russia from Sunday to Wednesday" (told on a Friday): the days still to come
        start = weekday_near(WEEKDAYS[m.group("w1").lower()], base, future=True)
        return start, weekday_near(WEEKDAYS[m.group("w2").lower()], start, future=True)
    end = weekday_near(WEEKDAYS[m.group("w2").lower()], base, future=False)
    start = weekday_near(WEEKDAYS[m.group("w1").lower()], end, future=False)
    return start, end


# "November 17 and 18, 2007": the year written after the second day; "3 and 4 October 2016": the
# first day written before the second's month
_SECOND_DAY_YEAR = re.compile(r" and [0-3]?\d(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b")
_FIRST_DAY_BEFORE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)? and $")


def explicit_date(text: str, ref: date | None, future: bool = False) -> date | None:
    """The first month-day (or day-month) date in the text, year resolved against ref."""
    best: tuple[int, date] | None = None
    for rx in (MD, DM):
        for m in rx.finditer(text):
            year, day, at = m.group("y1"), int(m.group("d1")), m.start()
            if rx is MD and not year:
                second = _SECOND_DAY_YEAR.match(text, m.end())
                year = second.group(1) if second else None
            elif rx is DM:
                first = _FIRST_DAY_BEFORE.search(text, max(0, at - 10), at)
                if first:
                    day, at = int(first.group(1)), first.start()
            d = resolve(month_num(m.group("m1")), day, int(year) if year else None, ref, future)
            if d and (best is None or at < best[0]):
                best = (at, d)
            break
    iso = ISO.search(text)
    if iso:
        d = safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if d and (best is None or iso.start() < best[0]):
            best = (iso.start(), d)
    return best[1] if best else None


_PART_OF_DAY = re.compile(r"the (?:morning|afternoon|evening|night) of ")


def on_date(sentence: str, ref: date | None) -> date | None:
    """The date of the first "on <month-day or day-month>" in the sentence ("... in Beijing on 10 July 2023")."""
    i = sentence.find("on ")
    while i >= 0:
        if i == 0 or sentence[i - 1] in " (":
            at = i + 3
            if sentence.startswith("the ", at):  # "on the afternoon of May 28, 2013"
                pm = _PART_OF_DAY.match(sentence, at)
                at = pm.end() if pm else at
            m = MD.match(sentence, at) or DM.match(sentence, at)
            if m:
                return resolve(month_num(m.group("m1")), int(m.group("d1")),
                               int(m.group("y1")) if m.group("y1") else None, ref)
        i = sentence.find("on ", i + 3)
    return None


def weekday_date(sentence: str, base: date | None) -> date | None:
    # Every weekday name ends in "day" (a cheap test before the IGNORECASE alternation).
    low = sentence.lower()
    if "day" not in low or base is None:
        return None
    ascii_text = sentence.isascii()
    m = _WEEKDAY_WS.search(low) if ascii_text else WEEKDAY.search(sentence)
    if not m:
        return None
    fm = _FUTURE_WS.search(low[: m.start()]) if ascii_text else _FUTURE.search(sentence[: m.start()])
    # (not a "will" of what was said: "China will work with the US to ..., Li said in Beijing Wednesday")
    future = fm is not None and not _SAID_BETWEEN.search(low, fm.end(), m.start())
    return weekday_near(WEEKDAYS[m.group("w").lower()], base, future)


_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|stressed|noted|added)\b")


def dateline(lead: str, ref: date | None) -> tuple[str | None, date | None, int]:
    """(city, date, end offset) of a lead's dateline, e.g. 'Beijing, November 22nd—'."""
    if lead[:2].isupper() and ", " in lead[:25]:
        am = CAPITALS_DATE_AGENCY.match(lead)
        if am and month_num(am.group("m")):
            # "YEREVAN, JULY 25, ARMENPRESS. Mayor X met with ...": the month in capitals, the agency after the date
            return am.group("city"), resolve(month_num(am.group("m")), int(am.group("d")), None, ref), am.end()
    m = DATELINE.match(lead)
    if not m:
        m = DATELINE_AGENCY.match(lead) if "(" in lead[:60] or " --" in lead[:60] else None
        if m and not m.group("city").strip().lower() in WEEKDAYS:
            return m.group("city"), None, m.end()
        if "/" in lead[:40] or ". " in lead[:20]:
            m = AGENCY_NO_DASH.match(lead)
            if m and countries.city_country(m.group("city")):
                return m.group("city"), None, m.end()  # "Ulaanbaatar /MONTSAME/ X met ...", "ASTANA. KAZINFORM X ..."
            m = DATE_SLASH_AGENCY.match(lead)
            if m:  # "Addis Ababa January 10/ 2023 /ENA/ Prime Minister X received ..."
                return m.group("city"), resolve(month_num(m.group("m1")), int(m.group("d1")), int(m.group("y1")), ref), m.end()
        if lead[:40].count("(") == 1 and (", (" in lead[:40] or ")—" in lead[:90] or ") —" in lead[:90]
                                          # ("BEIJING (UrduPoint News / Sputnik - 10th June, 2021) Chinese ...": a wire's credits)
                                          or (lead[:2].isupper() and " (" in lead[:32] and " / " in lead[:90])):
            m = CITY_CREDITS.match(lead)
            if m and countries.city_country(m.group("city")):
                return m.group("city"), None, m.end()
        if lead.startswith("("):
            m = PARENS_CITY.match(lead)
            if m:
                return m.group("city"), None, m.end()
            m = PARENS_PUBLICATION.match(lead)
            if m:
                return None, None, m.end()  # "(Eagle News)—Foreign Affairs Secretary X ...": a publication, no place
        if "):" in lead[:40]:
            m = CAPITALS_DAY_COLON.match(lead)
            if m:
                return m.group("city"), resolve(month_num(m.group("m1") or m.group("m2")),
                                                int(m.group("d1") or m.group("d2")), None, ref), m.end()
        if ":" in lead[:40]:
            m = CAPITALS_COLON.match(lead)
            if m and not _NOT_DATELINE_WORDS.intersection(m.group("city").split()):
                return m.group("city"), None, m.end()
            m = CITY_PUBLICATION_COLON.match(lead) if ", " in lead[:25] else None
            if m and countries.city_country(m.group("city")):
                return m.group("city"), None, m.end()
        if ".-" in lead[:40] or ".—" in lead[:40] or (", " in lead[:30] and ("—" in lead[:40] or " - " in lead[:40])):
            # ("BEIJING, China - Cambodian Prime Minister X will visit ...")
            m = CITY_COUNTRY_DOT_DASH.match(lead)
            # (or a state or province: "BOAO, Hainan - Chinese Vice President X said ...")
            if m and (countries.lookup(m.group("country")) or countries.is_state(m.group("country"))):
                # ("Georgetown, Guyana—(October 13, 2017) President X ...": the date in parentheses)
                dated = explicit_date(m.group("date"), ref) if m.group("date") else None
                return m.group("city"), dated, m.end()
        if lead[:3].isupper() and ("—" in lead[:40] or " - " in lead[:40]):
            m = CAPITALS_DATE_DASH.match(lead)
            if m and countries.city_country(m.group("city")):
                # "CHONGQING 07 July 2021 – Philippine Consul General X paid ...": no comma after the city
                return m.group("city"), resolve(month_num(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")),
                                                int(m.group("y1")) if m.group("y1") else None, ref), m.end()
        if "—" not in lead[:40] and "- " not in lead[:40] and ":" not in lead[:25]:
            return None, None, 0
        m = CAPITALS_CITY.match(lead)
        if m and countries.city_country(m.group("city")):
            return m.group("city"), None, m.end()  # "HÀ NỘI — X received ...", "Beijing - Chinese Premier X met ..."
        if m and m.group(0).rstrip().endswith(":") and countries.lookup(m.group("city")):
            return None, None, m.end()  # "Kuwait: Kuwaiti Foreign Minister X ...": a country, no city
        m = PUBLICATION_TAG.match(lead)
        return None, None, m.end() if m else 0
    d = resolve(month_num(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")),
                int(m.group("y1")) if m.group("y1") else None, ref)
    city = m.group("city")
    if city is None:
        # "18 June, Kathmandu: Chinese ambassador X ...": the city after the date
        cm = CITY_AFTER_DATE.match(lead, m.end())
        if cm and countries.city_country(cm.group("city")):
            return cm.group("city"), d, cm.end()
    if city and city.strip().lower().removeprefix("on ") in ("on", "the", "xinhua", "reuters", "afp", "yesterday", "today",
                                                             *WEEKDAYS):
        # ("On Wednesday, August 24th, 2022, X met ...": the weekday and the date)
        city = None  # "Tuesday, 14 November 2023 - 19:20", "Xinhua, October 11, 2013": a stamp, no place
    if city and "/" in city:
        city = None  # "MONTEVIDEO/JOHANNESBURG, Aug. 6 (Xinhua) --": a report from two places names none
    if city and city[:2].isupper() and " " in city:
        head, _, rest = city.partition(" ")
        if head.isupper() and not rest.isupper() and countries.city_country(rest):
            city = rest  # "AKP Phnom Penh, August 30, 2018 —": the agency before the city
    return city, d, m.end()


_WILL_TAIL = re.compile(r"\bwill\b.*")
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)


_OTHER_CLAUSE = re.compile(r"\b(?:who|which|visit|visits|visiting|stay|sidelines|forum|summit|conference|session|"
                           r"expo|festival)\b", re.I)


def event_range_start(sentence: str, base: date | None) -> date | None:
    """The first day of talks or meetings the event sentence spreads over days ("held talks with
    X in Y from Dec. 11 to 12"), unless the range belongs to a clause about someone's visit or
    stay ("met with X, who is visiting China from May 4 to 8") or to the event a meeting was on
    the sidelines of ("met with X at the forum held from May 4 to 6")."""
    if "from " not in sentence and "-" not in sentence and " to " not in sentence \
            and not (" and " in sentence and _DAYS_AND.search(sentence)):
        return None
    start, _ = find_range(sentence, base)
    if start is None:
        return None
    cut = sentence.lower().find("from ")
    head = sentence if cut < 0 else sentence[:cut]
    return None if _OTHER_CLAUSE.search(head) else start


_TO_COME = re.compile(r"\b(?:will|shall|scheduled|expected|plans? to|is to|are to|to be held|upcoming)\b", re.I)
# A meeting's own day in a later paragraph: the event's noun, then within a few words its day
_EVENT_DAY = re.compile(r"\b(?:meeting|talks|call|conversation|reception|ceremony|celebration|banquet|dinner|luncheon)\b"
                        r"[^.;:!?]{0,60}?\b(?:on |late |held (?:on |late )?)?(?P<day>Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|yesterday)\b")
# (in title case: "PHOTO; SUNDAY AGHAEZE" is a photographer)
_ON_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WHO_CLAUSE = re.compile(r",\s+who\s[^,;]*")


def event_dates(*, visit: bool, announcement: bool, lead_text: str, later_paragraphs: list[str], title: str,
                first_sentence: str, main_sentence: str, dateline_date: date | None,
                ref: date | None) -> tuple[date | None, date | None]:
    """(meeting_date, date_end) of a release, by the rules of the module docstring.

    A visit takes the first range written (lead first, then the body, then the headline). Else:
    an explicit date in the lead sentence when there is no dateline (or the release announces a
    future event, whose dateline is only the announcement's); a weekday in the event sentence
    (the one after "will" for announcements) resolved against the dateline; the dateline itself;
    "today"/"this morning" → the posting date.
    """
    base = dateline_date or ref
    start = end = None
    if visit:
        for para in [lead_text] + later_paragraphs + ([title] if title else []):
            start, end = find_range(para, base, announcement)
            if start:
                break
        for para in ([lead_text] + later_paragraphs[:2]) if not start else ():
            # ("A CPC delegation has visited Sri Lanka ... The delegation, led by X, visited Sri Lanka from
            # Saturday to Wednesday.")
            start, end = weekday_range(para, base, announcement)
            if start:
                break
        if not start and "from " in lead_text.lower():
            start, end = _visit_from(lead_text, base)
        for para in ([lead_text] + later_paragraphs[:2]) if not start and base else ():
            # "The delegation ... ended a three-day visit to Bangladesh on Wednesday": back from its last day
            start, end = _visit_ended(para, base)
            if start:
                break
    if not start:
        start = event_range_start(main_sentence, base)
    if not start:
        explicit = explicit_date(first_sentence, base, announcement) if (not dateline_date or announcement) else None
        if not dateline_date and not announcement and main_sentence != first_sentence \
                and (main_sentence.startswith("On ") or (base is None and not explicit)):
            # "X led a delegation to visit Y from December 18th to 21st. On December 19th, Z met
            # with X": a meeting release's event sentence dates itself (and with nothing else to date
            # it by, a full date anywhere in it: "... in a courtesy meeting with X on Friday, 24th
            # February 2023")
            explicit = explicit_date(main_sentence, base) or explicit
        if dateline_date and not announcement and ("on " in main_sentence or "on " in first_sentence):
            # "Colombo, 12 July 2023 — X called on Y in Beijing on 10 July 2023": the dateline is
            # the report's day; the event sentence's own date, up to a month before it, is the meeting's
            # (or the lead's, when a later sentence names who met: "A and B held a consultation on Feb. 27")
            on = on_date(main_sentence, base) or (on_date(first_sentence, base) if first_sentence != main_sentence else None)
            if on and timedelta(0) <= dateline_date - on <= timedelta(days=31):
                explicit = on
        if explicit:
            start = explicit
        elif base is not None:
            scope = first_sentence if announcement else main_sentence
            weekday = None
            if announcement:
                tail = _WILL_TAIL.search(scope)
                weekday = weekday_date(tail.group(0), base) if tail else None
            if not weekday and ", who " in scope:
                # "X met with Y, who arrived in China on Tuesday for a state visit": the day is Y's
                # arrival, not the meeting's
                scope = _WHO_CLAUSE.sub("", scope)
            weekday = weekday or weekday_date(scope, base)
            if not weekday and not announcement and first_sentence != main_sentence:
                # "..., visiting X said here on Tuesday." then "He made the remarks in his meetings
                # with ...": the wire lead's day is the day of the meetings it goes on to report.
                weekday = weekday_date(first_sentence, base)
            if not weekday and not announcement and later_paragraphs and (" has " in scope or " have " in scope) \
                    and _PRESENT_PERFECT.search(scope) and "day" in later_paragraphs[0]:
                # "X has visited journalists covering the session." then "Li ... sent greetings to them at the
                # Great Hall on Thursday.": a lead that tells no day leaves it to the next paragraph
                weekday = weekday_date(later_paragraphs[0].split(". ", 1)[0], base)
            if "recent" in scope and not announcement:
                # "The recent video call between A and B bears ..., a spokesperson said Thursday." then
                # "... regarding the video call on April 16": the call's own day, told later
                # (the day the lead says is then the statement's)
                weekday = next((d for p in later_paragraphs[:3] if " on " in p for m in (_EVENT_ON_DATE.search(p),) if m
                                for d in (explicit_date(m.group("when"), base),) if d), weekday)
            if weekday:
                start = weekday
            elif dateline_date:
                start = dateline_date
            elif ref and _TODAY.search(main_sentence):
                start = ref
            elif ref and _YESTERDAY.search(main_sentence):
                start = ref - timedelta(days=1)
        if not start:
            start = explicit_date(lead_text, base)
        if not start and ref and not announcement:
            # (a visit reported under way, "X left Beijing for Washington to begin an official visit", too)
            # "X has met with Y", "X met Y and discussed ..." in a dated report with no day written:
            # news of the day it was posted (unless the lead's other sentences say the day: "...
            # during their bilateral meeting yesterday")
            # (or the next paragraph: "The hour-long meeting was held ... on Monday")
            told = lead_text + " " + (later_paragraphs[0] if later_paragraphs else "")
            on_day = _ON_WEEKDAY.search(told) if "day" in told else None
            day = "yesterday" if _YESTERDAY.search(told) else on_day.group(1) if on_day else None
            if day is None:
                # (or a later paragraph's, of the meeting itself: "a meeting between Wong and Xiao on
                # Wednesday included ...", "speaking at the reception onboard the ship yesterday")
                # (not one still to come: "is scheduled to pay a courtesy call on X on Sunday")
                event_day = next((m for p in later_paragraphs[1:] if "day" in p for m in (_EVENT_DAY.search(p),)
                                  if m and not _TO_COME.search(p, p.rfind(". ", 0, m.start()) + 1, m.start())), None)
                day = event_day.group("day") if event_day else None
            start = (ref if day is None else ref - timedelta(days=1) if day.lower() == "yesterday"
                     else weekday_near(WEEKDAYS[day.lower()], ref, False))
    if not (end and start and end > start):
        end = None
    return start, end
