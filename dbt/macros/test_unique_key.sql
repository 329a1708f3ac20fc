{#- A table's key: no two rows share these columns. The work database's raw and staging tables
    declare no PRIMARY KEY (warehouse/schema.sql says why), so their keys are tested here. -#}
{% test unique_key(model, columns) %}
select {{ columns | join(', ') }}, count(*) as rows_with_key
from {{ model }}
group by all
having count(*) > 1
{% endtest %}
