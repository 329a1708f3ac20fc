"""_apply_difference on small real DuckDB files: a copy of the published table is patched to
equal the work table, or the caller is told to rewrite it whole."""

from __future__ import annotations

import duckdb
import pytest

from flows.publish import _apply_difference


@pytest.fixture
def con(tmp_path):
    work = duckdb.connect(str(tmp_path / "work.duckdb"))
    work.execute("create table fct (k integer, v varchar)")
    work.execute("insert into fct select i, 'row ' || i from range(5000) t(i)")
    work.close()
    con = duckdb.connect(str(tmp_path / "published.duckdb"))
    con.execute(f"attach '{tmp_path / 'work.duckdb'}' as work")
    con.execute("create table main.fct as select * from work.main.fct")
    yield con
    con.close()


def rows(con, table: str) -> list[tuple]:
    return sorted(con.execute(f"select * from {table}").fetchall(), key=repr)


def test_an_unchanged_table_is_left_as_it_is(con):
    assert _apply_difference(con, "fct")
    assert rows(con, "main.fct") == rows(con, "work.main.fct")


def test_changed_deleted_and_added_rows_are_patched(con):
    con.execute("update work.main.fct set v = 'corrected' where k in (7, 70)")
    con.execute("delete from work.main.fct where k = 4000")
    con.execute("insert into work.main.fct values (9001, 'new'), (9002, null)")
    assert _apply_difference(con, "fct")
    assert rows(con, "main.fct") == rows(con, "work.main.fct")
    assert con.execute("select count(*) from main.fct where v = 'corrected'").fetchone()[0] == 2


def test_a_row_duplicated_on_one_side_makes_it_rewritten_whole(con):
    con.execute("insert into work.main.fct values (1, 'row 1')")  # same hash as a row mine has
    assert not _apply_difference(con, "fct")


def test_a_mostly_new_table_is_rewritten_whole(con):
    con.execute("update work.main.fct set v = v || '!'")
    assert not _apply_difference(con, "fct")


def test_the_temp_tables_are_dropped(con):
    con.execute("update work.main.fct set v = 'x' where k = 1")
    _apply_difference(con, "fct")
    assert con.execute("select count(*) from duckdb_tables() where temporary").fetchone()[0] == 0
