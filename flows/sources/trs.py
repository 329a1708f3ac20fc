"""What the ministry sites share: a TRS CMS. Listing pages `index.html`,
`index_N.html` (or `default_N.shtml`) with a pager drawn by script, relative
article links, articles at `.../tYYYYMMDD_N.html`. A site module subclasses
`TrsSource` and declares its layout; anything else it overrides."""

from __future__ import annotations

import re
from datetime import date
from itertools import count
from typing import ClassVar, Iterator, Sequence
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


class TrsSource:
    """A `Source` for a TRS-CMS site. Selectors are hints tried first; the
    structural fallbacks of `parsers.html` take over when they miss."""

    name: ClassVar[str]
    default_base_url: ClassVar[str]
    listing_roots_default: ClassVar[Sequence[str]]  # page 0 of each section, relative to the base
    article_path: ClassVar[re.Pattern[str]]
    title_selectors: ClassVar[tuple[str, ...]]
    date_selectors: ClassVar[tuple[str, ...]]
    body_selectors: ClassVar[tuple[str, ...]]
    listing_selectors: ClassVar[tuple[str, ...]]

    def __init__(self, listing_roots: Sequence[str] | None = None) -> None:
        self.listing_roots = list(listing_roots if listing_roots is not None else self.listing_roots_default)

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
        origin = f"{parts.scheme}://{parts.netloc}"
        articles = listing_article_links(html, page_url, self.listing_selectors,
                                         lambda url: self.is_article_url(url, origin))
        return ListingPage(article_urls=articles, page_count=trs_page_count(html))

    def is_article_url(self, url: str, base_url: str) -> bool:
        return same_host(url, base_url) and bool(self.article_path.match(urlsplit(url).path))

    def extract_article(self, html: bytes, url: str, encoding: str | None = None) -> Article:
        """`encoding`: the charset of the HTTP Content-Type header, when known."""
        page = extract_article_html(html, url, title_selectors=self.title_selectors,
                                    date_selectors=self.date_selectors,
                                    body_selectors=self.body_selectors, encoding=encoding)
        return article_from_page(page)

    def release_date_from_url(self, url: str) -> date | None:
        return date_from_url(url)
