"""An event (who met whom, when, how) written as a release in one site's style, together
with the truth a perfect parser would read back from that text.

The truth follows the text, not the event: if a release does not write the city, its
`location` is None; if it writes the office in prefix style, the PERSON is the prefix one.
Conventions (those of ../shared/corpus/SCHEMA.md and gold.jsonl):
- a visit announcement ("X to Visit Y", future tense) has no meetings; the visitor is the
  actor, the inviter is not a participant; `meeting_date` is the first day (after posting).
- statements: one per paragraph that opens with (or, after an opening clause, carries)
  "<speaker> said/expressed/noted/stated"; `speaker` is the full name as the release
  writes it, `text` the whole paragraph.
- mentions: each framework once, in the form the release writes it.
- counterpart_delegation: the phrase as written, up to the leader's name, honorific kept
  ("a delegation of the X led by Hon. Y"), as in the corpus gold.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from flows.sample_site import templates as tpl
from flows.sample_site import vocab
from flows.sample_site.people import ForeignPerson, Written, write_foreign, write_official
from flows.sample_site.vocab import Country, Official

# Event kinds → (parser kind, parser mode). 'respectively' and 'tour' have several meetings.
KINDS = {
    "meeting": ("meeting", "in_person"),
    "delegation": ("meeting", "in_person"),
    "respectively": ("meeting", "in_person"),
    "talks": ("talks", "in_person"),
    "video_meeting": ("meeting", "video"),
    "video_call": ("talks", "video"),
    "phone": ("talks", "phone"),
    "tour": ("visit", "in_person"),
    "announce_out": ("visit", None),
    "announce_in": ("visit", None),
    "attend": ("other", "in_person"),
    "attend_video": ("other", "video"),
}
# Kinds a second source may also report (one meeting, same people, same day).
CROSS_REPORTABLE = frozenset({"meeting", "talks", "video_meeting", "video_call", "phone"})


@dataclass
class Event:
    event_id: str
    kind: str
    meeting_date: date
    date_end: date | None
    city: str | None
    principal: Official
    counterparts: list[ForeignPerson]
    present: list[Official | ForeignPerson] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    country: Country | None = None  # visited country (tour, announce_out) or the guests'
    event_name: str | None = None  # what an 'attend' release is about
    inviter: str | None = None  # 'Socialist Party of Kenya': who invited a visit


@dataclass
class Rendered:
    title: str
    paragraphs: list[str]
    enditem: bool
    truth: dict


def _truth(event: Event, location: str | None, meetings: list[dict], actors: list[dict],
           present: list[dict], statements: list[dict]) -> dict:
    kind, mode = KINDS[event.kind]
    return {
        "meeting_date": event.meeting_date.isoformat(),
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "location": location, "venue": None, "kind": kind, "mode": mode,
        "meetings": meetings, "actors": actors, "present": present,
        "statements": statements, "mentions": list(event.mentions),
    }


def _sides(person: ForeignPerson) -> tuple[str, str]:
    """(how the Chinese side names the counterpart's side, the country pair)."""
    office = person.offices[0]
    if office.organization and office.country and "Party" in office.organization:
        side = f"the {office.organization.split(' (')[0]}"
    elif office.country:
        side = f"the {office.country.demonym} side"
    else:
        side = f"the {office.organization}"
    pair = f"China-{office.country.name}" if office.country else "bilateral"
    return side, pair


def _statements(rng: random.Random, event: Event, principal: Written, guest: Written | None,
                guest_person: ForeignPerson | None) -> tuple[list[str], list[dict]]:
    """Zero to two statement paragraphs (principal first), with the mentions woven in."""
    paragraphs: list[str] = []
    statements: list[dict] = []
    mentions = list(event.mentions)
    side, pair = _sides(guest_person) if guest_person else ("all parties", "bilateral")
    remote = KINDS[event.kind][1] in ("phone", "video") or guest is None  # nobody to welcome
    extra = " ".join(tpl.mention_sentence(rng, m, "the Chinese side") for m in mentions[:1])
    text = tpl.statement(rng, principal.ref, tpl.CHINESE_SENTENCES, "the CPC", side, pair, extra, remote=remote)
    paragraphs.append(text)
    statements.append({"speaker": principal.name, "text": text})
    if guest is not None and rng.random() < 0.8:
        extra = " ".join(tpl.mention_sentence(rng, m, side) for m in mentions[1:])
        text = tpl.statement(rng, guest.ref, tpl.FOREIGN_SENTENCES, "the CPC", side, pair, extra, remote=remote)
        paragraphs.append(text)
        statements.append({"speaker": guest.name, "text": text})
    elif len(mentions) > 1:
        paragraphs.append(" ".join(tpl.mention_sentence(rng, m, side) for m in mentions[1:]))
    return paragraphs, statements


def _present_sentence(written: list[Written], appositive: bool) -> tuple[str, list[dict]]:
    if not written:
        return "", []
    forms = [w.as_appositive() if appositive else w.as_prefix() for w in written]
    phrases = [f for f, _ in forms]
    verb = "was present" if len(phrases) == 1 else "were present"
    last_joint = ", and " if appositive else " and "
    joined = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + last_joint + phrases[-1]
    return f" {joined}{',' if appositive else ''} {verb}.", [t for _, t in forms]


def _write_any(person: Official | ForeignPerson, day: date, rng: random.Random, *, full_ref: bool = False) -> Written:
    if isinstance(person, Official):
        return write_official(person, day, rng, full_ref=full_ref)
    return write_foreign(person, rng)


def _title_case(text: str) -> str:
    """Headline case as the sites write it: content words capitalised, small words not
    (even first: 'Attends the Seminar ...' since this always follows other words)."""
    small = {"of", "the", "and", "to", "for", "on", "with", "in", "a", "via"}
    return " ".join(w if w in small or not w[:1].islower() else w[:1].upper() + w[1:] for w in text.split(" "))


# ---------------------------------------------------------------- IDCPC (appositive style)

_IDCPC_VERBS = {
    "meeting": ("met{here} with", "Meets with"),
    "delegation": ("met{here} with", "Meets with"),
    "talks": ("held talks{here} with", "Holds Talks with"),
    "video_meeting": ("met via video link{here} with", "Meets via Video Link with"),
    "video_call": ("held a video call{here} with", "Holds a Video Call with"),
    "phone": ("had a phone call{here} with", "Has a Phone Call with"),
    "respectively": ("met respectively{here} with", "Meets with Foreign Guests"),
}


def render_idcpc(event: Event, rng: random.Random) -> Rendered:
    principal = write_official(event.principal, event.meeting_date, rng)
    p_phrase, p_truth = principal.as_appositive()
    day = event.meeting_date
    if event.kind in ("tour", "announce_out"):
        return _idcpc_visit(event, rng, principal)
    style = rng.random()
    location: str | None = event.city
    if event.kind.startswith("attend") or style < 0.65:
        sep = "--" if rng.random() < 0.2 else "—"
        opening, here = f"{event.city}, {tpl.month_day_ordinal(day)}{sep}{p_phrase}, ", " here today"
        if rng.random() < 0.25:
            here += rng.choice((" on the afternoon", " on the morning"))
    elif style < 0.85:
        opening, here = f"On {tpl.day_month_year(day)}, {p_phrase}, ", f" in {event.city}"
    else:
        opening, here, location = f"On {tpl.month_day_ordinal(day)}—{p_phrase}, ", "", None

    if event.kind.startswith("attend"):
        return _idcpc_attend(event, rng, principal, opening, here, location)

    guests = [write_foreign(c, rng) for c in event.counterparts]
    verb, title_verb = _IDCPC_VERBS[event.kind]
    verb = verb.format(here=here)
    meetings = []
    delegation = None
    if event.kind == "delegation":
        guest = guests[0]
        office = event.counterparts[0].offices[0]
        lead = rng.choice(("led by", "headed by"))
        if office.organization and rng.random() < 0.6:
            delegation = f"a delegation of the {office.organization} {lead} {guest.named}"
        else:
            delegation = f"a delegation {lead} {guest.named}"
        who = f"{delegation}, {guest.appositive}"
    else:
        who = "; ".join(g.as_appositive()[0] for g in guests)
    for guest in guests:
        meetings.append({"principals": [p_truth], "counterparts": [guest.truth], "counterpart_delegation": delegation})
    first = f"{opening}{verb} {who}."
    present_people = [_write_any(p, day, rng) for p in event.present]
    present_text, present_truth = _present_sentence(present_people, appositive=True)
    paragraphs = [first + present_text]
    if len(guests) > 1:
        paragraphs.append(f"They exchanged views on {rng.choice(tpl.TOPICS)}.")
        statement_paras, statements = _statements(rng, event, principal, None, event.counterparts[0])
    else:
        statement_paras, statements = _statements(rng, event, principal, guests[0], event.counterparts[0])
    paragraphs += statement_paras
    if rng.random() < 0.3:
        paragraphs.append(f"The two sides also exchanged views on {rng.choice(tpl.TOPICS)}.")
    guest = guests[0]
    if event.kind == "delegation":
        org = event.counterparts[0].offices[0].organization
        whom = f"Delegation of the {org}" if org else f"Delegation Led by {guest.name}"
        title = f"{principal.name} Meets with {whom}"
    elif event.kind == "respectively":
        title = f"{principal.name} {title_verb}"
    elif rng.random() < 0.7:
        title = f"{principal.name} {title_verb} {guest.name}, {guest.appositive}"
    else:
        title = f"{principal.name} {title_verb} {_title_case(guest.appositive)}"
    truth = _truth(event, location, meetings, [], present_truth, statements)
    return Rendered(title, paragraphs, rng.random() < 0.5, truth)


def _idcpc_attend(event: Event, rng: random.Random, principal: Written, opening: str, here: str,
                  location: str | None) -> Rendered:
    video = " via video link" if event.kind == "attend_video" else ""
    present_people = [_write_any(p, event.meeting_date, rng) for p in event.present]
    first = f"{opening}attended and addressed{here} {event.event_name}{video}."
    truths: list[dict] = []
    if present_people:
        listed = ", and ".join(w.as_appositive()[0] for w in present_people)
        first += f" About {rng.randrange(60, 400, 10)} people, including {listed}, were present."
        truths = [w.truth for w in present_people]
    paragraphs = [first]
    paras, statements = _statements(rng, event, principal, None, None)
    paragraphs += paras
    title = f"{principal.name} Attends {_title_case(event.event_name)}"
    truth = _truth(event, location, [], [principal.truth], truths, statements)
    return Rendered(title, paragraphs, rng.random() < 0.5, truth)


def _idcpc_visit(event: Event, rng: random.Random, principal: Written) -> Rendered:
    country = event.country
    p_phrase, p_truth = principal.as_appositive()
    span = tpl.date_range(event.meeting_date, event.date_end, ordinals=True)
    if event.kind == "announce_out":
        first = (f"At the invitation of the {event.inviter}, {p_phrase}, will lead a CPC delegation "
                 f"to visit {country.name} from {span}.")
        paragraphs = [first]
        if event.mentions:
            paragraphs.append(f"The two sides will also exchange views on cooperation under the {event.mentions[0]}.")
        truth = _truth(event, None, [], [p_truth], [], [])
        return Rendered(f"{principal.name} to Visit {country.name}", paragraphs, False, truth)
    guests = [write_foreign(c, rng) for c in event.counterparts]
    listed = "; ".join(g.as_appositive()[0] for g in guests)
    first = (f"At the invitation of the {event.inviter}, {p_phrase}, visited {country.name} from {span}. "
             f"During the visit, {principal.ref} met respectively with {listed}. "
             f"They exchanged views on {rng.choice(tpl.TOPICS)}.")
    paragraphs = [first]
    if event.mentions:
        paragraphs.append(f"Both sides agreed to deepen cooperation under the {event.mentions[0]}.")
    meetings = [{"principals": [p_truth], "counterparts": [g.truth], "counterpart_delegation": None} for g in guests]
    title = rng.choice((f"CPC Delegation Visits {country.name}", f"{principal.name} Visits {country.name}"))
    truth = _truth(event, None, meetings, [], [], [])
    return Rendered(title, paragraphs, rng.random() < 0.5, truth)


# ---------------------------------------------------------------- FMPRC (prefix style)

_FMPRC_VERBS = {
    "meeting": ("met with", "Meets with"),
    "delegation": ("met with", "Meets with"),
    "respectively": ("met respectively with", "Meets with"),
    "talks": ("held talks with", "Holds Talks with"),
    "video_meeting": ("met via video link with", "Meets via Video Link with"),
    "video_call": ("held a video call with", "Holds a Video Call with"),
    "phone": ("had a phone call with", "Has a Phone Call with"),
}


def render_fmprc(event: Event, rng: random.Random) -> Rendered:
    full_ref = rng.random() < 0.5
    principal = write_official(event.principal, event.meeting_date, rng, full_ref=full_ref)
    p_phrase, p_truth = principal.as_prefix()
    day = event.meeting_date
    if event.kind.startswith("announce"):
        return _fmprc_announce(event, rng, principal)
    when = tpl.month_day_year(day)
    if event.kind == "phone" or rng.random() < 0.3:
        when = f"the {rng.choice(('morning', 'afternoon', 'evening'))} of {when}"
    in_city = event.kind not in ("phone", "video_call") and event.city and rng.random() < 0.6
    location = event.city if in_city else None
    where = f" in {event.city}" if in_city else ""
    present_people = [_write_any(p, day, rng, full_ref=True) for p in event.present]
    present_text, present_truth = _present_sentence(present_people, appositive=False)
    if event.kind.startswith("attend"):
        video = " via video link" if event.kind == "attend_video" else ""
        first = f"On {when}, {p_phrase} attended {event.event_name}{where}{video} and delivered a speech."
        paras, statements = _statements(rng, event, principal, None, None)
        truth = _truth(event, location, [], [p_truth], present_truth, statements)
        title = f"{principal.prefix} {principal.name} Attends {_title_case(event.event_name)}"
        return Rendered(title, [first + present_text, *paras], False, truth)

    guests = [write_foreign(c, rng) for c in event.counterparts]
    verb, title_verb = _FMPRC_VERBS[event.kind]
    delegation = None
    if event.kind == "delegation":
        g_phrase, _ = guests[0].as_prefix()
        delegation = f"a delegation led by {g_phrase}"
        who = delegation
    else:
        who = (", " if len(guests) > 2 else " and ").join(g.as_prefix()[0] for g in guests)
    at_request = " at request" if event.kind == "phone" and rng.random() < 0.5 else ""
    first = f"On {when}, {p_phrase} {verb} {who}{where}{at_request}."
    meetings = [{"principals": [p_truth], "counterparts": [g.prefix_truth], "counterpart_delegation": delegation}
                for g in guests]
    paragraphs = [first + present_text]
    if rng.random() < 0.5:
        paragraphs.append(f"The two sides exchanged views on {rng.choice(tpl.TOPICS)}.")
    paras, statements = _statements(rng, event, principal, guests[0] if len(guests) == 1 else None,
                                    event.counterparts[0])
    paragraphs += paras
    g_phrase = guests[0].as_prefix()[0].replace(guests[0].named, guests[0].name)
    title = f"{principal.prefix} {principal.name} {title_verb} {_title_case(g_phrase)}"
    truth = _truth(event, location, meetings, [], present_truth, statements)
    return Rendered(title, paragraphs, False, truth)


def _fmprc_announce(event: Event, rng: random.Random, principal: Written) -> Rendered:
    spokesperson = rng.choice(vocab.SPOKESPERSONS)
    span = tpl.date_range(event.meeting_date, event.date_end, ordinals=False)
    if event.kind == "announce_in":
        guest = write_foreign(event.counterparts[0], rng)
        g_phrase, g_truth = guest.as_prefix()
        body = (f"At the invitation of {principal.prefix} {principal.name}, {g_phrase} will pay an "
                f"official visit to China from {span}.")
        title = f"{guest.prefix} {guest.name}{guest.suffix} to Visit China"
        actor = g_truth
    else:
        p_phrase, actor = principal.as_prefix()
        body = (f"At the invitation of the government of {event.country.name}, {p_phrase} will pay an "
                f"official visit to {event.country.name} from {span}.")
        title = f"{principal.prefix} {principal.name} to Visit {event.country.name}"
    paragraphs = [f"Foreign Ministry Spokesperson {spokesperson} announces:", body]
    if event.mentions:
        paragraphs.append(f"The two sides will also exchange views on cooperation under the {event.mentions[0]}.")
    truth = _truth(event, None, [], [actor], [], [])
    return Rendered(_title_case(title), paragraphs, False, truth)


RENDERERS = {"idcpc": render_idcpc, "fmprc": render_fmprc}
