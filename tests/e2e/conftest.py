"""Shared fixtures of the end-to-end tests: a sample site over real HTTP and
isolated Prefect state, so nothing here touches the user's ~/.prefect."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("prefect-home")


@pytest.fixture(scope="session")
def prefect_harness(prefect_home):
    """A real Prefect API (the testing harness) for in-process flow runs."""
    os.environ["PREFECT_HOME"] = str(prefect_home)
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def demo_sites():
    """The demo's two sample sites, small, served on 127.0.0.1."""
    from flows.sample_site import build_demo_sites, serve

    idcpc, fmprc, truth = build_demo_sites(n=40, seed=11)
    with serve(idcpc, host="127.0.0.1", port=0) as s1, serve(fmprc, host="127.0.0.1", port=0) as s2:
        yield {"idcpc": s1, "fmprc": s2, "truth": truth, "sites": {"idcpc": idcpc, "fmprc": fmprc}}


@pytest.fixture
def cli(prefect_home):
    """Run the installed `diplomeet` console script as a user would: cli(*args, home=DIR)."""
    def run(*args: str, home: Path, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
        return run_cli(*args, home=home, prefect_home=prefect_home, timeout=timeout, env=env)
    return run


def run_cli(*args: str, home: Path, prefect_home: Path, timeout: int = 300,
            env: dict | None = None) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("diplomeet")
    env = {**os.environ, "DIPLOMEET_HOME": str(home), "PREFECT_HOME": str(prefect_home),
           "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout,
                          cwd=REPO)
