"""HTML of the two site layouts, from the templates in `templates/` (string.Template, `$name`).

IDCPC (TRS CMS): listing `ul.list li > a + span`, article `h1.title`, `div.date` "( YYYY.MM.DD )",
body `div.TRS_Editor p`. FMPRC (current ministry site): listing `div.news_list ul li > a`,
article `div.news_header_title`, `p.xltime` "YYYY-MM-DD HH:MM", body `div.content_text p`.
Both draw pagination by script only (`createPageHTML(count, current, "index", "html")`),
so a crawler has to derive `index_N.html` itself, as on the real sites.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from string import Template

TEMPLATE_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Layout:
    name: str
    section: str  # the listing section's path, ending in '/'
    site_title: str
    channel: str


LAYOUTS = {
    "idcpc": Layout("idcpc", "/english/news/", "International Department of the CPC Central Committee", "News"),
    "fmprc": Layout("fmprc", "/eng/xw/zyxw/", "Ministry of Foreign Affairs of the People's Republic of China",
                    "Activities"),
}


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return Template((TEMPLATE_DIR / f"{name}.html").read_text(encoding="utf-8"))


def _page(layout: Layout, page_title: str, meta: str, main: str) -> bytes:
    head = _template(f"{layout.name}_chrome_head").substitute(page_title=escape(page_title), meta=meta)
    foot = _template(f"{layout.name}_chrome_foot").substitute(channel=layout.channel)
    return (head + main + foot).encode("utf-8")


def article_html(layout: Layout, title: str, published: date, paragraphs: list[str], number: int) -> bytes:
    """An article page. FMPRC shows a posting time; it is derived from the URL number so
    that it is stable across runs (no clock)."""
    if layout.name == "idcpc":
        body = "\n".join(f'<p style="text-indent: 2em;">{escape(p)}</p>' for p in paragraphs)
        main = _template("idcpc_article").substitute(
            title=escape(title), dotted_date=f"{published:%Y.%m.%d}", paragraphs=body)
        meta = (f'<meta name="ArticleTitle" content="{escape(title)}">\n'
                f'<meta name="PubDate" content="{published:%Y-%m-%d}">\n'
                f'<meta name="ColumnName" content="{layout.channel}">')
    else:
        body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        stamp = f"{published:%Y-%m-%d} {8 + number % 12:02d}:{number % 60:02d}"
        main = _template("fmprc_article").substitute(title=escape(title), datetime=stamp, paragraphs=body)
        meta = f'<meta name="ArticleTitle" content="{escape(title)}">\n<meta name="PubDate" content="{stamp}">'
    return _page(layout, f"{title} - {layout.site_title}", meta, main)


def listing_html(layout: Layout, items: list[tuple[str, str, date]], page_count: int, current: int) -> bytes:
    """A listing page; `items` are (relative href like './202311/t..html', title, date)."""
    if layout.name == "idcpc":
        lines = [f'    <li><a href="{escape(href)}" target="_blank">{escape(title)}</a><span>{day:%Y-%m-%d}</span></li>'
                 for href, title, day in items]
    else:
        lines = [f'      <li><a href="{escape(href)}">{escape(title)}</a><span>({day:%Y-%m-%d})</span></li>'
                 for href, title, day in items]
    main = _template(f"{layout.name}_listing").substitute(
        items="\n".join(lines), page_count=page_count, current_page=current)
    return _page(layout, f"{layout.channel} - {layout.site_title}", "", main)


def home_html(layout: Layout) -> bytes:
    main = f'<div class="main"><h2><a href="{layout.section}">{layout.channel}</a></h2></div>\n'
    return _page(layout, layout.site_title, "", main)


def not_found_html(layout: Layout) -> bytes:
    main = '<div class="main"><h1>404 Not Found</h1><p>The page you requested does not exist.</p></div>\n'
    return _page(layout, f"404 - {layout.site_title}", "", main)
