"""IDCPC: the English site of the International Department of the CPC Central Committee.

What the adapter relies on (no saved HTML of the real site exists, so every
class name below is a hint and the structural fallbacks of `parsers.html` do
the real work):

* Host: https://www.idcpc.gov.cn (formerly www.idcpc.org.cn; links to the old
  host are off-host and dropped, the crawler cannot fetch them under this base).
* Articles: `/english/news/YYYYMM/tYYYYMMDD_N.html`, also other sections and the
  2023 redesign (`/english2023/lldt/YYYYMM/...`, `/english/forenotice/2007/...`):
  any path under `/english/` or `/english2023/` ending in `tYYYYMMDD_N.html`.
  The URL date is the posting date in the CMS, which is what
  `release_date_from_url` returns.
* An article shows the title, a `( YYYY.MM.DD )` posting line, the body and
  sometimes a closing `Enditem` (kept: the release parser expects it).
* Listings (TRS CMS): page 0 is `index.html`, page N is `index_N.html`; the
  pager is drawn by `createPageHTML(countPage, currentPage, "index", "html")`,
  so page URLs are derived, never read from a Next link, and the page count is
  read from that call. Links are relative (`./202311/t20231129_162967.html`).
* The search endpoint (`/was5/web/search?...`) lists dateline snippets; it is
  not crawled, and `parse_listing` on it returns whatever article links it has.

`LISTING_ROOTS` holds page 0 of each listing section walked. The crawler treats
`listing_urls` as ONE paginated walk (it stops at the page count, a 404 or an
already-known page), so only the first root is walked to its end today.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import count
from typing import Iterator, Sequence
from urllib.parse import urlsplit

from flows.sources.base import (
    Article,
    ListingPage,
    article_from_page,
    listing_article_links,
    same_host,
    trs_listing_page_url,
    trs_page_count,
)
from parsers.html import date_from_url, extract_article_html

# Page 0 of each listing section, relative to the base URL.
LISTING_ROOTS: list[str] = ["/english/news/index.html"]

_ARTICLE_PATH_RE = re.compile(r"^/english(?:2023)?/(?:[\w.\-]+/)*t\d{8}_\d+\.html?$", re.I)

# Hints, most specific first (see module docstring: the markup is not known for sure).
TITLE_SELECTORS = ("h1.title", ".title", ".tit", ".article-title")
DATE_SELECTORS = (".date", ".time", ".pubtime")
BODY_SELECTORS = (".TRS_Editor", ".trs_editor", ".content", "#content", ".article-content")
LISTING_SELECTORS = ("ul.list", ".list", ".news_list", ".newslist")


class IdcpcSource:
    """The `Source` of the IDCPC English site."""

    name = "idcpc"
    default_base_url = "https://www.idcpc.gov.cn"

    def __init__(self, listing_roots: Sequence[str] | None = None) -> None:
        self.listing_roots = list(listing_roots) if listing_roots is not None else list(LISTING_ROOTS)

    def listing_urls(self, base_url: str) -> Iterator[str]:
        """index.html, index_1.html, ... of each root, without end: the crawler
        stops at the page count, a 404 or already-known articles."""
        base = base_url.rstrip("/")
        for root in self.listing_roots:
            first = base + "/" + root.lstrip("/")
            for index in count():
                yield trs_listing_page_url(first, index)

    def parse_listing(self, html: bytes, page_url: str) -> ListingPage:
        base = _origin(page_url)
        articles = listing_article_links(html, page_url, LISTING_SELECTORS,
                                         lambda url: self.is_article_url(url, base))
        return ListingPage(article_urls=articles, page_count=trs_page_count(html))

    def is_article_url(self, url: str, base_url: str) -> bool:
        return same_host(url, base_url) and bool(_ARTICLE_PATH_RE.match(urlsplit(url).path))

    def extract_article(self, html: bytes, url: str, encoding: str | None = None) -> Article:
        """`encoding`: the charset of the HTTP Content-Type header, when known."""
        page = extract_article_html(
            html, url,
            title_selectors=TITLE_SELECTORS, date_selectors=DATE_SELECTORS,
            body_selectors=BODY_SELECTORS, encoding=encoding,
        )
        return article_from_page(page)

    def release_date_from_url(self, url: str) -> date | None:
        return date_from_url(url)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
