"""A reader of the DuckLake, run as a SEPARATE PROCESS by test_lake.py while dbt writes it.

    python lake_reader.py CATALOG DATA_PATH STOP_FILE LOG_FILE

Holds one read-only connection through the shared catalog (as a dashboard would) and, until
STOP_FILE exists, writes one JSON line per read: the snapshot it read and the row count of
every mart table that snapshot holds, or the error it got. Each read is one transaction, so
it sees one snapshot, and a new transaction sees whatever the writer committed since.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from flows.lake import connect_lake, current_snapshot

MART_PREFIXES = ("dim_", "fct_", "mart_")


def read_once(con) -> dict:
    con.execute("begin transaction")
    try:
        tables = [name for (name,) in con.execute(
            "select table_name from information_schema.tables "
            "where table_catalog = 'lake' and table_schema = 'main' and table_type = 'BASE TABLE'"
        ).fetchall() if name.startswith(MART_PREFIXES)]
        counts = {table: con.execute(f'select count(*) from lake.main."{table}"').fetchone()[0]
                  for table in sorted(tables)}
        return {"snapshot": current_snapshot(con), "counts": counts}
    finally:
        con.execute("commit")


def main() -> None:
    catalog, data_path, stop_file, log_file = sys.argv[1:5]
    con = connect_lake(catalog, data_path, read_only=True)
    with open(log_file, "a", encoding="utf-8") as log:
        while not Path(stop_file).exists():
            try:
                line = read_once(con)
            except Exception as error:  # noqa: BLE001 - every error is what the test looks for
                line = {"error": f"{type(error).__name__}: {error}"}
                try:
                    con.execute("rollback")
                except Exception:  # noqa: BLE001 - no transaction was open
                    pass
            log.write(json.dumps(line) + "\n")
            log.flush()
            time.sleep(0.05)
    con.close()


if __name__ == "__main__":
    main()
