{{ config(
    materialized='incremental',
    unique_key='release_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where release_id in {{ affected_release_ids(this) }}{% endif %}"
) }}
-- One row per person as a release names them, with the person_key of the person they are.
-- The folding rules are in macros/person_names.sql. On top of them, one conservative rule:
-- a bare (one-token) name joins a full name ONLY within the same release and only when exactly
-- one full name of that release contains the token ("Slutsky" next to "Leonid Slutsky");
-- with two candidates ("Wang" beside "Wang Yi" and "Wang Huning") it stays its own person.
-- Different given names give different keys, so namesakes are never merged.
-- Everything here is decided within one release, so the model is incremental per release:
-- a nightly run re-resolves only the releases loaded since the last build (the most costly
-- step: the name regexes), and a release whose new version is quarantined loses its rows.
with participants as (
    select * from {{ ref('int_participants_unioned') }}
    {% if is_incremental() %}
    where release_id in {{ affected_release_ids(this) }}
    {% endif %}
),

without_honorifics as (
    select *, {{ strip_honorifics('name') }} as display_name
    from participants
),

tokenized as (
    select *, {{ fold_name_tokens('display_name') }} as name_tokens
    from without_honorifics
),

named as materialized (
    select *, {{ name_key_from_tokens('name_tokens') }} as name_key
    from tokenized
    where len(name_tokens) > 0
),

full_names as (
    select distinct release_id, name_key, name_tokens
    from named
    where len(name_tokens) >= 2
),

bare_names as (
    select distinct release_id, name_key
    from named
    where len(name_tokens) = 1
),

bare_name_matches as (
    select
        bare_names.release_id,
        bare_names.name_key,
        count(distinct full_names.name_key) as candidates,
        min(full_names.name_key) as full_name_key
    from bare_names
    join full_names
        on full_names.release_id = bare_names.release_id
        and list_contains(full_names.name_tokens, bare_names.name_key)
    group by all
)

select
    named.release_id,
    named.source,
    named.meeting_index,
    named.role,
    named.position,
    named.name,
    named.display_name,
    named.name_tokens,
    named.name_key,
    coalesce(
        case when bare_name_matches.candidates = 1 then bare_name_matches.full_name_key end,
        named.name_key
    ) as resolved_name_key,
    {{ surrogate_key(["coalesce(case when bare_name_matches.candidates = 1 then bare_name_matches.full_name_key end, named.name_key)"]) }} as person_key,
    named.title,
    named.organization,
    case when named.organization is not null
        then {{ surrogate_key([organization_name_key('named.organization')]) }}
    end as org_key,
    named.country_code,
    named.meeting_date,
    named.published_date,
    named.loaded_at
from named
left join bare_name_matches
    on bare_name_matches.release_id = named.release_id
    and bare_name_matches.name_key = named.name_key
