"""Cost of archiving one fetched article, as the crawler does it, against batched writes.

    .venv/bin/python scripts/bench_archive.py [--pages 3000] [--preload 0] [--batch 20]

Profiling the 100k backfill (py-spy, Nov 2026) showed the crawl spending ~85% of its
time in DuckDB statements of `Archive.store_page` / `Archive.log_fetch` (a commit per
page, an autocommitted fetch-log insert, two lookups by url), not in HTTP. This script
stores `--pages` synthetic article pages (real sample-site HTML) into a fresh DuckDB
file that already holds `--preload` pages, (a) through `Archive` exactly as
`crawl._fetch_article` does, and (b) batched: the same rows, one transaction and one
multi-row insert per listing page's worth (`--batch`) of articles. Prints pages/s of both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from flows.archive import Archive, utc_now  # noqa: E402
from flows.http import FetchResult  # noqa: E402
from flows.sample_site import SampleSite, generate_releases  # noqa: E402


def sample_results(count: int, offset: int = 0) -> list[FetchResult]:
    site = SampleSite(generate_releases(min(count, 500), seed=9, sources=["idcpc"]), "idcpc")
    paths = site.article_paths()
    bodies = [site.get(p).body for p in paths]
    out = []
    for i in range(count):
        body = bodies[i % len(bodies)] + f"<!-- {offset + i} -->".encode()  # distinct content per page
        out.append(FetchResult(url=f"http://127.0.0.1/english/news/p{offset + i}.html",
                               final_url="", status=200, body=body,
                               headers={"content-type": "text/html; charset=utf-8", "etag": f'"{i}"'},
                               attempts=1, elapsed_ms=3))
    return out


def preload(con: duckdb.DuckDBPyConnection, count: int) -> None:
    if count:
        con.execute(f"""insert into raw.pages (source, url, page_type, version, fetched_at, last_seen_at,
                          http_status, content_hash, size_bytes, body_gz)
                        select 'idcpc', 'http://127.0.0.1/old/' || i || '.html', 'article', 1, now(), now(),
                               200, md5(i::varchar), 1000, ''::blob from range({count}) t(i)""")


def as_the_crawler_does(con: duckdb.DuckDBPyConnection, results: list[FetchResult]) -> None:
    archive = Archive(con)
    for result in results:
        outcome = archive.store_page("idcpc", result.url, "article", result, "bench")
        archive.log_fetch("bench", "idcpc", result.url, "article", outcome, result, requested_at=utc_now())


def batched(con: duckdb.DuckDBPyConnection, results: list[FetchResult], batch: int) -> None:
    """New pages only (the crawler fetches only URLs it does not know): one transaction per batch."""
    for start in range(0, len(results), batch):
        chunk = results[start:start + batch]
        now = utc_now()
        pages = [("idcpc", r.url, "article", 1, now, now, r.status, r.headers.get("content-type"),
                  r.headers.get("etag"), r.headers.get("last-modified"), json.dumps(r.headers, sort_keys=True),
                  hashlib.sha256(r.body).hexdigest(), len(r.body), zlib.compress(r.body, 6), "bench")
                 for r in chunk]
        log = [("bench", "idcpc", r.url, "article", now, r.status, "new", r.attempts, None, r.elapsed_ms)
               for r in chunk]
        con.execute("begin transaction")
        con.executemany("""insert into raw.pages (source, url, page_type, version, fetched_at, last_seen_at,
                               http_status, content_type, etag, last_modified, headers, content_hash,
                               size_bytes, body_gz, run_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        pages)
        con.executemany("insert into raw.fetch_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", log)
        con.execute("commit")


def timed(fn, pages: int, preload_count: int, **kwargs) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "work.duckdb"))
        Archive.ensure_schema(con)
        preload(con, preload_count)
        results = sample_results(pages)
        started = time.perf_counter()
        fn(con, results, **kwargs)
        elapsed = time.perf_counter() - started
        con.close()
    return pages / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--preload", type=int, default=0, help="pages already in the archive")
    parser.add_argument("--batch", type=int, default=20)
    args = parser.parse_args()
    now = timed(as_the_crawler_does, args.pages, args.preload)
    better = timed(batched, args.pages, args.preload, batch=args.batch)
    print(f"archive {args.pages} new pages over {args.preload:,} archived: Archive per page {now:,.0f} pages/s | "
          f"batched by {args.batch} {better:,.0f} pages/s | {better / now:.1f}x")


if __name__ == "__main__":
    main()
