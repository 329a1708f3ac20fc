"""Benchmark of the dbt warehouse: full build, nightly incremental build, full refresh.

Generates N synthetic releases (2 sources, one meeting each, ~10% reported twice, 3 people,
2 statements, a mention every third release) straight into staging.* of a temporary work
database, then times `dbt build` (first), `dbt build` after adding 20 releases
(incremental), and `dbt build --full-refresh`. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_warehouse.py [--releases 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.transform import run_dbt_build  # noqa: E402

GIVEN = ["Leonid", "Sergei", "Maria", "Ahmed", "John", "Aleksandar", "Fatima", "Kofi", "Ana", "Ivan",
         "Nguyen Van", "Hun", "Carlos", "Olga", "Samuel", "Aisha", "Pedro", "Yuki", "Omar", "Elena"]
SURNAMES = ["Slutsky", "Lavrov", "Petrova", "Hassan", "Smith", "Vucic", "Diallo", "Mensah", "Silva",
            "Ivanov", "Thanh", "Sen", "Lopez", "Orlova", "Okafor", "Bello", "Costa", "Tanaka", "Haddad",
            "Popescu", "Kowalski", "Novak", "Horvat"]
OFFICIALS = ["Liu Jianchao", "Wang Yi", "Guo Yezhou", "Sun Haiyan", "Chen Zhou", "Li Mingxiang", "Ma Hui"]
COUNTRIES = ["RUS", "SRB", "VNM", "KHM", "ZAF", "BRA", "MEX", "NGA", "EGY", "PAK", "LAO", "KEN", "ARG"]


def generate(con: duckdb.DuckDBPyConnection, first: int, count: int, loaded_at: str) -> None:
    """Insert releases first..first+count-1; every 10th repeats release i-1's meeting on the other site."""
    lists = (f"{GIVEN!r} as given, {SURNAMES!r} as surnames, {OFFICIALS!r} as officials, "
             f"{COUNTRIES!r} as countries")
    con.execute(f"""
        create or replace temp table gen as
        select i,
            case when i % 10 = 0 then i - 1 else i end as meeting_seed,
            case when i % 2 = 0 then 'idcpc' else 'fmprc' end as source,
            {lists}
        from range({first}, {first + count}) as t(i)
    """)
    con.execute(f"""
        insert into staging.releases
        select i, source || ':r' || i, source, 'https://www.' || source || '.example/r' || i || '.html', 1,
            timestamp '{loaded_at}', 'Release ' || i, date '2010-01-01' + cast(meeting_seed / 6 as integer) + 1,
            '', case when i % 97 = 0 then 'quarantined' else 'parsed' end, null,
            date '2010-01-01' + cast(meeting_seed / 6 as integer), null, 'Beijing', null,
            ['meeting', 'talks', 'visit', 'other'][1 + meeting_seed % 4], ['in_person', 'video', 'phone'][1 + meeting_seed % 3],
            '1.0.0', [], timestamp '{loaded_at}'
        from gen
    """)
    con.execute("insert into staging.meetings select i, 0, null from gen")
    con.execute("""
        insert into staging.participants
        select i, 0, 'principal', 1, officials[1 + meeting_seed % len(officials)], 'Minister',
            'International Department of the CPC Central Committee', 'CHN', [] from gen
        union all
        select i, 0, 'counterpart', 2, given[1 + meeting_seed % len(given)] || ' ' || surnames[1 + (meeting_seed * 7) % len(surnames)],
            'Chairman', 'Party ' || (meeting_seed % 300), countries[1 + meeting_seed % len(countries)], [] from gen
        union all
        select i, null, 'present', 3, given[1 + (meeting_seed + 3) % len(given)] || ' ' || surnames[1 + (meeting_seed + 5) % len(surnames)],
            'Ambassador', 'Embassy ' || (meeting_seed % 40), countries[1 + meeting_seed % len(countries)], [] from gen
    """)
    con.execute("""
        insert into staging.statements
        select i, 1, officials[1 + meeting_seed % len(officials)], 'China is ready to deepen cooperation.' from gen
        union all
        select i, 2, surnames[1 + (meeting_seed * 7) % len(surnames)], 'We value the friendship.' from gen
    """)
    con.execute("insert into staging.mentions select i, 1, ['BRICS', 'Belt and Road', 'SCO'][1 + i % 3] from gen where i % 3 = 0")


MARTS = ("fct_meetings", "fct_meeting_participants", "fct_statements", "fct_mentions", "dim_person",
         "mart_meetings_by_country_month", "mart_counterparts")


def mart_digests(work_db: Path) -> dict[str, str]:
    """md5 of each mart's sorted rows, to compare the incremental and the full-refresh result."""
    con = duckdb.connect(str(work_db), read_only=True)
    try:
        return {table: con.execute(
            f"select md5(coalesce(string_agg(row_text, '|' order by row_text), '')) "
            f"from (select cast(t as varchar) as row_text from main.{table} as t)").fetchone()[0]
            for table in MARTS}
    finally:
        con.close()


def timed_build(work_db: Path, target_dir: Path, **kwargs) -> float:
    result = run_dbt_build(work_db, target_dir=target_dir, **kwargs)
    if not result.success:
        raise SystemExit(result.summary())
    return result.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=20000)
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it")
    args = parser.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="diplomeet-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    work_db = directory / "work.duckdb"
    work_db.unlink(missing_ok=True)
    con = duckdb.connect(str(work_db))
    con.execute((REPO / "warehouse" / "schema.sql").read_text())
    started = time.perf_counter()
    generate(con, 1, args.releases, "2024-01-01 03:00:00")
    con.close()
    print(f"generated {args.releases} releases in {time.perf_counter() - started:.1f} s")
    target = directory / "dbt"
    print(f"dbt build (first):        {timed_build(work_db, target):6.1f} s")
    con = duckdb.connect(str(work_db))
    generate(con, args.releases + 1, 20, "2024-01-02 03:00:00")
    con.close()
    print(f"dbt build (+20 releases): {timed_build(work_db, target):6.1f} s")
    incremental = mart_digests(work_db)
    print(f"dbt build --full-refresh: {timed_build(work_db, target, full_refresh=True):6.1f} s")
    differing = [table for table, digest in mart_digests(work_db).items() if incremental[table] != digest]
    print(f"incremental result == full refresh: {not differing} {differing or ''}")
    con = duckdb.connect(str(work_db), read_only=True)
    for table in ("fct_meetings", "fct_meeting_participants", "dim_person", "fct_statements"):
        print(f"  {table}: {con.execute(f'select count(*) from main.{table}').fetchone()[0]} rows")
    con.close()
    if args.keep is None:
        shutil.rmtree(directory)


if __name__ == "__main__":
    main()
