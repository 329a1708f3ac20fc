"""Export the published marts to files: `<out_dir>/<table>.<fmt>` plus `manifest.json`.

Reads only the published file, read-only, so an export can run while a nightly build is
writing the working database (and while readers are connected). Lists (name_variants,
release_ids, ...) stay lists in Parquet and become '[a, b]' text in CSV.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import duckdb

from flows.publish import MART_PREFIXES, sql_path_literal

ExportFormat = Literal["parquet", "csv"]
_COPY_OPTIONS = {"parquet": "(format parquet)", "csv": "(format csv, header true)"}


class ExportError(RuntimeError):
    """The export could not be done; the message is one line for the user."""


def export_marts(published_db: Path, out_dir: Path, fmt: ExportFormat = "parquet") -> dict:
    """Write every mart table of the published warehouse to out_dir; return the manifest.

    manifest = {"run_id", "published_at", "format", "tables": {table: {"file", "rows"}}}.
    """
    if fmt not in _COPY_OPTIONS:
        raise ExportError(f"unknown export format {fmt!r}: use parquet or csv")
    published_db = Path(published_db)
    if not published_db.exists():
        raise ExportError(f"no published warehouse at {published_db}: run `diplomeet run` first")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(published_db), read_only=True)
    except duckdb.Error as error:
        raise ExportError(f"cannot open {published_db}: {str(error).splitlines()[0]}") from error
    try:
        run_id, published_at = con.execute("select run_id, published_at from publish_info").fetchone()
        tables = [
            name for (name,) in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' order by table_name").fetchall()
            if name.startswith(MART_PREFIXES)
        ]
        manifest_tables: dict[str, dict] = {}
        for table in tables:
            target = out_dir / f"{table}.{fmt}"
            con.execute(f"copy (select * from \"{table}\") to '{sql_path_literal(target)}' {_COPY_OPTIONS[fmt]}")
            rows = con.execute(f'select count(*) from "{table}"').fetchone()[0]
            manifest_tables[table] = {"file": target.name, "rows": rows}
    except duckdb.Error as error:
        raise ExportError(f"export failed: {str(error).splitlines()[0]}") from error
    finally:
        con.close()
    manifest = {
        "run_id": run_id,
        "published_at": published_at.isoformat() if published_at else None,
        "format": fmt,
        "tables": manifest_tables,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
