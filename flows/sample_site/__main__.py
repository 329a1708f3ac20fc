"""Run a sample site in the foreground:

    python -m flows.sample_site --layout idcpc --releases 200 --seed 0 --port 8000
"""

from __future__ import annotations

import argparse
import sys
import threading

from flows.sample_site.generate import generate_releases, release_truth_jsonl
from flows.sample_site.server import serve
from flows.sample_site.site import SampleSite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.sample_site",
                                     description="Serve a generated sample ministry site on this machine.")
    parser.add_argument("--layout", choices=("idcpc", "fmprc"), default="idcpc")
    parser.add_argument("--releases", type=int, default=200, help="number of releases (default 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--truth", metavar="PATH", help="also write the truth of every release as JSON lines")
    args = parser.parse_args(argv)
    if args.releases < 0 or args.page_size < 1:
        print("error: --releases must be >= 0 and --page-size >= 1", file=sys.stderr)
        return 2
    releases = generate_releases(args.releases, args.seed, sources=(args.layout,))
    site = SampleSite(releases, args.layout, args.page_size)
    if args.truth:
        release_truth_jsonl(releases, args.truth)
    try:
        server = serve(site, args.host, args.port)
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{args.layout} sample site with {len(releases)} releases at {server.base_url}"
          f"{site.listing_path(0)} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
