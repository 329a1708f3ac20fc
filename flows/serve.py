"""`diplomeet serve`: `nightly` on a cron, against a Prefect server.

`flow.serve` schedules only against a running Prefect server (the ephemeral API
cannot schedule), so with no PREFECT_API_URL we start `prefect server start` on
127.0.0.1 ourselves and stop it on exit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from rich.console import Console

SERVER_START_TIMEOUT = 90.0


def pick_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_local_server(console: Console, port: int) -> subprocess.Popen:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    log_dir = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    log_dir.mkdir(parents=True, exist_ok=True)
    log = open(log_dir / "diplomeet-server.log", "ab")
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the local Prefect server exited early; see {log.name}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                console.print(f"Started a local Prefect server: UI at http://127.0.0.1:{port}")
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError(f"the local Prefect server did not answer within {SERVER_START_TIMEOUT:.0f} s")


def serve_nightly(console: Console, *, cron: str, timezone: str, sources: dict[str, str] | None,
                  warehouse: Path | None, delay: float | None, recheck_days: int = 0) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        console.print(f"error: unknown time zone {timezone!r}", style="red")
        return 2
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        port = pick_port()
        try:
            server = start_local_server(console, port)
        except RuntimeError as exc:
            console.print(f"error: {exc}", style="red")
            return 1
        os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    else:
        console.print(f"Using the Prefect server at {os.environ['PREFECT_API_URL']}")
    try:
        from prefect.schedules import Cron

        from flows.nightly import nightly

        params = {"sources": sources, "warehouse": str(warehouse) if warehouse else None, "delay": delay,
                  "recheck_days": recheck_days or None}
        console.print(f"Scheduling nightly at '{cron}' ({timezone}); Ctrl-C stops.")
        nightly.serve(name="diplomeet-nightly", schedules=[Cron(cron, timezone=timezone)],
                      parameters={k: v for k, v in params.items() if v is not None}, print_starting_message=False)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
