"""The marts of a real `dbt build` over hand-made staging rows (scenario BASE in conftest)."""

from __future__ import annotations

import pytest

import json
import subprocess
import sys

import duckdb

from flows.transform import run_dbt_docs_generate


def persons_named(build, name: str) -> list[tuple]:
    return build.query(
        "select person_key, canonical_name, name_variants, meeting_count from dim_person "
        "where list_contains(name_variants, ?)", [name])


def test_build_passes_and_creates_every_mart(base_build):
    from warehouse_scenarios import MART_TABLES

    tables = {name for (name,) in base_build.query(
        "select table_name from information_schema.tables where table_schema = 'main'")}
    assert set(MART_TABLES) <= tables
    assert base_build.result.failures == []
    assert base_build.result.node_count > 100

pytestmark = pytest.mark.slow  # real dbt builds (shared session fixtures)


def test_spellings_of_one_person_resolve_to_one_key(base_build):
    slutsky = persons_named(base_build, "Leonid Slutskiy")
    assert len(slutsky) == 1
    assert set(slutsky[0][2]) == {"Leonid Slutskiy", "Leonid Slutsky", "Slutsky"}
    liu = persons_named(base_build, "LIU JIANCHAO")
    assert liu[0][1] == "Liu Jianchao" and liu[0][3] == 4
    davankov = persons_named(base_build, "Davankov Vladislav Andreyevich")
    assert davankov[0][1] == "Vladislav Davankov"
    assert set(davankov[0][2]) == {"Davankov Vladislav Andreyevich", "Vladislav Davankov"}


def test_bare_surname_joins_only_within_its_release(base_build):
    keys = {key for key, *_ in base_build.query(
        "select person_key from dim_person where list_contains(name_variants, 'Slutsky')")}
    assert len(keys) == 2  # the one inside release a (joined) and the bare one of release h
    lone = base_build.query("select canonical_name from dim_person where name_variants = ['Slutsky']")
    assert lone == [("Slutsky",)]


def test_namesakes_stay_apart(base_build):
    names = {name for (name,) in base_build.query("select canonical_name from dim_person where canonical_name like 'Wang%'")}
    assert names == {"Wang Yi", "Wang Huning", "Wang"}


def test_same_meeting_from_two_sources_counted_once(base_build):
    rows = base_build.query(
        "select report_count, release_ids, title from fct_meetings where meeting_date = '2024-03-05'")
    assert rows == [(2, ["fmprc:b", "idcpc:a"], "Release a")]  # title of the earliest published report
    participants = base_build.query(
        "select p.canonical_name, f.role, f.side from fct_meeting_participants f "
        "join dim_person p using (person_key) where f.meeting_date = '2024-03-05' order by 1")
    # "Mr. Slutsky" (present) is the counterpart himself: one row, the stronger role.
    assert participants == [("Leonid Slutskiy", "counterpart", "foreign"), ("Liu Jianchao", "principal", "CHN")]


def test_correction_wins_over_first_version(base_build):
    assert base_build.query("select count(*) from fct_meetings where meeting_date = '2024-05-01'") == [(0,)]
    assert base_build.query(
        "select versions, version from dim_release where release_id = 'idcpc:e'") == [(2, 2)]
    assert base_build.query(
        "select p.canonical_name from fct_meeting_participants f join dim_person p using (person_key) "
        "where f.meeting_date = '2024-05-02' and f.side = 'foreign'") == [("Aleksandar Vucic",)]


def test_quarantined_release_produces_no_facts(base_build):
    assert base_build.query("select status from dim_release where release_id = 'idcpc:g'") == [("quarantined",)]
    assert base_build.query("select count(*) from dim_person where canonical_name = 'Ghost Person'") == [(0,)]
    assert base_build.query("select count(*) from fct_meetings where list_contains(release_ids, 'idcpc:g')") == [(0,)]


def test_actor_release_becomes_an_event_with_present_people(base_build):
    rows = base_build.query(
        "select m.kind, m.date_end, p.canonical_name, f.role from fct_meetings m "
        "join fct_meeting_participants f using (meeting_key) join dim_person p using (person_key) "
        "where list_contains(m.release_ids, 'fmprc:f') order by f.role")
    assert [(r[2], r[3]) for r in rows] == [("Wang Yi", "actor"), ("Sergei Lavrov", "present")]
    assert {r[0] for r in rows} == {"visit"}


def test_statements_resolve_speakers_within_release(base_build):
    rows = base_build.query(
        "select s.speaker_name, p.canonical_name, s.meeting_key is not null from fct_statements s "
        "left join dim_person p using (person_key) order by s.position")
    assert rows == [("Liu Jianchao", "Liu Jianchao", True), ("Slutsky", "Leonid Slutskiy", True)]


def test_mentions_of_one_meeting_are_merged(base_build):
    rows = base_build.query("select mention_normalized, release_ids from fct_mentions order by 1")
    assert rows == [("brics", ["fmprc:b", "idcpc:a"]), ("shanghai cooperation organization", ["fmprc:f"])]


def test_organizations_get_acronym_and_sector(base_build):
    rows = dict((name, (acronym, sector)) for name, acronym, sector in base_build.query(
        "select name, acronym, sector from dim_organization"))
    assert rows["Liberal Democratic Party of Russia (LDPR)"] == ("LDPR", "party")
    assert rows["State Duma"][1] == "legislature"
    assert rows["International Department of the CPC Central Committee"][1] == "party"
    assert rows["Ministry of Foreign Affairs"][1] == "government"


def test_date_spine_and_role_validity(base_build):
    first, last, days = base_build.query("select min(date_day), max(date_day), count(*) from dim_date")[0]
    assert (last - first).days + 1 == days
    uncovered = base_build.query(
        "select count(*) from fct_meetings m left join dim_date d on d.date_day = m.meeting_date "
        "where d.date_day is null")
    assert uncovered == [(0,)]
    assert base_build.query(
        "select valid_from, valid_to, observations from dim_person_role r join dim_person p using (person_key) "
        "where p.canonical_name = 'Vladislav Davankov'")[0][2] == 2


def test_country_month_mart_counts_each_meeting_once_per_country(base_build):
    total = base_build.query("select sum(meetings) from mart_meetings_by_country_month")[0][0]
    expected = base_build.query(
        "select count(*) from (select distinct f.meeting_key, f.country_code from fct_meeting_participants f "
        "where f.side = 'foreign' and f.country_code is not null and f.role <> 'present')")[0][0]
    assert total == expected
    assert base_build.query(
        "select meetings, first_meeting, last_meeting from mart_counterparts "
        "where counterpart_organization like 'Liberal Democratic%' and official_name = 'Liu Jianchao'")[0][0] == 2


def test_work_db_is_released_after_the_build(base_build):
    con = duckdb.connect(str(base_build.work_db))  # read-write, same process
    con.execute("create table if not exists main.released_probe as select 1 as x")
    con.execute("drop table main.released_probe")
    con.close()
    probe = "import duckdb,sys; duckdb.connect(sys.argv[1]).execute('select 1').fetchall()"
    done = subprocess.run([sys.executable, "-c", probe, str(base_build.work_db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_dbt_writes_nothing_into_the_repo_and_documents_every_model(base_build, tmp_path):
    from warehouse_scenarios import REPO

    assert not (REPO / "dbt" / "target").exists() and not (REPO / "dbt" / "logs").exists()
    docs = run_dbt_docs_generate(base_build.work_db, target_dir=base_build.target_dir)
    assert docs.success, docs.summary()
    target = base_build.target_dir / "target"
    manifest = json.loads((target / "manifest.json").read_text())
    catalog = json.loads((target / "catalog.json").read_text())
    for unique_id, node in manifest["nodes"].items():
        if node["resource_type"] not in ("model", "seed"):
            continue
        assert node["description"].strip(), f"{node['name']} has no description"
        documented = {name for name, column in node["columns"].items() if column["description"].strip()}
        built = {name.lower() for name in catalog["nodes"][unique_id]["columns"]}
        assert built <= documented, f"{node['name']}: undocumented columns {built - documented}"


def test_build_against_a_missing_work_db_says_so(tmp_path):
    from flows.transform import run_dbt_build

    result = run_dbt_build(tmp_path / "absent.duckdb", target_dir=tmp_path / "dbt")
    assert not result.success
    assert result.summary() == f"dbt build failed: work database {tmp_path / 'absent.duckdb'} does not exist (load staging first)"
    assert not (tmp_path / "absent.duckdb").exists()
