"""crawl_source against the tiny site: request counts of incremental runs, backfill,
failures retried next run, a source down, and a crawl killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest
from crawl_testsite import ARTICLE_RE, Fault, SiteState, TestSite, TinySource, make_client

from flows import crawl as crawl_module
from flows.archive import Archive
from flows.crawl import crawl_source

NEWEST = date(2023, 11, 29)
SOURCE = TinySource()
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def crawl(site, archive, run_id, **kwargs):
    """One run as the nightly flow makes it: a fresh client (so robots.txt is read again)."""
    with make_client() as client:
        return crawl_source(SOURCE, site.base_url, client, archive, run_id, **kwargs)


def archived(archive, page_type="article") -> list[str]:
    return [row[0] for row in archive.con.execute(
        "select url from raw.pages where page_type = ? order by url", [page_type]).fetchall()]


@pytest.fixture(params=[0, 2, crawl_module.LAZY_KNOWN_LISTING_PAGES], ids=lambda n: f"lookups-{n}")
def lazy_known_pages(request, monkeypatch):
    """The walk looks archived links up page by page for the first N listing pages, then reads
    the whole set: 0 reads it at once, 2 switches mid-walk; each must crawl the same."""
    monkeypatch.setattr(crawl_module, "LAZY_KNOWN_LISTING_PAGES", request.param)
    return request.param


def test_incremental_runs_request_counts(site, archive, lazy_known_pages):
    site.state.add_articles(12, newest=NEWEST)  # 3 listing pages of 5

    first = crawl(site, archive, "run1")
    assert first.new == 12 and first.listing_pages == 3 and not first.down and first.errors == []
    assert len(site.state.article_paths()) == 12
    assert first.requests == len(site.state.paths()) == 1 + 3 + 12  # robots + listings + articles
    assert sorted(archived(archive)) == sorted(site.url(a.path) for a in site.state.articles)

    site.state.reset_log()
    second = crawl(site, archive, "run2")
    assert site.state.paths() == ["/robots.txt", "/english/news/index.html"]
    assert site.state.statuses("/english/news/index.html") == [304]
    assert second.requests == 2 and second.not_modified == 1 and second.new == 0

    added = site.state.add_articles(3, newest=date(2023, 12, 2), prefix="Later")
    site.state.reset_log()
    third = crawl(site, archive, "run3")
    assert sorted(site.state.article_paths()) == sorted(a.path for a in added)
    # page 0 has the 3 new ones, page 1 is all known, page 2 is the overlap
    assert site.state.listing_paths() == [
        "/english/news/index.html", "/english/news/index_1.html", "/english/news/index_2.html"]
    assert third.new == 3 and third.requests == 1 + 3 + 3
    assert len(archived(archive)) == 15

    log = archive.con.execute(
        "select run_id, page_type, outcome, count(*) from raw.fetch_log group by all order by all").fetchall()
    assert ("run2", "listing", "not_modified", 1) in log
    assert ("run3", "article", "new", 3) in log


def test_listing_links_filtered_to_articles_on_host(site, archive):
    site.state.add_articles(3, newest=NEWEST)
    crawl(site, archive, "run1")
    assert "/english/about/index.html" not in site.state.paths()
    assert all(url.startswith(site.base_url) for url in archived(archive))


def test_unchanged_listing_without_etag_still_stops(site, archive):
    site.state.conditional = False
    site.state.add_articles(7, newest=NEWEST)
    crawl(site, archive, "run1")
    site.state.reset_log()
    report = crawl(site, archive, "run2")
    assert site.state.paths() == ["/robots.txt", "/english/news/index.html"]
    assert report.not_modified == 1 and report.new == 0


def test_backfill_since_reads_further_back(site, archive, lazy_known_pages):
    site.state.show_page_count = False  # the walk must end on the 404 past the last page
    site.state.add_articles(30, newest=NEWEST)  # 6 pages, two releases a day from 2023-11-15
    first = crawl(site, archive, "run1", max_listing_pages=2)
    assert first.new == 10 and first.listing_pages == 2

    site.state.reset_log()
    assert crawl(site, archive, "run2").new == 0  # incremental: nothing new

    since = date(2023, 11, 19)
    site.state.reset_log()
    backfill = crawl(site, archive, "run3", since=since)
    fetched = {SOURCE.release_date_from_url(site.url(p)) for p in site.state.article_paths()}
    assert fetched and min(fetched) >= since
    wanted = {site.url(a.path) for a in site.state.articles if a.released >= since}
    assert wanted <= set(archived(archive))
    assert backfill.new == len(wanted) - 10
    # page 4 (articles from 2023-11-19 back) is the last one whose newest date is not before since
    assert "/english/news/index_5.html" in site.state.listing_paths()  # read to see it is older
    assert "/english/news/index_6.html" not in site.state.listing_paths()

    site.state.reset_log()
    everything = crawl(site, archive, "run4", since=date(2000, 1, 1))
    assert everything.new == 30 - len(wanted)
    assert site.state.listing_paths()[-1] == "/english/news/index_6.html"  # the 404 ended it
    assert everything.errors == [] and everything.failed == 0


def test_failing_article_recorded_then_fetched_next_run(site, archive):
    site.state.add_articles(6, newest=NEWEST)
    broken = site.state.articles[2]
    site.state.always[broken.path] = Fault("status", status=500)
    first = crawl(site, archive, "run1")
    assert first.new == 5 and first.failed == 1 and not first.down
    assert any(broken.path in error for error in first.errors)
    assert archive.pending_failures("tiny") == [(site.url(broken.path), "article")]
    failures = archive.con.execute("select failures, attempts, error from raw.pending_failures").fetchone()
    assert failures == (1, 3, "HTTP 500 Internal Server Error after 3 attempts")

    del site.state.always[broken.path]
    site.state.reset_log()
    second = crawl(site, archive, "run2")
    assert site.state.article_paths() == [broken.path]
    assert second.new == 1 and second.failed == 0
    assert archive.pending_failures("tiny") == []
    assert len(archived(archive)) == 6


def test_failing_article_does_not_block_the_walk(site, archive):
    site.state.add_articles(12, newest=NEWEST)
    site.state.always[site.state.articles[0].path] = Fault("reset")
    report = crawl(site, archive, "run1")
    assert report.new == 11 and report.failed == 1 and report.listing_pages == 3


def test_source_down_when_listing_fails(site, archive):
    site.state.add_articles(5, newest=NEWEST)
    site.state.always["/english/news/index.html"] = Fault("status", status=502)
    report = crawl(site, archive, "run1")
    assert report.down and report.new == 0
    assert report.errors and report.errors[0].startswith("source down:")
    assert site.state.article_paths() == []
    assert archive.con.execute(
        "select outcome, attempts from raw.fetch_log").fetchall() == [("failed", 3)]


def test_source_down_when_robots_unavailable(site, archive):
    site.state.add_articles(5, newest=NEWEST)
    site.state.robots, site.state.robots_status = "User-agent: *\n", 500
    report = crawl(site, archive, "run1")
    assert report.down and "robots.txt unavailable" in report.errors[0]
    assert set(site.state.paths()) == {"/robots.txt"}


def test_source_down_when_unreachable(archive):
    with TestSite() as gone:
        base_url = gone.base_url
    with make_client(connect_timeout=0.5) as client:
        report = crawl_source(SOURCE, base_url, client, archive, "run1")
    assert report.down and report.errors


def test_robots_disallowed_articles_are_refused_not_retried(site, archive):
    site.state.add_articles(4, newest=NEWEST)
    site.state.robots = "User-agent: *\nDisallow: /english/news/202311/t20231128_\n"
    report = crawl(site, archive, "run1")
    assert report.refused == 2 and report.new == 2
    assert not any("t20231128_" in p for p in site.state.paths())
    assert archive.pending_failures("tiny") == []


def test_progress_events(site, archive):
    site.state.add_articles(3, newest=NEWEST)
    events = []
    crawl(site, archive, "run1", progress=lambda event, **info: events.append((event, info["outcome"])))
    assert events[0] == ("listing", "new")
    assert events.count(("article", "new")) == 3


def test_kill_minus_9_mid_crawl_loses_nothing_and_duplicates_nothing(tmp_path):
    """A crawl in a subprocess is SIGKILLed after some articles were stored; the next
    run archives the rest, each article exactly once."""
    state = SiteState(article_delay=0.05)
    state.add_articles(40, newest=NEWEST)
    db_path = tmp_path / "work.duckdb"
    with TestSite(state) as site:
        script = (
            "import duckdb, sys\n"
            "from crawl_testsite import TinySource, make_client\n"
            "from flows.archive import Archive\n"
            "from flows.crawl import crawl_source\n"
            f"con = duckdb.connect({str(db_path)!r})\n"
            "Archive.ensure_schema(con)\n"
            "with make_client() as client:\n"
            f"    crawl_source(TinySource(), {site.base_url!r}, client, Archive(con), 'killed')\n"
        )
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(REPO)]))
        process = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=REPO)
        deadline = time.monotonic() + 60
        while len(state.article_paths()) < 12 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL

        con = duckdb.connect(str(db_path))
        stored_before = con.execute("select count(*) from raw.pages where page_type = 'article'").fetchone()[0]
        assert 10 <= stored_before < 40  # killed mid-crawl, with articles already stored
        Archive.ensure_schema(con)
        archive = Archive(con)
        report = crawl(site, archive, "resumed")

        per_url = con.execute(
            "select url, count(*) from raw.pages where page_type = 'article' group by url").fetchall()
        assert len(per_url) == 40 and all(count == 1 for _, count in per_url)
        assert report.new == 40 - stored_before
        assert {url for url, _ in per_url} == {site.url(a.path) for a in state.articles}
        con.close()


def test_article_url_pattern_of_the_test_site():
    # guards the helper itself: the site's article paths are what the source accepts
    state = SiteState()
    state.add_articles(3, newest=NEWEST)
    assert all(ARTICLE_RE.match(a.path) for a in state.articles)
    assert SOURCE.is_article_url("http://h" + state.articles[0].path, "http://h")
    assert not SOURCE.is_article_url("http://evil" + state.articles[0].path, "http://h")


def test_failed_listing_page_is_read_next_run(site, archive):
    site.state.add_articles(15, newest=NEWEST)  # 3 pages
    site.state.always["/english/news/index_1.html"] = Fault("status", status=500)
    first = crawl(site, archive, "run1")
    assert first.failed == 1 and first.new == 10  # pages 0 and 2
    assert archive.pending_failures("tiny") == [(site.url("/english/news/index_1.html"), "listing")]

    del site.state.always["/english/news/index_1.html"]
    site.state.reset_log()
    second = crawl(site, archive, "run2")
    # page 0 is a 304 with nothing new, but the walk must get past the failed page
    assert site.state.statuses("/english/news/index.html") == [304]
    assert "/english/news/index_1.html" in site.state.listing_paths()
    assert second.new == 5 and len(archived(archive)) == 15
    assert archive.pending_failures("tiny") == []

    site.state.reset_log()
    crawl(site, archive, "run3")
    assert site.state.listing_paths() == ["/english/news/index.html"]  # back to the short run


def test_listing_page_not_understood_means_down(site, archive):
    site.state.always["/english/news/index.html"] = Fault("status", status=200)  # body "error"
    report = crawl(site, archive, "run1")
    assert report.down and "listing page not understood" in report.errors[0]


def test_corrected_article_refetched_becomes_version_2(site, archive):
    site.state.add_articles(2, newest=NEWEST)
    article = site.state.articles[0]
    url = site.url(article.path)
    with make_client() as client:
        assert archive.store_page("tiny", url, "article", client.fetch(url, allowed_host=site.host), "r1") == "new"
        assert archive.store_page("tiny", url, "article", client.fetch(url, allowed_host=site.host), "r2") == "unchanged"
        article.body = "Corrected: the meeting took place in Shanghai."
        assert archive.store_page("tiny", url, "article", client.fetch(url, allowed_host=site.host), "r3") == "changed"
    rows = archive.con.execute(
        "select version, page_id, run_id from raw.pages where url = ? order by version", [url]).fetchall()
    assert [(v, run) for v, _, run in rows] == [(1, "r1"), (2, "r3")]
    assert b"Corrected" not in archive.read_body(rows[0][1])
    assert b"Corrected" in archive.read_body(rows[1][1])


def test_two_sources_at_once_into_one_database(db_path):
    """The nightly flow crawls sources in parallel threads, each with its own
    connection to the working database: their transactions must not conflict."""

    class OtherSource(TinySource):
        name = "other"

    states = [SiteState(), SiteState()]
    for state in states:
        state.add_articles(40, newest=NEWEST)
    setup = duckdb.connect(str(db_path))
    Archive.ensure_schema(setup)
    reports, crashes = {}, []

    def crawl_in_thread(source, site):
        con = duckdb.connect(str(db_path))
        try:
            with make_client() as client:
                reports[source.name] = crawl_source(source, site.base_url, client, Archive(con), "run1")
        except Exception as exc:  # surfaced by the assertion below
            crashes.append(exc)
        finally:
            con.close()

    with TestSite(states[0]) as first, TestSite(states[1]) as second:
        threads = [threading.Thread(target=crawl_in_thread, args=(TinySource(), first)),
                   threading.Thread(target=crawl_in_thread, args=(OtherSource(), second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert crashes == []
    assert reports["tiny"].new == 40 and reports["other"].new == 40
    counts = setup.execute(
        "select source, count(distinct url), count(*) from raw.pages where page_type = 'article' "
        "group by source order by source").fetchall()
    assert counts == [("other", 40, 40), ("tiny", 40, 40)]
    setup.close()


def test_listing_page_disallowed_by_robots_is_skipped_without_a_lasting_mark(site, archive):
    site.state.add_articles(15, newest=NEWEST)
    site.state.robots = "User-agent: *\nDisallow: /english/news/index_1.html\n"
    report = crawl(site, archive, "run1")
    assert report.refused == 1 and report.new == 10
    assert "/english/news/index_1.html" not in site.state.paths()
    assert archive.pending_failures("tiny") == []
