"""The scale-out for real: a local Prefect server, a process work pool with TWO workers,
`fetch_and_parse_source` deployed on it, and `nightly_distributed` run against two sample
sites; the published warehouse must equal the single-process `nightly`'s on the same sites.

Every process started here (server, workers and their flow-run children) is started in its
own session and its whole process group is killed in `finally`, pass or fail.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PREFECT = str(Path(sys.executable).with_name("prefect"))
POOL = "diplomeet-test-pool"
MARTS = ("dim_person", "dim_person_role", "dim_organization", "dim_country", "dim_source", "dim_release",
         "fct_meetings", "fct_meeting_participants", "fct_statements", "fct_mentions",
         "mart_meetings_by_country_month", "mart_counterparts")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], env: dict, log: Path) -> subprocess.Popen:
    handle = log.open("w")
    return subprocess.Popen(args, env=env, stdout=handle, stderr=subprocess.STDOUT, cwd=REPO,
                            start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM the process group, SIGKILL what is left after 10 s."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def wait_healthy(api: str, server: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(f"prefect server not healthy after {timeout} s: {log.read_text()[-2000:]}")


def published(home: Path) -> dict:
    con = duckdb.connect(str(home / "diplomeet.duckdb"), read_only=True)
    try:
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in MARTS}
        keys = sorted(r[0] for r in con.execute("select meeting_key from fct_meetings").fetchall())
        people = sorted(r[0] for r in con.execute("select canonical_name from dim_person").fetchall())
    finally:
        con.close()
    return {"counts": counts, "meeting_keys": keys, "people": people}


def test_nightly_distributed_on_two_workers_equals_nightly(tmp_path, sites):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING",
           "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_UI_ENABLED": "false"}
    processes: list[subprocess.Popen] = []
    try:
        server_log = tmp_path / "server.log"
        server = start([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env, server_log)
        processes.append(server)
        wait_healthy(api, server, server_log)
        subprocess.run([PREFECT, "work-pool", "create", POOL, "--type", "process"], env=env, check=True,
                       capture_output=True, timeout=120, cwd=REPO)
        for name in ("worker-a", "worker-b"):
            processes.append(start([PREFECT, "worker", "start", "--pool", POOL, "--type", "process",
                                    "--name", name, "--limit", "1"], env, tmp_path / f"{name}.log"))

        urls = {name: server.base_url for name, server in sites["servers"].items()}
        driver = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("run_distributed.py")), str(REPO), POOL,
             json.dumps(urls), str(tmp_path / "distributed"), str(tmp_path / "single")],
            env=env, capture_output=True, text=True, timeout=600, cwd=REPO)
        assert driver.returncode == 0, driver.stderr[-3000:]
        out = json.loads(driver.stdout.strip().splitlines()[-1])
    finally:
        for process in reversed(processes):
            stop(process)

    assert out["single_ok"], out["single"]
    assert out["distributed_ok"], out["distributed"]
    fetch_runs = [r for r in out["fetch_runs"]]
    assert sorted(r["parameters"]["source_name"] for r in fetch_runs) == ["fmprc", "idcpc"]
    assert all(r["state"] == "COMPLETED" for r in fetch_runs)
    distributed, single = out["distributed"], out["single"]
    assert sum(s["new"] for s in distributed["sources"]) == sum(s["new"] for s in single["sources"]) == 60
    assert distributed["load"]["staged_by_workers"] == 60  # parsed on the workers, not by the coordinator

    got, want = published(tmp_path / "distributed"), published(tmp_path / "single")
    assert got["counts"] == want["counts"]
    assert got["meeting_keys"] == want["meeting_keys"]
    assert got["people"] == want["people"]
    assert want["counts"]["fct_meetings"] > 0
    assert not list((tmp_path / "distributed" / "work" / "shards").glob("*.duckdb")), "shards merged and removed"
