{{ config(
    materialized='incremental',
    unique_key='statement_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ delete_affected_rows('release_id') }}"
) }}
-- One row per statement of a parsed release. The speaker is resolved to a person of the same
-- release: same folded name key, or a bare surname that exactly one person of the release
-- carries; otherwise person_key is null. The statement belongs to the meeting of its release
-- in which the speaker takes part, else the release's first meeting (null if it has none).
with releases as (
    select * from {{ ref('int_releases_unioned') }}
    where status = 'parsed' and {{ in_affected_scope() }}
),

statements_tokenized as (
    select
        statements.*,
        releases.loaded_at,
        {{ person_name_tokens('statements.speaker_name') }} as speaker_tokens
    from ({{ union_sites('statements') }}) as statements
    join releases on releases.release_id = statements.release_id
),

statements as (
    select *, {{ name_key_from_tokens('speaker_tokens') }} as speaker_key
    from statements_tokenized
),

release_people as (
    select distinct release_id, person_key, name_key, resolved_name_key, name_tokens
    from {{ ref('int_persons_resolved') }}
),

speaker_matches as (
    select statements.release_id, statements.position, release_people.person_key
    from statements
    join release_people
        on release_people.release_id = statements.release_id
        and (release_people.name_key = statements.speaker_key
            or release_people.resolved_name_key = statements.speaker_key
            or (len(statements.speaker_tokens) = 1
                and list_contains(release_people.name_tokens, statements.speaker_tokens[1])))
),

speakers as (
    select release_id, position, min(person_key) as person_key
    from speaker_matches
    group by release_id, position
    having count(distinct person_key) = 1
),

release_meetings as (
    select dedup.release_id, dedup.meeting_index, dedup.meeting_key, dedup.meeting_date, dedup.report_id
    from {{ ref('int_meetings_deduplicated') }} as dedup
),

statement_meetings as (
    select
        statements.release_id,
        statements.position,
        first(release_meetings.meeting_key order by
            (participants.person_key is not null) desc, release_meetings.meeting_index) as meeting_key,
        first(release_meetings.meeting_date order by
            (participants.person_key is not null) desc, release_meetings.meeting_index) as meeting_date
    from statements
    join release_meetings on release_meetings.release_id = statements.release_id
    left join speakers
        on speakers.release_id = statements.release_id and speakers.position = statements.position
    left join {{ ref('int_report_participants_joined') }} as participants
        on participants.report_id = release_meetings.report_id
        and participants.person_key = speakers.person_key
    group by statements.release_id, statements.position
)

select
    {{ surrogate_key(['statements.release_id', 'statements.position']) }} as statement_key,
    statement_meetings.meeting_key,
    statements.release_id,
    speakers.person_key,
    statements.speaker_name,
    statements.text,
    statements.position,
    statement_meetings.meeting_date,
    statements.loaded_at
from statements
left join speakers
    on speakers.release_id = statements.release_id and speakers.position = statements.position
left join statement_meetings
    on statement_meetings.release_id = statements.release_id and statement_meetings.position = statements.position
{% if is_incremental() %}
where statements.release_id in {{ affected_release_ids(this) }}
    or statement_meetings.meeting_date in {{ affected_meeting_dates(this) }}
{% endif %}
