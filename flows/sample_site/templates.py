"""Date phrases and the sentence banks of the sample releases.

All prose here is the project's own, written in the register of the real releases (the
corpus under ../shared/corpus shows the formats; no sentence is copied from it). Sentences
take `{a}` (our side), `{b}` (their side), `{pair}` ("China-Kenya"), `{m}` (a framework).
"""

from __future__ import annotations

import random
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def month_day_ordinal(day: date) -> str:
    """'November 22nd' (IDCPC datelines: no year, resolved against the posting date)."""
    return f"{MONTHS[day.month - 1]} {ordinal(day.day)}"


def month_day_year(day: date) -> str:
    """'May 30, 2024' (FMPRC)."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def day_month_year(day: date) -> str:
    """'30 July 2021'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_range(first: date, last: date, *, ordinals: bool) -> str:
    """'May 4th to 8th', 'April 28th to May 2nd', 'May 4 to 8'."""
    fmt = ordinal if ordinals else str
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {fmt(first.day)} to {fmt(last.day)}"
    return f"{MONTHS[first.month - 1]} {fmt(first.day)} to {MONTHS[last.month - 1]} {fmt(last.day)}"


def idcpc_release_date_line(day: date) -> str:
    return f" ( {day:%Y.%m.%d} )"


# What the Chinese side says. {b} is the counterpart's party or country side.
CHINESE_SENTENCES = (
    "the {pair} relationship has kept a sound momentum of development in recent years, and political mutual trust between the two sides has been further consolidated.",
    "the CPC is willing to work with {b} to deepen exchanges of experience in state governance and administration and to enrich the substance of inter-party cooperation.",
    "the two sides should make good use of high-level exchanges to keep the development of bilateral relations on the right track.",
    "China stands ready to expand practical cooperation in trade, infrastructure, green development and people-to-people exchanges, so that the fruits of cooperation benefit both peoples.",
    "the Chinese side appreciates the friendly policy toward China pursued by {b} and hopes to strengthen communication on issues of common concern.",
    "exchanges between political parties are an important part of state-to-state relations and can inject fresh impetus into the friendship between the two countries.",
    "China is willing to work together with {b} to uphold true multilateralism and to make the international order more just and equitable.",
    "the two sides should continue to support each other on issues involving their core interests and major concerns.",
)

# What the foreign side says. {a} is the Chinese side.
FOREIGN_SENTENCES = (
    "{b} attaches great importance to its relations with China and is willing to strengthen dialogue with {a} at all levels.",
    "the achievements China has made in economic and social development offer useful experience for developing countries.",
    "{b} firmly adheres to the one-China principle and looks forward to deepening cooperation in agriculture, energy, education and tourism.",
    "the friendship between the two peoples has stood the test of time, and {b} hopes to take the anniversary of diplomatic ties as an opportunity to open new prospects.",
    "{b} is ready to learn from the CPC's experience in party building and in poverty reduction.",
    "the two countries share broad common interests and should jointly respond to global challenges such as climate change and food security.",
    "the visit has given the delegation a deeper understanding of China's development path.",
)

# Sentences that carry a mention; {m} is written exactly as the truth records it.
MENTION_SENTENCES = (
    "The two sides agreed to strengthen coordination within multilateral frameworks such as the {m}.",
    "{b_cap} speaks positively of the results of cooperation under the {m}.",
    "{b_cap} supports the {m} and is willing to take an active part in it.",
    "Both sides will step up communication on cooperation under the {m}.",
)

TOPICS = (
    "bilateral relations and inter-party exchanges",
    "the relations between the two countries and international and regional issues of common concern",
    "practical cooperation in various fields",
    "exchanges of experience in state governance",
)

SPEECH_VERBS = ("said,", "said that", "expressed that", "noted that", "stated that")
OPENERS = ("Speaking positively of {topic}, ", "Welcoming the visit, ", "")


def statement(rng: random.Random, ref: str, bank: tuple[str, ...], a: str, b: str, pair: str,
              extra: str = "", *, remote: bool = False) -> str:
    """One statement paragraph spoken by `ref` (the speaker's surname or name); `remote`
    (a call) rules out openers about a visit."""
    first, second = rng.sample(bank, 2)
    topic = rng.choice(TOPICS).replace("the relations", "relations")
    opener = rng.choice(OPENERS[::2] if remote else OPENERS).format(topic=topic)
    verb = rng.choice(SPEECH_VERBS)
    text = f"{opener}{ref} {verb} {first.format(a=a, b=b, pair=pair)} " + _cap(second.format(a=a, b=b, pair=pair))
    return f"{text} {extra}".rstrip()


def mention_sentence(rng: random.Random, mention: str, b: str) -> str:
    return rng.choice(MENTION_SENTENCES).format(m=mention, b_cap=_cap(b))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
