-- Every site's releases (newest version each), quarantined ones included: dim_release shows them,
-- the fact models filter on status = 'parsed'.
{{ union_sites('releases') }}
