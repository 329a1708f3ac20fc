"""Fixtures shared across test folders."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MARKUP_TITLE_PREFIX = "<script>alert(1)</script> <b>markup</b> "


def with_markup_title(release):
    """The same release, whose title carries markup, as a hostile or broken page might."""
    from flows.sample_site.generate import Release

    def render():
        rendered = release._factory()
        return dataclasses.replace(rendered, title=MARKUP_TITLE_PREFIX + rendered.title)

    return Release(release.source, release.url_path, release.published, release.event_id, render)


@pytest.fixture(scope="session")
def pipeline_warehouse(tmp_path_factory) -> Path:
    """A warehouse published by the real pipeline (the `diplomeet run` console script, so a
    real Prefect flow run, real HTTP, real dbt) from the sample site, including a release
    whose title holds markup. Built once per session; treat it as read-only."""
    from flows.sample_site import SampleSite, generate_releases, serve

    releases = generate_releases(40, seed=11)
    newest_idcpc = max((r for r in releases if r.source == "idcpc"), key=lambda r: r.published)
    releases = [with_markup_title(r) if r is newest_idcpc else r for r in releases]
    idcpc = SampleSite([r for r in releases if r.source == "idcpc"], "idcpc")
    fmprc = SampleSite([r for r in releases if r.source == "fmprc"], "fmprc")
    home = tmp_path_factory.mktemp("pipeline-warehouse")
    env = {**os.environ, "DIPLOMEET_HOME": str(home), "NO_COLOR": "1",
           "PREFECT_HOME": str(tmp_path_factory.mktemp("prefect-home-pipeline"))}
    env.pop("PREFECT_API_URL", None)
    with serve(idcpc, host="127.0.0.1", port=0) as s1, serve(fmprc, host="127.0.0.1", port=0) as s2:
        result = subprocess.run([str(Path(sys.executable).with_name("diplomeet")), "run", "--delay", "0",
                                 "--source", f"idcpc={s1.base_url}", "--source", f"fmprc={s2.base_url}"],
                                capture_output=True, text=True, env=env, timeout=600, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    return home
