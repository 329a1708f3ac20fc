"""The Streamlit dashboard over the published marts.

`launch()` is what `diplomeet dashboard` calls. The app itself is `app.py` (entry script)
with one script per page in `views/`; queries live in `data.py`, connection handling and
cache keys in `warehouse.py` / `cache.py`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

APP_SCRIPT = Path(__file__).with_name("app.py")


def streamlit_command(port: int = 8501, host: str = "127.0.0.1",
                      open_browser: bool = False) -> list[str]:
    """The `streamlit run` command line: headless unless a browser is wanted, no telemetry."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
        "--server.headless", "false" if open_browser else "true",
        "--browser.gatherUsageStats", "false",
        "--server.address", host,
        "--server.port", str(port),
        "--server.fileWatcherType", "none",
        "--global.developmentMode", "false",
        "--client.toolbarMode", "viewer",
        "--theme.base", "light",
    ]


def launch(warehouse_dir: Path, port: int = 8501, host: str = "127.0.0.1",
           open_browser: bool = False) -> int:
    """Serve the dashboard for `warehouse_dir` until the process ends or Ctrl-C; returns the
    exit code (0 after Ctrl-C).

    The warehouse folder travels in `DIPLOMEET_HOME`, the variable every diplomeet command
    reads. A missing warehouse is not an error here: the page itself says how to build one,
    so the dashboard can be left running before the first nightly run publishes.
    """
    env = {**os.environ, "DIPLOMEET_HOME": str(Path(warehouse_dir).expanduser().resolve()),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(streamlit_command(port, host, open_browser), env=env)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        # The terminal sent SIGINT to the whole process group, so Streamlit is already
        # shutting down; wait for it, and make sure it does if it was not in our group.
        try:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        except ProcessLookupError:
            pass
        return 0
