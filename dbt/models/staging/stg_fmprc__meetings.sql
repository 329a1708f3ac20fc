{{ stg_meetings('fmprc') }}
