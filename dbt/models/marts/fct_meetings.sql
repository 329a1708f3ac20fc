{{ config(
    materialized='incremental',
    unique_key='meeting_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ delete_affected_rows('release_ids', is_list=true) }}"
) }}
-- One row per meeting however many releases reported it. Descriptive columns come from the
-- primary report (earliest published, then smallest release_id), falling back to the next
-- report that has the value. Incremental: see macros/incremental_facts.sql.
with reports as (
    select dedup.meeting_key, reports.*
    from {{ ref('int_meetings_deduplicated') }} as dedup
    join {{ ref('int_meeting_reports') }} as reports on reports.report_id = dedup.report_id
    {% if is_incremental() %}
    where dedup.meeting_key in {{ affected_meeting_keys() }}
        and {{ in_affected_scope('reports.release_id', 'reports.meeting_date') }}
    {% endif %}
)

select
    meeting_key,
    min(meeting_date) as meeting_date,
    max(date_end) as date_end,
    first(location order by published_date nulls last, release_id) filter (where location is not null) as location,
    first(venue order by published_date nulls last, release_id) filter (where venue is not null) as venue,
    first(kind order by published_date nulls last, release_id) filter (where kind is not null) as kind,
    first(mode order by published_date nulls last, release_id) filter (where mode is not null) as mode,
    cast(count(distinct release_id) as integer) as report_count,
    min(published_date) as first_published,
    list_sort(list_distinct(list(url))) as source_urls,
    list_sort(list_distinct(list(release_id))) as release_ids,
    first(title order by published_date nulls last, release_id) filter (where title is not null) as title,
    first(counterpart_delegation order by published_date nulls last, release_id, meeting_index)
        filter (where counterpart_delegation is not null) as counterpart_delegation,
    {{ surrogate_key(['first(source order by published_date nulls last, release_id)']) }} as source_key,
    max(loaded_at) as loaded_at
from reports
group by meeting_key
