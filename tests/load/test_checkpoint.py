"""checkpoint_if_due: a forced checkpoint of the work database, while another thread holds a
transaction open (as the crawl threads always do), moves the committed data from the WAL into
the database file and does not abort the open transaction."""
from __future__ import annotations

import threading
import time

import duckdb

from flows import nightly
from flows.config import load_settings
from flows.workdb import open_work_db


def wal_size(settings) -> int:
    wal = settings.work_db.with_name(settings.work_db.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def test_forced_checkpoint_beside_an_open_transaction(tmp_path, monkeypatch):
    settings = load_settings(tmp_path / "wh")
    monkeypatch.setattr(nightly, "CHECKPOINT_WAL_BYTES", 1)
    con = open_work_db(settings)
    con.execute("create table main.filler as select range as n, repeat('x', 200) as pad from range(20000)")
    wal_before = wal_size(settings)
    writer = con.cursor()
    writer.execute("begin transaction")
    writer.execute("insert into main.filler values (-1, 'held')")

    def commit_later() -> None:
        time.sleep(0.5)
        writer.execute("commit")

    thread = threading.Thread(target=commit_later)
    thread.start()
    assert nightly.checkpoint_if_due(settings)
    thread.join()
    assert wal_size(settings) < wal_before / 10  # the filler is in the file now
    assert con.execute("select count(*) from main.filler").fetchone()[0] == 20001  # nothing aborted
    con.close()

    reopened = duckdb.connect(str(settings.work_db), read_only=True)
    assert reopened.execute("select count(*), count(*) filter (where pad = 'held') from main.filler"
                            ).fetchone() == (20001, 1)
    reopened.close()


def test_no_checkpoint_below_the_threshold(tmp_path):
    settings = load_settings(tmp_path / "wh")
    open_work_db(settings).close()
    assert not nightly.checkpoint_if_due(settings)
