"""Export of the published marts to Parquet and CSV with a manifest."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from flows.export import ExportError, export_marts
from warehouse_scenarios import MART_TABLES

pytestmark = pytest.mark.slow  # real dbt builds (shared session fixtures)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_mart_and_a_true_manifest(wap_run, tmp_path, fmt):
    manifest = export_marts(wap_run.published_db, tmp_path / fmt, fmt)
    on_disk = json.loads((tmp_path / fmt / "manifest.json").read_text())
    assert on_disk == manifest
    assert manifest["run_id"] == "run-2" and manifest["format"] == fmt
    assert set(manifest["tables"]) == set(MART_TABLES)
    con = duckdb.connect()
    for table, entry in manifest["tables"].items():
        path = tmp_path / fmt / entry["file"]
        assert path.name == f"{table}.{fmt}"
        if fmt == "parquet":
            rows = con.execute(f"select count(*) from read_parquet('{path}')").fetchone()[0]
        else:
            with path.open(newline="", encoding="utf-8") as handle:
                rows = sum(1 for _ in csv.reader(handle)) - 1
        assert rows == entry["rows"] == wap_run.second.tables[table], table


def test_export_without_published_warehouse_says_so(tmp_path):
    with pytest.raises(ExportError, match="no published warehouse"):
        export_marts(tmp_path / "missing.duckdb", tmp_path / "out", "csv")
    with pytest.raises(ExportError, match="unknown export format"):
        export_marts(tmp_path / "missing.duckdb", tmp_path / "out", "xlsx")
