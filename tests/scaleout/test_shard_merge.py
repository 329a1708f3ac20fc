"""The shard → merge path of the scale-out against the single-writer path, without a
Prefect server: each source crawled and parsed into its own shard file (the worker's
flow body), merged into the work DB, must leave the archive and staging exactly as the
ordinary crawl + loader on one database does, run after run."""

from __future__ import annotations

import duckdb

from flows.archive import Archive
from flows.config import load_settings
from flows.crawl import crawl_source
from flows.http import PoliteClient
from flows.load import load_pending
from flows.scaleout import fetch_and_parse_source, merge_shards_task, shard_path
from flows.sources import get_source
from flows.workdb import open_work_db

ARCHIVE_SQL = ("select source, url, page_type, version, content_hash from raw.pages "
               "order by url, version")
STAGING_SQL = ("select r.release_id, r.version, r.status, r.meeting_date, r.kind, r.mode, "
               "(select count(*) from staging.participants p where p.page_id = r.page_id), "
               "(select count(*) from staging.statements s where s.page_id = r.page_id), "
               "(select count(*) from staging.mentions m where m.page_id = r.page_id), "
               "(select count(*) from staging.meetings m where m.page_id = r.page_id) "
               "from staging.releases r order by r.release_id, r.version")


def single_writer_run(home, urls: dict[str, str], run_id: str) -> list[dict]:
    settings = load_settings(home, delay=0.0)
    con = open_work_db(settings)
    reports = []
    try:
        with PoliteClient("bench-test", delay=0.0) as client:
            for name, url in urls.items():
                reports.append(crawl_source(get_source(name), url, client, Archive(con), run_id))
        load_pending(con)
    finally:
        con.close()
    return reports


def sharded_run(home, urls: dict[str, str], run_id: str) -> list[dict]:
    settings = load_settings(home, delay=0.0)
    open_work_db(settings).close()
    results = [fetch_and_parse_source.fn(name, url, str(home), run_id, delay=0.0) for name, url in urls.items()]
    merge_shards_task.fn(str(home), [(name, str(shard_path(settings, run_id, name))) for name in urls])
    return results


def snapshot(home) -> tuple[list, list, int]:
    con = duckdb.connect(str(home / "work" / "work.duckdb"), read_only=True)
    try:
        dupes = con.execute("select count(*) - count(distinct (url, content_hash)) from raw.pages").fetchone()[0]
        return con.execute(ARCHIVE_SQL).fetchall(), con.execute(STAGING_SQL).fetchall(), dupes
    finally:
        con.close()


def test_sharded_runs_leave_the_same_archive_and_staging_as_one_writer(tmp_path, sites):
    urls = {name: server.base_url for name, server in sites["servers"].items()}
    single, sharded = tmp_path / "single", tmp_path / "sharded"

    single_writer_run(single, urls, "r1")
    first = sharded_run(sharded, urls, "r1")
    assert sum(r["report"]["new"] for r in first) == 60
    assert sum(r["staged"]["pages"] for r in first) == 60
    assert snapshot(sharded) == snapshot(single)
    assert not list((sharded / "work" / "shards").glob("*")), "merged shards are removed"

    # Second run: the shard is seeded from the work DB, so nothing is refetched.
    again = sharded_run(sharded, urls, "r2")
    single_writer_run(single, urls, "r2")
    assert sum(r["report"]["new"] + r["report"]["changed"] for r in again) == 0
    assert all(r["seeded_pages"] > 0 for r in again)
    assert snapshot(sharded) == snapshot(single)

    # Third run: new releases on both sites are found, archived once, parsed once.
    added = sites["publish_later"]()
    third = sharded_run(sharded, urls, "r3")
    single_writer_run(single, urls, "r3")
    assert sum(r["report"]["new"] for r in third) == added
    archive, staging, dupes = snapshot(sharded)
    assert dupes == 0
    assert (archive, staging) == snapshot(single)[:2]
    assert len(staging) == 60 + added


def test_a_merge_repeated_after_a_crash_adds_nothing_twice(tmp_path, sites):
    urls = {name: server.base_url for name, server in sites["servers"].items()}
    settings = load_settings(tmp_path, delay=0.0)
    open_work_db(settings).close()
    fetch_and_parse_source.fn("idcpc", urls["idcpc"], str(tmp_path), "r1", delay=0.0)
    shard = shard_path(settings, "r1", "idcpc")
    con = open_work_db(settings)
    try:
        from flows.scaleout import merge_shard
        merge_shard(con, shard, "idcpc")
        before = con.execute("select (select count(*) from raw.pages), (select count(*) from staging.releases), "
                             "(select count(*) from staging.participants)").fetchone()
        merge_shard(con, shard, "idcpc")  # the coordinator died before deleting the shard
        after = con.execute("select (select count(*) from raw.pages), (select count(*) from staging.releases), "
                            "(select count(*) from staging.participants)").fetchone()
    finally:
        con.close()
    assert before == after
    assert before[1] > 0
