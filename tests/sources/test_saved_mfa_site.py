"""The fmprc adapter on REAL saved pages of the MFA English site (2020, older
`mfa_eng` layout), read from the files and served by a real HTTP server.

The expected first paragraph of each article is taken from the raw markup by a
deliberately dumb regex (independent of the extractor): the first <p> inside
`<div class="content">` that has text."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from sources_support import SAVED_MFA_SITE, needs_saved_site, saved_mfa_index

from flows.sources import get_source
from flows.sources.fmprc import FmprcSource

pytestmark = needs_saved_site

SECTION = "/mfa_eng/xwfw_665399/s2510_665401/2511_665403/"
CHROME = ["Press and Media Service", "Spokesperson's Remarks >", "Copyright", "Suggest to a friend",
          "Related News", "Chaoyangmen Nandajie", "Please enter", "Regular Press Conference\n"]

_CONTENT_RE = re.compile(r'<div class="content">(.*?)</div>', re.S | re.I)
_P_RE = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
_TAG_RE = re.compile(r"<[^>]+>")
_BR_RE = re.compile(r"<br\b[^>]*>", re.I)
_WORD_RE = re.compile(r"\w+")


def first_paragraph(raw: str) -> str:
    content = _CONTENT_RE.search(raw)
    assert content, "saved page without div.content"
    for p in _P_RE.findall(content.group(1)):
        # inline tags split words ("state</SPAN><SPAN>s"): drop them; a <br> is a space
        text = " ".join(html.unescape(_TAG_RE.sub("", _BR_RE.sub(" ", p))).split())
        if len(text) > 10:
            return text
    raise AssertionError("no paragraph with text")


def saved_pages(kind: str) -> list[dict]:
    pattern = re.compile(r"/t\d+\.shtml$" if kind == "article" else r"/default(_\d+)?\.shtml$")
    if not (SAVED_MFA_SITE / "index.json").is_file():
        return []
    return [page for page in saved_mfa_index() if page["status"] == 200 and pattern.search(page["path"])]


def local_file(page: dict) -> Path:
    return SAVED_MFA_SITE / page["path"].lstrip("/")


def test_the_saved_site_has_articles_and_listings():
    assert len(saved_pages("article")) >= 30
    assert len(saved_pages("listing")) >= 3


@pytest.mark.parametrize("page", saved_pages("article"), ids=lambda page: Path(page["path"]).stem)
def test_every_saved_article_extracts_title_and_body(page):
    raw = local_file(page).read_bytes()
    article = get_source("fmprc").extract_article(raw, page["url"])
    title_tag = re.search(rb"<title>(.*?)</title>", raw, re.S).group(1).decode("utf-8")
    assert article.title == " ".join(html.unescape(title_tag).split())
    expected_words = _WORD_RE.findall(first_paragraph(raw.decode("utf-8")))
    opening = article.body_text.split("\n\n")[0]
    assert _WORD_RE.findall(opening) == expected_words  # the body starts with the first paragraph
    for chrome in CHROME:
        assert chrome not in article.body_text
    # Press conference titles state the date: "... on December 26, 2019"
    assert article.published is not None
    assert article.published.strftime("%B") in article.title
    assert str(article.published.year) in article.title


@pytest.mark.parametrize("page", saved_pages("listing"), ids=lambda page: Path(page["path"]).stem)
def test_saved_listing_pages_yield_their_saved_articles_and_the_page_count(page):
    raw = local_file(page).read_bytes()
    listing = FmprcSource().parse_listing(raw, page["url"])
    linked = set(re.findall(r'href="\./(t\d+\.shtml)"', raw.decode("utf-8")))
    saved = {Path(p["path"]).name for p in saved_pages("article")}
    expected = {f"https://www.fmprc.gov.cn{SECTION}{name}" for name in linked & saved}
    assert expected and expected <= set(listing.article_urls)
    assert all(FmprcSource().is_article_url(url, "https://www.fmprc.gov.cn") for url in listing.article_urls)
    assert listing.page_count == int(re.search(r"var countPage = (\d+)", raw.decode("utf-8")).group(1))


def test_every_saved_article_is_linked_from_a_saved_listing():
    listed: set[str] = set()
    for page in saved_pages("listing"):
        listed.update(FmprcSource().parse_listing(local_file(page).read_bytes(), page["url"]).article_urls)
    assert {page["url"] for page in saved_pages("article")} <= listed


def test_served_site_listing_to_articles(serve_dir):
    """Listing page -> article links -> article pages over real HTTP, as the crawler does."""
    base = serve_dir(SAVED_MFA_SITE)
    source = FmprcSource(listing_roots=[SECTION + "default.shtml"])
    listing_url = list(zip(range(4), source.listing_urls(base)))[3][1]
    assert listing_url == f"{base}{SECTION}default_3.shtml"
    with httpx.Client(timeout=10) as client:
        response = client.get(listing_url)
        assert response.status_code == 200
        listing = source.parse_listing(response.content, listing_url)
        assert listing.page_count == 13
        fetched = 0
        for url in listing.article_urls:
            assert urlsplit(url).netloc == urlsplit(base).netloc
            reply = client.get(url)
            if reply.status_code == 404:  # linked but not saved: a dead link, as on a real site
                continue
            assert reply.status_code == 200
            article = source.extract_article(reply.content, url)
            assert article.title and len(article.body_text) > 200
            fetched += 1
    saved_here = [p for p in saved_pages("article") if p["url"] in
                  {u.replace(base, "https://www.fmprc.gov.cn") for u in listing.article_urls}]
    assert fetched == len(saved_here) > 0
