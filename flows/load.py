"""Raw archive pages → parser → `staging.*` rows.

The loader is the only writer of `staging.*`. A page that cannot be read as a
release is still kept in `raw.pages`; here it gets one `staging.releases` row with
status 'quarantined' and a reason, and no facts. `reparse` rebuilds staging from
the whole archive with the current parser on every core.

Extraction (HTML → title, date, body text) costs about as much as parsing, and a reparse
is usually for a parser change. Every staging row records the *extraction fingerprint*
(a hash of the code that extracts and quarantines, and of the HTML libraries' versions);
`reparse` re-runs only the parser on the stored body text of rows whose fingerprint is
the current one, and extracts the rest again from `raw.pages`. `reparse(re_extract=True)`
extracts everything again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import os
import re
import time
import zlib
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb
import pyarrow as pa

from flows.sources import get_source
from flows.sources.base import Article, NotAnArticle
from parsers import PARSER_VERSION, parse_release

BATCH_PAGES = 500
ROOT = Path(__file__).resolve().parents[1]
# The code whose output staging keeps as extracted text: the HTML extractor, the site
# adapters and this module (quarantine rules), plus the HTML libraries under them.
EXTRACTION_CODE = ("parsers/html.py", "flows/sources/*.py", "flows/load.py")
EXTRACTION_LIBRARIES = ("lxml", "beautifulsoup4")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_LATIN = re.compile(r"[A-Za-z]+")


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
    reused_extraction: int = 0  # reparse: pages parsed again from their stored text


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


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """Changes whenever the extraction could give a different result for the same page."""
    digest = hashlib.sha256()
    for pattern in EXTRACTION_CODE:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    for library in EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{library}=={importlib.metadata.version(library)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{library} missing".encode())
    return digest.hexdigest()[:16]


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
    # counting by substitution builds no list of every letter (a third of quarantine's cost)
    cjk = len(text) - len(_CJK.sub("", text))
    latin = len(text) - len(_LATIN.sub("", text))
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
    base = release_row(page_id, source, url, version, fetched_at, loaded_at)
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
    base.update(title=article.title, published_date=article.published, page_published=article.published,
                body_text=article.body_text)
    reason = quarantine_reason(content_type, http_status, article)
    if reason:
        base["quarantine_reason"] = reason
        rows.releases.append(base)
        return rows
    return stage_article(rows, base, article)


def release_row(page_id: int, source: str, url: str, version: int, fetched_at: datetime,
                loaded_at: datetime) -> dict:
    """A staging.releases row before extraction: quarantined until parsed."""
    return {
        "page_id": page_id, "release_id": release_id_for(source, url), "source": source,
        "url": url, "version": version, "fetched_at": fetched_at, "title": None,
        "published_date": None, "body_text": None, "status": "quarantined",
        "quarantine_reason": None, "meeting_date": None, "date_end": None, "location": None,
        "venue": None, "kind": None, "mode": None, "parser_version": PARSER_VERSION,
        "warnings": [], "loaded_at": loaded_at, "page_published": None,
        "extraction_fingerprint": extraction_fingerprint(),
    }


def stage_article(rows: StagedRows, base: dict, article: Article) -> StagedRows:
    """Parse an extracted, accepted article into `rows` (its release row is `base`)."""
    page_id = base["page_id"]
    try:
        parsed = parse_release(release_text(article), release_id=base["release_id"])
    except Exception as exc:  # the parser promises not to raise; keep the page if it does
        base["quarantine_reason"] = f"parser error: {type(exc).__name__}: {exc}"[:300]
        rows.releases.append(base)
        return rows
    base.update(
        status="parsed", quarantine_reason=None, meeting_date=parsed.get("meeting_date"),
        date_end=parsed.get("date_end"),
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
                 "loaded_at", "page_published", "extraction_fingerprint"],
    "meetings": ["page_id", "meeting_index", "counterpart_delegation"],
    "participants": ["page_id", "meeting_index", "role", "position", "name", "title",
                     "organization", "country", "also"],
    "statements": ["page_id", "position", "speaker_name", "text"],
    "mentions": ["page_id", "position", "name"],
}


def insert_rows(con: duckdb.DuckDBPyConnection, rows: StagedRows, *, replace: bool = False) -> None:
    """Insert a batch into every staging table in one transaction; with `replace`, the
    batch's pages lose their previous staging rows in the same transaction."""
    con.execute("begin transaction")
    try:
        if replace and rows.releases:
            page_ids = [release["page_id"] for release in rows.releases]
            for table in STAGING_COLUMNS:
                con.execute(f"delete from staging.{table} where page_id in (select unnest(?::bigint[]))",
                            [page_ids])
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


# An explicit anti join: DuckDB plans the `not exists` form as a delim join, twice as slow
# (20 vs 9 ms warm at 100k pages), and a quiet night asks this twice, a backfill every poll.
PENDING_PAGES = ("from raw.pages p anti join staging.releases r on r.page_id = p.page_id "
                 "where p.page_type = 'article'")
PENDING_IDS_SQL = f"select p.page_id {PENDING_PAGES} order by p.page_id"
PENDING_COUNT_SQL = f"select count(*) {PENDING_PAGES}"
PAGES_BY_ID_SQL = """
    select page_id, source, url, version, fetched_at, http_status, content_type, body_gz
    from raw.pages where page_id in (select unnest(?::bigint[])) order by page_id
"""


def iter_batches(con: duckdb.DuckDBPyConnection, size: int = BATCH_PAGES) -> Iterator[list[tuple]]:
    # ids first: the anti-join with the bodies in its projection cost ~0.4 s at 100k pages
    # even when nothing was pending (a quiet night)
    ids = [row[0] for row in con.execute(PENDING_IDS_SQL).fetchall()]
    cursor = con.cursor()
    for start in range(0, len(ids), size):
        yield cursor.execute(PAGES_BY_ID_SQL, [ids[start:start + size]]).fetchall()


def restage_batch(batch: list[tuple]) -> StagedRows:
    """Stored extracted text → staging rows with the current parser (no HTML, no extraction)."""
    loaded_at = datetime.now(timezone.utc).replace(tzinfo=None)
    out = StagedRows()
    for page_id, source, url, version, fetched_at, title, page_published, body_text in batch:
        base = release_row(page_id, source, url, version, fetched_at, loaded_at)
        base.update(title=title, published_date=page_published, page_published=page_published,
                    body_text=body_text)
        stage_article(out, base, Article(title=title or "", published=page_published, body_text=body_text or ""))
    return out


REUSABLE_IDS_SQL = """
    select page_id from staging.releases
    where extraction_fingerprint = ? and body_text is not null
      and (status = 'parsed' or quarantine_reason like 'parser error:%')
    order by page_id
"""
RESTAGE_INPUT_SQL = """
    select page_id, source, url, version, fetched_at, title, page_published, body_text
    from staging.releases where page_id in (select unnest(?::bigint[])) order by page_id
"""


def reparse(con: duckdb.DuckDBPyConnection, *, workers: int = 1, re_extract: bool = False,
            progress: Callable[[int], None] | None = None) -> LoadReport:
    """Rebuild staging with the current parser: every archived article page gets new rows.

    Pages whose stored text came from the current extractor are parsed again from that
    text; the others (and all of them with `re_extract`) are extracted again from the
    archive. Each batch replaces its pages' rows in one transaction, so a killed reparse
    leaves staging consistent and the next run's load finishes what it did not reach.
    Quarantined pages whose reason the parser did not give stay as they are: the same
    extractor would quarantine them again.
    """
    started = time.perf_counter()
    report = LoadReport()
    if re_extract:
        clear_staging(con)
    else:
        fingerprint = extraction_fingerprint()
        delete_staging(con, "select page_id from staging.releases where extraction_fingerprint is distinct from ?",
                       [fingerprint])
        ids = [row[0] for row in con.execute(REUSABLE_IDS_SQL, [fingerprint]).fetchall()]
        report.reused_extraction = len(ids)
        batches = (con.execute(RESTAGE_INPUT_SQL, [ids[i:i + BATCH_PAGES]]).fetchall()
                   for i in range(0, len(ids), BATCH_PAGES))
        consume(con, parallel_map(restage_batch, batches, workers), report, progress, replace=True)
    extracted = load_pending(con, workers=workers, progress=progress)
    for name in ("pages", "parsed", "quarantined", "meetings", "participants", "statements", "mentions",
                 "parser_warnings"):
        setattr(report, name, getattr(report, name) + getattr(extracted, name))
    for name in ("quarantine_reasons", "quarantined_by_source"):
        for key, count in getattr(extracted, name).items():
            getattr(report, name)[key] = getattr(report, name).get(key, 0) + count
    report.seconds = time.perf_counter() - started
    return report


def delete_staging(con: duckdb.DuckDBPyConnection, page_ids_sql: str, params: list) -> None:
    """Delete every staging row of the pages the query selects, in one transaction."""
    con.execute("begin transaction")
    try:
        con.execute(f"create or replace temp table doomed_pages as {page_ids_sql}", params)
        for table in STAGING_COLUMNS:
            con.execute(f"delete from staging.{table} where page_id in (select page_id from doomed_pages)")
        con.execute("drop table doomed_pages")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


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
    consume(con, parallel_map(stage_batch, iter_batches(con), workers), report, progress)
    report.seconds = time.perf_counter() - started
    return report


def parallel_map(fn, batches: Iterator, workers: int) -> Iterator[StagedRows]:
    """fn over the batches, in order, on `workers` processes (in this one when 1)."""
    if workers <= 1:
        yield from map(fn, batches)
        return
    # spawn, not fork: the parent holds DuckDB and Prefect threads, which fork does not copy safely.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from bounded_map(pool, fn, batches, in_flight=workers * 2)


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


def consume(con, staged_iter: Iterable[StagedRows], report: LoadReport, progress, *,
            replace: bool = False) -> None:
    for rows in staged_iter:
        insert_rows(con, rows, replace=replace)
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
