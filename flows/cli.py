"""`diplomeet`: the command line. Every command has --help; bad input gets one
line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os

# Prefect reads these at import: a CLI run must print no server chatter or telemetry errors.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
# The local API starts in ~10 s on an idle 2-core machine; give a busy one room.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="diplomeet: a nightly pipeline and warehouse of diplomatic meetings.")
# Piped output (logs, CI) gets room for the summary tables instead of rich's 80 columns.
out = Console(width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 140)
err = Console(stderr=True, soft_wrap=True)  # an error is one line, however narrow the terminal

WarehouseOpt = Annotated[Optional[Path], typer.Option(
    "--warehouse", "-w", help="Warehouse folder (default: $DIPLOMEET_HOME or ./warehouse).")]
SourceOpt = Annotated[Optional[list[str]], typer.Option(
    "--source", "-s", help="NAME=BASE_URL: run only this source, against this host (repeatable).")]
DelayOpt = Annotated[Optional[float], typer.Option(
    "--delay", help="Seconds between requests to one host (default 1, or $DIPLOMEET_DELAY).")]


class Fail(Exception):
    """A user-facing failure: printed as one line, exit code 1."""


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def parse_sources(values: list[str] | None) -> dict[str, str] | None:
    from flows.sources import SOURCES

    if not values:
        return None
    sources: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or not url.startswith(("http://", "https://")):
            fail(f"--source takes NAME=BASE_URL with an http(s) URL, got {value!r}", 2)
        if name not in SOURCES:
            fail(f"unknown source {name!r}; known sources: {', '.join(sorted(SOURCES))}", 2)
        sources[name] = url.rstrip("/")
    return sources


def run_pipeline(*, sources, warehouse, since=None, command="run", reparse=False, delay=None,
                 recheck_days=0, re_extract=False) -> dict:
    """Run `nightly` in Prefect's local mode with live progress, then print the summary."""
    from flows import nightly as nightly_module
    from flows.config import load_settings
    from flows.progress import RunProgress
    from flows.workdb import RunLocked, duckdb_memory_limit

    try:  # settings from the environment, read before Prefect would log a traceback of them
        load_settings(warehouse, delay=delay)
        duckdb_memory_limit()
    except ValueError as exc:
        fail(str(exc), 2)
    with RunProgress(out) as hook, nightly_module.local_run_settings():
        nightly_module.PROGRESS_HOOK = hook
        try:
            state = nightly_module.nightly(sources=sources, warehouse=str(warehouse) if warehouse else None,
                                           since=since, command=command, reparse=reparse, delay=delay,
                                           recheck_days=recheck_days, re_extract=re_extract,
                                           return_state=True)
        finally:
            nightly_module.PROGRESS_HOOK = None
    try:
        summary = state.result(raise_on_failure=False)
    except RunLocked as exc:
        fail(str(exc))
    if isinstance(summary, BaseException):
        fail(f"run failed: {type(summary).__name__}: {str(summary).splitlines()[0] if str(summary) else ''}")
    from flows.report import print_summary

    print_summary(out, summary)
    return summary


@app.command()
def run(source: SourceOpt = None, warehouse: WarehouseOpt = None, delay: DelayOpt = None,
        recheck_days: Annotated[int, typer.Option(
            min=0, help="Also re-request articles posted in the last N days, to catch corrections.")] = 0) -> None:
    """Run one nightly run now: fetch new releases, parse, build and publish."""
    summary = run_pipeline(sources=parse_sources(source), warehouse=warehouse, delay=delay,
                           recheck_days=recheck_days)
    raise typer.Exit(0 if summary["status"] == "succeeded" else 1)


@app.command()
def backfill(since: Annotated[str, typer.Option(help="Read listings back to this date (YYYY-MM-DD).")],
             source: SourceOpt = None, warehouse: WarehouseOpt = None, delay: DelayOpt = None) -> None:
    """Fetch every release published since DATE, then parse, build and publish."""
    try:
        since_date = date.fromisoformat(since)
    except ValueError:
        fail(f"--since takes a date as YYYY-MM-DD, got {since!r}", 2)
    summary = run_pipeline(sources=parse_sources(source), warehouse=warehouse, since=since_date,
                           command="backfill", delay=delay)
    raise typer.Exit(0 if summary["status"] == "succeeded" else 1)


@app.command()
def reparse(warehouse: WarehouseOpt = None,
            re_extract: Annotated[bool, typer.Option(
                "--re-extract", help="Extract every page from its HTML again, even where the stored "
                "text came from the current extractor.")] = False) -> None:
    """Re-run the current parser over the whole raw archive (no network), rebuild and publish.

    Pages whose text the current extractor already stored are only parsed again; the rest
    are extracted from the archived HTML first."""
    summary = run_pipeline(sources={}, warehouse=warehouse, command="reparse", reparse=True,
                           re_extract=re_extract)
    raise typer.Exit(0 if summary["status"] == "succeeded" else 1)


@app.command()
def demo(warehouse: WarehouseOpt = None,
         releases: Annotated[int, typer.Option(help="How many releases the sample site holds.")] = 120,
         seed: Annotated[int, typer.Option(help="Random seed of the sample site.")] = 7) -> None:
    """Start the bundled sample site on 127.0.0.1 and run the whole pipeline against it."""
    from flows.demo import run_demo

    summary = run_demo(out, warehouse=warehouse, releases=releases, seed=seed, run=run_pipeline)
    raise typer.Exit(0 if summary["status"] == "succeeded" else 1)


@app.command()
def parse(files: Annotated[list[Path], typer.Argument(help="Release text files.")]) -> None:
    """Parse release text files; print one JSON object per file (the corpus SCHEMA contract)."""
    from parsers import parse_release

    failed = 0
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            err.print(f"[bold red]error:[/] {path}: {exc.strerror or exc}", highlight=False)
            failed += 1
            continue
        result = parse_release(text, release_id=path.stem)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def sql(query: Annotated[str, typer.Argument(help="SQL to run on the published warehouse.")],
        format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
        warehouse: WarehouseOpt = None) -> None:
    """Query the last published warehouse, read-only."""
    from flows.config import load_settings
    from flows.query import QueryError, run_query, render

    settings = load_settings(warehouse)
    try:
        columns, rows = run_query(settings.published_db, query)
    except QueryError as exc:
        fail(str(exc))
    render(out, columns, rows, format.value)


@app.command()
def status(warehouse: WarehouseOpt = None,
           runs: Annotated[int, typer.Option(help="How many recent runs to show.")] = 5) -> None:
    """Last runs, counts and freshness of the published warehouse."""
    from flows.config import load_settings
    from flows.report import print_status

    print_status(out, load_settings(warehouse), runs)


@app.command()
def export(directory: Annotated[Path, typer.Argument(help="Folder to write the marts into.")],
           format: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
           warehouse: WarehouseOpt = None) -> None:
    """Write every published mart to DIR as parquet or csv, with a manifest."""
    from flows.config import load_settings

    if format not in ("parquet", "csv"):
        fail(f"--format takes parquet or csv, got {format!r}", 2)
    settings = load_settings(warehouse)
    if not settings.published_db.exists():
        fail(f"no published warehouse at {settings.published_db}; run `make demo` or `diplomeet run` first")
    from flows.export import export_marts

    try:
        manifest = export_marts(settings.published_db, directory, format)
    except Exception as exc:
        fail(f"export failed: {exc}")
    tables = manifest.get("tables", {})
    out.print(f"Wrote {len(tables)} tables to {directory} ({format}), manifest.json beside them.")


@app.command()
def serve(cron: Annotated[str, typer.Option(help="When to run nightly (cron).")] = "0 2 * * *",
          timezone: Annotated[str, typer.Option(help="Time zone of the cron.")] = "Asia/Shanghai",
          source: SourceOpt = None, warehouse: WarehouseOpt = None, delay: DelayOpt = None,
          recheck_days: Annotated[int, typer.Option(
              min=0, help="Each run also re-requests articles of the last N days, to catch corrections.")] = 0,
          ) -> None:
    """Schedule `nightly` on a cron and run it until stopped (starts a local Prefect server if needed)."""
    from flows.serve import serve_nightly

    code = serve_nightly(out, cron=cron, timezone=timezone, sources=parse_sources(source),
                         warehouse=warehouse, delay=delay, recheck_days=recheck_days)
    raise typer.Exit(code)


@app.command()
def dashboard(port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
              warehouse: WarehouseOpt = None) -> None:
    """Start the Streamlit dashboard over the published warehouse."""
    from flows.config import load_settings
    from flows.dashboard import launch

    raise typer.Exit(launch(load_settings(warehouse).home, port=port))


def main() -> None:
    """Entry point: one-line errors, and Prefect's shutdown chatter kept off the terminal."""
    code = 0
    try:
        returned = app(standalone_mode=False)
        code = returned if isinstance(returned, int) else 0
    except typer.Exit as exc:
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        err.print("aborted")
        code = 130
    except Exception as exc:  # usage errors and anything unforeseen: one line, no traceback
        usage_code = getattr(exc, "exit_code", None)
        if hasattr(exc, "format_message") and isinstance(usage_code, int):
            err.print(f"[bold red]error:[/] {exc.format_message()} (see diplomeet --help)", highlight=False)
            code = usage_code
        else:
            from flows.workdb import with_storage_hint

            message = with_storage_hint(str(exc).splitlines()[0] if str(exc) else "")
            err.print(f"[bold red]error:[/] {type(exc).__name__}: {message}", highlight=False)
            code = 1
    quiet_shutdown()
    sys.exit(code)


def quiet_shutdown() -> None:
    """Prefect's ephemeral API can print 'Error flushing events' tracebacks at interpreter exit
    (a known Prefect issue). Our output is complete by now, so stderr goes to /dev/null."""
    sys.stdout.flush()
    sys.stderr.flush()
    if "prefect" in sys.modules:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
