"""The generator: determinism, the seed release, URLs, and truth consistent with the text."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pycountry

from flows.sample_site import generate_releases, release_truth_jsonl, vocab
from flows.sample_site.generate import _make_cast
from flows.sample_site.seed import SEED_URL_PATH

CORPUS_SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev" / "seed-20231129-slutsky.txt"
URL = re.compile(r"^(/english/news/|/eng/xw/zyxw/)(\d{6})/t(\d{8})_(\d+)\.html$")


def _people(truth: dict) -> list[dict]:
    people = [p for m in truth["meetings"] for p in m["principals"] + m["counterparts"]]
    return people + truth["actors"] + truth["present"]


def test_same_seed_same_releases_and_different_seed_different():
    first, again, other = generate_releases(300, 5), generate_releases(300, 5), generate_releases(300, 6)
    assert [r.truth_record() for r in first] == [r.truth_record() for r in again]
    assert [r.text for r in first] == [r.text for r in again]
    assert [r.text for r in first] != [r.text for r in other]


def test_text_does_not_depend_on_the_order_releases_are_read():
    forward = generate_releases(200, 9)
    backward = generate_releases(200, 9)
    texts_backward = {r.url_path: r.text for r in reversed(backward)}
    assert {r.url_path: r.text for r in forward} == texts_backward


def test_seed_release_is_the_real_text_at_its_url(releases):
    seed = [r for r in releases if r.url_path == SEED_URL_PATH]
    assert len(seed) == 1
    seed = seed[0]
    assert seed.source == "idcpc" and seed.published == date(2023, 11, 29)
    stored = (Path(__file__).resolve().parents[2] / "flows/sample_site/data/seed-20231129-slutsky.txt").read_text()
    assert seed.text.split() == stored.split()
    if CORPUS_SEED.exists():
        assert stored == CORPUS_SEED.read_text()
    truth = seed.truth
    assert (truth["meeting_date"], truth["location"], truth["kind"], truth["mode"]) == \
        ("2023-11-22", "Beijing", "meeting", "in_person")
    [meeting] = truth["meetings"]
    assert meeting["principals"][0]["name"] == "Liu Jianchao"
    assert meeting["counterparts"][0]["country"] == "RUS"
    assert [s["speaker"] for s in truth["statements"]] == ["Liu Jianchao", "Leonid Slutsky"]


def test_urls_are_unique_dated_and_numbered_in_posting_order(releases):
    assert len({r.url_path for r in releases}) == len(releases)
    last_number: dict[str, int] = {}
    for r in releases:
        match = URL.match(r.url_path)
        assert match, r.url_path
        assert match.group(3) == f"{r.published:%Y%m%d}" and match.group(2) == f"{r.published:%Y%m}"
        number = int(match.group(4))
        assert number > last_number.get(r.source, 0), r.url_path
        last_number[r.source] = number
        assert r.truth["id"] == f"{r.source}:{r.url_path}"
    assert [r.published for r in releases] == sorted(r.published for r in releases)


def test_truth_is_consistent_with_the_text(releases):
    countries = {c.alpha_3 for c in pycountry.countries}
    for r in releases:
        truth, text = r.truth, r.text
        assert truth["kind"] in {"meeting", "talks", "visit", "other"}
        assert truth["mode"] in {"in_person", "video", "phone", None}
        for person in _people(truth):
            assert person["name"] in text, (r.url_path, person)
            assert not person["name"].startswith(("Hon.", "H.E."))
            assert person["title"] in text
            assert person["organization"] is None or person["organization"] in text
            assert person["country"] is None or person["country"] in countries
            assert all(extra in text for extra in person["also"])
        for statement in truth["statements"]:
            assert statement["text"] in r.body
            assert any(part in statement["text"] for part in statement["speaker"].split()), statement
        for mention in truth["mentions"]:
            assert mention in text
        for meeting in truth["meetings"]:
            assert meeting["counterpart_delegation"] is None or meeting["counterpart_delegation"] in text
        if "met respectively" in text:
            assert len(truth["meetings"]) >= 2, r.url_path
        if truth["location"]:
            assert truth["location"] in text
        meeting_day = date.fromisoformat(truth["meeting_date"])
        if truth["kind"] == "visit" and not truth["meetings"]:  # announced visit: ahead of posting
            assert r.published < meeting_day <= r.published + timedelta(days=14)
        else:
            assert meeting_day <= r.published <= meeting_day + timedelta(days=14), r.url_path
        if truth["date_end"]:
            assert date.fromisoformat(truth["date_end"]) >= meeting_day


def test_every_format_the_brief_asks_for_occurs(releases):
    texts = "\n".join(r.text for r in releases)
    for marker in ("—", "--", "met here today with", "met respectively", "were present", "was present",
                   "a delegation of the", "Enditem", "phone call", "via video link", " to Visit ",
                   "attended and addressed", "Hon. ", "H.E. ", " said, "):
        assert marker in texts, marker
    assert re.search(r"On \d{1,2} [A-Z][a-z]+ \d{4}, ", texts)  # "On 30 July 2021,"
    kinds = {(r.truth["kind"], r.truth["mode"]) for r in releases}
    assert {("meeting", "in_person"), ("talks", "phone"), ("talks", "video"), ("visit", None),
            ("other", "in_person"), ("meeting", "video")} <= kinds
    assert any(len(r.truth["meetings"]) > 1 for r in releases)
    assert {m for r in releases for m in r.truth["mentions"]} >= {"BRICS", "Shanghai Cooperation Organization (SCO)"}


def test_some_meetings_are_reported_by_both_sources(releases):
    by_event = defaultdict(list)
    for r in releases:
        by_event[r.event_id].append(r)
    pairs = [group for group in by_event.values() if len(group) == 2]
    assert len(pairs) >= 10
    for first, second in pairs:
        assert first.source != second.source and first.text != second.text
        a, b = first.truth, second.truth
        assert a["meeting_date"] == b["meeting_date"] and a["kind"] == b["kind"] and a["mode"] == b["mode"]
        assert [p["name"] for m in a["meetings"] for p in m["principals"]] == \
            [p["name"] for m in b["meetings"] for p in m["principals"]]


def test_officials_titles_follow_their_tenures_and_change_over_time():
    releases = generate_releases(3000, 4)
    officials = {o.name: o for o in vocab.OFFICIALS}
    titles = defaultdict(set)
    for r in releases:
        day = date.fromisoformat(r.truth["meeting_date"])
        for person in _people(r.truth):
            official = officials.get(person["name"])
            if official:
                assert person["title"] == official.tenure_on(day).title, (r.url_path, person)
                titles[person["name"]].add(person["title"])
    assert any(len(t) > 1 for t in titles.values())


def test_some_people_are_spelt_two_ways_across_releases():
    releases = generate_releases(3000, 4)
    names = {p["name"] for r in releases for p in _people(r.truth)}
    cast = _make_cast(random.Random(4), 3000)
    spelt_twice = [p for p in cast.foreign if sum(full in names for full, _ in p.spellings()) > 1]
    assert spelt_twice


def test_truth_jsonl_round_trips(tmp_path, releases):
    path = release_truth_jsonl(releases[:50], tmp_path / "truth" / "truth.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records == [r.truth_record() for r in releases[:50]]


def test_one_source_only_and_no_seed():
    only = generate_releases(100, 1, sources=("fmprc",))
    assert {r.source for r in only} == {"fmprc"} and len(only) == 100
    assert all(r.url_path != SEED_URL_PATH for r in generate_releases(50, 1, include_seed=False))
    assert generate_releases(0) == []
