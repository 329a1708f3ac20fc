#!/usr/bin/env python3
"""Carry a warehouse folder written by DuckDB 2.0 (diplomeet before the DuckLake change,
27 Nov 2026) over to the DuckDB this project now pins (1.5.5, for DuckLake's extensions).

DuckDB cannot read a newer storage format, so `diplomeet` stops with "Trying to read a
database file with version number ...". What cannot be rebuilt is the raw archive (every page
ever fetched); staging and the marts are rebuilt from it by `diplomeet reparse`. So:

1. a throwaway venv with duckdb==2.0.1 (from PyPI) copies raw.* of the old work database to
   Parquet files;
2. the old file is renamed to work.duckdb.duckdb-2.0 (kept, never deleted);
3. a new work database gets the schema and the raw rows, page ids unchanged;
4. you run `diplomeet reparse --warehouse DIR`, which rebuilds staging and publishes.

    .venv/bin/python scripts/migrate_duckdb2_archive.py WAREHOUSE_DIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RAW_TABLES = ("pages", "fetch_log", "pending_failures", "runs")
EXPORT = """
import duckdb, sys
con = duckdb.connect(sys.argv[1], read_only=True)
for table in sys.argv[3].split(","):
    con.execute(f"copy raw.{table} to '{sys.argv[2]}/{table}.parquet' (format parquet)")
"""


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    import duckdb

    from flows.config import load_settings
    from flows.workdb import open_work_db

    settings = load_settings(sys.argv[1])
    old = settings.work_db
    if not old.exists():
        print(f"error: no work database at {old}", file=sys.stderr)
        return 1
    try:
        duckdb.connect(str(old), read_only=True).close()
        print(f"{old} is readable by DuckDB {duckdb.__version__}: nothing to migrate")
        return 0
    except duckdb.Error:
        pass
    with tempfile.TemporaryDirectory() as scratch:
        env_dir, out = Path(scratch) / "duckdb2", Path(scratch) / "raw"
        out.mkdir()
        print("Creating a throwaway venv with duckdb==2.0.1 to read the old file ...")
        venv.create(env_dir, with_pip=True)
        subprocess.run([env_dir / "bin" / "pip", "install", "--quiet", "duckdb==2.0.1"], check=True)
        subprocess.run([env_dir / "bin" / "python", "-c", EXPORT, str(old), str(out), ",".join(RAW_TABLES)],
                       check=True)
        kept = old.with_name(old.name + ".duckdb-2.0")
        old.rename(kept)
        con = open_work_db(settings)
        try:
            con.execute("begin transaction")
            for table in RAW_TABLES:
                con.execute(f"insert into raw.{table} select * from read_parquet('{out / table}.parquet')")
            top = con.execute("select coalesce(max(page_id), 0) from raw.pages").fetchone()[0]
            con.execute(f"select max(nextval('raw.page_seq')) from range({top})")  # new pages get new ids
            con.execute("commit")
            pages = con.execute("select count(*) from raw.pages").fetchone()[0]
        finally:
            con.close()
    print(f"Moved {pages:,} archived page versions into a new {old} (the old file is kept as {kept.name}).")
    print(f"Now run: .venv/bin/diplomeet reparse --warehouse {settings.home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
