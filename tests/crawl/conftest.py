"""Fixtures of the crawl tests: a tiny site on 127.0.0.1, a fast polite client and an
archive over a real DuckDB file in tmp_path."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # crawl_testsite, also for subprocesses

from crawl_testsite import SiteState, TestSite, make_client  # noqa: E402

from flows.archive import Archive  # noqa: E402


@pytest.fixture
def site():
    state = SiteState()
    with TestSite(state) as running:
        yield running


@pytest.fixture
def client():
    with make_client() as polite:
        yield polite


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "work.duckdb"


@pytest.fixture
def archive(db_path):
    con = duckdb.connect(str(db_path))
    Archive.ensure_schema(con)
    yield Archive(con)
    con.close()
