"""parse_release: one release's text → one record in the shape of corpus/SCHEMA.md.

The steps, each in its own module: normalize (furniture off, title/header/paragraphs),
dates (posting date, dateline, ranges, weekdays), meetings (event sentences → principals and
counterparts), people (names, offices, organisations), countries (ISO3), statements, mentions.
This module only decides the release-level questions: which sentence is the lead event, what
kind of release it is (meeting, talks, visit, other), its mode, and who goes in `actors`
(releases without a meeting: announcements, attends, hosts) and `present`.

It never raises: any unexpected failure yields an empty record with a warning, so a batch of
thousands of releases never stops on one odd page.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

from . import countries, dates, meetings as M, people as P
from .mentions import find_mentions
from .normalize import sentences, split_release
from .statements import attribute

PARSER_VERSION = "1.0.0"

Person = dict[str, Any]

# Release kind from the title (earliest keyword wins), else from the lead sentence.
_KIND_WORDS = [
    ("visit", re.compile(r"\b(?:visits?|visited|visiting|to visit|tour|leaves)\b", re.I)),
    ("visit", re.compile(r"\bto (?:attend|pay|travel|lead)\b|\bwill (?:attend|pay|travel|lead)\b", re.I)),
    ("talks", re.compile(r"\b(?:talks?|phone call|telephone call|video call|call with|consultations?|conversation|"
                         r"phone|telephone)\b", re.I)),
    ("other", re.compile(r"\b(?:attends?|attended|address(?:es|ed)?|hosts?|hosted|to host|chairs?|to chair|"
                         r"presides?|presided|convenes?|function|seminar|symposium|ceremony|reception|briefing|"
                         r"lecture|press conference|holds? (?:an? |the )?(?:\w+ ){0,3}meeting (?:for|on))\b",
                         re.I)),
    ("meeting", re.compile(r"\b(?:meets?|met|meeting with|exchanges? views|exchanged views|discuss(?:es|ed)?|speaks with|"
                           r"calls? on|called on|receives?|received)\b", re.I)),
]
_FUTURE_TITLE = re.compile(r"\b(?:to|will) (?:visit|attend|pay|travel|host|chair|lead|hold)\b", re.I)
_PAST_TITLE = re.compile(r"\b(?:led|met|visited|held|attended|paid)\b", re.I)
_PHONE = re.compile(r"\b(?:phone|telephone)\b", re.I)
_VIDEO = re.compile(r"\b(?:video|videolink|webinar|cloud|virtual(?:ly)?|online)\b", re.I)
_PRESENT = re.compile(
    r"^(?P<who>.+?)\s+(?:(?:were|was)\s+(?:also\s+)?present|(?:also\s+)?attended\s+the\s+(?:meeting|talks|event|"
    r"function|ceremony|banquet))\b", re.I)
_INVITED = re.compile(r"\binvited\s+(?P<who>.+?)\s+to\s+attend\b", re.I)
_CHAIRED_BY = re.compile(r"\b(?:chaired|hosted|presided\s+over|co-chaired)\s+by\s+(?P<who>.+?)\.?$", re.I)
_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)
_ANNOUNCES = re.compile(r"\bannounce[sd]?:?\s*$", re.I)
_VENUE = re.compile(r"\bat\s+(?:the\s+)?(?P<v>(?:Zhongnanhai|Diaoyutai State Guesthouse|Great Hall of the People|"
                    r"[A-Z][a-z]+ (?:Trees|Palace|House|Guesthouse|Hall)))\b")
_TRAVEL_CITY = re.compile(r"\b(?:travel(?:led|ed)?|arrive[sd]?|went)\s+to\s+(?P<c>[A-Z][a-z]+)(?:\s+Municipality|,\s+[A-Z][a-z]+)")
_IN_CITY = re.compile(r"\bin\s+(?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s+capital\b|\s+on\s+(?:Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                      r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)|\s+with\b|\.?$)")
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I)
_NOT_CITY = {"the", "China", "Beijing's", "Africa", "Asia", "Europe", "Latin America", "Oceania", "North America",
             "South America", "Central Asia", "Southeast Asia", "South Asia", "Middle East", "Caribbean"}
_SUBJECT_VERB = re.compile(
    r"\b(?:met|meets|held|holds|had|has|will|led(?!\s+by)|leads|visited|visits|attended|attends|is paying|paid|pays|"
    r"travelled|traveled|called|hosted|hosts|discussed|exchanged|co-chaired|chaired|presided|addressed|"
    r"delivered|is to|are to|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _subject_people(sentence: str, registry: "M.Registry") -> list[Person]:
    """People in the subject of a sentence (before its first action verb), spokespersons left out."""
    vm = _SUBJECT_VERB.search(sentence)
    if not vm:
        return []
    subject = M.clean_subject(sentence[: vm.start()])
    led = re.search(r"\b(?:led|headed)\s+by\s+", subject)
    if led:
        subject = subject[led.end():]
    found = []
    for p in P.parse_people(subject) if subject else []:
        if _SPOKESPERSON.search(p.get("title") or "") or len(p["name"].split()) < 2:
            continue
        found.append(registry.add(p))
    return found


def _blank(release_id: str | None) -> dict[str, Any]:
    return {"id": release_id, "parser_version": PARSER_VERSION, "title": None, "published": None,
            "meeting_date": None, "date_end": None, "location": None, "venue": None, "kind": None,
            "mode": None, "meetings": [], "actors": [], "present": [], "statements": [], "mentions": [],
            "warnings": []}


def parse_release(text: str, release_id: str | None = None) -> dict[str, Any]:
    """Parse one release (plain text as the site shows it) into the SCHEMA.md record. Never raises."""
    try:
        return _parse(text if isinstance(text, str) else "", release_id)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; the warning keeps the cause
        out = _blank(release_id)
        out["warnings"].append(f"parser error: {type(exc).__name__}: {exc}"[:200])
        return out


def _kind_from(text: str) -> tuple[str | None, int]:
    best: tuple[int, str] | None = None
    for kind, rx in _KIND_WORDS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return (best[1], best[0]) if best else (None, -1)


def _city(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    if raw.isupper():
        raw = " ".join(w.capitalize() for w in raw.split())
    return raw


def _person_country_fallback(person: Person, default: str | None) -> None:
    if person.get("country"):
        return
    if any(countries.is_international(person.get(k)) for k in ("organization", "title")):
        return
    if P.looks_chinese(person["name"]):
        person["country"] = "CHN"
    elif default:
        person["country"] = default


def _copy(p: Person) -> Person:
    return {"name": p["name"], "title": p.get("title"), "organization": p.get("organization"),
            "country": p.get("country"), "also": list(p.get("also") or [])}


def _parse(text: str, release_id: str | None) -> dict[str, Any]:
    out = _blank(release_id)
    warn = out["warnings"]
    rel = split_release(text)
    out["title"] = rel.title
    published = dates.posting_date(rel.header, rel.footer)
    out["published"] = published.isoformat() if published else None
    ref = published or dates.id_date(release_id)

    paragraphs = list(rel.paragraphs)
    if not paragraphs and rel.title:
        paragraphs = [rel.title]
    if not paragraphs:
        warn.append("no body text")
        return out
    # Announcement preambles ("Foreign Ministry Spokesperson X announces:") carry no event.
    body = [p for p in paragraphs if "announce" not in p[-14:] or not _ANNOUNCES.search(p)] or paragraphs
    lead = body[0]
    city, dl_date, dl_end = dates.dateline(lead, ref)
    lead_text = lead[dl_end:].strip()
    base = dl_date or ref

    # Sentence list with the dateline removed from the first one.
    sents: list[str] = []
    para_of: list[int] = []
    for i, para in enumerate(body):
        for s in sentences(lead_text if i == 0 else para):
            if s.strip():
                sents.append(s.strip())
                para_of.append(i)

    title = rel.title or ""
    kind, _ = _kind_from(title) if title and title != lead else (None, -1)
    first_sentence = sents[0] if sents else ""
    if kind is None:
        kind, _ = _kind_from(first_sentence)
    if kind is None:
        kind = "meeting"
        warn.append("kind not stated; assumed meeting")
    future = (bool(_FUTURE_TITLE.search(title)) and not _PAST_TITLE.search(title)) \
        or bool(re.search(r"\bwill\b|\bis to\b|\bare to\b", first_sentence))

    registry = M.Registry()
    events: list[M.Event] = []
    lead_people: list[Person] = []

    # The lead actor: the first person named as a subject in the first sentences.
    for sent in sents[:3]:
        lead_people = _subject_people(sent, registry)
        if lead_people:
            break
    if lead_people:
        registry.last = lead_people[0]
    # Event sentences: the first one is the main meeting; later ones add meetings with new people.
    for idx, sent in enumerate(sents):
        if para_of[idx] > 0 and re.search(r"\b(?:said|expressed|noted|stressed)\b", sent):
            continue
        parts = M.split_event(sent)
        if not parts:
            continue
        subj, verb, between, obj = parts
        if not obj:
            continue
        subj_clean = M.clean_subject(subj)
        if re.match(r"^(?:the two sides|both sides|they|the two|the participants|it)$", subj_clean, re.I):
            continue
        if re.search(r"\b(?:counterpart)\b", obj, re.I) and events:
            continue
        principals = M.people_in(subj_clean, registry) if subj_clean else []
        if not principals and lead_people and (not subj_clean or re.search(r"delegation|\bhe\b|\bshe\b", subj_clean, re.I)):
            principals = [lead_people[0]]
        if not principals and subj_clean:
            # "Qu thoroughly publicized ... during meetings with": a known surname in the subject.
            for tok in re.findall(r"[A-Z][\w'-]+", subj_clean):
                hit = registry.find(tok)
                if hit:
                    principals = [hit]
                    break
        if not principals:
            continue
        if events and any(p is c for p in principals for e in events for c in e.counterparts):
            continue  # a counterpart's own other engagement ("X also held talks with ... on Sunday")
        later = sents[idx + 1: idx + 4]
        counterparts, delegation = M.counterparts_of(obj, registry, later)
        counterparts = [c for c in counterparts if all(c is not p for p in principals)]
        if not counterparts and not delegation:
            continue
        if events and counterparts and all(any(c is k for e in events for k in e.counterparts) for c in counterparts) \
                and all(any(p is k for e in events for k in e.principals) for p in principals):
            continue  # the same meeting told again (photo caption, recap)
        separate = bool(M._SEPARATE.search(verb + " " + between)) or verb.lower().startswith("during")
        events.append(M.Event(principals, counterparts, delegation, separate, verb, sent, subj_clean, between))
        registry.last = principals[0]

    # Release-level kind refinements.
    if kind == "visit" and future and not events:
        pass
    elif kind in ("meeting", "talks") and not events:
        warn.append("no meeting sentence understood")

    # Default country for foreigners whose offices name none: the foreign country the text talks about.
    all_text = " ".join([title] + paragraphs)

    meetings_out: list[dict[str, Any]] = []
    actors: list[Person] = []
    present: list[Person] = []
    if kind == "other" or (kind == "visit" and not events):
        actors = lead_people[:1] if kind == "other" else lead_people
        if not actors:
            for sent in sents:
                cm = _CHAIRED_BY.search(sent)
                if cm:
                    actors = M.people_in(cm.group("who"), registry)[:1]
                    break
        if not actors and title:
            tsubj = re.split(r"\s+(?:to|will|Meets?|Holds?|Attends?|Hosts?|Visits?|Addresses)\b", title)[0]
            actors = [p for p in P.parse_people(tsubj)]
        if kind == "other":
            present = [p for p in lead_people[1:]]
            for sent in sents[:3]:
                im = _INVITED.search(sent)
                if im:
                    present += M.people_in(im.group("who"), registry)
        events = []
    for e in events:
        groups = [[c] for c in e.counterparts] if e.separate and len(e.counterparts) > 1 else [e.counterparts]
        for group in groups:
            meetings_out.append({"principals": e.principals, "counterparts": group,
                                 "counterpart_delegation": e.delegation})

    # People said to be present.
    in_meeting = {id(p) for m in meetings_out for r in ("principals", "counterparts") for p in m[r]}
    for sent in sents:
        if "present" not in sent and "attended" not in sent:
            continue
        pm = _PRESENT.search(sent)
        if pm:
            who = re.sub(r",?\s+and\s+others$", "", pm.group("who").strip())
            who = re.sub(r",?\s+(?:also|were|was)$", "", who)
            for p in M.people_in(M.clean_subject(who), registry):
                if id(p) not in in_meeting and all(p is not q for q in present):
                    present.append(p)
    present = [p for p in present if all(p is not a for a in actors)]

    # Countries: principals default to China when they look Chinese; counterparts to the foreign country.
    for e in events:
        for p in e.counterparts:
            if (p.get("organization") or "").lower() in ("party", "the party"):
                named = re.search(r"\b((?:[A-Z][\w'-]+ ){1,5}Party(?: of (?:the )?[A-Z][\w'-]+)?)\b", e.sentence)
                if named:
                    p["organization"] = named.group(1)
    default_foreign = None
    if any(not p.get("country") for m in meetings_out for p in m["counterparts"]) or any(
            not p.get("country") for p in present):
        foreign = [c for c in countries.countries_in(all_text) if c != "CHN"]
        default_foreign = Counter(foreign).most_common(1)[0][0] if foreign else None
    for m in meetings_out:
        for p in m["principals"]:
            _person_country_fallback(p, None)
        for p in m["counterparts"]:
            _person_country_fallback(p, default_foreign)
    for p in actors:
        _person_country_fallback(p, None)
    for p in present:
        _person_country_fallback(p, default_foreign)

    out["meetings"] = [{"principals": [_copy(p) for p in m["principals"]],
                        "counterparts": [_copy(p) for p in m["counterparts"]],
                        "counterpart_delegation": m["counterpart_delegation"]} for m in meetings_out]
    out["actors"] = [_copy(p) for p in actors]
    out["present"] = [_copy(p) for p in present]
    out["kind"] = kind

    # Mode.
    mode_scope = " ".join([title, first_sentence] + ([events[0].sentence] if events else []))
    if _PHONE.search(mode_scope):
        out["mode"] = "phone"
    elif _VIDEO.search(mode_scope) or _VIDEO.search(lead):
        out["mode"] = "video"
    elif kind == "visit" and not meetings_out:
        out["mode"] = None
    else:
        out["mode"] = "in_person"

    # A phone call is talks even when the headline says "speaks with" or "meets".
    if out["mode"] == "phone" and kind == "meeting":
        out["kind"] = kind = "talks"

    # Dates.
    start = end = None
    if kind == "visit":
        for para in [lead_text] + body[1:] + ([title] if title else []):
            start, end = dates.find_range(para, base)
            if start:
                break
        if not start:
            start, end = dates.weekday_range(lead_text, base)
    if not start:
        main = events[0].sentence if events else first_sentence
        if dl_date and re.match(r"^\s*$", lead[:0]):
            start = dl_date
        explicit = dates.explicit_date(first_sentence, base) if (not dl_date or future) else None
        if explicit:
            start = explicit
        elif base is not None:
            scope = main if not future else first_sentence
            wm = None
            if future:
                fut = re.search(r"\bwill\b.*", scope)
                wm = dates.weekday_date(fut.group(0), base) if fut else None
            wd = wm or dates.weekday_date(scope, base)
            if wd and (dl_date or published or ref):
                start = wd
            elif dl_date:
                start = dl_date
            elif _TODAY.search(main) and ref:
                start = ref
            elif re.search(r"\byesterday\b", main) and ref:
                start = ref - timedelta(days=1)
        if not start:
            start = dates.explicit_date(lead_text, base)
        if not start and base is None:
            warn.append("no year and no posting date: meeting date unknown")
    out["meeting_date"] = start.isoformat() if start else None
    out["date_end"] = end.isoformat() if end and start and end > start else None

    # Location and venue. An announcement's dateline is where it was announced, not the event's place.
    loc = _city(city) if not future else None
    scope_sents = [e.sentence for e in events] or [first_sentence]
    if not loc:
        for s in scope_sents + sents[:2]:
            tm = _TRAVEL_CITY.search(s)
            if tm and not countries.is_country(tm.group("c")):
                loc = tm.group("c")
                break
    if not loc:
        for s in scope_sents:
            im = _IN_CITY.search(s)
            if im and not countries.is_country(im.group("c")) and im.group("c") not in _NOT_CITY:
                loc = im.group("c")
                break
    out["location"] = loc
    for s in sents:
        vm2 = _VENUE.search(s)
        if vm2:
            out["venue"] = vm2.group("v")
            break

    # Statements and mentions.
    participants = ([p for m in meetings_out for r in ("principals", "counterparts") for p in m[r]]
                    + actors + present + registry.people)
    out["statements"] = attribute(body, participants)
    out["mentions"] = find_mentions(" ".join(body), title=title)
    if not out["meetings"] and not out["actors"]:
        warn.append("no participants understood")
    return out
