"""Serve a `SampleSite` over HTTP on 127.0.0.1 (ThreadingHTTPServer in a daemon thread).

HTTP/1.1 with keep-alive (every response has a Content-Length), so a crawler's connection
pool is exercised as against a real server. Quiet: no request lines or tracebacks on
stderr (a client that hangs up mid-response is normal during tests).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from flows.sample_site.site import SampleSite


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "TRS/7.0"  # what the ministry sites' CMS answers with, more or less
    sys_version = ""
    timeout = 30  # idle keep-alive connections end, so handler threads do not pile up
    # Headers and body go out in one write with Nagle off: otherwise a kept-alive client
    # waits ~40 ms per request (delayed ACK against a two-write response).
    disable_nagle_algorithm = True
    site: SampleSite  # set on the subclass made per server

    def _answer(self, with_body: bool) -> None:
        response = self.site.handle(self.command, self.path, self.headers)
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self._headers_buffer.append(b"\r\n")  # end_headers() without its separate flush
        if with_body and response.status != 304:
            self._headers_buffer.append(response.body)
        self.wfile.write(b"".join(self._headers_buffer))
        self._headers_buffer = []

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's naming)
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(with_body=False)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(with_body=True)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # broken pipes and resets from clients that went away


class SampleServer:
    """A running server: `.base_url` ('http://127.0.0.1:PORT'), `.port`, `.site`, `.stop()`;
    a context manager that stops on exit."""

    def __init__(self, site: SampleSite, host: str = "127.0.0.1", port: int = 0):
        handler = type("SiteHandler", (_Handler,), {"site": site})
        self.site = site
        self._server = _QuietServer((host, port), handler)
        self.host = host
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"sample-site-{self.port}", daemon=True)

    def start(self) -> "SampleServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> "SampleServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(site: SampleSite, host: str = "127.0.0.1", port: int = 0) -> SampleServer:
    """Start serving `site` in a daemon thread; port 0 picks a free port."""
    return SampleServer(site, host, port).start()
