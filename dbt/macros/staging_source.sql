{#- The per-site staging models are one macro each; stg_<site>__<entity>.sql only names the site.
    A release is kept in its NEWEST version (highest version, then highest page_id); older
    versions stay in staging.releases and remain queryable there.
    stg_<site>__releases is an incremental table, not a view: every child view, test and
    downstream model reads it, and as a view each of them re-ranked every version of every
    release (O(archive) per reader on a night that adds 20). Incremental per release_id: a
    night re-ranks only the releases loaded since the table's newest loaded_at. -#}

{% macro stg_releases(site) %}
with versions as (
    select
        *,
        row_number() over (partition by release_id order by version desc, page_id desc) as version_rank,
        count(*) over (partition by release_id) as versions
    from {{ source('staging', 'releases') }}
    where source = '{{ site }}'
    {% if is_incremental() %}
        and release_id in {{ affected_release_ids(this) }}
    {% endif %}
)
select
    page_id,
    release_id,
    source,
    url,
    version,
    cast(versions as integer) as versions,
    fetched_at,
    nullif(trim(title), '') as title,
    published_date,
    status,
    quarantine_reason,
    meeting_date,
    date_end,
    nullif(trim(location), '') as location,
    nullif(trim(venue), '') as venue,
    kind,
    mode,
    parser_version,
    warnings,
    loaded_at
from versions
where version_rank = 1
{% endmacro %}

{#- Rows of a child table (participants, meetings, statements, mentions) of the site's newest
    release versions, with release_id attached. -#}
{% macro stg_release_child(site, table_name, columns) %}
select
    releases.release_id,
    {{ columns }}
from {{ source('staging', table_name) }} as child
join {{ ref('stg_' ~ site ~ '__releases') }} as releases on releases.page_id = child.page_id
{% endmacro %}

{% macro stg_participants(site) %}
{{ stg_release_child(site, 'participants', "child.page_id, child.meeting_index, child.role, child.position,
    trim(child.name) as name, nullif(trim(child.title), '') as title,
    nullif(trim(child.organization), '') as organization,
    nullif(upper(trim(child.country)), '') as country_code, child.also") }}
where trim(child.name) <> ''
{% endmacro %}

{% macro stg_meetings(site) %}
{{ stg_release_child(site, 'meetings', "child.page_id, child.meeting_index,
    nullif(trim(child.counterpart_delegation), '') as counterpart_delegation") }}
{% endmacro %}

{% macro stg_statements(site) %}
{{ stg_release_child(site, 'statements', "child.page_id, child.position,
    nullif(trim(child.speaker_name), '') as speaker_name, child.text") }}
{% endmacro %}

{% macro stg_mentions(site) %}
{{ stg_release_child(site, 'mentions', "child.page_id, child.position, trim(child.name) as mention") }}
where trim(child.name) <> ''
{% endmacro %}

{#- union all of one staging entity over every site in var('diplomeet_sources'). -#}
{% macro union_sites(entity) %}
{% for site in var('diplomeet_sources') %}
select * from {{ ref('stg_' ~ site ~ '__' ~ entity) }}
{% if not loop.last %}union all{% endif %}
{% endfor %}
{% endmacro %}
