"""flows/lake.py and the dbt plugin: DuckLake's extensions come from the pip wheels, offline."""

from __future__ import annotations

import duckdb
import pytest

from flows.lake import (
    LakeExtensionError, catalog_of_attach_path, connect_lake, current_snapshot, ensure_local_folders,
    extension_file, extensions_for_catalog,
)


@pytest.mark.parametrize("catalog, expected", [
    ("sqlite:/srv/lake/catalog.sqlite", ["ducklake", "sqlite_scanner"]),
    ("SQLite:catalog.sqlite", ["ducklake", "sqlite_scanner"]),
    ("postgres:dbname=catalog host=db", ["ducklake", "postgres_scanner"]),
    ("/srv/lake/catalog.ducklake", ["ducklake"]),  # a DuckDB file needs no other extension
    ("duckdb:/srv/lake/catalog.ducklake", ["ducklake"]),
])
def test_extensions_follow_the_catalog_kind(catalog, expected):
    assert extensions_for_catalog(catalog) == expected


def test_attach_paths_name_their_catalog_only_for_ducklake():
    assert catalog_of_attach_path("ducklake:sqlite:/x/c.sqlite") == "sqlite:/x/c.sqlite"
    assert catalog_of_attach_path("DuckLake:postgres:dbname=c") == "postgres:dbname=c"
    assert catalog_of_attach_path("/x/work.duckdb") is None


def test_every_extension_the_lake_needs_is_installed_for_this_duckdb():
    for name in ("ducklake", "sqlite_scanner", "postgres_scanner"):
        path = extension_file(name)
        assert path.is_file() and path.parent.name == f"v{duckdb.__version__}"


def test_a_wheel_for_another_duckdb_version_is_refused_with_both_versions():
    with pytest.raises(LakeExtensionError, match=rf"v{duckdb.__version__}.*not for DuckDB v9\.9\.9"):
        extension_file("ducklake", duckdb_version="9.9.9")


def test_a_missing_wheel_says_what_to_install():
    with pytest.raises(LakeExtensionError, match="pip install duckdb-extension-no-such-ext=="):
        extension_file("no_such_ext")


def test_local_catalog_and_data_folders_are_created(tmp_path):
    ensure_local_folders(f"sqlite:{tmp_path / 'a' / 'b' / 'catalog.sqlite'}", str(tmp_path / "data" / "x"))
    assert (tmp_path / "a" / "b").is_dir() and (tmp_path / "data" / "x").is_dir()
    assert not (tmp_path / "a" / "b" / "catalog.sqlite").exists()  # the catalog is DuckLake's to create


def test_remote_catalogs_and_data_paths_create_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ensure_local_folders("postgres:dbname=catalog host=db", "s3://bucket/lake/")
    assert list(tmp_path.iterdir()) == []


def test_a_reader_pinned_to_a_snapshot_keeps_seeing_it(tmp_path):
    """What publishing becomes on a lake: readers pin the snapshot of the last passed build."""
    catalog, data = f"sqlite:{tmp_path / 'catalog.sqlite'}", str(tmp_path / "data")
    writer = connect_lake(catalog, data, read_only=False)
    writer.execute("create table fct_meetings as select 1 as meeting_key")
    published = current_snapshot(writer)
    writer.execute("insert into fct_meetings values (2)")
    writer.close()
    pinned = connect_lake(catalog, data, snapshot=published)
    latest = connect_lake(catalog, data)
    try:
        assert pinned.execute("select meeting_key from fct_meetings").fetchall() == [(1,)]
        assert latest.execute("select meeting_key from fct_meetings order by 1").fetchall() == [(1,), (2,)]
        with pytest.raises(duckdb.Error):
            latest.execute("insert into fct_meetings values (3)")  # readers are read-only
    finally:
        pinned.close()
        latest.close()


def test_dbt_plugin_loads_the_catalog_extensions_before_the_attach(tmp_path):
    """dbt-duckdb's order: config, connect, plugin.configure_connection, then each ATTACH."""
    from dbt.adapters.duckdb.credentials import Attachment
    from types import SimpleNamespace

    from flows.lake_dbt_plugin import Plugin

    lake = Attachment(path=f"ducklake:sqlite:{tmp_path / 'catalog' / 'lake.sqlite'}", alias="lake",
                      options={"data_path": str(tmp_path / "data")})
    plugin = Plugin("lake_dbt_plugin", {}, credentials=SimpleNamespace(attach=[lake]))
    config: dict = {}
    plugin.update_connection_config(plugin.creds, config)
    con = duckdb.connect(config=config)
    try:
        plugin.configure_connection(con)
        con.execute(lake.to_sql())
        con.execute("create table lake.main.t as select 1 as x")
        assert con.execute("select x from lake.main.t").fetchall() == [(1,)]
        # Downloads are off: an extension the wheels do not provide fails at once, offline.
        with pytest.raises(duckdb.Error, match="(?i)install"):
            con.execute("select * from read_xlsx('absent.xlsx')")
    finally:
        con.close()
