{{ stg_statements('fmprc') }}
