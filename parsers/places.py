"""Location (a city) and venue (a named place) of the event.

Location is the dateline's city ("Beijing, November 22nd—", "BEIJING, Oct. 24 (Xinhua)" →
"Beijing"), unless the release only announces a future event (its dateline is then where the
announcement was made, or the release reports the event days after it, "Colombo, 14 August 2023
— ... in Beijing on 11 August": the city of the event sentence then wins); else a city the event sentence names: "travel to Osaka, Japan",
"travelled to Chongqing Municipality", "in Manila on June 30", "at the Elysee Palace in Paris".
Venue is a named place: Zhongnanhai, the Great Hall of the People, "the Temple Trees", "... Palace".
"""
from __future__ import annotations

import re

from . import countries
from .fastre import WordStart

_MONTHS_WEEKDAYS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                    r"June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_VENUE = re.compile(r"\bat\s+(?:the\s+)?(?P<v>(?:Zhongnanhai|Diaoyutai State Guesthouse|Great Hall of the People|"
                    r"[A-Z][a-z]+ (?:Trees|Palace|House|Guesthouse|Hall)))\b")
# (or "arrived in Kathmandu on Monday", "arrived Tehran Sunday")
_TRAVEL_CITY = re.compile(r"\b(?:(?:travel(?:led|ed)?|arrive[sd]?|went)\s+to|arrived\s+in|arrived)\s+(?P<c>[A-Z][a-z]+)"
                          r"(?:\s+Municipality|,\s+[A-Z][a-z]+|\s+(?:for|on|to attend|at|in|this|yesterday|today)\b|"
                          r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# Searched with fastre.search_at_word_start (no leading \b: the literal "in" lets re skip ahead).
# (a weekday or month after the city is the date: "in Beijing Thursday", "in Hanoi May 3")
_IN_CITY = re.compile(rf"in\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<c>[A-Z][a-z]+(?: (?!(?:{_MONTHS_WEEKDAYS})\b)[A-Z][a-z]+)?)"
                      rf"(?:,\s+capital\b|\s+(?:on\s+)?(?:{_MONTHS_WEEKDAYS})|\s+on\s+\d|\s+(?:with|and|via|for|to)\b|,|\s?\.?$"
                      # ("in Colombo today", "in Colombo this evening")
                      r"|\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+the\s+(?:morning|afternoon|evening))\b)")
# "at State House, Nairobi": a venue, then its city
_VENUE_CITY = re.compile(r"\b(?:House|Palace|Hall|Office|Ministry|Secretariat),\s+(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# "at the Parlour of Bayintnaung Villa at Nay Pyi Taw": a city the gazetteer knows
_AT_CITY = re.compile(r"\bat\s+(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")
_IN_CITY_WS = WordStart(_IN_CITY)
# "The meetings were held at the Great Hall of the People in Beijing, China": where, told after
_HELD_IN = re.compile(r"\b(?:meetings?|talks|event|ceremony)\s+(?:was|were)\s+held\s+(?:at\s+[^,.;]{3,80}?\s+)?"
                      r"in\s+(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_CITY_OF = re.compile(r"\bin\s+the\s+(?:city|town)\s+of\s+(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# "at the Great Hall of the People in downtown Beijing", "held in the Chinese capital Beijing": a
# known city named anywhere near the lead (only the gazetteer's cities: "in Parliament" is none)
_IN_KNOWN_CITY = re.compile(r"\bin\s+(?:downtown\s+|the\s+(?:[A-Z][a-z]+\s+)?capital(?:\s+city)?(?:\s+of)?,?\s+)?"
                            r"(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_NOT_CITY = {"the", "Parliament", "Congress", "Senate", "Council", "China", "Beijing's", "Zhongnanhai", "Ziguangge", "Diaoyutai", "Yingtai", "Africa", "Asia", "Europe", "Latin America", "Oceania", "North America",
             "South America", "Central Asia", "Southeast Asia", "South Asia", "Middle East", "Caribbean"}


_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())


def _may_be_city(name: str) -> bool:
    """Not a country, a month, a continent or region, nor a state or nation within a country ("in
    Florida", "in Scotland"), unless the gazetteer knows a city of that name."""
    return not countries.is_country(name) and name not in _NOT_CITY and name not in _MONTH_NAMES \
        and (countries.city_country(name) is not None or not countries.is_state(name))


def city_name(raw: str | None) -> str | None:
    """A dateline city as a name: 'BEIJING' → 'Beijing', 'Dar es Salaam' unchanged."""
    if not raw:
        return None
    raw = raw.strip()
    if raw.isupper():
        raw = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in raw.split())  # ("NUR-SULTAN": "Nur-Sultan")
    return raw


def location(dateline_city: str | None, announcement: bool, event_sentences: list[str],
             lead_sentences: list[str], dateline_is_report: bool = False,
             captions: list[str] | tuple[str, ...] = ()) -> str | None:
    """The event's city (see module docstring); else a known city the lead's sentences or the
    page's photo captions ("X meets Y in Beijing, capital of China, May 28, 2019.") put it in."""
    if dateline_city and not countries.city_country(dateline_city) and countries.lookup(dateline_city):
        dateline_city = None  # "Philippines (FN), Nov. 13 -": a country, no city; the body may name one
    if dateline_city and dateline_is_report and not announcement:
        for s in event_sentences:
            c = _first_city_in(s)
            if c:
                return c
    if dateline_city and not announcement:
        return city_name(dateline_city)
    for s in event_sentences + lead_sentences:
        m = _TRAVEL_CITY.search(s) if ("travel" in s or "arrive" in s or "went" in s) else None
        if m and _may_be_city(m.group("c")):
            return m.group("c")
    for s in event_sentences:
        c = _first_city_in(s)
        if c:
            return c
        m = _CITY_OF.search(s) if "the city of" in s or "the town of" in s else None
        if m and _may_be_city(m.group("c")):
            return m.group("c")
    for s in lead_sentences:
        m = _HELD_IN.search(s) if " held " in s else None
        if m and _may_be_city(m.group("c")):
            return m.group("c")
    for s in event_sentences:
        if ", " in s:
            for m in _VENUE_CITY.finditer(s):
                if countries.city_country(m.group("c")):
                    return m.group("c")
        if " at " in s:
            for m in _AT_CITY.finditer(s):
                if countries.city_country(m.group("c")):
                    return m.group("c")
    if not announcement:
        for s in event_sentences + lead_sentences + list(captions):
            if " in " in s:
                for m in _IN_KNOWN_CITY.finditer(s):
                    if countries.city_country(m.group("c"), mentioned=True):
                        return m.group("c")
        for s in event_sentences + lead_sentences:
            # "Consul General X visited Dunedin to bid farewell", "visited Falköping upon invitation": a
            # town the gazetteer may not know, one word, named as the place visited (not a body ("Volvo
            # Cars"), a region or a state)
            m = _VISITED_PLACE.search(s) if "visit" in s else None
            if m and m.group("c") not in _PLACE_NOT_TOWN and _may_be_city(m.group("c")):
                return m.group("c")
    return None


_VISITED_PLACE = re.compile(r"\bvisit(?:ed|s)\s+(?P<c>[A-Z][a-z\u00e0-\u024f'-]+)"
                            r"(?=\s+(?:to|upon|on|for|from|and|during|with)\b|[,.;]|\s*$)")
_PLACE_NOT_TOWN = frozenset("University College Consulate Embassy Provincial Province County State District Office Offices "
                            "Company Industrial Member Park Zone Center Centre School Hospital Institute House Camp Port Museum "
                            "Factory Farm Base Mall Group Party Region Island Islands Kingdom Republic City Village Temple "
                            "Headquarters Ministry Parliament Congress Senate Council".split())


def _first_city_in(sentence: str) -> str | None:
    """The first "in <City>" of the sentence that may be a city ("governor of Aichi prefecture in
    Japan and his delegation in Nanjing on November 21st": Nanjing)."""
    if " in " not in sentence and not sentence.startswith("in "):
        return None
    for m in _IN_CITY_WS.finditer(sentence):
        if _may_be_city(m.group("c")):
            return m.group("c")
    return None


def venue(sentences: list[str]) -> str | None:
    for s in sentences:
        if " at " in s:
            m = _VENUE.search(s)
            if m:
                return m.group("v")
    return None
