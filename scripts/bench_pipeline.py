"""One benchmark size, measured in its own process (run by scripts/bench.py).

    .venv/bin/python scripts/bench_pipeline.py --size 1000 --workdir DIR --out result.json

Phases, each a real `nightly` flow run against the sample sites served on 127.0.0.1
with politeness delay 0 (see bench_site.py):

1. backfill: `nightly(command='backfill', since=2000-01-01)` on an empty warehouse; its
   summary timings give the per-stage rates (crawl → fetch, parse → load, dbt build,
   publish); wall time and peak RSS of the process tree are recorded.
2. incremental: `nightly` with nothing new, then with 20 new releases published; three
   times in turn, and each case's median night is reported (all three wall times beside it).
3. reparse: `nightly(reparse=True)` over the whole archive (staging rebuilt, full refresh).
4. extract / parse: single-core rates on a sample of archived article pages, beside
   trafilatura on the same pages.

Why a process per size: Python does not give memory back, so a peak measured after a
larger size would be meaningless; and the Prefect ephemeral API started here ends with it.
The Prefect API is started once (a trivial flow) before timing, as a long-lived worker
would have it; a CLI run pays ~5-10 s more for it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_rss import RssSampler  # noqa: E402
from bench_site import SiteProcess  # noqa: E402

NEW_RELEASES = 20
# Each incremental case is run this many times (quiet night, then 20 new, in turn) and its
# median reported: one run of 1-15 s on 2 shared cores swings by a fifth between runs.
NIGHTS = 3
HELD_BACK = NEW_RELEASES * NIGHTS
BACKFILL_SINCE = date(2000, 1, 1)


def run_nightly(**kwargs) -> tuple[float, dict]:
    """Run the flow; (wall seconds, summary). Raises with the run's first error on failure."""
    from flows.nightly import local_run_settings, nightly

    with local_run_settings():  # as `diplomeet run` has them
        started = time.perf_counter()
        state = nightly(return_state=True, **kwargs)
        wall = time.perf_counter() - started
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, dict):  # a crash inside the flow: the state carries the exception
        raise RuntimeError(f"nightly {kwargs.get('command', 'run')} crashed: {summary}")
    if not state.is_completed():
        raise RuntimeError(f"nightly {kwargs.get('command', 'run')} failed: "
                           f"{(summary.get('errors') or ['?'])[0]}")
    return wall, summary


def warm_up_prefect() -> float:
    from prefect import flow

    @flow(name="bench-warm-up")
    def warm_up() -> int:
        return 1

    from flows.nightly import local_run_settings

    with local_run_settings():
        started = time.perf_counter()
        warm_up()
        return time.perf_counter() - started


def sample_pages(work_db: Path, count: int, seed: int) -> list[tuple[str, str, bytes]]:
    """(source, url, html) of `count` archived article pages, spread over the archive."""
    import duckdb

    from flows.archive import Archive

    con = duckdb.connect(str(work_db), read_only=True)
    try:
        ids = [r[0] for r in con.execute(
            "select page_id from raw.pages where page_type = 'article' order by page_id").fetchall()]
        chosen = sorted(random.Random(seed).sample(ids, min(count, len(ids))))
        rows = con.execute("select source, url, body_gz from raw.pages where page_id in "
                           f"(select unnest(?::bigint[]))", [chosen]).fetchall()
    finally:
        con.close()
    return [(source, url, Archive.decompress(body)) for source, url, body in rows]


def best_rate(fn, items: list, repeat: int) -> float:
    """Items per second, best of `repeat` passes (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - started)
    return len(items) / best if best > 0 else float("inf")


def extract_and_parse_rates(work_db: Path, pages: int, trafilatura_pages: int) -> dict:
    """Single-core releases/s of HTML → text (ours vs trafilatura) and text → records."""
    from flows.load import release_text
    from flows.sources import get_source
    from parsers import parse_release

    sample = sample_pages(work_db, pages, seed=1)
    articles = [get_source(source).extract_article(html, url) for source, url, html in sample]
    texts = [release_text(a) for a in articles]
    out = {
        "sample_pages": len(sample),
        "extract_per_s": best_rate(lambda p: get_source(p[0]).extract_article(p[2], p[1]), sample, 3),
        "parse_per_s": best_rate(parse_release, texts, 3),
    }
    try:
        import trafilatura
    except ImportError:
        out["trafilatura_per_s"] = None
        return out
    subset = sample[:trafilatura_pages]
    trafilatura.extract(subset[0][2], url=subset[0][1])  # first call loads its settings
    out["trafilatura_per_s"] = best_rate(lambda p: trafilatura.extract(p[2], url=p[1]), subset, 1)
    out["trafilatura_pages"] = len(subset)
    return out


def _seed_archive(size: int, seed: int, work_db: str, base_urls: dict[str, str]) -> None:
    """Child process: write the live article pages straight into raw.pages, as a crawl would
    have archived them (same URLs, bodies, validators), with bulk inserts."""
    import hashlib
    import zlib
    from datetime import datetime

    import duckdb
    import pyarrow as pa

    from flows.archive import Archive
    from flows.sample_site import SampleSite, generate_releases

    releases = generate_releases(size + HELD_BACK, seed)[:size]  # as SiteProcess has them
    con = duckdb.connect(work_db)
    Archive.ensure_schema(con)
    now = datetime.utcnow()
    for layout, base_url in base_urls.items():
        site = SampleSite([r for r in releases if r.source == layout], layout)
        paths = site.article_paths()
        for start in range(0, len(paths), 5000):
            rows = []
            for path in paths[start:start + 5000]:
                response = site.get(path)
                headers = {k.lower(): v for k, v in response.headers.items()
                           if k.lower() in ("content-type", "etag", "last-modified")}
                rows.append({"source": layout, "url": base_url + path, "page_type": "article", "version": 1,
                             "fetched_at": now, "last_seen_at": now, "http_status": 200,
                             "content_type": headers.get("content-type"), "etag": headers.get("etag"),
                             "last_modified": headers.get("last-modified"),
                             "headers": json.dumps(headers, sort_keys=True),
                             "content_hash": hashlib.sha256(response.body).hexdigest(),
                             "size_bytes": len(response.body), "body_gz": zlib.compress(response.body, 6),
                             "run_id": "bench-seed"})
            batch = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
            columns = ", ".join(rows[0])
            con.execute(f"insert into raw.pages ({columns}) select {columns} from batch")
    con.close()


def seed_archive(size: int, seed: int, work_db: Path, base_urls: dict[str, str]) -> float:
    """Fill the archive without crawling (in a child process, so the rendered pages do not
    stay in this one's memory); returns seconds."""
    import multiprocessing

    work_db.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    process = multiprocessing.get_context("spawn").Process(
        target=_seed_archive, args=(size, seed, str(work_db), base_urls), name="bench-seed-archive")
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"seeding the archive failed (exit code {process.exitcode})")
    return time.perf_counter() - started


def night_result(wall: float, summary: dict) -> dict:
    return {"wall_s": round(wall, 2), "timings": summary["timings"],
            "new": sum(s["new"] for s in summary["sources"])}


def median_night(nights: list[dict]) -> dict:
    """The night of median wall time (its own timings), with every night's wall time beside it."""
    middle = sorted(nights, key=lambda n: n["wall_s"])[len(nights) // 2]
    return dict(middle, walls=[n["wall_s"] for n in nights])


def measure(result: dict, size: int, seed: int, workdir: Path, skip: set[str], save) -> dict:
    """Fill `result` phase by phase, calling `save()` after each (what was measured
    survives a later phase's failure or a kill)."""
    home = workdir / f"warehouse-{size}"
    with RssSampler() as rss, SiteProcess(size, seed=seed, held_back=HELD_BACK) as sites:
        rss.exclude.add(sites.pid)
        result["prefect_warm_up_s"] = round(warm_up_prefect(), 2)
        sources = dict(sites.base_urls)

        if "crawl" in skip:
            # The archive is written directly; the first run then only loads, builds, publishes.
            result["archive_seeded_s"] = round(seed_archive(size, seed, home / "work" / "work.duckdb",
                                                            sources), 1)
            rss.reset()
            wall, summary = run_nightly(sources=sources, warehouse=str(home), delay=0.0)
            fetched = size
            key = "first_run_seeded_archive"
        else:
            rss.reset()
            wall, summary = run_nightly(sources=sources, warehouse=str(home), since=BACKFILL_SINCE,
                                        command="backfill", delay=0.0)
            fetched = sum(s["new"] for s in summary["sources"])
            key = "backfill"
        result[key] = {"wall_s": round(wall, 2), "peak_rss_bytes": rss.peak, "peak_pss_bytes": rss.peak_pss,
                       "rss_at_peak": rss.at_peak, "peak_after_s": rss.peak_after_s,
                              "timings": summary["timings"], "fetched": fetched,
                              "parsed": summary["load"].get("parsed"),
                              "quarantined": summary["load"].get("quarantined"),
                              "dbt_s": summary["dbt"].get("seconds")}
        save()

        if "incremental" not in skip:
            rss.reset()
            quiet, busy = [], []
            for _ in range(NIGHTS):
                wall, summary = run_nightly(sources=sources, warehouse=str(home), delay=0.0)
                quiet.append(night_result(wall, summary))
                sites.publish(NEW_RELEASES)
                wall, summary = run_nightly(sources=sources, warehouse=str(home), delay=0.0)
                busy.append(night_result(wall, summary))
            result["nightly_0_new"] = median_night(quiet)
            result["nightly_20_new"] = dict(median_night(busy), peak_rss_bytes=rss.peak)
            save()

    if "reparse" not in skip:
        with RssSampler() as rss:
            wall, summary = run_nightly(sources={}, warehouse=str(home), command="reparse",
                                        reparse=True, delay=0.0)
            result["reparse"] = {"wall_s": round(wall, 2), "timings": summary["timings"],
                                 "pages": summary["load"].get("pages"), "peak_rss_bytes": rss.peak,
                                 "peak_pss_bytes": rss.peak_pss, "rss_at_peak": rss.at_peak,
                                 "peak_after_s": rss.peak_after_s}
        save()

    if "extract" not in skip:
        result["extract_parse"] = extract_and_parse_rates(home / "work" / "work.duckdb",
                                                          pages=min(size, 1000), trafilatura_pages=200)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--skip", default="", help="comma-separated: crawl,incremental,reparse,extract "
                        "(crawl: write the archive directly instead of the backfill crawl)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    result: dict = {"size": args.size, "seed": args.seed, "errors": []}
    def save() -> None:
        args.out.write_text(json.dumps(result, indent=2, default=str))

    try:
        measure(result, args.size, args.seed, args.workdir, set(filter(None, args.skip.split(","))), save)
    except Exception as exc:  # the parent prints one line; the traceback stays in the log
        traceback.print_exc()
        text = str(exc).strip()
        result["errors"].append(f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}")
    save()
    # A normal exit (not os._exit): Prefect's atexit hook stops the ephemeral API server,
    # which would otherwise outlive us. Its shutdown noise goes to the log file.


if __name__ == "__main__":
    main()
