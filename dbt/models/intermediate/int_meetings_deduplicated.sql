{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where meeting_date in {{ affected_meeting_dates(this) }} or release_id in {{ affected_release_ids(this) }}{% endif %}"
) }}
-- Maps every report to the meeting it reports: reports of DIFFERENT releases on the same
-- meeting_date are the same meeting when
--   * they share a principal and a counterpart (as resolved persons), or the same two people
--     with the roles swapped (each side's press names its own official as the principal), or
--   * their participant sets are identical and non-empty (two announcements of one visit).
-- Matching is transitive (connected components over those pairs, by a recursive CTE). A report
-- without a meeting_date is never merged. meeting_key = md5(meeting_date, smallest report_id
-- of the component): deterministic, so rebuilds and --full-refresh give the same keys; it can
-- change when a new report joins a meeting, which is why the incremental facts rebuild every
-- meeting on the dates a new release touches.
-- Incremental by date: a component never spans two dates, so a night recomputes only the
-- reports on the dates its releases touch (old dates included), plus the undated reports of
-- those releases (never merged, so each is alone); every other date's components stand.
with recursive reports as (
    select report_id, release_id, meeting_index, meeting_date, loaded_at
    from {{ ref('int_meeting_reports') }}
    {% if is_incremental() %}
    where meeting_date in {{ affected_meeting_dates(this) }}
        or release_id in {{ affected_release_ids(this) }}
    {% endif %}
),

participants as (
    select * from {{ ref('int_report_participants_joined') }}
    where report_id in (select report_id from reports)
),

report_people as (
    select
        report_id,
        list_sort(list_distinct(list(person_key) filter (where role = 'principal'))) as principals,
        list_sort(list_distinct(list(person_key) filter (where role = 'counterpart'))) as counterparts,
        list_sort(list_distinct(list(person_key))) as people
    from participants
    group by report_id
),

candidates as (
    select
        reports.*,
        coalesce(report_people.principals, []) as principals,
        coalesce(report_people.counterparts, []) as counterparts,
        coalesce(report_people.people, []) as people
    from reports
    left join report_people on report_people.report_id = reports.report_id
),

same_meeting_pairs as (
    select a.report_id as from_report_id, b.report_id as to_report_id
    from candidates as a
    join candidates as b
        on a.meeting_date = b.meeting_date
        and a.release_id <> b.release_id
    where (list_has_any(a.principals, b.principals) and list_has_any(a.counterparts, b.counterparts))
        or (list_has_any(a.principals, b.counterparts) and list_has_any(a.counterparts, b.principals))
        or (len(a.people) > 0 and a.people = b.people)
),

reachable (report_id, root_report_id) as (
    select report_id, report_id from candidates
    union
    select same_meeting_pairs.to_report_id, reachable.root_report_id
    from reachable
    join same_meeting_pairs on same_meeting_pairs.from_report_id = reachable.report_id
),

components as (
    select report_id, min(root_report_id) as component_report_id
    from reachable
    group by report_id
)

select
    candidates.report_id,
    candidates.release_id,
    candidates.meeting_index,
    candidates.meeting_date,
    components.component_report_id,
    {{ surrogate_key(['candidates.meeting_date', 'components.component_report_id']) }} as meeting_key,
    candidates.loaded_at
from candidates
join components on components.report_id = candidates.report_id
