"""The `lake` dbt target: the same project built into a DuckLake (SQLite catalog, Parquet data)
from the work database the real pipeline filled, read by another process while it is written.

One real `dbt build --target lake` per test run (module fixture `lake_build`), on the work DB of
the session's `pipeline_warehouse`, whose default (single DuckDB file) build is the reference.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from flows.lake import CATALOG_ENV, DATA_ENV, connect_lake, current_snapshot
from flows.publish import REQUIRED_MARTS
from flows.transform import DbtResult, run_dbt_build
from warehouse_scenarios import wait_for_lines

pytestmark = pytest.mark.slow  # a real dbt build

READER_SCRIPT = Path(__file__).resolve().parent / "lake_reader.py"
MART_PREFIXES = ("dim_", "fct_", "mart_")


@dataclass
class LakeBuild:
    catalog: str
    data_path: Path
    work_db: Path
    published_db: Path  # the default target's build of the same work DB, as published
    result: DbtResult
    work_db_digest: tuple[str, str]  # before, after the lake build
    reader_log: list[dict]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def lake_build(pipeline_warehouse, tmp_path_factory) -> LakeBuild:
    """Create an empty lake, start a reader process on it, `dbt build --target lake`, and
    stop the reader once it has read the finished lake a few times."""
    directory = tmp_path_factory.mktemp("lake")
    catalog = f"sqlite:{directory / 'catalog' / 'lake.sqlite'}"
    data_path = directory / "data"
    work_db = pipeline_warehouse / "work" / "work.duckdb"
    connect_lake(catalog, str(data_path), read_only=False).close()  # the reader attaches an existing lake
    before = _digest(work_db)
    stop_file, log_file = directory / "stop", directory / "reader.jsonl"
    reader = subprocess.Popen([sys.executable, str(READER_SCRIPT), catalog, str(data_path), str(stop_file),
                               str(log_file)])
    try:
        wait_for_lines(log_file, 3)
        result = run_dbt_build(work_db, target="lake", target_dir=directory / "dbt",
                               env={CATALOG_ENV: catalog, DATA_ENV: str(data_path)})
        wait_for_lines(log_file, len(log_file.read_text().splitlines()) + 3)
    finally:
        stop_file.touch()
        reader.wait(timeout=60)
    return LakeBuild(catalog, data_path, work_db, pipeline_warehouse / "diplomeet.duckdb", result,
                     (before, _digest(work_db)), [json.loads(line) for line in log_file.read_text().splitlines()])


def _marts(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, tuple[list, list]]:
    """Every mart table of `catalog`.main: (column names and types, rows sorted)."""
    tables = [name for (name,) in con.execute(
        "select table_name from information_schema.tables "
        "where table_catalog = ? and table_schema = 'main' and table_type = 'BASE TABLE'", [catalog]
    ).fetchall() if name.startswith(MART_PREFIXES)]
    marts = {}
    for table in tables:
        columns = con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_catalog = ? and table_schema = 'main' and table_name = ? order by ordinal_position",
            [catalog, table]).fetchall()
        rows = sorted(con.execute(f'select * from {catalog}.main."{table}"').fetchall(), key=repr)
        marts[table] = (columns, rows)
    return marts


def test_lake_build_passes_every_node(lake_build):
    assert lake_build.result.success, lake_build.result.summary()
    assert lake_build.result.failures == []
    assert lake_build.result.node_count > 100  # models, seeds, data tests and unit tests


def test_lake_holds_the_same_marts_as_the_default_build(lake_build):
    lake = connect_lake(lake_build.catalog, str(lake_build.data_path))
    try:
        lake.execute(f"attach '{lake_build.published_db}' as published (read_only)")
        lake.execute(f"attach '{lake_build.work_db}' as work (read_only)")  # publish drops constraints
        expected = _marts(lake, "published")
        actual = _marts(lake, "lake")
        constraints = {catalog: sorted(lake.execute(
            "select table_name, constraint_type, constraint_column_names from duckdb_constraints() "
            "where database_name = ? and schema_name = 'main'", [catalog]).fetchall())
            for catalog in ("work", "lake")}
    finally:
        lake.close()
    assert set(REQUIRED_MARTS) <= set(expected)
    assert sorted(actual) == sorted(expected)
    assert sum(len(rows) for _, rows in expected.values()) > 100  # the pipeline's data, not an empty build
    for table, (columns, rows) in expected.items():
        assert actual[table][0] == columns, table
        assert actual[table][1] == rows, table
    assert constraints["lake"] == constraints["work"] != []  # the contracts' not_null constraints
    assert list(lake_build.data_path.rglob("*.parquet"))  # the data is Parquet files beside the catalog


def test_lake_build_leaves_the_work_database_untouched(lake_build):
    before, after = lake_build.work_db_digest
    assert before == after


def test_another_process_reads_the_lake_while_and_after_it_is_written(lake_build):
    lines = lake_build.reader_log
    errors = [line["error"] for line in lines if "error" in line]
    assert errors == [], errors[:3]
    snapshots = [line["snapshot"] for line in lines]
    assert snapshots == sorted(snapshots)  # never back to an older state
    lake = connect_lake(lake_build.catalog, str(lake_build.data_path))
    try:
        final_snapshot = current_snapshot(lake)
        final_counts = {table: len(rows) for table, (_, rows) in _marts(lake, "lake").items()}
    finally:
        lake.close()
    assert snapshots[0] < final_snapshot
    # Reads between the first and the last snapshot: the reader ran while dbt committed.
    assert [s for s in snapshots if snapshots[0] < s < final_snapshot]
    assert lines[0]["counts"] == {}
    assert lines[-1] == {"snapshot": final_snapshot, "counts": final_counts}
