-- ISO 3166-1 countries with their UN M49 region, from seeds/countries.csv
-- (written by scripts/generate_countries_seed.py from pycountry).
select
    cast(country_code as varchar) as country_code,
    cast(name as varchar) as name,
    cast(region as varchar) as region
from {{ ref('countries') }}
