"""What every source site module provides. A new ministry site is one module
implementing `Source` plus its fixtures; the crawler, archive and loader are shared."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator, Protocol
from urllib.parse import urlsplit

from parsers.html import ExtractedPage, extract_links


@dataclass(frozen=True)
class ListingPage:
    """What one listing page says: the article links on it (absolute URLs, newest
    first, on the source's own host only) and, if the page tells, how many listing
    pages the section has."""

    article_urls: list[str]
    page_count: int | None = None


@dataclass(frozen=True)
class Article:
    """An article page reduced to what the parser needs."""

    title: str
    published: date | None
    body_text: str  # paragraphs separated by blank lines, boilerplate removed
    language: str | None = None  # from <html lang> / meta, when the page says


class NotAnArticle(ValueError):
    """The page cannot be read as a release; the message is the quarantine reason."""


class Source(Protocol):
    name: str  # short id used in tables and on the CLI: 'idcpc', 'fmprc'
    default_base_url: str  # e.g. 'https://www.idcpc.gov.cn' (scheme + host, no path)

    def listing_urls(self, base_url: str) -> Iterator[str]:
        """Listing pages newest first, derived (TRS sites draw pagination by script)."""

    def parse_listing(self, html: bytes, page_url: str) -> ListingPage: ...

    def is_article_url(self, url: str, base_url: str) -> bool:
        """True for a release page of this source under base_url."""

    def extract_article(self, html: bytes, url: str, encoding: str | None = None) -> Article:
        """Title, posting date and body text; raises NotAnArticle with a reason."""

    def release_date_from_url(self, url: str) -> date | None:
        """The date encoded in the article URL (tYYYYMMDD_N.html), when there is one."""


@dataclass
class SourceReport:
    """Counts of one source in one run; becomes a row of the run summary."""

    source: str
    base_url: str
    listing_pages: int = 0
    requests: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    not_modified: int = 0
    failed: int = 0
    quarantined: int = 0
    refused: int = 0
    seconds: float = 0.0
    down: bool = False
    errors: list[str] = field(default_factory=list)


# -- helpers shared by the site modules ------------------------------------------------

_TRS_CREATE_PAGE_RE = re.compile(rb"createPageHTML\s*\(\s*['\"]?(\d+)")
_TRS_COUNT_PAGE_RE = re.compile(rb"\bcountPage\s*=\s*['\"]?(\d+)")


def trs_page_count(html: bytes) -> int | None:
    """The listing's page count as TRS CMS pagination scripts state it:
    `createPageHTML(countPage, currentPage, "index", "html")` (current TRS
    templates) or `var countPage = 13` (older ones). None when absent."""
    m = _TRS_CREATE_PAGE_RE.search(html) or _TRS_COUNT_PAGE_RE.search(html)
    if m is None:
        return None
    count = int(m.group(1))
    return count if count > 0 else None


def trs_listing_page_url(first_page_url: str, index: int) -> str:
    """Page `index` of a TRS listing whose page 0 is `first_page_url`:
    .../index.html -> .../index_3.html, .../default.shtml -> .../default_3.shtml."""
    if index == 0:
        return first_page_url
    stem, dot, ext = first_page_url.rpartition(".")
    if not dot or "/" in ext:
        raise ValueError(f"listing page URL has no file extension: {first_page_url!r}")
    return f"{stem}_{index}.{ext}"


def same_host(url: str, base_url: str) -> bool:
    """True when url is on base_url's host (and port). Scheme is not compared:
    these sites link http:// and https:// to the same pages."""
    return urlsplit(url).netloc.lower() == urlsplit(base_url).netloc.lower() != ""


def article_from_page(page: ExtractedPage) -> Article:
    """An extracted page as an Article, or NotAnArticle with the quarantine reason."""
    if not page.title:
        raise NotAnArticle("no title found on the page")
    if not page.body_text:
        raise NotAnArticle("no body text found on the page")
    return Article(title=page.title, published=page.published, body_text=page.body_text,
                   language=page.lang)


def listing_article_links(html: bytes, page_url: str, selectors: tuple[str, ...],
                          is_article: Callable[[str], bool]) -> list[str]:
    """Article links of a listing page, in page order. The list container hints
    keep sidebars ('hot news') out; but when the hinted containers hold fewer
    than half the page's article links (the hint now matches some other box,
    or nothing), the whole page's article links are taken instead."""
    everywhere = [url for url in extract_links(html, page_url) if is_article(url)]
    hinted = [url for url in extract_links(html, page_url, selectors=selectors) if is_article(url)]
    return hinted if hinted and len(hinted) >= len(everywhere) / 2 else everywhere
