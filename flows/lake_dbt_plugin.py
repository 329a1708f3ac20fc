"""dbt-duckdb plugin of the `lake` target (dbt/profiles.yml): DuckLake's extensions come from
the pip wheels (flows/lake.py), never from the network.

dbt-duckdb calls `update_connection_config` before it connects and `configure_connection`
before it runs the profile's `attach:` list, which is exactly when the extensions must be
loaded. Autoinstall is switched off so that a missing extension fails at once with DuckDB's
error instead of waiting on a download this machine cannot make.
"""

from __future__ import annotations

from typing import Any

import duckdb
from dbt.adapters.duckdb.plugins import BasePlugin

from flows.lake import catalog_of_attach_path, ensure_local_folders, extensions_for_catalog, load_extensions


class Plugin(BasePlugin):
    def update_connection_config(self, creds: Any, config: dict[str, Any]) -> None:
        config["autoinstall_known_extensions"] = False

    def configure_connection(self, conn: duckdb.DuckDBPyConnection) -> None:
        names: list[str] = []
        for attachment in getattr(self.creds, "attach", None) or []:
            catalog = catalog_of_attach_path(attachment.path)
            if catalog is None:
                continue
            ensure_local_folders(catalog, (attachment.options or {}).get("data_path"))
            names += [n for n in extensions_for_catalog(catalog) if n not in names]
        load_extensions(conn, names)
