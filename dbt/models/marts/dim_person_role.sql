-- The offices a person was seen holding: person × title × organization, valid_from/valid_to
-- = first and last meeting date it was written with (observed, not the true term of office).
-- Rows naming neither a title nor an organization say nothing about a role and are left out.
select
    {{ surrogate_key(['participants.person_key', 'participants.title', 'participants.organization']) }} as person_role_key,
    participants.person_key,
    participants.title,
    participants.organization,
    min(participants.org_key) as org_key,
    min(dedup.meeting_date) as valid_from,
    max(dedup.meeting_date) as valid_to,
    cast(count(distinct dedup.meeting_key) as integer) as observations
from {{ ref('int_report_participants_joined') }} as participants
join {{ ref('int_meetings_deduplicated') }} as dedup on dedup.report_id = participants.report_id
where participants.title is not null or participants.organization is not null
group by participants.person_key, participants.title, participants.organization
