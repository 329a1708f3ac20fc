"""HeldWorkDb: while held, open_work_db connects to the one open instance (settings made on
one connection are seen by the next); once released, another instance may attach the file."""
from __future__ import annotations

import duckdb
import pytest

from flows.config import load_settings
from flows.workdb import HeldWorkDb, open_work_db


def threads_after_setting_one(settings) -> int:
    con = open_work_db(settings)
    con.execute("set threads = 1")  # an instance-wide setting
    con.close()
    con = open_work_db(settings)
    try:
        return con.execute("select current_setting('threads')").fetchone()[0]
    finally:
        con.close()


def test_open_work_db_reuses_the_held_instance(tmp_path):
    settings = load_settings(tmp_path / "wh")
    with HeldWorkDb(settings):
        assert threads_after_setting_one(settings) == 1
    assert threads_after_setting_one(settings) != 1  # each open was a new instance


def test_the_file_can_be_attached_elsewhere_only_after_release(tmp_path):
    settings = load_settings(tmp_path / "wh")
    held = HeldWorkDb(settings)
    other = duckdb.connect(str(tmp_path / "other.duckdb"))
    try:
        with pytest.raises(duckdb.Error, match="already attached"):
            other.execute(f"attach '{settings.work_db}' as work (read_only)")
        held.release()
        held.release()  # twice is harmless
        other.execute(f"attach '{settings.work_db}' as work (read_only)")
        assert other.execute("select count(*) from work.raw.runs").fetchone()[0] == 0
    finally:
        other.close()
        held.release()
