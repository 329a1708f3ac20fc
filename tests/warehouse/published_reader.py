"""A reader of the published warehouse, run as a SEPARATE PROCESS by test_publish.py.

    python published_reader.py PUBLISHED_DB STOP_FILE LOG_FILE hold|reconnect

Queries in a loop until STOP_FILE exists and writes one JSON line per query: the run_id of
publish_info and, read in the same snapshot, the row counts publish_info claims and the tables
really hold (a half-built or mixed state would make them disagree), or the error it got.
`hold` keeps one read-only connection for the whole run (it must keep seeing the old file);
`reconnect` opens a new read-only connection for every query (it must see old, then new).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb


def read_once(con: duckdb.DuckDBPyConnection) -> dict:
    run_id, releases, meetings = con.execute("select run_id, releases, meetings from publish_info").fetchone()
    counted_meetings = con.execute("select count(*) from fct_meetings").fetchone()[0]
    counted_releases = con.execute("select count(*) from dim_release").fetchone()[0]
    return {"run_id": run_id, "releases": releases, "meetings": meetings,
            "counted_releases": counted_releases, "counted_meetings": counted_meetings}


def main() -> None:
    published_db, stop_file, log_file, mode = sys.argv[1:5]
    held = duckdb.connect(published_db, read_only=True) if mode == "hold" else None
    with open(log_file, "a", encoding="utf-8") as log:
        while not Path(stop_file).exists():
            try:
                if held is not None:
                    line = read_once(held)
                else:
                    con = duckdb.connect(published_db, read_only=True)
                    try:
                        line = read_once(con)
                    finally:
                        con.close()
            except Exception as error:  # noqa: BLE001 - every error is what the test looks for
                line = {"error": f"{type(error).__name__}: {error}"}
            log.write(json.dumps(line) + "\n")
            log.flush()
            time.sleep(0.02)


if __name__ == "__main__":
    main()
