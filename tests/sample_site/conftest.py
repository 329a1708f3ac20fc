"""Shared fixtures: one moderate generated sample, reused (generation is deterministic)."""

from __future__ import annotations

import pytest

from flows.sample_site import SampleSite, generate_releases


@pytest.fixture(scope="session")
def releases():
    return generate_releases(1500, seed=11)


@pytest.fixture()
def idcpc_site(releases):
    return SampleSite([r for r in releases if r.source == "idcpc"], "idcpc", page_size=20)


@pytest.fixture()
def fmprc_site(releases):
    return SampleSite([r for r in releases if r.source == "fmprc"], "fmprc", page_size=15)
