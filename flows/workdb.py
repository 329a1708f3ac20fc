"""The working database and the lock that keeps one run per warehouse folder.

DuckDB allows one read-write process per file, so two runs on one warehouse
would fail half-way; the lock turns that into a clear message at the start.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from flows.config import Settings

SCHEMA_SQL = Path(__file__).resolve().parents[1] / "warehouse" / "schema.sql"

# Tables whose PRIMARY KEY / UNIQUE constraints an older schema declared (see schema.sql for
# why they went); `drop_index_constraints` rebuilds them without.
UNINDEXED_TABLES = (("raw", "pages"), ("staging", "releases"), ("staging", "meetings"),
                    ("staging", "statements"), ("staging", "mentions"))
_MIGRATION_LOCK = threading.Lock()  # crawl tasks open the database from several threads
log = logging.getLogger(__name__)


NEWER_STORAGE_HINT = ("the file was written by a newer DuckDB (diplomeet used DuckDB 2.0 before 27 Nov 2026); "
                      "see README, 'Upgrading an older warehouse'")


def with_storage_hint(message: str) -> str:
    """An error message, plus what to do when DuckDB met a storage format it cannot read."""
    if "can only read versions" in message or "created with an newer version of DuckDB" in message:
        return f"{message.split('. ')[0].rstrip('.')}; {NEWER_STORAGE_HINT}"
    return message


class RunLocked(RuntimeError):
    """Another diplomeet process is running on the same warehouse folder."""


def open_work_db(settings: Settings) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the working database with the raw/staging DDL applied."""
    settings.ensure_dirs()
    con = duckdb.connect(str(settings.work_db))
    # DuckDB's default cap is 80% of RAM, and it keeps what it read of a 100k-page archive
    # cached (1.3 GB in the backfill benchmark); past the cap it evicts or spills to disk.
    con.execute(f"set memory_limit = '{pipeline_memory_limit()}'")
    con.execute(SCHEMA_SQL.read_text())
    drop_index_constraints(con)
    return con


class HeldWorkDb:
    """Keeps the work database's DuckDB instance open between a run's steps.

    While one connection stays open, every open_work_db is a new connection to the same
    instance (0.1 ms) instead of a new instance (20-50 ms at 100k pages: the catalog read
    again, the cache lost, and a checkpoint at every close after a write); a quiet night
    opens the work database eight times. `release` must come before anything in this
    process ATTACHes the file from another instance (the publish does)."""

    def __init__(self, settings: Settings):
        self._con: duckdb.DuckDBPyConnection | None = open_work_db(settings)

    def release(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "HeldWorkDb":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def indexed_tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """The UNINDEXED_TABLES that still carry a PRIMARY KEY or UNIQUE constraint."""
    rows = con.execute(
        "select distinct schema_name, table_name from duckdb_constraints() "
        "where database_name = current_database() and constraint_type in ('PRIMARY KEY', 'UNIQUE')"
    ).fetchall()
    return [t for t in UNINDEXED_TABLES if t in set(rows)]


def drop_index_constraints(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild an older work database's raw.pages / staging.* without their key indexes
    (DuckDB cannot drop a constraint in place); returns the tables rebuilt.

    One transaction: rename the old tables away, let schema.sql create the new ones, copy
    the rows by column name, drop the old. A kill half-way leaves the old tables as they
    were. page_seq is untouched, so page ids go on from where they were."""
    if not indexed_tables(con):
        return []
    with _MIGRATION_LOCK:
        tables = indexed_tables(con)  # another thread may have done it meanwhile
        if not tables:
            return []
        log.warning("upgrading the work database: rebuilding %s without key indexes (once)",
                    ", ".join(f"{s}.{t}" for s, t in tables))
        con.execute("begin transaction")
        try:
            for schema, table in tables:
                con.execute(f"alter table {schema}.{table} rename to {table}__indexed")
            con.execute(SCHEMA_SQL.read_text())
            for schema, table in tables:
                con.execute(f"insert into {schema}.{table} by name select * from {schema}.{table}__indexed")
                con.execute(f"drop table {schema}.{table}__indexed")
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        return [f"{s}.{t}" for s, t in tables]


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT])(i?)B", re.IGNORECASE)
# The pipeline's own statements (archive writes, the loader, checkpoints) scan little and
# spill what does not fit, but DuckDB fills whatever cap it has with cached blocks, and holds
# more than duckdb_memory() reports: after one checkpoint at 100k pages the process kept
# 790 MB under a 512 MB cap and 510 MB under 256 MB. Only the dbt build needs the full cap
# (a 100k full build fails at 384 MB).
PIPELINE_MEMORY = "256MB"


def duckdb_memory_limit() -> str:
    """DuckDB's memory cap for the dbt build and the publish (DIPLOMEET_DUCKDB_MEMORY, e.g. '2GB')."""
    value = os.environ.get("DIPLOMEET_DUCKDB_MEMORY", "512MB").strip()
    if not _SIZE.fullmatch(value):
        raise ValueError(f"DIPLOMEET_DUCKDB_MEMORY must look like 512MB or 2GB, got {value!r}")
    return value


def size_bytes(value: str) -> int:
    """'512MB' → bytes (DuckDB's reading: KB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024)."""
    number, unit, binary = _SIZE.fullmatch(value.strip()).groups()
    return int(float(number) * (1024 if binary else 1000) ** ("KMGT".index(unit.upper()) + 1))


def pipeline_memory_limit() -> str:
    """The cap of the pipeline's own connections: PIPELINE_MEMORY, or DIPLOMEET_DUCKDB_MEMORY if lower."""
    whole = duckdb_memory_limit()
    return whole if size_bytes(whole) < size_bytes(PIPELINE_MEMORY) else PIPELINE_MEMORY


@contextmanager
def run_lock(settings: Settings) -> Iterator[None]:
    settings.ensure_dirs()
    path = settings.work_dir / "run.lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RunLocked(
                f"another diplomeet run (pid {holder}) is using {settings.home}; wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
