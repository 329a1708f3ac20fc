-- Which foreign organizations meet which Chinese officials: every foreign principal or
-- counterpart with an organization × every Chinese (CHN) principal or counterpart of the same
-- meeting, with how many meetings and the first and last meeting date.
with participants as (
    select * from {{ ref('fct_meeting_participants') }}
    where role in ('principal', 'counterpart')
),

foreign_side as (
    select distinct meeting_key, org_key from participants where side = 'foreign' and org_key is not null
),

chinese_side as (
    select distinct meeting_key, person_key from participants where side = 'CHN'
),

pairs as (
    select
        foreign_side.org_key,
        chinese_side.person_key,
        count(distinct meetings.meeting_key) as meetings,
        min(meetings.meeting_date) as first_meeting,
        max(meetings.meeting_date) as last_meeting
    from foreign_side
    join chinese_side on chinese_side.meeting_key = foreign_side.meeting_key
    join {{ ref('fct_meetings') }} as meetings on meetings.meeting_key = foreign_side.meeting_key
    group by foreign_side.org_key, chinese_side.person_key
)

select
    {{ surrogate_key(['pairs.org_key', 'pairs.person_key']) }} as counterpart_key,
    pairs.org_key as counterpart_org_key,
    organizations.name as counterpart_organization,
    organizations.country_code as counterpart_country_code,
    pairs.person_key as official_person_key,
    persons.canonical_name as official_name,
    cast(pairs.meetings as integer) as meetings,
    pairs.first_meeting,
    pairs.last_meeting
from pairs
join {{ ref('dim_organization') }} as organizations on organizations.org_key = pairs.org_key
join {{ ref('dim_person') }} as persons on persons.person_key = pairs.person_key
