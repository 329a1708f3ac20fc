"""`diplomeet serve` with no Prefect API configured starts a local Prefect server,
registers `nightly` with its cron schedule, and stops everything on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def default_sigint() -> None:
    """The child starts with Ctrl-C's default disposition, as from a shell: an ignored SIGINT
    would be inherited from this process (and Python then leaves it ignored) whatever an
    earlier test in the session did to it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_serve_schedules_nightly_on_a_local_server_and_stops_it(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "DIPLOMEET_HOME": str(tmp_path / "wh"),
           "NO_COLOR": "1"}
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([str(Path(sys.executable).with_name("diplomeet")), "serve",
                                 "--cron", "30 3 * * *", "--timezone", "Asia/Shanghai",
                                 "--source", "idcpc=http://127.0.0.1:9"],
                                stdout=out, stderr=subprocess.STDOUT, env=env, preexec_fn=default_sigint)
    try:
        url = wait_for(lambda: re.search(r"UI at (http://127\.0\.0\.1:\d+)", log.read_text()), 180,
                       "the local Prefect server")[1]

        def deployment():
            try:
                found = httpx.post(f"{url}/api/deployments/filter", json={}, timeout=5).json()
            except httpx.HTTPError:
                return None
            return next((d for d in found if d["name"] == "diplomeet-nightly"), None)

        found = wait_for(deployment, 120, "the nightly deployment")
        schedules = [s["schedule"] for s in found["schedules"]]
        assert {"cron": "30 3 * * *", "timezone": "Asia/Shanghai"}.items() <= schedules[0].items()
        assert found["parameters"]["sources"] == {"idcpc": "http://127.0.0.1:9"}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/api/health", timeout=3)
    assert "Traceback" not in log.read_text()
