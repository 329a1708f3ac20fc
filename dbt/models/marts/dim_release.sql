-- One row per release (URL) in its newest version, quarantined ones included.
select
    release_id,
    {{ surrogate_key(['source']) }} as source_key,
    url,
    title,
    published_date,
    versions,
    status,
    quarantine_reason,
    parser_version,
    version,
    meeting_date,
    loaded_at
from {{ ref('int_releases_unioned') }}
