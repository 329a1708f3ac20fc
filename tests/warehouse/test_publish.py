"""Write-audit-publish: readers in other processes during a build + publish, a failing build
that must leave the published file alone, and the published file's content."""

from __future__ import annotations

import hashlib
import re

import duckdb
import pytest

from flows.publish import PublishError, publish
from warehouse_scenarios import MART_TABLES, build_scenario, build_then_publish, load_base

pytestmark = pytest.mark.slow  # real dbt builds (shared session fixtures)


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_published_file_has_every_mart_and_publish_info(wap_run):
    con = duckdb.connect(str(wap_run.published_db), read_only=True)
    try:
        tables = {name for (name,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        assert set(MART_TABLES) | {"publish_info"} <= tables
        run_id, releases, meetings, parser_version = con.execute(
            "select run_id, releases, meetings, parser_version from publish_info").fetchone()
        assert (run_id, parser_version) == ("run-2", "1.0.0")
        assert meetings == con.execute("select count(*) from fct_meetings").fetchone()[0]
        assert releases == con.execute("select count(*) from dim_release").fetchone()[0]
    finally:
        con.close()
    assert wap_run.second.tables["fct_meetings"] == meetings
    assert not wap_run.published_db.with_name("diplomeet.duckdb.wal").exists()
    assert list((wap_run.warehouse / ".publish").iterdir()) == []  # staging file renamed, none left


def test_readers_never_error_and_never_see_a_mix(wap_run):
    expected = {
        "run-1": (wap_run.first.tables["dim_release"], wap_run.first.tables["fct_meetings"]),
        "run-2": (wap_run.second.tables["dim_release"], wap_run.second.tables["fct_meetings"]),
    }
    assert expected["run-1"] != expected["run-2"]
    for mode, lines in wap_run.reader_logs.items():
        assert lines, mode
        errors = [line["error"] for line in lines if "error" in line]
        assert errors == [], f"{mode} reader: {errors[:3]}"
        for line in lines:
            assert (line["releases"], line["meetings"]) == expected[line["run_id"]], (mode, line)
            assert (line["counted_releases"], line["counted_meetings"]) == expected[line["run_id"]], (mode, line)
    assert {line["run_id"] for line in wap_run.reader_logs["hold"]} == {"run-1"}  # old inode
    reconnect_runs = [line["run_id"] for line in wap_run.reader_logs["reconnect"]]
    assert reconnect_runs[0] == "run-1" and reconnect_runs[-1] == "run-2"
    assert reconnect_runs == sorted(reconnect_runs)  # never back to the old version


def test_failing_build_names_the_test_and_keeps_the_published_file(wap_run, tmp_path):
    before = file_digest(wap_run.published_db)

    def add_bad_release(builder):
        builder.next_load()
        builder.add_release("idcpc:bad", None, kind="banquet")

    failing = build_scenario(tmp_path / "failing", [add_bad_release], from_db=wap_run.full_refresh_db)
    assert not failing.result.success
    names = [failure.name for failure in failing.result.failures]
    assert any(name.startswith("accepted_values_stg_idcpc__releases_kind") for name in names), names
    assert failing.result.summary().startswith("dbt test failed: accepted_values_stg_idcpc__releases_kind")
    assert "fct_meetings" in failing.result.skipped
    # The flow publishes only on success: run it the way the flow does.
    result, published = build_then_publish(failing.work_db, wap_run.published_db, "run-bad", tmp_path / "dbt2")
    assert not result.success and published is None
    assert file_digest(wap_run.published_db) == before


def test_publish_refuses_a_work_db_without_marts(tmp_path):
    work_db = tmp_path / "work.duckdb"
    duckdb.connect(str(work_db)).close()
    published = tmp_path / "wh" / "diplomeet.duckdb"
    with pytest.raises(PublishError, match="lacks mart tables"):
        publish(work_db, published, "run-x", {})
    assert not published.exists()
    assert list((tmp_path / "wh" / ".publish").iterdir()) == []


def architecture_contract() -> dict[str, list[str]]:
    """Table → columns of the "Published marts" table in docs/architecture.md (the readers' contract)."""
    from warehouse_scenarios import REPO

    text = (REPO / "docs" / "architecture.md").read_text()
    section = text.split("## Published marts", 1)[1].split("\n## ", 1)[0]
    contract = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            listed = re.sub(r"\([^)]*\)", "", cells[2])  # drop "(varchar[])", "(party, ...)"
            columns = [re.match(r"[a-z_0-9]+", item.strip()).group(0) for item in listed.split(",")]
            contract[cells[0].strip("`")] = columns
    return contract


def test_published_tables_keep_the_documented_columns(wap_run):
    contract = architecture_contract()
    assert "fct_meetings" in contract and "publish_info" in contract
    con = duckdb.connect(str(wap_run.published_db), read_only=True)
    try:
        for table, columns in contract.items():
            present = [name for (name,) in con.execute(
                "select column_name from information_schema.columns where table_name = ?", [table]).fetchall()]
            missing = [column for column in columns if column not in present]
            assert missing == [], f"{table} lacks {missing}"
    finally:
        con.close()


def test_republish_swaps_in_the_same_marts_under_a_new_run(wap_run, tmp_path):
    import shutil

    from flows.publish import republish

    published = tmp_path / "diplomeet.duckdb"
    shutil.copyfile(wap_run.published_db, published)
    reader = duckdb.connect(str(published), read_only=True)  # a reader open across the swap
    before_inode = published.stat().st_ino
    result = republish(published, "run-quiet", {"command": "run"})
    assert published.stat().st_ino != before_inode  # a new file, renamed into place
    assert reader.execute("select run_id from publish_info").fetchone()[0] == "run-2"
    reader.close()
    con = duckdb.connect(str(published), read_only=True)
    try:
        assert con.execute("select run_id from publish_info").fetchone()[0] == "run-quiet"
        for table in MART_TABLES:
            assert con.execute(f"select count(*) from {table}").fetchone()[0] == result.tables[table]
    finally:
        con.close()
    assert result.tables["fct_meetings"] == wap_run.second.tables["fct_meetings"]
    with pytest.raises(PublishError):
        republish(tmp_path / "absent" / "diplomeet.duckdb", "run-x", {})
