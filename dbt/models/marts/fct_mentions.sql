{{ config(
    materialized='incremental',
    unique_key='mention_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ delete_affected_rows('release_ids', is_list=true) }}"
) }}
-- One row per framework named in a meeting: two reports of one meeting naming "BRICS" give one
-- row (release_id = the earliest published report naming it; release_ids = all of them). A
-- parsed release without a meeting keeps its mentions with meeting_key null.
with releases as (
    select * from {{ ref('int_releases_unioned') }}
    where status = 'parsed' and {{ in_affected_scope() }}
),

first_meetings as (
    select release_id,
        first(meeting_key order by meeting_index) as meeting_key,
        first(meeting_date order by meeting_index) as meeting_date
    from {{ ref('int_meetings_deduplicated') }}
    group by release_id
),

mentions as (
    select
        mentions.release_id,
        mentions.position,
        mentions.mention,
        {{ mention_normalized('mentions.mention') }} as mention_normalized,
        releases.published_date,
        releases.loaded_at,
        first_meetings.meeting_key,
        first_meetings.meeting_date
    from ({{ union_sites('mentions') }}) as mentions
    join releases on releases.release_id = mentions.release_id
    left join first_meetings on first_meetings.release_id = mentions.release_id
),

per_meeting as (
    select
        {{ surrogate_key(['coalesce(meeting_key, release_id)', 'mention_normalized']) }} as mention_key,
        meeting_key,
        first(release_id order by published_date nulls last, release_id, position) as release_id,
        first(mention order by published_date nulls last, release_id, position) as mention,
        mention_normalized,
        min(meeting_date) as meeting_date,
        list_sort(list_distinct(list(release_id))) as release_ids,
        max(loaded_at) as loaded_at
    from mentions
    where mention_normalized <> ''
    group by coalesce(meeting_key, release_id), meeting_key, mention_normalized
)

select * from per_meeting
{% if is_incremental() %}
where list_has_any(release_ids, (select list(release_id) from {{ affected_release_ids(this) }}))
    or meeting_date in {{ affected_meeting_dates(this) }}
{% endif %}
