"""A run killed with SIGKILL in the middle of fetching loses nothing it archived,
and the next run finishes the work with no duplicate and publishes everything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow


def test_kill_9_mid_run_then_a_clean_rerun(tmp_path, demo_sites, prefect_home):
    site = demo_sites["sites"]["idcpc"]
    base = demo_sites["idcpc"].base_url
    articles = len(site.article_paths())
    env = {**os.environ, "DIPLOMEET_HOME": str(tmp_path), "PREFECT_HOME": str(prefect_home), "NO_COLOR": "1"}
    env.pop("PREFECT_API_URL", None)
    exe = str(Path(sys.executable).with_name("diplomeet"))
    # A politeness delay slows the crawl enough to kill it part-way.
    # Its own process group, so the kill takes the run's local Prefect server too (as a crash
    # or a stopped container would) instead of leaving it orphaned after the test.
    victim = subprocess.Popen([exe, "run", "--source", f"idcpc={base}", "--delay", "0.2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and victim.poll() is None:
        fetched = sum(1 for r in site.request_log if "/t20" in r.path)
        if fetched >= articles // 3:
            break
        time.sleep(0.05)
    assert victim.poll() is None, "the run finished before it could be killed"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    assert not (tmp_path / "diplomeet.duckdb").exists()

    rerun = subprocess.run([exe, "run", "--source", f"idcpc={base}", "--delay", "0"], env=env,
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    work = duckdb.connect(str(tmp_path / "work" / "work.duckdb"), read_only=True)
    archived, distinct = work.execute(
        "select count(*), count(distinct url) from raw.pages where page_type = 'article'").fetchone()
    statuses = dict(work.execute("select status, count(*) from raw.runs group by 1").fetchall())
    work.close()
    assert archived == distinct == articles
    assert statuses == {"interrupted": 1, "succeeded": 1}
    published = duckdb.connect(str(tmp_path / "diplomeet.duckdb"), read_only=True)
    releases = published.execute("select count(*) from dim_release where status = 'parsed'").fetchone()[0]
    published.close()
    assert releases == articles
