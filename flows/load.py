"""Raw archive pages → parser → `staging.*` rows.

The loader is the only writer of `staging.*`. A page that cannot be read as a
release is still kept in `raw.pages`; here it gets one `staging.releases` row with
status 'quarantined' and a reason, and no facts. `reparse` rebuilds staging from
the whole archive with the current parser on every core.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time
import zlib
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator

import duckdb
import pyarrow as pa

from flows.sources import get_source
from flows.sources.base import Article, NotAnArticle
from parsers import PARSER_VERSION, parse_release

BATCH_PAGES = 500
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class LoadReport:
    pages: int = 0
    parsed: int = 0
    quarantined: int = 0
    meetings: int = 0
    participants: int = 0
    statements: int = 0
    mentions: int = 0
    seconds: float = 0.0
    parser_warnings: int = 0
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    quarantined_by_source: dict[str, int] = field(default_factory=dict)


@dataclass
class StagedRows:
    """Rows for each staging table, column-wise, ready for one Arrow insert."""

    releases: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    def extend(self, other: "StagedRows") -> None:
        for name in ("releases", "meetings", "participants", "statements", "mentions"):
            getattr(self, name).extend(getattr(other, name))


def release_id_for(source: str, url: str) -> str:
    """Stable per release across hosts and mirrors: the source and the URL path."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    return f"{source}:{path}"


def charset_of(content_type: str | None) -> str | None:
    """The charset the server declared, which outranks a <meta> inside the page."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


def quarantine_reason(content_type: str | None, http_status: int, article: Article) -> str | None:
    """Why an extracted page must not become facts, or None when it is a usable release."""
    if http_status != 200:
        return f"HTTP status {http_status}"
    if content_type and "html" not in content_type.lower():
        return f"wrong content type: {content_type.split(';')[0].strip()}"
    text = f"{article.title}\n{article.body_text}"
    if len(article.body_text.strip()) < 40:
        return "empty body"
    if text.count("\ufffd") > max(3, len(text) // 100):
        return "undecodable bytes"
    lang = (article.language or "").lower()
    if lang and not lang.startswith("en"):
        return f"not English (lang={lang})"
    cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
    if cjk > latin * 0.2:
        return "not English (mostly CJK text)"
    return None


def release_text(article: Article) -> str:
    """The release as the parser's input contract wants it: title, date line, body."""
    date_line = f" ( {article.published:%Y.%m.%d} )\n" if article.published else ""
    return f"{article.title}\n{date_line}\n{article.body_text}\n"


def stage_page(page_id: int, source: str, url: str, version: int, fetched_at: datetime,
               http_status: int, content_type: str | None, body: bytes, loaded_at: datetime) -> StagedRows:
    """One archived page → its staging rows. Never raises: failures quarantine the page."""
    rows = StagedRows()
    base = {
        "page_id": page_id, "release_id": release_id_for(source, url), "source": source,
        "url": url, "version": version, "fetched_at": fetched_at, "title": None,
        "published_date": None, "body_text": None, "status": "quarantined",
        "quarantine_reason": None, "meeting_date": None, "date_end": None, "location": None,
        "venue": None, "kind": None, "mode": None, "parser_version": PARSER_VERSION,
        "warnings": [], "loaded_at": loaded_at,
    }
    try:
        article = get_source(source).extract_article(body, url, encoding=charset_of(content_type))
    except NotAnArticle as exc:
        base["quarantine_reason"] = f"not a release: {exc}"
        rows.releases.append(base)
        return rows
    except Exception as exc:  # an adapter bug must not stop the run; the page is kept
        base["quarantine_reason"] = f"extraction error: {type(exc).__name__}: {exc}"[:300]
        rows.releases.append(base)
        return rows
    base.update(title=article.title, published_date=article.published, body_text=article.body_text)
    reason = quarantine_reason(content_type, http_status, article)
    if reason:
        base["quarantine_reason"] = reason
        rows.releases.append(base)
        return rows
    try:
        parsed = parse_release(release_text(article), release_id=base["release_id"])
    except Exception as exc:  # the parser promises not to raise; keep the page if it does
        base["quarantine_reason"] = f"parser error: {type(exc).__name__}: {exc}"[:300]
        rows.releases.append(base)
        return rows
    base.update(
        status="parsed", meeting_date=parsed.get("meeting_date"), date_end=parsed.get("date_end"),
        location=parsed.get("location"), venue=parsed.get("venue"), kind=parsed.get("kind"),
        mode=parsed.get("mode"), parser_version=parsed.get("parser_version", PARSER_VERSION),
        warnings=[str(w) for w in parsed.get("warnings") or []],
    )
    if not base["published_date"] and parsed.get("published"):
        base["published_date"] = parsed["published"]
    rows.releases.append(base)
    for index, meeting in enumerate(parsed.get("meetings") or []):
        rows.meetings.append({"page_id": page_id, "meeting_index": index,
                              "counterpart_delegation": meeting.get("counterpart_delegation")})
        for role, key in (("principal", "principals"), ("counterpart", "counterparts")):
            add_people(rows, page_id, index, role, meeting.get(key))
    add_people(rows, page_id, None, "actor", parsed.get("actors"))
    add_people(rows, page_id, None, "present", parsed.get("present"))
    for position, statement in enumerate(parsed.get("statements") or []):
        if statement.get("text"):
            rows.statements.append({"page_id": page_id, "position": position,
                                    "speaker_name": statement.get("speaker"), "text": statement["text"]})
    for position, mention in enumerate(parsed.get("mentions") or []):
        if isinstance(mention, str) and mention:
            rows.mentions.append({"page_id": page_id, "position": position, "name": mention})
    return rows


def add_people(rows: StagedRows, page_id: int, meeting_index: int | None, role: str, people) -> None:
    for position, person in enumerate(people or []):
        if not isinstance(person, dict) or not person.get("name"):
            continue
        rows.participants.append({
            "page_id": page_id, "meeting_index": meeting_index, "role": role, "position": position,
            "name": person["name"], "title": person.get("title"),
            "organization": person.get("organization"), "country": person.get("country"),
            "also": [str(a) for a in person.get("also") or []],
        })


def stage_batch(batch: list[tuple]) -> StagedRows:
    """A batch of raw rows → staging rows (runs in worker processes for reparse)."""
    loaded_at = datetime.now(timezone.utc).replace(tzinfo=None)
    out = StagedRows()
    for page_id, source, url, version, fetched_at, status, ctype, body_gz in batch:
        out.extend(stage_page(page_id, source, url, version, fetched_at, status, ctype,
                              zlib.decompress(body_gz), loaded_at))
    return out


STAGING_COLUMNS = {
    "releases": ["page_id", "release_id", "source", "url", "version", "fetched_at", "title",
                 "published_date", "body_text", "status", "quarantine_reason", "meeting_date",
                 "date_end", "location", "venue", "kind", "mode", "parser_version", "warnings",
                 "loaded_at"],
    "meetings": ["page_id", "meeting_index", "counterpart_delegation"],
    "participants": ["page_id", "meeting_index", "role", "position", "name", "title",
                     "organization", "country", "also"],
    "statements": ["page_id", "position", "speaker_name", "text"],
    "mentions": ["page_id", "position", "name"],
}


def insert_rows(con: duckdb.DuckDBPyConnection, rows: StagedRows) -> None:
    """Insert a batch into every staging table in one transaction."""
    con.execute("begin transaction")
    try:
        for table, columns in STAGING_COLUMNS.items():
            records = getattr(rows, table)
            if not records:
                continue
            arrow = pa.Table.from_pylist(records)  # noqa: F841 - read by DuckDB's replacement scan
            cols = ", ".join(columns)
            con.execute(f"insert into staging.{table} ({cols}) select {cols} from arrow")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


PENDING_PAGES_SQL = """
    select p.page_id, p.source, p.url, p.version, p.fetched_at, p.http_status, p.content_type, p.body_gz
    from raw.pages p
    where p.page_type = 'article'
      and not exists (select 1 from staging.releases r where r.page_id = p.page_id)
    order by p.page_id
"""


def iter_batches(con: duckdb.DuckDBPyConnection, size: int = BATCH_PAGES) -> Iterator[list[tuple]]:
    cursor = con.cursor()
    cursor.execute(PENDING_PAGES_SQL)
    while batch := cursor.fetchmany(size):
        yield batch


def clear_staging(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("begin transaction")
    for table in STAGING_COLUMNS:
        con.execute(f"delete from staging.{table}")
    con.execute("commit")


def load_pending(con: duckdb.DuckDBPyConnection, *, workers: int = 1,
                 progress: Callable[[int], None] | None = None) -> LoadReport:
    """Stage every archived article page that has no staging row yet."""
    started = time.perf_counter()
    report = LoadReport()
    batches = iter_batches(con)
    if workers > 1:
        # spawn, not fork: the parent holds DuckDB and Prefect threads, which fork does not copy safely.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            consume(con, bounded_map(pool, stage_batch, batches, in_flight=workers * 2), report, progress)
    else:
        consume(con, map(stage_batch, batches), report, progress)
    report.seconds = time.perf_counter() - started
    return report


def bounded_map(pool: ProcessPoolExecutor, fn, items: Iterator, in_flight: int) -> Iterator:
    """Like pool.map, in order, but with at most `in_flight` batches in memory at once
    (Executor.map submits everything up front, which would read the whole archive)."""
    pending: deque = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def consume(con, staged_iter: Iterable[StagedRows], report: LoadReport, progress) -> None:
    for rows in staged_iter:
        insert_rows(con, rows)
        report.pages += len(rows.releases)
        for release in rows.releases:
            if release["status"] == "parsed":
                report.parsed += 1
                report.parser_warnings += len(release["warnings"])
            else:
                report.quarantined += 1
                source = release["source"]
                report.quarantined_by_source[source] = report.quarantined_by_source.get(source, 0) + 1
                reason = (release["quarantine_reason"] or "").split(":")[0]
                report.quarantine_reasons[reason] = report.quarantine_reasons.get(reason, 0) + 1
        report.meetings += len(rows.meetings)
        report.participants += len(rows.participants)
        report.statements += len(rows.statements)
        report.mentions += len(rows.mentions)
        if progress:
            progress(len(rows.releases))


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
