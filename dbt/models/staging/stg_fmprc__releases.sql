{{ config(
    materialized='incremental',
    unique_key='release_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where release_id in {{ affected_release_ids(this) }}{% endif %}"
) }}
{{ stg_releases('fmprc') }}
