"""SampleSite without a network: listings, articles, HTTP caching semantics, mutations."""

from __future__ import annotations

import re
from email.utils import format_datetime, parsedate_to_datetime
from datetime import timedelta

import lxml.html
import pytest

from flows.sample_site import SampleSite, generate_releases
from flows.sample_site.seed import SEED_URL_PATH

LISTING_LINKS = {"idcpc": '//ul[@class="list"]/li/a/@href', "fmprc": '//div[@class="news_list"]/ul/li/a/@href'}
PAGE_SCRIPT = re.compile(r'createPageHTML\((\d+), (\d+), "index", "html"\);')


def _walk_listing(site: SampleSite) -> tuple[list[str], int]:
    """Every article path the listing pages link, in order, and the page count they declare."""
    first = site.get(site.listing_path(0))
    count, current = map(int, PAGE_SCRIPT.search(first.body.decode()).groups())
    assert current == 0
    paths = []
    for page in range(count):
        response = site.get(site.listing_path(page))
        assert response.status == 200
        html = response.body.decode()
        assert PAGE_SCRIPT.search(html).groups() == (str(count), str(page))
        assert "Next" not in html  # pagination is drawn by script only
        hrefs = lxml.html.fromstring(html).xpath(LISTING_LINKS[site.layout.name])
        assert all(h.startswith("./") for h in hrefs)
        paths += [site.layout.section + h[2:] for h in hrefs]
    assert site.get(site.listing_path(count)).status == 404
    return paths, count


@pytest.mark.parametrize("name", ["idcpc_site", "fmprc_site"])
def test_listing_covers_every_release_once_newest_first(name, request):
    site = request.getfixturevalue(name)
    paths, count = _walk_listing(site)
    served = site.releases
    assert sorted(paths) == sorted(r.url_path for r in served) and len(paths) == len(set(paths))
    assert count == -(-len(served) // site.page_size)
    by_path = {r.url_path: r for r in served}
    dates = [by_path[p].published for p in paths]
    assert dates == sorted(dates, reverse=True)


def test_idcpc_article_page_has_the_release(idcpc_site):
    release = next(r for r in idcpc_site.releases if r.url_path == SEED_URL_PATH)
    response = idcpc_site.get(SEED_URL_PATH)
    assert response.status == 200 and response.headers["Content-Type"] == "text/html; charset=utf-8"
    tree = lxml.html.fromstring(response.body.decode("utf-8"))
    assert tree.xpath('string(//h1[@class="title"])') == release.title
    assert tree.xpath('string(//div[@class="date"])').strip() == "( 2023.11.29 )"
    paragraphs = [p.text_content() for p in tree.xpath('//div[@class="TRS_Editor"]/p')]
    assert paragraphs == release.paragraphs and paragraphs[-1] == "Enditem"
    assert "Suggest to a friend" in response.body.decode() and "Copyright" in response.body.decode()
    assert len(tree.xpath("//a/@href")) > 15  # full page chrome around the article


def test_fmprc_article_page_has_the_release(fmprc_site):
    release = fmprc_site.releases[3]
    tree = lxml.html.fromstring(fmprc_site.get(release.url_path).body)
    assert tree.xpath('string(//div[@class="news_header_title"])') == release.title
    assert tree.xpath('string(//p[@class="xltime"])').startswith(f"{release.published:%Y-%m-%d} ")
    assert [p.text_content() for p in tree.xpath('//div[@class="content_text"]/p')] == release.paragraphs


def test_etag_and_last_modified_give_304(idcpc_site):
    for path in (SEED_URL_PATH, idcpc_site.listing_path(0), idcpc_site.listing_path(1)):
        first = idcpc_site.get(path)
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert idcpc_site.get(path, {"If-None-Match": etag}).status == 304
        assert idcpc_site.get(path, {"if-none-match": f'"other", W/{etag}'}).status == 304
        assert idcpc_site.get(path, {"If-None-Match": '"stale"'}).status == 200
        assert idcpc_site.get(path, {"If-Modified-Since": modified}).status == 304
        earlier = format_datetime(parsedate_to_datetime(modified) - timedelta(seconds=1), usegmt=True)
        assert idcpc_site.get(path, {"If-Modified-Since": earlier}).status == 200
        assert idcpc_site.get(path, {"If-Modified-Since": "garbage"}).status == 200
        # If-None-Match decides when both are sent.
        assert idcpc_site.get(path, {"If-None-Match": '"stale"', "If-Modified-Since": modified}).status == 200
    etag = idcpc_site.get(SEED_URL_PATH).headers["ETag"]
    not_modified = idcpc_site.get(SEED_URL_PATH, {"If-None-Match": etag})
    assert not_modified.status == 304 and not_modified.body == b"" and not_modified.headers["ETag"] == etag


def test_publish_puts_new_releases_on_top_and_shifts_the_rest(idcpc_site):
    before_first = idcpc_site.get(idcpc_site.listing_path(0)).headers
    old_order, pages_before = idcpc_site.article_paths(), idcpc_site.page_count
    newer = generate_releases(80, 99, start=idcpc_site.releases[0].published + timedelta(days=1),
                              sources=("idcpc",), include_seed=False)
    fresh = [r for r in newer if r.url_path not in set(old_order)][:25]
    assert len(fresh) == 25
    idcpc_site.publish(fresh)
    paths, count = _walk_listing(idcpc_site)
    assert set(paths[:25]) == {r.url_path for r in fresh}
    fresh_dates = [next(r.published for r in fresh if r.url_path == p) for p in paths[:25]]
    assert fresh_dates == sorted(fresh_dates, reverse=True)
    assert paths[25:] == old_order
    assert count == -(-(len(old_order) + 25) // 20) and count >= pages_before
    after = idcpc_site.get(idcpc_site.listing_path(0)).headers
    assert after["ETag"] != before_first["ETag"]
    assert parsedate_to_datetime(after["Last-Modified"]) > parsedate_to_datetime(before_first["Last-Modified"])
    assert idcpc_site.get(fresh[0].url_path).status == 200
    with pytest.raises(ValueError):
        idcpc_site.publish(fresh[:1])


def test_correct_changes_content_and_validators_at_the_same_url(idcpc_site):
    path = idcpc_site.article_paths()[5]
    before = idcpc_site.get(path)
    idcpc_site.correct(path, ["A corrected paragraph.", "Enditem"])
    after = idcpc_site.get(path)
    assert after.status == 200 and after.headers["ETag"] != before.headers["ETag"]
    assert parsedate_to_datetime(after.headers["Last-Modified"]) > parsedate_to_datetime(before.headers["Last-Modified"])
    assert idcpc_site.get(path, {"If-None-Match": before.headers["ETag"]}).status == 200
    assert idcpc_site.get(path, {"If-Modified-Since": before.headers["Last-Modified"]}).status == 200
    assert b"A corrected paragraph." in after.body and idcpc_site.paragraphs(path)[0] == "A corrected paragraph."
    with pytest.raises(KeyError):
        idcpc_site.correct("/english/news/209901/t20990101_1.html", ["x"])


def test_remove_and_unknown_paths_answer_404(idcpc_site):
    path = idcpc_site.article_paths()[0]
    idcpc_site.remove(path)
    assert idcpc_site.get(path).status == 404
    assert path not in _walk_listing(idcpc_site)[0]
    for unknown in ("/english/news/index_0.html", "/english/news/index_x.html", "/nothing", "/english/about/"):
        response = idcpc_site.get(unknown)
        assert response.status == 404 and b"404" in response.body


def test_robots_txt_is_configurable(releases):
    site = SampleSite([r for r in releases if r.source == "fmprc"], "fmprc")
    assert site.get("/robots.txt").body.decode().splitlines() == ["User-agent: *", "Allow: /"]
    strict = SampleSite([], "fmprc", robots_disallow=["/eng/xw/zyxw/2024"], crawl_delay=2)
    lines = strict.get("/robots.txt").body.decode().splitlines()
    assert "Disallow: /eng/xw/zyxw/2024" in lines and "Crawl-delay: 2" in lines


def test_injected_failures_then_recovery_and_request_log(idcpc_site):
    path = idcpc_site.listing_path(0)
    idcpc_site.inject_failure(path, 503, times=2, headers={"Retry-After": "1"})
    first = idcpc_site.get(path, {"User-Agent": "diplomeet-test"})
    assert first.status == 503 and first.headers["Retry-After"] == "1"
    assert idcpc_site.get(path).status == 503
    assert idcpc_site.get(path, {"If-None-Match": '"x"'}).status == 200
    log = idcpc_site.requests_for(path)
    assert [r.status for r in log] == [503, 503, 200]
    assert log[0].user_agent == "diplomeet-test" and log[2].if_none_match == '"x"'
    assert idcpc_site.request_count(path) == 3 and idcpc_site.request_count() == 3
    idcpc_site.clear_log()
    assert idcpc_site.request_log == []


def test_empty_site_and_wrong_source_are_handled(releases):
    empty = SampleSite([], "idcpc")
    assert empty.page_count == 1 and empty.get("/english/news/index.html").status == 200
    with pytest.raises(ValueError, match="not this 'fmprc' site"):
        SampleSite(releases[:5], "fmprc")
    with pytest.raises(ValueError, match="unknown layout"):
        SampleSite([], "xinhua")


def test_100k_releases_generate_and_render():
    releases = generate_releases(100_000, seed=3)
    assert len(releases) == 100_000 and len({r.url_path for r in releases}) == 100_000
    site = SampleSite([r for r in releases if r.source == "fmprc"], "fmprc", page_size=20)
    last = site.page_count - 1
    for path in (site.listing_path(0), site.listing_path(last), site.article_paths()[-1]):
        response = site.get(path)
        assert response.status == 200, path
    tree = lxml.html.fromstring(site.get(site.listing_path(last)).body)
    assert len(tree.xpath(LISTING_LINKS["fmprc"])) == len(site.releases) - 20 * last
