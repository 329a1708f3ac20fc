"""Write-audit-publish: put the marts of a passed `dbt build` in front of readers atomically.

`publish()` is called only after `dbt build` passed. It copies every mart table (dim_*, fct_*,
mart_*) of the working database into a NEW DuckDB file under <wh>/.publish/ (same filesystem
as the published file), adds a one-row `publish_info` table, CHECKPOINTs and closes it (no
.wal is left), fsyncs it, then `os.replace`s it onto <wh>/diplomeet.duckdb and fsyncs the
directory. On POSIX the rename is atomic: a reader that holds the old file open keeps reading
the old inode, a new connection sees the new file, nobody ever sees a half-written file, and
the rename is never blocked by readers (DuckDB's lock is on the open file, not the name).
The published file is never opened read-write in place. If anything fails before the rename,
the previous published file is untouched and the partial staging file is removed.

A nightly run changes a few hundred rows of marts that hold hundreds of thousands, and
rewriting every table cost most of a 100k-release night's publish (3-5 s). So the new file
starts, when it can, as a byte copy of the published one, and each mart gets only its
difference from the work database: rows whose whole-row hash the work table lacks are
deleted, rows the new file lacks are inserted. A table whose columns changed, or that would
changes by more than a fifth, is rewritten whole; every table is then checked (row count and
XOR of row hashes) against the work database, and any mismatch rewrites it whole. A full
rewrite also happens when the file was last written whole more than a week ago, so the
space deleted rows leave behind is given back, and below 32 MB, where comparing costs more
than writing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import duckdb

from flows.workdb import duckdb_memory_limit

MART_PREFIXES = ("dim_", "fct_", "mart_")
# The tables docs/architecture.md promises readers; publishing without one of them is an error.
REQUIRED_MARTS = (
    "dim_person", "dim_person_role", "dim_organization", "dim_country", "dim_date", "dim_source",
    "dim_release", "fct_meetings", "fct_meeting_participants", "fct_statements", "fct_mentions",
    "mart_meetings_by_country_month", "mart_counterparts",
)
STAGING_DIR_NAME = ".publish"
FULL_REWRITE_AFTER = timedelta(days=7)
# Below this size a whole rewrite is cheaper than comparing every table (~1 s of fixed cost).
DELTA_MIN_BYTES = 32 * 1024**2
DELTA_REWRITE_SHARE = 0.2  # a table changing by more than this share of its rows is rewritten whole


class PublishError(RuntimeError):
    """Publishing could not be done; the message is one line for the user."""


@dataclass
class PublishResult:
    published_db: Path
    run_id: str
    published_at: datetime
    tables: dict[str, int] = field(default_factory=dict)  # table → rows
    size_bytes: int = 0
    seconds: float = 0.0
    mode: str = "full"  # full | delta (the previous file plus each mart's difference) | republish
    rewritten: list[str] = field(default_factory=list)  # delta: tables rewritten whole


def sql_path_literal(value: object) -> str:
    """A path inside a single-quoted SQL literal."""
    return str(value).replace("'", "''")


def _mart_tables(con: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    rows = con.execute(
        "select table_name from information_schema.tables "
        "where table_catalog = ? and table_schema = 'main' and table_type = 'BASE TABLE' "
        "order by table_name",
        [catalog],
    ).fetchall()
    return [name for (name,) in rows if name.startswith(MART_PREFIXES)]


def _connect(staged: Path) -> duckdb.DuckDBPyConnection:
    """The new file, under the work database's memory cap (DuckDB's default is 80% of RAM)."""
    con = duckdb.connect(str(staged))
    con.execute(f"set memory_limit = '{duckdb_memory_limit()}'")
    return con


def _fsync_path(path: Path) -> None:
    """fsync a file or directory so the rename survives a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def _write_publish_file(work_db: Path, staged: Path, run_id: str, published_at: datetime,
                        info: dict, base: Path | None = None) -> tuple[dict[str, int], list[str]]:
    """Write the marts into `staged` and add publish_info; returns (rows per table, tables
    written whole). With `base` (the published file), start from a copy of it and write
    each mart's difference only."""
    if base is not None:
        shutil.copyfile(base, staged)
    con = _connect(staged)
    try:
        con.execute(f"attach '{sql_path_literal(work_db)}' as work (read_only)")
        tables = _mart_tables(con, "work")
        missing = [name for name in REQUIRED_MARTS if name not in tables]
        if missing:
            raise PublishError(f"work database lacks mart tables {', '.join(missing)}: run dbt build first")
        current_catalog = con.execute("select current_database()").fetchone()[0]
        for stale in set(_mart_tables(con, current_catalog)) - set(tables):
            con.execute(f'drop table main."{stale}"')
        rewritten = []
        mine, theirs = (_columns(con, current_catalog), _columns(con, "work")) if base else ({}, {})
        for table in tables:
            patchable = base is not None and table in mine and mine[table] == theirs[table]
            if not patchable or not _apply_difference(con, table):
                con.execute(f'create or replace table main."{table}" as select * from work.main."{table}"')
                rewritten.append(table)
        counts = {table: con.execute(f'select count(*) from main."{table}"').fetchone()[0] for table in tables}
        parser_version = info.get("parser_version") or con.execute(
            "select mode(parser_version) from main.dim_release where status = 'parsed'"
        ).fetchone()[0]
        releases = info.get("releases", con.execute("select count(*) from main.dim_release").fetchone()[0])
        con.execute("detach work")
        con.execute(
            "create or replace table main.publish_info (run_id varchar not null, published_at timestamp not null, "
            "releases bigint not null, meetings bigint not null, parser_version varchar, info json)"
        )
        con.execute(
            "insert into main.publish_info values (?, ?, ?, ?, ?, ?)",
            [run_id, published_at.replace(tzinfo=None), int(releases), counts["fct_meetings"],
             parser_version, json.dumps(info, default=str)],
        )
        counts["publish_info"] = 1
        con.execute("checkpoint")
    finally:
        con.close()
    return counts, rewritten


def _columns(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, list[tuple]]:
    """(column, type) lists of every main table of `catalog`."""
    columns: dict[str, list[tuple]] = {}
    for table, column, data_type in con.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_catalog = ? and table_schema = 'main' order by table_name, ordinal_position",
            [catalog]).fetchall():
        columns.setdefault(table, []).append((column, data_type))
    return columns


def _fingerprint(con: duckdb.DuckDBPyConnection, hashes: str) -> tuple:
    """(row count, XOR of row hashes) of a one-column table of whole-row hashes."""
    return con.execute(f"select count(*), bit_xor(h) from {hashes}").fetchone()


def _apply_difference(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Make main.<table> (a copy of the published one) equal to work.main.<table> by deleting
    and inserting the rows that differ. False when it must be rewritten whole instead.

    Each side's whole-row hashes are computed once into a temp table, and the row count with
    the XOR of the hashes (the fingerprint) says whether anything changed; a night that
    changes a few hundred rows of a 300k-row table then scans each side twice, not five times."""
    mine, theirs = f'main."{table}"', f'work.main."{table}"'
    con.execute(f"create or replace temp table theirs_hashes as select hash(w) as h from {theirs} as w")
    con.execute(f"create or replace temp table mine_hashes as select rowid as r, hash(t) as h from {mine} as t")
    try:
        wanted = _fingerprint(con, "theirs_hashes")
        if _fingerprint(con, "mine_hashes") == wanted:
            return True
        deleted = con.execute(f"delete from {mine} where rowid in (select r from mine_hashes "
                              f"where h not in (select h from theirs_hashes))").fetchone()[0]
        inserted = con.execute(f"insert into {mine} select * from {theirs} as w where hash(w) in "
                               f"(select h from theirs_hashes where h not in (select h from mine_hashes))"
                               ).fetchone()[0]
        if deleted + inserted > max(1000, wanted[0] * DELTA_REWRITE_SHARE):
            return False  # mostly new: a whole rewrite stores it compactly
        # duplicate rows or a hash collision would leave a difference: then rewrite it whole
        return con.execute(f"select count(*), bit_xor(hash(t)) from {mine} as t").fetchone() == wanted
    finally:
        con.execute("drop table if exists theirs_hashes")
        con.execute("drop table if exists mine_hashes")


def _last_full_publish(published_db: Path) -> datetime | None:
    """When the published file was last written whole (None: unknown, or nothing published)."""
    if not published_db.exists():
        return None
    try:
        con = duckdb.connect(str(published_db), read_only=True)
        try:
            info = con.execute("select info from main.publish_info").fetchone()
        finally:
            con.close()
        last_full = json.loads(info[0]).get("full_publish_at") if info and info[0] else None
        if not last_full:
            return None
        when = datetime.fromisoformat(last_full)
        return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    except (duckdb.Error, ValueError, TypeError, AttributeError):
        return None  # unreadable or from an older version: write it whole


def publish(work_db: Path, published_db: Path, run_id: str, info: dict, *, delta: bool = True) -> PublishResult:
    """Atomically replace `published_db` by a new file holding the work database's marts.

    `info` is stored as JSON in publish_info.info; its 'parser_version' and 'releases' keys,
    when given, override the values derived from dim_release. With `delta` (the default) the
    new file starts from the published one when that was written whole within a week.
    """
    started = time.perf_counter()
    work_db, published_db = Path(work_db).resolve(), Path(published_db).resolve()
    if not work_db.exists():
        raise PublishError(f"work database {work_db} does not exist")
    staged = _staged_path(published_db, run_id)
    published_at = datetime.now(timezone.utc)
    last_full = _last_full_publish(published_db) if delta else None
    base = (published_db if last_full and published_at - last_full < FULL_REWRITE_AFTER
            and published_db.stat().st_size >= DELTA_MIN_BYTES else None)
    info = dict(info, full_publish_at=(last_full if base else published_at).isoformat())
    written: dict = {}

    def write() -> dict[str, int]:
        counts, written["rewritten"] = _write_publish_file(work_db, staged, run_id, published_at, info, base)
        return counts

    counts = _swap_in(staged, published_db, write)
    return PublishResult(
        published_db=published_db, run_id=run_id, published_at=published_at, tables=counts,
        size_bytes=published_db.stat().st_size, seconds=time.perf_counter() - started,
        mode="full" if base is None else "delta", rewritten=written.get("rewritten", []),
    )


def _staged_path(published_db: Path, run_id: str) -> Path:
    """Where a run writes its new file: beside the published one (same filesystem, so the
    rename is atomic), in a folder readers never open."""
    staging_dir = published_db.parent / STAGING_DIR_NAME
    staging_dir.mkdir(parents=True, exist_ok=True)
    staged = staging_dir / f"diplomeet-{run_id}.duckdb"
    _remove_quietly(staged)
    return staged


def _swap_in(staged: Path, published_db: Path, write: Callable[[], dict[str, int]]) -> dict[str, int]:
    """Write `staged` with `write`, make it durable, then atomically put it in place."""
    try:
        counts = write()
        if staged.with_name(staged.name + ".wal").exists():
            raise PublishError(f"{staged} still has a write-ahead log after checkpoint")
        _fsync_path(staged)
        os.replace(staged, published_db)
        _fsync_path(published_db.parent)
    except duckdb.Error as error:
        _remove_quietly(staged)
        raise PublishError(f"publish failed: {str(error).splitlines()[0]}") from error
    except BaseException:
        _remove_quietly(staged)
        raise
    _clean_staging_dir(staged.parent)
    return counts


def republish(published_db: Path, run_id: str, info: dict) -> PublishResult:
    """Publish the same marts again under a new run (a night with nothing new): a copy of
    the published file with a new publish_info row, swapped in atomically. Copying the
    file costs a fraction of rebuilding it from the work database."""
    started = time.perf_counter()
    published_db = Path(published_db).resolve()
    if not published_db.exists():
        raise PublishError(f"nothing published at {published_db} to republish")
    staged = _staged_path(published_db, run_id)
    published_at = datetime.now(timezone.utc)

    def write() -> dict[str, int]:
        shutil.copyfile(published_db, staged)
        con = _connect(staged)
        try:
            previous = con.execute("select info from main.publish_info").fetchone()
            last_full = json.loads(previous[0]).get("full_publish_at") if previous and previous[0] else None
            con.execute("update main.publish_info set run_id = ?, published_at = ?, info = ?",
                        [run_id, published_at.replace(tzinfo=None),
                         json.dumps(dict(info, full_publish_at=last_full), default=str)])
            con.execute("checkpoint")
            return {table: con.execute(f'select count(*) from main."{table}"').fetchone()[0]
                    for table in _mart_tables(con, con.execute("select current_database()").fetchone()[0])}
        finally:
            con.close()

    counts = _swap_in(staged, published_db, write)
    return PublishResult(published_db=published_db, run_id=run_id, published_at=published_at, tables=counts,
                         size_bytes=published_db.stat().st_size, seconds=time.perf_counter() - started,
                         mode="republish")


def _clean_staging_dir(staging_dir: Path) -> None:
    """Remove files left by earlier publishes that died before their rename."""
    for leftover in staging_dir.glob("diplomeet-*.duckdb*"):
        try:
            leftover.unlink()
        except OSError:
            pass  # another run's file in use; the next publish retries
