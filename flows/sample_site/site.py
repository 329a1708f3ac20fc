"""`SampleSite`: URL path → (status, headers, body), rendered on request, behaving like a
static CMS (ETag / Last-Modified, 304 on conditional GET, robots.txt, 404 page), with the
mutations tests need (publish, correct, remove, injected failures) and a request log.

Times are logical, never the clock: an article's Last-Modified is its posting date at
10:00 UTC; every later change (a correction, a publication) is stamped one minute after
the latest stamp the site has given, so Last-Modified always advances when content does.
"""

from __future__ import annotations

import hashlib
import math
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Iterable, Mapping, NamedTuple

from flows.sample_site import pages
from flows.sample_site.generate import Release

HTML = "text/html; charset=utf-8"


class Response(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class RequestRecord:
    """One request the site answered, with the conditional headers the client sent."""

    method: str
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None


@dataclass
class _Article:
    release: Release
    modified: datetime
    body: list[str] | None = None  # a correction's paragraphs (replacing body + Enditem)
    version: int = 1

    def paragraphs(self) -> list[str]:
        return self.body if self.body is not None else self.release.paragraphs


@dataclass
class _Failure:
    status: int
    remaining: int
    headers: dict[str, str] = field(default_factory=dict)


def _posted_at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=timezone.utc)


def _url_number(path: str) -> int:
    return int(path.rsplit("_", 1)[-1].split(".")[0])


class SampleSite:
    """One site (layout 'idcpc' or 'fmprc') serving `releases` of that source.

    Listing pages `<section>index.html`, `index_1.html`, ... newest first, `page_size`
    items each; articles at their `url_path`; `/robots.txt` allowing all but
    `robots_disallow`, with an optional `Crawl-delay`. Thread-safe: the server calls
    `handle` from many threads while a test mutates the site."""

    def __init__(self, releases: Iterable[Release], layout: str = "idcpc", page_size: int = 20, *,
                 robots_disallow: Iterable[str] = (), crawl_delay: float | None = None):
        if layout not in pages.LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}; expected one of {sorted(pages.LAYOUTS)}")
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        self.layout = pages.LAYOUTS[layout]
        self.page_size = page_size
        self.robots_disallow = list(robots_disallow)
        self.crawl_delay = crawl_delay
        self._lock = threading.Lock()
        self._articles: dict[str, _Article] = {}
        self._order: list[str] = []  # article paths, newest first, as the listing shows them
        self._failures: dict[str, _Failure] = {}
        self._log: list[RequestRecord] = []
        self._latest = datetime(2000, 1, 1, tzinfo=timezone.utc)
        releases = sorted(releases, key=lambda r: (r.published, _url_number(r.url_path)), reverse=True)
        self._add(releases)
        self._order = [r.url_path for r in releases]
        self._listing_modified = self._latest

    # ------------------------------------------------------------------ what it serves

    @property
    def releases(self) -> list[Release]:
        """The releases served, newest first (listing order)."""
        with self._lock:
            return [self._articles[p].release for p in self._order]

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self._order) / self.page_size))

    def listing_path(self, page: int = 0) -> str:
        return f"{self.layout.section}index.html" if page == 0 else f"{self.layout.section}index_{page}.html"

    def article_paths(self) -> list[str]:
        with self._lock:
            return list(self._order)

    def paragraphs(self, url_path: str) -> list[str]:
        """The paragraphs the article page currently shows (after corrections)."""
        with self._lock:
            return list(self._articles[url_path].paragraphs())

    # ------------------------------------------------------------------ mutations for tests

    def publish(self, new_releases: Iterable[Release]) -> None:
        """New releases go to the top of page 0 (newest first among themselves); the older
        items shift down the pages, as on a real CMS."""
        new = sorted(new_releases, key=lambda r: (r.published, _url_number(r.url_path)), reverse=True)
        with self._lock:
            for release in new:
                if release.url_path in self._articles:
                    raise ValueError(f"{release.url_path} is already published")
            self._add(new)
            self._order = [r.url_path for r in new] + self._order
            self._listing_modified = self._tick()

    def correct(self, url_path: str, new_body: list[str]) -> None:
        """Replace an article's paragraphs (same URL): new ETag and a later Last-Modified."""
        with self._lock:
            article = self._articles.get(url_path)
            if article is None:
                raise KeyError(f"no article at {url_path}")
            article.body = list(new_body)
            article.version += 1
            article.modified = self._tick()

    def remove(self, url_path: str) -> None:
        """Take an article down: its URL answers 404 and the listings drop it."""
        with self._lock:
            if self._articles.pop(url_path, None) is None:
                raise KeyError(f"no article at {url_path}")
            self._order = [p for p in self._order if p != url_path]
            self._listing_modified = self._tick()

    def inject_failure(self, path: str, status: int = 503, times: int = 1,
                       headers: Mapping[str, str] | None = None) -> None:
        """Answer the next `times` requests of `path` with `status` (e.g. 503 with
        {'Retry-After': '1'}, 429, 500) before serving it normally again."""
        with self._lock:
            self._failures[path] = _Failure(status, times, dict(headers or {}))

    # ------------------------------------------------------------------ request log

    @property
    def request_log(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._log)

    def request_count(self, path: str | None = None) -> int:
        with self._lock:
            return len(self._log) if path is None else sum(1 for r in self._log if r.path == path)

    def requests_for(self, path: str) -> list[RequestRecord]:
        with self._lock:
            return [r for r in self._log if r.path == path]

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    # ------------------------------------------------------------------ HTTP

    def get(self, path: str, headers: Mapping[str, str] | None = None) -> Response:
        """Answer a GET without a server (for unit tests and benchmarks)."""
        return self.handle("GET", path, headers or {})

    def handle(self, method: str, target: str, headers: Mapping[str, str]) -> Response:
        path = target.split("?", 1)[0].split("#", 1)[0] or "/"
        lowered = {k.lower(): v for k, v in headers.items()}  # header names are case-insensitive
        response = self._respond(method, path, lowered)
        record = RequestRecord(method, path, response.status, lowered.get("if-none-match"),
                               lowered.get("if-modified-since"), lowered.get("user-agent"))
        with self._lock:
            self._log.append(record)
        return response

    def _respond(self, method: str, path: str, headers: Mapping[str, str]) -> Response:
        if method not in ("GET", "HEAD"):
            return Response(405, {"Content-Type": "text/plain; charset=utf-8", "Allow": "GET, HEAD"},
                            b"method not allowed\n")
        with self._lock:
            failure = self._failures.get(path)
            if failure:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    del self._failures[path]
        if failure:
            return Response(failure.status, {"Content-Type": "text/plain; charset=utf-8", **failure.headers},
                            f"error {failure.status}\n".encode())
        if path == "/robots.txt":
            return Response(200, {"Content-Type": "text/plain; charset=utf-8"}, self._robots())
        page = self._render(path)
        if page is None:
            return Response(404, {"Content-Type": HTML}, pages.not_found_html(self.layout))
        body, modified = page
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        out = {"Content-Type": HTML, "ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True),
               "Cache-Control": "max-age=600"}
        if _not_modified(headers, etag, modified):
            return Response(304, out, b"")
        return Response(200, out, body)

    def _render(self, path: str) -> tuple[bytes, datetime] | None:
        section = self.layout.section
        if path == "/":
            return pages.home_html(self.layout), self._listing_modified
        if not path.startswith(section):
            return None
        name = path[len(section):]
        if name in ("", "index.html"):
            return self._listing(0)
        if name.startswith("index_") and name.endswith(".html"):
            number = name[len("index_"):-len(".html")]
            # index_0.html does not exist on a TRS site: page 0 is index.html.
            if not number.isdigit() or number.startswith("0") or int(number) >= self.page_count:
                return None
            return self._listing(int(number))
        with self._lock:
            article = self._articles.get(path)
            if article is None:
                return None
            paragraphs, modified = article.paragraphs(), article.modified
        release = article.release
        body = pages.article_html(self.layout, release.title, release.published, paragraphs,
                                  _url_number(release.url_path))
        return body, modified

    def _listing(self, page: int) -> tuple[bytes, datetime]:
        with self._lock:
            paths = self._order[page * self.page_size:(page + 1) * self.page_size]
            count = self.page_count
            items = [self._articles[p].release for p in paths]
            modified = self._listing_modified
        section = self.layout.section
        links = [("./" + r.url_path[len(section):], r.title, r.published) for r in items]
        return pages.listing_html(self.layout, links, count, page), modified

    def _robots(self) -> bytes:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {p}" for p in self.robots_disallow]
        lines.append("Allow: /")
        if self.crawl_delay is not None:
            lines.append(f"Crawl-delay: {self.crawl_delay:g}")
        return ("\n".join(lines) + "\n").encode()

    # ------------------------------------------------------------------ internals

    def _add(self, releases: list[Release]) -> None:
        for release in releases:
            if release.source != self.layout.name:
                raise ValueError(f"release {release.url_path} is from {release.source!r}, "
                                 f"not this {self.layout.name!r} site")
            modified = _posted_at(release.published)
            self._articles[release.url_path] = _Article(release, modified)
            self._latest = max(self._latest, modified)

    def _tick(self) -> datetime:
        self._latest += timedelta(minutes=1)
        return self._latest


def _not_modified(headers: Mapping[str, str], etag: str, modified: datetime) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = headers.get("if-modified-since")
    if since:
        try:
            return modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False
