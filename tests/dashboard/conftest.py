"""Test warehouses for the dashboard.

`build_test_warehouse(path)` writes a published-marts file with the tables and columns of
docs/architecture.md ("Published marts"), filled with realistic, deterministic rows: three
years of meetings from two sources, every kind and mode, a dozen counterpart countries and
every sector, Chinese officials whose titles change over time, a quarantined release, and a
newest release whose title holds `<script>` and other markup. It also adds a column the
contract does not list, because the dashboard must tolerate extra columns.

Once the real pipeline can build a warehouse from the sample site, the `published_warehouse`
fixture below is the one place to swap: return the folder the pipeline published into.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

import duckdb
import httpx
import pandas as pd
import pytest

XSS_TITLE = (
    '<script>alert(1)</script> Liu Haixing Meets <b>markup</b> Delegation '
    '<img src=x onerror="window.__xss=1">'
)

SOURCES = {
    "idcpc": "https://www.idcpc.org.cn",
    "fmprc": "https://www.fmprc.gov.cn",
}

# (canonical name, [(title, organization, valid_from, valid_to)], source that reports them)
CHINESE_OFFICIALS = [
    ("Liu Jianchao", [("Minister", "International Department of the CPC Central Committee",
                       date(2022, 1, 1), date(2024, 7, 31))], "idcpc"),
    ("Liu Haixing", [("Vice Minister", "International Department of the CPC Central Committee",
                      date(2022, 1, 1), date(2024, 9, 29)),
                     ("Minister", "International Department of the CPC Central Committee",
                      date(2024, 9, 30), None)], "idcpc"),
    ("Sun Haiyan", [("Vice Minister", "International Department of the CPC Central Committee",
                     date(2022, 1, 1), None)], "idcpc"),
    ("Wang Yi", [("Foreign Minister", "Ministry of Foreign Affairs", date(2022, 1, 1),
                  date(2022, 12, 29)),
                 ("Director of the Office of the Central Foreign Affairs Commission",
                  "Central Foreign Affairs Commission", date(2022, 12, 30), date(2023, 7, 24)),
                 ("Foreign Minister", "Ministry of Foreign Affairs", date(2023, 7, 25), None)],
     "fmprc"),
    ("Ma Zhaoxu", [("Vice Foreign Minister", "Ministry of Foreign Affairs", date(2022, 1, 1),
                    date(2023, 1, 14)),
                   ("Executive Vice Foreign Minister", "Ministry of Foreign Affairs",
                    date(2023, 1, 15), None)], "fmprc"),
]

# (organization, acronym, ISO-3 or None, sector, [people of it])
FOREIGN_ORGS = [
    ("Komeito", None, "JPN", "party", ["Yamaguchi Natsuo", "Ishii Keiichi"]),
    ("Liberal Democratic Party", "LDP", "JPN", "party", ["Nikai Toshihiro"]),
    ("Communist Party of Vietnam", "CPV", "VNM", "party", ["Le Hoai Trung", "Tran Cam Tu"]),
    ("Lao People's Revolutionary Party", "LPRP", "LAO", "party", ["Thongloun Sisoulith"]),
    ("United Russia", None, "RUS", "party", ["Dmitry Medvedev"]),
    ("State Duma", None, "RUS", "legislature", ["Vyacheslav Volodin"]),
    ("Ministry of Foreign Affairs of Brazil", None, "BRA", "government", ["Mauro Vieira"]),
    ("Workers' Party", "PT", "BRA", "party", ["Gleisi Hoffmann"]),
    ("African National Congress", "ANC", "ZAF", "party", ["Fikile Mbalula"]),
    ("Pakistan Peoples Party", "PPP", "PAK", "party", ["Bilawal Bhutto Zardari"]),
    ("Ministry of Foreign Affairs of Pakistan", None, "PAK", "government", ["Ishaq Dar"]),
    ("Brookings Institution", None, "USA", "think_tank", ["Ryan Hass"]),
    ("Nation Media Group", "NMG", "KEN", "media", ["Stephen Gitagama"]),
    ("Jubilee Party", None, "KEN", "party", ["Jeremiah Kioni"]),
    ("Social Democratic Party of Germany", "SPD", "DEU", "party", ["Lars Klingbeil"]),
    ("Bundestag", None, "DEU", "legislature", ["Baerbel Bas"]),
    ("Communist Party of Cuba", "PCC", "CUB", "party", ["Roberto Morales Ojeda"]),
    ("Shanghai Cooperation Organization Secretariat", "SCO", None,
     "international_organization", ["Zhang Ming"]),
    ("Friendship Association of Serbia", None, "SRB", "other", ["Dragan Markovic"]),
]

COUNTRIES = {
    "CHN": ("China", "Asia"), "JPN": ("Japan", "Asia"), "VNM": ("Viet Nam", "Asia"),
    "LAO": ("Lao People's Democratic Republic", "Asia"), "RUS": ("Russian Federation", "Europe"),
    "BRA": ("Brazil", "Americas"), "ZAF": ("South Africa", "Africa"), "PAK": ("Pakistan", "Asia"),
    "USA": ("United States", "Americas"), "KEN": ("Kenya", "Africa"), "DEU": ("Germany", "Europe"),
    "CUB": ("Cuba", "Americas"), "SRB": ("Serbia", "Europe"), "FRA": ("France", "Europe"),
}

KINDS = ["meeting", "meeting", "meeting", "talks", "visit", "other"]
MODES = ["in_person", "in_person", "in_person", "in_person", "video", "phone"]
FIRST_DAY = date(2022, 1, 3)
LAST_DAY = date(2024, 12, 20)


def key(*parts: object) -> str:
    """The md5 surrogate keys dbt_utils.generate_surrogate_key makes."""
    return hashlib.md5("-".join(str(p) for p in parts).encode()).hexdigest()


@dataclass(frozen=True)
class WarehouseFacts:
    """What the fixture wrote, for tests that must compute expectations independently."""

    path: Path
    run_id: str
    meetings: int


def _role_on(roles: list[tuple], day: date) -> tuple[str, str]:
    for title, org, start, end in roles:
        if start <= day and (end is None or day <= end):
            return title, org
    return roles[-1][0], roles[-1][1]


def build_test_warehouse(
    path: Path, *, run_id: str = "run-20241221T020000Z", meetings: int = 420, seed: int = 7
) -> WarehouseFacts:
    """Write a published warehouse file at `path` (replacing nothing: `path` must not exist)."""
    rng = random.Random(seed)
    people: dict[str, dict] = {}
    roles: list[dict] = []
    orgs: dict[str, dict] = {}

    def org_row(name: str, acronym: str | None, country: str | None, sector: str) -> str:
        k = key("org", name)
        orgs.setdefault(k, dict(org_key=k, name=name, acronym=acronym, country_code=country,
                                sector=sector))
        return k

    for name, history, _ in CHINESE_OFFICIALS:
        pk = key("person", name)
        people[pk] = dict(person_key=pk, canonical_name=name, name_variants=[name],
                          country_code="CHN")
        for title, org, start, end in history:
            ok = org_row(org, "IDCPC" if "International Department" in org else None, "CHN",
                         "party" if "CPC" in org else "government")
            roles.append(dict(person_role_key=key("role", pk, title, org), person_key=pk,
                              title=title, organization=org, org_key=ok, valid_from=start,
                              valid_to=end))
    foreign_people: list[tuple[str, str, str | None, str]] = []  # person_key, org_key, country, org
    for org, acronym, country, sector, names in FOREIGN_ORGS:
        ok = org_row(org, acronym, country, sector)
        for name in names:
            pk = key("person", name)
            people[pk] = dict(person_key=pk, canonical_name=name,
                              name_variants=[name, name.upper()], country_code=country)
            foreign_people.append((pk, ok, country, org))
            roles.append(dict(person_role_key=key("role", pk, "Leader", org), person_key=pk,
                              title=rng.choice(["Chairman", "Secretary-General", "Minister",
                                                "Member", "President"]),
                              organization=org, org_key=ok, valid_from=FIRST_DAY, valid_to=None))

    releases, meeting_rows, participants, statements, mentions = [], [], [], [], []
    span = (LAST_DAY - FIRST_DAY).days
    days = sorted(FIRST_DAY + timedelta(days=rng.randrange(span)) for _ in range(meetings - 1))
    days.append(LAST_DAY + timedelta(days=5))  # the newest meeting: the one with markup
    for i, day in enumerate(days):
        official, history, source = rng.choice(CHINESE_OFFICIALS)
        newest = i == len(days) - 1
        if newest:
            official, history, source = CHINESE_OFFICIALS[1]
        chn_key = key("person", official)
        chn_title, chn_org = _role_on(history, day)
        counterparts = rng.sample(foreign_people, k=1 if rng.random() < 0.8 else 2)
        kind, mode = rng.choice(KINDS), rng.choice(MODES)
        if kind == "visit":
            mode = "in_person"
        title = XSS_TITLE if newest else (
            f"{official} Meets with {counterparts[0][3]} Delegation" if kind == "meeting"
            else f"{official} Holds Talks with {people[counterparts[0][0]]['canonical_name']}")
        mk = key("meeting", i)
        sources = [source] + (["fmprc" if source == "idcpc" else "idcpc"]
                              if rng.random() < 0.1 else [])
        rel_ids, urls = [], []
        for s in sources:
            url = f"{SOURCES[s]}/news/{day:%Y%m}/t{day:%Y%m%d}_{i}.html"
            rid = f"{s}:/news/{day:%Y%m}/t{day:%Y%m%d}_{i}.html"
            rel_ids.append(rid)
            urls.append(url)
            releases.append(dict(release_id=rid, source_key=key(s), url=url, title=title,
                                 published_date=day + timedelta(days=1), versions=1,
                                 status="parsed", quarantine_reason=None,
                                 parser_version="1.0.0"))
        meeting_rows.append(dict(
            meeting_key=mk, meeting_date=day, date_end=day + timedelta(days=3)
            if kind == "visit" else None, location=rng.choice(["Beijing", "Beijing", "Shanghai",
                                                                None]),
            venue=None, kind=kind, mode=mode, report_count=len(sources),
            first_published=day + timedelta(days=1), source_urls=urls, release_ids=rel_ids,
            title=title, counterpart_delegation=None))
        participants.append(dict(meeting_key=mk, person_key=chn_key, role="principal",
                                 title=chn_title, organization=chn_org,
                                 org_key=key("org", chn_org), country_code="CHN", side="CHN",
                                 meeting_date=day))
        for pk, ok, country, org in counterparts:
            participants.append(dict(meeting_key=mk, person_key=pk, role="counterpart",
                                     title=roles[[r["person_key"] for r in roles].index(pk)]
                                     ["title"], organization=org, org_key=ok,
                                     country_code=country, side="foreign", meeting_date=day))
        statements.append(dict(statement_key=key("st", mk), meeting_key=mk,
                               release_id=rel_ids[0], person_key=chn_key, speaker_name=official,
                               text="China is willing to deepen exchanges <i>and</i> "
                                    "cooperation.", position=1))
        if rng.random() < 0.3:
            m = rng.choice(["BRICS", "Belt and Road", "Shanghai Cooperation Organization (SCO)"])
            mentions.append(dict(mention_key=key("mn", mk, m), meeting_key=mk,
                                 release_id=rel_ids[0], mention=m, mention_normalized=m.lower()))
    releases.append(dict(release_id="idcpc:/news/broken.html", source_key=key("idcpc"),
                         url="https://www.idcpc.org.cn/news/broken.html", title="Untitled",
                         published_date=date(2023, 5, 1), versions=2, status="quarantined",
                         quarantine_reason="no meeting found", parser_version="1.0.0"))

    part_df = pd.DataFrame(participants)
    for p in people.values():
        seen = part_df[part_df.person_key == p["person_key"]]
        p["first_seen"] = seen.meeting_date.min() if len(seen) else None
        p["last_seen"] = seen.meeting_date.max() if len(seen) else None
        p["meeting_count"] = int(seen.meeting_key.nunique())
        p["extra_note"] = "a column the contract does not list"
    for r in roles:
        r["observations"] = int(((part_df.person_key == r["person_key"])
                                 & (part_df.title == r["title"])).sum())

    frames = {
        "dim_person": pd.DataFrame(people.values()),
        "dim_person_role": pd.DataFrame(roles),
        "dim_organization": pd.DataFrame(orgs.values()),
        "dim_country": pd.DataFrame([dict(country_code=c, name=n, region=r)
                                     for c, (n, r) in COUNTRIES.items()]),
        # like the dbt marts: source_key is a surrogate key, name is what people read
        "dim_source": pd.DataFrame([dict(source_key=key(s), name=s, base_url=u,
                                         releases=sum(r["source_key"] == key(s) for r in releases),
                                         last_fetched_at=datetime(2024, 12, 21, 2, 0))
                                    for s, u in SOURCES.items()]),
        "dim_release": pd.DataFrame(releases),
        "fct_meetings": pd.DataFrame(meeting_rows),
        "fct_meeting_participants": part_df,
        "fct_statements": pd.DataFrame(statements),
        "fct_mentions": pd.DataFrame(mentions),
    }
    con = duckdb.connect(str(path))
    try:
        for name, df in frames.items():
            con.register("frame", df)
            con.execute(f"create table {name} as select * from frame")
            con.unregister("frame")
        for col in ("first_seen", "last_seen"):
            con.execute(f"alter table dim_person alter {col} type date")
        con.execute("alter table fct_meetings alter date_end type date")
        con.execute("alter table fct_meetings alter venue type varchar")
        con.execute("alter table fct_meetings alter counterpart_delegation type varchar")
        con.execute("alter table dim_release alter quarantine_reason type varchar")
        con.execute("alter table dim_person_role alter valid_to type date")
        con.execute("""
            create table dim_date as
            select d::date as date_day, year(d) as year, quarter(d) as quarter,
                   month(d) as month, date_trunc('month', d)::date as month_start,
                   dayofweek(d) as day_of_week, dayofweek(d) in (0, 6) as is_weekend
            from range(date '2022-01-01', date '2025-01-01', interval 1 day) t(d)""")
        con.execute("""
            create table mart_meetings_by_country_month as
            select date_trunc('month', m.meeting_date)::date as month_start, p.country_code,
                   r.source_key, m.kind, m.mode, count(distinct m.meeting_key) as meetings
            from fct_meetings m
            join fct_meeting_participants p on p.meeting_key = m.meeting_key
                 and p.side = 'foreign'
            join dim_release r on r.release_id = m.release_ids[1]
            group by all""")
        con.execute("""
            create table mart_counterparts as
            select f.org_key as counterpart_org_key, f.organization as counterpart_organization,
                   f.country_code as counterpart_country_code,
                   c.person_key as official_person_key, dp.canonical_name as official_name,
                   count(distinct f.meeting_key) as meetings,
                   min(f.meeting_date) as first_meeting, max(f.meeting_date) as last_meeting
            from fct_meeting_participants f
            join fct_meeting_participants c on c.meeting_key = f.meeting_key and c.side = 'CHN'
            join dim_person dp on dp.person_key = c.person_key
            where f.side = 'foreign'
            group by all""")
        con.execute(
            "create table publish_info as select ?::varchar as run_id, "
            "?::timestamp as published_at, ?::integer as releases, ?::integer as meetings, "
            "'1.0.0' as parser_version",
            [run_id, datetime(2024, 12, 26, 2, 14), len(releases), len(meeting_rows)])
        con.execute("checkpoint")
    finally:
        con.close()
    return WarehouseFacts(path=path, run_id=run_id, meetings=len(meeting_rows))


@pytest.fixture
def make_warehouse(tmp_path: Path) -> Callable[..., WarehouseFacts]:
    """Build a test warehouse folder; keyword arguments go to `build_test_warehouse`."""
    counter = iter(range(1000))

    def make(home: Path | None = None, **kwargs) -> WarehouseFacts:
        home = home or tmp_path / f"wh{next(counter)}"
        home.mkdir(parents=True, exist_ok=True)
        return build_test_warehouse(home / "diplomeet.duckdb", **kwargs)

    return make


@pytest.fixture(scope="session")
def published_warehouse(pipeline_warehouse: Path) -> Path:
    """The browser test reads a warehouse the real pipeline published from the sample site
    (tests/conftest.py), with a release whose title holds `<script>` and `<b>` markup.
    DIPLOMEET_TEST_WAREHOUSE points it at another folder instead."""
    if os.environ.get("DIPLOMEET_TEST_WAREHOUSE"):
        return Path(os.environ["DIPLOMEET_TEST_WAREHOUSE"]).resolve()
    return pipeline_warehouse


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse folder holding a published `diplomeet.duckdb` (built once per session).

    Swap point: return the folder the real pipeline published from the sample site instead,
    or set DIPLOMEET_TEST_WAREHOUSE to such a folder. The end-to-end test needs a release
    titled with `<script>alert(1)</script>` and `<b>markup</b>` among the 50 newest meetings.
    """
    if os.environ.get("DIPLOMEET_TEST_WAREHOUSE"):
        return Path(os.environ["DIPLOMEET_TEST_WAREHOUSE"]).resolve()
    home = tmp_path_factory.mktemp("published")
    build_test_warehouse(home / "diplomeet.duckdb")
    return home


# --- a real dashboard server ---------------------------------------------------------------

LAUNCH_SNIPPET = (
    "import sys; from pathlib import Path; from flows.dashboard import launch; "
    "sys.exit(launch(Path(sys.argv[1]), port=int(sys.argv[2])))"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DashboardProcess:
    """A dashboard started through `flows.dashboard.launch` in its own process group, the
    way a terminal runs `diplomeet dashboard` (so Ctrl-C reaches the whole group)."""

    proc: subprocess.Popen
    url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def ctrl_c(self, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            raise


def start_dashboard(home: Path, log: Path, timeout: float = 90) -> DashboardProcess:
    """Start the dashboard on a free port and wait until it answers its health check."""
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", LAUNCH_SNIPPET, str(home), str(port)],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = DashboardProcess(proc, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dashboard exited with {proc.returncode}: {server.output()}")
        try:
            if httpx.get(f"{server.url}/_stcore/health", timeout=2).text == "ok":
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.ctrl_c()
    raise RuntimeError(f"dashboard did not answer within {timeout}s: {server.output()}")


@pytest.fixture
def dashboard(tmp_path: Path):
    """Start dashboards for the test (`dashboard(home)`); any still running are stopped."""
    started: list[DashboardProcess] = []

    def start(home: Path) -> DashboardProcess:
        server = start_dashboard(home, tmp_path / f"dashboard{len(started)}.log")
        started.append(server)
        return server

    yield start
    for server in started:
        if server.proc.poll() is None:
            server.ctrl_c()
