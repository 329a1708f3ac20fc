"""The work database keeps raw.pages and staging.* without key indexes (warehouse/schema.sql
says why): an older database is rebuilt without them, losing nothing, and the keys are still
checked, by dbt source tests that fail on a duplicate."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.config import load_settings
from flows.transform import run_dbt_build
from flows.workdb import UNINDEXED_TABLES, drop_index_constraints, indexed_tables, open_work_db

OLD_SCHEMA = Path(__file__).parent / "fixtures" / "schema_with_key_indexes.sql"
PAGE_INSERT = ("insert into raw.pages (source, url, page_type, version, fetched_at, last_seen_at, http_status, "
               "content_hash, size_bytes, body_gz, run_id) values (?, ?, 'article', 1, ?, ?, 200, ?, 3, ?, 'r1')")


def key_constraints(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str, str]]:
    return set(con.execute("select schema_name, table_name, constraint_type from duckdb_constraints() "
                           "where constraint_type in ('PRIMARY KEY', 'UNIQUE')").fetchall())


def every_row(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {f"{s}.{t}": sorted(con.execute(f"select * from {s}.{t}").fetchall(), key=repr)
            for s, t in UNINDEXED_TABLES + (("staging", "participants"), ("raw", "runs"))}


@pytest.fixture
def old_warehouse(tmp_path: Path) -> Path:
    """A work database as the previous schema made it, with a little of everything in it."""
    settings = load_settings(tmp_path / "wh")
    settings.ensure_dirs()
    con = duckdb.connect(str(settings.work_db))
    con.execute(OLD_SCHEMA.read_text())
    now = datetime(2026, 11, 1, 3, 0)
    for n in range(3):
        con.execute(PAGE_INSERT, ["idcpc", f"http://127.0.0.1/a{n}.html", now, now, f"hash{n}", b"xyz"])
    con.execute("insert into raw.runs (run_id, command, started_at, status) values ('r1', 'run', ?, 'succeeded')", [now])
    con.execute("insert into staging.releases (page_id, release_id, source, url, version, fetched_at, status, "
                "parser_version, loaded_at, warnings) values (1, 'idcpc:/a0.html', 'idcpc', "
                "'http://127.0.0.1/a0.html', 1, ?, 'parsed', '1.1.0', ?, ['w'])", [now, now])
    con.execute("insert into staging.meetings values (1, 0, 'a delegation')")
    con.execute("insert into staging.participants values (1, 0, 'principal', 1, 'Liu Jianchao', 'Minister', "
                "'IDCPC', 'CHN', ['Liu'])")
    con.execute("insert into staging.statements values (1, 1, 'Liu Jianchao', 'Liu said, ...')")
    con.execute("insert into staging.mentions values (1, 1, 'BRICS')")
    assert {(s, t) for s, t, _ in key_constraints(con)} >= set(UNINDEXED_TABLES)
    con.close()
    return settings.home


def test_older_database_is_rebuilt_without_key_indexes_and_keeps_every_row(old_warehouse):
    settings = load_settings(old_warehouse)
    con = duckdb.connect(str(settings.work_db))
    before = every_row(con)
    con.close()

    con = open_work_db(settings)
    try:
        assert indexed_tables(con) == []
        remaining = key_constraints(con)
        assert not {(s, t) for s, t, _ in remaining} & set(UNINDEXED_TABLES)
        # small tables that need their key for `on conflict` keep it
        assert ("raw", "runs", "PRIMARY KEY") in remaining
        assert ("raw", "pending_failures", "PRIMARY KEY") in remaining
        assert every_row(con) == before
        # page ids go on from the old sequence: no reuse after the rebuild
        con.execute(PAGE_INSERT, ["idcpc", "http://127.0.0.1/new.html", datetime(2026, 11, 2),
                                  datetime(2026, 11, 2), "hash-new", b"xyz"])
        assert con.execute("select page_id from raw.pages where url like '%new.html'").fetchone()[0] == 4
        assert drop_index_constraints(con) == []  # once only
        assert {t for t, in con.execute("select table_name from duckdb_tables() "
                                         "where table_name like '%indexed'").fetchall()} == set()
    finally:
        con.close()


def test_new_database_has_no_key_indexes(tmp_path):
    con = open_work_db(load_settings(tmp_path / "wh"))
    try:
        assert indexed_tables(con) == []
    finally:
        con.close()


@pytest.mark.slow
def test_a_duplicate_key_in_staging_or_the_archive_fails_the_dbt_build(base_build, tmp_path):
    """Without the indexes the keys are the dbt source tests' job: a duplicated row fails them."""
    work_db = tmp_path / "work.duckdb"
    shutil.copyfile(base_build.work_db, work_db)
    con = duckdb.connect(str(work_db))
    con.execute("insert into staging.mentions select * from staging.mentions limit 1")
    con.execute("insert into raw.pages select * from raw.pages limit 1")
    con.close()
    result = run_dbt_build(work_db, select="source:staging.mentions source:raw.pages", target_dir=tmp_path / "dbt",
                           unit_tests=False)
    assert not result.success
    failed = {f.name for f in result.failures}
    assert any(name.startswith("source_unique_key_staging_mentions") for name in failed), failed
    assert any(name.startswith("source_unique_key_raw_pages") for name in failed), failed
