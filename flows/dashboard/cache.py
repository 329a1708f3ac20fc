"""Cached access to the published warehouse from Streamlit pages.

`q(data.fn, *args)` runs one query function of `flows.dashboard.data` in its own short
read-only connection (see `warehouse.read_only`) and caches the result under the published
file's (inode, mtime, size). When a nightly run publishes a new file, the next rerun sees a
new version, misses the cache and reads the new file: no restart, and no connection is held
between reruns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

import streamlit as st

from flows.dashboard import data
from flows.dashboard.warehouse import (FileVersion, WarehouseUnavailable, file_version,
                                       published_path, read_only)

T = TypeVar("T")


@st.cache_data(show_spinner=False, max_entries=1000)
def _run(fn_name: str, path: str, version: FileVersion, args: tuple, kwargs: tuple) -> Any:
    # `version` is unused in the body on purpose: it is part of the cache key.
    fn = getattr(data, fn_name)
    with read_only(Path(path)) as con:
        return fn(con, *args, **dict(kwargs))


def current_path() -> Path:
    return published_path()


def current_version() -> FileVersion | None:
    return file_version(current_path())


def q(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call `fn(con, *args, **kwargs)` against the published warehouse, cached per version."""
    path = current_path()
    version = file_version(path)
    if version is None:
        raise WarehouseUnavailable(f"No published warehouse at {path}.")
    return _run(fn.__name__, str(path), version, args, tuple(sorted(kwargs.items())))
