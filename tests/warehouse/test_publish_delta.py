"""Delta publish: the new file starts as a copy of the published one and each mart gets only
its difference from the work database; the result must equal a file written whole."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta

import duckdb
import pytest

import flows.publish
from flows.publish import publish
from warehouse_scenarios import MART_TABLES

pytestmark = pytest.mark.slow  # real dbt builds (shared session fixtures)


def table_rows(db, table: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(con.execute(f'select * from main."{table}"').fetchall(), key=repr)
    finally:
        con.close()


def publish_info(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        run_id, info = con.execute("select run_id, info from publish_info").fetchone()
    finally:
        con.close()
    return {"run_id": run_id, **json.loads(info)}


@pytest.fixture(autouse=True)
def delta_at_any_size(monkeypatch):
    """The test warehouses are far below the size where a delta publish starts paying off."""
    monkeypatch.setattr(flows.publish, "DELTA_MIN_BYTES", 0)


@pytest.fixture
def published_base(tmp_path, base_build):
    published_db = tmp_path / "wh" / "diplomeet.duckdb"
    published_db.parent.mkdir()
    first = publish(base_build.work_db, published_db, "run-1", {"command": "test"})
    assert first.mode == "full"
    return published_db


def test_a_delta_publish_equals_a_whole_rewrite(tmp_path, published_base, incremental_build):
    second = publish(incremental_build.work_db, published_base, "run-2", {"command": "test"})
    assert second.mode == "delta"
    whole = publish(incremental_build.work_db, tmp_path / "whole.duckdb", "run-2", {"command": "test"},
                    delta=False)
    assert whole.mode == "full"
    changed = [t for t in MART_TABLES if table_rows(published_base, t) != table_rows(tmp_path / "whole.duckdb", t)]
    assert changed == []
    assert second.tables == whole.tables
    assert publish_info(published_base)["run_id"] == "run-2"
    # the nightly scenario changes some marts: they were patched, not all rewritten
    assert set(second.rewritten) < set(MART_TABLES)


def test_a_table_whose_columns_changed_is_rewritten_whole(tmp_path, published_base, incremental_build):
    work_db = tmp_path / "work.duckdb"
    shutil.copyfile(incremental_build.work_db, work_db)
    con = duckdb.connect(str(work_db))
    con.execute("alter table main.mart_counterparts add column note varchar default 'new column'")
    con.close()
    result = publish(work_db, published_base, "run-2", {"command": "test"})
    assert result.mode == "delta" and "mart_counterparts" in result.rewritten
    rows = table_rows(published_base, "mart_counterparts")
    assert rows and all(row[-1] == "new column" for row in rows)


def test_a_file_last_written_whole_a_week_ago_is_written_whole_again(tmp_path, published_base, incremental_build):
    con = duckdb.connect(str(published_base))
    old = (datetime.utcnow() - timedelta(days=8)).isoformat()
    con.execute("update publish_info set info = json_object('full_publish_at', ?)", [old])
    con.close()
    result = publish(incremental_build.work_db, published_base, "run-2", {"command": "test"})
    assert result.mode == "full"
    assert publish_info(published_base)["full_publish_at"] > old


def test_a_small_warehouse_is_written_whole(tmp_path, published_base, incremental_build, monkeypatch):
    monkeypatch.setattr(flows.publish, "DELTA_MIN_BYTES", published_base.stat().st_size + 1)
    assert publish(incremental_build.work_db, published_base, "run-2", {"command": "test"}).mode == "full"


def test_a_delta_publish_keeps_the_date_of_the_last_whole_write(published_base, incremental_build):
    first = publish_info(published_base)["full_publish_at"]
    publish(incremental_build.work_db, published_base, "run-2", {"command": "test"})
    assert publish_info(published_base)["full_publish_at"] == first
