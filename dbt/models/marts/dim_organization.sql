-- One row per organization (org_key = md5 of the folded name, see macros/organizations.sql).
-- name: the spelling most often written; acronym: from a trailing "(ABC)" in any spelling;
-- country_code: the country most often given with it; sector: keyword rules on the name.
with spellings as (
    select org_key, organization, count(*) as times_written
    from {{ ref('int_persons_resolved') }}
    where org_key is not null
    group by org_key, organization
),

countries as (
    select org_key, first(country_code order by times desc, country_code) as country_code
    from (
        select org_key, country_code, count(*) as times
        from {{ ref('int_persons_resolved') }}
        where org_key is not null and country_code is not null
        group by org_key, country_code
    )
    group by org_key
),

organizations as (
    select
        org_key,
        first(organization order by times_written desc, length(organization) desc, organization) as name,
        first({{ organization_acronym('organization') }} order by times_written desc, organization)
            filter (where {{ organization_acronym('organization') }} is not null) as acronym
    from spellings
    group by org_key
)

select
    organizations.org_key,
    organizations.name,
    organizations.acronym,
    countries.country_code,
    {{ organization_sector('organizations.name') }} as sector
from organizations
left join countries on countries.org_key = organizations.org_key
