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

from flows.sources.trs import TrsSource

# Page 0 of each listing section, relative to the base URL.
LISTING_ROOTS: list[str] = ["/english/news/index.html"]


class IdcpcSource(TrsSource):
    """The `Source` of the IDCPC English site."""

    name = "idcpc"
    default_base_url = "https://www.idcpc.gov.cn"
    listing_roots_default = LISTING_ROOTS
    article_path = re.compile(r"^/english(?:2023)?/(?:[\w.\-]+/)*t\d{8}_\d+\.html?$", re.I)
    # Hints, most specific first (see module docstring: the markup is not known for sure).
    title_selectors = ("h1.title", ".title", ".tit", ".article-title")
    date_selectors = (".date", ".time", ".pubtime")
    body_selectors = (".TRS_Editor", ".trs_editor", ".content", "#content", ".article-content")
    listing_selectors = ("ul.list", ".list", ".news_list", ".newslist")
