{{ stg_participants('fmprc') }}
