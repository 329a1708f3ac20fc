"""The loader: archived pages → staging rows, bad pages quarantined with a reason,
nothing staged twice, and a parallel reparse equal to a serial one."""

from __future__ import annotations

import duckdb
import pytest

from flows.archive import Archive
from flows.http import FetchResult
import flows.load
from flows.load import clear_staging, extraction_fingerprint, load_pending, release_id_for, reparse

ARTICLE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="nav"><a href="/">Home</a> <a href="/english/news/">News</a></div>
<h1 class="title">{title}</h1><div class="date">( 2024.03.08 )</div>
<div class="TRS_Editor">{paragraphs}</div><div class="footer">Copyright IDCPC</div></body></html>"""

MEETING = [
    "Beijing, March 5th—Zhao Minghe, Vice-minister of the International Department of the CPC Central "
    "Committee, met here today with Anna Kowalczyk, Secretary-General of the Democratic Left Party of Poland.",
    "Zhao said, the two parties should deepen exchanges between young leaders and local organizations.",
    "Kowalczyk said, her party values its dialogue with the CPC and supports the Belt and Road cooperation.",
]


def page(title="Zhao Minghe Meets with Anna Kowalczyk", paragraphs=MEETING, lang="en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ARTICLE.format(title=title, paragraphs=body, lang=lang).encode("utf-8")


def store(archive: Archive, path: str, body: bytes, content_type="text/html; charset=utf-8") -> None:
    url = f"https://www.idcpc.gov.cn/english/news/202403/{path}"
    result = FetchResult(url=url, final_url=url, status=200, headers={"content-type": content_type},
                         body=body, attempts=1)
    archive.store_page("idcpc", url, "article", result, "test-run")


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "work.duckdb"))
    Archive.ensure_schema(connection)
    yield connection
    connection.close()


def statuses(con) -> dict[str, tuple[str, str | None]]:
    rows = con.execute("select url, status, quarantine_reason from staging.releases").fetchall()
    return {url.rsplit("/", 1)[-1]: (status, reason) for url, status, reason in rows}


def test_a_release_page_becomes_staging_rows(con):
    store(Archive(con), "t20240308_1.html", page())
    report = load_pending(con)
    assert (report.pages, report.parsed, report.quarantined) == (1, 1, 0)
    release = con.execute("select title, published_date, meeting_date, kind, release_id from staging.releases").fetchone()
    assert release[0] == "Zhao Minghe Meets with Anna Kowalczyk"
    assert str(release[1]) == "2024-03-08"
    assert str(release[2]) == "2024-03-05"
    assert release[3] == "meeting"
    assert release[4] == "idcpc:/english/news/202403/t20240308_1.html"
    roles = dict(con.execute("select name, role from staging.participants").fetchall())
    assert roles == {"Zhao Minghe": "principal", "Anna Kowalczyk": "counterpart"}
    speakers = {r[0] for r in con.execute("select speaker_name from staging.statements").fetchall()}
    assert speakers == {"Zhao Minghe", "Anna Kowalczyk"}


def test_bad_pages_are_quarantined_with_a_reason_and_the_run_goes_on(con):
    archive = Archive(con)
    store(archive, "t20240308_1.html", page())
    store(archive, "t20240308_2.html", b"%PDF-1.4 binary", content_type="application/pdf")
    store(archive, "t20240308_3.html", page(paragraphs=["\u4e2d\u56fd\u5171\u4ea7\u515a\u4e2d\u592e\u5bf9\u5916\u8054\u7edc\u90e8" * 12], lang="zh-CN"))
    store(archive, "t20240308_4.html", page(paragraphs=[]))
    store(archive, "t20240308_5.html", b"<html><body><div></div></body></html>")
    store(archive, "t20240308_6.html", page(paragraphs=["\u4e2d\u56fd\u5171\u4ea7\u515a\u4e2d\u592e" * 30], lang=""))
    store(archive, "t20240308_7.html", b"\xff\xfe\x00garbage\x80\x81" * 200, content_type="text/html")
    report = load_pending(con)
    seen = statuses(con)
    assert seen["t20240308_1.html"] == ("parsed", None)
    assert seen["t20240308_2.html"][1].startswith(("wrong content type", "not a release"))
    assert seen["t20240308_3.html"][1].startswith("not English")
    assert seen["t20240308_4.html"][1].startswith(("empty body", "not a release"))
    assert seen["t20240308_5.html"][1].startswith("not a release")
    assert seen["t20240308_6.html"][1].startswith("not English")
    assert seen["t20240308_7.html"][0] == "quarantined"
    assert report.quarantined == 6 and report.parsed == 1
    # quarantined pages give no facts but stay in the archive
    assert con.execute("select count(distinct page_id) from staging.participants").fetchone()[0] == 1
    assert con.execute("select count(*) from raw.pages").fetchone()[0] == 7


def test_pages_are_staged_once_and_a_correction_is_a_new_version(con):
    archive = Archive(con)
    store(archive, "t20240308_1.html", page())
    load_pending(con)
    assert load_pending(con).pages == 0
    corrected = MEETING[:2] + ["Kowalczyk said, her party supports the Global Development Initiative."]
    store(archive, "t20240308_1.html", page(paragraphs=corrected))
    assert load_pending(con).pages == 1
    versions = con.execute("select version from staging.releases order by version").fetchall()
    assert versions == [(1,), (2,)]


def test_parallel_reparse_equals_serial(con):
    archive = Archive(con)
    for n in range(1, 31):
        store(archive, f"t20240308_{n}.html", page(title=f"Zhao Minghe Meets with Anna Kowalczyk ({n})"))
    load_pending(con, workers=1)
    query = ("select r.page_id, r.status, r.kind, r.meeting_date, p.role, p.name, p.title, p.country "
             "from staging.releases r left join staging.participants p using (page_id) order by all")
    serial = con.execute(query).fetchall()
    clear_staging(con)
    report = load_pending(con, workers=2)
    assert report.pages == 30
    assert con.execute(query).fetchall() == serial


STAGING_QUERIES = [
    "select * exclude (loaded_at) from staging.releases order by page_id",
    "select * from staging.participants order by all",
    "select * from staging.meetings order by all",
    "select * from staging.statements order by all",
    "select * from staging.mentions order by all",
]


def staging_contents(con) -> list[list[tuple]]:
    return [con.execute(query).fetchall() for query in STAGING_QUERIES]


def fill_mixed_archive(con) -> None:
    """Parsed releases, a corrected one (two versions) and quarantined pages of each kind."""
    archive = Archive(con)
    for n in range(1, 13):
        store(archive, f"t20240308_{n}.html", page(title=f"Zhao Minghe Meets with Anna Kowalczyk ({n})"))
    store(archive, "t20240308_1.html", page(paragraphs=MEETING[:2]))  # a correction: version 2
    store(archive, "t20240308_20.html", b"%PDF-1.4 binary", content_type="application/pdf")
    store(archive, "t20240308_21.html", b"<html><body><div></div></body></html>")
    store(archive, "t20240308_22.html", page(paragraphs=["\u4e2d\u56fd\u5171\u4ea7\u515a" * 30], lang="zh-CN"))
    load_pending(con)


@pytest.mark.parametrize("workers", [1, 2])
def test_reparse_from_stored_text_equals_a_reparse_that_extracts_again(con, workers):
    fill_mixed_archive(con)
    first = staging_contents(con)
    report = reparse(con, workers=workers)
    assert report.reused_extraction == 13  # every parsed page version; the quarantined ones stay
    assert staging_contents(con) == first
    full = reparse(con, workers=workers, re_extract=True)
    assert (full.reused_extraction, full.pages) == (0, 16)
    assert staging_contents(con) == first


def test_reparse_runs_the_current_parser_without_extracting_again(con, monkeypatch):
    fill_mixed_archive(con)

    def no_extraction(*args, **kwargs):
        raise AssertionError("the stored text should have been used")

    def new_parser(text, release_id=None):
        return {"kind": "talks", "mode": "video", "parser_version": "9.9.9", "meetings": [], "warnings": []}

    monkeypatch.setattr(flows.load, "stage_page", no_extraction)
    monkeypatch.setattr(flows.load, "parse_release", new_parser)
    report = reparse(con)
    assert report.parsed == 13
    assert con.execute("select distinct kind, mode, parser_version from staging.releases "
                       "where status = 'parsed'").fetchall() == [("talks", "video", "9.9.9")]
    assert con.execute("select count(*) from staging.participants").fetchone()[0] == 0  # old facts went
    assert con.execute("select count(*) from staging.releases").fetchone()[0] == 16  # nothing lost
    assert con.execute("select count(*) from staging.releases where status = 'quarantined'").fetchone()[0] == 3


def test_pages_from_another_extractor_are_extracted_again(con):
    fill_mixed_archive(con)
    first = staging_contents(con)
    con.execute("update staging.releases set extraction_fingerprint = 'older-extractor' where page_id % 2 = 0")
    con.execute("update staging.releases set extraction_fingerprint = null where page_id = 1")  # before fingerprints
    current = extraction_fingerprint()
    stale = con.execute("select count(*) from staging.releases where extraction_fingerprint is distinct from ?",
                        [current]).fetchone()[0]
    reusable = con.execute("select count(*) from staging.releases where extraction_fingerprint = ? "
                           "and status = 'parsed'", [current]).fetchone()[0]
    assert stale >= 8 and reusable >= 4
    report = reparse(con)
    assert report.reused_extraction == reusable
    assert report.pages == reusable + stale  # the stale ones went through extraction again
    assert con.execute("select distinct extraction_fingerprint from staging.releases").fetchall() == \
        [(extraction_fingerprint(),)]
    assert staging_contents(con) == first


def test_release_id_is_stable_across_mirrors():
    assert release_id_for("idcpc", "http://127.0.0.1:8000/english/news/202311/t20231129_1.html") == \
        release_id_for("idcpc", "https://www.idcpc.gov.cn/english/news/202311/t20231129_1.html")


def test_a_file_from_a_newer_duckdb_gets_the_upgrade_hint():
    from flows.workdb import with_storage_hint

    message = ("IO Error: Trying to read a database file with version number 999, but we can only read "
               "versions between 64 and 68. The database file was created with an newer version of DuckDB.")
    hinted = with_storage_hint(message)
    assert hinted.startswith("IO Error: Trying to read") and "Upgrading an older warehouse" in hinted
    assert "\n" not in hinted
    assert with_storage_hint("Catalog Error: no table x") == "Catalog Error: no table x"
