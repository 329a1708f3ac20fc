{{ stg_releases('idcpc') }}
