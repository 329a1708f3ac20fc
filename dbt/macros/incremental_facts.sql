{#- Incremental facts. A nightly run adds a few releases to a large history; the fct_* models
    rebuild only what those releases can change:
      affected releases = release_ids with a staging.releases row (any version, any status)
                          loaded after the newest loaded_at already in the target table;
      affected dates    = every meeting_date any version of an affected release carries (its
                          old date too, so a correction that moves a meeting clears the old one).
    Because deduplication can merge a new report into an existing meeting (and change its key),
    a fact model deletes (pre-hook) and re-inserts every row on an affected date or carrying an
    affected release. Re-processing is idempotent, so a watermark that is too low only costs
    time; `dbt build --full-refresh` gives the same tables (tests/warehouse checks it).
    A wholesale reparse gives every row a new loaded_at, so the next build rebuilds everything. -#}

{% macro affected_release_ids(target_relation) -%}
(
    select distinct release_id
    from {{ source('staging', 'releases') }}
    where loaded_at > (
        select coalesce(max(built.loaded_at), timestamp '1900-01-01') from {{ target_relation }} as built)
)
{%- endmacro %}

{% macro affected_meeting_dates(target_relation) -%}
(
    select distinct meeting_date
    from {{ source('staging', 'releases') }}
    where meeting_date is not null
        and release_id in {{ affected_release_ids(target_relation) }}
)
{%- endmacro %}

{#- Pre-hook of an incremental fact: remove the rows the new releases can change.
    release_column is a varchar (release_id) or varchar[] (release_ids) column. -#}
{% macro delete_affected_rows(release_column, is_list=false) -%}
{% if is_incremental() %}
delete from {{ this }}
where meeting_date in {{ affected_meeting_dates(this) }}
    or {% if is_list -%}
        list_has_any({{ release_column }}, (select list(release_id) from {{ affected_release_ids(this) }}))
    {%- else -%}
        {{ release_column }} in {{ affected_release_ids(this) }}
    {%- endif %}
{% else %}
select 1
{% endif %}
{%- endmacro %}

{#- The meetings an incremental run must (re)build, as a filter on int_meetings_deduplicated. -#}
{% macro affected_meeting_keys() -%}
(
    select meeting_key
    from {{ ref('int_meetings_deduplicated') }}
    where meeting_date in {{ affected_meeting_dates(this) }}
        or release_id in {{ affected_release_ids(this) }}
)
{%- endmacro %}

{#- The rows an incremental fact can rebuild, narrowed as early as a model can: those of an
    affected release, or on an affected date (every report of a release carries the release's
    meeting_date, and a merged meeting's reports share theirs). A model applies it to its
    release-level input so that the costly steps after it (name regexes, joins) run for those
    rows only, and keeps its final filter, which this one contains. `true` outside an
    incremental run. -#}
{% macro in_affected_scope(release_column='release_id', date_column='meeting_date') -%}
{% if is_incremental() -%}
({{ release_column }} in {{ affected_release_ids(this) }} or {{ date_column }} in {{ affected_meeting_dates(this) }})
{%- else -%}
true
{%- endif %}
{%- endmacro %}
