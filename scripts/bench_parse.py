#!/usr/bin/env python3
"""Benchmark the release parser: releases/s of text → records on one core.

Parses every release of the dev corpus (../shared/corpus/dev/*.txt beside the repo, or the
directory given as the first argument) repeatedly for a few seconds and prints the rate.
`--profile` prints the top of a cProfile run instead.

The rate is CPU time of this process (`time.process_time`), so other load on a shared machine
changes it little; compare figures taken under similar load. The parser memoises lookups on
small strings (names, offices, phrases naming officials) because real releases repeat them;
repeating the same 58 texts flatters those caches, so `--cold` empties every parser cache
before each pass over the corpus and gives the rate with no reuse across passes (a lower
bound; a real nightly run of thousands of releases sits between the two figures).

`--sample N` parses N distinct releases of the generated sample site instead (text as
`Release.text` writes it), three passes with the caches emptied before each, and prints the
best: the honest figure for a nightly run, since no text repeats within a pass.

    .venv/bin/python scripts/bench_parse.py [CORPUS_DIR] [--seconds 5] [--profile] [--cold] [--sample N]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import parsers  # noqa: E402
from parsers import parse_release  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def load(corpus: Path) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]


def parser_caches() -> list:
    """Every functools cache of the parser modules (what `--cold` empties)."""
    found = []
    for name in dir(parsers):
        module = getattr(parsers, name)
        if getattr(module, "__name__", "").startswith("parsers."):
            found += [f for f in vars(module).values() if hasattr(f, "cache_clear")]
    return found


def run(texts: list[tuple[str, str]], seconds: float, cold: bool = False) -> tuple[int, float]:
    caches = parser_caches() if cold else []
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for cache in caches:
            cache.cache_clear()
        for rid, text in texts:
            parse_release(text, release_id=rid)
        done += len(texts)
    return done, time.process_time() - start


def sample_texts(n: int, seed: int = 3) -> list[tuple[str, str]]:
    from flows.sample_site import generate_releases

    return [(r.release_id, r.text) for r in generate_releases(n, seed)]


def sample_rate(texts: list[tuple[str, str]], passes: int = 3) -> float:
    """Releases/s of the best of `passes` passes over distinct texts, caches emptied before each."""
    caches = parser_caches()
    best = float("inf")
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        start = time.process_time()
        for rid, text in texts:
            parse_release(text, release_id=rid)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--cold", action="store_true", help="empty the parser's caches before every pass")
    ap.add_argument("--sample", type=int, metavar="N", help="N distinct generated sample-site releases instead")
    args = ap.parse_args()
    if args.sample:
        texts = sample_texts(args.sample)
        run(texts[:50], 0.5)  # warm-up (then emptied: every pass starts cold)
        size = sum(len(t) for _, t in texts) / len(texts)
        print(f"{len(texts)} distinct sample-site releases (mean {size:,.0f} chars): "
              f"{sample_rate(texts):,.0f} releases/s, best of 3 passes, caches emptied before each, on one core")
        return
    if not args.corpus.is_dir():
        sys.exit(f"corpus directory not found: {args.corpus}")
    texts = load(args.corpus)
    if not texts:
        sys.exit(f"no .txt releases in {args.corpus}")
    run(texts, 0.5)  # warm-up: regex caches, pycountry tables
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(texts, args.seconds, args.cold)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    n, elapsed = run(texts, args.seconds, args.cold)
    size = sum(len(t) for _, t in texts) / len(texts)
    print(f"{n} releases in {elapsed:.2f} s CPU: {n / elapsed:,.0f} releases/s "
          f"({len(texts)} distinct, mean {size:,.0f} chars{', caches emptied every pass' if args.cold else ''}) "
          f"on one core")


if __name__ == "__main__":
    main()
