"""Hand-made staging scenarios and helpers of the warehouse tests (imported by conftest.py
and the test modules; a unique module name, since tests/ has several conftest.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from unittest.mock import patch

import duckdb

import flows.publish
from flows.publish import publish
from flows.transform import DbtResult, run_dbt_build

REPO = Path(__file__).resolve().parents[2]
SCHEMA_SQL = REPO / "warehouse" / "schema.sql"
MART_TABLES = (
    "dim_person", "dim_person_role", "dim_organization", "dim_country", "dim_date", "dim_source",
    "dim_release", "fct_meetings", "fct_meeting_participants", "fct_statements", "fct_mentions",
    "mart_meetings_by_country_month", "mart_counterparts",
)

IDCPC_ORG = "International Department of the CPC Central Committee"
LDPR = "Liberal Democratic Party of Russia (LDPR)"
DUMA = "State Duma"


class StagingBuilder:
    """Writes staging.* (and raw.pages) rows the way flows/load.py does, by hand.

    Positions are numbered per page automatically; loaded_at is the builder's clock, which a
    test moves forward with `next_load()` to simulate a later nightly run.
    """

    def __init__(self, db_path: Path, loaded_at: datetime = datetime(2024, 6, 1, 3, 0)):
        self.db_path = db_path
        self.con = duckdb.connect(str(db_path))
        self.con.execute(SCHEMA_SQL.read_text())
        self.loaded_at = loaded_at
        self._positions: dict[tuple[int, str], int] = {}
        self._next_page_id = (self.con.execute("select coalesce(max(page_id), 0) from staging.releases").fetchone()[0]) + 1

    def next_load(self, hours: int = 24) -> None:
        self.loaded_at += timedelta(hours=hours)

    def _position(self, page_id: int, table: str) -> int:
        key = (page_id, table)
        self._positions[key] = self._positions.get(key, 0) + 1
        return self._positions[key]

    def add_release(self, release_id: str, meeting_date: date | None, *, version: int = 1,
                    kind: str = "meeting", mode: str | None = "in_person", status: str = "parsed",
                    published_date: date | None = None, title: str | None = None,
                    location: str | None = "Beijing", date_end: date | None = None,
                    quarantine_reason: str | None = None) -> int:
        """One page version of a release; returns its page_id."""
        source, path = release_id.split(":", 1)
        page_id = self._next_page_id
        self._next_page_id += 1
        url = f"https://www.{source}.example/{path}.html"
        self.con.execute(
            "insert into staging.releases (page_id, release_id, source, url, version, fetched_at, title, "
            "published_date, body_text, status, quarantine_reason, meeting_date, date_end, location, venue, "
            "kind, mode, parser_version, warnings, loaded_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, null, ?, ?, '1.0.0', [], ?)",
            [page_id, release_id, source, url, version, self.loaded_at, title or f"Release {path}",
             published_date or meeting_date, status, quarantine_reason, meeting_date, date_end,
             location, kind, mode, self.loaded_at],
        )
        return page_id

    def add_meeting(self, page_id: int, meeting_index: int = 0, delegation: str | None = None) -> None:
        self.con.execute("insert into staging.meetings values (?, ?, ?)", [page_id, meeting_index, delegation])

    def add_participant(self, page_id: int, name: str, role: str, *, meeting_index: int | None = 0,
                        title: str | None = None, organization: str | None = None,
                        country: str | None = None) -> None:
        if role in ("actor", "present"):
            meeting_index = None
        self.con.execute(
            "insert into staging.participants values (?, ?, ?, ?, ?, ?, ?, ?, [])",
            [page_id, meeting_index, role, self._position(page_id, "participants"), name, title,
             organization, country],
        )

    def add_statement(self, page_id: int, speaker: str | None, text: str) -> None:
        self.con.execute("insert into staging.statements values (?, ?, ?, ?)",
                         [page_id, self._position(page_id, "statements"), speaker, text])

    def add_mention(self, page_id: int, name: str) -> None:
        self.con.execute("insert into staging.mentions values (?, ?, ?)",
                         [page_id, self._position(page_id, "mentions"), name])

    def add_meeting_release(self, release_id: str, meeting_date: date, *,
                            principals: list[tuple], counterparts: list[tuple], **release) -> int:
        """A release reporting one meeting; people are (name, title, organization, country)."""
        page_id = self.add_release(release_id, meeting_date, **release)
        self.add_meeting(page_id)
        for role, people in (("principal", principals), ("counterpart", counterparts)):
            for name, title, organization, country in people:
                self.add_participant(page_id, name, role, title=title, organization=organization, country=country)
        return page_id

    def close(self) -> None:
        self.con.close()


LIU = ("Liu Jianchao", "Minister", IDCPC_ORG, "CHN")
WANG_YI = ("Wang Yi", "Director", "Office of the Central Commission for Foreign Affairs", "CHN")


def load_base(builder: StagingBuilder) -> None:
    """Scenario BASE: the cases the marts are checked against."""
    # One meeting reported by IDCPC and (a day later) by FMPRC, spelled differently.
    page = builder.add_meeting_release(
        "idcpc:a", date(2024, 3, 5), principals=[LIU],
        counterparts=[("Leonid Slutskiy", "Chairman", LDPR, "RUS")], published_date=date(2024, 3, 5))
    builder.add_participant(page, "Mr. Slutsky", "present")  # bare surname, same release
    builder.add_statement(page, "Liu Jianchao", "China is willing to deepen exchanges.")
    builder.add_statement(page, "Slutsky", "The LDPR values the friendship.")
    builder.add_mention(page, "BRICS")
    page = builder.add_meeting_release(
        "fmprc:b", date(2024, 3, 5), principals=[("LIU JIANCHAO", "Head", IDCPC_ORG, "CHN")],
        counterparts=[("Leonid Slutsky", "Leader", LDPR, "RUS")], published_date=date(2024, 3, 6))
    builder.add_mention(page, "the BRICS")
    # Surname-first with patronymic, later given-name-first.
    builder.add_meeting_release(
        "idcpc:c", date(2024, 3, 6), principals=[LIU],
        counterparts=[("Davankov Vladislav Andreyevich", "Deputy Chairman", DUMA, "RUS")])
    page = builder.add_meeting_release(
        "idcpc:d", date(2024, 4, 10), principals=[WANG_YI],
        counterparts=[("Vladislav Davankov", "Deputy Chairman", DUMA, "RUS")])
    # Namesakes: Wang Yi and Wang Huning stay apart; a bare "Wang" beside both joins neither.
    builder.add_participant(page, "Wang Huning", "present", title="Chairman",
                            organization="Chinese People's Political Consultative Conference", country="CHN")
    builder.add_participant(page, "Wang", "present")
    # A correction: version 2 moves the meeting to the next day and fixes the spelling.
    page = builder.add_meeting_release(
        "idcpc:e", date(2024, 5, 1), principals=[LIU],
        counterparts=[("H.E. Aleksandar Vučić", "President", "Republic of Serbia", "SRB")])
    page = builder.add_meeting_release(
        "idcpc:e", date(2024, 5, 2), version=2, principals=[LIU],
        counterparts=[("Aleksandar Vucic", "President", "Republic of Serbia", "SRB")])
    # A visit announcement: actors, no meeting; a foreign minister present.
    page = builder.add_release("fmprc:f", date(2024, 5, 20), kind="visit", date_end=date(2024, 5, 23))
    builder.add_participant(page, "Wang Yi", "actor", title="Foreign Minister",
                            organization="Ministry of Foreign Affairs", country="CHN")
    builder.add_participant(page, "Sergei Lavrov", "present", title="Minister of Foreign Affairs",
                            organization="Ministry of Foreign Affairs of the Russian Federation", country="RUS")
    builder.add_mention(page, "Shanghai Cooperation Organization (SCO)")
    # Quarantined: produces no facts even with staged rows.
    page = builder.add_release("idcpc:g", date(2024, 5, 21), status="quarantined",
                               quarantine_reason="no article body")
    builder.add_meeting(page)
    builder.add_participant(page, "Ghost Person", "principal", country="CHN")
    # The bare surname in another release is not joined to Leonid Slutsky.
    builder.add_meeting_release(
        "fmprc:h", date(2024, 6, 1), principals=[LIU], counterparts=[("Slutsky", None, LDPR, "RUS")],
        mode="video")
    builder.con.execute(
        "insert into raw.pages (source, url, page_type, version, fetched_at, last_seen_at, http_status, "
        "content_hash, size_bytes, body_gz) values ('idcpc', 'https://www.idcpc.example/list.html', "
        "'listing', 1, ?, ?, 200, 'x', 1, ''::blob)", [builder.loaded_at, builder.loaded_at])


def load_nightly(builder: StagingBuilder) -> None:
    """Scenario NIGHTLY, loaded a day after BASE: what an incremental build must absorb."""
    builder.next_load()
    # A third report of the 5 March meeting whose release_id sorts first: the meeting's key changes.
    builder.add_meeting_release(
        "fmprc:a0", date(2024, 3, 5), principals=[("Liu Jianchao", None, IDCPC_ORG, "CHN")],
        counterparts=[("Slutskiy Leonid", None, LDPR, "RUS")], published_date=date(2024, 3, 7))
    # A correction moves c from 6 to 7 March: nothing may stay on 6 March.
    builder.add_meeting_release(
        "idcpc:c", date(2024, 3, 7), version=2, principals=[LIU],
        counterparts=[("Vladislav Davankov", "Deputy Chairman", DUMA, "RUS")])
    # d becomes quarantined in its new version: its meeting disappears.
    builder.add_release("idcpc:d", date(2024, 4, 10), version=2, status="quarantined",
                        quarantine_reason="page replaced by a notice")
    # A new meeting.
    page = builder.add_meeting_release(
        "fmprc:j", date(2024, 7, 1), principals=[WANG_YI],
        counterparts=[("Antony Blinken", "Secretary of State", "Department of State", "USA")], mode="phone")
    builder.add_statement(page, "Blinken", "We discussed the relationship.")


KEPT_MARK = " [kept]"


def mark_untouched_meeting(builder: StagingBuilder) -> None:
    """Tag the 1 June meeting (no NIGHTLY release touches it) in the built fct_meetings: an
    incremental build that rebuilt history would lose the tag."""
    builder.con.execute(f"update main.fct_meetings set title = title || '{KEPT_MARK}' where meeting_date = '2024-06-01'")


@dataclass
class Build:
    work_db: Path
    target_dir: Path
    result: DbtResult

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        con = duckdb.connect(str(self.work_db), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()


def build_scenario(directory: Path, loaders, *, from_db: Path | None = None,
                   full_refresh: bool = False) -> Build:
    """Create (or copy) a work DB in `directory`, load scenarios, run the real dbt build."""
    directory.mkdir(parents=True, exist_ok=True)
    work_db = directory / "work.duckdb"
    if from_db is not None:
        shutil.copyfile(from_db, work_db)
    builder = StagingBuilder(work_db)
    if from_db is not None:
        builder.loaded_at = builder.con.execute("select max(loaded_at) from staging.releases").fetchone()[0]
    for loader in loaders:
        loader(builder)
    builder.close()
    target_dir = directory / "dbt"
    result = run_dbt_build(work_db, full_refresh=full_refresh, target_dir=target_dir)
    return Build(work_db, target_dir, result)


def snapshot_marts(work_db: Path) -> dict[str, list[tuple]]:
    """Every mart's rows, sorted, for comparing two builds."""
    con = duckdb.connect(str(work_db), read_only=True)
    try:
        return {table: sorted(con.execute(f"select * from main.{table}").fetchall(), key=repr)
                for table in MART_TABLES}
    finally:
        con.close()


READER_SCRIPT = Path(__file__).resolve().parent / "published_reader.py"


def build_then_publish(work_db: Path, published_db: Path, run_id: str, target_dir: Path,
                       *, full_refresh: bool = False):
    """What the nightly flow does: build, and publish only when the build passed."""
    result = run_dbt_build(work_db, full_refresh=full_refresh, target_dir=target_dir)
    published = publish(work_db, published_db, run_id, {"command": "test"}) if result.success else None
    return result, published


@dataclass
class WapRun:
    warehouse: Path
    published_db: Path
    full_refresh_db: Path
    first: object  # PublishResult of run-1
    second: object  # PublishResult of run-2
    build: DbtResult
    reader_logs: dict[str, list[dict]]


def wait_for_lines(log_file: Path, count: int, timeout: float = 60.0, run_id: str | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = [json.loads(line) for line in log_file.read_text().splitlines()] if log_file.exists() else []
        matching = [line for line in lines if run_id is None or line.get("run_id") == run_id]
        if len(matching) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"reader {log_file.name} wrote fewer than {count} lines in {timeout} s")


def run_write_audit_publish(directory: Path, base_build: Build, incremental_build: Build) -> WapRun:
    warehouse = directory / "warehouse"
    work_dir = warehouse / "work"
    work_dir.mkdir(parents=True)
    published_db = warehouse / "diplomeet.duckdb"
    first = publish(base_build.work_db, published_db, "run-1", {"command": "test"})
    stop_file = directory / "stop"
    readers, logs = {}, {}
    for mode in ("hold", "reconnect"):
        logs[mode] = directory / f"reader-{mode}.jsonl"
        readers[mode] = subprocess.Popen(
            [sys.executable, str(READER_SCRIPT), str(published_db), str(stop_file), str(logs[mode]), mode])
    try:
        for log in logs.values():
            wait_for_lines(log, 3)
        work_db = work_dir / "work.duckdb"
        shutil.copyfile(incremental_build.work_db, work_db)
        # the second publish is a delta one (the test data is far below the size where the
        # pipeline starts doing that), so the readers below watch a delta publish swap in
        with patch.object(flows.publish, "DELTA_MIN_BYTES", 0):
            build, second = build_then_publish(work_db, published_db, "run-2", work_dir / "dbt", full_refresh=True)
        assert build.success, build.summary()
        assert second.mode == "delta"
        wait_for_lines(logs["reconnect"], 3, run_id="run-2")
        lines_before_stop = len(logs["hold"].read_text().splitlines())
        wait_for_lines(logs["hold"], lines_before_stop + 3)
    finally:
        stop_file.touch()
        for process in readers.values():
            process.wait(timeout=30)
    return WapRun(
        warehouse=warehouse, published_db=published_db, full_refresh_db=work_db, first=first,
        second=second, build=build,
        reader_logs={mode: [json.loads(line) for line in log.read_text().splitlines()] for mode, log in logs.items()},
    )
