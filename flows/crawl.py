"""The incremental crawl of one source: listing pages newest first, then the articles
not archived yet.

The walk, and why:

1. Listing page 0 is fetched first, with conditional GET from the archive's
   validators. If it fails (after the client's retries), or robots.txt makes the host
   off-limits, the source is *down*: `report.down` is set and nothing else is tried,
   so the caller can decide not to publish.
2. Pages that failed in earlier runs (`raw.pending_failures`) are retried next, so
   that what they yield counts as known for the stop rule below.
3. The walk: for each listing page, fetch its article links not yet archived (and not
   pending: those were just retried), archive each, then move on. A page whose links
   were all known already ends the walk after *one more* page of overlap (a
   release inserted late or a page boundary shifted by new releases is caught
   there). If the overlap page itself had unknown links, the rule starts again: a gap
   means an earlier run died or the site back-filled, and the walk continues until
   it is closed.
   A 304 (or byte-identical) listing page 0 whose links are all known (read from the
   archived body) means nothing new: the walk stops there, counted as `not_modified`.
4. Walk marks: each listing page is recorded in `raw.pending_failures` (page_type
   'listing') *before* it is fetched, and cleared only after its articles were
   handled and the next page was marked. A run killed (or a listing page failing)
   mid-walk therefore leaves a mark, and the next run switches the stop rules off
   until it has read the marked page: without this, the pages the dead run had
   already archived would look "all known" and the rest of the listing would never
   be read. Marks behind the end of the listing (404, page_count) are dropped.
5. With `since` (backfill) the stop rule is off: the walk goes on until a page whose
   newest article date (from the URL) is before `since`; articles dated before
   `since` are not fetched. Always: a 404 listing page (logged as 'failed' with
   status 404, but not counted as a failure), a page without article links,
   `ListingPage.page_count`, `max_listing_pages`, or three listing failures in a
   row end it.

A failing article never aborts the run: it is logged, counted and recorded in
pending failures. A refused one (robots.txt, redirect off-site) is logged and counted
as refused, not retried. `report.new/changed/unchanged` count articles;
`report.not_modified` counts listing pages that were 304 or unchanged.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterator
from urllib.parse import urlsplit

from flows.archive import Archive, utc_now
from flows.http import PoliteClient
from flows.sources.base import ListingPage, Source, SourceReport

Progress = Callable[..., None]
MAX_LISTING_FAILURES_IN_A_ROW = 3
MAX_ERRORS_KEPT = 50  # errors listed in the report; the fetch log has them all
WALK_MARK = "listing walk not finished past this page; the next run reads at least this far"
LAZY_KNOWN_LISTING_PAGES = 10  # listing pages whose links are looked up one page at a time


def crawl_source(
    source: Source,
    base_url: str,
    client: PoliteClient,
    archive: Archive,
    run_id: str,
    *,
    since: date | None = None,
    max_listing_pages: int | None = None,
    progress: Progress | None = None,
    recheck_since: date | None = None,
) -> SourceReport:
    """Crawl `source` below `base_url` into `archive`; see the module docstring.

    `recheck_since`: also re-request, with conditional GET, the archived articles whose
    URL date is on or after this date, so that a release corrected in place after it was
    archived is kept as a new version (a 304 or the same bytes add nothing).

    `client` is shared by all sources of a run (its robots.txt cache and per-host
    politeness live there); `report.requests` counts the requests it sent to this
    source's host during the call, robots.txt included. `progress`, when given, is
    called as `progress("listing" | "article", url=..., outcome=...)` after every page,
    outcome being new | changed | unchanged | not_modified | failed | refused, or
    "end" for the 404 past the last listing page. Database errors propagate (the
    archive is the one thing the crawl cannot do without); fetch errors never do.
    """
    crawl = _Crawl(source, base_url.rstrip("/"), client, archive, run_id, progress)
    started = time.monotonic()
    try:
        # One batch for the whole walk, committed after each listing page (and every few
        # articles): a commit per mark, per listing page and per log row was ~10 ms of every
        # listing page. The statements keep their order, so what a kill leaves is a prefix of
        # the walk's writes, which the walk marks are designed for.
        with archive.batch():
            crawl.run(since=since, max_listing_pages=max_listing_pages)
        if recheck_since is not None and not crawl.report.down:
            crawl.recheck(recheck_since)
    finally:
        crawl.report.seconds = round(time.monotonic() - started, 3)
        crawl.report.requests = client.requests_made(crawl.host) - crawl.requests_before
    return crawl.report


class _Crawl:
    """State of one source's crawl; one method per step of the walk."""

    def __init__(
        self,
        source: Source,
        base_url: str,
        client: PoliteClient,
        archive: Archive,
        run_id: str,
        progress: Progress | None,
    ) -> None:
        self.source = source
        self.base_url = base_url
        self.client = client
        self.archive = archive
        self.run_id = run_id
        self.progress = progress or (lambda event, **info: None)
        self.host = urlsplit(base_url).netloc.lower()
        self.requests_before = client.requests_made(self.host)
        self.report = SourceReport(source=source.name, base_url=base_url)
        self.known: set[str] = set()  # archived article urls: those looked up so far, or all (see _learn_known)
        self._known_is_complete = False
        self._pages_looked_up = 0
        self.seen: set[str] = set()  # article urls handled in this run
        self.pending: set[str] = set()  # article urls in raw.pending_failures (saves a delete per article)

    # -- the walk -------------------------------------------------------------------

    def run(self, *, since: date | None, max_listing_pages: int | None) -> None:
        pending = self.archive.pending_failures(self.source.name)
        pending_articles = [url for url, page_type in pending if page_type == "article"]
        self.pending = set(pending_articles)
        # listing pages an earlier walk did not finish: the stop rule waits until they are read
        must_reach = {url for url, page_type in pending if page_type == "listing"}

        listing_urls = iter(self.source.listing_urls(self.base_url))
        first_url = next(listing_urls, None)
        if first_url is None:
            return
        self._mark_listing(first_url)
        first = self._fetch_listing(first_url)
        if first.page is None:
            self.report.down = True
            self._error(f"source down: {first_url}: {first.error}")
            return

        for url in pending_articles:
            self._fetch_article(url)  # adds what it archives to self.known, what still fails to self.pending
        self.known.update(self.pending)

        self._walk(first_url, first, listing_urls, must_reach, since=since, max_listing_pages=max_listing_pages)

    def _walk(
        self,
        page_url: str,
        fetched: _Listing,
        listing_urls: Iterator[str],
        must_reach: set[str],
        *,
        since: date | None,
        max_listing_pages: int | None,
    ) -> None:
        """The listing walk. Each listing page is marked in pending failures before it is
        fetched and cleared only once its articles were handled and the next page is
        marked, so a run killed anywhere leaves a mark the next run must walk past."""
        page_index = 0
        all_known_seen = False  # a page whose links were all known was passed
        failures_in_a_row = 0
        while True:
            page = fetched.page
            stop: str | None = None  # why the walk ends here: done | end | limit | failing
            if page is not None:
                failures_in_a_row = 0
                must_reach.discard(page_url)
                stop, had_unknown = self._handle_page(
                    page, page_index, fetched.unchanged, since, must_reach, all_known_seen
                )
                # an overlap page with unknown links is a gap: the rule starts again
                all_known_seen = since is None and not must_reach and not had_unknown
            elif fetched.end:
                stop = "end"
            else:
                self._error(f"{page_url}: {fetched.error}")
                failures_in_a_row += 1
                if failures_in_a_row >= MAX_LISTING_FAILURES_IN_A_ROW:
                    self._error(f"listing walk stopped after {failures_in_a_row} failed listing pages")
                    stop = "failing"
            page_index += 1
            if stop is None and max_listing_pages is not None and page_index >= max_listing_pages:
                stop = "limit"
            next_url = next(listing_urls, None) if stop is None else None
            if stop is None and next_url is None:
                stop = "end"
            if next_url is not None:
                self._mark_listing(next_url)
            if page is not None or fetched.end or fetched.refused:
                self.archive.clear_failure(page_url)  # read, past the end or off-limits: no mark needed
            if stop == "end":
                for url in must_reach:  # the listing ended before them: nothing is behind them
                    self.archive.clear_failure(url)
            self.archive.commit()  # the page, its articles and the walk marks: durable together
            if stop is not None:
                return
            page_url, fetched = next_url, self._fetch_listing(next_url)

    def _handle_page(
        self,
        page: ListingPage,
        page_index: int,
        unchanged: bool,
        since: date | None,
        must_reach: set[str],
        all_known_seen: bool,
    ) -> tuple[str | None, bool]:
        """Fetch the page's unknown articles. Returns why the walk stops after this page
        (None: go on) and whether the page had links not archived before."""
        self._learn_known(page.article_urls)
        unknown = [url for url in page.article_urls if url not in self.known and url not in self.seen]
        if since is not None:
            unknown = [url for url in unknown if not self._dated_before(url, since)]
        incremental = since is None and not must_reach
        if incremental and page_index == 0 and unchanged and not unknown:
            return "done", False  # nothing new since the last run
        with self.archive.batch():  # the page's listing mark is committed: a kill here redoes the batch
            for url in unknown:
                self.seen.add(url)
                self._fetch_article(url)
        had_unknown = bool(unknown)
        if incremental and all_known_seen and not had_unknown:
            return "done", had_unknown  # the overlap page after an all-known page is read
        if since is not None and self._older_than(page, since):
            return "done", had_unknown
        if not page.article_urls:
            return "end", had_unknown
        if page.page_count is not None and page_index + 1 >= page.page_count:
            return "end", had_unknown
        return None, had_unknown

    def _learn_known(self, urls: list[str]) -> None:
        """Make `self.known` right for `urls`. A quiet night reads a listing page or two, so
        their links are looked up; reading the source's whole set of archived URLs up front
        cost a scan that grows with the archive. A walk that goes deeper than
        LAZY_KNOWN_LISTING_PAGES (a backfill, a gap) reads the whole set once instead."""
        if self._known_is_complete:
            return
        self._pages_looked_up += 1
        if self._pages_looked_up > LAZY_KNOWN_LISTING_PAGES:
            self.known |= self.archive.known_article_urls(self.source.name)
            self._known_is_complete = True
        else:
            self.known |= self.archive.archived_article_urls(
                self.source.name, [url for url in urls if url not in self.known])

    def recheck(self, since: date) -> None:
        """Conditional GET of archived articles dated `since` or later that this run did not fetch."""
        due = sorted(url for url in self.archive.known_article_urls(self.source.name)
                     if url not in self.seen and not self._dated_before(url, since)
                     and self.source.release_date_from_url(url) is not None)
        with self.archive.batch():
            for url in due:
                etag, last_modified = self.archive.validators(url)
                requested_at = utc_now()
                result = self.client.fetch(url, allowed_host=self.host, etag=etag, last_modified=last_modified)
                if not result.ok:
                    outcome = "refused" if result.refused else "failed"
                    self._count_failure(outcome)
                    self._error(f"recheck {url}: {result.error}")
                else:
                    outcome = self.archive.store_page(self.source.name, url, "article", result, self.run_id)
                    setattr(self.report, outcome, getattr(self.report, outcome) + 1)
                self.archive.log_fetch(self.run_id, self.source.name, url, "article", outcome, result,
                                       requested_at=requested_at)
                self.progress("article", url=url, outcome=outcome)

    def _mark_listing(self, url: str) -> None:
        self.archive.record_failure(self.source.name, url, "listing", WALK_MARK, 0)

    def _dated_before(self, url: str, since: date) -> bool:
        released = self.source.release_date_from_url(url)
        return released is not None and released < since

    def _older_than(self, page: ListingPage, since: date) -> bool:
        dates = [d for d in map(self.source.release_date_from_url, page.article_urls) if d is not None]
        return bool(dates) and max(dates) < since

    # -- single pages ---------------------------------------------------------------

    def _fetch_listing(self, url: str) -> _Listing:
        etag, last_modified = self.archive.validators(url)
        requested_at = utc_now()
        result = self.client.fetch(url, allowed_host=self.host, etag=etag, last_modified=last_modified)
        self.report.listing_pages += 1
        if result.status == 404 and not result.refused:
            # the end of the pagination (page 0 missing is the caller's "down")
            self.archive.log_fetch(self.run_id, self.source.name, url, "listing", "failed", result,
                                   requested_at=requested_at)
            self.progress("listing", url=url, outcome="end")
            return _Listing(error=result.error, end=True)
        if not result.ok:
            outcome = "refused" if result.refused else "failed"
            self._count_failure(outcome)
            self.archive.log_fetch(self.run_id, self.source.name, url, "listing", outcome, result,
                                   requested_at=requested_at)
            self.progress("listing", url=url, outcome=outcome)
            return _Listing(error=result.error, refused=result.refused)
        outcome = self.archive.store_page(self.source.name, url, "listing", result, self.run_id)
        self.archive.log_fetch(self.run_id, self.source.name, url, "listing", outcome, result,
                               requested_at=requested_at)
        body = result.body if not result.not_modified else self.archive.latest_body(url)
        unchanged = outcome in ("not_modified", "unchanged")
        if unchanged:
            self.report.not_modified += 1
        self.progress("listing", url=url, outcome=outcome)
        try:
            page = self.source.parse_listing(body or b"", url)
        except Exception as exc:  # a site redesign must not kill the run; the page is archived
            self._count_failure("failed")
            return _Listing(error=f"listing page not understood: {type(exc).__name__}: {exc}")
        articles = [
            link
            for link in dict.fromkeys(page.article_urls)  # dedup, keep order
            if urlsplit(link).netloc.lower() == self.host and self.source.is_article_url(link, self.base_url)
        ]
        return _Listing(page=ListingPage(articles, page.page_count), unchanged=unchanged)

    def _fetch_article(self, url: str) -> None:
        requested_at = utc_now()
        result = self.client.fetch(url, allowed_host=self.host)
        if result.ok and not result.not_modified:
            outcome = self.archive.store_page(self.source.name, url, "article", result, self.run_id,
                                              first_version=url not in self.known)
            self.archive.log_fetch(self.run_id, self.source.name, url, "article", outcome, result,
                                   requested_at=requested_at)
            if url in self.pending:
                self.archive.clear_failure(url)
                self.pending.discard(url)
            self.known.add(url)
            setattr(self.report, outcome, getattr(self.report, outcome) + 1)
        else:
            outcome = "refused" if result.refused else "failed"
            error = result.error or "unexpected 304 for an unconditional request"
            self.archive.log_fetch(self.run_id, self.source.name, url, "article", outcome, result,
                                   requested_at=requested_at)
            if outcome == "failed":
                self.archive.record_failure(self.source.name, url, "article", error, result.attempts)
                self.pending.add(url)
            elif url in self.pending:
                self.archive.clear_failure(url)  # policy, not a fault: retrying will not help
                self.pending.discard(url)
            self._count_failure(outcome)
            self._error(f"{url}: {error}")
        self.progress("article", url=url, outcome=outcome)

    def _count_failure(self, outcome: str) -> None:
        if outcome == "refused":
            self.report.refused += 1
        else:
            self.report.failed += 1

    def _error(self, message: str) -> None:
        if len(self.report.errors) < MAX_ERRORS_KEPT:
            self.report.errors.append(message)


@dataclass(frozen=True)
class _Listing:
    """One listing page as the walk sees it: parsed, ended (404) or failed."""

    page: ListingPage | None = None
    error: str | None = None
    end: bool = False  # 404: past the last page
    refused: bool = False  # robots.txt or an off-site redirect: no later run will read it either
    unchanged: bool = False  # 304 or the same bytes as archived
