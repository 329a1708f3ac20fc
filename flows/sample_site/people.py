"""Foreign counterparts and how any person is written into a release.

A person is written in one of two styles, and the truth follows the text:
- appositive (IDCPC): "Name, Title of the Organization[ and Second office]"
- prefix (FMPRC): "Title of the Organization Name", "Foreign Minister Name of Country"

The truth of a written person is the parser's PERSON: `name` as written minus honorifics,
`title` the first office, `organization` as written without its leading 'the' (None when
the office names none), `country` ISO-3 (None for international bodies), `also` the further
offices as written (appositive style only).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from flows.sample_site import vocab
from flows.sample_site.vocab import Country, NamePool, Official, Tenure


@dataclass(frozen=True)
class Office:
    """A foreign office. Exactly one way of writing it applies:
    `organization` set → "Title of the Organization";
    `demonym` set → "Kenyan Ambassador to China" (title is 'Ambassador to China');
    neither → "Foreign Minister of Kenya" (title 'Foreign Minister', no organization)."""

    title: str
    organization: str | None
    country: Country | None
    demonym: str | None = None

    def appositive(self) -> str:
        if self.organization:
            return f"{self.title} of the {self.organization}"
        if self.demonym:
            return f"{self.demonym} {self.title}"
        return f"{self.title} of {self.country.name}" if self.country else self.title


@dataclass(frozen=True)
class ForeignPerson:
    given: str
    family: str
    middle: str | None
    pool: NamePool
    offices: tuple[Office, ...]  # first is the main office; a second one is written with 'and'
    honorific: str | None  # 'Hon.' / 'H.E.', written before the name in some releases

    @property
    def country(self) -> Country | None:
        return self.offices[0].country

    def spellings(self) -> list[tuple[str, str]]:
        """(full name, surname as referred back to) for each spelling this person has."""
        pool = self.pool
        forms = []
        for swap in (False, True):
            given = pool.variants.get(self.given, self.given) if swap else self.given
            family = pool.variants.get(self.family, self.family) if swap else self.family
            if swap and (given, family) == (self.given, self.family):
                continue
            if pool.family_first:
                middle = f" {self.middle}" if self.middle else ""
                full = f"{family}{middle} {given}"
                forms.append((full, full))  # such names are referred back to in full
            else:
                forms.append((f"{given} {family}", family))
        if pool.order_varies:
            forms.append((f"{self.family} {self.given}", f"{self.family} {self.given}"))
        return forms


def person_truth(name: str, title: str, organization: str | None, country: str | None,
                 also: list[str] | None = None) -> dict:
    return {"name": name, "title": title, "organization": organization, "country": country,
            "also": list(also or [])}


@dataclass
class Written:
    """A person as written in one release: the phrases the templates need and the truth."""

    name: str  # as written, no honorific
    ref: str  # how later sentences refer to them ("Liu", "Nguyen Van Thanh")
    named: str  # name with honorific when the release uses one
    appositive: str  # the office phrase after the name (IDCPC style)
    prefix: str  # the office phrase before the name (FMPRC style)
    truth: dict
    prefix_truth: dict  # truth when written in prefix style (no second office)
    suffix: str = ""  # FMPRC "... Name of Kenya"

    def as_appositive(self) -> tuple[str, dict]:
        return f"{self.named}, {self.appositive}", self.truth

    def as_prefix(self) -> tuple[str, dict]:
        return f"{self.prefix} {self.named}{self.suffix}", self.prefix_truth


def tenure_phrase(tenure: Tenure, organization: str | None) -> str:
    phrase = tenure.title + (f" of the {organization}" if organization else "")
    return " and ".join([phrase, *tenure.also])


def write_official(official: Official, day: date, rng: random.Random, *, full_ref: bool = False) -> Written:
    """An official as written on `day` (the office they held then)."""
    tenure = official.tenure_on(day)
    assert tenure is not None, f"{official.name} holds no office on {day}"
    organization = tenure.organization
    if organization == vocab.IDCPC_ORG and rng.random() < 0.15:
        organization = vocab.IDCPC_ORG_WITH_ACRONYM
    phrase = tenure_phrase(tenure, organization)
    truth = person_truth(official.name, tenure.title, organization, "CHN", list(tenure.also))
    return Written(official.name, official.name if full_ref else official.surname, official.name,
                   phrase, phrase, truth, truth)


def write_foreign(person: ForeignPerson, rng: random.Random, *, second_office: bool = True) -> Written:
    spellings = person.spellings()
    name, ref = spellings[0] if rng.random() < 0.75 else rng.choice(spellings)
    named = f"{person.honorific} {name}" if person.honorific and rng.random() < 0.5 else name
    main = person.offices[0]
    country = main.country.iso3 if main.country else None
    phrase = main.appositive()
    also: list[str] = []
    if second_office and len(person.offices) > 1:
        extra = person.offices[1].appositive()
        phrase = f"{phrase} and {extra}"
        also = [extra]
    truth = person_truth(name, main.title, main.organization, country, also)
    prefix_truth = person_truth(name, main.title, main.organization, country)
    if main.organization or main.demonym:
        prefix, suffix = main.appositive(), ""
    else:
        prefix, suffix = main.title, (f" of {main.country.name}" if main.country else "")
    return Written(name, ref, named, phrase, prefix, truth, prefix_truth, suffix)


def _acronym(words: str) -> str:
    return "".join(w[0] for w in words.replace("'", "").replace("-", " ").split() if w[0].isupper())


def party_of(country: Country, rng: random.Random) -> str:
    kind = rng.choice(vocab.PARTY_KINDS)
    name = f"{kind} Party of {country.name}"
    return f"{name} ({_acronym(name)})" if rng.random() < 0.3 else name


def make_office(country: Country, rng: random.Random) -> Office:
    """One plausible office of a person of `country`, weighted toward party offices (the
    IDCPC's counterparts) with parliaments, governments, ambassadors and think tanks."""
    roll = rng.random()
    if roll < 0.45:
        return Office(rng.choice(vocab.PARTY_TITLES), party_of(country, rng), country)
    if roll < 0.62:
        title = rng.choice(vocab.LEGISLATURE_TITLES)
        body = f"{rng.choice(vocab.LEGISLATURES)} of {country.name}"
        if title == "Chairman":
            body = f"Foreign Affairs Committee of the {body}"
        return Office(title, body, country)
    if roll < 0.72:
        return Office("Ambassador to China", None, country, demonym=country.demonym)
    if roll < 0.82:
        return Office(rng.choice(("Foreign Minister", "Minister of Trade", "Minister of Education")),
                      None, country)
    if roll < 0.92:
        title = rng.choice(vocab.MINISTRY_TITLES)
        return Office(title, f"{rng.choice(vocab.MINISTRIES)} of {country.name}", country)
    if roll < 0.97:
        return Office(rng.choice(vocab.THINK_TANK_TITLES), f"{rng.choice(vocab.THINK_TANKS)} of {country.name}",
                      country)
    return Office(rng.choice(("President", "Secretary-General")), rng.choice(vocab.INTERNATIONAL_BODIES), None)


def make_foreign_people(count: int, rng: random.Random) -> list[ForeignPerson]:
    """A pool of `count` distinct foreign people; releases draw their counterparts from it,
    so the same person recurs across releases (what dim_person deduplicates)."""
    people: list[ForeignPerson] = []
    seen: set[str] = set()  # every spelling taken, so no two people share a written name
    attempts = 0
    while len(people) < count and attempts < count * 3 + 1000:  # name pools are finite
        attempts += 1
        country = rng.choice(vocab.COUNTRIES)
        pool = vocab.NAME_POOLS[country.names]
        given, family = rng.choice(pool.given), rng.choice(pool.family)
        middle = rng.choice(pool.middle) if pool.middle else None
        probe = ForeignPerson(given, family, middle, pool, (), None)
        names = {full for full, _ in probe.spellings()}
        if names & seen:
            continue
        seen |= names
        offices = [make_office(country, rng)]
        if offices[0].organization and offices[0].country and rng.random() < 0.2:
            # A second office of another kind (a party leader who also sits in parliament).
            second = make_office(country, rng)
            if second.organization and ("Party" in second.organization) != ("Party" in offices[0].organization):
                offices.append(second)
        honorific = rng.choice(("Hon.", "H.E.")) if rng.random() < 0.12 else None
        people.append(ForeignPerson(given, family, middle, pool, tuple(offices), honorific))
    return people
