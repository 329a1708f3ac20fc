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

from flows.sources.base import Article
from flows.sources.trs import TrsSource
from parsers.html import find_date

LISTING_ROOTS: list[str] = ["/eng/xw/zyxw/index.html"]


class FmprcSource(TrsSource):
    """The `Source` of the MFA English site."""

    name = "fmprc"
    default_base_url = "https://www.fmprc.gov.cn"
    listing_roots_default = LISTING_ROOTS
    # /eng/.../YYYYMM/tYYYYMMDD_N.html (current) and /mfa_eng/.../tNNNNNNN.shtml (older).
    article_path = re.compile(r"^/(?:eng|mfa_eng)/(?:[\w.\-]+/)*t(?:\d{8}_\d+|\d{5,})\.s?html?$", re.I)
    title_selectors = (".news_header_title", "div.content_mod h2.title", "h2.title", ".title")
    date_selectors = (".xltime", "#News_Body_Time", ".news_header_time", ".time")
    body_selectors = (".content_text", "#News_Body_Txt_A", "div.content_mod div.content", "div.content")
    listing_selectors = (".news_list", "div.newsLst_mod", ".newsList", ".list")

    def extract_article(self, html: bytes, url: str, encoding: str | None = None) -> Article:
        """Older English pages carry no date element: a date the title states is the posting date."""
        article = super().extract_article(html, url, encoding)
        if article.published is None:
            stated = find_date(article.title)
            if stated is not None:
                article = Article(article.title, stated, article.body_text, article.language)
        return article
