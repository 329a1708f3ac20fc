"""The warehouse past one file: DuckLake, loaded from pip wheels, never from the network.

DuckDB normally downloads `ducklake` (and the `sqlite_scanner` / `postgres_scanner` catalog
extensions) on first use. Offline machines and CI cannot, so the `lake` extra installs them
as wheels (`duckdb-extension-<name>`, one file `extensions/v<duckdb version>/<name>.duckdb_extension`
inside each) and this module `LOAD`s that file by path. A DuckDB extension loads only into the
DuckDB version it was built for, so the wheels are pinned to the same version as `duckdb`.

Used by:
- dbt: the `lake` target of `dbt/profiles.yml` names `flows.lake_dbt_plugin`, which loads
  the extensions through `load_extensions` before the profile's ATTACHes run.
- readers: `connect_lake(catalog, data_path)` opens the lake from any process, read-only,
  optionally pinned to one snapshot (DuckLake's answer to the single file's `os.replace`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Iterable

import duckdb

# Environment variables of the `lake` dbt target (defaults in dbt/profiles.yml).
CATALOG_ENV = "DIPLOMEET_LAKE_CATALOG"  # e.g. sqlite:/srv/lake/catalog.sqlite, postgres:dbname=...
DATA_ENV = "DIPLOMEET_LAKE_DATA"  # the folder (or s3:// prefix) of the lake's Parquet files

# The catalog database's kind (the prefix of a ducklake: path) → the extension that reads it.
# A DuckDB-file catalog needs none.
_CATALOG_EXTENSIONS = {"sqlite": "sqlite_scanner", "postgres": "postgres_scanner"}


class LakeExtensionError(RuntimeError):
    """An extension the lake needs is not installed for this DuckDB version."""


def extensions_for_catalog(catalog: str) -> list[str]:
    """The extensions to load for a DuckLake catalog spec such as `sqlite:/x/catalog.sqlite`."""
    kind = catalog.split(":", 1)[0].lower() if ":" in catalog else ""
    extra = _CATALOG_EXTENSIONS.get(kind)
    return ["ducklake", extra] if extra else ["ducklake"]


def catalog_of_attach_path(path: str) -> str | None:
    """`sqlite:/x.sqlite` for the ATTACH path `ducklake:sqlite:/x.sqlite`; None if no lake."""
    prefix = "ducklake:"
    return path[len(prefix):] if path.lower().startswith(prefix) else None


def extension_file(name: str, duckdb_version: str = duckdb.__version__) -> Path:
    """The extension file that the `duckdb-extension-<name>` wheel installed for this DuckDB."""
    package = f"duckdb_extension_{name}"
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LakeExtensionError(
            f"the DuckDB extension '{name}' is not installed: pip install "
            f"duckdb-extension-{name.replace('_', '-')}=={duckdb_version} (make install does)")
    root = Path(next(iter(spec.submodule_search_locations))) / "extensions"
    path = root / f"v{duckdb_version}" / f"{name}.duckdb_extension"
    if not path.is_file():
        found = sorted(p.name for p in root.iterdir()) if root.is_dir() else []
        raise LakeExtensionError(
            f"the '{name}' extension wheel holds builds for {found or 'no version'}, "
            f"not for DuckDB v{duckdb_version}: pin both to the same version")
    return path


def load_extensions(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> None:
    """LOAD each extension from its wheel's file (no INSTALL, no download, no ~/.duckdb)."""
    for name in names:
        con.execute(f"LOAD '{_sql_literal(extension_file(name))}'")


def ensure_local_folders(catalog: str, data_path: str | None) -> None:
    """Create the parent folder of a local SQLite/DuckDB catalog file and a local data folder:
    SQLite will not create folders, and a first `dbt build` should not need a mkdir."""
    kind, _, location = catalog.partition(":") if ":" in catalog else ("duckdb", "", catalog)
    if kind.lower() in ("sqlite", "duckdb") and location and "://" not in location:
        Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
    if data_path and "://" not in data_path:
        Path(data_path).expanduser().mkdir(parents=True, exist_ok=True)


def connect_lake(catalog: str, data_path: str | None = None, *, alias: str = "lake",
                 read_only: bool = True, snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached as `alias` (and made the default database).

    Any number of processes may do this at once; writers commit through the catalog.
    `snapshot` pins the lake as it was at that snapshot id: what a reader does to keep
    reading one published state while the next build commits model by model.
    """
    if not read_only:
        ensure_local_folders(catalog, data_path)
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        load_extensions(con, extensions_for_catalog(catalog))
        options = []
        if data_path:
            options.append(f"DATA_PATH '{_sql_literal(data_path)}'")
        if read_only:
            options.append("READ_ONLY")
        if snapshot is not None:
            options.append(f"SNAPSHOT_VERSION {int(snapshot)}")
        suffix = f" ({', '.join(options)})" if options else ""
        con.execute(f"ATTACH '{_sql_literal('ducklake:' + catalog)}' AS {alias}{suffix}")
        con.execute(f"USE {alias}")
    except BaseException:
        con.close()
        raise
    return con


def current_snapshot(con: duckdb.DuckDBPyConnection, alias: str = "lake") -> int:
    """The newest snapshot id of the attached lake: the id to record when publishing."""
    return int(con.execute(f"select max(snapshot_id) from {alias}.snapshots()").fetchone()[0])


def _sql_literal(value: object) -> str:
    return str(value).replace("'", "''")
