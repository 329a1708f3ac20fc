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


def test_run_then_sql_status_and_export(tmp_path, demo_sites, cli):
    home = tmp_path / "wh"
    result = cli("run", "--source", f"idcpc={demo_sites['idcpc'].base_url}",
                 "--source", f"fmprc={demo_sites['fmprc'].base_url}", "--delay", "0",
                 home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_clean(result)
    assert "Published" in result.stdout

    count = cli("sql", "select count(*) as n from fct_meetings", "--format", "json",
                home=home)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout.strip())["n"] > 0

    status = cli("status", home=home)
    assert status.returncode == 0 and "succeeded" in status.stdout

    out = tmp_path / "export"
    exported = cli("export", str(out), "--format", "csv", home=home)
    assert exported.returncode == 0, exported.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["run_id"]
    assert (out / "fct_meetings.csv").exists()


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


def test_sql_errors_are_one_line(tmp_path, demo_sites, cli):
    home = tmp_path / "wh"
    cli("run", "--source", f"idcpc={demo_sites['idcpc'].base_url}", "--delay", "0",
        home=home)
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
