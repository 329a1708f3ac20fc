"""The real HTTP server on 127.0.0.1, and the foreground command."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from flows.sample_site import build_demo_sites, serve
from flows.sample_site.seed import SEED_FILE, SEED_URL_PATH

ROOT = Path(__file__).resolve().parents[2]


def test_seed_release_served_over_http_with_conditional_get(idcpc_site):
    with serve(idcpc_site) as server, httpx.Client(base_url=server.base_url) as client:
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        response = client.get(SEED_URL_PATH)
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert int(response.headers["content-length"]) == len(response.content)
        first_sentence = SEED_FILE.read_text(encoding="utf-8").splitlines()[3][:80]
        assert first_sentence in response.text
        again = client.get(SEED_URL_PATH, headers={"If-None-Match": response.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
        head = client.head(idcpc_site.listing_path(1))
        assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
        assert client.get("/english/news/209901/t20990101_1.html").status_code == 404
        assert client.get("/robots.txt").text.startswith("User-agent: *")
        # Keep-alive: the requests above went over one pooled connection without errors.
    statuses = [(r.method, r.status) for r in idcpc_site.requests_for(SEED_URL_PATH)]
    assert statuses == [("GET", 200), ("GET", 304)]


def test_stop_releases_the_port_and_two_sites_run_side_by_side():
    idcpc, fmprc, truth = build_demo_sites(n=60, seed=2)
    assert len(truth) == 60 and {t["source"] for t in truth} == {"idcpc", "fmprc"}
    assert len(idcpc.releases) + len(fmprc.releases) == 60
    with serve(idcpc) as one, serve(fmprc) as two:
        assert one.port != two.port
        assert httpx.get(two.base_url + fmprc.listing_path(0)).status_code == 200
        port = one.port
    with socket.socket() as probe:  # the port is free again
        probe.bind(("127.0.0.1", port))


def test_many_concurrent_clients(fmprc_site):
    paths = fmprc_site.article_paths()[:40]
    with serve(fmprc_site) as server, httpx.Client(base_url=server.base_url) as client:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda p: client.get(p).status_code, paths))
    assert codes == [200] * len(paths)


@pytest.mark.skipif(os.name != "posix", reason="SIGINT handling")
def test_foreground_command_serves_and_stops_cleanly(tmp_path):
    truth = tmp_path / "truth.jsonl"
    command = [sys.executable, "-m", "flows.sample_site", "--layout", "fmprc", "--releases", "30",
               "--seed", "1", "--port", "0", "--truth", str(truth)]
    # Ctrl-C's default disposition in the child, as from a shell, whatever this process inherited
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = process.stdout.readline()
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        assert url.endswith("/eng/xw/zyxw/index.html")
        assert httpx.get(url).status_code == 200
        assert len(truth.read_text().splitlines()) == 30
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0 and "Traceback" not in err


def test_foreground_command_reports_a_busy_port_in_one_line():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "flows.sample_site", "--releases", "5", "--port", str(port)],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot listen" in result.stderr and "Traceback" not in result.stderr
