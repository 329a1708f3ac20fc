-- Meetings per month and foreign country: a meeting counts once for each foreign country of
-- its non-'present' participants (counterparts, foreign principals, foreign actors), so a
-- meeting with two countries counts once for each. source_key is the meeting's primary
-- source (the earliest published report), so summing over sources does not double-count a
-- meeting two sites reported. Undated meetings and meetings with no foreign country are left out.
with countries as (
    select distinct meeting_key, country_code
    from {{ ref('fct_meeting_participants') }}
    where side = 'foreign' and country_code is not null and role <> 'present'
)

select
    cast(date_trunc('month', meetings.meeting_date) as date) as month_start,
    countries.country_code,
    meetings.source_key,
    meetings.kind,
    meetings.mode,
    cast(count(distinct meetings.meeting_key) as integer) as meetings
from {{ ref('fct_meetings') }} as meetings
join countries on countries.meeting_key = meetings.meeting_key
where meetings.meeting_date is not null
group by all
