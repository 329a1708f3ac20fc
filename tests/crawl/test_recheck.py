"""A release corrected in place after it was archived: an ordinary run does not see it
(it fetches only unknown articles); a run with a recheck window re-requests the window's
articles with conditional GET and keeps the correction as version 2."""

from __future__ import annotations

from datetime import date

import duckdb

from flows.archive import Archive
from flows.crawl import crawl_source
from flows.http import PoliteClient
from flows.sample_site import SampleSite, generate_releases, serve
from flows.sources import get_source


def test_recheck_window_keeps_a_correction_as_a_new_version(tmp_path):
    releases = [r for r in generate_releases(40, seed=3) if r.source == "idcpc"]
    site = SampleSite(releases, "idcpc")
    con = duckdb.connect(str(tmp_path / "work.duckdb"))
    Archive.ensure_schema(con)
    archive = Archive(con)
    with serve(site) as server, PoliteClient("diplomeet-test", delay=0, backoff_base=0.01) as client:
        def crawl(**kwargs):
            return crawl_source(get_source("idcpc"), server.base_url, client, archive, "run", **kwargs)

        first = crawl()
        assert first.new == len(releases)
        newest, oldest = site.releases[0], site.releases[-1]
        site.correct(newest.url_path, newest.body + ["A correction added by the ministry."])
        site.correct(oldest.url_path, oldest.body + ["A correction outside the window."])

        assert crawl().changed == 0  # an ordinary run cannot see corrections

        site.clear_log()
        window_start = newest.published
        rechecked = crawl(recheck_since=window_start)
        in_window = [r for r in releases if r.published >= window_start]
        assert rechecked.changed == 1
        assert rechecked.not_modified >= len(in_window) - 1  # conditional GETs answered 304
        asked = [r for r in site.request_log if r.path.endswith(".html") and "/t20" in r.path]
        assert all(r.if_none_match or r.if_modified_since for r in asked)
        assert oldest.url_path not in {r.path for r in asked}

    versions = con.execute("select url, version from raw.pages where url like ? order by version",
                           [f"%{newest.url_path}"]).fetchall()
    assert [v for _, v in versions] == [1, 2]
    con.close()
