"""The polite HTTP client every source shares.

Scrapy's project defaults are the model: obey robots.txt, one request in flight per
host with a delay between requests, retries on 408/429/5xx and on network faults,
conditional GET with ETag/Last-Modified. On top of that: a size cap (a ministry page
is a few hundred kB; anything far larger is a mistake or an attack) and redirects
that may never leave the source's host.

Decisions a future engineer needs:

* Retries are a small explicit loop rather than tenacity. Every attempt must pass
  the per-host politeness gate again, a `Retry-After` header replaces the computed
  backoff, some failures (size cap, refused redirect) must not be retried, and the
  caller wants a result value carrying the attempt count and a one-line error rather
  than an exception. Expressing that with tenacity's stop/wait/retry callbacks was
  longer and harder to read than the loop below.
* robots.txt follows the convention of Google's and RFC 9309: 2xx is parsed;
  4xx (incl. 401/403) means "no robots.txt" and allows everything; 5xx or no
  answer at all (after the usual retries) means "assume complete disallow" for the
  lifetime of this client (one run). The crawler then reports the source as down.
  Groups are matched against the whole User-Agent, so `User-agent: diplomeet` in a
  site's robots.txt applies to us.
  A redirect of robots.txt is followed under the same same-host rule as any page; a
  redirect that rule refuses counts like 4xx (nothing to obey on this host).
* Politeness is per host (`host:port`, lower case): a lock held for the whole of one
  attempt (so at most one request in flight) and at least `delay` seconds, or the
  site's Crawl-delay when larger, between the starts of two requests to that host.
  Backoff sleeps happen outside the lock.
* Timeouts: `timeout` bounds each read and `connect_timeout` the connection, as httpx
  does; `total_timeout` bounds a whole response, checked as each piece of the body
  arrives, so a server dripping a byte at a time cannot hold the host's one request
  slot for long. Past it the attempt is a timeout and is retried like one.
* Non-2xx final statuses are results, not exceptions: `status` holds the code and
  `error` a one-line "HTTP 404 Not Found"; only 408, 429 and 5xx are retried.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

# Headers kept with a result (and archived): the ones conditional GET, the size cap,
# retries and redirects need, plus the server's clock.
KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-length", "date", "retry-after", "location")
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
REFUSED_PREFIX = "refused: "


def default_user_agent(contact: str | None = None) -> str:
    """`diplomeet/<version> (+<contact>)`: identifies the crawler and who runs it, so a
    site operator can reach a person instead of blocking an anonymous bot."""
    try:
        ver = version("diplomeet")
    except PackageNotFoundError:  # running from a source tree that was never installed
        ver = "0"
    return f"diplomeet/{ver} (+{contact})" if contact else f"diplomeet/{ver}"


@dataclass
class FetchResult:
    """What one `PoliteClient.fetch` produced, success or not. Never raised: the crawler
    logs every result in the fetch log."""

    url: str
    final_url: str
    status: int | None  # the last HTTP status seen, None when no response came
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    attempts: int = 0  # HTTP requests made for this fetch (all redirect hops and retries)
    error: str | None = None  # one line; None on 2xx and 304
    elapsed_ms: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        """2xx with a complete body, or 304 Not Modified."""
        return self.error is None and self.status is not None

    @property
    def refused(self) -> bool:
        """The client declined on policy (robots.txt, off-site redirect): not a site fault
        and not worth retrying."""
        return self.error is not None and self.error.startswith(REFUSED_PREFIX)


class _Final(Exception):
    """An attempt outcome that must not be retried (size cap)."""


class _Transient(Exception):
    """An attempt outcome worth retrying (network fault, truncated body)."""


@dataclass
class _Attempt:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class _HostState:
    lock: threading.Lock = field(default_factory=threading.Lock)  # one request in flight
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    last_start: float | None = None  # time.monotonic() of the last request start
    robots: Protego | None = None
    robots_error: str | None = None  # set when robots.txt made the host off-limits
    robots_checked: bool = False
    requests: int = 0


class PoliteClient:
    """Synchronous, thread-safe, polite HTTP client. Use as a context manager or call
    `close()`.

    `delay` 0 is allowed (local sample site, tests). Backoff before retry n (1-based) is
    `min(backoff_max, backoff_base * 2**(n-1))` scaled by a random factor in [0.5, 1]
    (jitter, so that clients do not retry in lockstep), unless the server sent
    Retry-After, which is honoured up to `backoff_max`.
    """

    def __init__(
        self,
        user_agent: str,
        *,
        delay: float = 1.0,
        timeout: float = 20.0,
        connect_timeout: float = 10.0,
        max_bytes: int = 5_000_000,
        total_timeout: float = 120.0,
        max_attempts: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        obey_robots: bool = True,
    ) -> None:
        self.user_agent = user_agent
        self.delay = max(0.0, delay)
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.obey_robots = obey_robots
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            follow_redirects=False,  # redirects are checked hop by hop below
            headers={"User-Agent": user_agent},
        )
        self._hosts: dict[str, _HostState] = {}
        self._hosts_lock = threading.Lock()

    # -- public -------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        allowed_host: str,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """GET `url`, following redirects only on `allowed_host`.

        `allowed_host` is a host name, optionally with `:port`; the host is compared
        case-insensitively and the port only when `allowed_host` names one (so
        http→https on the same host is fine). `etag`/`last_modified` turn the request
        into a conditional GET; a 304 comes back with `ok` and `not_modified` true.
        """
        started = time.monotonic()
        result = FetchResult(url=url, final_url=url, status=None)
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        try:
            for hop in range(MAX_REDIRECTS + 1):
                result.final_url = current
                refusal = self._refusal(current, allowed_host, redirected=hop > 0)
                if refusal:
                    result.error = refusal
                    return result
                robots_error = self._robots_verdict(current, allowed_host)
                if robots_error:
                    result.error = robots_error
                    return result
                status, headers, body, error = self._get_with_retries(current, conditional, result)
                result.status, result.headers, result.body = status, headers, body
                if error:
                    result.error = error
                    return result
                if status in REDIRECT_STATUSES and headers.get("location"):
                    current = urljoin(current, headers["location"])
                    continue
                if not (200 <= status < 300 or status == 304):
                    result.error = _status_line(status)
                return result
            result.error = f"too many redirects (more than {MAX_REDIRECTS})"
            return result
        finally:
            result.elapsed_ms = int((time.monotonic() - started) * 1000)

    def requests_made(self, host: str | None = None) -> int:
        """HTTP requests sent so far (robots.txt included), to `host` (`host:port`) or in all."""
        with self._hosts_lock:
            if host is not None:
                state = self._hosts.get(host.lower())
                return state.requests if state else 0
            return sum(state.requests for state in self._hosts.values())

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- policy ---------------------------------------------------------------------

    @staticmethod
    def _refusal(url: str, allowed_host: str, *, redirected: bool = False) -> str | None:
        """Why `url` may not be requested at all, or None."""
        parts = urlsplit(url)
        what = "redirect to" if redirected else "url"
        if parts.scheme not in ("http", "https"):
            return f"{REFUSED_PREFIX}{what} not http(s): {url}"
        if not _same_host(parts, allowed_host):
            where = "redirect off-site to" if redirected else f"off-site url (allowed host {allowed_host}):"
            return f"{REFUSED_PREFIX}{where} {url}"
        return None

    def _host(self, url: str) -> _HostState:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _HostState())

    def _robots_verdict(self, url: str, allowed_host: str) -> str | None:
        """None when robots.txt lets us fetch `url`, else the refusal line. robots.txt is
        fetched once per host per client, under the host's politeness gate."""
        if not self.obey_robots:
            return None
        state = self._host(url)
        with state.robots_lock:  # two threads must not both fetch robots.txt
            if not state.robots_checked:
                self._load_robots(url, state, allowed_host)
                state.robots_checked = True
        if state.robots_error:
            return state.robots_error
        if state.robots is not None and not state.robots.can_fetch(url, self.user_agent):
            return f"{REFUSED_PREFIX}robots.txt disallows {urlsplit(url).path or '/'}"
        return None

    def _load_robots(self, url: str, state: _HostState, allowed_host: str) -> None:
        parts = urlsplit(url)
        current = f"{parts.scheme}://{parts.netloc}/robots.txt"
        counter = FetchResult(url=current, final_url=current, status=None)
        for _hop in range(MAX_REDIRECTS + 1):
            if self._refusal(current, allowed_host):
                break  # redirected off the host: nothing to obey here (module docstring)
            status, headers, body, error = self._get_with_retries(current, {}, counter)
            if error or status is None or status >= 500:
                state.robots_error = (
                    f"{REFUSED_PREFIX}robots.txt unavailable ({error or _status_line(status)}); "
                    "host treated as disallowed"
                )
                return
            if status in REDIRECT_STATUSES and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            if 200 <= status < 300:
                state.robots = Protego.parse(body.decode("utf-8", errors="replace"))
            return  # 4xx: no robots.txt, everything allowed

    def _host_delay(self, state: _HostState) -> float:
        crawl_delay = None
        if state.robots is not None:
            crawl_delay = state.robots.crawl_delay(self.user_agent)
        return max(self.delay, float(crawl_delay or 0.0))

    # -- transport ------------------------------------------------------------------

    def _get_with_retries(
        self, url: str, extra_headers: dict[str, str], result: FetchResult
    ) -> tuple[int | None, dict[str, str], bytes, str | None]:
        """One URL, retried. Returns (status, headers, body, error); counts attempts on
        `result`. `error` is None for any final HTTP status (the caller judges it)."""
        state = self._host(url)
        last_error = ""
        last_status: int | None = None
        last_headers: dict[str, str] = {}
        last_body = b""
        for attempt in range(1, self.max_attempts + 1):
            result.attempts += 1
            retry_after: float | None = None
            try:
                got = self._attempt(url, extra_headers, state)
            except _Final as exc:
                return None, {}, b"", str(exc)
            except _Transient as exc:
                last_error, last_status = str(exc), None
            else:
                if got.status not in RETRY_STATUSES:
                    return got.status, got.headers, got.body, None
                last_status, last_headers, last_body = got.status, got.headers, got.body
                last_error = _status_line(got.status)
                retry_after = _parse_retry_after(got.headers.get("retry-after"))
            if attempt < self.max_attempts:
                time.sleep(self._backoff(attempt, retry_after))
        suffix = f" after {self.max_attempts} attempts" if self.max_attempts > 1 else ""
        return last_status, last_headers, last_body, f"{last_error}{suffix}"

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(self.backoff_max, max(0.0, retry_after))
        base = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return base * random.uniform(0.5, 1.0)

    def _attempt(self, url: str, extra_headers: dict[str, str], state: _HostState) -> _Attempt:
        """One request under the host's politeness gate. Raises _Transient or _Final."""
        with state.lock:
            wait = 0.0
            if state.last_start is not None:
                wait = state.last_start + self._host_delay(state) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            state.last_start = time.monotonic()
            with self._hosts_lock:
                state.requests += 1
            return self._send(url, extra_headers)

    def _send(self, url: str, extra_headers: dict[str, str]) -> _Attempt:
        # httpx's timeouts bound each read, not the response: a server sending a byte every few
        # seconds would hold the host's one request slot for days. The body must be in by then.
        deadline = time.monotonic() + self.total_timeout
        try:
            with self._http.stream("GET", url, headers=extra_headers) as response:
                headers = {
                    name: response.headers[name] for name in KEPT_HEADERS if name in response.headers
                }
                announced = _int_or_none(headers.get("content-length"))
                if announced is not None and announced > self.max_bytes:
                    raise _Final(f"response larger than {self.max_bytes} bytes")
                chunks: list[bytes] = []
                size = 0
                try:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise _Final(f"response larger than {self.max_bytes} bytes")
                        chunks.append(chunk)
                        if time.monotonic() > deadline:
                            raise _Transient("timeout")
                except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                    raise _Transient("truncated body") from exc
                except httpx.TimeoutException as exc:
                    raise _Transient("timeout") from exc
                body = b"".join(chunks)
                encoded = "content-encoding" in response.headers
                if announced is not None and not encoded and len(body) < announced:
                    raise _Transient("truncated body")
                return _Attempt(response.status_code, headers, body)
        except (_Final, _Transient):
            raise
        except httpx.TimeoutException as exc:
            raise _Transient("timeout") from exc
        except httpx.ConnectError as exc:
            raise _Transient(f"connection failed: {_one_line(exc)}") from exc
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise _Transient("connection reset") from exc
        except httpx.HTTPError as exc:
            raise _Transient(f"{type(exc).__name__}: {_one_line(exc)}") from exc


def _same_host(parts, allowed_host: str) -> bool:
    allowed = allowed_host.lower()
    if ":" in allowed:
        return parts.netloc.lower() == allowed
    return (parts.hostname or "").lower() == allowed


def _status_line(status: int | None) -> str:
    if status is None:
        return "no response"
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
