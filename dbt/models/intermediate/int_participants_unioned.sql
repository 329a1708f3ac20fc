-- People named by parsed releases of every site, with the release attributes that resolution
-- and deduplication need. Quarantined releases produce no facts, so they stop here.
with participants as (
    {{ union_sites('participants') }}
),

releases as (
    select * from {{ ref('int_releases_unioned') }} where status = 'parsed'
)

select
    participants.release_id,
    releases.source,
    participants.meeting_index,
    participants.role,
    participants.position,
    participants.name,
    participants.title,
    participants.organization,
    participants.country_code,
    releases.meeting_date,
    releases.published_date,
    releases.loaded_at
from participants
join releases on releases.release_id = participants.release_id
