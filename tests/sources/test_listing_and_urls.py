"""Listing pages and URL rules of both adapters: derived page URLs, relative link
resolution, off-host and non-article links dropped, page counts from the pager
script, article URL patterns and URL dates."""

from __future__ import annotations

from datetime import date
from itertools import islice

import pytest
from sources_support import FIXTURES

from flows.sources import SOURCES, UnknownSource, get_source
from flows.sources.base import trs_listing_page_url, trs_page_count
from flows.sources.fmprc import FmprcSource
from flows.sources.idcpc import IdcpcSource

LISTINGS = FIXTURES / "listings"


def test_registry_holds_both_sources_under_their_names():
    assert set(SOURCES) == {"idcpc", "fmprc"}
    for name, source in SOURCES.items():
        assert source.name == name
        for method in ("listing_urls", "parse_listing", "is_article_url", "extract_article",
                       "release_date_from_url"):
            assert callable(getattr(source, method))
        assert source.default_base_url.startswith("https://") and source.default_base_url.count("/") == 2


def test_unknown_source_is_a_key_error_naming_the_known_ones():
    with pytest.raises(KeyError) as caught:
        get_source("xinhua")
    assert isinstance(caught.value, UnknownSource)
    assert str(caught.value) == "unknown source 'xinhua'; known sources: fmprc, idcpc"


def test_idcpc_listing_urls_are_derived_trs_pages():
    urls = list(islice(IdcpcSource().listing_urls("https://www.idcpc.gov.cn/"), 3))
    assert urls == [
        "https://www.idcpc.gov.cn/english/news/index.html",
        "https://www.idcpc.gov.cn/english/news/index_1.html",
        "https://www.idcpc.gov.cn/english/news/index_2.html",
    ]


def test_fmprc_listing_urls_follow_the_root_page_name():
    assert list(islice(FmprcSource().listing_urls("http://127.0.0.1:8000"), 2)) == [
        "http://127.0.0.1:8000/eng/xw/zyxw/index.html",
        "http://127.0.0.1:8000/eng/xw/zyxw/index_1.html",
    ]
    old = FmprcSource(listing_roots=["/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default.shtml"])
    assert list(islice(old.listing_urls("https://www.fmprc.gov.cn"), 3))[1:] == [
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default_1.shtml",
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default_2.shtml",
    ]


def test_trs_helpers():
    assert trs_listing_page_url("http://h/a/index.html", 0) == "http://h/a/index.html"
    assert trs_listing_page_url("http://h/a/index.html", 12) == "http://h/a/index_12.html"
    with pytest.raises(ValueError):
        trs_listing_page_url("http://h/a/", 1)
    assert trs_page_count(b'<script>createPageHTML(25, 0, "index", "html");</script>') == 25
    assert trs_page_count(b"var currentPage = 3;//x\nvar countPage = 13//y") == 13
    assert trs_page_count(b"<p>no pager</p>") is None
    assert trs_page_count(b"createPageHTML(0, 0, 'index', 'html')") is None


def test_idcpc_listing_resolves_relative_links_and_drops_the_rest():
    page_url = "https://www.idcpc.gov.cn/english/news/index_1.html"
    listing = IdcpcSource().parse_listing((LISTINGS / "idcpc_index_1.html").read_bytes(), page_url)
    assert listing.article_urls == [
        "https://www.idcpc.gov.cn/english/news/202311/t20231129_162967.html",
        "https://www.idcpc.gov.cn/english/news/202311/t20231128_162950.html",  # fragment dropped, deduplicated
        "https://www.idcpc.gov.cn/english2023/lldt/202311/t20231127_162940.html",
    ]  # old host, other site, photo and script links are gone
    assert listing.page_count == 25


def test_idcpc_listing_on_a_mirror_resolves_against_the_mirror():
    page_url = "http://127.0.0.1:8765/english/news/index_1.html"
    listing = IdcpcSource().parse_listing((LISTINGS / "idcpc_index_1.html").read_bytes(), page_url)
    assert listing.article_urls[0] == "http://127.0.0.1:8765/english/news/202311/t20231129_162967.html"
    assert all(url.startswith("http://127.0.0.1:8765/") for url in listing.article_urls)


def test_fmprc_listing_reads_the_list_not_the_sidebar():
    page_url = "https://www.fmprc.gov.cn/eng/xw/zyxw/index.html"
    listing = FmprcSource().parse_listing((LISTINGS / "fmprc_index.html").read_bytes(), page_url)
    assert listing.article_urls == [
        "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240530_11334832.html",
        "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240529_11334700.html",
        "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240528_11334600.html",
    ]
    assert listing.page_count == 40


def test_fmprc_listing_without_known_classes_falls_back_to_every_article_link():
    page_url = "https://www.fmprc.gov.cn/eng/xw/zyxw/index_3.html"
    listing = FmprcSource().parse_listing((LISTINGS / "fmprc_renamed.html").read_bytes(), page_url)
    assert listing.article_urls == [
        "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240530_11334832.html",
        "https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240529_11334700.html",
    ]
    assert listing.page_count is None


@pytest.mark.parametrize("body", [b"", b"\xff\xfe\x00<", b"<html><body>nothing here</body></html>",
                                  b"Beijing, April 22nd--Liu Jianchao met here today with ..."])
def test_listing_parsers_survive_non_listing_pages(body):
    for source in SOURCES.values():
        listing = source.parse_listing(body, source.default_base_url + "/was5/web/search?page=4&channelid=237734")
        assert listing.article_urls == []


IDCPC_BASE = "https://www.idcpc.gov.cn"


@pytest.mark.parametrize("url,expected", [
    ("https://www.idcpc.gov.cn/english/news/202311/t20231129_162967.html", True),
    ("http://www.idcpc.gov.cn/english/news/201807/t20180725_97365.html", True),
    ("https://www.idcpc.gov.cn/english2023/lldt/202412/t20241230_166311.html", True),
    ("https://www.idcpc.gov.cn/english/forenotice/2007/201404/t20140425_561.html", True),
    ("https://www.idcpc.org.cn/english/news/202212/t20221208_150726.html", False),  # other host
    ("https://www.idcpc.gov.cn/english/news/index_2.html", False),
    ("https://www.idcpc.gov.cn/chn/news/202311/t20231129_162967.html", False),  # not the English site
    ("https://www.idcpc.gov.cn/english/news/202311/W020231129_1.jpg", False),
    ("https://www.idcpc.gov.cn/was5/web/search?page=4&channelid=237734", False),
])
def test_idcpc_is_article_url(url, expected):
    assert IdcpcSource().is_article_url(url, IDCPC_BASE) is expected


@pytest.mark.parametrize("url,expected", [
    ("https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240530_11334832.html", True),
    ("https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1728033.shtml", True),
    ("https://www.fmprc.gov.cn/mfa_eng/gjhdq_665435/2913_665441/201507/t20150706_544908.html", True),
    ("https://www.mfa.gov.cn/eng/xw/wsrc/202405/t20240530_11334994.html", False),  # other host
    ("https://www.fmprc.gov.cn/eng/xw/zyxw/index_1.html", False),
    ("https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default_3.shtml", False),
    ("https://www.fmprc.gov.cn/web/wjbz/202405/t20240530_11334832.shtml", False),  # Chinese site
])
def test_fmprc_is_article_url(url, expected):
    assert FmprcSource().is_article_url(url, "https://www.fmprc.gov.cn") is expected


def test_is_article_url_compares_host_and_port():
    source = IdcpcSource()
    url = "http://127.0.0.1:8001/english/news/202311/t20231129_162967.html"
    assert source.is_article_url(url, "http://127.0.0.1:8001")
    assert not source.is_article_url(url, "http://127.0.0.1:8002")


@pytest.mark.parametrize("url,expected", [
    ("https://www.idcpc.gov.cn/english/news/202311/t20231129_162967.html", date(2023, 11, 29)),
    ("https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240530_11334832.html", date(2024, 5, 30)),
    ("https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1728033.shtml", None),
    ("https://www.idcpc.gov.cn/english/news/202302/t20230231_1.html", None),  # no such day
    ("https://www.idcpc.gov.cn/english/news/index.html", None),
])
def test_release_date_from_url(url, expected):
    for source in SOURCES.values():
        assert source.release_date_from_url(url) == expected


def test_a_hint_that_now_matches_a_sidebar_does_not_hide_the_real_list():
    html = b"""<html><body>
      <div class="list"><a href="./202311/t20231101_1.html">Hot: one old story</a></div>
      <div class="newlist-2024">""" + b"".join(
        b'<p><a href="./202311/t202311%02d_%d.html">Story %d</a></p>' % (day, day, day) for day in range(10, 20)
    ) + b"</div></body></html>"
    page_url = "https://www.idcpc.gov.cn/english/news/index.html"
    listing = IdcpcSource().parse_listing(html, page_url)
    assert len(listing.article_urls) == 11
    assert listing.article_urls[0].endswith("t20231101_1.html")  # page order kept
