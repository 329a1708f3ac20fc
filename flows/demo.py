"""`diplomeet demo`: the bundled sample site on 127.0.0.1, one full run against it, and
a short account of what was built."""

from __future__ import annotations

import socket
from contextlib import ExitStack
from pathlib import Path
from typing import Callable

from rich.console import Console

from flows.config import load_settings
from flows.report import published_counts

# Fixed ports so a second demo sees the same URLs and adds nothing to the archive;
# a random free port is used when one is taken.
DEMO_PORTS = {"idcpc": 18731, "fmprc": 18732}


def free_port(preferred: int) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            return 0


def run_demo(console: Console, *, warehouse: Path | None, releases: int, seed: int,
             run: Callable[..., dict]) -> dict:
    from flows.sample_site import build_demo_sites, serve

    settings = load_settings(warehouse)
    idcpc_site, fmprc_site, _truth = build_demo_sites(n=releases, seed=seed)
    with ExitStack() as stack:
        servers = {name: stack.enter_context(serve(site, host="127.0.0.1", port=free_port(DEMO_PORTS[name])))
                   for name, site in (("idcpc", idcpc_site), ("fmprc", fmprc_site))}
        console.print("Sample site: " + ", ".join(f"{n} at {s.base_url}" for n, s in servers.items()))
        summary = run(sources={n: s.base_url for n, s in servers.items()}, warehouse=settings.home,
                      command="demo", delay=0.0)
    if summary.get("published"):
        explain(console, settings.published_db, summary)
    return summary


def explain(console: Console, published_db: Path, summary: dict) -> None:
    info, counts = published_counts(published_db)
    fetched = sum(s.get("new", 0) + s.get("changed", 0) for s in summary.get("sources", []))
    console.print()
    console.print("[bold]What the demo built[/]")
    console.print(f"  pages fetched this run: {fetched} new or changed articles "
                  f"({sum(s.get('requests', 0) for s in summary.get('sources', []))} requests)")
    console.print(f"  releases in the warehouse: {info.get('releases', '?')}")
    console.print(f"  meetings: {counts.get('fct_meetings', 0)}, participants: "
                  f"{counts.get('fct_meeting_participants', 0)}, people: {counts.get('dim_person', 0)}, "
                  f"organizations: {counts.get('dim_organization', 0)}")
    console.print(f"  published warehouse: {published_db}")
    console.print()
    console.print("Try next:")
    console.print("  .venv/bin/diplomeet sql \"select meeting_date, kind, mode, title from fct_meetings "
                  "order by meeting_date desc limit 10\"", highlight=False, markup=False,
                  soft_wrap=True)
    console.print("  .venv/bin/diplomeet status", highlight=False)
    console.print("  .venv/bin/diplomeet dashboard", highlight=False)
