"""DuckDB's memory caps: the pipeline's own connections to the work database get the small
PIPELINE_MEMORY cap, the dbt build and the publish the whole DIPLOMEET_DUCKDB_MEMORY."""
from __future__ import annotations

import pytest

from flows.config import load_settings
from flows.publish import _connect
from flows.workdb import (PIPELINE_MEMORY, duckdb_memory_limit, open_work_db, pipeline_memory_limit,
                          size_bytes)


def cap_of(con) -> str:
    return con.execute("select current_setting('memory_limit')").fetchone()[0]


@pytest.mark.parametrize("text, expected", [("512MB", 512 * 1000**2), ("256 MiB", 256 * 1024**2),
                                            ("1.5GB", 1_500_000_000), ("2gib", 2 * 1024**3)])
def test_sizes_are_read_as_duckdb_reads_them(text, expected):
    assert size_bytes(text) == expected


def test_the_pipeline_cap_is_the_smaller_of_the_two(monkeypatch):
    monkeypatch.delenv("DIPLOMEET_DUCKDB_MEMORY", raising=False)
    assert pipeline_memory_limit() == PIPELINE_MEMORY
    assert size_bytes(duckdb_memory_limit()) > size_bytes(PIPELINE_MEMORY)
    monkeypatch.setenv("DIPLOMEET_DUCKDB_MEMORY", "4GB")
    assert pipeline_memory_limit() == PIPELINE_MEMORY
    monkeypatch.setenv("DIPLOMEET_DUCKDB_MEMORY", "100MB")
    assert pipeline_memory_limit() == "100MB"


def test_a_malformed_cap_is_refused_in_one_line(monkeypatch):
    monkeypatch.setenv("DIPLOMEET_DUCKDB_MEMORY", "lots")
    with pytest.raises(ValueError, match="must look like 512MB"):
        pipeline_memory_limit()


def test_connections_get_their_caps(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOMEET_DUCKDB_MEMORY", "600MB")
    work = open_work_db(load_settings(tmp_path / "wh"))
    try:
        assert cap_of(work) == "244.1 MiB"  # DuckDB prints 256 MB in MiB
    finally:
        work.close()
    published = _connect(tmp_path / "new.duckdb")
    try:
        assert cap_of(published) == "572.2 MiB"
    finally:
        published.close()
