"""The `diplomeet` console script as a user runs it: exit codes, one-line errors,
no tracebacks, and a run whose published warehouse `diplomeet sql` can read."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


def assert_clean(result):
    text = result.stdout + result.stderr
    assert "Traceback" not in text
    assert "ERROR" not in text


def test_run_publishes_what_sql_status_and_export_read(tmp_path, pipeline_warehouse, cli):
    """pipeline_warehouse is `diplomeet run` against the sample site (tests/conftest.py)."""
    home = pipeline_warehouse
    count = cli("sql", "select count(*) as n from fct_meetings", "--format", "json", home=home)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout.strip())["n"] > 0

    table = cli("sql", "select canonical_name from dim_person where canonical_name = 'Leonid Slutsky'", home=home)
    assert "Leonid Slutsky" in table.stdout and "1 row" in table.stdout

    status = cli("status", home=home)
    assert status.returncode == 0 and "succeeded" in status.stdout and "fct_meetings" in status.stdout
    assert_clean(status)

    out = tmp_path / "export"
    exported = cli("export", str(out), "--format", "csv", home=home)
    assert exported.returncode == 0, exported.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["run_id"]
    assert (out / "fct_meetings.csv").exists()


def test_a_run_prints_a_clean_summary(tmp_path, demo_sites, cli):
    result = cli("run", "--source", f"idcpc={demo_sites['idcpc'].base_url}", "--delay", "0", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_clean(result)
    assert "Published" in result.stdout and "idcpc" in result.stdout
    again = cli("run", "--source", f"idcpc={demo_sites['idcpc'].base_url}", "--delay", "0",
                "--recheck-days", "3", home=tmp_path)
    assert again.returncode == 0
    assert "skipped, nothing new" in again.stdout


@pytest.mark.parametrize("args, needle", [
    (["sql", "select 1"], "no published warehouse"),
    (["run", "--source", "nosuch=http://127.0.0.1:1"], "unknown source"),
    (["run", "--source", "idcpc"], "NAME=BASE_URL"),
    (["backfill", "--since", "last tuesday"], "YYYY-MM-DD"),
    (["parse", "/nonexistent/release.txt"], "release.txt"),
    (["export", "/tmp/x", "--format", "xlsx"], "parquet or csv"),
])
def test_bad_input_gets_one_line_and_nonzero_exit(tmp_path, cli, args, needle):
    result = cli(*args, home=tmp_path / "empty")
    assert result.returncode != 0
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("env, needle", [
    ({"DIPLOMEET_DUCKDB_MEMORY": "lots"}, "DIPLOMEET_DUCKDB_MEMORY must look like 512MB"),
    ({"DIPLOMEET_DELAY": "soon"}, "DIPLOMEET_DELAY must be a number"),
])
def test_a_bad_setting_in_the_environment_gets_one_line_before_the_run(tmp_path, cli, env, needle):
    result = cli("run", "--source", "idcpc=http://127.0.0.1:1", home=tmp_path / "empty", env=env)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_sql_errors_are_one_line_and_the_warehouse_is_read_only(pipeline_warehouse, cli):
    home = pipeline_warehouse
    for query in ("select * from no_such_table", "drop table fct_meetings", "selec 1"):
        result = cli("sql", query, home=home)
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    still = cli("sql", "select count(*) from fct_meetings", "--format", "csv", home=home)
    assert int(still.stdout.splitlines()[1]) > 0


def test_every_command_has_help(cli, tmp_path):
    for command in ("demo", "run", "backfill", "reparse", "parse", "sql", "serve", "dashboard",
                    "status", "export"):
        result = cli(command, "--help", home=tmp_path)
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage" in result.stdout
