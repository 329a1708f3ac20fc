"""An incremental build after a nightly load touches only what the new releases can change,
and gives the same marts as `dbt build --full-refresh`."""

from __future__ import annotations

import pytest

from warehouse_scenarios import KEPT_MARK, MART_TABLES, snapshot_marts

pytestmark = pytest.mark.slow  # real dbt builds (shared session fixtures)


def test_new_report_merges_into_existing_meeting(incremental_build):
    rows = incremental_build.query(
        "select report_count, release_ids from fct_meetings where meeting_date = '2024-03-05'")
    assert rows == [(3, ["fmprc:a0", "fmprc:b", "idcpc:a"])]


def test_corrected_and_quarantined_releases_leave_no_stale_rows(incremental_build):
    dates = [d.isoformat() for (d,) in incremental_build.query("select meeting_date from fct_meetings order by 1")]
    assert "2024-03-06" not in dates and "2024-03-07" in dates  # c moved by its version 2
    assert "2024-04-10" not in dates  # d quarantined in its version 2
    for table in ("fct_meeting_participants", "fct_statements", "fct_mentions"):
        orphans = incremental_build.query(
            f"select count(*) from {table} t where t.meeting_key is not null "
            "and t.meeting_key not in (select meeting_key from fct_meetings)")
        assert orphans == [(0,)], table


def test_untouched_history_is_not_rebuilt(incremental_build):
    titles = dict(incremental_build.query("select strftime(meeting_date, '%Y-%m-%d'), title from fct_meetings"))
    assert titles["2024-06-01"].endswith(KEPT_MARK)
    assert not titles["2024-03-05"].endswith(KEPT_MARK)


def test_incremental_equals_full_refresh(incremental_build, wap_run):
    incremental = snapshot_marts(incremental_build.work_db)
    full = snapshot_marts(wap_run.full_refresh_db)
    incremental["fct_meetings"] = sorted(
        (tuple(value.removesuffix(KEPT_MARK) if isinstance(value, str) else value for value in row)
         for row in incremental["fct_meetings"]), key=repr)
    for table in MART_TABLES:
        assert incremental[table] == full[table], table
    assert len(full["fct_meetings"]) == 6


def test_new_statement_speaker_resolves_by_surname(incremental_build):
    rows = incremental_build.query(
        "select p.canonical_name from fct_statements s join dim_person p using (person_key) "
        "where s.release_id = 'fmprc:j'")
    assert rows == [("Antony Blinken",)]
