"""Scale-out: fetch and parse each source on a Prefect work pool, build and publish once.

DuckDB allows ONE read-write process per file, so flow runs on several workers must
never write the shared work database at the same time. The design (docs/scaling.md):

* `fetch_and_parse_source` (one flow run per source, on any worker) opens the work DB
  READ-ONLY just long enough to seed its OWN shard file
  `<wh>/work/shards/<run_id>-<source>.duckdb` (same `warehouse/schema.sql` DDL) with what
  the incremental crawl needs to know, then crawls into the shard with the ordinary
  `Archive` / `crawl_source`, and stages the new article pages there with the ordinary
  loader code (`stage_batch` / `insert_rows`). Its `SourceReport` goes beside the shard as
  JSON (a file hand-off: it does not depend on Prefect result storage).
* `nightly_distributed` (the coordinator) holds the run lock, does not touch the work DB
  while the fetch runs are going (several read-only readers are allowed, one writer is
  not), triggers one flow run per source through a deployment (`run_deployment`), waits
  for all, merges the shards into the work DB one after the other (the single writer),
  then runs load → dbt build → publish with the very tasks `nightly` uses.

Seeding, and why: the crawl is incremental against the archive (known article URLs, the
validators and the body of the newest listing version for conditional GET, pending
failures and walk marks). The shard gets every `raw.pages` row of its source with a
NEGATIVE page_id (= -work page_id) and an empty body except for the newest version of
each listing page; `raw.pending_failures` of the source is copied whole. Rows the crawl
adds get positive ids from the shard's own sequence, so the merge takes `page_id > 0` as
"new in this run" and maps negative ids back for `last_seen_at` updates. Pending failures
of a source are owned by that source's flow run: the merge replaces them wholesale.

Merge, and why it preserves the archive's semantics: new rows are inserted in shard
page_id order with fresh ids from the work DB's `raw.page_seq`; their `version` was
computed in the shard against every seeded version of the URL, so it is the work DB's
next version; (url, content_hash) is checked with NOT EXISTS so a re-run merge (after a
crash between merge and shard deletion) inserts nothing twice. Staging rows made in the
shard are re-keyed through (url, content_hash) to the new page ids. A merged shard is
deleted; an unmerged one (coordinator crashed) is kept and merged by the next run.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.exceptions import MissingContextError
from prefect.states import Failed

from flows.archive import Archive
from flows.config import Settings, load_settings
from flows.crawl import crawl_source
from flows.http import PoliteClient, default_user_agent
from flows.load import STAGING_COLUMNS, insert_rows, stage_batch
from flows.nightly import (RunSummary, build_and_publish, load_task, markdown_summary, new_run_id,
                           record_run_end, record_run_start)
from flows.publish import sql_path_literal
from flows.sources import SOURCES, get_source
from flows.sources.base import SourceReport
from flows.workdb import SCHEMA_SQL, open_work_db, run_lock

FETCH_FLOW_NAME = "fetch-and-parse-source"
DEFAULT_DEPLOYMENT = f"{FETCH_FLOW_NAME}/diplomeet-fetch"
SHARD_BATCH_PAGES = 500
# raw.pages columns copied between files, page_id excepted (it is re-assigned on merge).
PAGE_COLUMNS = ("source, url, page_type, version, fetched_at, last_seen_at, http_status, content_type, "
                "etag, last_modified, headers, content_hash, size_bytes, body_gz, run_id")


def shards_dir(settings: Settings) -> Path:
    return settings.work_dir / "shards"


def shard_path(settings: Settings, run_id: str, source_name: str) -> Path:
    return shards_dir(settings) / f"{run_id}-{source_name}.duckdb"


def report_path(shard: Path) -> Path:
    return shard.with_suffix(".json")


def run_logger():
    """The flow run's logger, or the module's when called as a plain function (`.fn`, tests)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


# -- the worker side -------------------------------------------------------------------------

def seed_shard(con: duckdb.DuckDBPyConnection, work_db: Path, source_name: str) -> int:
    """Copy into the (empty) shard what the incremental crawl of `source_name` must know;
    returns the number of page rows seeded. The work DB is attached read-only."""
    if not work_db.exists():
        return 0
    con.execute(f"attach '{sql_path_literal(work_db)}' as base (read_only)")
    try:
        has_pages = con.execute(
            "select count(*) from information_schema.tables where table_catalog = 'base' "
            "and table_schema = 'raw' and table_name = 'pages'").fetchone()[0]
        if not has_pages:
            return 0
        con.execute("begin transaction")
        con.execute(f"""
            insert into raw.pages (page_id, {PAGE_COLUMNS})
            select -page_id, source, url, page_type, version, fetched_at, last_seen_at, http_status,
                   content_type, etag, last_modified, headers, content_hash, size_bytes,
                   case when page_type = 'listing'
                             and version = max(version) over (partition by url) then body_gz
                        else ''::blob end,
                   run_id
            from base.raw.pages where source = ?""", [source_name])
        con.execute("insert into raw.pending_failures select * from base.raw.pending_failures "
                    "where source = ?", [source_name])
        con.execute("commit")
        return con.execute("select count(*) from raw.pages").fetchone()[0]
    finally:
        con.execute("detach base")


def stage_new_pages(con: duckdb.DuckDBPyConnection) -> dict:
    """Parse the article pages this run added to the shard into the shard's staging tables
    (the loader's own code, one process: a worker is one of several)."""
    cursor = con.cursor()
    cursor.execute("""select page_id, source, url, version, fetched_at, http_status, content_type, body_gz
                      from raw.pages where page_id > 0 and page_type = 'article' order by page_id""")
    counts = {"pages": 0, "parsed": 0, "quarantined": 0}
    while batch := cursor.fetchmany(SHARD_BATCH_PAGES):
        rows = stage_batch(batch)
        insert_rows(con, rows)
        counts["pages"] += len(rows.releases)
        counts["parsed"] += sum(r["status"] == "parsed" for r in rows.releases)
    counts["quarantined"] = counts["pages"] - counts["parsed"]
    return counts


@flow(name=FETCH_FLOW_NAME, log_prints=False)
def fetch_and_parse_source(source_name: str, base_url: str, warehouse: str, run_id: str,
                           since: date | None = None, delay: float | None = None) -> dict:
    """Crawl one source into its own shard and parse the new pages there (see module doc)."""
    settings = load_settings(warehouse, delay=delay)
    shard = shard_path(settings, run_id, source_name)
    shard.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (shard, shard.with_name(shard.name + ".wal")):
        leftover.unlink(missing_ok=True)  # a retried flow run starts its shard afresh
    con = duckdb.connect(str(shard))
    try:
        con.execute(SCHEMA_SQL.read_text())
        seeded = seed_shard(con, settings.work_db, source_name)
        with PoliteClient(default_user_agent(settings.contact), delay=settings.delay,
                          timeout=settings.timeout, max_bytes=settings.max_bytes) as client:
            report = crawl_source(get_source(source_name), base_url, client, Archive(con), run_id,
                                  since=since)
        staged = stage_new_pages(con)
        con.execute("checkpoint")
    finally:
        con.close()
    result = {"report": asdict(report), "staged": staged, "seeded_pages": seeded}
    report_path(shard).write_text(json.dumps(result, default=str))
    run_logger().info("%s: %d new, %d changed, %d failed; %d pages staged in %s", source_name,
                          report.new, report.changed, report.failed, staged["pages"], shard.name)
    return result


# -- the coordinator side --------------------------------------------------------------------

def merge_shard(con: duckdb.DuckDBPyConnection, shard: Path, source_name: str) -> dict:
    """Merge one finished shard into the work DB (see module doc), in one transaction."""
    con.execute(f"attach '{sql_path_literal(shard)}' as shard (read_only)")
    try:
        con.execute("begin transaction")
        new_rows = con.execute(f"""
            insert into raw.pages ({PAGE_COLUMNS})
            select {PAGE_COLUMNS} from shard.raw.pages s
            where s.page_id > 0
              and not exists (select 1 from raw.pages w where w.url = s.url and w.content_hash = s.content_hash)
            order by s.page_id""").fetchone()[0]
        con.execute("""
            update raw.pages w set last_seen_at = s.last_seen_at
            from shard.raw.pages s
            where s.page_id < 0 and w.page_id = -s.page_id and s.last_seen_at > w.last_seen_at""")
        con.execute("insert into raw.fetch_log select * from shard.raw.fetch_log")
        con.execute("delete from raw.pending_failures where source = ?", [source_name])
        con.execute("insert into raw.pending_failures select * from shard.raw.pending_failures "
                    "where source = ?", [source_name])
        # shard page id -> work page id, through the archive's natural key
        con.execute("""
            create temp table page_map as
            select s.page_id as shard_id, w.page_id as work_id
            from shard.raw.pages s join raw.pages w on w.url = s.url and w.content_hash = s.content_hash
            where s.page_id > 0""")
        # staging rows only for pages without any yet: a re-run merge adds nothing twice
        con.execute("""
            create temp table fresh as
            select m.shard_id, m.work_id from page_map m
            where not exists (select 1 from staging.releases r where r.page_id = m.work_id)""")
        staged = con.execute("select count(*) from fresh f join shard.staging.releases t "
                             "on t.page_id = f.shard_id").fetchone()[0]
        for table, columns in STAGING_COLUMNS.items():
            others = [c for c in columns if c != "page_id"]
            con.execute(f"""
                insert into staging.{table} (page_id, {', '.join(others)})
                select f.work_id, {', '.join('t.' + c for c in others)}
                from shard.staging.{table} t join fresh f on f.shard_id = t.page_id""")
        con.execute("drop table page_map")
        con.execute("drop table fresh")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.execute("detach shard")
    return {"pages": new_rows, "staged": staged}


def remove_shard(shard: Path) -> None:
    for path in (shard, shard.with_name(shard.name + ".wal"), report_path(shard)):
        path.unlink(missing_ok=True)


@task(name="merge-shards", cache_policy=NONE)
def merge_shards_task(home: str, shards: list[tuple[str, str]]) -> dict:
    """Merge every finished shard (source, path) into the work DB, one after the other."""
    settings = load_settings(home)
    con = open_work_db(settings)
    merged: dict[str, dict] = {}
    try:
        for source_name, path in shards:
            merged[source_name] = merge_shard(con, Path(path), source_name)
            remove_shard(Path(path))
    finally:
        con.close()
    return merged


def leftover_shards(settings: Settings) -> list[tuple[str, str]]:
    """Shards of earlier runs that finished but were never merged (coordinator died)."""
    out = []
    for report in sorted(shards_dir(settings).glob("*.json")):
        shard = report.with_suffix(".duckdb")
        if shard.exists():
            out.append((report.stem.rsplit("-", 1)[-1], str(shard)))
    return out


def wait_for_runs(flow_run_ids: dict[str, object], poll: float, timeout: float) -> dict[str, object]:
    """Poll the API until every flow run is final; returns source -> final FlowRun."""
    from prefect.client.orchestration import get_client

    deadline = time.monotonic() + timeout
    done: dict[str, object] = {}
    with get_client(sync_client=True) as client:
        while len(done) < len(flow_run_ids):
            for name, run_id in flow_run_ids.items():
                if name in done:
                    continue
                run = client.read_flow_run(run_id)
                if run.state is not None and run.state.is_final():
                    done[name] = run
            if len(done) < len(flow_run_ids):
                if time.monotonic() > deadline:
                    missing = sorted(set(flow_run_ids) - set(done))
                    raise TimeoutError(f"fetch flow runs of {', '.join(missing)} not finished after {timeout:.0f} s")
                time.sleep(poll)
    return done


@flow(name="nightly-distributed", log_prints=False)
def nightly_distributed(sources: dict[str, str] | None = None, warehouse: str | None = None,
                        since: date | None = None, command: str = "run", delay: float | None = None,
                        deployment: str = DEFAULT_DEPLOYMENT, fetch_timeout: float = 3600.0,
                        poll_interval: float = 1.0):
    """`nightly`, with the per-source crawl and parse on a work pool through `deployment`.

    Same summary, same publish rules: a source down (or its flow run failed) publishes nothing.
    """
    from prefect.deployments import run_deployment

    settings = load_settings(warehouse, delay=delay)
    targets = sources or {name: src.default_base_url for name, src in SOURCES.items()}
    summary = RunSummary(run_id=new_run_id(), command=command,
                         started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         warehouse=str(settings.home))
    logger = get_run_logger()
    with run_lock(settings):
        record_run_start(settings, summary)  # opens and closes the work DB: workers may read it after
        started = time.perf_counter()
        runs = {name: run_deployment(deployment, timeout=0, parameters={
                    "source_name": name, "base_url": url, "warehouse": str(settings.home),
                    "run_id": summary.run_id, "since": since, "delay": delay})
                for name, url in targets.items()}
        finished = wait_for_runs({name: run.id for name, run in runs.items()}, poll_interval, fetch_timeout)
        to_merge = leftover_shards(settings)
        to_merge = [(s, p) for s, p in to_merge if not Path(p).name.startswith(summary.run_id)]
        for name, url in targets.items():
            shard = shard_path(settings, summary.run_id, name)
            run = finished[name]
            if run.state.is_completed() and report_path(shard).exists():
                result = json.loads(report_path(shard).read_text())
                summary.sources.append(result["report"])
                to_merge.append((name, str(shard)))
            else:
                message = f"fetch flow run {run.name} ended {run.state.type.value}: {run.state.message or ''}"
                summary.sources.append(asdict(SourceReport(source=name, base_url=url, down=True,
                                                           errors=[message.strip()[:300]])))
        summary.timings["crawl"] = round(time.perf_counter() - started, 2)
        t = time.perf_counter()
        merged = merge_shards_task(str(settings.home), to_merge)
        summary.timings["merge"] = round(time.perf_counter() - t, 2)
        logger.info("merged %s", merged)

        down = [s["source"] for s in summary.sources if s.get("down")]
        for s in summary.sources:
            summary.errors.extend(f"{s['source']}: {e}" for e in s.get("errors", [])[:20])
        t = time.perf_counter()
        summary.load = load_task(str(settings.home), False)  # pages a shard could not stage, if any
        summary.load["staged_by_workers"] = sum(m["staged"] for m in merged.values())
        summary.timings["parse"] = round(time.perf_counter() - t, 2)
        new_pages = summary.load.get("pages", 0) + summary.load["staged_by_workers"]
        build_and_publish(settings, summary, down, new_pages)
        summary.timings["total"] = round(time.perf_counter() - started, 2)
        summary.status = "succeeded" if summary.published else "failed"
        summary.finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        record_run_end(settings, summary)
    logger.info(markdown_summary(summary))
    if summary.status != "succeeded":
        return Failed(message=summary.errors[0] if summary.errors else "run failed", data=asdict(summary))
    return asdict(summary)


def deploy_fetch_flow(repo_dir: Path | str, work_pool: str, name: str = "diplomeet-fetch") -> str:
    """Register `fetch_and_parse_source` on a process work pool from this checkout (no image,
    no push: the workers run on machines that have the repo at `repo_dir`). Returns its id."""
    deployment = flow.from_source(source=str(repo_dir), entrypoint="flows/scaleout.py:fetch_and_parse_source")
    return str(deployment.deploy(name=name, work_pool_name=work_pool, build=False, push=False,
                                 print_next_steps=False))


__all__ = ["fetch_and_parse_source", "nightly_distributed", "merge_shard", "seed_shard", "deploy_fetch_flow",
           "shard_path"]
