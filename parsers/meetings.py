"""Meetings: sentence patterns → who met whom, and the release's kind and mode.

An event sentence is "SUBJECT <verb> [here today | in Beijing | at Zhongnanhai | at request] with
OBJECT": the subject side are the principals (whoever is the grammatical subject, foreign or
Chinese), the object side the counterparts. "met respectively/separately with A; B; C" and
"during meetings with A, B and C" are one meeting per counterpart. A delegation "led by"/"headed
by" someone makes that person the counterpart and keeps the phrase up to the leader's name as
`counterpart_delegation`; a delegation without a leader in the sentence takes the leader from a
later "The delegation is led by ..." sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import people as P

Person = dict[str, Any]

_VERB = re.compile(
    r"\b(?P<verb>"
    r"(?:met|meets|meet)(?:\s+(?:separately|respectively|jointly|and\s+exchanged\s+views))*"
    r"|(?:held|holds|hold|had|has|have|conducted)\s+(?:a\s+|an\s+|the\s+(?:second\s+|first\s+|third\s+)?)?"
    r"(?:(?:working|telephone|phone|video|official|in-depth|group|collective|bilateral|virtual|online|cloud|"
    r"separate|strategic|high-level)\s+)*"
    r"(?:talks?|call|conversation|consultations?|meetings?|discussions?|dialogue|exchanges?)"
    r"|(?:co-)?chaired\s+the\s+\w+|called\s+on|calls\s+on|paid\s+a\s+courtesy\s+call\s+on"
    r"|exchanged\s+views|exchanges\s+views|discussed|talked|(?:spoke|speaks|talked|talks)\s+(?:by|on|over)\s+(?:the\s+)?(?:phone|telephone)"
    r"|received|receives|receive"
    r"|(?:during|in)\s+(?:his\s+|her\s+|the\s+|their\s+)?(?:respective\s+|separate\s+)?meetings(?=\s+with\b)"
    r")\b",
    re.IGNORECASE,
)
_DIRECT_OBJECT = re.compile(r"^(?:called|calls|paid|received|receives|receive)\b|^(?:met|meets|meet)$", re.I)
_WITH = re.compile(r"\bwith\s+")
_OBJECT_END = re.compile(
    r",?\s+(?:who|which|where)\s+|\s+(?:in|at)\s+(?:Beijing|the\s+Great\s+Hall|Zhongnanhai|Diaoyutai)\b"
    r"|,\s+(?:exchanging|urging|saying|noting|and\s+the\s+two|during\s+which)\b"
    r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:morning|afternoon|evening|sidelines))\b"
    r"|\s+(?:at\s+(?:the\s+latter's\s+|his\s+|her\s+)?request|upon\s+request|here\b|today\b|this\s+(?:morning|afternoon|evening))"
    r"|\s+in\s+[A-Z][a-z]+(?:,\s+capital\s+of\s+\w+)?\s+on\s+|\s+in\s+[A-Z][a-z]+\s*$"
    r"|\s+via\s+video\b|\s+to\s+(?:discuss|exchange|talk)\b|\s+(?:on|about)\s+(?:bilateral|China-|relations|issues|ties)"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|,\s+in\s+(?:the\s+)?[a-z]|\s+from\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|,?\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:said|announced|reported)\b"
    r"|[.;:]\s*$",
)
_SUBJECT_LEAD = re.compile(
    r"^(?:(?:On|From|During|In|Following|After|At|Before|Upon)\b[^,]{0,120},\s+)+"
)
_SUBJECT_TAIL = re.compile(
    r"(?:,?\s+(?:here|today|also|then|later|separately|respectively|jointly|on\s+(?:the\s+)?(?:morning|afternoon|evening)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in\s+[A-Z][a-z]+|at\s+[A-Z][\w ]+|this\s+(?:morning|afternoon|evening)|yesterday|(?:has\s+|have\s+)?(?:also\s+)?(?:has|have)?))+\s*,?$"
)
_DELEGATION = re.compile(
    r"^(?P<head>.*?\b(?:delegation|delegations|study\s+group|group|team|mission|envoys|corps|visitors|guests|lawmakers|"
    r"representatives)\b.*?)\b(?P<by>(?:led|headed)\s+by)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_DELEGATION_ONLY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,8}?(?:delegation|delegations|study\s+group|diplomatic\s+corps|envoys|corps)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:he|she|they|him|her|the\s+(?:chinese\s+|cpc\s+)?delegation|(?:the\s+)?chinese\s+delegation|the\s+cpc\s+delegation)$",
    re.IGNORECASE,
)
_SEPARATE = re.compile(r"\b(?:respectively|separately|separate\s+meetings|meetings\s+with|respective\s+meetings)\b", re.I)
_LED_BY_SENTENCE = re.compile(r"\b(?:delegation|group)\s+(?:is|was|were|are)\s+(?:led|headed)\s+by\s+(?P<who>.+)$", re.I)


@dataclass
class Event:
    principals: list[Person]
    counterparts: list[Person]
    delegation: str | None
    separate: bool
    verb: str
    sentence: str
    subject_text: str = ""
    between: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def find_verb(sentence: str) -> re.Match[str] | None:
    return _VERB.search(sentence)


def clean_subject(text: str) -> str:
    text = _SUBJECT_LEAD.sub("", text.strip())
    prev = None
    while prev != text:
        prev = text
        text = _SUBJECT_TAIL.sub("", text).strip(" ,")
    return text


def object_text(after: str) -> str:
    m = _OBJECT_END.search(after)
    return (after[: m.start()] if m else after).strip(" ,.")


def split_event(sentence: str, start: int = 0) -> tuple[str, str, str, str] | None:
    """(subject, verb, between, object) of the first event verb in the sentence, or None."""
    m = _VERB.search(sentence, start)
    if not m:
        return None
    subject = sentence[:m.start()]
    verb = m.group("verb")
    rest = sentence[m.end():]
    w = _WITH.search(rest)
    if w and w.start() <= 90 and ". " not in rest[: w.start()]:
        between = rest[: w.start()]
        obj = rest[w.end():]
    elif _DIRECT_OBJECT.match(verb) or verb.lower().startswith(("during", "in ")):
        between = ""
        obj = rest
        tm = re.match(r"^\s*(?:(?:here|today|on\s+\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+", obj)
        if tm:
            between, obj = obj[: tm.end()], obj[tm.end():]
    else:
        return subject, verb, rest, ""
    return subject, verb, between, object_text(obj)


@dataclass
class Registry:
    """People named so far in a release, so a later 'Karlov' or 'he' resolves to the full record."""
    people: list[Person] = field(default_factory=list)
    last: Person | None = None

    def add(self, person: Person) -> Person:
        found = self.find(person["name"])
        if found is not None:
            for key in ("title", "organization", "country"):
                if not found.get(key) and person.get(key):
                    found[key] = person[key]
            return found
        self.people.append(person)
        return person

    def find(self, name: str) -> Person | None:
        key = name.lower().strip()
        if not key:
            return None
        for p in self.people:
            if p["name"].lower() == key:
                return p
        words = key.split()
        if len(words) == 1:
            for p in self.people:
                toks = p["name"].lower().replace("-", " ").split()
                if words[0] in (toks[0], toks[-1]):
                    return p
        return None


def people_in(text: str, registry: Registry) -> list[Person]:
    """Persons in a subject/object phrase, pronouns and bare surnames resolved through the registry."""
    t = text.strip(" ,.")
    if not t:
        return []
    if _PRONOUN.match(t):
        return [registry.last] if registry.last else []
    bare = P.strip_honorifics(t)[0]
    if len(bare.split()) == 1:
        hit = registry.find(bare)
        return [hit] if hit else []
    out = []
    for p in P.parse_people(t):
        known = registry.find(p["name"])
        if known is None and len(p["name"].split()) == 1 and not re.search(
                r"(?:Hon\.?|H\.\s?E\.?|Mr\.|Mrs\.|Ms\.|Dr\.|Madam|Excellency)\s+" + re.escape(p["name"]), t):
            continue
        out.append(registry.add(p) if known is None else _merge(known, p))
    if not out:
        hit = registry.find(bare)
        if hit:
            out.append(hit)
    return out


def _merge(known: Person, new: Person) -> Person:
    for key in ("title", "organization", "country"):
        if not known.get(key) and new.get(key):
            known[key] = new[key]
    return known


def counterparts_of(obj: str, registry: Registry, later: list[str]) -> tuple[list[Person], str | None]:
    """Counterparts and the delegation phrase of an event's object."""
    inc = re.search(r",?\s+including\s+", obj)
    if inc and not P.parse_people(obj[: inc.start()]):
        obj = obj[inc.end():]
    m = _DELEGATION.match(obj)
    if m:
        rest = m.group("rest")
        who = people_in(rest, registry)
        if who:
            # The phrase as written, up to the end of the leader's name ("... led by Hon. X Y").
            by_end = m.end("by")
            last = who[0]["name"].split()[-1]
            j = obj.find(last, by_end)
            delegation = obj[: j + len(last)] if j >= 0 else obj[:by_end]
            return who, delegation.rstrip(" ,")
        return [], obj
    if _DELEGATION_ONLY.match(obj) and not P.parse_people(obj):
        for sent in later:
            lm = _LED_BY_SENTENCE.search(sent)
            if lm:
                who = people_in(P_cut(lm.group("who")), registry)
                if who:
                    return who, obj
        return [], obj
    return people_in(obj, registry), None


def P_cut(text: str) -> str:
    return text.rstrip(" .")
