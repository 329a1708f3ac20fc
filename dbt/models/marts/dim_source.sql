-- One row per site. base_url: scheme and host most of its release URLs carry;
-- last_fetched_at: the last time any page of the site was fetched (raw.pages), else the
-- newest fetch of a release.
with releases as (
    select * from {{ ref('int_releases_unioned') }}
),

hosts as (
    select source, first(base_url order by times desc, base_url) as base_url
    from (
        select source, regexp_extract(url, '^(https?://[^/]+)', 1) as base_url, count(*) as times
        from releases
        group by all
    )
    group by source
),

fetches as (
    select source, max(last_seen_at) as last_seen_at
    from {{ source('raw', 'pages') }}
    group by source
)

select
    {{ surrogate_key(['releases.source']) }} as source_key,
    releases.source as name,
    hosts.base_url,
    cast(count(*) as integer) as releases,
    greatest(max(releases.fetched_at), max(fetches.last_seen_at)) as last_fetched_at
from releases
left join hosts on hosts.source = releases.source
left join fetches on fetches.source = releases.source
group by releases.source, hosts.base_url
