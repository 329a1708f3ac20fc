"""A dbt build that runs DuckDB out of its memory cap says which setting to raise."""

from __future__ import annotations

import shutil

import pytest

from flows.transform import memory_hint, run_dbt_build

pytestmark = pytest.mark.slow  # a real dbt build


def test_an_out_of_memory_build_names_the_setting(tmp_path, base_build, monkeypatch):
    work_db = tmp_path / "work.duckdb"
    shutil.copyfile(base_build.work_db, work_db)
    monkeypatch.setenv("DIPLOMEET_DUCKDB_MEMORY", "2MB")
    result = run_dbt_build(work_db, full_refresh=True, select="dim_release", target_dir=tmp_path / "dbt",
                           unit_tests=False)
    assert not result.success
    line = result.summary()
    assert "Out of Memory" in line
    assert line.endswith("raise it, e.g. DIPLOMEET_DUCKDB_MEMORY=1GB]")
    assert "DIPLOMEET_DUCKDB_MEMORY=2MB" in line
    assert "\n" not in line


def test_other_failures_get_no_hint():
    assert memory_hint("Binder Error: column x not found") == ""
    assert memory_hint(None) == ""
