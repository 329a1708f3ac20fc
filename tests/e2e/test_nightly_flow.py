"""The whole nightly run, in process: real HTTP, a real Prefect flow run, real
DuckDB files, a real `dbt build`, then the published warehouse checked against the
truth the sample site recorded."""

from __future__ import annotations

import duckdb
import pytest

import flows.nightly as nightly_module
from flows.nightly import nightly

pytestmark = pytest.mark.slow


def summary_artifact(flow_run_id) -> str:
    """The markdown artifact the run left in Prefect, read back through the API."""
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    async def read():
        async with get_client() as client:
            found = await client.read_artifacts(artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["nightly-summary"]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
            return found[0].data if found else ""

    return asyncio.run(read())


def published(home):
    return duckdb.connect(str(home / "diplomeet.duckdb"), read_only=True)


def test_nightly_builds_and_publishes_the_sample_site(tmp_path, demo_sites, prefect_harness, monkeypatch):
    # parse while crawling from a handful of pages on, so this run also checks that doing so
    # gives the same warehouse (the truth below) with every page staged once
    monkeypatch.setattr(nightly_module, "LOAD_WHILE_CRAWLING_PAGES", 5)
    monkeypatch.setattr(nightly_module, "CRAWL_POLL_SECONDS", 0.2)
    # and checkpoint at every poll, while the crawl threads hold their transactions
    monkeypatch.setattr(nightly_module, "CHECKPOINT_WAL_BYTES", 1)
    checkpoints = []
    checkpoint_if_due = nightly_module.checkpoint_if_due
    monkeypatch.setattr(nightly_module, "checkpoint_if_due",
                        lambda settings: checkpoints.append(checkpoint_if_due(settings)) or checkpoints[-1])
    sources = {"idcpc": demo_sites["idcpc"].base_url, "fmprc": demo_sites["fmprc"].base_url}
    state = nightly(sources=sources, warehouse=str(tmp_path), delay=0.03, return_state=True)
    summary = state.result(raise_on_failure=False)
    assert state.is_completed(), summary
    assert summary["published"] and summary["status"] == "succeeded"
    assert summary["timings"].get("parse_while_crawling", 0) > 0
    assert any(checkpoints), checkpoints
    work = duckdb.connect(str(tmp_path / "work" / "work.duckdb"), read_only=True)
    assert work.execute("select count(*), count(distinct page_id) from staging.releases").fetchone() == \
        work.execute("select count(*), count(*) from raw.pages where page_type = 'article'").fetchone()
    work.close()

    truth = demo_sites["truth"]
    new_pages = sum(s["new"] for s in summary["sources"])
    assert new_pages == len(truth)
    assert summary["load"]["parsed"] == len(truth)

    con = published(tmp_path)
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert {"dim_person", "dim_organization", "dim_country", "fct_meetings",
            "fct_meeting_participants", "publish_info"} <= tables
    assert con.execute("select run_id from publish_info").fetchone()[0] == summary["run_id"]
    artifact = summary_artifact(state.state_details.flow_run_id)
    assert f"`{summary['run_id']}`: succeeded" in artifact
    assert "| idcpc |" in artifact and "| fmprc |" in artifact

    # The seed release: Liu Jianchao meets Leonid Slutsky, Beijing, 2023-11-22.
    seed = con.execute("""
        select m.meeting_key, m.location, m.kind, m.mode
        from fct_meetings m
        where m.meeting_date = date '2023-11-22'
          and exists (select 1 from fct_meeting_participants p join dim_person d using (person_key)
                      where p.meeting_key = m.meeting_key and d.canonical_name = 'Leonid Slutsky')
    """).fetchall()
    assert len(seed) == 1
    key, location, kind, mode = seed[0]
    assert (location, kind, mode) == ("Beijing", "meeting", "in_person")
    people = {name: (role, title, country) for name, role, title, country in con.execute("""
        select d.canonical_name, p.role, p.title, p.country_code
        from fct_meeting_participants p join dim_person d using (person_key)
        where p.meeting_key = ?""", [key]).fetchall()}
    assert people["Liu Jianchao"] == ("principal", "Minister", "CHN")
    assert people["Leonid Slutsky"] == ("counterpart", "Leader", "RUS")
    speakers = {r[0] for r in con.execute(
        "select speaker_name from fct_statements where meeting_key = ?", [key]).fetchall()}
    assert {"Liu Jianchao", "Leonid Slutsky"} <= speakers
    mentions = {r[0] for r in con.execute(
        "select mention from fct_mentions where meeting_key = ?", [key]).fetchall()}
    assert {"BRICS", "Belt and Road"} <= mentions
    con.close()


def test_second_run_fetches_listings_only_and_adds_no_rows(tmp_path, demo_sites, prefect_harness):
    sources = {"idcpc": demo_sites["idcpc"].base_url, "fmprc": demo_sites["fmprc"].base_url}
    first = nightly(sources=sources, warehouse=str(tmp_path), delay=0.0)
    con = published(tmp_path)
    before = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
              for t in ("fct_meetings", "fct_meeting_participants", "dim_person", "fct_statements")}
    con.close()
    second = nightly(sources=sources, warehouse=str(tmp_path), delay=0.0)
    assert all(s["new"] == 0 and s["changed"] == 0 for s in second["sources"])
    assert sum(s["requests"] for s in second["sources"]) < sum(s["requests"] for s in first["sources"])
    con = published(tmp_path)
    after = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in before}
    raw = duckdb.connect(str(tmp_path / "work" / "work.duckdb"), read_only=True)
    dupes = raw.execute("select count(*) - count(distinct url) from raw.pages where page_type = 'article'").fetchone()[0]
    raw.close()
    con.close()
    assert after == before
    assert dupes == 0


def test_a_source_down_publishes_nothing_and_keeps_the_previous_version(tmp_path, demo_sites, prefect_harness):
    good = {"idcpc": demo_sites["idcpc"].base_url, "fmprc": demo_sites["fmprc"].base_url}
    nightly(sources=good, warehouse=str(tmp_path), delay=0.0)
    before = (tmp_path / "diplomeet.duckdb").read_bytes()

    down = {"idcpc": demo_sites["idcpc"].base_url, "fmprc": "http://127.0.0.1:9"}  # nothing listens on 9
    state = nightly(sources=down, warehouse=str(tmp_path), delay=0.0, return_state=True)
    summary = state.result(raise_on_failure=False)
    assert state.is_failed()
    assert not summary["published"]
    assert any("fmprc" in e for e in summary["errors"])
    assert (tmp_path / "diplomeet.duckdb").read_bytes() == before
