"""PoliteClient against a real local server whose faults the test sets."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from crawl_testsite import Fault, make_client

from flows.http import FetchResult, _parse_retry_after, default_user_agent

PAGE = "/english/news/index.html"


def fetch(client, site, path=PAGE, **kwargs) -> FetchResult:
    return client.fetch(site.url(path), allowed_host=site.host, **kwargs)


def test_plain_fetch_sends_user_agent_and_keeps_headers(site, client):
    site.state.add_articles(3, newest=datetime(2023, 11, 29).date())
    result = fetch(client, site)
    assert result.ok and result.status == 200 and result.attempts == 1
    assert b"createPageHTML" in result.body
    assert result.headers["content-type"].startswith("text/html")
    assert result.headers["etag"].startswith('"')
    request = [r for r in site.state.requests if r.path == PAGE][0]
    assert request.headers["user-agent"] == "diplomeet-test/0 (+tests@example.org)"


def test_default_user_agent_names_contact():
    assert default_user_agent("ops@example.org").startswith("diplomeet/")
    assert default_user_agent("ops@example.org").endswith("(+ops@example.org)")
    assert "(" not in default_user_agent(None)


def test_500_then_success_is_retried(site, client):
    site.state.faults[PAGE] = [Fault("status", status=500)]
    result = fetch(client, site)
    assert result.ok and result.attempts == 2
    assert site.state.count(lambda p: p == PAGE) == 2


def test_persistent_503_gives_up_with_one_line_error(site, client):
    site.state.always[PAGE] = Fault("status", status=503)
    result = fetch(client, site)
    assert not result.ok and result.status == 503
    assert result.error == "HTTP 503 Service Unavailable after 3 attempts"
    assert site.state.count(lambda p: p == PAGE) == 3


def test_503_retry_after_is_honoured(site, client):
    site.state.faults[PAGE] = [Fault("status", status=503, headers=(("Retry-After", "1"),))]
    result = fetch(client, site)
    assert result.ok and result.attempts == 2
    first, second = [r for r in site.state.requests if r.path == PAGE]
    # backoff_base is 0.01 s: only Retry-After explains a pause of about a second
    assert second.at - first.at >= 0.9


def test_429_retry_after_is_honoured_and_capped(site):
    site.state.faults[PAGE] = [Fault("status", status=429, headers=(("Retry-After", "3600"),))]
    with make_client(backoff_max=0.3) as client:
        result = fetch(client, site)
    assert result.ok and result.attempts == 2
    first, second = [r for r in site.state.requests if r.path == PAGE]
    assert second.at - first.at >= 0.25  # waited, but the cap and not the hour


def test_retry_after_http_date():
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    seconds = _parse_retry_after(format_datetime(when, usegmt=True))
    assert 25 <= seconds <= 31
    assert _parse_retry_after("7") == 7.0
    assert _parse_retry_after("soon") is None


def test_404_is_a_result_not_retried(site, client):
    result = fetch(client, site, "/english/news/202001/t20200101_1.html")
    assert result.status == 404 and result.attempts == 1
    assert result.error == "HTTP 404 Not Found" and not result.ok and not result.refused


def test_read_timeout_retried_then_reported(site):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.always[PAGE] = Fault("timeout", seconds=2.5)
    with make_client(timeout=0.8) as client:
        result = fetch(client, site)
    assert result.status is None and result.error == "timeout after 3 attempts"
    assert site.state.count(lambda p: p == PAGE) == 3


def test_one_timeout_then_success(site):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.faults[PAGE] = [Fault("timeout", seconds=2.5)]
    with make_client(timeout=0.8) as client:
        result = fetch(client, site)
    assert result.ok and result.attempts == 2


def test_body_dripped_a_byte_at_a_time_times_out_as_a_whole(site):
    # Every read comes well within the read timeout; only the deadline on the whole response stops it.
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.always[PAGE] = Fault("drip", seconds=0.1, size=600)  # a minute, if let run
    started = time.monotonic()
    with make_client(timeout=1.0, total_timeout=0.6, max_attempts=2) as client:
        result = fetch(client, site)
    assert result.status is None and result.error == "timeout after 2 attempts"
    assert time.monotonic() - started < 10


def test_connection_reset_is_retried(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.faults[PAGE] = [Fault("reset")]
    result = fetch(client, site)
    assert result.ok and result.attempts == 2
    site.state.always[PAGE] = Fault("reset")
    result = fetch(client, site)
    assert result.error == "connection reset after 3 attempts" and result.status is None


def test_truncated_body_is_retried_then_reported(site, client):
    site.state.always[PAGE] = Fault("truncate")
    result = fetch(client, site)
    assert result.error == "truncated body after 3 attempts"
    assert site.state.count(lambda p: p == PAGE) == 3


def test_announced_oversized_body_refused_without_retry(site):
    site.state.always[PAGE] = Fault("big", size=10_000_000)
    with make_client(max_bytes=1_000_000) as client:
        result = fetch(client, site)
    assert result.error == "response larger than 1000000 bytes"
    assert result.attempts == 1 and site.state.count(lambda p: p == PAGE) == 1


def test_streamed_oversized_body_aborted(site):
    site.state.always[PAGE] = Fault("stream", size=3_000_000)
    with make_client(max_bytes=500_000) as client:
        result = fetch(client, site)
    assert result.error == "response larger than 500000 bytes" and result.attempts == 1
    assert result.body == b""


def test_redirect_off_site_refused(site, client):
    site.state.always[PAGE] = Fault("redirect", location="https://evil.example/")
    result = fetch(client, site)
    assert result.refused and not result.ok
    assert result.error == "refused: redirect off-site to https://evil.example/"
    assert site.state.count(lambda p: p == PAGE) == 1


def test_redirect_to_other_scheme_refused(site, client):
    site.state.always[PAGE] = Fault("redirect", location="ftp://" + site.host + "/x")
    result = fetch(client, site)
    assert result.refused and "not http(s)" in result.error


def test_same_host_redirect_followed(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.always["/old.html"] = Fault("redirect", location="/english/news/index.html")
    result = fetch(client, site, "/old.html")
    assert result.ok and result.final_url == site.url(PAGE) and result.attempts == 2


def test_redirect_loop_stops(site, client):
    site.state.always["/a.html"] = Fault("redirect", location="/b.html")
    site.state.always["/b.html"] = Fault("redirect", location="/a.html")
    result = fetch(client, site, "/a.html")
    assert not result.ok and result.error.startswith("too many redirects")
    assert site.state.count(lambda p: p in ("/a.html", "/b.html")) == 6


def test_off_site_url_refused_without_request(site, client):
    result = client.fetch("http://evil.example/x", allowed_host=site.host)
    assert result.refused and result.attempts == 0


def test_robots_disallow_means_no_request(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.robots = "User-agent: *\nDisallow: /private/\n"
    denied = fetch(client, site, "/private/secret.html")
    allowed = fetch(client, site)
    assert denied.refused and denied.error.startswith("refused: robots.txt disallows")
    assert denied.attempts == 0
    assert allowed.ok
    assert site.state.paths() == ["/robots.txt", PAGE]  # robots.txt once, nothing private


def test_robots_group_for_our_agent(site, client):
    site.state.robots = "User-agent: diplomeet-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    assert fetch(client, site).refused


def test_crawl_delay_honoured(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    site.state.robots = "User-agent: *\nCrawl-delay: 0.5\n"
    for _ in range(3):
        assert fetch(client, site).ok
    starts = [r.at for r in site.state.requests]  # robots.txt + 3 pages
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.4  # loose: server-side clocks jitter


def test_robots_5xx_treated_as_disallow_all(site, client):
    site.state.robots = "User-agent: *\nAllow: /\n"
    site.state.robots_status = 503
    result = fetch(client, site)
    assert result.refused and "robots.txt unavailable" in result.error
    assert PAGE not in site.state.paths()
    assert site.state.count(lambda p: p == "/robots.txt") == 3  # retried like any page, then cached
    assert fetch(client, site).refused
    assert site.state.count(lambda p: p == "/robots.txt") == 3


def test_robots_404_allows_all(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    assert fetch(client, site).ok
    assert site.state.statuses("/robots.txt") == [404]


def test_robots_ignored_when_told(site):
    site.state.robots = "User-agent: *\nDisallow: /\n"
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    with make_client(obey_robots=False) as client:
        assert fetch(client, site).ok
    assert "/robots.txt" not in site.state.paths()


def test_conditional_get_gets_304(site, client):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    first = fetch(client, site)
    second = fetch(client, site, etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    assert second.ok and second.not_modified and second.body == b""
    request = [r for r in site.state.requests if r.path == PAGE][-1]
    assert request.headers["if-none-match"] == first.headers["etag"]
    assert request.headers["if-modified-since"] == first.headers["last-modified"]


def test_one_request_in_flight_per_host(site, client):
    site.state.add_articles(4, newest=datetime(2023, 11, 29).date())
    site.state.article_delay = 0.1
    paths = [a.path for a in site.state.articles]
    fetch(client, site)  # robots.txt out of the way
    threads = [threading.Thread(target=fetch, args=(client, site, path)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    spans = sorted((r.at, r.done) for r in site.state.requests if r.path in paths)
    assert len(spans) == 4
    # The server stamps "done" after its last write, so on a loaded machine the client's next request
    # can be stamped a few ms before it; two requests in flight together would overlap by the whole
    # 0.1 s delay, so a 30 ms allowance keeps the test's meaning and drops the scheduling race.
    assert all(later[0] >= earlier[1] - 0.03 for earlier, later in zip(spans, spans[1:])), spans


def test_delay_between_requests_to_one_host(site):
    site.state.add_articles(2, newest=datetime(2023, 11, 29).date())
    with make_client(delay=0.2) as client:
        fetch(client, site)
        fetch(client, site)
    starts = [r.at for r in site.state.requests]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    # arrival times at the server carry the machine's scheduling jitter (tens of ms on a
    # loaded CI box), so: every gap well above zero-delay speed, and the mean at the delay
    assert min(gaps) >= 0.12, gaps
    assert sum(gaps) / len(gaps) >= 0.19, gaps
