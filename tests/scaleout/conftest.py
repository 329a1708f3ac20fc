"""Fixtures of the scale-out tests: two small sample sites over real HTTP on 127.0.0.1,
with releases held back so a test can publish new ones between runs."""

from __future__ import annotations

import pytest

from flows.sample_site import SampleSite, generate_releases, serve

HELD_BACK = 6


@pytest.fixture
def sites():
    """{'servers': {source: SampleServer}, 'sites': {source: SampleSite}, 'later': [Release],
    'publish_later': () -> int}"""
    releases = generate_releases(60 + HELD_BACK, seed=5)  # oldest first
    live, later = releases[:60], releases[60:]
    made = {layout: SampleSite([r for r in live if r.source == layout], layout, page_size=10)
            for layout in ("idcpc", "fmprc")}
    with serve(made["idcpc"]) as idcpc, serve(made["fmprc"]) as fmprc:
        running = {"servers": {"idcpc": idcpc, "fmprc": fmprc}, "sites": made, "later": later}
        running["publish_later"] = lambda: publish_later(running)
        yield running


def publish_later(sites: dict) -> int:
    """Put the held-back releases live on their sites; returns how many."""
    for layout, site in sites["sites"].items():
        mine = [r for r in sites["later"] if r.source == layout]
        if mine:
            site.publish(mine)
    return len(sites["later"])
