"""Read-only SQL on the published warehouse, for `diplomeet sql`."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb
from rich.console import Console
from rich.table import Table


class QueryError(Exception):
    """A query could not run; the message is one line for the user."""


def run_query(published_db: Path, query: str) -> tuple[list[str], list[tuple]]:
    if not published_db.exists():
        raise QueryError(f"no published warehouse at {published_db}; run `make demo` or `diplomeet run` first")
    try:
        con = duckdb.connect(str(published_db), read_only=True)
    except duckdb.Error as exc:
        raise QueryError(f"cannot open {published_db}: {first_line(exc)}") from None
    try:
        cursor = con.execute(query)
        if cursor.description is None:
            return [], []
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(first_line(exc)) from None
    finally:
        con.close()


def first_line(exc: BaseException) -> str:
    from flows.workdb import with_storage_hint

    text = str(exc).strip()
    return with_storage_hint(text.splitlines()[0]) if text else type(exc).__name__


def plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def render(console: Console, columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            console.file.write(json.dumps({c: plain(v) for c, v in zip(columns, row)},
                                          ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([[plain(v) for v in row] for row in rows])
        console.file.write(buffer.getvalue())
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            # markup=False equivalent: cells are Text, so web text with [brackets] stays literal
            table.add_row(*[escape_cell(v) for v in row])
        console.print(table)
        console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", style="dim")
    console.file.flush()


def escape_cell(value) -> str:
    from rich.markup import escape

    return "" if value is None else escape(str(plain(value)))
