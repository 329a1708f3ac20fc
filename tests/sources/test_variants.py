"""Each adapter on several hand-written markup variants of the same article:
selectors present, class names changed, wrapper divs added, title only in
<title>, body in a <td>, nav/footer heavier than the body, GBK with
<meta http-equiv>. The same title and paragraphs must come out of every one,
with the site's hints and with no hints at all (pure structure)."""

from __future__ import annotations

from datetime import date

import pytest
from sources_support import FIXTURES, REFERENCE, normalise_quotes, variant_paths

from flows.sources import get_source
from flows.sources.base import NotAnArticle
from parsers.html import extract_article_html

ARTICLE_URL = {
    # URL dates one day after the posting line, so a date read from the page is told from the URL's
    "idcpc": "https://www.idcpc.gov.cn/english/news/202311/t20231130_162967.html",
    "fmprc": "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240531_11334832.html",
}
OLD_MFA_URL = "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/wshd_665389/t1234567.shtml"
POSTED = {"idcpc": date(2023, 11, 29), "fmprc": date(2024, 5, 30)}
# Variants whose page shows no posting date: the adapter falls back to the URL (or None).
NO_DATE_ON_PAGE = {("idcpc", "title_tag_only.html"), ("fmprc", "title_tag_only.html"),
                   ("fmprc", "mfa_eng_old.html")}

CASES = [(source, path) for source in ("idcpc", "fmprc") for path in variant_paths(source)]
IDS = [f"{source}-{path.stem}" for source, path in CASES]


def test_every_required_variant_exists():
    for source in ("idcpc", "fmprc"):
        names = {path.stem for path in variant_paths(source)}
        assert {"body_in_td", "nav_heavy", "title_tag_only", "gbk_http_equiv"} <= names
        assert len(names) >= 7


def assert_same_article(source: str, title: str, body: str) -> None:
    reference = REFERENCE[source]
    assert title == reference["title"]
    paragraphs = [normalise_quotes(p) for p in body.split("\n\n")]
    assert paragraphs == [normalise_quotes(p) for p in reference["paragraphs"]]
    for chrome in reference["chrome"]:
        assert chrome not in body, f"boilerplate {chrome!r} leaked into the body"


@pytest.mark.parametrize("source,path", CASES, ids=IDS)
def test_adapter_extracts_the_article(source, path):
    url = OLD_MFA_URL if path.stem == "mfa_eng_old" else ARTICLE_URL[source]
    article = get_source(source).extract_article(path.read_bytes(), url)
    assert_same_article(source, article.title, article.body_text)
    if (source, path.name) in NO_DATE_ON_PAGE:
        assert article.published == get_source(source).release_date_from_url(url)
    else:
        assert article.published == POSTED[source]


@pytest.mark.parametrize("source,path", CASES, ids=IDS)
def test_structure_alone_finds_title_and_body(source, path):
    """No selector hints at all: what happens the day the site renames its classes."""
    page = extract_article_html(path.read_bytes(), ARTICLE_URL[source])
    assert_same_article(source, page.title, page.body_text)
    assert page.method == "density"
    assert page.published is not None


def test_old_mfa_page_without_a_date_has_none():
    path = variant_paths("fmprc")[0].parent / "mfa_eng_old.html"
    article = get_source("fmprc").extract_article(path.read_bytes(), OLD_MFA_URL)
    # the body says "On May 29, 2024": a date in the story, not the posting date
    assert article.published is None


def test_language_comes_from_html_lang():
    path = variant_paths("idcpc")[0].parent / "renamed_classes.html"
    assert get_source("idcpc").extract_article(path.read_bytes(), ARTICLE_URL["idcpc"]).language == "en"


def test_http_charset_wins_over_a_wrong_meta():
    path = variant_paths("idcpc")[0].parent / "gbk_http_equiv.html"
    raw = path.read_bytes().replace(b"charset=gb2312", b"charset=utf-8")
    wrong = extract_article_html(raw, ARTICLE_URL["idcpc"])
    assert "\ufffd" in wrong.body_text  # the em dash is GBK bytes: not UTF-8
    article = get_source("idcpc").extract_article(raw, ARTICLE_URL["idcpc"], encoding="GBK")
    assert_same_article("idcpc", article.title, article.body_text)


@pytest.mark.parametrize("body,reason", [
    (b"", "no title"),
    (b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>nginx</p></body></html>",
     "no body text"),
    (b"<html><head><title>A photo gallery page</title></head><body><img src='a.jpg'></body></html>",
     "no body text"),
])
def test_pages_without_title_or_body_are_not_articles(body, reason):
    for source in ("idcpc", "fmprc"):
        with pytest.raises(NotAnArticle, match=reason):
            get_source(source).extract_article(body, ARTICLE_URL[source])


@pytest.mark.parametrize("name", ["idcpc_index_1.html", "fmprc_index.html"])
def test_a_listing_page_is_not_an_article(name):
    raw = (FIXTURES / "listings" / name).read_bytes()
    for source in ("idcpc", "fmprc"):
        with pytest.raises(NotAnArticle):
            get_source(source).extract_article(raw, ARTICLE_URL[source])
