{{ stg_meetings('idcpc') }}
