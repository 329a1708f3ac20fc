-- Resolved people per report. Principals and counterparts belong to their meeting_index;
-- people without a meeting_index (actors, present) belong to every report of their release,
-- so 'present' people attach to each meeting of the release and actors to its event.
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
    persons.country_code
from {{ ref('int_persons_resolved') }} as persons
join {{ ref('int_meeting_reports') }} as reports
    on reports.release_id = persons.release_id
    and (persons.meeting_index is null or persons.meeting_index = reports.meeting_index)
