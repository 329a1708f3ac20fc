"""A writer of the DuckLake, run as a SEPARATE PROCESS by test_lake_postgres.py (several at once).

    python lake_writer.py CATALOG DATA_PATH WRITER COMMITS

Appends one row (WRITER, i) to lake.main.writes in each of COMMITS transactions, as a shard
worker on another machine would append its pages; DuckLake retries a commit that raced another.
"""

from __future__ import annotations

import sys

from flows.lake import connect_lake


def main() -> None:
    catalog, data_path, writer, commits = sys.argv[1:5]
    con = connect_lake(catalog, data_path, read_only=False)
    try:
        for i in range(int(commits)):
            con.execute("insert into lake.main.writes values (?, ?)", [writer, i])
    finally:
        con.close()


if __name__ == "__main__":
    main()
