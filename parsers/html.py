"""Article HTML -> title, posting date and body text. Pure: bytes in, text out.

Decisions a future engineer needs:

* Site selectors are HINTS. Ministry CMSs change templates without notice, so
  every field has a structural fallback that needs no class names:
  title   hint -> heading similar to <title>/og:title -> <title> minus site suffix
          -> first <h1>/<h2 class*=title>;
  date    hint -> <meta> publish date -> a date pattern in the few siblings
          around the title element -> the date in the URL (``tYYYYMMDD_N``);
  body    hint (accepted when it holds at least half the text the structural
          winner holds and is not mostly links) -> text-density winner.
* The density rule is Readability's, cut down: every paragraph unit (a block's
  own text, >= 20 chars, link text subtracted) credits its nearest container
  (div/td/article/section/main/...) fully and the next one half; the best
  container after a link-density penalty wins. If the nearest ancestor that
  holds more paragraph text holds clearly more (x1.3, low link density), that
  ancestor wins instead (repeatedly): this rescues bodies split across sibling
  wrappers, while a sidebar teaser or two stays below the threshold.
* Boilerplate is removed before scoring by tag (script, style, nav, footer,
  form, ...), by class/id words (breadcrumb, urhere, position, share, print,
  tool, footer, sidebar, ...; never when the class/id also says title, content,
  article, text, body, main, editor) and by inline ``display:none``; leftover
  one-line widgets ("Suggest to a friend", "Print") are dropped as paragraphs.
* lxml only (no BeautifulSoup tree, no cssselect): selectors are translated
  by a small CSS subset -> XPath translator and cached compiled; simple ones
  (.cls, #id, tag.cls, descendants of those) are answered from a per-page
  class/id index instead of one document scan per hint. Text is joined by
  libxml2's text serializer, whitespace collapsed with str.split(). Measured
  (scripts/bench_extract.py): ~300-350 real 35 KB MFA pages per CPU-second,
  of which the lxml parse alone is ~0.7 ms a page; ~6x trafilatura there,
  ~10x on the lighter sample-site pages.
* Never raises on bad input: undecodable bytes become U+FFFD, unparsable
  markup gives an empty page; the caller decides what an empty page means.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence
from urllib.parse import urldefrag, urljoin

from lxml import etree

__all__ = [
    "ExtractedPage",
    "extract_article_html",
    "decode_html",
    "parse_html",
    "css_to_xpath",
    "select",
    "find_date",
    "date_from_url",
    "extract_links",
    "ClassIndex",
]


@dataclass(frozen=True)
class ExtractedPage:
    """What one article page says. Empty strings (never None) for a missing
    title/body so callers can test truthiness."""

    title: str
    published: date | None
    body_text: str  # paragraphs separated by one blank line; <br> kept as "\n"
    lang: str | None  # primary language subtag from <html lang>/meta, lowercase
    method: str  # which rule found the body: 'selector' | 'density' | 'none'
    title_method: str = "none"  # 'selector' | 'heading' | 'meta' | 'none'
    date_method: str = "none"  # 'selector' | 'meta' | 'near_title' | 'body_line' | 'url' | 'none'
    encoding: str = "utf-8"  # the codec the bytes were decoded with


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
# GB2312/GBK pages routinely contain characters only GB18030 (a superset) maps.
_CODEC_UPGRADES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ascii": "utf-8",
                   "us-ascii": "utf-8", "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252"}
# Control characters (lxml refuses them) and the two private-use marks _render uses.
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ue000\ue001]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _CODEC_UPGRADES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(html: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode page bytes: the HTTP header's charset if given (and known), else a
    BOM, else <meta charset>/<meta http-equiv> in the first 4 KB, else strict
    UTF-8, else cp1252 (English pages saved by Windows tools), else UTF-8 with
    replacement. Returns (text, codec used). Never raises."""
    if html.startswith(codecs.BOM_UTF8):
        return html[3:].decode("utf-8", "replace"), "utf-8"
    if html.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return html.decode("utf-16", "replace"), "utf-16"
    codec = _codec(encoding)
    if codec is None:
        match = _CHARSET_RE.search(html, 0, 4096)
        codec = _codec(match.group(1).decode("ascii", "replace")) if match else None
    if codec is not None:
        try:
            return html.decode(codec, "replace"), codec
        except Exception:  # a codec that cannot decode at all (e.g. a mislabelled 'utf-7' oddity)
            pass
    try:
        return html.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return html.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return html.decode("utf-8", "replace"), "utf-8"


def parse_html(html: bytes | str, encoding: str | None = None) -> tuple[etree._Element | None, str]:
    """The lxml root of a page (None when there is nothing to parse) and the codec used."""
    if isinstance(html, bytes):
        text, codec = decode_html(html, encoding)
    else:
        text, codec = html, "utf-8"
    # lxml refuses str input with an XML declaration, and control characters.
    text = _XML_DECL_RE.sub("", text, count=1)
    if _CONTROL_CHARS_RE.search(text):
        text = _CONTROL_CHARS_RE.sub("", text)
    if not text.strip():
        return None, codec
    try:
        root = etree.fromstring(text, _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None, codec
    return root, codec


_PARSERS = threading.local()


def _parser() -> etree.HTMLParser:
    """One parser per thread (lxml parsers must not be shared across threads).
    Plain etree elements, not lxml.html's: its per-element class lookup costs
    ~10% of the extraction time and we need none of its methods."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.HTMLParser(
            recover=True, no_network=True, remove_comments=True, remove_pis=True, default_doctype=False)
    return parser


# --------------------------------------------------------------------------
# Selector hints: a CSS subset -> XPath
# --------------------------------------------------------------------------

_CSS_TOKEN_RE = re.compile(
    r"""\s*(?P<comb>[>+~])\s*|(?P<ws>\s+)|(?P<tag>[A-Za-z][\w-]*|\*)|\#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+)"""
    r"""|\[\s*(?P<attr>[\w-]+)\s*(?:(?P<op>[*^$~|]?=)\s*(?P<val>"[^"]*"|'[^']*'|[^\]\s]+)\s*)?\]"""
)


def _css_compound_to_xpath(tokens: list[tuple[str, str]]) -> str:
    """One compound selector (tag.class#id[attr]) -> an XPath step."""
    tag = "*"
    conds: list[str] = []
    for kind, value in tokens:
        if kind == "tag":
            tag = value.lower()
        elif kind == "id":
            conds.append(f"@id='{value}'")
        elif kind == "cls":
            # the plain contains() first: a cheap filter before the exact token test
            conds.append(f"contains(@class, '{value}')")
            conds.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {value} ')")
        elif kind == "attr":
            conds.append(value)
    return tag + "".join(f"[{c}]" for c in conds)


def _css_attr_condition(name: str, op: str | None, val: str | None) -> str:
    if op is None:
        return f"@{name}"
    val = (val or "").strip("\"'").replace("'", "")
    return {
        "=": f"@{name}='{val}'",
        "*=": f"contains(@{name}, '{val}')",
        "^=": f"starts-with(@{name}, '{val}')",
        "$=": f"substring(@{name}, string-length(@{name}) - {len(val) - 1})='{val}'",
        "~=": f"contains(concat(' ', normalize-space(@{name}), ' '), ' {val} ')",
        "|=": f"(@{name}='{val}' or starts-with(@{name}, '{val}-'))",
    }[op]


@lru_cache(maxsize=256)
def css_to_xpath(selector: str) -> str:
    """Translate a simple CSS selector (tags, .class, #id, [attr], [attr=v],
    [attr*=v], descendant and '>' combinators, comma groups) to XPath.
    Raises ValueError on anything else, so a typo in a site hint fails loudly
    in tests rather than silently matching nothing."""
    groups = []
    for group in selector.split(","):
        group = group.strip()
        if not group:
            raise ValueError(f"empty selector in {selector!r}")
        steps: list[str] = []
        compound: list[tuple[str, str]] = []
        axis = "//"
        pos = 0
        while pos < len(group):
            m = _CSS_TOKEN_RE.match(group, pos)
            if m is None or m.end() == pos:
                raise ValueError(f"unsupported CSS selector {selector!r}")
            pos = m.end()
            if m.group("comb") or m.group("ws"):
                if compound:
                    steps.append(axis + _css_compound_to_xpath(compound))
                    compound = []
                comb = m.group("comb")
                if comb in ("+", "~"):
                    raise ValueError(f"unsupported CSS combinator {comb!r} in {selector!r}")
                axis = "/" if comb == ">" else "//"
            elif m.group("tag"):
                compound.append(("tag", m.group("tag")))
            elif m.group("id"):
                compound.append(("id", m.group("id")))
            elif m.group("cls"):
                compound.append(("cls", m.group("cls")))
            else:
                compound.append(("attr", _css_attr_condition(m.group("attr"), m.group("op"), m.group("val"))))
        if compound:
            steps.append(axis + _css_compound_to_xpath(compound))
        groups.append("".join(steps))
    return " | ".join(groups)


@lru_cache(maxsize=256)
def _compiled(selector: str) -> etree.XPath:
    # A selector starting with '/' or '(' is taken as XPath already.
    xpath = selector if selector.startswith(("/", "(")) else css_to_xpath(selector)
    return etree.XPath(xpath)


class ClassIndex:
    """Class-token and id lookup of one document, built from with_attributes().

    Site hints are mostly `.cls`, `#id`, `tag.cls` or `a.cls b.cls`; answering
    them from this index instead of one full-document XPath scan per hint
    saves ~15% of an extraction."""

    def __init__(self, root: etree._Element, attributed: list[etree._Element] | None = None) -> None:
        self.by_class: dict[str, list[etree._Element]] = {}
        self.by_id: dict[str, list[etree._Element]] = {}
        for el in attributed if attributed is not None else with_attributes(root):
            classes = el.get("class")
            if classes:
                for token in classes.split():
                    self.by_class.setdefault(token, []).append(el)
            el_id = el.get("id")
            if el_id:
                self.by_id.setdefault(el_id, []).append(el)


def with_attributes(root: etree._Element) -> list[etree._Element]:
    """The elements that have any attribute, in document order. One Python
    pass is ~3x faster than an XPath such as //*[@class or @id] (libxml2
    evaluates predicates slowly), and the list serves the class index, the
    title candidates and the boilerplate pass alike."""
    return [el for el in root.iter(etree.Element) if el.attrib]


_Compound = tuple[str, str | None, tuple[str, ...]]  # tag ('*' = any), id, classes


@lru_cache(maxsize=256)
def _index_plan(selector: str) -> tuple[tuple[str, _Compound], ...] | None:
    """(combinator, compound) steps of a selector the ClassIndex can answer
    (one group, only tags/classes/ids, its last step has a class or an id);
    None when it needs XPath."""
    if selector.startswith(("/", "(")) or "," in selector or "[" in selector:
        return None
    steps: list[tuple[str, _Compound]] = []
    for comb, compound in re.findall(r"\s*([>]?)\s*([^\s>]+)", selector.strip()):
        m = re.fullmatch(r"([A-Za-z][\w-]*|\*)?((?:[.#][\w-]+)*)", compound)
        if m is None:
            return None
        parts = re.findall(r"([.#])([\w-]+)", m.group(2))
        ids = [name for kind, name in parts if kind == "#"]
        classes = tuple(name for kind, name in parts if kind == ".")
        if len(ids) > 1:
            return None
        steps.append((comb or " ", ((m.group(1) or "*").lower(), ids[0] if ids else None, classes)))
    if not steps or (steps[-1][1][1] is None and not steps[-1][1][2]):
        return None
    return tuple(steps)


def _matches(el: etree._Element, compound: _Compound) -> bool:
    tag, el_id, classes = compound
    if tag != "*" and el.tag != tag:
        return False
    if el_id is not None and el.get("id") != el_id:
        return False
    if classes:
        have = (el.get("class") or "").split()
        return all(c in have for c in classes)
    return True


def _matches_chain(el: etree._Element, steps: tuple[tuple[str, _Compound], ...], i: int) -> bool:
    """steps[i] matched el: do its ancestors match steps[:i]?"""
    if i == 0:
        return True
    combinator, wanted = steps[i][0], steps[i - 1][1]
    if combinator == ">":
        parent = el.getparent()
        return parent is not None and _matches(parent, wanted) and _matches_chain(parent, steps, i - 1)
    return any(_matches(a, wanted) and _matches_chain(a, steps, i - 1) for a in el.iterancestors())


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Still in the document: boilerplate removal detaches what the index holds."""
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def select(root: etree._Element, selectors: Iterable[str],
           index: ClassIndex | None = None) -> list[etree._Element]:
    """Elements matching the first selector that matches anything (document order).
    With `index` (a ClassIndex of root), simple selectors skip the XPath scan."""
    for selector in selectors:
        plan = _index_plan(selector) if index is not None else None
        if plan is not None:
            _comb, (tag, el_id, classes) = plan[-1]
            pool = index.by_id.get(el_id, []) if el_id is not None else index.by_class.get(classes[0], [])
            last = len(plan) - 1
            found = [el for el in pool if _matches(el, plan[-1][1]) and _matches_chain(el, plan, last)
                     and _attached(el, root)]
        else:
            found = [el for el in _compiled(selector)(root) if isinstance(el, etree._Element)]
        if found:
            return found
    return []


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def _spaced(text: str) -> str:
    """Zero-width spaces are not spaces to str.split(), but separate words on a page."""
    if "\u200b" in text or "\ufeff" in text:
        return text.replace("\u200b", " ").replace("\ufeff", " ")
    return text


def _clean(text: str) -> str:
    """Whitespace runs (any Unicode space) -> one space, stripped."""
    return " ".join(_spaced(text).split())


_STRING = etree.XPath("string()", smart_strings=False)


def _raw_text(el: etree._Element) -> str:
    """All text below el (lxml.html's text_content(), for plain etree)."""
    return _STRING(el)


def _text(el: etree._Element) -> str:
    return _clean(_STRING(el)) if isinstance(el.tag, str) else ""


def _drop(el: etree._Element) -> None:
    """Remove el but keep its tail text in place (lxml.html's drop_tree())."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# --------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------

_LANG_META = etree.XPath(
    "//meta[translate(@http-equiv,'CONTENTLAGU-','contentlagu-')='content-language'"
    " or translate(@name,'LANGUAE','languae')='language']/@content"
)


def _language(root: etree._Element) -> str | None:
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
    if not value:
        metas = _LANG_META(root)
        value = metas[0] if metas else None
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


# --------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------

_DOC_TITLE = etree.XPath("//title")
_OG_TITLE = etree.XPath("//meta[@property='og:title' or @name='og:title' or @name='ArticleTitle']/@content")
_HEADING_LIKE = ("h1", "h2", "h3", "div", "p", "span", "td")


def _heading_candidates(root: etree._Element) -> list[etree._Element]:
    """<h1>s, and h2/h3/div/p/span/td whose class says 'tit…' or id says
    'title', in document order (a Python filter: faster than the XPath)."""
    found = []
    for el in root.iter(*_HEADING_LIKE):
        if el.tag == "h1":
            found.append(el)
        elif el.attrib:
            classes, el_id = el.get("class"), el.get("id")
            if (classes and "tit" in classes.lower()) or (el_id and "title" in el_id.lower()):
                found.append(el)
    return found
_TITLE_SEPARATORS_RE = re.compile(r"\s+[-|_–—·:]{1,2}\s+|\s*[|_]{1,2}\s*|——")
_WORD_RE = re.compile(r"\w+")


def _strip_site_suffix(title: str) -> str:
    """'Article -- Ministry of X' -> 'Article': the longest separator-delimited part."""
    parts = [p.strip() for p in _TITLE_SEPARATORS_RE.split(title) if p and p.strip()]
    return max(parts, key=len) if parts else title.strip()


def _similar(a: str, b: str) -> bool:
    """Same headline, give or take a site prefix/suffix. Measured against the
    longer string so a logo ('Ministry of Foreign Affairs') never matches a
    headline that merely contains those words."""
    la, lb = a.lower(), b.lower()
    if not la or not lb:
        return False
    if (la in lb or lb in la) and min(len(la), len(lb)) >= 0.6 * max(len(la), len(lb)):
        return True
    wa, wb = set(_WORD_RE.findall(la)), set(_WORD_RE.findall(lb))
    if not wa or not wb:
        return False
    return len(wa & wb) / max(len(wa), len(wb)) >= 0.7


def _find_title(root: etree._Element, hints: Sequence[str],
                index: ClassIndex | None = None) -> tuple[str, etree._Element | None, str]:
    """(title, the element it came from or None, method)."""
    doc_title = ""
    og = _OG_TITLE(root)
    if og and _clean(og[0]):
        doc_title = _strip_site_suffix(_clean(og[0]))
    else:
        titles = _DOC_TITLE(root)
        if titles:
            doc_title = _strip_site_suffix(_text(titles[0]))
    # A hint such as '.title' can also match a sidebar box heading: among
    # several matches prefer the one that agrees with <title>.
    hinted = [(el, _text(el)) for el in select(root, hints, index)]
    hinted = [(el, text) for el, text in hinted if text]
    if hinted:
        for el, text in hinted:
            if doc_title and _similar(text, doc_title):
                return text, el, "selector"
        return hinted[0][1], hinted[0][0], "selector"
    headings = [(el, _text(el)) for el in _heading_candidates(root)]
    headings = [(el, t) for el, t in headings if 3 <= len(t) <= 400]
    if doc_title:
        for el, text in headings:
            if _similar(text, doc_title):
                return text, el, "heading"
        # A <title> that is only the site's name: prefer a real heading.
        if len(doc_title.split()) >= 4 or not headings:
            return doc_title, None, "meta"
    if headings:
        el, text = max(headings[:3], key=lambda pair: len(pair[1]))
        return text, el, "heading"
    return doc_title, None, ("meta" if doc_title else "none")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_NAME = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# In priority order: the TRS posting line, ISO-ish numerals, then English forms.
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\(\s*(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*\)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})[./](\d{1,2})[./](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd"),
    (re.compile(r"(?:Updated|Published|Date|Time)\s*:?\s*" + _MONTH_NAME + r"\s+(\d{1,2}),?\s+(\d{4})", re.I), "mdy"),
    (re.compile(r"\b" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\b"), "mdy"),
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH_NAME + r",?\s+(\d{4})\b"), "dmy"),
]


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1949 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, *, english: bool = True) -> date | None:
    """The first plausible date written in `text` (patterns in priority order:
    '( 2023.11.29 )', ISO-like numerals, 年月日, 'Updated: May 30, 2024',
    'May 30, 2024', '30 May 2024'). english=False keeps the numeric forms only."""
    for pattern, order in _DATE_PATTERNS if english else _DATE_PATTERNS[:4]:
        for m in pattern.finditer(text):
            g = m.groups()
            if order == "ymd":
                found = _make_date(int(g[0]), int(g[1]), int(g[2]))
            elif order == "mdy":
                found = _make_date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
            else:
                found = _make_date(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
            if found:
                return found
    return None


_URL_DATE_RE = re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?\b", re.I)


def date_from_url(url: str) -> date | None:
    """The date of a TRS article URL (``.../tYYYYMMDD_N.html``), else None."""
    m = _URL_DATE_RE.search(url or "")
    return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


_META_DATE = etree.XPath(
    "//meta[translate(@name,'PUBDATEISHLMFR','pubdateishlmfr')='pubdate'"
    " or translate(@name,'PUBDATEISHLMFR','pubdateishlmfr')='publishdate'"
    " or @property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or translate(@name,'DCATE','dcate')='dc.date']/@content"
)
_SKIP_TEXT_TAGS = {"script", "style", "noscript", "template"}


def _near_title_text(title_el: etree._Element, limit: int = 120) -> Iterable[str]:
    """Short texts around the title element: its tail, the following and two
    preceding siblings, at up to five ancestor levels. A date line is short;
    a sibling longer than `limit` is the body (or holds it), and scanning
    stops there so a date written in the story (or in a 'related news' list
    after it) is never taken for the posting date."""
    node: etree._Element | None = title_el
    for _level in range(5):  # <b> in <font> in <td> in <tr>: the date is in the next <tr>
        if node is None:
            return
        if node.tail and node.tail.strip():
            yield node.tail
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag in _SKIP_TEXT_TAGS:
                continue
            text = _raw_text(sibling)
            if len(text) > limit and len(_clean(text)) > limit:  # raw length counts indentation
                break
            yield text
        for index, sibling in enumerate(node.itersiblings(preceding=True)):
            if index >= 2:
                break
            if isinstance(sibling.tag, str) and sibling.tag not in _SKIP_TEXT_TAGS:
                text = _raw_text(sibling)
                if len(text) <= limit or len(_clean(text)) <= limit:
                    yield text
        node = node.getparent()
        if node is not None and node.tag in ("body", "html"):
            return


def _element_showing(root: etree._Element, title: str) -> etree._Element | None:
    """The first body element whose own text is the title (a Python pass with a
    cheap substring pre-test; an XPath normalize-space(.) over every element
    would cost O(elements x page text))."""
    body = root.find("body")
    if body is None:
        return None
    probe = max(title.split(), key=len)  # one word: the page may break lines inside the title
    for el in body.iter(etree.Element):
        text = el.text
        if text and probe in text and _clean(text) == title:
            return el
    return None


def _find_date(root: etree._Element, url: str, hints: Sequence[str], title_el: etree._Element | None,
               title: str = "", index: ClassIndex | None = None) -> tuple[date | None, str]:
    for el in select(root, hints, index):
        found = find_date(_text(el))
        if found:
            return found, "selector"
    for value in _META_DATE(root):
        found = find_date(value)
        if found:
            return found, "meta"
    if title_el is None and title:
        # Title taken from <title>: the page may still show it (in a <b>, a <td>),
        # and the posting line sits next to that element.
        title_el = _element_showing(root, title)
    if title_el is not None:
        for text in _near_title_text(title_el):
            found = find_date(text)
            if found:
                return found, "near_title"
    found = date_from_url(url)
    return (found, "url") if found else (None, "none")


# --------------------------------------------------------------------------
# Boilerplate removal
# --------------------------------------------------------------------------

_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "select", "option", "input", "button",
    "textarea", "nav", "footer", "aside", "template", "svg", "object", "embed", "map", "head",
)  # not <form>: some CMSs wrap the whole page in one
_BOILER_WORDS_RE = re.compile(
    r"(?:^|[\s_-])(nav|navbar|subnav|menu|breadcrumbs?|crumbs?|urhere|position|location|footer|foot"
    r"|copyright|share|sharing|bdshare|print|tool|tools|toolbar|sidebar|side|header|search"
    r"|lang|language|related|relnews\w*|pages|pagination|pagebar|paging|appendix|comment|comments"
    r"|advert|ads?|banner|login|weixin|wechat|qrcode|ewm)(?=$|[\s_-])",
    re.I,
)
_CONTENT_WORDS_RE = re.compile(r"title|content|article|text|body|main|editor|detail|trs_", re.I)
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@lru_cache(maxsize=4096)
def _boilerplate_names(classes: str | None, el_id: str | None) -> bool:
    """Cached: a page repeats the same class strings on many elements."""
    names = f"{classes or ''} {el_id or ''}"
    return bool(_BOILER_WORDS_RE.search(names)) and not _CONTENT_WORDS_RE.search(names)


def _is_boilerplate(el: etree._Element) -> bool:
    get = el.get
    classes, el_id, style = get("class"), get("id"), get("style")
    if style is not None:
        low = style.lower()  # substring tests first: most styles are fonts and margins
        if ("none" in low or "hidden" in low) and _HIDDEN_RE.search(low):
            return True
    return (classes is not None or el_id is not None) and _boilerplate_names(classes, el_id)


def _strip_boilerplate(root: etree._Element, attributed: list[etree._Element] | None = None) -> None:
    """Remove chrome in place. `attributed`: with_attributes(root), if already
    taken (elements it holds that strip_elements detached are harmless)."""
    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    for el in attributed if attributed is not None else with_attributes(root):
        if _is_boilerplate(el):
            _drop(el)


# --------------------------------------------------------------------------
# Body by text density
# --------------------------------------------------------------------------

_CANDIDATES = frozenset({"div", "td", "article", "section", "main", "body", "center"})
_BLOCKS = frozenset({
    "p", "div", "td", "th", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "tbody", "thead",
    "section", "article", "main", "body", "center", "blockquote", "pre", "h1", "h2", "h3", "h4",
    "h5", "h6", "address", "figure", "figcaption", "header", "hr", "caption",
})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CLIMB_RATIO = 1.3
_MIN_UNIT = 20  # characters: shorter block texts (labels, dates, 'Print') earn no credit


def _block_of(el: etree._Element) -> tuple[etree._Element | None, bool]:
    """(nearest block ancestor-or-self, whether an <a> was crossed on the way)."""
    in_link = False
    while el is not None and el.tag not in _BLOCKS:
        if el.tag == "a":
            in_link = True
        el = el.getparent()
    return el, in_link


def _add_text(units: dict[etree._Element, list[int]], holder: etree._Element | None, n: int) -> None:
    block, in_link = _block_of(holder)
    if block is None:
        return
    counts = units.get(block)
    if counts is None:
        counts = units[block] = [0, 0]
    counts[0] += n
    if in_link:
        counts[1] += n


def _paragraph_units(root: etree._Element) -> dict[etree._Element, list[int]]:
    """Per block element: [own text length, own link text length]. Walks the
    elements (an element's text belongs to it, its tail to its parent): ~2x
    faster than an XPath text() query with its smart strings."""
    units: dict[etree._Element, list[int]] = {}
    body = root.find("body")
    if body is None:
        return units
    for el in body.iter(etree.Element):
        text = el.text
        if text and not text.isspace():
            _add_text(units, el, len(text.strip()))
        tail = el.tail
        if tail and el is not body and not tail.isspace():
            _add_text(units, el.getparent(), len(tail.strip()))
    return units


def _nearest_candidate(el: etree._Element | None) -> etree._Element | None:
    while el is not None and el.tag not in _CANDIDATES:
        el = el.getparent()
    return el


def _choose_body(root: etree._Element) -> etree._Element | None:
    units = _paragraph_units(root)
    credit: dict[etree._Element, float] = {}
    total: dict[etree._Element, int] = {}  # paragraph text held anywhere below each element
    links: dict[etree._Element, int] = {}  # link text held anywhere below each element
    for block, (length, link_length) in units.items():
        if link_length:
            for ancestor in block.iterancestors():
                links[ancestor] = links.get(ancestor, 0) + link_length
            links[block] = links.get(block, 0) + link_length
        own = length - link_length
        if own < _MIN_UNIT or block.tag in _HEADING_TAGS or block.tag == "li":
            continue
        for ancestor in block.iterancestors():
            total[ancestor] = total.get(ancestor, 0) + own
        total[block] = total.get(block, 0) + own
        first = block if block.tag in _CANDIDATES else _nearest_candidate(block.getparent())
        if first is None:
            continue
        credit[first] = credit.get(first, 0.0) + own
        second = _nearest_candidate(first.getparent())
        if second is not None:
            credit[second] = credit.get(second, 0.0) + own / 2
    if not credit:
        return None

    def link_density(el: etree._Element) -> float:
        held = total.get(el, 0) + links.get(el, 0)
        return links.get(el, 0) / held if held else 1.0

    best = max(credit, key=lambda el: credit[el] * (1.0 - link_density(el)))
    # Climb while the nearest ancestor that holds more paragraph text holds
    # clearly more (a body split over sibling wrappers, each wrapper in its own
    # single-child divs); a sidebar teaser or two stays below the threshold.
    while True:
        held = total.get(best, 0)
        bigger = next((a for a in best.iterancestors() if total.get(a, 0) > held), None)
        if bigger is None or bigger.tag == "html":
            return best
        if total[bigger] >= _CLIMB_RATIO * held and link_density(bigger) < 0.35:
            best = bigger
        else:
            return best


# --------------------------------------------------------------------------
# Rendering an element as paragraphs
# --------------------------------------------------------------------------

_BOILER_LINE_RE = re.compile(
    r"^\W*(suggest to a friend|print|close|close window|share|share to|back to top|top|"
    r"打印|关闭|关闭窗口|打印本页|【打印】|【关闭】|source:?|editor:?)\W*$",
    re.I,
)
_BREAK = "\ue000"  # paragraph boundary marker (private use; stripped from input at parse time)
_LINE = "\ue001"  # <br> marker, so source newlines can be collapsed in one pass
_PARAGRAPH_SPLIT_RE = re.compile("\ue000|\n[ ]*\n")


def _render(el: etree._Element) -> str:
    """The element's text with paragraph structure. Marks block boundaries and
    <br> in the tree (it is ours to change), then lets libxml2's text
    serializer join the text: 3-4x faster than walking the tree in Python."""
    for block in el.iter(*_BLOCKS):
        block.text = _BREAK + (block.text or "")
        block.tail = _BREAK + (block.tail or "")
    for br in el.iter("br"):
        br.tail = _LINE + (br.tail or "")
    raw = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    # str.split() collapses every Unicode space (nbsp, ideographic) ~10x faster
    # than a regex; the marks are not spaces, so they survive it.
    text = " ".join(_spaced(raw).split()).replace(_LINE, "\n")
    paragraphs = []
    # Source newlines became spaces above, so a "\n" here is a <br>; two <br>
    # in a row (the <td>-and-<br> layout of old pages) are a paragraph break.
    for chunk in _PARAGRAPH_SPLIT_RE.split(text):
        lines = [line.strip() for line in chunk.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text and not (len(text) < 40 and _BOILER_LINE_RE.match(text)):
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


_DATE_LINE_RE = re.compile(r"^\(?\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\s*\)?$")


def _drop_leading_title(body: str, title: str) -> tuple[str, date | None]:
    """A body container that also holds the headline and the '( 2023.11.29 )'
    line starts with them; they are the title and date, not the story.
    Returns the body without them and the date of a dropped date line."""
    posted = None
    while body:
        first, _, rest = body.partition("\n\n")
        first = _clean(first)
        if title and first == title:
            body = rest
        elif len(first) <= 40 and _DATE_LINE_RE.match(first):
            posted = posted or find_date(first)
            body = rest
        else:
            break
    return body, posted


def _link_share(el: etree._Element, text_length: int) -> float:
    links = sum(len(_raw_text(a).strip()) for a in el.iter("a"))
    return links / text_length if text_length else 1.0


def _hint_is_body(hint_el: etree._Element, density_el: etree._Element | None) -> bool:
    """Whether a body hint is trusted over the density winner. A hint that
    holds at least half the winner's text is taken (it is the site's own
    container), unless it is mostly links; so is a hint that wraps the winner
    (a body split over wrappers), unless it is a page-wide wrapper with link
    lists in it. Lengths are raw: whitespace inflates both alike."""
    hint_len = len(_raw_text(hint_el).strip())
    if not hint_len:
        return False
    if density_el is None or hint_el is density_el:
        return True
    density_len = len(_raw_text(density_el).strip())
    if hint_len < 0.5 * density_len:
        return False
    return _link_share(hint_el, hint_len) < 0.25


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------

def extract_article_html(
    html: bytes | str,
    url: str = "",
    *,
    title_selectors: Sequence[str] = (),
    date_selectors: Sequence[str] = (),
    body_selectors: Sequence[str] = (),
    encoding: str | None = None,
) -> ExtractedPage:
    """Title, posting date, body text and language of one article page.

    Selectors (CSS subset or XPath) are tried first, then structure (see the
    module docstring). `encoding` is the charset of the HTTP Content-Type
    header when the caller has it; it wins over the page's own declaration.
    Never raises on malformed input; missing parts come back empty/None."""
    root, codec = parse_html(html, encoding)
    if root is None:
        found = date_from_url(url)
        return ExtractedPage("", found, "", None, "none", "none", "url" if found else "none", codec)
    lang = _language(root)
    attributed = with_attributes(root)
    index = ClassIndex(root, attributed) if (title_selectors or date_selectors or body_selectors) else None
    title, title_el, title_method = _find_title(root, title_selectors, index)
    published, date_method = _find_date(root, url, date_selectors, title_el, title, index)

    _strip_boilerplate(root, attributed)
    density_el = _choose_body(root)
    body_el, method = density_el, "density"
    hinted = select(root, body_selectors, index)
    if hinted:
        hint_el = max(hinted, key=lambda el: len(_raw_text(el)))
        if _hint_is_body(hint_el, density_el):
            body_el, method = hint_el, "selector"
    body = _render(body_el) if body_el is not None else ""
    body, posted_line = _drop_leading_title(body, title)
    if posted_line is not None and date_method in ("url", "none"):
        published, date_method = posted_line, "body_line"  # the posting line opened the body
    if not body:
        method = "none"
    return ExtractedPage(title, published, body, lang, method, title_method, date_method, codec)


# --------------------------------------------------------------------------
# Listing pages: links
# --------------------------------------------------------------------------

_ANCHORS = etree.XPath(".//a[@href]")
_BASE_HREF = etree.XPath("//base/@href")


def extract_links(
    html: bytes | str,
    page_url: str,
    *,
    selectors: Sequence[str] = (),
    encoding: str | None = None,
) -> list[str]:
    """Absolute URLs of the links on a page, in page order, deduplicated,
    fragments dropped, resolved against <base href> or `page_url` (listing
    links are relative: './202311/t20231129_162967.html'). With `selectors`
    (hints for the list container), the links inside the first selector that
    holds any; else every link on the page. Filtering to article URLs is the
    site adapter's job. Never raises on malformed input."""
    root, _codec_used = parse_html(html, encoding)
    if root is None:
        return []
    base_hrefs = _BASE_HREF(root)
    base = urljoin(page_url, base_hrefs[0].strip()) if base_hrefs else page_url
    anchors: list[etree._Element] = []
    for container in select(root, selectors) if selectors else []:
        anchors.extend(_ANCHORS(container))
    if not anchors:
        anchors = _ANCHORS(root)
    links: dict[str, None] = {}
    for a in anchors:
        href = _clean(a.get("href") or "")
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        try:
            absolute, _fragment = urldefrag(urljoin(base, href))
        except ValueError:  # e.g. an invalid IPv6 host in a mangled href
            continue
        links[absolute] = None
    return list(links)
