{#- Deterministic surrogate key: md5 of the '|'-joined parts, nulls written as a marker so that
    (null, 'a') and ('', 'a') differ. Same inputs → same key on every rebuild. -#}
{% macro surrogate_key(parts) -%}
md5(concat_ws('|'{% for part in parts %}, coalesce(cast({{ part }} as varchar), '<null>'){% endfor %}))
{%- endmacro %}
