"""Finding and opening the published warehouse, read-only, without ever pinning an old version.

One read-only connection is kept and reused while the published file stays the same, because
opening one costs ~0.1 s (DuckDB 2.0), several times a typical query here. Every batch of
queries goes through `read_only()`, which first stats the file: when the publish step has
`os.replace`d it (new inode / mtime / size), the held connection is closed and a new one
opened, so a new version is read on the next query, without a restart.

Why one process-wide lock around every batch: DuckDB keeps one database instance per file
*path* per process, and a connection opened while another to the same path is still open
shares that instance, i.e. keeps reading the replaced file. With all access serialised
through one held connection, no stray connection can pin the old file. Queries over the
marts take milliseconds to a few hundred, so serialising them costs little. The held
connection only ever reads; the publish step never opens the published file, it replaces it.

`file_version()` is also the cache key of `cache.py`: a new publish invalidates every cached
query result.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple

import duckdb

PUBLISHED_FILE = "diplomeet.duckdb"
HOME_ENV = "DIPLOMEET_HOME"
DEFAULT_HOME = Path("warehouse")

_batch_lock = threading.RLock()


class FileVersion(NamedTuple):
    """Identity of one published file: changes whenever the publish step replaces it."""

    inode: int
    mtime_ns: int
    size: int


class WarehouseUnavailable(Exception):
    """The published warehouse is missing or unreadable; the message is one line for the user."""


def warehouse_home(explicit: Path | str | None = None) -> Path:
    """The warehouse folder: an explicit path, else `DIPLOMEET_HOME`, else `./warehouse`.

    Same precedence as `flows.config.load_settings`, resolved here so that an unrelated bad
    setting (a crawl delay, say) cannot keep the dashboard from starting.
    """
    raw = explicit or os.environ.get(HOME_ENV) or DEFAULT_HOME
    return Path(raw).expanduser().resolve()


def published_path(home: Path | str | None = None) -> Path:
    return warehouse_home(home) / PUBLISHED_FILE


def file_version(path: Path) -> FileVersion | None:
    """The file's identity, or None when nothing is published yet."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileVersion(st.st_ino, st.st_mtime_ns, st.st_size)


class _Held:
    """The connection kept between batches, and which file version it reads."""

    path: Path | None = None
    version: FileVersion | None = None
    con: duckdb.DuckDBPyConnection | None = None
    depth: int = 0  # batches open in this thread (the lock is re-entrant)

    @classmethod
    def close(cls) -> None:
        if cls.con is not None:
            cls.con.close()
        cls.path = cls.version = cls.con = None


def _open(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        lines = str(exc).strip().splitlines()
        raise WarehouseUnavailable(f"Cannot open {path}: "
                                   f"{lines[0] if lines else type(exc).__name__}") from None


@contextmanager
def read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the current version of `path` for one batch of queries."""
    with _batch_lock:
        if _Held.depth == 0:
            version = file_version(path)
            if version is None:
                _Held.close()
                raise WarehouseUnavailable(f"No published warehouse at {path}.")
            if (_Held.path, _Held.version) != (path, version) or _Held.con is None:
                _Held.close()  # first, so the new connect cannot share the old instance
                _Held.con, _Held.path, _Held.version = _open(path), path, version
        elif _Held.path != path or _Held.con is None:
            raise RuntimeError("nested read_only() batches must read the same file")
        _Held.depth += 1
        try:
            yield _Held.con
        finally:
            _Held.depth -= 1


def close_held_connection() -> None:
    """Let go of the published file (tests, and anything about to delete it)."""
    with _batch_lock:
        _Held.close()
