"""The dashboard's queries over the published marts: connection and filters in, DataFrames out.

Every function takes an open (read-only) DuckDB connection and plain values, and selects the
columns it needs by name, so extra columns in the marts are ignored. Nothing here imports
Streamlit; `flows/dashboard/cache.py` adds the caching and the connection handling.

Meaning of the filters (all optional; an empty tuple means "all"):
- the date range applies to a meeting's day: `meeting_date`, or `first_published` when the
  release gave no date, so undated meetings are not silently dropped;
- officials: meetings at which one of these people sat on the Chinese side;
- countries and sectors: meetings with a *foreign* participant of that country, or from an
  organization of that sector (researchers ask "meetings with parties", not with the
  International Department, which is itself a party organ);
- kinds and modes: the meeting's own `kind` / `mode`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import duckdb
import pandas as pd

Con = duckdb.DuckDBPyConnection

MEETING_DAY = "coalesce(m.meeting_date, m.first_published)"
SERIES_COLUMNS = {"source": "s.sources", "kind": "fm.kind", "mode": "fm.mode"}


@dataclass(frozen=True)
class Filters:
    """The sidebar's selection. Frozen and hashable so it can be part of a cache key."""

    date_from: date | None = None
    date_to: date | None = None
    officials: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilterOptions:
    """What the sidebar offers: the values present in the published data."""

    first_day: date | None
    last_day: date | None
    officials: list[tuple[Any, str]] = field(default_factory=list)  # (person_key, name)
    countries: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    sectors: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)


def _filtered_meetings(f: Filters) -> tuple[str, dict[str, Any]]:
    """SQL for the CTE `fm` (the meetings the filters keep) and its parameters."""
    where, params = ["true"], {}
    if f.date_from:
        where.append(f"{MEETING_DAY} >= $date_from")
        params["date_from"] = f.date_from
    if f.date_to:
        where.append(f"{MEETING_DAY} <= $date_to")
        params["date_to"] = f.date_to
    if f.kinds:
        where.append("list_contains($kinds, m.kind)")
        params["kinds"] = list(f.kinds)
    if f.modes:
        where.append("list_contains($modes, m.mode)")
        params["modes"] = list(f.modes)
    if f.officials:
        where.append("""exists (select 1 from fct_meeting_participants p
            where p.meeting_key = m.meeting_key and p.side = 'CHN'
              and list_contains($officials, p.person_key))""")
        params["officials"] = list(f.officials)
    if f.countries:
        where.append("""exists (select 1 from fct_meeting_participants p
            where p.meeting_key = m.meeting_key and p.side = 'foreign'
              and list_contains($countries, p.country_code))""")
        params["countries"] = list(f.countries)
    if f.sectors:
        where.append("""exists (select 1 from fct_meeting_participants p
            join dim_organization o on o.org_key = p.org_key
            where p.meeting_key = m.meeting_key and p.side = 'foreign'
              and list_contains($sectors, o.sector))""")
        params["sectors"] = list(f.sectors)
    sql = f"""fm as (
        select m.meeting_key, {MEETING_DAY} as day, m.kind, m.mode, m.title, m.location,
               m.report_count, m.source_urls, m.release_ids
        from fct_meetings m
        where {' and '.join(where)})"""
    return sql, params


def _sources_of(relation: str) -> str:
    """A subquery: meeting_key, sources (e.g. 'fmprc + idcpc') for the meetings of `relation`.

    A meeting reported by several sources gets one label naming all of them, so stacked
    counts per source add up to the number of meetings instead of counting it twice. An
    unnest join, not list_contains in a correlated subquery (that plans as a nested loop).
    """
    # source_key is a surrogate key; people read the source's name (dim_source.name).
    return f"""(select u.meeting_key,
               string_agg(distinct coalesce(s.name, r.source_key), ' + '
                          order by coalesce(s.name, r.source_key)) as sources
        from (select meeting_key, unnest(release_ids) as release_id from {relation}) u
        join dim_release r on r.release_id = u.release_id
        left join dim_source s on s.source_key = r.source_key
        group by u.meeting_key)"""


def _query(con: Con, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    return con.execute(sql, params or {}).df()


def _with_filters(con: Con, f: Filters, body: str, extra: dict[str, Any] | None = None
                  ) -> pd.DataFrame:
    cte, params = _filtered_meetings(f)
    return _query(con, f"with {cte} {body}", {**params, **(extra or {})})


# --- overview ---------------------------------------------------------------------------

def publish_info(con: Con) -> dict[str, Any] | None:
    """The one row saying which run published this file, when, and how much it holds."""
    df = _query(con, "select run_id, published_at, releases, meetings, parser_version "
                     "from publish_info limit 1")
    return None if df.empty else df.iloc[0].to_dict()


def filter_options(con: Con) -> FilterOptions:
    bounds = con.execute(
        f"select min({MEETING_DAY}), max({MEETING_DAY}) from fct_meetings m").fetchone()
    officials = con.execute("""
        select p.person_key, coalesce(d.canonical_name, '?') as name, count(distinct p.meeting_key)
        from fct_meeting_participants p left join dim_person d using (person_key)
        where p.side = 'CHN' and p.person_key is not null
        group by all order by 3 desc, 2""").fetchall()
    countries = con.execute("""
        select distinct p.country_code, coalesce(c.name, p.country_code)
        from fct_meeting_participants p left join dim_country c using (country_code)
        where p.side = 'foreign' and p.country_code is not null order by 2""").fetchall()

    def distinct(sql: str) -> list[str]:
        return [r[0] for r in con.execute(sql).fetchall() if r[0] is not None]

    return FilterOptions(
        first_day=bounds[0], last_day=bounds[1],
        officials=[(k, n) for k, n, _ in officials],
        countries=[(c, n) for c, n in countries],
        sectors=distinct("select distinct sector from dim_organization order by 1"),
        kinds=distinct("select distinct kind from fct_meetings order by 1"),
        modes=distinct("select distinct mode from fct_meetings order by 1"),
    )


def summary(con: Con, f: Filters) -> dict[str, int]:
    """Headline counts of the filtered meetings."""
    df = _with_filters(con, f, """
        select count(*) as meetings,
               (select count(distinct p.country_code) from fct_meeting_participants p
                  join fm using (meeting_key) where p.side = 'foreign') as countries,
               (select count(distinct p.org_key) from fct_meeting_participants p
                  join fm using (meeting_key) where p.side = 'foreign') as organizations,
               (select count(distinct p.person_key) from fct_meeting_participants p
                  join fm using (meeting_key) where p.side = 'CHN') as officials
        from fm""")
    return {k: int(v) for k, v in df.iloc[0].items()}


def meetings_per_month(con: Con, f: Filters, by: Literal["source", "kind", "mode"] = "source"
                       ) -> pd.DataFrame:
    """Columns month (first day), series (the `by` value), meetings."""
    column = SERIES_COLUMNS[by]
    return _with_filters(con, f, f"""
        select date_trunc('month', fm.day)::date as month,
               coalesce({column}, 'unknown') as series, count(*) as meetings
        from fm left join {_sources_of('fm')} s on s.meeting_key = fm.meeting_key
        where fm.day is not null group by all order by month, series""")


def top_countries(con: Con, f: Filters, limit: int | None = 15) -> pd.DataFrame:
    """Counterpart countries ranked by meetings: country_code, country, region, meetings."""
    return _with_filters(con, f, f"""
        select p.country_code, coalesce(c.name, p.country_code) as country, c.region,
               count(distinct p.meeting_key) as meetings
        from fct_meeting_participants p join fm using (meeting_key)
        left join dim_country c on c.country_code = p.country_code
        where p.side = 'foreign' and p.country_code is not null
        group by all order by meetings desc, country {_limit(limit)}""")


def top_organizations(con: Con, f: Filters, limit: int | None = 15,
                      country_code: str | None = None) -> pd.DataFrame:
    """Counterpart organizations ranked by meetings: org_key, organization, country_code,
    sector, meetings."""
    return _with_filters(con, f, f"""
        select p.org_key, coalesce(o.name, p.organization) as organization,
               coalesce(o.country_code, p.country_code) as country_code, o.sector,
               count(distinct p.meeting_key) as meetings
        from fct_meeting_participants p join fm using (meeting_key)
        left join dim_organization o on o.org_key = p.org_key
        where p.side = 'foreign' and coalesce(o.name, p.organization) is not null
          and ($country is null or p.country_code = $country)
        group by all order by meetings desc, organization {_limit(limit)}""",
        {"country": country_code})


def _limit(limit: int | None) -> str:
    return f"limit {int(limit)}" if limit else ""


def _meeting_list(con: Con, f: Filters, extra_where: str = "true",
                  extra: dict[str, Any] | None = None, limit: int | None = 100) -> pd.DataFrame:
    """Newest meetings first: date, title, kind, mode, location, chinese_side, counterparts,
    url (the first source page), reports, sources, meeting_key."""
    # Limit first, then name the participants of only the meetings shown.
    return _with_filters(con, f, f"""
        , page as (
            select fm.* from fm where {extra_where}
            order by fm.day desc nulls last, fm.meeting_key {_limit(limit)}),
        people as (
            select p.meeting_key, p.side,
                   -- the Chinese side's organization is nearly always IDCPC or the MFA:
                   -- only foreign names carry theirs, to keep the column readable
                   string_agg(coalesce(d.canonical_name, '?') || case when p.side = 'foreign'
                              then coalesce(' (' || coalesce(o.name, p.organization) || ')', '')
                              else '' end,
                              '; ' order by p.role desc, d.canonical_name) as names
            from fct_meeting_participants p join page using (meeting_key)
            left join dim_person d on d.person_key = p.person_key
            left join dim_organization o on o.org_key = p.org_key
            group by all)
        select page.day as date, page.title, page.kind, page.mode, page.location,
               chn.names as chinese_side, fgn.names as counterparts,
               page.source_urls[1] as url, page.report_count as reports,
               coalesce(s.sources, 'unknown') as sources, page.meeting_key
        from page
        left join people chn on chn.meeting_key = page.meeting_key and chn.side = 'CHN'
        left join people fgn on fgn.meeting_key = page.meeting_key and fgn.side = 'foreign'
        left join {_sources_of('page')} s on s.meeting_key = page.meeting_key
        order by page.day desc nulls last, page.meeting_key""", extra)


def latest_meetings(con: Con, f: Filters, limit: int | None = 50) -> pd.DataFrame:
    return _meeting_list(con, f, limit=limit)


def meeting_detail(con: Con, meeting_key: Any) -> dict[str, pd.DataFrame]:
    """Participants and statements of one meeting."""
    params = {"k": meeting_key}
    return {
        "participants": _query(con, """
            select p.side, p.role, coalesce(d.canonical_name, '?') as name, p.title,
                   coalesce(o.name, p.organization) as organization, p.country_code
            from fct_meeting_participants p
            left join dim_person d on d.person_key = p.person_key
            left join dim_organization o on o.org_key = p.org_key
            where p.meeting_key = $k order by p.side, p.role desc, name""", params),
        "statements": _query(con, """
            select speaker_name as speaker, text from fct_statements
            where meeting_key = $k order by position""", params),
    }


# --- people ---------------------------------------------------------------------------

def person_profile(con: Con, person_key: Any) -> dict[str, Any] | None:
    df = _query(con, """
        select person_key, canonical_name, name_variants, country_code, first_seen, last_seen,
               meeting_count
        from dim_person where person_key = $k""", {"k": person_key})
    return None if df.empty else df.iloc[0].to_dict()


def person_roles(con: Con, person_key: Any) -> pd.DataFrame:
    """Title history, oldest first: title, organization, valid_from, valid_to, observations."""
    return _query(con, """
        select title, organization, valid_from, valid_to, observations
        from dim_person_role where person_key = $k
        order by valid_from nulls first, valid_to nulls last""", {"k": person_key})


def person_meetings(con: Con, person_key: Any, f: Filters, limit: int | None = 200
                    ) -> pd.DataFrame:
    return _meeting_list(con, f, """exists (select 1 from fct_meeting_participants x
        where x.meeting_key = fm.meeting_key and x.person_key = $person)""",
                         {"person": person_key}, limit=limit)


def person_counterparts(con: Con, person_key: Any, f: Filters, limit: int | None = 20
                        ) -> pd.DataFrame:
    """The people met across the table (the other side than this person's): person_key,
    name, organization, country_code, meetings."""
    return _with_filters(con, f, f"""
        , mine as (
            select p.meeting_key, p.side from fct_meeting_participants p join fm using
            (meeting_key) where p.person_key = $person)
        select o.person_key, coalesce(d.canonical_name, '?') as name,
               any_value(o.organization) as organization, any_value(o.country_code)
               as country_code, count(distinct o.meeting_key) as meetings
        from mine join fct_meeting_participants o
             on o.meeting_key = mine.meeting_key and o.side <> mine.side
        left join dim_person d on d.person_key = o.person_key
        group by o.person_key, d.canonical_name
        order by meetings desc, name {_limit(limit)}""", {"person": person_key})


# --- organizations and countries ---------------------------------------------------------

def organization_profile(con: Con, org_key: Any) -> dict[str, Any] | None:
    df = _query(con, """select org_key, name, acronym, country_code, sector
                        from dim_organization where org_key = $k""", {"k": org_key})
    return None if df.empty else df.iloc[0].to_dict()


def organization_people(con: Con, org_key: Any) -> pd.DataFrame:
    """Who held which title in this organization: person_key, name, title, valid_from,
    valid_to."""
    return _query(con, """
        select r.person_key, coalesce(d.canonical_name, '?') as name, r.title, r.valid_from,
               r.valid_to
        from dim_person_role r left join dim_person d using (person_key)
        where r.org_key = $k order by r.valid_from desc nulls last, name""", {"k": org_key})


def organization_meetings(con: Con, org_key: Any, f: Filters, limit: int | None = 200
                          ) -> pd.DataFrame:
    return _meeting_list(con, f, """exists (select 1 from fct_meeting_participants x
        where x.meeting_key = fm.meeting_key and x.org_key = $org)""", {"org": org_key},
                         limit=limit)


def organization_officials(con: Con, org_key: Any, f: Filters) -> pd.DataFrame:
    """Chinese officials who met this organization: person_key, name, meetings, first, last."""
    return _with_filters(con, f, """
        select c.person_key, coalesce(d.canonical_name, '?') as name,
               count(distinct c.meeting_key) as meetings, min(fm.day) as first_meeting,
               max(fm.day) as last_meeting
        from fm join fct_meeting_participants x
             on x.meeting_key = fm.meeting_key and x.org_key = $org and x.side = 'foreign'
        join fct_meeting_participants c on c.meeting_key = fm.meeting_key and c.side = 'CHN'
        left join dim_person d on d.person_key = c.person_key
        group by all order by meetings desc, name""", {"org": org_key})


def country_meetings(con: Con, country_code: str, f: Filters, limit: int | None = 200
                     ) -> pd.DataFrame:
    return _meeting_list(con, f, """exists (select 1 from fct_meeting_participants x
        where x.meeting_key = fm.meeting_key and x.side = 'foreign'
          and x.country_code = $country)""", {"country": country_code}, limit=limit)


def country_name(con: Con, country_code: str) -> str:
    row = con.execute("select name from dim_country where country_code = $c",
                      {"c": country_code}).fetchone()
    return row[0] if row and row[0] else country_code


# --- search ---------------------------------------------------------------------------

def search(con: Con, text: str, limit: int = 50) -> pd.DataFrame:
    """People (by canonical name or any variant) and organizations (by name or acronym)
    whose name contains `text`, case-insensitively: kind, key, name, detail, meetings."""
    needle = text.strip()
    if not needle:
        return pd.DataFrame(columns=["kind", "key", "name", "detail", "meetings"])
    return _query(con, """
        with hits as (
            select 'person' as kind, person_key as key, canonical_name as name,
                   country_code as detail, coalesce(meeting_count, 0) as meetings
            from dim_person
            where contains(lower(canonical_name), lower($q))
               or len(list_filter(coalesce(name_variants, []),
                                  lambda v: contains(lower(v), lower($q)))) > 0
            union all
            select 'organization', o.org_key, o.name,
                   concat_ws(' · ', o.acronym, o.country_code, o.sector),
                   (select count(distinct p.meeting_key) from fct_meeting_participants p
                    where p.org_key = o.org_key)
            from dim_organization o
            where contains(lower(o.name), lower($q))
               or contains(lower(coalesce(o.acronym, '')), lower($q)))
        select kind, key, name, detail, meetings from hits
        order by meetings desc, name limit $limit""", {"q": needle, "limit": limit})


# --- pickers ----------------------------------------------------------------------------

def people_index(con: Con) -> pd.DataFrame:
    """Every person, most active first: person_key, name, country_code, meetings."""
    return _query(con, """
        select person_key, canonical_name as name, country_code,
               coalesce(meeting_count, 0) as meetings
        from dim_person where canonical_name is not null
        order by meetings desc, name""")


def organizations_index(con: Con) -> pd.DataFrame:
    """Every organization, foreign ones first (the counterparts researchers look up), then
    by meetings: org_key, name, country_code, sector, meetings."""
    return _query(con, """
        select o.org_key, o.name, o.country_code, o.sector,
               count(distinct p.meeting_key) as meetings
        from dim_organization o left join fct_meeting_participants p using (org_key)
        where o.name is not null
        group by o.org_key, o.name, o.country_code, o.sector
        order by coalesce(o.country_code, '') = 'CHN', meetings desc, o.name""")
