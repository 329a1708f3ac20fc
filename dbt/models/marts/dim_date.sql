-- A day spine from the earliest meeting date to the latest meeting date or visit end, every
-- day in between (DuckDB generate_series; dbt-utils needs `dbt deps`, i.e. the internet).
-- Empty when there are no dated meetings. day_of_week is ISO (1 = Monday ... 7 = Sunday).
with bounds as (
    select
        min(meeting_date) as first_day,
        max(greatest(meeting_date, coalesce(date_end, meeting_date))) as last_day
    from {{ ref('int_meeting_reports') }}
    where meeting_date is not null
),

spine as (
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date_day
    from bounds
    where first_day is not null
)

select
    date_day,
    cast(year(date_day) as integer) as year,
    cast(quarter(date_day) as integer) as quarter,
    cast(month(date_day) as integer) as month,
    cast(date_trunc('month', date_day) as date) as month_start,
    cast(isodow(date_day) as integer) as day_of_week,
    isodow(date_day) in (6, 7) as is_weekend
from spine
