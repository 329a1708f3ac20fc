"""The query functions of flows.dashboard.data against a real DuckDB file, with expectations
computed independently (pandas over the fact tables) rather than copied from the fixture."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest

from flows.dashboard import data
from flows.dashboard.data import Filters


@pytest.fixture(scope="module")
def con(fixture_warehouse):
    connection = duckdb.connect(str(fixture_warehouse / "diplomeet.duckdb"), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def facts(con) -> dict[str, pd.DataFrame]:
    return {t: con.execute(f"select * from {t}").df()
            for t in ("fct_meetings", "fct_meeting_participants", "dim_organization",
                      "dim_person_role", "dim_person", "dim_release")}


def _count(con, f: Filters) -> int:
    return data.summary(con, f)["meetings"]


def test_unfiltered_counts_every_meeting(con, facts):
    assert _count(con, Filters()) == len(facts["fct_meetings"])
    assert data.summary(con, Filters())["officials"] == facts["fct_meeting_participants"].query(
        "side == 'CHN'").person_key.nunique()


@pytest.mark.parametrize("by", ["source", "kind", "mode"])
def test_monthly_series_add_up_to_the_meeting_count(con, facts, by):
    monthly = data.meetings_per_month(con, Filters(), by)
    assert monthly.meetings.sum() == len(facts["fct_meetings"])
    assert (monthly.month.dt.day == 1).all()


def test_a_meeting_reported_by_two_sources_is_counted_once(con, facts):
    monthly = data.meetings_per_month(con, Filters(), "source")
    multi = facts["fct_meetings"][facts["fct_meetings"].release_ids.map(len) > 1]
    assert len(multi) > 0
    assert monthly.query("series == 'fmprc + idcpc'").meetings.sum() == len(multi)


def test_mode_and_kind_filters(con, facts):
    m = facts["fct_meetings"]
    assert _count(con, Filters(modes=("video",))) == (m["mode"] == "video").sum()
    assert _count(con, Filters(kinds=("talks", "visit"))) == m["kind"].isin(["talks",
                                                                           "visit"]).sum()
    both = _count(con, Filters(kinds=("talks",), modes=("phone",)))
    assert both == ((m["kind"] == "talks") & (m["mode"] == "phone")).sum()


def test_date_range_filter_is_inclusive(con, facts):
    m = facts["fct_meetings"]
    day = m.meeting_date.dt.date
    lo, hi = date(2023, 1, 1), date(2023, 6, 30)
    assert _count(con, Filters(date_from=lo, date_to=hi)) == ((day >= lo) & (day <= hi)).sum()
    one_day = day.iloc[10]
    assert _count(con, Filters(date_from=one_day, date_to=one_day)) == (day == one_day).sum()


def test_country_official_and_sector_filters(con, facts):
    p = facts["fct_meeting_participants"]
    foreign = p[p.side == "foreign"]
    assert _count(con, Filters(countries=("JPN", "DEU"))) == foreign[
        foreign.country_code.isin(["JPN", "DEU"])].meeting_key.nunique()
    official = p[p.side == "CHN"].person_key.iloc[0]
    assert _count(con, Filters(officials=(official,))) == p[
        (p.side == "CHN") & (p.person_key == official)].meeting_key.nunique()
    orgs = facts["dim_organization"]
    think_tanks = set(orgs[orgs.sector == "think_tank"].org_key)
    assert _count(con, Filters(sectors=("think_tank",))) == foreign[
        foreign.org_key.isin(think_tanks)].meeting_key.nunique()
    # A Chinese party organ is not a counterpart: filtering by the party sector must not
    # keep every IDCPC meeting.
    assert _count(con, Filters(sectors=("party",))) < len(facts["fct_meetings"])


def test_filter_options_offer_what_the_data_holds(con, facts):
    opts = data.filter_options(con)
    m = facts["fct_meetings"]
    assert opts.first_day == m.meeting_date.min().date()
    assert opts.last_day == m.meeting_date.max().date()
    assert set(opts.modes) == set(m["mode"])
    assert {k for k, _ in opts.officials} == set(
        facts["fct_meeting_participants"].query("side == 'CHN'").person_key)
    assert "CHN" not in {c for c, _ in opts.countries}


def test_rankings_are_sorted_and_match_a_direct_count(con, facts):
    top = data.top_countries(con, Filters(), 5)
    assert len(top) == 5 and top.meetings.is_monotonic_decreasing
    foreign = facts["fct_meeting_participants"].query("side == 'foreign'")
    expected = foreign.groupby("country_code").meeting_key.nunique()
    assert top.meetings.iloc[0] == expected.max()
    orgs = data.top_organizations(con, Filters(), None, country_code="JPN")
    assert set(orgs.country_code) == {"JPN"}


def test_latest_meetings_newest_first_with_links(con, facts):
    latest = data.latest_meetings(con, Filters(), 20)
    assert len(latest) == 20
    assert latest.date.is_monotonic_decreasing
    assert latest.url.str.startswith("https://").all()
    assert latest.date.iloc[0] == facts["fct_meetings"].meeting_date.max()


def test_title_history_of_a_person_whose_title_changed(con, facts):
    roles = facts["dim_person_role"]
    person = roles.groupby("person_key").title.nunique().idxmax()
    history = data.person_roles(con, person)
    assert history.title.nunique() >= 2
    assert history.valid_from.is_monotonic_increasing
    meetings = data.person_meetings(con, person, Filters(), None)
    assert len(meetings) == facts["fct_meeting_participants"].query(
        "person_key == @person").meeting_key.nunique()
    met = data.person_counterparts(con, person, Filters(), None)
    assert person not in set(met.person_key) and len(met) > 0


def test_organization_and_country_pages(con, facts):
    org = data.top_organizations(con, Filters(), 1).org_key.iloc[0]
    assert data.organization_profile(con, org)["org_key"] == org
    officials = data.organization_officials(con, org, Filters())
    assert officials.meetings.sum() >= len(data.organization_meetings(con, org, Filters(), None))
    assert len(data.organization_people(con, org)) > 0
    jpn = data.country_meetings(con, "JPN", Filters(), None)
    assert len(jpn) == _count(con, Filters(countries=("JPN",)))


def test_search_is_case_insensitive_and_covers_variants_and_acronyms(con, facts):
    person = facts["dim_person"].query("country_code == 'JPN'").iloc[0]
    hits = data.search(con, person.canonical_name.split()[-1].lower())
    assert person.person_key in set(hits.key)
    upper_variant = [v for v in person.name_variants if v.isupper()][0]
    assert person.person_key in set(data.search(con, upper_variant).key)
    orgs = facts["dim_organization"].dropna(subset=["acronym"])
    acronym = orgs.acronym.iloc[0]
    assert orgs.org_key.iloc[0] in set(data.search(con, acronym.lower()).key)
    assert data.search(con, "   ").empty
    assert data.search(con, "no such name anywhere").empty


def test_extra_columns_in_every_mart_are_ignored(tmp_path, make_warehouse):
    facts = make_warehouse(meetings=60)
    with duckdb.connect(str(facts.path)) as rw:
        for (table,) in rw.execute("select table_name from duckdb_tables()").fetchall():
            rw.execute(f"alter table {table} add column zz_new_column integer default 1")
    with duckdb.connect(str(facts.path), read_only=True) as ro:
        f = Filters()
        assert data.summary(ro, f)["meetings"] == facts.meetings
        assert not data.latest_meetings(ro, f, 5).empty
        assert "zz_new_column" not in data.latest_meetings(ro, f, 5).columns
        assert data.publish_info(ro)["run_id"] == facts.run_id
        assert data.filter_options(ro).kinds


def test_pickers_list_everyone_foreign_organizations_first(con, facts):
    people = data.people_index(con)
    assert set(people.person_key) == set(facts["dim_person"].person_key)
    assert people.meetings.is_monotonic_decreasing
    orgs = data.organizations_index(con)
    assert set(orgs.org_key) == set(facts["dim_organization"].org_key)
    chinese = (orgs.country_code == "CHN").tolist()
    assert chinese == sorted(chinese), "Chinese organizations come last"
    assert orgs[~orgs.country_code.eq("CHN")].meetings.is_monotonic_decreasing
