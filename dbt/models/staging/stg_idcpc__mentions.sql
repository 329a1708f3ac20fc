{{ stg_mentions('idcpc') }}
