"""Archive over a real DuckDB file: versions, validators, fetch log, pending failures."""

from __future__ import annotations

import hashlib
import zlib

import duckdb
import pytest

from flows.archive import Archive
from flows.http import FetchResult

URL = "http://example.org/english/news/202311/t20231129_1.html"


def ok(body: bytes, **headers: str) -> FetchResult:
    return FetchResult(url=URL, final_url=URL, status=200, headers=dict(headers), body=body, attempts=1)


def versions(archive: Archive, url: str = URL) -> list[tuple]:
    return archive.con.execute(
        "select version, content_hash, page_id from raw.pages where url = ? order by version", [url]
    ).fetchall()


def test_ensure_schema_is_idempotent(db_path):
    con = duckdb.connect(str(db_path))
    Archive.ensure_schema(con)
    Archive.ensure_schema(con)
    tables = {row[0] for row in con.execute(
        "select table_schema || '.' || table_name from information_schema.tables").fetchall()}
    assert {"raw.pages", "raw.fetch_log", "raw.pending_failures"} <= tables


def test_first_store_is_new_and_body_round_trips(archive):
    body = b"<html>version one</html>"
    assert archive.store_page("tiny", URL, "article", ok(body, etag='"a"'), "run1") == "new"
    [(version, content_hash, page_id)] = versions(archive)
    assert version == 1 and content_hash == hashlib.sha256(body).hexdigest()
    assert archive.read_body(page_id) == body
    stored = archive.con.execute("select body_gz, size_bytes from raw.pages").fetchone()
    assert Archive.decompress(stored[0]) == body and stored[1] == len(body)
    assert zlib.decompress(stored[0]) == body


def test_unchanged_refetch_adds_nothing_but_moves_last_seen(archive):
    archive.store_page("tiny", URL, "article", ok(b"same"), "run1")
    seen_before = archive.con.execute("select last_seen_at from raw.pages").fetchone()[0]
    assert archive.store_page("tiny", URL, "article", ok(b"same"), "run2") == "unchanged"
    rows = archive.con.execute("select version, last_seen_at, run_id from raw.pages").fetchall()
    assert len(rows) == 1 and rows[0][0] == 1 and rows[0][2] == "run1"
    assert rows[0][1] >= seen_before


def test_corrected_page_becomes_version_2_and_version_1_stays(archive):
    archive.store_page("tiny", URL, "article", ok(b"first text", etag='"v1"'), "run1")
    assert archive.store_page("tiny", URL, "article", ok(b"corrected text", etag='"v2"'), "run2") == "changed"
    rows = versions(archive)
    assert [r[0] for r in rows] == [1, 2]
    assert archive.read_body(rows[0][2]) == b"first text"
    assert archive.read_body(rows[1][2]) == b"corrected text"
    assert archive.validators(URL) == ('"v2"', None)
    assert archive.latest_body(URL) == b"corrected text"
    # going back to the first text is not a new version: that content is archived
    assert archive.store_page("tiny", URL, "article", ok(b"first text"), "run3") == "unchanged"
    assert len(versions(archive)) == 2


def test_not_modified_touches_newest_version(archive):
    archive.store_page("tiny", URL, "listing", ok(b"list"), "run1")
    result = FetchResult(url=URL, final_url=URL, status=304, attempts=1)
    assert archive.store_page("tiny", URL, "listing", result, "run2") == "not_modified"
    assert len(versions(archive)) == 1


def test_failed_fetch_cannot_be_stored(archive):
    failed = FetchResult(url=URL, final_url=URL, status=None, error="timeout after 3 attempts")
    with pytest.raises(ValueError, match="timeout"):
        archive.store_page("tiny", URL, "article", failed, "run1")
    assert versions(archive) == []


def test_validators_and_known_urls(archive):
    assert archive.validators(URL) == (None, None)
    archive.store_page("tiny", URL, "article", ok(b"a", etag='"e"', **{"last-modified": "Wed"}), "r")
    archive.store_page("tiny", "http://example.org/english/news/index.html", "listing", ok(b"l"), "r")
    archive.store_page("other", "http://example.org/x.html", "article", ok(b"x"), "r")
    assert archive.validators(URL) == ('"e"', "Wed")
    assert archive.known_article_urls("tiny") == {URL}
    assert archive.archived_article_urls("tiny", [URL, "http://example.org/english/news/index.html",
                                                  "http://example.org/x.html", "http://example.org/nope.html"]) == {URL}
    assert archive.archived_article_urls("tiny", []) == set()


def test_fetch_log_rows(archive):
    result = FetchResult(url=URL, final_url=URL, status=503, attempts=3, error="HTTP 503 after 3 attempts",
                         elapsed_ms=42)
    archive.log_fetch("run1", "tiny", URL, "article", "failed", result)
    archive.log_fetch("run1", "tiny", URL, "article", "refused")
    rows = archive.con.execute(
        "select outcome, http_status, attempts, error, elapsed_ms from raw.fetch_log order by outcome").fetchall()
    assert rows == [("failed", 503, 3, "HTTP 503 after 3 attempts", 42), ("refused", None, 0, None, None)]


def test_pending_failures_upsert_and_clear(archive):
    archive.record_failure("tiny", URL, "article", "timeout after 3 attempts", 3)
    archive.record_failure("tiny", URL, "article", "HTTP 500 after 3 attempts", 3)
    archive.record_failure("tiny", "http://example.org/b.html", "article", "reset", 1)
    archive.record_failure("other", "http://example.org/c.html", "article", "reset", 1)
    row = archive.con.execute(
        "select failures, attempts, error from raw.pending_failures where url = ?", [URL]).fetchone()
    assert row == (2, 6, "HTTP 500 after 3 attempts")
    assert archive.pending_failures("tiny") == [(URL, "article"), ("http://example.org/b.html", "article")]
    archive.clear_failure(URL)
    assert archive.pending_failures("tiny") == [("http://example.org/b.html", "article")]


def test_read_body_unknown_page(archive):
    with pytest.raises(KeyError):
        archive.read_body(12345)


def test_a_batch_commits_every_few_writes_and_rolls_back_only_the_open_part(archive):
    other = archive.con.cursor()  # another connection: sees committed rows only

    def visible() -> int:
        return other.execute("select count(*) from raw.pages").fetchone()[0]

    def url(n: int) -> str:
        return f"http://example.org/english/news/202311/t20231129_{n}.html"

    def store(n: int) -> None:
        result = FetchResult(url=url(n), final_url=url(n), status=200, headers={}, body=b"page %d" % n, attempts=1)
        archive.store_page("idcpc", url(n), "article", result, "run")

    with archive.batch(max_writes=2, max_seconds=3600):
        store(1)
        assert visible() == 0
        store(2)
        assert visible() == 2  # full: committed
        store(3)
        assert visible() == 2
    assert visible() == 3  # the end of the block commits
    with pytest.raises(RuntimeError):
        with archive.batch(max_writes=2, max_seconds=3600):
            store(4)
            store(5)
            store(6)
            raise RuntimeError("killed mid-batch")
    assert visible() == 5  # 4 and 5 were committed; 6 was still open
    assert archive.store_page("idcpc", url(4), "article",
                              FetchResult(url=url(4), final_url=url(4), status=200, body=b"page 4", attempts=1),
                              "run") == "unchanged"


def _page(n: int, body: bytes | None = None) -> FetchResult:
    url = f"http://example.org/english/news/202311/t20231129_{n}.html"
    return FetchResult(url=url, final_url=url, status=200, headers={"etag": f'"{n}"'},
                       body=body if body is not None else b"page %d" % n, attempts=1, elapsed_ms=2)


def test_first_versions_in_a_batch_are_written_at_commit_and_readable_before(archive):
    other = archive.con.cursor()
    pages = [_page(n) for n in range(1, 4)]
    with archive.batch(max_writes=50, max_seconds=3600):
        for result in pages:
            assert archive.store_page("idcpc", result.url, "article", result, "run", first_version=True) == "new"
            archive.log_fetch("run", "idcpc", result.url, "article", "new", result)
        assert other.execute("select count(*) from raw.pages").fetchone()[0] == 0  # still in memory
        # every read flushes first: the writer sees its own writes
        assert archive.validators(pages[1].url) == ('"2"', None)
        assert archive.latest_body(pages[2].url) == b"page 3"
    assert other.execute("select count(*), min(version), max(version) from raw.pages").fetchone() == (3, 1, 1)
    assert other.execute("select count(*) from raw.fetch_log where outcome = 'new'").fetchone()[0] == 3
    assert other.execute("select count(distinct page_id) from raw.pages").fetchone()[0] == 3


def test_a_wrong_first_version_hint_never_duplicates_a_page(archive):
    same, corrected = _page(1), _page(2)
    archive.store_page("idcpc", same.url, "article", same, "run1")
    archive.store_page("idcpc", corrected.url, "article", corrected, "run1")
    with archive.batch():
        archive.store_page("idcpc", same.url, "article", same, "run2", first_version=True)
        archive.store_page("idcpc", corrected.url, "article", _page(2, b"corrected"), "run2", first_version=True)
    assert [v for v, _, _ in versions(archive, same.url)] == [1]
    assert [v for v, _, _ in versions(archive, corrected.url)] == [1, 2]


def test_a_killed_batch_drops_its_buffered_rows(archive):
    with pytest.raises(RuntimeError):
        with archive.batch(max_writes=50, max_seconds=3600):
            result = _page(7)
            archive.store_page("idcpc", result.url, "article", result, "run", first_version=True)
            archive.log_fetch("run", "idcpc", result.url, "article", "new", result)
            raise RuntimeError("killed mid-batch")
    assert archive.con.execute("select count(*) from raw.pages").fetchone()[0] == 0
    assert archive.con.execute("select count(*) from raw.fetch_log").fetchone()[0] == 0
    # and the next batch starts clean
    with archive.batch():
        result = _page(7)
        assert archive.store_page("idcpc", result.url, "article", result, "run", first_version=True) == "new"
    assert [v for v, _, _ in versions(archive, result.url)] == [1]
