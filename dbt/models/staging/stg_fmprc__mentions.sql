{{ stg_mentions('fmprc') }}
