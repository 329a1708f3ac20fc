"""`launch()` as the CLI uses it: a real `streamlit run` subprocess, stopped by Ctrl-C."""

from __future__ import annotations

import httpx

from flows.dashboard import streamlit_command


def test_command_is_headless_local_and_without_telemetry():
    cmd = streamlit_command(port=8765)
    options = cmd[cmd.index("--server.headless"):]
    flags = dict(zip(options[::2], options[1::2]))
    assert flags["--server.headless"] == "true"
    assert flags["--browser.gatherUsageStats"] == "false"
    assert flags["--server.address"] == "127.0.0.1"
    assert flags["--server.port"] == "8765"
    assert cmd[1:4] == ["-m", "streamlit", "run"]
    assert streamlit_command(open_browser=True)[cmd.index("--server.headless") + 1] == "false"


def test_launch_serves_and_ctrl_c_stops_it_cleanly(tmp_path, dashboard):
    server = dashboard(tmp_path / "no-warehouse-yet")
    assert httpx.get(f"{server.url}/_stcore/health", timeout=5).text == "ok"
    assert server.ctrl_c() == 0
    assert "Traceback" not in server.output()
    try:
        httpx.get(f"{server.url}/_stcore/health", timeout=2)
        still_serving = True
    except httpx.HTTPError:
        still_serving = False
    assert not still_serving
