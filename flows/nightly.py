"""The Prefect flow `nightly`: crawl each source, parse, build, publish.

Reads as the story of one run: one task per source (never per release), one
task for the loader, one for `dbt build`, one for publish. While the sources are
still being crawled, the loader already parses what they archived once enough has
piled up (a backfill's crawl leaves one of the two cores mostly idle). Any source down or
any dbt failure means nothing is published and the flow ends Failed; the
previous published warehouse stays in place (write-audit-publish).
"""

from __future__ import annotations

import json
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterator

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.futures import wait
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, get_current_settings, temporary_settings
from prefect.states import Failed

from flows.archive import Archive
from flows.config import Settings, load_settings
from flows.crawl import crawl_source
from flows.http import PoliteClient, default_user_agent
from flows.load import PENDING_COUNT_SQL, LoadReport, default_workers, load_pending, reparse as reparse_archive
from flows.publish import publish, republish
from flows.sources import SOURCES, get_source
from flows.sources.base import SourceReport
from flows.transform import project_changed, record_built_project, run_dbt_build
from flows.workdb import HeldWorkDb, open_work_db, run_lock
from parsers import PARSER_VERSION

# Set by the CLI to draw progress; module-level because flow parameters must stay JSON.
PROGRESS_HOOK: Callable[..., None] | None = None
# Above this many pages to (re)parse, the loader uses every core.
PARALLEL_LOAD_THRESHOLD = 2000
# While crawling, parse once this many archived pages wait (a loader pool costs ~1-2 s to start).
LOAD_WHILE_CRAWLING_PAGES = 5000
CHECKPOINT_WAL_BYTES = 64 * 1024**2  # see checkpoint_if_due
CRAWL_POLL_SECONDS = 5.0


@contextmanager
def local_run_settings() -> Iterator[None]:
    """Prefect settings for a run in this process on Prefect's ephemeral API.

    Since 3.9 every flow run emits a heartbeat every 180 s from a thread that sleeps in
    1 s steps and is joined when the run ends, so each run ends on a whole second after it
    began: a quiet night of 1.05 s took 2.1 s. Heartbeats let a server notice a run that
    died; the ephemeral API starts and ends with this process, so nothing could, and local
    runs (the CLI, the benchmark) go without them. Against a server (PREFECT_API_URL
    set: `diplomeet serve`, work-pool workers) Prefect's default stays."""
    if get_current_settings().api.url:
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@dataclass
class RunSummary:
    run_id: str
    command: str
    started_at: str
    finished_at: str | None = None
    status: str = "running"  # succeeded | failed
    published: bool = False
    warehouse: str = ""
    sources: list[dict] = field(default_factory=list)
    load: dict = field(default_factory=dict)
    dbt: dict = field(default_factory=dict)
    publish: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def progress(event: str, **info: Any) -> None:
    if PROGRESS_HOOK is not None:
        PROGRESS_HOOK(event, **info)


def source_progress(source_name: str) -> Callable[..., None]:
    def report(event: str, **info: Any) -> None:
        info.setdefault("source", source_name)
        progress(event, **info)
    return report


@task(name="crawl-source", retries=2, retry_delay_seconds=30, cache_policy=NONE)
def crawl_source_task(source_name: str, base_url: str, home: str, run_id: str,
                      since: date | None, delay: float | None, recheck_days: int = 0) -> dict:
    settings = load_settings(home, delay=delay)
    con = open_work_db(settings)
    try:
        with PoliteClient(default_user_agent(settings.contact), delay=settings.delay,
                          timeout=settings.timeout, max_bytes=settings.max_bytes) as client:
            report = crawl_source(get_source(source_name), base_url, client, Archive(con), run_id,
                                  since=since, progress=source_progress(source_name),
                                  recheck_since=(datetime.now(timezone.utc).date() - timedelta(days=recheck_days)
                                                 if recheck_days > 0 else None))
    finally:
        con.close()
    get_run_logger().info("%s: %d new, %d changed, %d failed", source_name, report.new,
                          report.changed, report.failed)
    return asdict(report)


@task(name="parse-releases", retries=1, cache_policy=NONE)
def load_task(home: str, reparse: bool, re_extract: bool = False) -> dict:
    """Stage the archived pages not staged yet (all of them with `reparse`)."""
    settings = load_settings(home)
    con = open_work_db(settings)
    try:
        pending = (con.execute("select count(*) from raw.pages where page_type = 'article'").fetchone()[0]
                   if reparse else con.execute(PENDING_COUNT_SQL).fetchone()[0])
        progress("load_start", total=pending)
        workers = default_workers() if pending > PARALLEL_LOAD_THRESHOLD else 1
        advance = lambda n: progress("load", advance=n)  # noqa: E731
        report: LoadReport = (reparse_archive(con, workers=workers, re_extract=re_extract, progress=advance)
                              if reparse else load_pending(con, workers=workers, progress=advance))
    finally:
        con.close()
    return asdict(report)


@task(name="dbt-build", cache_policy=NONE)
def dbt_build_task(home: str, full_refresh: bool) -> dict:
    settings = load_settings(home)
    progress("stage", name="dbt build")
    # after an upgrade changed the models, the incremental tables are rebuilt whole, once
    full_refresh = full_refresh or project_changed(settings.dbt_dir)
    result = run_dbt_build(settings.work_db, full_refresh=full_refresh, target_dir=settings.dbt_dir,
                           unit_tests=False)
    if result.success:
        record_built_project(settings.dbt_dir)
    return {"success": result.success, "summary": result.summary(), "full_refresh": full_refresh,
            "failures": [f"{f.resource_type} {f.name}: {f.message}" for f in result.failures],
            "failing_nodes": [f.name for f in result.failures], "seconds": round(result.seconds, 2)}


@task(name="publish", cache_policy=NONE)
def publish_task(home: str, run_id: str, info: dict, same_marts: bool = False, delta: bool = True) -> dict:
    settings = load_settings(home)
    progress("stage", name="publish")
    if same_marts:
        result = republish(settings.published_db, run_id, info)
    else:
        result = publish(settings.work_db, settings.published_db, run_id, info, delta=delta)
    return {"published_db": str(result.published_db), "published_at": result.published_at.isoformat(),
            "tables": result.tables, "size_bytes": result.size_bytes, "seconds": round(result.seconds, 2),
            "mode": result.mode, "rewritten": result.rewritten}


@flow(name="nightly", log_prints=False)
def nightly(sources: dict[str, str] | None = None, warehouse: str | None = None,
            since: date | None = None, command: str = "run", reparse: bool = False,
            delay: float | None = None, recheck_days: int = 0, re_extract: bool = False):
    """One run: `sources` maps source name → base URL (default: every source at its real site).
    `recheck_days` > 0 re-requests (conditional GET) articles posted in the last N days to
    catch releases corrected in place. `reparse` rebuilds staging from the archive without
    crawling (re-using the stored extracted text unless `re_extract` or the extractor changed)."""
    settings = load_settings(warehouse, delay=delay)
    targets = sources or {name: src.default_base_url for name, src in SOURCES.items()}
    summary = RunSummary(run_id=new_run_id(), command=command,
                         started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         warehouse=str(settings.home))
    with run_lock(settings), HeldWorkDb(settings) as held:
        record_run_start(settings, summary)
        started = time.perf_counter()
        early_loads: list[dict] = []
        if not reparse:
            futures = {name: crawl_source_task.submit(name, url, str(settings.home), summary.run_id,
                                                      since, delay, recheck_days)
                       for name, url in targets.items()}
            while wait(list(futures.values()), timeout=CRAWL_POLL_SECONDS).not_done:
                checkpoint_if_due(settings)
                # counted outside a task: a task run per poll would fill Prefect's database
                if pages_to_stage(settings) >= LOAD_WHILE_CRAWLING_PAGES:
                    early_loads.append(load_task(str(settings.home), False))
            for name, future in futures.items():
                try:
                    summary.sources.append(future.result())
                except Exception as exc:  # a crashed source must not take the others down
                    summary.sources.append(asdict(SourceReport(source=name, base_url=targets[name],
                                                               down=True, errors=[one_line(exc)])))
            summary.timings["crawl"] = round(time.perf_counter() - started, 2)
        down = [s["source"] for s in summary.sources if s.get("down")]
        for s in summary.sources:
            summary.errors.extend(f"{s['source']}: {e}" for e in s.get("errors", [])[:20])

        t = time.perf_counter()
        summary.load = merge_load_reports(
            early_loads + [load_task(str(settings.home), reparse, re_extract)])
        summary.timings["parse"] = round(time.perf_counter() - t, 2)
        if early_loads:
            summary.timings["parse_while_crawling"] = round(sum(r["seconds"] for r in early_loads), 2)
        for s in summary.sources:
            s["quarantined"] = summary.load.get("quarantined_by_source", {}).get(s["source"], 0)

        build_and_publish(settings, summary, down, new_pages=summary.load.get("pages", 0), reparse=reparse,
                          held=held)
        summary.timings["total"] = round(time.perf_counter() - started, 2)
        summary.status = "succeeded" if summary.published else "failed"
        summary.finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        record_run_end(settings, summary)
    create_markdown_artifact(markdown_summary(summary), key="nightly-summary",
                             description=f"diplomeet run {summary.run_id}")
    if summary.status != "succeeded":
        return Failed(message=summary.errors[0] if summary.errors else "run failed",
                      data=asdict(summary))
    return asdict(summary)


def build_and_publish(settings: Settings, summary: RunSummary, down: list[str], new_pages: int,
                      reparse: bool = False, held: HeldWorkDb | None = None) -> None:
    """The end of every run (also of flows/scaleout.py's distributed one): nothing is
    published when a source is down or dbt fails; a quiet night (nothing staged, the last
    run built and published) re-publishes the same marts without a rebuild. What it reads of
    the work database is read while `held` holds it; then `held` is let go: dbt's own
    instance starts with an empty cache under the full cap, and the publish attaches the
    work database from an instance of its own."""
    if down:
        summary.errors.insert(0, f"source down: {', '.join(down)}; nothing published")
        return
    quiet = new_pages == 0 and not reparse and marts_are_current(settings, summary.run_id)
    info = publish_info(settings, summary)  # staging, which the build does not change
    if held is not None:
        held.release()
    if quiet:
        summary.dbt = {"success": True, "skipped": True, "summary": "dbt build skipped: nothing new",
                       "failures": [], "seconds": 0.0}
    else:
        t = time.perf_counter()
        summary.dbt = dbt_build_task(str(settings.home), full_refresh=reparse)
        summary.timings["dbt_build"] = round(time.perf_counter() - t, 2)
        if not summary.dbt["success"]:
            summary.errors.insert(0, f"{summary.dbt['summary']}; nothing published")
            summary.errors.extend(summary.dbt["failures"][1:10])
            return
    t = time.perf_counter()
    summary.publish = publish_task(str(settings.home), summary.run_id, info, same_marts=quiet, delta=not reparse)
    summary.published = True
    summary.timings["publish"] = round(time.perf_counter() - t, 2)


def merge_load_reports(reports: list[dict]) -> dict:
    """The loader reports of one run (parsed while crawling, then the rest) as one."""
    merged = asdict(LoadReport())
    for report in reports:
        for key, value in report.items():
            if isinstance(value, dict):
                for name, count in value.items():
                    merged[key][name] = merged[key].get(name, 0) + count
            elif isinstance(value, (int, float)):
                merged[key] = merged.get(key, 0) + value
    merged["seconds"] = round(merged["seconds"], 3)
    return merged


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300]


def publish_info(settings: Settings, summary: RunSummary) -> dict:
    con = open_work_db(settings)
    try:
        releases = con.execute(
            "select count(distinct release_id) from staging.releases where status = 'parsed'").fetchone()[0]
    finally:
        con.close()
    return {"releases": releases, "parser_version": PARSER_VERSION, "command": summary.command}


def checkpoint_if_due(settings: Settings) -> bool:
    """Checkpoint the work database when its WAL passed CHECKPOINT_WAL_BYTES; True if it did.

    DuckDB's own checkpoint (at a commit past its WAL threshold) never ran while the crawl
    threads held their transactions (one per listing page, back to back): a 100k backfill
    ended with a 600 MB WAL beside an empty database file, the data held in memory meanwhile.
    FORCE CHECKPOINT writes the committed data into the file while those transactions stay
    open, and aborts none of them (tests/load/test_checkpoint.py)."""
    wal = settings.work_db.with_name(settings.work_db.name + ".wal")
    try:
        if wal.stat().st_size < CHECKPOINT_WAL_BYTES:
            return False
    except FileNotFoundError:
        return False
    con = open_work_db(settings)
    try:
        con.execute("force checkpoint")
    finally:
        con.close()
    return True


def pages_to_stage(settings: Settings) -> int:
    """Archived article pages (committed) that have no staging row yet."""
    con = open_work_db(settings)
    try:
        return con.execute(PENDING_COUNT_SQL).fetchone()[0]
    finally:
        con.close()


def marts_are_current(settings: Settings, run_id: str) -> bool:
    """True when the previous run of this warehouse built and published successfully. A run
    killed mid-way (status 'interrupted') may have staged pages it never built, so it is not."""
    con = open_work_db(settings)
    try:
        row = con.execute("select status, published from raw.runs where run_id <> ? "
                          "order by started_at desc limit 1", [run_id]).fetchone()
    finally:
        con.close()
    return bool(row and row[0] == "succeeded" and row[1] and settings.published_db.exists())


def record_run_start(settings: Settings, summary: RunSummary) -> None:
    con = open_work_db(settings)
    try:
        # We hold the run lock, so a run still marked 'running' was killed.
        con.execute("update raw.runs set status = 'interrupted' where status = 'running'")
        con.execute("insert into raw.runs (run_id, command, started_at, status) values (?, ?, ?, 'running')",
                    [summary.run_id, summary.command, datetime.now(timezone.utc).replace(tzinfo=None)])
    finally:
        con.close()


def record_run_end(settings: Settings, summary: RunSummary) -> None:
    """The summary goes to raw.runs and to runs/<run_id>.json (readable while the DB is busy)."""
    payload = json.dumps(asdict(summary), default=str, indent=2)
    (settings.runs_dir / f"{summary.run_id}.json").write_text(payload)
    con = open_work_db(settings)
    try:
        con.execute("update raw.runs set finished_at = ?, status = ?, published = ?, summary = ? "
                    "where run_id = ?", [datetime.now(timezone.utc).replace(tzinfo=None), summary.status,
                                         summary.published, payload, summary.run_id])
    finally:
        con.close()


def markdown_summary(summary: RunSummary) -> str:
    lines = [f"# diplomeet run `{summary.run_id}`: {summary.status}", "",
             f"Command `{summary.command}`, published: **{'yes' if summary.published else 'no'}**.", ""]
    if summary.sources:
        lines += ["| source | listing pages | requests | new | changed | unchanged | failed | quarantined | seconds |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for s in summary.sources:
            lines.append(f"| {s['source']}{' (down)' if s.get('down') else ''} | {s['listing_pages']} | "
                         f"{s['requests']} | {s['new']} | {s['changed']} | {s['unchanged']} | "
                         f"{s['failed']} | {s.get('quarantined', 0)} | {s['seconds']:.1f} |")
    load = summary.load or {}
    if load:
        lines += ["", f"Parsed {load.get('parsed', 0)} releases, quarantined {load.get('quarantined', 0)} "
                      f"({load.get('quarantine_reasons', {})}); {load.get('meetings', 0)} meetings, "
                      f"{load.get('participants', 0)} participants."]
    lines += ["", "Timings (s): " + ", ".join(f"{k} {v}" for k, v in summary.timings.items())]
    if summary.errors:
        lines += ["", "## Errors", *[f"- {e}" for e in summary.errors[:30]]]
    return "\n".join(lines)
