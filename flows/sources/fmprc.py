"""FMPRC: the English site of China's Ministry of Foreign Affairs.

Two layouts, both TRS CMS, both handled (class names are hints; the
structural fallbacks of `parsers.html` take over when they miss):

* Current (`/eng/...`): listing links under `.news_list`, article title
  `.news_header_title`, date `.xltime`, body `.content_text`; listing pages
  `index.html`, `index_N.html`; articles `.../YYYYMM/tYYYYMMDD_N.html`.
* Older (`/mfa_eng/...`, real pages saved in ../shared/sites/fmprc-mfa_eng-2020):
  listing `div.newsLst_mod li a`, title `div.content_mod h2.title`, body
  `div.content`, listing pages `default.shtml`, `default_N.shtml`, pager from
  `var countPage = 13`; articles `tNNNNNNN.shtml`. Their date element
  (`#News_Body_Time`) is empty: `published` then comes from the title when it
  states a date ("... Press Conference on December 26, 2019"), else None. A
  date in the body is a date *in the story*, not the posting date, so it is
  not used.

Default section: `/eng/xw/zyxw/` ("Important News" of the current site), the
ministry's news of the minister's and leaders' meetings and talks. Change
`LISTING_ROOTS` (page 0 of each section; the page N name is derived) to crawl
another section, e.g. `/eng/xw/wsrc/index.html` (activities of the other
ministry officials). The crawler walks `listing_urls` as ONE paginated walk,
so only the first root is walked to its end today.
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
from parsers.html import date_from_url, extract_article_html, find_date

LISTING_ROOTS: list[str] = ["/eng/xw/zyxw/index.html"]

# /eng/.../YYYYMM/tYYYYMMDD_N.html (current) and /mfa_eng/.../tNNNNNNN.shtml (older).
_ARTICLE_PATH_RE = re.compile(
    r"^/(?:eng|mfa_eng)/(?:[\w.\-]+/)*t(?:\d{8}_\d+|\d{5,})\.s?html?$", re.I)

TITLE_SELECTORS = (".news_header_title", "div.content_mod h2.title", "h2.title", ".title")
DATE_SELECTORS = (".xltime", "#News_Body_Time", ".news_header_time", ".time")
BODY_SELECTORS = (".content_text", "#News_Body_Txt_A", "div.content_mod div.content", "div.content")
LISTING_SELECTORS = (".news_list", "div.newsLst_mod", ".newsList", ".list")


class FmprcSource:
    """The `Source` of the MFA English site."""

    name = "fmprc"
    default_base_url = "https://www.fmprc.gov.cn"

    def __init__(self, listing_roots: Sequence[str] | None = None) -> None:
        self.listing_roots = list(listing_roots) if listing_roots is not None else list(LISTING_ROOTS)

    def listing_urls(self, base_url: str) -> Iterator[str]:
        """Page 0, 1, 2, ... of each root, without end: the crawler stops at the
        page count, a 404 or already-known articles."""
        base = base_url.rstrip("/")
        for root in self.listing_roots:
            first = base + "/" + root.lstrip("/")
            for index in count():
                yield trs_listing_page_url(first, index)

    def parse_listing(self, html: bytes, page_url: str) -> ListingPage:
        parts = urlsplit(page_url)
        base = f"{parts.scheme}://{parts.netloc}"
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
        article = article_from_page(page)
        if article.published is None:
            stated = find_date(article.title)
            if stated is not None:
                article = Article(article.title, stated, article.body_text, article.language)
        return article

    def release_date_from_url(self, url: str) -> date | None:
        """From `tYYYYMMDD_N.html`; older `tNNNNNNN.shtml` URLs carry no date."""
        return date_from_url(url)
