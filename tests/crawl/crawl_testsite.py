"""A tiny TRS-style ministry site served on 127.0.0.1, and the Source that reads it.

The site: listing pages `/english/news/index.html`, `index_1.html`, ... (newest
first, `page_size` links each, relative links `./YYYYMM/tYYYYMMDD_N.html`, the page
count in a `createPageHTML(...)` script as TRS sites do) and article pages with a title
and a body. The test controls it through `SiteState`: which articles exist, their text,
robots.txt, ETag/Last-Modified support, per-path faults, a per-article delay, and it
reads back every request the server saw.

Imported by the tests and by the subprocess of the kill -9 test (hence a plain module
with no pytest dependency).
"""

from __future__ import annotations

import hashlib
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from flows.http import PoliteClient
from flows.sources.base import Article, ListingPage, NotAnArticle

LISTING_RE = re.compile(r"^/english/news/index(?:_(\d+))?\.html$")
ARTICLE_RE = re.compile(r"^/english/news/(\d{6})/t(\d{8})_(\d+)\.html$")
LAST_MODIFIED = "Wed, 29 Nov 2023 08:00:00 GMT"


@dataclass(frozen=True)
class Fault:
    """What the server does instead of answering normally.

    kind: 'status' (send `status` with `headers`), 'timeout' (sleep `seconds`, then
    answer normally), 'reset' (close the socket without a response), 'truncate'
    (announce more bytes than sent), 'big' (announce `size` bytes), 'stream' (send
    `size` bytes without Content-Length), 'drip' (announce `size` bytes and send one
    every `seconds`), 'redirect' (302 to `location`).
    """

    kind: str
    status: int = 500
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    size: int = 0
    location: str = ""


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request line was read
    done: float = 0.0  # time.monotonic() when the handler finished
    status: int | None = None  # what the server answered; None: no response


@dataclass
class SiteArticle:
    released: date
    number: int
    title: str
    body: str

    @property
    def path(self) -> str:
        return f"/english/news/{self.released:%Y%m}/t{self.released:%Y%m%d}_{self.number}.html"


@dataclass
class SiteState:
    articles: list[SiteArticle] = field(default_factory=list)  # kept newest first
    page_size: int = 5
    show_page_count: bool = True
    robots: str | None = None  # None: robots.txt is a 404
    robots_status: int = 200
    conditional: bool = True  # ETag / Last-Modified / 304 support
    article_delay: float = 0.0
    faults: dict[str, list[Fault]] = field(default_factory=dict)  # consumed one per request
    always: dict[str, Fault] = field(default_factory=dict)  # every request to the path
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- content ------------------------------------------------------------------

    def add_articles(self, count: int, *, newest: date, per_day: int = 2, prefix: str = "Release") -> list[SiteArticle]:
        """Add `count` articles dated from `newest` backwards, `per_day` a day, newer
        than all existing ones when `newest` is later than them."""
        added = []
        for i in range(count):
            day = newest - timedelta(days=i // per_day)
            number = per_day - i % per_day
            title = f"{prefix} {day:%Y%m%d}-{number}"
            added.append(SiteArticle(day, number, title, f"Body of {title}. Beijing met with visitors."))
        with self.lock:
            self.articles = sorted(self.articles + added, key=lambda a: (a.released, a.number), reverse=True)
        return added

    def article(self, path: str) -> SiteArticle | None:
        return next((a for a in self.articles if a.path == path), None)

    def listing(self, index: int) -> bytes | None:
        pages = max(1, -(-len(self.articles) // self.page_size))
        if index >= pages:
            return None
        chunk = self.articles[index * self.page_size : (index + 1) * self.page_size]
        items = "\n".join(
            f'<li><a href=".{a.path[len("/english/news"):]}" target="_blank">{a.title}</a>'
            f"<span>{a.released:%Y-%m-%d}</span></li>"
            for a in chunk
        )
        script = f'<script>createPageHTML({pages}, {index}, "index", "html");</script>' if self.show_page_count else ""
        html = (
            "<html><head><title>News</title></head><body>"
            '<a href="../about/index.html">About</a>'
            '<a href="https://evil.example/english/news/202311/t20231129_9.html">Mirror</a>'
            f'<ul class="list">{items}</ul>{script}</body></html>'
        )
        return html.encode()

    # -- what the server saw ----------------------------------------------------------

    def paths(self) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests]

    def count(self, predicate=lambda path: True) -> int:
        return sum(1 for p in self.paths() if predicate(p))

    def statuses(self, path: str) -> list[int | None]:
        with self.lock:
            return [r.status for r in self.requests if r.path == path]

    def article_paths(self) -> list[str]:
        return [p for p in self.paths() if ARTICLE_RE.match(p)]

    def listing_paths(self) -> list[str]:
        return [p for p in self.paths() if LISTING_RE.match(p)]

    def reset_log(self) -> None:
        with self.lock:
            self.requests.clear()

    def next_fault(self, path: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get(path)
            if queue:
                return queue.pop(0)
            return self.always.get(path)


class _Handler(BaseHTTPRequestHandler):
    state: SiteState  # set on the subclass made per server
    server_version = "TRS/1.0"

    def log_message(self, format: str, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = urlsplit(self.path).path
        record = Request(path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
        self._record = record
        with self.state.lock:
            self.state.requests.append(record)
        try:
            fault = self.state.next_fault(path)
            if fault is None or not self._fault(fault):
                self._serve(path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size cap, timeout)
        finally:
            record.done = time.monotonic()

    def _fault(self, fault: Fault) -> bool:
        """Apply a fault; True when the request is fully handled."""
        if fault.kind == "status":
            self._send(fault.status, b"error", headers=dict(fault.headers))
        elif fault.kind == "timeout":
            time.sleep(fault.seconds)
            return False
        elif fault.kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        elif fault.kind == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"<html><body>only the start")
            self.wfile.flush()
        elif fault.kind == "big":
            self.send_response(200)
            self.send_header("Content-Length", str(fault.size))
            self.end_headers()
            self.wfile.write(b"x" * 1024)
        elif fault.kind == "stream":
            self.send_response(200)
            self.end_headers()
            block = b"y" * 65536
            for _ in range(fault.size // len(block) + 1):
                self.wfile.write(block)
        elif fault.kind == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(fault.size))
            self.end_headers()
            for _ in range(fault.size):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(fault.seconds)
        elif fault.kind == "redirect":
            self._send(302, b"", headers={"Location": fault.location})
        else:
            raise ValueError(fault.kind)
        return True

    def _serve(self, path: str) -> None:
        state = self.state
        if path == "/robots.txt":
            if state.robots is None:
                self._send(404, b"not found")
            else:
                self._send(state.robots_status, state.robots.encode(), content_type="text/plain")
            return
        listing = LISTING_RE.match(path)
        if listing:
            body = state.listing(int(listing.group(1) or 0))
            self._send_page(body)
            return
        if ARTICLE_RE.match(path):
            if state.article_delay:
                time.sleep(state.article_delay)
            article = state.article(path)
            body = None
            if article is not None:
                body = (
                    f'<html lang="en"><head><title>{article.title}</title></head><body>'
                    f'<div class="news-title">{article.title}</div>'
                    f'<div class="time">( {article.released:%Y.%m.%d} )</div>'
                    f'<div class="TRS_Editor"><p>{article.body}</p></div></body></html>'
                ).encode()
            self._send_page(body)
            return
        self._send(404, b"not found")

    def _send_page(self, body: bytes | None) -> None:
        if body is None:
            self._send(404, b"not found")
            return
        headers = {}
        if self.state.conditional:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", headers=headers)
                return
        self._send(200, body, headers=headers)

    def _send(self, status: int, body: bytes, *, headers: dict[str, str] | None = None,
              content_type: str = "text/html; charset=utf-8") -> None:
        self._record.status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)


class TestSite:
    """A running server; `base_url` is `http://127.0.0.1:<port>`."""

    __test__ = False  # not a pytest class

    def __init__(self, state: SiteState | None = None, port: int = 0) -> None:
        self.state = state or SiteState()
        handler = type("Handler", (_Handler,), {"state": self.state})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> TestSite:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_client(**overrides) -> PoliteClient:
    """delay 0 and millisecond backoff so that retries cost nothing in tests."""
    options = dict(delay=0.0, timeout=2.0, connect_timeout=1.0, max_attempts=3, backoff_base=0.01, backoff_max=2.0)
    options.update(overrides)
    return PoliteClient("diplomeet-test/0 (+tests@example.org)", **options)


class TinySource:
    """A minimal `Source` for the tiny site (the real adapters live in flows/sources/)."""

    name = "tiny"
    default_base_url = "http://127.0.0.1"

    def listing_urls(self, base_url: str) -> Iterator[str]:
        yield f"{base_url}/english/news/index.html"
        index = 1
        while True:
            yield f"{base_url}/english/news/index_{index}.html"
            index += 1

    def parse_listing(self, html: bytes, page_url: str) -> ListingPage:
        text = html.decode("utf-8", errors="replace")
        if "<ul" not in text:
            raise ValueError("no list on the page")
        links = [urljoin(page_url, href) for href in re.findall(r'href="([^"]+)"', text)]
        count = re.search(r"createPageHTML\((\d+),", text)
        return ListingPage(links, int(count.group(1)) if count else None)

    def is_article_url(self, url: str, base_url: str) -> bool:
        return url.startswith(base_url + "/") and ARTICLE_RE.match(urlsplit(url).path) is not None

    def extract_article(self, html: bytes, url: str) -> Article:
        text = html.decode("utf-8", errors="replace")
        title = re.search(r"<title>(.*?)</title>", text)
        body = re.search(r'<div class="TRS_Editor">(.*?)</div>', text, re.S)
        if not title or not body:
            raise NotAnArticle("no title or body")
        return Article(title.group(1), self.release_date_from_url(url), re.sub(r"<[^>]+>", "", body.group(1)))

    def release_date_from_url(self, url: str) -> date | None:
        match = ARTICLE_RE.match(urlsplit(url).path)
        if not match:
            return None
        day = match.group(2)
        return date(int(day[:4]), int(day[4:6]), int(day[6:]))
