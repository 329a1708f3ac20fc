{{ stg_releases('fmprc') }}
