"""Deterministic generation of sample releases with their truth.

`generate_releases(n, seed)` is a pure function of its arguments: `random.Random(seed)`
draws the cast, the posting dates, sources and kinds; each event and each release text
then gets its own `random.Random(f"{seed}:event:{k}")` / `(f"{seed}:render:{k}")` (never the
global generator, never the clock), so the same seed gives byte-identical sites in every
process, and text is written lazily, in any order, on first access. Decisions:

- Posting dates advance as a random walk from `start` at a rate that spreads the releases
  over at least two years (n // 4 days for large n: ~4 a day, like a busy ministry site),
  so small samples still cover the promotions in `vocab.OFFICIALS`.
- The real seed release (IDCPC, posted 2023-11-29, `data/seed-20231129-slutsky.txt`) is
  always one of the n releases, at its real URL; IDCPC article numbers are anchored on its
  162967 and increase with posting order, as on the real site.
- About one meeting in ten is reported by both sources (different wording, same day, same
  people, posted up to two days apart); both releases share `event_id`.
- A release's truth is what a perfect parser reads from its text (see `render.py`).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable

from flows.sample_site import vocab
from flows.sample_site.people import ForeignPerson, make_foreign_people
from flows.sample_site.render import CROSS_REPORTABLE, RENDERERS, Event, Rendered
from flows.sample_site.seed import SEED_PUBLISHED, SEED_URL_NUMBER, seed_release_parts

SOURCES = ("idcpc", "fmprc")
URL_PREFIX = {"idcpc": "/english/news/", "fmprc": "/eng/xw/zyxw/"}
FMPRC_FIRST_NUMBER = 11_000_000

# Event kinds per source, with weights (how often each kind of release appears).
KIND_WEIGHTS = {
    "idcpc": {"meeting": 34, "delegation": 16, "respectively": 4, "talks": 8, "video_meeting": 4,
              "video_call": 5, "phone": 4, "tour": 8, "announce_out": 4, "attend": 6, "attend_video": 3},
    "fmprc": {"meeting": 34, "delegation": 5, "talks": 10, "video_meeting": 6, "video_call": 4,
              "phone": 15, "announce_in": 8, "announce_out": 6, "attend": 8, "attend_video": 2},
}
# Mentions that contain one another are never used together (each is written once, as is).
_EXCLUSIVE_MENTIONS = {"Belt and Road": "Belt and Road Initiative", "Belt and Road Initiative": "Belt and Road"}


class Release:
    """One generated release: what the site serves and what a parser should read from it.

    Where and when it is posted is fixed at generation; its text and truth are written on
    first access (from a random generator seeded by the release's own position), so
    100,000 releases are generated in about a second and rendered only as they are read.
    Treat it as immutable: the site keeps corrections apart (`SampleSite.correct`)."""

    __slots__ = ("source", "url_path", "published", "event_id", "_factory", "_content")

    def __init__(self, source: str, url_path: str, published: date, event_id: str,
                 factory: Callable[[], Rendered]):
        self.source = source  # 'idcpc' | 'fmprc'
        self.url_path = url_path  # e.g. '/english/news/202311/t20231129_162967.html'
        self.published = published  # posting date
        self.event_id = event_id  # equal for releases that report the same meeting
        self._factory = factory
        self._content: tuple[Rendered, dict] | None = None

    def _rendered(self) -> tuple[Rendered, dict]:
        if self._content is None:
            rendered = self._factory()
            truth = {"id": self.release_id, "title": rendered.title, "published": self.published.isoformat(),
                     **rendered.truth}
            self._content = (rendered, truth)
        return self._content

    @property
    def title(self) -> str:
        return self._rendered()[0].title

    @property
    def body(self) -> list[str]:
        """Paragraphs, without the closing 'Enditem'."""
        return list(self._rendered()[0].paragraphs)

    @property
    def enditem(self) -> bool:
        """The page ends with an 'Enditem' paragraph."""
        return self._rendered()[0].enditem

    @property
    def truth(self) -> dict:
        """Parser output shape (docs/architecture.md) including id, title and published."""
        return self._rendered()[1]

    @property
    def release_id(self) -> str:
        """As `staging.releases.release_id`: '<source>:<path>'."""
        return f"{self.source}:{self.url_path}"

    @property
    def paragraphs(self) -> list[str]:
        return [*self.body, "Enditem"] if self.enditem else self.body

    @property
    def text(self) -> str:
        """The release as plain text, in the corpus format the parser reads: title line,
        `( YYYY.MM.DD )` line, paragraphs separated by blank lines."""
        return f"{self.title}\n ( {self.published:%Y.%m.%d} )\n\n" + "\n\n".join(self.paragraphs) + "\n"

    def truth_record(self) -> dict:
        """One line of the truth JSONL: the truth plus where the release lives."""
        return {**self.truth, "source": self.source, "url_path": self.url_path, "event_id": self.event_id}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Release) and self.truth_record() == other.truth_record() \
            and self.paragraphs == other.paragraphs

    __hash__ = None  # mutable cache; compare, don't hash

    def __repr__(self) -> str:
        return f"Release({self.source!r}, {self.url_path!r}, {self.published.isoformat()})"


@dataclass
class _Draft:
    """A release before its URL number is known (numbers follow posting order)."""

    source: str
    published: date
    factory: Callable[[], Rendered]
    event_id: str
    serial: int
    fixed_number: int | None = None


@dataclass
class _Cast:
    officials: dict[str, list[vocab.Official]]
    foreign: list[ForeignPerson]
    by_country: dict[str, list[ForeignPerson]] = field(default_factory=dict)


class _EventMaker:
    """Builds one event on demand, once, for every release that reports it."""

    def __init__(self, cast: _Cast, seed: int, number: int, source: str, kind: str, published: date):
        self.args = (cast, seed, number, source, kind, published)
        self.event: Event | None = None

    def __call__(self) -> Event:
        if self.event is None:
            cast, seed, number, source, kind, published = self.args
            rng = random.Random(f"{seed}:event:{number}")
            self.event = _make_event(rng, cast, source, kind, published, f"e{number}")
        return self.event


def _render_later(make_event: _EventMaker, source: str, seed: int, serial: int) -> Callable[[], Rendered]:
    def render() -> Rendered:
        return RENDERERS[source](make_event(), random.Random(f"{seed}:render:{serial}"))
    return render


def generate_releases(n: int, seed: int = 0, *, start: date = date(2023, 1, 1),
                      sources: Iterable[str] = SOURCES, include_seed: bool = True) -> list[Release]:
    """`n` releases (the real seed release among them when `include_seed` and 'idcpc' is a
    source), oldest first, deterministic in (n, seed, start, sources)."""
    sources = tuple(sources)
    if not sources or any(s not in SOURCES for s in sources):
        raise ValueError(f"sources must be a non-empty subset of {SOURCES}, got {sources}")
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    cast = _make_cast(rng, n)
    drafts: list[_Draft] = []
    if include_seed and "idcpc" in sources and n > 0:
        title, paragraphs, enditem, truth = seed_release_parts()
        seed_rendered = Rendered(title, paragraphs, enditem, truth)
        drafts.append(_Draft("idcpc", SEED_PUBLISHED, lambda: seed_rendered, "seed", -1, SEED_URL_NUMBER))
    span_days = max(730, n // 4)
    rate = n / span_days  # releases per day
    day = 0.0
    event_number = 0
    kind_lists = {s: (list(KIND_WEIGHTS[s]), list(KIND_WEIGHTS[s].values())) for s in sources}
    while len(drafts) < n:
        day += rng.expovariate(rate)
        published = start + timedelta(days=int(day))
        source = rng.choice(sources)
        kind = rng.choices(*kind_lists[source])[0]
        make_event = _EventMaker(cast, seed, event_number, source, kind, published)
        event_id = f"e{event_number}"
        event_number += 1
        drafts.append(_Draft(source, published, _render_later(make_event, source, seed, len(drafts)),
                             event_id, len(drafts)))
        if len(sources) > 1 and kind in CROSS_REPORTABLE and len(drafts) < n and rng.random() < 0.1:
            # Posted up to 2 days after the first report; meetings are drawn at most 12 days
            # before the first report, so the second stays within 14 days of the meeting.
            other = sources[1] if source == sources[0] else sources[0]
            later = published + timedelta(days=rng.randint(0, 2))
            drafts.append(_Draft(other, later, _render_later(make_event, other, seed, len(drafts)),
                                 event_id, len(drafts)))
    drafts.sort(key=lambda d: (d.published, d.serial))
    return _number(drafts, rng)


def _number(drafts: list[_Draft], rng: random.Random) -> list[Release]:
    """Give every draft its URL: IDCPC numbers anchored on the seed's, FMPRC from 11,000,000,
    both increasing with posting order and skipping a few numbers like a real CMS."""
    numbers: dict[int, int] = {}
    idcpc = [i for i, d in enumerate(drafts) if d.source == "idcpc"]
    anchor = next((k for k, i in enumerate(idcpc) if drafts[i].fixed_number), None)
    steps = [rng.randint(1, 4) for _ in idcpc]
    if anchor is None:
        number = 150_000
        for k, i in enumerate(idcpc):
            number += steps[k]
            numbers[i] = number
    else:
        numbers[idcpc[anchor]] = SEED_URL_NUMBER
        number = SEED_URL_NUMBER
        for k in range(anchor + 1, len(idcpc)):
            number += steps[k]
            numbers[idcpc[k]] = number
        number = SEED_URL_NUMBER
        for k in range(anchor - 1, -1, -1):
            number -= steps[k] if number - steps[k] > anchor else 1
            numbers[idcpc[k]] = number
    number = FMPRC_FIRST_NUMBER
    for i, d in enumerate(drafts):
        if d.source == "fmprc":
            number += rng.randint(1, 60)
            numbers[i] = number
    return [Release(d.source, f"{URL_PREFIX[d.source]}{d.published:%Y%m}/t{d.published:%Y%m%d}_{numbers[i]}.html",
                    d.published, d.event_id, d.factory) for i, d in enumerate(drafts)]


def _make_cast(rng: random.Random, n: int) -> _Cast:
    officials: dict[str, list[vocab.Official]] = {"idcpc": [], "fmprc": []}
    for official in vocab.OFFICIALS:
        officials[official.ministry].append(official)
    # Enough people that counterparts recur (a few releases each) but not more than the
    # finite name pools can spell uniquely.
    foreign = make_foreign_people(max(60, min(n // 6, 2500)), rng)
    by_country: dict[str, list[ForeignPerson]] = {}
    for person in foreign:
        if person.country:
            by_country.setdefault(person.country.iso3, []).append(person)
    return _Cast(officials, foreign, by_country)


def _pick_official(rng: random.Random, cast: _Cast, ministry: str, day: date,
                   exclude: vocab.Official | None = None) -> vocab.Official:
    active = [o for o in cast.officials[ministry] if o.tenure_on(day) and o is not exclude]
    # The head of the ministry appears most, as on the real sites.
    weights = [3 if o.tenure_on(day).title in ("Minister", "Foreign Minister", "State Councilor") else 1
               for o in active]
    return rng.choices(active, weights)[0]


def _pick_mentions(rng: random.Random, most: int) -> list[str]:
    count = rng.choices((0, 1, 2, 3), (50, 30, 15, 5))[0]
    chosen: list[str] = []
    for mention in rng.sample(vocab.MENTIONS, min(count, most)):
        if _EXCLUSIVE_MENTIONS.get(mention) not in chosen:
            chosen.append(mention)
    return chosen


def _make_event(rng: random.Random, cast: _Cast, source: str, kind: str, published: date, event_id: str) -> Event:
    # IDCPC reports its own officials; the ministry now and then reports an IDCPC head too.
    ministry = "idcpc" if source == "idcpc" or rng.random() < 0.05 else "fmprc"
    if kind.startswith("announce"):
        first = published + timedelta(days=rng.randint(1, 14))
        last = first + timedelta(days=rng.randint(2, 5))
        principal = _pick_official(rng, cast, ministry, first)
        guest = rng.choice(cast.foreign)
        country = guest.country or rng.choice(vocab.COUNTRIES)
        return Event(event_id, kind, first, last, None, principal, [guest] if kind == "announce_in" else [],
                     mentions=_pick_mentions(rng, 1), country=country,
                     inviter=f"{rng.choice(('Socialist Party', 'National Assembly'))} of {country.name}")
    if kind == "tour":
        last = published - timedelta(days=rng.choice((0, 0, 1, 2, 3)))
        first = last - timedelta(days=rng.randint(2, 5))
        principal = _pick_official(rng, cast, ministry, first)
        country = rng.choice([c for c in vocab.COUNTRIES if len(cast.by_country.get(c.iso3, ())) >= 2])
        people = cast.by_country[country.iso3]
        guests = rng.sample(people, min(len(people), rng.randint(2, 4)))
        party = next((p.offices[0].organization for p in guests if p.offices[0].organization
                      and "Party" in p.offices[0].organization), f"Socialist Party of {country.name}")
        return Event(event_id, kind, first, last, None, principal, guests, mentions=_pick_mentions(rng, 1),
                     country=country, inviter=party)
    # At most 12 days before posting, so that a second report posted up to 2 days later
    # is still within the 14 days a dateline without a year can be resolved over.
    meeting_date = published - timedelta(days=rng.choices(range(13), (25, 20, 15, 10, 6, 5, 4, 3, 3, 2, 2, 2, 1))[0])
    principal = _pick_official(rng, cast, ministry, meeting_date)
    city = rng.choice(vocab.CHINESE_CITIES)
    if kind.startswith("attend"):
        region = rng.choice(vocab.REGIONS)
        country = rng.choice(vocab.COUNTRIES)
        name = rng.choice(vocab.EVENTS).format(region=region, country=country.name)
        present: list = rng.sample(cast.foreign, rng.choice((0, 1, 2)))
        return Event(event_id, kind, meeting_date, None, city, principal, [], present=present,
                     mentions=_pick_mentions(rng, 2), event_name=name)
    count = rng.randint(2, 3) if kind == "respectively" else 1
    guests = rng.sample(cast.foreign, count)
    if source == "idcpc" and kind in ("meeting", "delegation") and guests[0].country and rng.random() < 0.08:
        city = guests[0].country.city  # the official is abroad; the dateline names that city
    present = []
    if kind in ("meeting", "delegation", "talks") and rng.random() < 0.2:
        if rng.random() < 0.6:
            present = [_pick_official(rng, cast, ministry, meeting_date, exclude=principal)]
        else:
            compatriots = [p for p in cast.by_country.get(guests[0].country.iso3 if guests[0].country else "", [])
                           if p is not guests[0] and p.offices[0].demonym]
            present = compatriots[:1]
    return Event(event_id, kind, meeting_date, None, city, principal, guests, present=present,
                 mentions=_pick_mentions(rng, 3))


def release_truth_jsonl(releases: Iterable[Release], path: str | Path) -> Path:
    """Write one truth record per release (`Release.truth_record`) as JSON lines."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for release in releases:
            out.write(json.dumps(release.truth_record(), ensure_ascii=False) + "\n")
    return path
