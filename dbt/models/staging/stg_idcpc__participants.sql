{{ stg_participants('idcpc') }}
