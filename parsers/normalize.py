"""Text cleanup: one release's raw text → title, header lines and body paragraphs.

Releases arrive as the sites show them: breadcrumbs, language bars, "Updated:" stamps, share
buttons, copyright footers, wire-service bylines and sometimes a photo caption above the
dateline. Everything here is about separating that furniture from the paragraphs that carry
the news, so the later stages can assume "paragraph 0 is the lead".
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# Characters whose variants would otherwise multiply every later regex. (str.replace per
# character present is several times faster than str.translate with a dict table.)
_REPLACEMENTS = (
    ("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "), ("\u3000", " "),
    ("\u2013", "—"), ("\u2012", "—"), ("\u2015", "—"), ("\u200b", ""), ("\ufeff", ""),
    ("`", "'"),  # ("Indonesia`s Foreign Minister": a backtick for an apostrophe)
    # The other whitespace that is no line break (str.splitlines): a line's only whitespace is then " ".
    *((chr(c), " ") for c in (0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F)),
)
# A dash run ("—", "——", "--") with the spaces around it becomes one em dash. Found by the run
# alone and the spaces stripped in Python: a pattern opening with \s* costs re a try at every
# position of the line (see collapse_dashes).
_DASH_RUN = re.compile(r"——?—?|---?")  # —{1,3}|-{2,3}, written to open with literals (see fastre)
_SPACES = re.compile(r"[ ]{2,}")

# Whole lines that are site furniture, never content.
_BOILERPLATE = re.compile(
    r"^(?:home\s*(?:>|»|>>|\|).*|share (?:on|this|to)\b.*|tags?:.*|read more:?|follow us\b.*|\[photo[/:][^\]]*\]|idcpc news|"
    r"ministry of foreign affairs(?: of (?:the )?(?:republic of )?[a-z]+(?: [a-z]+)?)?|(?:the )?people's republic of china|"
    r"adjust font size:?|by staff (?:reporter|writer|correspondent)s?|"
    r"<?suggest to a friend:?>?|print|enditem|press application|press release|submit release|news search|"
    r"there were [\d,]+ press releases.*|you just read:?|distribution channels:.*|ein presswire.*|"
    r"we use cookies.*|\[ ?editor:.*\]|view all|comments are filtered.*|\(web editor:.*\)|share:?|"
    r"source: ?xinhua.*|editor: ?\w+|copyright.*|e-?mail ?:.*|links ?:.*|(?:!\[\]\(\) ?\|? ?)+|"
    r"news ?>|related (?:news|stories).*|close|top|back to top|"
    # people.cn's page furniture: "English>>Foreign Affairs", "Editor's Pick", "Email|Print|Comments ..."
    r"english ?>>.*|editor's pick|e-?mail ?\|.*|"
    # an outlet's name on a line of its own, above or below the story
    r"people's daily(?: online)?|xinhua(?: news agency)?|china daily|chinadaily\.com\.cn|global times|cgtn|"
    r"china\.org\.cn|chinanews|china news service|ecns|china radio international|cri online|"
    # an embassy's site name on a line of its own ("Embassy of China in Bangladesh")
    r"(?:the )?embassy of (?:the people's republic of )?china in (?:the )?[a-z]+(?: [a-z]+){0,2})$",
    re.IGNORECASE,
)
# How every _BOILERPLATE line begins (lowercased): a line whose (ASCII) head starts otherwise is
# content, and re need not try the forty alternatives on it.
_BOILERPLATE_STARTS = (
    "home", "idcpc news", "ministry of foreign affairs", "the people's republic of china", "people's republic",
    "adjust font", "by staff",
    "<suggest", "suggest", "print", "enditem", "press application", "press release", "submit release", "news",
    "there were ", "you just read", "distribution channels:", "ein presswire", "we use cookies", "[", "view all",
    "comments are filtered", "(web editor:", "share", "source:", "editor:", "copyright", "e-mail", "email", "links",
    "![]()", "related ", "close", "top", "back to top", "tag", "read more", "follow us", "english", "editor's pick",
    "people's daily", "xinhua", "china daily", "chinadaily", "global times", "cgtn", "china.org", "chinanews", "china news",
    "ecns", "china radio", "cri online", "embassy of", "the embassy of",
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_END_MARK = re.compile(r"\s*(?:Enditem|ENDITEM|\(End\)|-0-)$")
_CAPTION = re.compile(r"\((?:Xinhua|Photo)[/:][^)]*\)\s*$|\[Photo[/:][^\]]*\]\s*$|\d{4}\. \[(?:Xinhua|CFP|AFP|Reuters)\]\s*$"
                      # (a wire photo's credit: "... 18 June 2020. EPA-EFE/KITH SEREY"; "Foto: TANJUG/X")
                      r"|\b(?:EPA-EFE|EPA|AFP|Reuters|AP|Getty Images|TANJUG)/[A-Z][A-Z .'-]+$|^(?:Photo|Foto|PHOTO):\s"
                      r"|\bmeets(?: with)? .{5,300}, (?:[A-Z][a-z]+\.?) \d{1,2}, \d{4}\.?$"
                      # (a credit in capitals, or to a handout: "(PHOTO / XINHUA)", "(... Division /Handout via Reuters)")
                      r"|\((?:PHOTO|Photo|Foto) ?/ ?[A-Z][^()]*\)\s*$|/ ?Handout(?: via [A-Z][\w.]+)?\)\s*$")
_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*-?\s*")
# A news agency's tag after a dateline: "(Xinhua)", "(VNA)", "AKP", and two agencies' tags joined or a
# tag in camel case, "(NNN-APP)", "(ChinaMil)" (dates.AGENCY adds the slashed wire tags)
# (or a copy's two credits: "(Xinhua/GNA)")
AGENCY_TAG = r"(?: \((?:[A-Z]{2,6}-[A-Z]{2,6}|[A-Z][a-z]+[A-Z][a-z]+|[A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15}){0,2}|[A-Z][A-Za-z]{1,15}/[A-Z][A-Za-z]{1,15})\)| \(?(?:Xinhua|Reuters|[A-Z]{2,6})\)?)"
# A body paragraph opening with a dateline ("Beijing, November 22nd—", "BEIJING, Oct. 24 (Xinhua) --").
DATELINE_START = re.compile(
    r"^(?:[A-Z][A-Za-z.' /]{1,40}, )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+)"
    + AGENCY_TAG + r"?\s*(?:—|-|:)"
    r"|^[A-Z][A-Za-z.' ]{1,40}? \((?:Xinhua|Reuters|[A-Z]{2,6})\)\s*(?:—|-|:)"  # "Hanoi (VNA) —", "(APP):"
)


@dataclass
class Release:
    """A release split into its parts; `header` keeps the short lines that may hold dates."""
    title: str | None = None
    header: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    # Photo captions taken out of the paragraphs: they often name the city the lead does not
    captions: list[str] = field(default_factory=list)
    # (those above the lead, people.cn's layout: the first place the page writes its people's offices)
    lead_captions: list[str] = field(default_factory=list)


_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
# "URUMQI, Sept. 1(Xinhua)—", "BEIJING, Nov.23—": a dateline's spaces left out (see _glued_date_seen)
_GLUED_DATE = re.compile(r"(?<=\d)\((?=[A-Z][A-Za-z]{1,15}\))|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\d{1,2}\b)")
_MINSTER = re.compile(r"(?:(?<=Foreign )|(?<=Defence )|(?<=Defense )|(?<=Finance )|(?<=Deputy )|(?<=Prime )|(?<=Vice ))Minster\b"
                      r"|\bMinster(?= (?:of|for) [A-Z])")
_SPACE_COMMA = re.compile(r"(?<=[\w.)])[ \n]+,")
# "Liu Guiping(Deputy Mayor of Chongqing)": the space before a parenthesis left out
_GLUED_PAREN = re.compile(r"(?<=[a-z])\((?=[A-Z][a-z])")
_GLUED_CLOSE = re.compile(r"\)(?=[a-z]{2})")
_GLUED_HONORIFIC = re.compile(r"\b(H\.E\.|Hon\.|Dr\.|Rt\.|Mrs?\.|Ms\.|Prof\.|Amb\.)(?=[A-Z][a-z])")
_GLUED_HONORIFIC_SEEN = re.compile(r"\.[A-Z][a-z]")  # (a superset, opening with a literal: re skips to each ".")
_EMPTY_FIELD_LABELS = frozenset(("id", "author", "auther", "editor", "source", "category", "tags", "views", "by", "reporter",
                                 "writer", "photo", "date", "time"))
def _join_broken_hyphen_names(text: str) -> str:
    """Each "Capitalised- Capitalised" ("Hjelm- Wallen") joined at its hyphen. The "- " are found with
    str.find (a text has a few, most of them dashes between spaces): a pattern opening with \\b would
    cost re a try at every character."""
    n = len(text)
    cuts = []
    i = text.find("- ")
    while i >= 0:
        if 1 < i and i + 3 < n and text[i - 1].islower() and text[i + 2].isupper() and text[i + 3].islower():
            j = i - 1
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            # (not a line's first word: "Beijing- Song Tao, head of ..." is a dateline's dash)
            if text[j].isupper() and j > 0 and not text[j - 1].isalnum() and text[j - 1] != "\n":
                cuts.append(i + 1)
        i = text.find("- ", i + 2)
    if not cuts:
        return text
    parts, last = [], 0
    for c in cuts:
        parts.append(text[last:c])
        last = c + 1
    parts.append(text[last:])
    return "".join(parts)
_SHORTCODE = re.compile(r"\[/?(?:caption|gallery|nggallery|embed|video|audio|playlist|wp_[a-z_]+)\b[^\[\]]{0,200}\]")


def _glued_date_seen(text: str) -> bool:
    """A superset of where _GLUED_DATE matches: a digit before "(" and a capital, or a letter before "."
    and a digit. Found with str.find (a regex opening with a character class costs a try at every
    character: 12% of the whole parser's time on the dev corpus)."""
    for mark, before, after in (("(", str.isdigit, str.isupper), (".", str.islower, str.isdigit)):
        i = text.find(mark, 1)
        while i > 0:
            if before(text[i - 1]) and after(text[i + 1:i + 2]):
                return True
            i = text.find(mark, i + 1)
    return False


def _unglue(text: str, mark: str, rx: re.Pattern[str], spaced: str) -> str:
    """rx.sub(spaced, text) for a one-character rx whose lookbehind needs a lower-case letter and whose
    lookahead needs a capital: the marks are found with str.find (a text has a few dozen of them),
    since re would try the lookbehind at every character."""
    n = len(text)
    i = text.find(mark)
    hits = []
    while i >= 0:
        if 0 < i < n - 1 and text[i + 1].isupper() and text[i - 1].islower() and rx.match(text, i):
            hits.append(i)
        i = text.find(mark, i + 1)
    if not hits:
        return text
    parts, last = [], 0
    for i in hits:
        parts += [text[last:i], spaced]
        last = i + 1
    parts.append(text[last:])
    return "".join(parts)


def normalize_chars(text: str) -> str:
    """Curly quotes → straight, en dashes → em dash, odd spaces → space, zero-width characters out.

    Every whitespace character but the line breaks becomes a space, so a line's only whitespace
    is " " (and, once cleaned, single spaces): later stages rely on it.
    """
    if "&" in text and ";" in text:  # text copied with its HTML entities ("&amp;", "&#39;")
        text = html.unescape(text)
    if "</" in text or "<br" in text:  # ... or with its tags
        text = _TAG.sub(" ", text)
    if "[" in text and "]" in text and _SHORTCODE.search(text):  # ... or a blog's shortcodes ("[nggallery id=62]")
        text = _SHORTCODE.sub(" ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\x1f" in text:
        text = text.replace("\x1f", " ")
    if " ," in text or "\n," in text:  # "Liu Qibao , head of ...": a space (or a line break) typed before the comma
        text = _SPACE_COMMA.sub(",", text)
    if _glued_date_seen(text):  # "URUMQI, Sept. 1(Xinhua)—", "BEIJING, Nov.23—": a dateline's spaces left out
        text = _GLUED_DATE.sub(lambda m: " (" if m.group(0) == "(" else m.group(0) + " ", text)
    if "Minster" in text:  # "Indian Foreign Minster Singh": the office's common typo (not York Minster)
        text = _MINSTER.sub("Minister", text)
    text = _unglue(text, "(", _GLUED_PAREN, " (")
    if ")" in text:  # "... Contact (SAIFC)and other persons": the space after an acronym's parenthesis left out
        text = _GLUED_CLOSE.sub(lambda m: ") " if text[m.start() - 1].isupper() else ")", text)
    if _GLUED_HONORIFIC_SEEN.search(text):  # "H.E.Wei Hongtian", "Dr.Rt.Hon.Keith Mitchell": the space left out
        text = _GLUED_HONORIFIC.sub(r"\1 ", text)
    if "- " in text:  # "Lena Hjelm- Wallen" (a hyphened name broken at its line's end): one name
        text = _join_broken_hyphen_names(text)
    if text.isascii():
        return text
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def collapse_dashes(line: str) -> str:
    """Every dash run and the whitespace on both sides of it → one em dash.

    The same as re.sub(r"\s*(?:—{1,3}|-{2,3})\s*", "—", line), then runs with only whitespace
    between them merged: the pieces between dash runs lose their whitespace on the sides that
    touch a run.
    """
    parts = _DASH_RUN.split(line)
    if len(parts) == 1:
        return line
    last = len(parts) - 1
    pieces = [p.rstrip() if i == 0 else (p.lstrip() if i == last else p.strip()) for i, p in enumerate(parts)]
    # Runs with only spaces between them ("-- --", "— —") are one run.
    return "—".join(p for i, p in enumerate(pieces) if p or i in (0, last))


def clean_line(line: str) -> str:
    """One line with normalized characters, one em dash for every dash run, single spaces."""
    line = normalize_chars(line)
    if "—" in line or "--" in line:
        line = collapse_dashes(line)
    if "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


_HEADER_STAMP = re.compile(
    # (an outlet's tag before the time: "(Xinhua) 09:45, April 27, 2023", "(People's Daily App) 14:51, May 25, 2023")
    r"\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|^\(?\s*(?:xinhua\)?\s*|[a-z][\w'’ .-]{0,30}\)\s*)?\d{1,2}:\d{2}"
    r"|^(?:updated?|source|date|dated|release date|publish(?:ed)?(?: time| date)?|last updated(?: at| on)?)\s*:|^(?:posted|published)(?: on)?:? \w"
    # a date alone, after a weekday and before a time as some papers stamp it ("Tuesday, 14 November 2023 - 19:20")
    # (or in parentheses: "(27 September 2004)"; after a "#", with a zone: "# 05 June 2020 14:28 (UTC +04:00)")
    r"|^(?:# ?)?\(?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})(?: *[-—|,]? *\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)?"
    r"(?: ?\((?:GMT|UTC) ?[+-]?\d{0,2}(?::\d\d)?\))?\)?$"
    # a weekday's abbreviation, a date and anything short after it ("Wed, Mar 20, 2024, 08:15 pm SL Time, ...")
    r"|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun), ?(?:[A-Z][a-z]+\.? \d{1,2}, ?\d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})\b"
    # "Monday 30, April 2018 in 7:45 PM"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?\d{1,2}, [A-Z][a-z]+,? \d{4}\b"
    # people.cn's "Tuesday, June 27, 2000, updated at 21:43(GMT+8)"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?[A-Z][a-z]+\.? \d{1,2}, \d{4},? updated at \d{1,2}:\d{2}"
    # KCNA's "May 22. 2013 Juche 102"
    r"|^[A-Z][a-z]+\.? \d{1,2}\. \d{4}\b"
    # a date in another language's order and words ("6. februar 2024 13:04")
    r"|^\d{1,2}\. [A-Za-z]+ \d{4}\b"
    # a byline, then the date and the time ("Web Desk 03 May , 2023 07:33 PM")
    r"|^[A-Z][\w ]{0,30}? (?:\d{1,2} [A-Z][a-z]+ ?,? \d{4}|[A-Z][a-z]+\.? \d{1,2}, ?\d{4}),? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$"
    # a byline, then "Published" and the stamp ("Faizan Hashmi Published May 26, 2023 | 05:40 AM")
    r"|^(?:[A-Z][\w.'-]*\s+){1,4}(?:Published|Updated|Posted)(?: on)?:?\s+(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})"
    # a site's name and its stamp in dashes ("cctv.com 10-10-2004 13:36")
    r"|^[\w.-]{2,30} \d{1,2}-\d{1,2}-(?:19|20)\d\d \d{1,2}:\d{2}(?::\d{2})?$"
    # an agency and its date ("Xinhua, October 11, 2013")
    r"|^(?:xinhua|reuters|afp|china daily|people's daily),? (?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})$",
    re.IGNORECASE)
# Stamps searched only in lines with a "/" or a "|" (unanchored, they would cost a try at every
# character of every short line): day/month/year ("Sunday, 25/11/2018 10:48 (GMT+7)", "Date:
# 14/04/2024") and a byline's stamp ("... 5 minutes ago Sat 03rd April 2021 | 12:30 PM")
_HEADER_STAMP_SLASH = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)")
_HEADER_STAMP_BAR = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4} ?\| ?\d{1,2}:\d{2}", re.IGNORECASE)


def _header_stamp(line: str) -> bool:
    return bool(_HEADER_STAMP.search(line) or ("/" in line and _HEADER_STAMP_SLASH.search(line))
                or ("|" in line and _HEADER_STAMP_BAR.search(line)))


_DIGIT = re.compile(r"\d")
_BREADCRUMB = re.compile(r"^(?:[\w'&:：]+(?: [\w'&]+){0,3} ?>+ ?)+[\w'&]+(?: [\w'&]+){0,3}$")
_STAMP_THEN_STORY = re.compile(r"Updated: \d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2}(?::\d{2})?)? +(?=[A-Z])")
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .']{2,40}, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})? \(Xinhua\)")
_ON_DATE = re.compile(r"^On (?:the \w+ of )?[A-Z0-9]")


def _is_caption(line: str) -> bool:
    """A photo caption ("X meets with Y in Beijing, Oct. 19, 2023. (Xinhua/Li Ming)"), or one with no
    credit that says who stands where ("Consul General X (right) and Hon. Y")."""
    if ("meets" in line or "(Xinhua/" in line or "(Photo" in line or "[Photo" in line or "/" in line[-40:]
            or line.startswith(("Photo:", "Foto:", "PHOTO:"))) and _CAPTION.search(line):
        return True
    return " (" in line and len(line) <= 400 and line.count(". ") <= 1 and bool(PHOTO_POSITION.search(line))


# Where a person stands in the photo: "(right)", "(R)", "(2nd L, front)", "(second from left)"
PHOTO_POSITION = re.compile(r" \((?:right|left|R|L|C|centre|center|(?:\d(?:st|nd|rd|th)|first|second|third)\s+(?:from\s+)?"
                       r"(?:R|L|right|left))(?:,\s*(?:[Ff]ront|[Bb]ack|[Rr]ear))?\)")


# Old People's Daily pages (2000-2002, with the "People's Daily Online ---" footer) were stored
# with their paragraph breaks lost: "... to the country.Luo and his ..." and, on a page that is
# one line, the headline runs into the lead ("CPC Delegation Leaves LaosA delegation of ...").
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_GLUED_AFTER_WORD = re.compile(r"(?<![\w.'-])([a-z]{2,}[.!?])(?=[A-Z][a-z])")
_GLUE_SEEN = re.compile(r"[.!?](?=[A-Z][a-z])")  # a superset of _GLUED_SENTENCES, opening with a character class
_GLUED_HEADLINE = re.compile(r"(?<=[a-z])(?=(?:A|An|The) [a-z])")


_GLUED_COMMA = re.compile(r",(?=[A-Z][a-z])")


def _unglue_commas(line: str) -> str:
    """A space after each comma glued between a lowercase word and a capitalised one."""
    return _GLUED_COMMA.sub(lambda m: ", " if m.start() and line[m.start() - 1].islower() else ",", line)


def _unglue_sentences(line: str) -> str:
    if len(_GLUE_SEEN.findall(line)) >= 2:
        return _GLUED_SENTENCES.sub(" ", line)
    # (or the next sentence's subject says so: "... of the Zambian Ministry of Defence.Xiong said that ...")
    return _GLUED_BEFORE_SPEAKER.sub(" ", _GLUED_AFTER_WORD.sub(r"\1 ", line))


_GLUED_BEFORE_SPEAKER = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:said|says|noted|added|stressed|expressed|"
                                   r"pointed|hoped|told|welcomed|thanked|briefed)\b|, (?:also|who)\b))")


def _unglue_old_peoples_daily(content: list[str]) -> list[str]:
    """Lines of an old People's Daily page with its lost breaks restored (see above)."""
    lines = [_GLUED_SENTENCES.sub(" ", line.rstrip(" |")) for line in content]
    if len(lines) == 1:
        m = _GLUED_HEADLINE.search(lines[0], 0, 200)
        if m:
            lines = [lines[0][: m.start()], lines[0][m.start():]]
    return lines


# A photo caption whose credit runs straight into the story, as some agencies' pages are stored:
# "Views of the talks (Photo: VNA)Hanoi (VNA) - X held ...".
_GLUED_CAPTION = re.compile(r"\(Photo: [^()]{1,40}\)(?=\S)")


def _unglue_captions(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _GLUED_CAPTION.search(line)
        if m:
            out += [line[: m.end()], line[m.end():].strip()]
        else:
            out.append(line)
    return out


# Wire copy stored with its line breaks every 60-80 characters (a sentence runs over several
# lines, each a "paragraph" otherwise): many lines of about that length end inside a sentence.
_SENTENCE_END_CHARS = (".", "!", "?", ":", '"', "”", "'", "’", ")")


def _hard_wrapped(lines: list[str]) -> bool:
    filled = [x for x in lines if x]
    cut = sum(1 for x in filled if 40 <= len(x) <= 85 and not x.endswith(_SENTENCE_END_CHARS))
    return cut >= 6 and cut >= 0.4 * len(filled)


def _unwrap(lines: list[str]) -> list[str]:
    """Lines joined back into paragraphs: a line ending inside a sentence goes on in the next one
    (unless the next opens with a dateline: the line before it is the headline)."""
    out: list[str] = []
    last = ""  # the previous line as stored
    for line in lines:
        if out and last and line and (not last.endswith(_SENTENCE_END_CHARS) or _ABBREV_END.search(last)) \
                and len(last) >= 40 and not DATELINE_START.match(line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        last = line
    return out


def _join_broken_sentences(lines: list[str]) -> list[str]:
    """A line opening in lower case ("and Russian Security Council Secretary X.", "'s state visit")
    goes on the line just before it when that one ends inside a sentence: one break in a page that is
    not hard-wrapped throughout."""
    out: list[str] = []
    for line in lines:
        possessive = line.startswith("'s ")
        if out and out[-1] and not out[-1].endswith(_SENTENCE_END_CHARS) \
                and (possessive or (line[:1].islower() and not line.startswith(("www", "http")))):
            out[-1] = out[-1] + ("" if possessive else " ") + line
            continue
        out.append(line)
    return out


def _drop_cut_captions(paragraphs: list[str], captions: list[str]) -> list[str]:
    """Without the last paragraph when it is a caption cut short (the stored text ends inside it):
    it opens like the page's other captions, up to their "meets", and ends without a full stop."""
    if not paragraphs or paragraphs[-1].endswith((".", ")")):
        return paragraphs
    last = paragraphs[-1]
    for caption in captions:
        i = caption.find(" meets ")
        if i > 0 and last.startswith(caption[: i + 7]):
            return paragraphs[:-1]
    return paragraphs


# "I. Vice President X will attend ...", "II. At the invitation of ...": a briefing's numbered
# announcements. Only a run that starts at I (or 1) and goes on to II (or 2) is a list: a lone
# "V. " may be an initial ("V. Putin").
_LIST_MARKER = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\. (?=\S)")


def _drop_list_markers(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the markers of a numbered list they form ("I. ", "II. ", ...)."""
    marks = [m.group(0)[:-2] if m else None for m in map(_LIST_MARKER.match, paragraphs)]
    for first, second in (("I", "II"), ("1", "2")):
        if first in marks and second in marks and marks.index(first) < marks.index(second):
            return [p[len(m) + 2:] if m else p for p, m in zip(paragraphs, marks)]
    return paragraphs


def _clean_normalized(line: str) -> str:
    if "—" in line or "--" in line:
        line = collapse_dashes(line)
    if "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


def _is_boilerplate(line: str) -> bool:
    head = line[:40]
    if head.isascii() and not head.lower().startswith(_BOILERPLATE_STARTS):
        return False
    return bool(_BOILERPLATE.match(line))


def _is_furniture(line: str) -> bool:
    """Language bars and site footers recognised by what they contain rather than how they start."""
    if len(line) < 200 and ("Español" in line or "Français" in line):
        return True
    # The lines reach here cleaned: the footer's "---" is an em dash by now.
    return "People's Daily Online—" in line or "People's Daily Online ---" in line


# (a byline may carry the stamp after a bar: "By : Ann Lee | Thursday, February 23 2023 - 06:45 IWST")
# (or the desk's place after a dash: "By: Example Editorial Team - Chad")
_BYLINE = re.compile(r"By\s*:?\s+[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|and|in))*(?:\s*\([^()]{1,40}\))?(?:\s*\|[^|]{4,50})?"
                     r"(?:\s*[-—]\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s*$"
                     r"|[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3},? (?:Senior |Chief |Staff |Political |Special |Foreign )?"
                     r"(?:Reporter|Correspondent|Writer)$")


def _is_header_line(line: str) -> bool:
    """Short lines that are date stamps or bylines, e.g. '( 2023.11.29 )', '2019.04.12 / Source:'."""
    if len(line) > 90:
        return False
    # Every stamp holds a digit or a colon; most short lines (headlines) hold neither.
    if ":" not in line and not _DIGIT.search(line):
        return False
    return _header_stamp(line)


def _clean_lines(text: str) -> list[str]:
    """The text's lines, each as _clean_normalized leaves it (text already through normalize_chars).

    Most releases hold no dash run and no double space: their lines only need stripping.
    """
    if "—" in text or "--" in text:
        return [_clean_normalized(x) for x in text.splitlines()]
    if "  " in text:
        text = _SPACES.sub(" ", text)  # runs of spaces never cross a line break: the same per line
    return [x.strip() for x in text.splitlines()]


def split_release(text: str) -> Release:
    """Split raw release text into title, header stamps, paragraphs and footer lines."""
    header: list[str] = []
    seen: set[str] = set()
    text = normalize_chars(text or "")
    # Tests on the whole text first: most releases have no furniture of these kinds.
    furniture = "Español" in text or "Français" in text or "People's Daily Online ---" in text
    content: list[str] = []
    lines = _clean_lines(text)
    if "(Photo:" in text:
        lines = _unglue_captions(lines)
    if len(lines) >= 8 and _hard_wrapped(lines):
        lines = _unwrap(lines)
    elif "\n" in text:
        lines = _join_broken_sentences(lines)
    for line in lines:
        if not line:
            continue
        if line.startswith("date "):  # lines come stripped
            m = _DATE_PREFIX.match(line)
            if m:
                header.append(line[: m.end()])
                line = line[m.end():].strip()
                if not line:
                    continue
        if line.endswith("font size:") and line.lower().endswith(" adjust font size:"):
            line = line[:-18]  # china.org.cn's widget glued to its stamp: "Xinhua, May 31, 2016 Adjust font size:"
        if line.startswith("Updated: ") and len(line) > 90:
            m = _STAMP_THEN_STORY.match(line)  # "Updated: 2008-10-28 23:12 MOSCOW -- Chinese Premier ..."
            if m:
                header.append(line[: m.end()].strip())
                line = line[m.end():]
        # _is_header_line and _is_boilerplate inlined: they are asked of every line.
        if (len(line) <= 90 and (":" in line or _DIGIT.search(line)) and _header_stamp(line)) \
                or (line.startswith(("Time:", "Date:")) and _HEADER_STAMP.search(line, 0, 30)):
            # (a site's stamp glued to its other fields: "Time:2017-12-04Editor:Sun TaoResource:...")
            header.append(line)
            continue
        if (line.startswith("By ") or line.endswith(("Reporter", "Correspondent", "Writer"))) and len(line) <= 70 \
                and _BYLINE.match(line):
            header.append(line)  # a reporter's byline: "By Ji Yuan (chinadaily.com.cn)", "Farirai Machivenyika Senior Reporter"
            continue
        if line[0] == "(" and line[-1] == ")" and len(line) <= 40 and line[1:-1].replace(" ", "").isalpha() \
                and all(w[:1].isupper() for w in line[1:-1].split()):
            header.append(line)  # an agency's tag on a line of its own: "( Xinhua)", "(China Military Online)"
            continue
        head = line[:40]
        if (not head.isascii() or head.lower().startswith(_BOILERPLATE_STARTS)) and _BOILERPLATE.match(line):
            continue
        if furniture and _is_furniture(line):
            continue
        if len(line) <= 3 and not any(ch.isalnum() for ch in line):
            continue  # a separator alone ("|", "*")
        if len(line) <= 12 and (line.isdigit() or (line[-1] == ":" and line[:-1].strip().lower() in _EMPTY_FIELD_LABELS)):
            continue  # a site's empty field or its value alone ("ID :", "343678", "Auther :")
        if line.count("|") >= 3 and all(len(part) <= 30 for part in line.split("|")):
            continue  # a site's menu ("About Us | Consular Services | Visa to China | ...")
        if ">" in line and len(line) <= 50 and _BREADCRUMB.match(line):
            continue  # "CHINA> National", "News > Diplomacy"
        if not line.isascii() and not _LATIN_LETTER.search(line):
            continue  # a line in another script only ("习近平复信..."): the site's navigation, not the English release
        # Repeated paragraphs (some pages print the lead twice) count once.
        if line in seen:
            continue
        seen.add(line)
        content.append(line)
    rel = Release(None, header, [], [])
    if not content:
        return rel
    if "People's Daily Online ---" in text:
        content = _unglue_old_peoples_daily(content)
    else:
        # Other pages stored with their breaks lost show it the same way, several times a line
        # ("... stated President Tran Dai Quang.He made the remark ..."): one glue could be a typo or
        # a name ("Example.Com"), unless a lower-case word ends the sentence before it ("... of
        # relations.Chinese Vice-Premier X said ...").
        # (full stops not followed by a space, counted in C first: most lines have none)
        content = [_unglue_sentences(line) if line.count(".") - line.count(". ") - line.endswith(".") > 0
                   and _GLUE_SEEN.search(line) else line for line in content]
    # "deputy speaker of the House of Commons,Lindsay Hoyle": a comma glued to the next word
    if _GLUED_COMMA.search(text):  # (one scan of the text first: most have no glued comma)
        content = [_unglue_commas(line) if _GLUED_COMMA.search(line) else line for line in content]
    first = content[0]
    # The title is the first line unless the text starts straight with the dateline, or with a
    # photo caption (people.cn pages stored without their headline): a caption's "meets" would
    # make every release it tops a meeting, and its date would stand in for the visit's range.
    looks_like_sentence = first.endswith(".") and len(first.split()) > 12
    if not DATELINE_START.match(first) and not _ON_DATE.match(first) \
            and not looks_like_sentence and not _is_caption(first):
        if len(content) > 1 or len(first) < 300:
            rel.title = first.rstrip()
            content = content[1:] if len(content) > 1 else content
    paragraphs = content
    if "meets" in text or "(Xinhua/" in text or "(Photo" in text or "[Photo" in text or "EPA" in text or "AFP/" in text \
            or "Reuters/" in text or "Foto:" in text or "Photo:" in text or "TANJUG/" in text or "(PHOTO" in text \
            or "Handout" in text or PHOTO_POSITION.search(text):
        paragraphs = [line for line in content if not _is_caption(line)]
        # (photo captions repeat the lead in another shape)
        if len(paragraphs) < len(content):
            rel.captions = [line for line in content if _is_caption(line)]
            paragraphs = _drop_cut_captions(paragraphs, rel.captions)
    # Text before a wire dateline (bylines, captions) is not the lead.
    if "(Xinhua)" in text:
        for i, p in enumerate(paragraphs):
            if _WIRE_DATELINE.match(p):
                header.extend(x for x in paragraphs[:i] if len(x) < 90)
                paragraphs = paragraphs[i:]
                break
    if "II. " in text or "2. " in text:
        paragraphs = _drop_list_markers(paragraphs)
    if paragraphs and paragraphs[-1].endswith(("Enditem", "ENDITEM", "(End)", "-0-")):
        last = _END_MARK.sub("", paragraphs[-1])  # "... with Chile. Enditem": the marker ends the story
        paragraphs = paragraphs[:-1] + ([last] if last else [])
    # Signature lines at the end ("Ministry of Foreign Affairs", "Singhdurbar", "6 September 2019").
    short_tail = []
    while len(paragraphs) > 1 and not paragraphs[-1].endswith(".") and len(paragraphs[-1].split()) <= 4:
        short_tail.insert(0, paragraphs.pop())
    # A section label or a reporter's address above the lead ("Politics", "name@agency.mn").
    while len(paragraphs) > 1 and (" " not in paragraphs[0] and not paragraphs[0].endswith(".")
                                   or _EMAIL_LINE.match(paragraphs[0])):
        header.append(paragraphs.pop(0))
    rel.paragraphs = paragraphs
    rel.footer = short_tail
    if rel.captions and paragraphs and paragraphs[0] in content:
        lead_at = content.index(paragraphs[0])
        rel.lead_captions = [c for c in rel.captions if content.index(c) < lead_at]
    return rel


_EMAIL_LINE = re.compile(r"^\S+@\S+\.\w+$")


# A sentence ends at . ! or ? (then an optional closing quote, which is dropped with the spaces)
# before a capital, quote or parenthesis. The pattern opens with the punctuation rather than a
# lookbehind for it, which lets re skip to candidate characters instead of trying every position.
_SENT_END = re.compile(r"[.!?][\"']?\s+(?=[A-Z\"'(]|\d+ [a-z])")  # (or a count: "... Group. 16 people attended")
# The same on a printable paragraph (whose only whitespace is " ") without "!" or "?": it opens
# with the literal "." and re skips from one full stop to the next.
_SENT_END_DOT = re.compile(r"\.[\"']? +(?=[A-Z\"'(]|\d+ [a-z])")
_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Mme|Dr|Hon|H\.E|H\.H|Amb|Sen|Rep|Gov|Maj|Brig|Adm|Capt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Gen|Lt|Col|Prof|Engr|Rt|Jr|Sr|"
    r"U\.S|U\.K|D\.C|Co|Inc|vs|etc|a\.i)\.|\b[A-Z]\.)$")


def split_at_sentence_ends(paragraph: str) -> list[str]:
    """The paragraph cut at every _SENT_END, the punctuation kept and the quote and spaces dropped."""
    parts = []
    start = 0
    plain = "!" not in paragraph and "?" not in paragraph and paragraph.isprintable()
    for m in (_SENT_END_DOT if plain else _SENT_END).finditer(paragraph):
        parts.append(paragraph[start:m.start() + 1])
        start = m.end()
    parts.append(paragraph[start:])
    return parts


def _may_end_in_abbreviation(text: str) -> bool:
    """False when _ABBREV_END surely does not match: no final "." or five letters before it (every
    abbreviation is at most four characters after a word boundary), as most sentences end."""
    if not (text.endswith(".") or text.endswith(".\n")):
        return False
    return not (len(text) >= 6 and text[-6:-1].isalnum())


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without cutting after 'Mr.', 'Oct.', 'U.S.' or initials."""
    parts = split_at_sentence_ends(paragraph)
    out: list[str] = []
    for part in parts:
        # Only the tail can end in an abbreviation; searching the whole (growing) string is quadratic.
        if out and _may_end_in_abbreviation(out[-1]) and _ABBREV_END.search(out[-1][-16:]):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return out
