"""The pages' logic through Streamlit's AppTest (the script runs in-process, no browser)."""

from __future__ import annotations

import os
import re
import string
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import flows.dashboard

APP = Path(flows.dashboard.__file__).with_name("app.py")
_ESCAPED = re.compile(r"\\([" + re.escape(string.punctuation) + r"])")


def unescape(markdown: str) -> str:
    return _ESCAPED.sub(r"\1", markdown)


def start(monkeypatch, home: Path, **state) -> AppTest:
    monkeypatch.setenv("DIPLOMEET_HOME", str(home))
    at = AppTest.from_file(str(APP), default_timeout=60)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def metric(at: AppTest, name: str) -> int:
    return int([m.value for m in at.metric if m.label == name][0].replace(",", ""))


def count(path: Path, where: str = "true") -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"select count(*) from fct_meetings m where {where}").fetchone()[0]


@pytest.fixture
def warehouse(make_warehouse):
    return make_warehouse(meetings=150)


def test_overview_renders_the_data(monkeypatch, warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    no_errors(at)
    assert at.title[0].value == "Diplomatic meetings"
    assert metric(at, "Meetings") == warehouse.meetings
    assert warehouse.run_id in unescape(at.caption[0].value)
    assert len(at.get("vega_lite_chart")) == 3  # per month, countries, organizations
    latest = at.dataframe[0].value
    assert len(latest) == 50 and latest["url"].str.startswith("https://").all()
    assert [m.label for m in at.sidebar.multiselect] == [
        "Chinese official", "Counterpart country", "Counterpart sector", "Kind", "Mode"]


def test_filters_change_the_numbers(monkeypatch, warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    at.sidebar.multiselect(key="f_modes").select("video").run()
    no_errors(at)
    videos = count(warehouse.path, "mode = 'video'")
    assert 0 < videos < warehouse.meetings
    assert metric(at, "Meetings") == videos
    at.sidebar.multiselect(key="f_modes").unselect("video").run()
    at.sidebar.date_input(key="f_dates").set_value((date(2023, 1, 1), date(2023, 12, 31))).run()
    assert metric(at, "Meetings") == count(warehouse.path, "year(meeting_date) = 2023")
    at.sidebar.button[0].click().run()  # reset
    assert metric(at, "Meetings") == warehouse.meetings


def test_markup_in_a_title_is_shown_as_literal_text(monkeypatch, warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    no_errors(at)
    assert not at.get("html")
    markdown = [m for m in at.markdown if "script" in m.value]
    assert markdown, "the newest meeting's title is shown in the detail panel"
    for m in [*at.markdown, *at.caption]:
        assert not m.proto.allow_html
        assert not re.search(r"(?<!\\)<", m.value), "every < is escaped"
    assert "<script>alert(1)</script>" in unescape(markdown[0].value)
    assert "<b>markup</b>" in unescape(markdown[0].value)


def test_no_warehouse_says_how_to_build_one(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path / "empty")
    assert not at.exception
    message = at.info[0].value
    assert "make demo" in message and "diplomeet run" in message


def test_unreadable_warehouse_is_a_one_line_error(monkeypatch, tmp_path):
    (tmp_path / "diplomeet.duckdb").write_bytes(b"garbage" * 1000)
    at = start(monkeypatch, tmp_path)
    assert not at.exception
    assert len(at.error) == 1 and "\n" not in at.error[0].value


def test_every_page_renders(monkeypatch, warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    for page, title in (("views/people.py", "People"), ("views/organizations.py",
                        "Organizations"), ("views/countries.py", "Countries"),
                        ("views/search.py", "Search")):
        at.switch_page(page).run()
        no_errors(at)
        assert at.title[0].value == title


def test_person_page_shows_the_title_history(monkeypatch, warehouse):
    with duckdb.connect(str(warehouse.path), read_only=True) as con:
        person, titles = con.execute("""select person_key, count(distinct title) from
            dim_person_role group by 1 order by 2 desc limit 1""").fetchone()
    assert titles >= 2
    at = start(monkeypatch, warehouse.path.parent)
    at.session_state["person_key"] = person
    at.switch_page("views/people.py").run()
    no_errors(at)
    history = at.dataframe[0].value
    assert history["title"].nunique() == titles
    assert len(at.get("vega_lite_chart")) == 2  # title timeline, counterparts


def test_search_opens_the_person_page(monkeypatch, warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    at.switch_page("views/search.py").run()
    at.text_input(key="search_text").input("haixing").run()
    no_errors(at)
    assert "Liu Haixing" in set(at.dataframe[0].value["name"])
    [b for b in at.button if b.label == "Open page"][0].click().run()
    no_errors(at)
    assert at.title[0].value == "People"
    assert "Liu Haixing" in unescape(at.header[0].value)


def test_a_new_publish_is_picked_up_without_restart(monkeypatch, warehouse, make_warehouse):
    at = start(monkeypatch, warehouse.path.parent)
    assert metric(at, "Meetings") == warehouse.meetings
    newer = make_warehouse(meetings=90, run_id="run-newer")
    os.replace(newer.path, warehouse.path)
    at.run()
    no_errors(at)
    assert metric(at, "Meetings") == 90
    assert "run-newer" in unescape(at.caption[0].value)


def test_an_empty_warehouse_renders_every_page(monkeypatch, make_warehouse):
    facts = make_warehouse(meetings=10)
    with duckdb.connect(str(facts.path)) as rw:
        for (table,) in rw.execute("select table_name from duckdb_tables()").fetchall():
            if table != "publish_info":
                rw.execute(f"delete from {table}")
    at = start(monkeypatch, facts.path.parent)
    no_errors(at)
    assert metric(at, "Meetings") == 0
    assert "No meeting matches" in at.info[0].value
    for page in ("views/people.py", "views/organizations.py", "views/countries.py",
                 "views/search.py"):
        at.switch_page(page).run()
        no_errors(at)


def test_a_javascript_link_from_the_data_is_not_offered(monkeypatch, warehouse):
    with duckdb.connect(str(warehouse.path)) as rw:
        rw.execute("""update fct_meetings set source_urls = ['javascript:window.__xss=1']
                      where meeting_date = (select max(meeting_date) from fct_meetings)""")
    at = start(monkeypatch, warehouse.path.parent)
    no_errors(at)
    urls = at.dataframe[0].value["url"]
    assert pd.isna(urls.iloc[0]) and urls.iloc[1:].str.startswith("https://").all()
    assert not at.get("link_button")
