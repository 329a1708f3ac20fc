"""The versioned raw archive: every page the crawler fetched, every distinct version.

Decisions a future engineer needs:

* A page version is identified by (url, sha256 of the body bytes). A refetch with the
  same bytes only moves `last_seen_at`; different bytes add `version + 1` and the
  older versions stay, so a silently corrected release can be shown as corrected.
* Every write is a committed transaction, or, inside `batch()`, part of one that commits
  every few seconds: a commit per page cost ~85% of a fast crawl's time. A crawl killed
  with SIGKILL loses at most the pages of the open batch (fetched, not yet archived: the
  listing mark the crawler committed before them makes the next run fetch them again);
  a row is never half written (DuckDB's WAL replays committed transactions on the next
  open), and a repeated store after a crash is a no-op rather than a duplicate, because
  every store looks (url, content_hash) up first. The table declares no unique key for it
  (warehouse/schema.sql says why); dbt's source tests check it on every build.
* Inside `batch()`, a page the caller knows is not archived yet (`first_version=True`:
  the crawler's set of archived article URLs says so) and the fetch-log rows are not
  written one statement at a time but kept in memory and inserted with one Arrow insert
  per table when the batch commits: DuckDB's per-statement cost (~3 ms: a lookup that
  scans the url column, an insert, a log insert) was most of a backfill's time. The
  flush checks the hint in the same statement's spirit: a buffered URL that *is*
  archived is stored the slow way (right version, unchanged pages skipped), so a wrong
  hint costs speed, never a duplicate. Every other method flushes first, so reads see
  every write made before them.
* Timestamps are naive UTC (the schema's `timestamp` columns).
* `pending_failures.failures` counts the runs in which the page failed and
  `attempts` the HTTP attempts summed over those runs.
"""

from __future__ import annotations

import hashlib
import json
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path
from contextlib import contextmanager
from typing import Iterator

import duckdb
import pyarrow as pa

from flows.http import FetchResult

SCHEMA_SQL = Path(__file__).resolve().parents[1] / "warehouse" / "schema.sql"
BATCH_MAX_WRITES = 50
BATCH_MAX_SECONDS = 5.0

PAGE_COLUMNS = ("source", "url", "page_type", "version", "fetched_at", "last_seen_at", "http_status",
                "content_type", "etag", "last_modified", "headers", "content_hash", "size_bytes",
                "body_gz", "run_id")
FETCH_LOG_COLUMNS = ("run_id", "source", "url", "page_type", "requested_at", "http_status", "outcome",
                     "attempts", "error", "elapsed_ms")


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Archive:
    """Raw pages, fetch log and pending failures over one DuckDB connection to the
    working database. Single writer: the crawl of all sources shares one Archive."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._batch: dict | None = None  # open batch: {"writes": n, "started": monotonic time}
        self._new_pages: dict[str, dict] = {}  # url -> row, first versions waiting for the batch's flush
        self._log_rows: list[dict] = []  # fetch-log rows waiting for the batch's flush

    @staticmethod
    def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
        """Apply `warehouse/schema.sql` (idempotent: every statement is `if not exists`)."""
        con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))

    @staticmethod
    def decompress(body_gz: bytes) -> bytes:
        return zlib.decompress(body_gz)

    # -- pages ----------------------------------------------------------------------

    def store_page(self, source: str, url: str, page_type: str, result: FetchResult, run_id: str,
                   *, first_version: bool = False) -> str:
        """Archive a successful fetch of `url`; returns 'new', 'changed' or 'unchanged'
        ('not_modified' for a 304, which only moves last_seen_at of the newest version).

        `url` is the URL the crawler asked for (the key of the archive), not the final
        URL after a same-host redirect, so that the next run finds it again.
        `first_version`: the caller knows `url` is not archived; inside `batch()` the row
        then waits in memory for the batch's one insert (see the module docstring).
        """
        if not result.ok:
            raise ValueError(f"cannot archive a failed fetch of {url}: {result.error}")
        now = utc_now()
        if first_version and self._batch is not None and not result.not_modified and url not in self._new_pages:
            self._new_pages[url] = self._page_row(source, url, page_type, 1, now, result, run_id)
            self._count_write()
            return "new"
        self._flush()
        with self._transaction():
            if result.not_modified:
                self.con.execute(
                    """update raw.pages set last_seen_at = ?
                       where page_id = (select page_id from raw.pages where url = ?
                                        order by version desc limit 1)""",
                    [now, url],
                )
                return "not_modified"
            return self._store_row(self._page_row(source, url, page_type, 1, now, result, run_id))

    def _store_row(self, row: dict) -> str:
        """Store a page row (its version is set here) unless the same bytes are archived."""
        # one statement for both lookups: per-statement overhead is most of a store's cost
        known, newest = self.con.execute(
            "select max(page_id) filter (where content_hash = ?), max(version) from raw.pages where url = ?",
            [row["content_hash"], row["url"]],
        ).fetchone()
        if known is not None:
            self.con.execute("update raw.pages set last_seen_at = ? where page_id = ?", [row["last_seen_at"], known])
            return "unchanged"
        row = dict(row, version=(newest or 0) + 1)
        self.con.execute(f"insert into raw.pages ({', '.join(PAGE_COLUMNS)}) "
                         f"values ({', '.join('?' * len(PAGE_COLUMNS))})", [row[c] for c in PAGE_COLUMNS])
        return "new" if newest is None else "changed"

    @staticmethod
    def _page_row(source: str, url: str, page_type: str, version: int, now: datetime, result: FetchResult,
                  run_id: str) -> dict:
        headers = result.headers
        return {
            "source": source, "url": url, "page_type": page_type, "version": version,
            "fetched_at": now, "last_seen_at": now, "http_status": result.status,
            "content_type": headers.get("content-type"), "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"), "headers": json.dumps(headers, sort_keys=True),
            "content_hash": hashlib.sha256(result.body).hexdigest(),
            "size_bytes": len(result.body), "body_gz": zlib.compress(result.body, 6), "run_id": run_id,
        }

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) of the newest archived version of `url`, for conditional GET."""
        self._flush()
        row = self.con.execute(
            "select etag, last_modified from raw.pages where url = ? order by version desc limit 1", [url]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def latest_body(self, url: str) -> bytes | None:
        """Body of the newest archived version of `url` (what a 304 stands for)."""
        self._flush()
        row = self.con.execute(
            "select body_gz from raw.pages where url = ? order by version desc limit 1", [url]
        ).fetchone()
        return self.decompress(row[0]) if row else None

    def read_body(self, page_id: int) -> bytes:
        self._flush()
        row = self.con.execute("select body_gz from raw.pages where page_id = ?", [page_id]).fetchone()
        if row is None:
            raise KeyError(f"no archived page with page_id {page_id}")
        return self.decompress(row[0])

    def known_article_urls(self, source: str) -> set[str]:
        self._flush()
        rows = self.con.execute(
            "select distinct url from raw.pages where source = ? and page_type = 'article'", [source]
        ).fetchall()
        return {row[0] for row in rows}

    def archived_article_urls(self, source: str, urls: list[str]) -> set[str]:
        """Those of `urls` that are archived article pages of `source`."""
        if not urls:
            return set()
        self._flush()
        rows = self.con.execute(
            "select distinct url from raw.pages where source = ? and page_type = 'article' "
            "and url in (select unnest(?::varchar[]))", [source, list(urls)]
        ).fetchall()
        return {row[0] for row in rows}

    # -- fetch log ------------------------------------------------------------------

    def log_fetch(
        self,
        run_id: str,
        source: str,
        url: str,
        page_type: str,
        outcome: str,
        result: FetchResult | None = None,
        *,
        requested_at: datetime | None = None,
    ) -> None:
        """One row of the audit trail. `outcome` is new | changed | unchanged |
        not_modified | failed | refused. Inside `batch()` it waits for the batch's flush."""
        row = {"run_id": run_id, "source": source, "url": url, "page_type": page_type,
               "requested_at": requested_at or utc_now(), "http_status": result.status if result else None,
               "outcome": outcome, "attempts": result.attempts if result else 0,
               "error": result.error if result else None, "elapsed_ms": result.elapsed_ms if result else None}
        if self._batch is not None:
            self._log_rows.append(row)
            return
        self.con.execute(f"insert into raw.fetch_log ({', '.join(FETCH_LOG_COLUMNS)}) "
                         f"values ({', '.join('?' * len(FETCH_LOG_COLUMNS))})", [row[c] for c in FETCH_LOG_COLUMNS])

    # -- pending failures -----------------------------------------------------------

    def record_failure(self, source: str, url: str, page_type: str, error: str, attempts: int) -> None:
        self._flush()
        now = utc_now()
        self.con.execute(
            """insert into raw.pending_failures
                   (source, url, page_type, first_failed_at, last_failed_at, failures, attempts, error)
               values (?, ?, ?, ?, ?, 1, ?, ?)
               on conflict (url) do update set
                   last_failed_at = excluded.last_failed_at,
                   failures = raw.pending_failures.failures + 1,
                   attempts = raw.pending_failures.attempts + excluded.attempts,
                   error = excluded.error""",
            [source, url, page_type, now, now, attempts, error],
        )

    def clear_failure(self, url: str) -> None:
        self._flush()
        self.con.execute("delete from raw.pending_failures where url = ?", [url])

    def pending_failures(self, source: str) -> list[tuple[str, str]]:
        """(url, page_type) of the source's pages still to retry, oldest failure first."""
        self._flush()
        rows = self.con.execute(
            "select url, page_type from raw.pending_failures where source = ? order by first_failed_at, url",
            [source],
        ).fetchall()
        return [(row[0], row[1]) for row in rows]

    # -- helpers --------------------------------------------------------------------

    @contextmanager
    def batch(self, max_writes: int = BATCH_MAX_WRITES, max_seconds: float = BATCH_MAX_SECONDS) -> Iterator[None]:
        """Group the writes of a block into transactions that commit every `max_writes`
        pages or `max_seconds`, whichever comes first, and at the end of the block."""
        if self._batch is not None:
            yield
            return
        self.con.execute("begin transaction")
        self._batch = {"writes": 0, "started": time.monotonic(), "max_writes": max_writes,
                       "max_seconds": max_seconds}
        try:
            yield
            self._flush()
        except BaseException:
            self._batch = None
            self._new_pages, self._log_rows = {}, []
            self.con.execute("rollback")
            raise
        self._batch = None
        self.con.execute("commit")

    def commit(self) -> None:
        """Inside `batch()`: make everything written so far durable now (outside: a no-op,
        every write is already committed)."""
        if self._batch is None:
            return
        self._flush()
        self.con.execute("commit")
        self.con.execute("begin transaction")
        self._batch["writes"], self._batch["started"] = 0, time.monotonic()

    def _flush(self) -> None:
        """Insert the rows the open batch holds in memory (nothing outside a batch)."""
        if not self._new_pages and not self._log_rows:
            return
        pages, self._new_pages = self._new_pages, {}
        log_rows, self._log_rows = self._log_rows, []
        if pages:
            archived = {row[0] for row in self.con.execute(
                "select distinct url from raw.pages where url in (select unnest(?::varchar[]))",
                [list(pages)]).fetchall()}
            fresh = [row for url, row in pages.items() if url not in archived]
            if fresh:
                self._insert_arrow("raw.pages", PAGE_COLUMNS, fresh)
            for url in archived:  # the caller's hint was wrong: store it the careful way
                self._store_row(pages[url])
        if log_rows:
            self._insert_arrow("raw.fetch_log", FETCH_LOG_COLUMNS, log_rows)

    def _insert_arrow(self, table: str, columns: tuple[str, ...], rows: list[dict]) -> None:
        batch = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        cols = ", ".join(columns)
        self.con.execute(f"insert into {table} ({cols}) select {cols} from batch")

    def _count_write(self) -> None:
        """A page joined the open batch: commit when the batch is full or old enough."""
        batch = self._batch
        batch["writes"] += 1
        if batch["writes"] >= batch["max_writes"] or time.monotonic() - batch["started"] >= batch["max_seconds"]:
            self.commit()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """begin/commit around a block, rollback on error: DuckDB autocommits single
        statements, but read-then-insert must be one unit. Inside `batch()` the block
        joins the batch's transaction, which commits when it is full or old enough."""
        if self._batch is not None:
            yield
            self._count_write()
            return
        self.con.execute("begin transaction")
        try:
            yield
        except BaseException:
            self.con.execute("rollback")
            raise
        self.con.execute("commit")
