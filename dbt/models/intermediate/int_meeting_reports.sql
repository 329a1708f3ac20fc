{{ config(
    materialized='incremental',
    unique_key='release_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where release_id in {{ affected_release_ids(this) }}{% endif %}"
) }}
-- One row per meeting as one release reports it (a "report"). A release gives one report per
-- staging.meetings row; a release with no meetings but with actors (a visit announced, an
-- official attends or hosts) gives one event report, meeting_index -1, kind from the release.
-- report_id = '<release_id>#<meeting_index>'.
-- An incremental table (per release, like int_persons_resolved): the facts, dims and tests all
-- read it, and as a view each of them recomputed it over the whole archive.
with releases as (
    select * from {{ ref('int_releases_unioned') }}
    where status = 'parsed'
    {% if is_incremental() %}
        and release_id in {{ affected_release_ids(this) }}
    {% endif %}
),

staged_meetings as (
    {{ union_sites('meetings') }}
),

meeting_reports as (
    select staged_meetings.release_id, staged_meetings.meeting_index, staged_meetings.counterpart_delegation
    from staged_meetings
    join releases on releases.release_id = staged_meetings.release_id
),

actor_events as (
    select distinct release_id, -1 as meeting_index, cast(null as varchar) as counterpart_delegation
    from {{ ref('int_persons_resolved') }}
    where role = 'actor'
        and release_id not in (select release_id from meeting_reports)
),

reports as (
    select * from meeting_reports
    union all
    select * from actor_events
)

select
    reports.release_id || '#' || reports.meeting_index as report_id,
    reports.release_id,
    reports.meeting_index,
    reports.counterpart_delegation,
    releases.source,
    releases.url,
    releases.title,
    releases.published_date,
    releases.meeting_date,
    releases.date_end,
    releases.location,
    releases.venue,
    releases.kind,
    releases.mode,
    releases.loaded_at
from reports
join releases on releases.release_id = reports.release_id
