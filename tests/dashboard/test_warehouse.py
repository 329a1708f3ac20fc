"""Reading the published file while the publish step replaces it (os.replace)."""

from __future__ import annotations

import os
import threading

import pytest

from flows.dashboard import data
from flows.dashboard.warehouse import (WarehouseUnavailable, file_version, published_path,
                                       read_only, warehouse_home)


def _publish(make_warehouse, target, **kwargs):
    """What flows/publish.py does: build elsewhere, then atomically replace."""
    staged = make_warehouse(**kwargs)
    os.replace(staged.path, target)
    return staged


def test_home_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("DIPLOMEET_HOME", str(tmp_path / "env"))
    assert warehouse_home() == (tmp_path / "env").resolve()
    assert warehouse_home(tmp_path / "cli") == (tmp_path / "cli").resolve()
    assert published_path(tmp_path).name == "diplomeet.duckdb"
    monkeypatch.delenv("DIPLOMEET_HOME")
    assert warehouse_home().name == "warehouse"


def test_a_new_publish_is_a_new_version_and_is_read_without_restart(make_warehouse):
    first = make_warehouse(meetings=50, run_id="run-1")
    before = file_version(first.path)
    with read_only(first.path) as con:
        assert data.publish_info(con)["run_id"] == "run-1"
    _publish(make_warehouse, first.path, meetings=80, run_id="run-2")
    assert file_version(first.path) != before
    with read_only(first.path) as con:
        assert data.publish_info(con)["run_id"] == "run-2"
        assert data.summary(con, data.Filters())["meetings"] == 80


def test_a_reader_busy_during_publish_finishes_on_the_old_file_and_never_pins_it(
        make_warehouse):
    """DuckDB shares one instance per path in a process; a second connection opened while
    the first is still open would keep reading the replaced file. The batch lock prevents it."""
    first = make_warehouse(meetings=50, run_id="run-1")
    inside, release = threading.Event(), threading.Event()
    seen: dict[str, str] = {}

    def slow_reader():
        with read_only(first.path) as con:
            inside.set()
            release.wait(10)
            seen["slow"] = data.publish_info(con)["run_id"]

    def next_reader():
        with read_only(first.path) as con:
            seen["next"] = data.publish_info(con)["run_id"]

    t1 = threading.Thread(target=slow_reader)
    t1.start()
    assert inside.wait(10)
    _publish(make_warehouse, first.path, meetings=60, run_id="run-2")
    t2 = threading.Thread(target=next_reader)
    t2.start()
    release.set()
    t1.join(10)
    t2.join(10)
    assert seen == {"slow": "run-1", "next": "run-2"}


def test_missing_and_corrupt_files_give_one_line_messages(tmp_path):
    missing = tmp_path / "diplomeet.duckdb"
    assert file_version(missing) is None
    with pytest.raises(WarehouseUnavailable, match="No published warehouse"):
        with read_only(missing):
            pass
    missing.write_bytes(b"this is not a database" * 500)
    with pytest.raises(WarehouseUnavailable) as err:
        with read_only(missing):
            pass
    assert "\n" not in str(err.value) and str(missing) in str(err.value)


def test_the_connection_is_reused_until_the_file_changes(make_warehouse):
    first = make_warehouse(meetings=30, run_id="run-1")
    with read_only(first.path) as a:
        pass
    with read_only(first.path) as b:
        assert b is a
        with read_only(first.path) as nested:
            assert nested is b
    _publish(make_warehouse, first.path, meetings=40, run_id="run-2")
    with read_only(first.path) as c:
        assert c is not a
        assert data.publish_info(c)["run_id"] == "run-2"
    first.path.unlink()
    with pytest.raises(WarehouseUnavailable):
        with read_only(first.path):
            pass
