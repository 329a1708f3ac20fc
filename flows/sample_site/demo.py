"""The two sites `diplomeet demo` crawls: one generated sample split by source."""

from __future__ import annotations

from flows.sample_site.generate import generate_releases
from flows.sample_site.site import SampleSite


def build_demo_sites(n: int = 120, seed: int = 7, page_size: int = 20) -> tuple[SampleSite, SampleSite, list[dict]]:
    """(idcpc_site, fmprc_site, truth): `n` releases over both layouts (the real seed release
    on idcpc, some meetings reported by both), and the truth records of all of them
    (`Release.truth_record`, oldest first)."""
    releases = generate_releases(n, seed)
    idcpc = SampleSite([r for r in releases if r.source == "idcpc"], "idcpc", page_size)
    fmprc = SampleSite([r for r in releases if r.source == "fmprc"], "fmprc", page_size)
    return idcpc, fmprc, [r.truth_record() for r in releases]
