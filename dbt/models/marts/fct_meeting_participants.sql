{{ config(
    materialized='incremental',
    unique_key='meeting_participant_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ delete_affected_rows('release_ids', is_list=true) }}"
) }}
-- One row per person per meeting. When reports disagree, the role is the strongest one named
-- (principal > counterpart > actor > present) and title/organization/country come from the
-- earliest published report that gives them. side = 'CHN' when the country is CHN, else
-- 'foreign' (also when the country is unknown). Ties are broken down to (meeting_index, role,
-- position) because the loader numbers positions per role list, not per release: the choice
-- must be deterministic for an incremental build to equal a full refresh.
with rows as (
    select dedup.meeting_key, participants.*, releases.loaded_at
    from {{ ref('int_report_participants_joined') }} as participants
    join {{ ref('int_meetings_deduplicated') }} as dedup on dedup.report_id = participants.report_id
    join {{ ref('int_releases_unioned') }} as releases on releases.release_id = participants.release_id
    {% if is_incremental() %}
    where dedup.meeting_key in {{ affected_meeting_keys() }}
        and {{ in_affected_scope('participants.release_id', 'participants.meeting_date') }}
    {% endif %}
),

per_person as (
    select
        meeting_key,
        person_key,
        first(role order by case role when 'principal' then 1 when 'counterpart' then 2 when 'actor' then 3 else 4 end) as role,
        first(title order by published_date nulls last, release_id, meeting_index nulls first, role, position) filter (where title is not null) as title,
        first(organization order by published_date nulls last, release_id, meeting_index nulls first, role, position) filter (where organization is not null) as organization,
        first(org_key order by published_date nulls last, release_id, meeting_index nulls first, role, position) filter (where organization is not null) as org_key,
        first(country_code order by published_date nulls last, release_id, meeting_index nulls first, role, position) filter (where country_code is not null) as country_code,
        min(meeting_date) as meeting_date,
        list_sort(list_distinct(list(release_id))) as release_ids,
        max(loaded_at) as loaded_at
    from rows
    group by meeting_key, person_key
)

select
    {{ surrogate_key(['meeting_key', 'person_key']) }} as meeting_participant_key,
    meeting_key,
    person_key,
    role,
    title,
    organization,
    org_key,
    country_code,
    case when country_code = 'CHN' then 'CHN' else 'foreign' end as side,
    meeting_date,
    release_ids,
    loaded_at
from per_person
