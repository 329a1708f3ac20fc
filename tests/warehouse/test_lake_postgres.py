"""A DuckLake whose catalog is PostgreSQL, the catalog several machines can share: writers in
separate processes commit at the same time while another process reads.

A throwaway PostgreSQL cluster (Debian's postgresql, which .ci/run installs if missing) on a
Unix socket only, started as the `postgres` OS user when the tests run as root.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from flows.lake import connect_lake
from warehouse_scenarios import wait_for_lines

pytestmark = pytest.mark.slow  # a PostgreSQL server and several processes

HERE = Path(__file__).resolve().parent


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="module")
def postgres_catalog():
    """`postgres:<libpq connection string>` of a fresh cluster; stopped and removed afterwards."""
    bindir = _postgres_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    # Not under pytest's tmp_path: its 0700 root-owned parents are closed to the postgres user.
    directory = Path(tempfile.mkdtemp(prefix="diplomeet-pg-"))
    if as_postgres:
        shutil.chown(directory, "postgres")
    data = directory / "data"
    run = lambda *args: subprocess.run([*as_postgres, *map(str, args)], check=True, capture_output=True,  # noqa: E731
                                       timeout=120)
    try:
        run(bindir / "initdb", "-D", data, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        run(bindir / "pg_ctl", "-D", data, "-l", directory / "server.log", "-w", "start", "-o",
            f"-c listen_addresses='' -c unix_socket_directories={directory} -c fsync=off")
        yield f"postgres:dbname=postgres host={directory} user=postgres"
    finally:
        if (data / "postmaster.pid").exists():
            run(bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(directory, ignore_errors=True)


def test_writers_in_several_processes_share_one_postgres_catalog(postgres_catalog, tmp_path):
    data_path = str(tmp_path / "data")
    setup = connect_lake(postgres_catalog, data_path, read_only=False)
    setup.execute("create table writes (writer varchar, i integer)")
    setup.close()
    stop_file, log_file = tmp_path / "stop", tmp_path / "reader.jsonl"
    reader = subprocess.Popen([sys.executable, str(HERE / "lake_reader.py"), postgres_catalog, data_path,
                               str(stop_file), str(log_file)])
    commits = 15
    try:
        wait_for_lines(log_file, 2)
        writers = [subprocess.Popen([sys.executable, str(HERE / "lake_writer.py"), postgres_catalog, data_path,
                                     name, str(commits)], stderr=subprocess.PIPE, text=True)
                   for name in ("a", "b")]
        errors = [writer.communicate(timeout=120)[1] for writer in writers]
        assert [writer.returncode for writer in writers] == [0, 0], errors
    finally:
        time.sleep(0.3)  # a last read of the finished lake
        stop_file.touch()
        reader.wait(timeout=60)
    lake = connect_lake(postgres_catalog, data_path)
    try:
        rows = lake.execute("select writer, i from writes order by writer, i").fetchall()
        snapshots = lake.execute("select count(*) from lake.snapshots()").fetchone()[0]
    finally:
        lake.close()
    assert rows == [(name, i) for name in ("a", "b") for i in range(commits)]
    assert snapshots >= 2 * commits  # one snapshot per commit: nothing was batched or lost
    lines = [json.loads(line) for line in log_file.read_text().splitlines()]
    assert lines and [line for line in lines if "error" in line] == []
    seen = [line["snapshot"] for line in lines]
    assert seen == sorted(seen) and seen[0] < seen[-1]  # it read before and after the writes
