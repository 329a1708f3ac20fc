-- One row per resolved person (int_persons_resolved). canonical_name: a full name rather than a
-- bare surname, then the spelling most often written, then the one with fewest tokens (drops
-- patronymics: "Vladislav Davankov" over "Davankov Vladislav Andreyevich"), then alphabetical.
-- country_code: the country most often given with the person. first_seen / last_seen /
-- meeting_count: over the deduplicated meetings the person takes part in.
with persons as (
    select * from {{ ref('int_persons_resolved') }}
),

spellings as (
    select person_key, display_name, count(*) as times_written
    from persons
    group by person_key, display_name
),

canonical as (
    select
        person_key,
        first(display_name order by (len(string_split(display_name, ' ')) >= 2) desc,
            times_written desc, len(string_split(display_name, ' ')), display_name) as canonical_name,
        list_sort(list(display_name)) as name_variants
    from spellings
    group by person_key
),

countries as (
    select person_key, first(country_code order by times desc, country_code) as country_code
    from (
        select person_key, country_code, count(*) as times
        from persons
        where country_code is not null
        group by person_key, country_code
    )
    group by person_key
),

meetings as (
    select
        participants.person_key,
        min(dedup.meeting_date) as first_seen,
        max(dedup.meeting_date) as last_seen,
        count(distinct dedup.meeting_key) as meeting_count
    from {{ ref('int_report_participants_joined') }} as participants
    join {{ ref('int_meetings_deduplicated') }} as dedup on dedup.report_id = participants.report_id
    group by participants.person_key
)

select
    canonical.person_key,
    canonical.canonical_name,
    canonical.name_variants,
    countries.country_code,
    meetings.first_seen,
    meetings.last_seen,
    cast(coalesce(meetings.meeting_count, 0) as integer) as meeting_count
from canonical
left join countries on countries.person_key = canonical.person_key
left join meetings on meetings.person_key = canonical.person_key
