"""What a person reads after a run (`print_summary`) and with `diplomeet status`."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flows.config import Settings
from flows.workdb import with_storage_hint

CORE_TABLES = ("fct_meetings", "fct_meeting_participants", "dim_person", "dim_organization",
               "dim_country", "fct_statements", "fct_mentions")
SOURCE_COLUMNS = {"listing_pages": "listings", "requests": "requests", "new": "new",
                  "changed": "changed", "unchanged": "same", "not_modified": "304",
                  "failed": "failed", "quarantined": "quarant.", "refused": "refused"}


def print_summary(console: Console, summary: dict) -> None:
    if summary.get("sources"):
        table = Table(title=f"Run {summary['run_id']} ({summary['command']})", title_justify="left")
        table.add_column("source")
        for header in SOURCE_COLUMNS.values():
            table.add_column(header, justify="right")
        table.add_column("s", justify="right")
        for s in summary["sources"]:
            name = s["source"] + (" [red](down)[/]" if s.get("down") else "")
            table.add_row(name, *[str(s.get(c, 0)) for c in SOURCE_COLUMNS], f"{s.get('seconds', 0):.1f}")
        console.print(table)
    load = summary.get("load") or {}
    if load:
        reasons = ", ".join(f"{k}: {v}" for k, v in (load.get("quarantine_reasons") or {}).items())
        console.print(f"Parsed [bold]{load.get('parsed', 0)}[/] releases "
                      f"({load.get('quarantined', 0)} quarantined{': ' + escape(reasons) if reasons else ''}); "
                      f"{load.get('meetings', 0)} meetings, {load.get('participants', 0)} participants, "
                      f"{load.get('statements', 0)} statements, {load.get('mentions', 0)} mentions.")
    dbt = summary.get("dbt") or {}
    if dbt.get("skipped"):
        console.print("dbt build: skipped, nothing new since the last published build")
    elif dbt:
        console.print(f"dbt build: {'[green]passed[/]' if dbt.get('success') else '[red]failed[/]'}"
                      f" in {dbt.get('seconds', 0)} s")
    timings = summary.get("timings") or {}
    if timings:
        console.print("Timings (s): " + ", ".join(f"{k} {v}" for k, v in timings.items()), style="dim")
    for error in (summary.get("errors") or [])[:15]:
        console.print(f"[yellow]![/] {escape(error)}", highlight=False)
    if summary.get("published"):
        published = Path(summary["warehouse"]) / "diplomeet.duckdb"
        console.print(f"[green]Published[/] {published}")
    else:
        console.print("[red]Nothing published[/]: the previous warehouse (if any) stays in place.")
    console.print(f"Run summary: {Path(summary['warehouse']) / 'runs' / (summary['run_id'] + '.json')}",
                  style="dim")


def published_counts(published_db: Path) -> tuple[dict, dict[str, int]]:
    """publish_info and row counts of the core marts, read-only; ({}, {}) when absent."""
    if not published_db.exists():
        return {}, {}
    con = duckdb.connect(str(published_db), read_only=True)
    try:
        info_rows = con.execute("select * from publish_info").fetchall()
        cols = [d[0] for d in con.description]
        info = dict(zip(cols, info_rows[0])) if info_rows else {}
        tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in CORE_TABLES if t in tables}
        return info, counts
    finally:
        con.close()


def recent_runs(settings: Settings, limit: int) -> list[dict]:
    if not settings.runs_dir.exists():
        return []
    runs = []
    for path in sorted(settings.runs_dir.glob("*.json"), reverse=True)[:limit]:
        try:
            runs.append(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue
    return runs


def print_status(console: Console, settings: Settings, limit: int) -> None:
    console.print(f"Warehouse folder: {settings.home}")
    try:
        info, counts = published_counts(settings.published_db)
    except duckdb.Error as exc:
        console.print(f"[red]cannot read {settings.published_db}: "
                      f"{escape(with_storage_hint(str(exc).splitlines()[0]))}[/]")
        info, counts = {}, {}
    if info:
        published_at = info.get("published_at")
        age = ""
        if isinstance(published_at, datetime):
            stamp = published_at if published_at.tzinfo else published_at.replace(tzinfo=timezone.utc)
            hours = (datetime.now(timezone.utc) - stamp).total_seconds() / 3600
            age = f" ({hours:.1f} h ago)" if hours < 48 else f" ({hours / 24:.1f} days ago)"
        when = published_at.strftime("%Y-%m-%d %H:%M:%S UTC") if isinstance(published_at, datetime) else published_at
        console.print(f"Published: {settings.published_db}, run {info.get('run_id')}, at {when}{age}, "
                      f"{info.get('releases', '?')} releases")
        console.print("  " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    else:
        console.print("Published: [yellow]nothing yet[/] (run `make demo` or `diplomeet run`)")
    runs = recent_runs(settings, limit)
    if not runs:
        console.print("Runs: none recorded yet")
        return
    table = Table(title="Recent runs", title_justify="left")
    for col in ("run", "command", "status", "published", "new", "changed", "failed", "parsed", "seconds"):
        table.add_column(col)
    for r in runs:
        sources = r.get("sources") or []
        table.add_row(r["run_id"], r.get("command", ""),
                      "[green]succeeded[/]" if r.get("status") == "succeeded" else f"[red]{r.get('status')}[/]",
                      "yes" if r.get("published") else "no",
                      str(sum(s.get("new", 0) for s in sources)), str(sum(s.get("changed", 0) for s in sources)),
                      str(sum(s.get("failed", 0) for s in sources)), str((r.get("load") or {}).get("parsed", 0)),
                      str((r.get("timings") or {}).get("total", "")))
    console.print(table)
