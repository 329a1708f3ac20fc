{{ stg_statements('idcpc') }}
