{{ config(
    materialized='incremental',
    unique_key='release_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where release_id in {{ affected_release_ids(this) }}{% endif %}"
) }}
-- Resolved people per report. Principals and counterparts belong to their meeting_index;
-- people without a meeting_index (actors, present) belong to every report of their release,
-- so 'present' people attach to each meeting of the release and actors to its event.
-- An incremental table per release (see int_meeting_reports); loaded_at is its watermark.
select
    reports.report_id,
    reports.meeting_date,
    reports.published_date,
    persons.release_id,
    persons.meeting_index,
    persons.role,
    persons.position,
    persons.display_name,
    persons.person_key,
    persons.title,
    persons.organization,
    persons.org_key,
    persons.country_code,
    reports.loaded_at
from {{ ref('int_persons_resolved') }} as persons
join {{ ref('int_meeting_reports') }} as reports
    on reports.release_id = persons.release_id
    and (persons.meeting_index is null or persons.meeting_index = reports.meeting_index)
{% if is_incremental() %}
where persons.release_id in {{ affected_release_ids(this) }}
{% endif %}
