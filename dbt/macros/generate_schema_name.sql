{#- Use the configured schema name as is (dbt's default prefixes the target schema), so the
    marts are main.dim_* and the helper layers dbt_staging.* / dbt_intermediate.*. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
