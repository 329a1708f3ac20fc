"""parse_release: one release's text → one record in the shape of corpus/SCHEMA.md.

The steps, each in its own module: normalize (furniture off; title, header stamps, paragraphs),
dates (posting date, dateline, ranges, weekdays), kinds (kind, mode, announcement), meetings
(event sentences → principals and counterparts), people (names, offices, organisations),
countries (ISO3), places (location, venue), statements, mentions. This module wires them and
decides who goes in `actors` (releases without a meeting: announcements, attends, hosts) and
`present`, and fills countries the offices do not give (a Chinese-looking name → CHN; a
foreign counterpart → the foreign country the release talks about most, or that of the city of the
meeting or of the dateline when the text names no other).

A press conference transcript reports its own news only in the announcements before its first
"Q:"; one of questions and answers only is an `other` dated by its posting, with no actor.

Reference date: the posting date in the text, else a date in the release id (the site's URL
date, e.g. `idcpc-20181221-161149`); a text with neither gets no year and so no meeting date.

It never raises: any unexpected failure yields an empty record with a warning, so a batch of
thousands of releases never stops on one odd page.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from . import countries, dates, kinds, meetings as M, people as P, places
from .fastre import WordStart, is_plain
from .mentions import find_mentions
from .normalize import PHOTO_POSITION, sentences, split_release
from .statements import attribute

PARSER_VERSION = "1.15.0"

Person = dict[str, Any]

_PRESENT_EVENTS = (r"(?:(?:meeting|talks|event|function|ceremony|banquet|consultations?|dialogue|seminar|webinar|symposium|"
                   r"forum|conference|reception|dinner|luncheon|signing|briefing|session|lecture|celebration|exhibition|discussions?|"
                   r"workshop|gathering|visit|delegation|performance|show|concert)s?)")
# ("X and Y of the Embassy joined the visit", "X, Y and Z were also part of the Chinese delegation")
_PRESENT = re.compile(
    # ("A, B and C were among over 30 people in attendance")
    r"^(?P<who>.+?)\s+(?:(?:were|was|are|is)\s+(?:also\s+|all\s+)?present|(?:were|was)\s+(?:also\s+)?accompanying\b"
    # ("Acting Speaker X greeted Li at the airport": a welcome)
    r"|(?:greeted|welcomed|received|saw\s+off)\s+(?:[\w.'-]+\s+){1,6}?at\s+the\s+(?:[\w-]+\s+){0,4}?air(?:port|base)\b"
    r"|saw\s+(?:[\w.'-]+\s+){1,6}?off\b"  # ("A and B saw Li off at the airport", "X saw the Vice-Premier and his party off")
    r"|(?:were|was)\s+(?:also\s+)?(?:among\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?)?"
    r"in\s+attendance|(?:were|was)\s+(?:also\s+)?(?:there\s+(?:during|at|for)\s+the\s+|at\s+the\s+)(?:meeting|talks|event)\b"
    r"|(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:those|the\s+people|the\s+officials)\s+(?:attending\s+the\s+"
    + _PRESENT_EVENTS + r"|present\b)|also\s+attended(?=\.?$)"
    r"|(?:also\s+)?(?:attended|took\s+part\s+in|joined)(?:\s+and\s+(?:watched|enjoyed|addressed))?\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?" + _PRESENT_EVENTS + r"|(?:were|was)\s+(?:also\s+)?(?:part|members?)\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?" + _PRESENT_EVENTS
    # "Counselor X accompanied Ambassador Lu during the visit", "Ambassador X accompanied Vice Minister Y to ..."
    + r"|(?:also\s+)?accompanied\s+(?!by\s)(?:the\s+)?(?:[\w.'-]+\s+){1,5}?(?:during|on|to|at|in)\s+(?:the|his|her|their|a)\s"
    # ("Ambassador X accompanied Vice Minister Y, ..., to hold talks with Z")
    r"|(?:also\s+)?accompanied\s+(?!by\s)[^.;]{3,160}?\s+to\s+(?:hold|have|attend|meet|call|pay|visit)\s"
    # ("A, B and C accompanied the delegation.")
    r"|(?:also\s+)?accompanied\s+the\s+(?:[\w-]+\s+){0,2}?delegation(?=\.?$))\b", re.I)
_INCLUDING = re.compile(r",?\s+including\s+(?P<who>.+?)\.?$")
# "Also present at the meeting were X and Y." / "The talks were also attended by X." / "Those present
# included X." / "Ruiz was accompanied by X." / "Accompanying Ruiz were X and Y."
_PRESENT_AFTER = re.compile(
    # ("Present at the National Day reception were X, Y and Z")
    r"(?:^(?:also\s+)?present\s+(?:there\s+|on\s+the\s+occasion\s+|at\s+the\s+(?:[\w-]+\s+){0,2}?(?:occasion|" + _PRESENT_EVENTS + r")\s+)?"
    r"(?:were|was|included|include)\s*:?\s+(?:also\s+)?"
    # "Those also attending the meeting include: X", "Also attending the talks were X", "In attendance are X"
    r"|^(?:those\s+)?(?:also\s+)?attending\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _PRESENT_EVENTS
    + r"\s+(?:also\s+)?(?:were|was|are|is|included|includes?)\s*:?\s+"
    r"|^in\s+attendance\s+(?:were|was|are|is)\s+"
    # "Greeting the premier at the Great Hall were X and Y", "Other dignitaries among the attendees were X"
    r"|^(?:also\s+)?(?:greeting|welcoming|receiving|seeing\s+off|escorting)\s+[^,;]{1,100}?\s+(?:were|was)\s+"
    # ("The event brought together A, B and C")
    r"|^the\s+(?:[\w-]+\s+){0,2}?(?:event|meeting|ceremony|reception|forum|dialogue|conference|gathering)\s+brought\s+together\s+"
    # ("The Chinese delegation was headed by X and included A, ...; B, ...": the leader is the actor, the rest present)
    r"|^the\s+(?:[\w-]+\s+){0,2}?delegation\s+was\s+(?:headed|led)\s+by\s+[^;]{3,160}?\s+and\s+(?:also\s+)?included\s+"
    r"|^(?:other\s+|the\s+)?(?:dignitaries|attendees)\b[^,;]{0,80}?\s+(?:were|included|include)\s*:?\s+"
    # "Guests attending the video conference were X", "The guests included X", "Several guests including X"
    r"|^(?:the\s+|(?:several|other|many)\s+)?(?:[\w-]+\s+){0,2}?guests\s+(?:(?:attending|present\s+at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _PRESENT_EVENTS + r"\s+)?(?:were|included|includes?|including)\s*:?\s+"
    # "The Chinese delegation consisted of X, Y and Z", "The delegation also included X"
    r"|^the\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:also\s+)?(?:consisted\s+of|was\s+composed\s+of|comprised|included|includes)\s+"
    # "... held discussions with X in the presence of Foreign Minister Y", "The Ministers were joined by Y"
    r"|\bin\s+the\s+presence\s+of\s+"
    r"|\b(?:were|was)\s+(?:also\s+)?joined\s+(?:at\s+the\s+(?:meeting|talks|event)\s+)?by\s+"
    # "Present to receive the Chinese delegation was X", "Others at hand to receive the diplomat were X"
    r"|^(?:(?:also\s+|others\s+)?present|(?:others\s+)?at\s+hand)\s+to\s+(?:receive|welcome|greet|meet)\s+[^,;]{1,80}?\s+(?:were|was)\s+"
    # "Among those present were X", "Among those who came out to see off the delegation were X"
    r"|(?:^|\bbut\s+)among\s+(?:those|the\s+officials|others)\b[^,;]{0,100}?\s+(?:were|was|are|is)\s*:?\s+"
    # "X was received at the Jomo Kenyatta International Airport by Y": a welcome, Y present
    r"|\b(?:was|were)\s+(?:received|welcomed|greeted|seen\s+off)\s+at\s+(?:the\s+)?[^,;]{0,80}?[Aa]ir(?:port|base)\s+by\s+"
    # ("Li was greeted by X, vice-chairman of ..., and Chinese ambassador Y at the airport")
    r"|\b(?:was|were)\s+(?:received|welcomed|greeted)\s+by\s+(?=[^;]{3,240}?\s+at\s+the\s+(?:[\w-]+\s+){0,4}?air(?:port|base)\b)"
    # ("Stepping off the plane, Li was greeted by X and Y, among others", "At the Phnom Penh Military Airbase,
    # Liang was warmly greeted by X")
    r"|^(?:stepping\s+off\s+the\s+plane|(?:upon|on)\s+(?:his|her|their)\s+arrival|at\s+(?:the\s+)?[^,;]{0,60}?air(?:port|base))\b"
    r"[^;]{0,100}?\b(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|greeted)\s+by\s+"
    # ("When leaving Paris, Li was seen off by X and Y at the airport")
    r"|\b(?:was|were)\s+seen\s+off\s+by\s+"
    # "Xi's entourage include X", "The Vice Premier was assisted by X"
    r"|\bentourage\s+(?:includes?|included|comprises?|comprised)\s+"
    r"|\b(?:was|were)\s+(?:also\s+)?assisted\s+by\s+"
    r"|^(?:those|people|officials|others)\s+present\s+(?:at\s+the\s+(?:meeting|talks|event|banquet)\s+)?(?:also\s+)?"
    r"(?:included|include)\s+"
    r"|^accompanying\s+(?:[\w.'-]+\s+){1,4}?(?:were|was)\s+"
    # ("Attending the ceremony from the Chinese side were A, B, ...")
    r"|^(?:also\s+)?attending\s+(?:the\s+)?(?:[\w.'-]+\s+){1,8}?(?:were|was)\s+"
    # ("Foreign Minister X was accompanied at the meeting by Y")
    r"|\b(?:were|was|is|are)\s+(?:also\s+)?(?:attended|accompanied)\s+(?:at\s+the\s+(?:meeting|talks|event)\s+)?by\s+"
    # ("X met with Y at his residence, accompanied by A and B": the sentence's last clause)
    r"|,\s+accompanied\s+by\s+(?![^;]*?\b(?:met|meets|held|holds|visited|called|paid|attended|received|said)\b))(?P<who>.+?)\.?$", re.I)
# On plain ASCII text (fastre.is_plain) _PRESENT's lazy subject ends where this tail first
# matches the lowercased text (\\s+ being one space): a search re skips through from space to space.
_PRESENT_TAIL_LOW = re.compile(
    r" (?:(?:were|was|are|is) (?:also |all )?present|(?:were|was) (?:also )?accompanying\b"
    r"|(?:greeted|welcomed|received|saw off) (?:[\w.'-]+ ){1,6}?at the (?:[\w-]+ ){0,4}?air(?:port|base)\b"
    r"|saw (?:[\w.'-]+ ){1,6}?off\b"
    r"|(?:were|was) (?:also )?(?:among (?:the )?(?:[\w-]+ ){0,5}?)?in attendance"
    r"|(?:is|are|was|were) (?:also )?among (?:those|the people|the officials) (?:attending the " + _PRESENT_EVENTS
    + r"|present\b)|also attended(?=\.?$)"
    r"|(?:were|was) (?:also )?(?:there (?:during|at|for) the |at the )(?:meeting|talks|event)\b"
    r"|(?:also )?(?:attended|took part in|joined)(?: and (?:watched|enjoyed|addressed))? the (?:[\w-]+ ){0,2}?" + _PRESENT_EVENTS
    + r"|(?:were|was) (?:also )?(?:part|members?) of the (?:[\w-]+ ){0,2}?" + _PRESENT_EVENTS
    + r"|(?:also )?accompanied (?!by )(?:the )?(?:[\w.'-]+ ){1,5}?(?:during|on|to|at|in) (?:the|his|her|their|a) "
    r"|(?:also )?accompanied (?!by )[^.;]{3,160}? to (?:hold|have|attend|meet|call|pay|visit) "
    r"|(?:also )?accompanied the (?:[\w-]+ ){0,2}?delegation(?=\.?$))\b")
_AND_OTHERS = re.compile(r",?\s+(?:and|among)\s+others$|,?\s+(?:also|were|was)$|,?\s+(?:and|among)\s+(?:some\s+)?other\s+(?:[a-z]+\s+){0,3}[a-z]+$"
                         r"|,?\s+and\s+(?:his|her|their)\s+(?:\w+\s+){0,2}(?:members|staff|colleagues|delegation|entourage|party)$")
_INVITED_BY_HOST = re.compile(r"^(?:At|Upon)\s+the\s+(?:kind\s+)?invitation\s+of\s+(?P<who>[^,;]{3,120}?),\s")
_INVITED = re.compile(r"\binvited\s+(?P<who>.+?)\s+to\s+attend\b", re.I)
_CHAIRED_BY = re.compile(r"\b(?:chaired|hosted|presided\s+over|co-chaired)\s+by\s+(?P<who>.+?)\.?$", re.I)
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:is|was|are|were)\s+[^,]*,")
_QUOTED = re.compile(r'"[^"]{3,120}"')
_QUESTION = ("Q:", "Question:")
_ANSWER_MARK = re.compile(r"^(?:A|Answer|Spokesperson|Spokesman|Spokeswoman)\s*:\s*")
# (and those who brief the press on a meeting: "PM's Press Secretary X briefed reporters after the meeting")
_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)\b|\bpress\s+secretary\b|\bspeechwriter\b", re.I)
_ANNOUNCES = re.compile(r"\bannounce[sd]?:?\s*$", re.I)
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+")
# (not "to" of an office: "Chinese Ambassador to Australia X Attends ...")
_TITLE_SUBJECT = re.compile(r"\s+(?:to(?=\s+(?:[Vv]isit|[Aa]ttend|[Hh]old|[Mm]eet|[Pp]ay|[Tt]ravel|[Ll]ead|[Hh]ost|[Cc]o-chair|[Cc]hair|"
                            r"[Aa]ddress|[Ss]peak|[Dd]eliver|[Ss]ign|[Tt]our|[Jj]oin|[Bb]e|[Gg]o|[Ll]eave)\b)|will|Meets?|Met|Holds?|"
                            r"Held|Attends?|Attended|Hosts?|Hosted|Visits?|Visited|Addresses|Addressed|Bids?|Bade|Presents?|Presented|"
                            r"Briefs?|Briefed|Invites?|Invited|Answers?|Answered|Delivers?|Delivered)\b")
_BETWEEN = re.compile(r"\b(?:a|the)\s+meeting\s+between\s+(?P<who>.+?)\.?$"
                      # ("attended the virtual meeting co-hosted by Vice Foreign Minister A and Foreign Minister B")
                      r"|\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+(?P<co>co-hosted|co-chaired)\s+by\s+(?P<who2>.+?)\.?$")
# ("The meeting, co-chaired by Undersecretary A and Director-General B, took place ahead of ...")
_MEETING_CO_CHAIRED = re.compile(r"^(?:The|A)\s+(?:[\w-]+\s+){0,3}?(?:meeting|consultations?|dialogue),\s+(?P<co>co-hosted|co-chaired)\s+by\s+"
                                 r"(?P<who2>[^;]{5,250}?),\s+(?:took\s+place|was\s+held|were\s+held)\b")
_AND_GROUP = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)")
_NAMED_PARTY = re.compile(r"\b((?:[A-Z][\w'-]+ ){1,5}Party(?: of (?:the )?[A-Z][\w'-]+)?)\b")
# The verb that ends a lead sentence's subject ("X, Vice-minister of ..., met/led/will pay ...").
# (Searched with fastre.search_at_word_start: the leading \b is tested in Python, which is faster.)
_SUBJECT_VERB = re.compile(
    r"(?:met|meets|held|holds|had|has|will|would\s+(?=(?:pay|visit|travel|attend|lead|hold|meet)\b)|was\s+(?:received|met)\s+by|is\s+(?:currently\s+)?(?:holding|visiting|attending)|led(?!\s+by)|leads|visited|visits|attended|attends|is paying|paid|pays|"
    r"travelled|traveled|left(?!-)|arrived|arrives|received(?!\s+by)|receives|called|spoke|speaks|talked|said|says|told|sent|sends|hosted|hosts|discussed|exchanged|co-chaired|chaired|presided|addressed|"
    r"delivered|invited(?!\s+by)|is to|are to|conducted|conducts|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # (a wire's speaker: "Li Shulei, a member of ..., emphasized the role of media")
    r"expressed|stressed|emphasized|emphasised|noted|urged|pledged|vowed|underlined|reaffirmed|highlighted|"
    r"presented|presents|bid|bade|toured|welcomed|congratulated|briefed|informed|made|"
    r"referred|described|thanked|praised|lauded|hailed|appreciated|assured|sought|asked|termed|conveyed|"
    r"inaugurated|launched|unveiled|opened|witnessed|celebrated"
    # ("Minister X of Overseas Affairs is in Suriname. She visited President Y": where the subject is)
    # (not a relative clause's: "X, who is on an official visit to China, observed ...")
    r"|(?<!who )(?<!which )(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:in\s+(?=[A-Z])|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b))\b")

_SUBJECT_VERB_WS = WordStart(_SUBJECT_VERB)
_SPEAKER_SAID = re.compile(r",\s+(?P<who>[A-Z][^,;\"]{3,120}?)\s+said(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)|\s+here|\s+today"
                           # ("..., State Councilor Yang Jiechi said on May 20.")
                           r"|\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})*\s*[.]?$")
# (or "... and had a brief exchange of views on X with Ambassador Y")
_ATTENDED_THEN_MET = re.compile(r"\battended\s[^.;]*?,?\s+and\s+(?:also\s+)?(?:met|held\s+talks|exchanged\s+views|"
                                r"had\s+(?:a\s+)?(?:brief\s+|short\s+|friendly\s+)?(?:exchange|talk|conversation|meeting))\b")
# a meeting held at the event the release is about ("During the summit, X met with Y")
_AT_THE_EVENT = ("During the ", "On the sidelines of ", "On the margins of ", "While attending ", "On the occasion, ",
                 "On the occasion of ", "On the sidelines, ", "During his visit, ", "During her visit, ", "During his stay",
                 "During her stay")
_ATTENDED = re.compile(r"\b(?:attended|addressed)\b")
_SAID_BY = re.compile(r"[,\"”]\s+said\s+(?P<who>[A-Z][^,;\"]{3,160}?(?:,\s+[^,;\"]{3,200}?)?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday)|\s+here|\s+today|\s+in\s+[A-Z][\w-]+"
                      # ("..., said Zhao Leji, Politburo member of ..., on January 25.")
                      r"|,?\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)*\s*[.]?$")
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\s")
_EVENT_TAKES_PLACE = (" be held", " take place", " be convened")


def parse_release(text: str, release_id: str | None = None) -> dict[str, Any]:
    """Parse one release (plain text as the site shows it) into the SCHEMA.md record. Never raises."""
    try:
        return _parse(text if isinstance(text, str) else "", release_id)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; the warning keeps the cause
        out = _blank(release_id)
        out["warnings"].append(f"parser error: {type(exc).__name__}: {exc}"[:200])
        return out


def _blank(release_id: str | None) -> dict[str, Any]:
    return {"id": release_id, "parser_version": PARSER_VERSION, "title": None, "published": None,
            "meeting_date": None, "date_end": None, "location": None, "venue": None, "kind": None,
            "mode": None, "meetings": [], "actors": [], "present": [], "statements": [], "mentions": [],
            "warnings": []}


MAX_TEXT = 200_000  # characters; a release is a few thousand, anything beyond is not one


def _parse(text: str, release_id: str | None) -> dict[str, Any]:
    out = _blank(release_id)
    warn = out["warnings"]
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
        warn.append(f"text longer than {MAX_TEXT} characters: truncated")
    rel = split_release(text)
    title = rel.title or ""
    out["title"] = rel.title
    published = dates.posting_date(rel.header, rel.footer)
    out["published"] = published.isoformat() if published else None
    ref = published or dates.id_date(release_id)
    if ref is None and rel.captions:
        # A page with no stamp: its photo caption's date ("... in Beijing, Nov. 29, 2017. (Xinhua/...)")
        # is the meeting's own, and gives the year that "on Wednesday" needs
        ref = next((ds[0] for ds in map(dates.full_dates, rel.captions) if ds), None)

    paragraphs = list(rel.paragraphs) or ([rel.title] if rel.title else [])
    if not paragraphs:
        warn.append("no body text")
        return out
    # Announcement preambles ("Foreign Ministry Spokesperson X announces:") carry no event.
    body = [p for p in paragraphs if "announce" not in p[-14:] or not _ANNOUNCES.search(p)] or paragraphs
    # A press conference transcript reports its own news in the announcements before the first
    # question; its questions and answers talk about other people's doings, which are no event of
    # the release's (the question "Q: On Monday, X announced ..." would make X its actor).
    first_question = next((i for i, p in enumerate(body) if p.startswith(_QUESTION)), None)
    news = body if first_question is None else body[:first_question]
    if not news and title and kinds.kind_of(title) in ("meeting", "talks"):
        # A spokesperson's answer about a call the headline names ("Spokesperson Responding to a Question
        # on Ambassador X's Phone Call with Y"): the answers tell it
        news = [_ANSWER_MARK.sub("", p) for p in body if not p.startswith(_QUESTION)]
    transcript_only = not news
    if transcript_only:
        warn.append("press conference questions and answers only: no event of its own")
    lead = news[0] if news else ""
    city, dl_date, dl_end = dates.dateline(lead, ref)
    lead_text = lead[dl_end:].strip()
    if dl_end and ":" in lead_text[:40]:
        om = _OUTLET_COLON.match(lead_text)
        if om and not any(w.lower() in P._HEADS for w in om.group(0).split()):
            # "Beijing, February 05, 2024, The Europe Today: Liu Jianchao, Head of ...": the outlet's name
            lead_text = lead_text[om.end():]
            lead = lead[: dl_end] + " " + lead_text
    if dl_end and not lead_text and len(news) > 1:
        # "VIETNAM, May 13 -" a paragraph of its own, then "HÀ NỘI — X received ...": the lead is
        # the next paragraph, its own city the place
        city2, _, end2 = dates.dateline(news[1], ref)
        news = news[1:]
        lead, lead_text = news[0], news[0][end2:].strip()
        if city2 and (city is None or countries.lookup(city)):
            city = city2
    if not dl_end and len(news) > 1:
        # A dateline opening the second or third paragraph (after a caption or a byline the page
        # kept): cut it off, so its city is the place and the sentence starts with its subject
        for j in (1, 2)[: len(news) - 1]:
            if not news[j][:1].isupper():
                continue
            city2, date2, end2 = dates.dateline(news[j], ref)
            if end2 and (city2 or date2):
                news = news[:j] + [news[j][end2:].strip()] + news[j + 1:]
                city, dl_date = city2 or city, date2 or dl_date
                break
    sents, para_of = _sentences(news, lead_text)
    first_sentence = sents[0] if sents else ""

    # (a quoted theme is no verb of the headline's: 'The Meeting Themed "Visiting the Ministry" Held at ...')
    title_kind = kinds.kind_of(_QUOTED.sub(" ", title) if '"' in title else title) if title and title != lead else None
    # (nor is a relative clause: "X, who is on a visit to China, called on Y" tells a meeting)
    lead_for_kind = _QUOTED.sub(" ", first_sentence) if '"' in first_sentence else first_sentence
    if ", who " in lead_for_kind:
        lead_for_kind = _WHO_CLAUSE.sub("", lead_for_kind)
    lead_kind = kinds.kind_of(lead_for_kind) if title_kind in (None, "meeting", "other") else None
    kind = title_kind or lead_kind
    if kind == "meeting" and title_kind and lead_kind == "talks":
        kind = "talks"  # "X pays courtesy call on Y" over "X held talks with Y": the lead tells what they held
    if kind == "other" and lead_kind in ("meeting", "talks") and " (" in title and PHOTO_POSITION.search(title):
        # a photo caption standing for the headline ("X (L) holds a welcoming ceremony for Y (R)") over
        # "X met with Y": the caption shows a moment of the meeting the lead tells
        kind = lead_kind
    elif kind == "other" and "sign" in title.lower() and lead_kind in ("meeting", "talks"):
        # "Foreign ministers sign memo of cooperation" over "X has met with his counterpart Y": the
        # signing was at a meeting the lead tells
        kind = lead_kind
    verb = M.find_verb(first_sentence)
    lead_head = first_sentence[: verb.start()] if verb else first_sentence
    if not verb and title_kind in ("meeting", "talks") and " said" in lead_head:
        # "X said here on Wednesday that the visit of Y "will increase ..."" under "X meets Y": the
        # future is the speaker's, not the meeting's
        lead_head = lead_head[: lead_head.index(" said")]
    elif not verb and " will " in lead_head:
        if sm := _STATED_WILL.search(lead_head):
            # "Ambassador X has stated that the cooperation will focus on ...": a future the speaker
            # tells, with no event in it, announces nothing
            lead_head = lead_head[: sm.start()]
    announcement = kinds.is_announcement(title, lead_head)

    registry = M.Registry(text=" ".join(paragraphs))
    if title and title != first_sentence:
        # "Ambassador Zhang Junsai meets Governor Lieutenant of Alberta" over "Ambassador Zhang met with ...":
        # the headline's full names, so that the body's surnames resolve to them
        tverb = M.find_verb(title) or _TITLE_VISIT_VERB.search(title)  # ("Ambassador Dr. A B visited Cork City")
        if tverb and tverb.start() > 3:
            for p in P.parse_people(M.clean_subject(_PLACE_COLON.sub("", title[: tverb.start()]))):
                if len(p["name"].split()) >= 2:
                    # (the name only: the offices the body writes are the ones a reader takes)
                    registry.add({"name": p["name"], "title": None, "organization": None, "country": None, "also": []})
                    registry.headline[p["name"].lower()] = p
            # (and whom its subject met, for the office only: "... with U.S. Secretary of State X"; parsed
            # only if asked, see Registry.headline_person)
            registry.headline_title = title
    for caption in rel.captions[:2]:
        # "Wu Bangguo (R), chairman of ..., meets with X in Geneva" above a body that writes "Wu met ...":
        # the caption's full names too (names only, like the headline's)
        cverb = M.find_verb(caption)
        if cverb and cverb.start() > 3:
            for p in P.parse_people(M.clean_subject(PHOTO_POSITION.sub("", caption[: cverb.start()]))):
                if len(p["name"].split()) >= 2:
                    registry.add({"name": p["name"], "title": None, "organization": None, "country": None, "also": []})
    for sent in sents[:4]:
        if sent.startswith(("At the invitation of ", "At the kind invitation of ", "Upon the invitation of ")):
            # "At the invitation of Gabonese President X, Mu attended ... the Gabonese president met with Mu":
            # the host the invitation names is whom a later office means
            im = _INVITED_BY_HOST.match(sent)
            for p in P.parse_people(im.group("who")) if im else []:
                if len(p["name"].split()) >= 2:
                    registry.add(p)
    umbrella_sentences: list[str] = []
    lead_people: list[Person] = []
    for sent in sents[:3]:
        if sent.startswith(M.BACKGROUND_OPENINGS):
            continue  # ("Since President A and B held meetings in April, ...": not whom the release is about)
        lead_people = _subject_people(sent, registry)
        if lead_people:
            break
    if not lead_people:
        # "A CPC delegation visited Egypt from Saturday to Monday. The delegation was led by X, a member
        # of ...": the leader is whom the release is about ("During the visit, Qu met with ...")
        for sent in sents[1:3]:
            dm = _DELEGATION_LED_BY.search(sent) if "delegation" in sent and " by " in sent else None
            if dm:
                lead_people = M.people_in(M.object_text(dm.group("who")), registry)[:1]
                break
    if not lead_people and sents and " said" in sents[0]:
        # "China stands ready to ..., said Chinese Vice Premier X on Monday." / "..., Chinese Premier X
        # said on Wednesday.": the wire's speaker
        sm = _SAID_BY.search(sents[0]) or _SPEAKER_SAID.search(sents[0])
        if sm:
            lead_people = [registry.add(p) for p in P.parse_people(sm.group("who"))]
    if lead_people:
        registry.last = lead_people[0]
    events = M.find_events(sents, para_of, registry, lead_people)
    if not events and any("between" in s or " of " in s or " side" in s for s in sents[:8]):
        held = _held_between(sents[:8], registry)
        if held:
            events = [held]
    if not events:
        paired = _pair_during_talks(sents[:3], registry)
        if paired:
            events = [paired]
    caption_only = not events and kind == "visit" and title_kind is None and not announcement \
        and any(" meets " in c for c in rel.captions)  # ("Zhang recalled Xi's state visit ..." under "X (R) meets with Y")
    if not events and (kind in ("meeting", "talks", None) or caption_only) and not announcement:
        # "Ambassador X Meets with Vice President Y" over a body that never tells the meeting in a
        # sentence of its own ("The two sides exchanged views on ..."); else the photo caption's
        # "X (R) meets with Y in Beijing, ..."
        body_text = " ".join(paragraphs[:6])
        for told in ([title] if title and kind else []) + [c for c in rel.captions if " meet" in c]:
            events = [e for e in M.find_events([PHOTO_POSITION.sub("", told)], [0], registry, [])
                      if e.principals and e.counterparts
                      and all(_titled_name(x) or (len(x["name"].split()) >= 2 and P.is_pure_name(x["name"])
                                                  and x["name"] in body_text)  # ("Dmitry Medvedev: Your Excellency, ...")
                              for x in e.principals + e.counterparts)][:1]
            if events:
                kind = "meeting" if caption_only else kind or "meeting"
                break
    if len(events) > 1:
        umbrella_sentences = [e.sentence for e in events]  # (the place is often written in the summary's)
        events = _without_umbrella(events)
    if announcement and kind == "visit" and events:
        # An announced visit's programme ("During his visit, X will call on Y") has not happened yet.
        events = [e for e in events if not _FUTURE.search(e.sentence)]
    elif kind == "visit" and events:
        # ... nor does a visit's programme in a report of its start ("During the visit, X would call on
        # President A and have a meeting with Prime Minister B"), though a call announced on its own is
        # talks ("X will hold a video call with Y on Friday")
        events = [e for e in events if not (e.subject_text and M.MODAL_BEFORE_VERB.search(e.subject_text + " "))]
    if kind == "other" and title_kind is None and events and events[0].sentence == first_sentence \
            and events[0].verb.lower() in ("hosted", "hosts", "welcomed", "welcomes") and events[0].counterparts:
        kind = "meeting"  # "Prime Minister X hosted China's Ambassador Y at his office": a person hosted, not an event
    if kind is None and any(" visit" in x and ", who " not in x[: x.find(" visit")] and dates.find_range(x, ref)[1]
                            for x in sents[:2]):
        # "Nepal has voiced hope ..." then "A delegation led by X visited Nepal from Jan. 26-29 ...": the
        # release reports a visit, its dates the range
        kind = "visit"
    if kind is None and events:
        # (the event sentence's own word when it has one: "The pledge came out of talks on Tuesday between A and B")
        kind = "talks" if kinds.kind_of(events[0].sentence) == "talks" else "meeting"
        warn.append("kind not stated; assumed meeting")
    elif kind is None:
        # No kind word and no meeting sentence ("Foreign ministers of A, B and C will hold a video
        # conference ... The meeting will be chaired by X"): a release about an event, so X is its actor.
        kind = "other"
        if not transcript_only:
            warn.append("kind not stated and no meeting sentence understood; assumed other")
    if kind in ("meeting", "talks") and not events and _ATTENDED.search(" ".join(sents[:2])):
        # "Parties hold dialogue" over "X attended and addressed the conference": an event X attended
        kind = "other"
    if kind in ("meeting", "talks") and not events and not announcement:
        # ("The two countries resumed their dialogue ... The meeting, co-chaired by A and B, took place ...")
        between = _meeting_between(sents[:3], registry)
        if between and between.counterparts:
            events = [between]
    if kind in ("meeting", "talks") and not events:
        warn.append("no meeting sentence understood")

    if kind == "other" and title_kind == "other" and lead_kind in ("meeting", "talks") and events \
            and events[0].sentence == first_sentence and events[0].counterparts and not announcement:
        # "Tajikistan to host Chinese Culture Days" over "Minister X held a meeting with Ambassador Y": the
        # headline tells what was agreed, the lead what happened
        kind = lead_kind
    actors: list[Person] = []
    present: list[Person] = []
    # "X attended the reception held by the Embassy, and met with Ambassador Y": an event X attended,
    # and a meeting told with it (the meeting stays)
    attended_and_met = kind == "other" and bool(events) and events[0].sentence == first_sentence \
        and " attended " in first_sentence and bool(_ATTENDED_THEN_MET.search(first_sentence))
    met_there = [e for e in events if e.sentence.startswith(_AT_THE_EVENT) and e.counterparts] if kind == "other" else []
    if met_there and not announcement:
        # "X attended the Summit ... During the summit, X met with A, B and C": the meetings held there
        # (and the ones told after it: "He also met with other leaders, including ...")
        events = [e for e in events[events.index(met_there[0]):] if e.counterparts]
    elif not attended_and_met and (kind == "other" or (kind == "visit" and not events) or (announcement and not events)):
        # (an announced meeting no sentence tells yet, "X will host Y on 20 February": X is its actor)
        actors, present = _actors(kind, lead_people, sents, title, registry)
        # ("A and B inaugurated the seminar ... B was received yesterday by Y": the event, and a meeting
        # of one of its people told later)
        events = [e for e in events if kind == "other" and not announcement and e.sentence != first_sentence and e.counterparts
                  and any(p is a for a in actors + present for p in e.principals + e.counterparts)]
        between = _meeting_between(sents[:2], registry) if kind == "other" else None
        if between:
            # "X attended a meeting between A and B": the meeting is A's with B; X was present.
            met = {x["name"] for x in between.principals + between.counterparts}
            events, present, actors = [between], [x for x in actors + present if x["name"] not in met], []
    meetings = [m for e in events for m in _meetings_of(e)]
    _delegation_leader_named_later(meetings, sents, registry)
    present = _present(sents, registry, meetings, present, actors)
    mode_scope = " ".join([title, first_sentence] + ([events[0].sentence] if events else []))
    out["mode"] = kinds.mode_of(mode_scope, lead, kind, bool(meetings))
    if out["mode"] == "in_person" and len(news) > 1 and news[1].startswith("The ") and _HELD_ON_VIDEO.match(news[1]):
        out["mode"] = "video"  # "... will hold the leaders' meeting with X." then "The meeting will be held on video."
    if out["mode"] == "phone" and (kind == "meeting" or (kind == "visit" and meetings)):
        # a phone call is talks even when the headline says "speaks with" (or "to send special envoy
        # to ...", the news the call gave)
        kind = "talks"
    out["kind"] = kind

    start, end = dates.event_dates(
        visit=kind == "visit", announcement=announcement, lead_text=lead_text, later_paragraphs=news[1:],
        title=title, first_sentence=first_sentence,
        main_sentence=events[0].sentence if events else first_sentence, dateline_date=dl_date, ref=ref)
    if start is None and transcript_only:
        start = ref  # the press conference itself, on the day it was posted
    if start is None and (dl_date or ref) is None:
        # "Chinese Embassy Holds the 2012 Spring Festival Reception" over "On January 20, ...": the one
        # year the headline and the lead write is the date's (never a weekday's: that needs a day)
        years = set(_YEAR.findall(title + " " + first_sentence))
        if len(years) == 1:
            mid_year = date(int(years.pop()), 7, 1)
            start = dates.explicit_date(events[0].sentence if events else first_sentence, mid_year) \
                or dates.explicit_date(paragraphs[0][:300], mid_year)
    if start is None and (dl_date or ref) is None:
        warn.append("no year and no posting date: meeting date unknown")
    out["meeting_date"] = start.isoformat() if start else None
    out["date_end"] = end.isoformat() if end else None

    # A dateline whose day is not the event's ("Colombo, 12 July 2023 — X called on Y in Beijing
    # on 10 July") is the report's: its city is the report's too, unless the event sentence names none.
    reported_later = bool(dl_date and start and start < dl_date and kind != "visit" and events)
    event_sentences = [e.sentence for e in events]
    if len(umbrella_sentences) > len(events):  # (an umbrella meeting was dropped)
        event_sentences += [x for x in umbrella_sentences if x not in event_sentences]
    out["location"] = places.location(city, announcement, event_sentences or [first_sentence],
                                      sents[:2], dateline_is_report=reported_later, captions=rel.captions)
    _offices_named_later(meetings, body)
    everyone = [p for m in meetings for r in ("principals", "counterparts") for p in m[r]] + actors + present
    _formal_offices_named_later(everyone, body)
    if registry.headline or registry.headline_title:
        # "H.E. Amb. Guo Haiyan met with ..." under "Ambassador Guo Haiyan Meets With ...": a name the
        # body writes with no office takes the headline's
        for p in everyone:
            told = registry.headline_person(p["name"]) if not p.get("title") else None
            if told and told.get("title"):
                M._merge(p, told)
    if rel.lead_captions:
        _offices_from_lead_captions(rel.lead_captions, everyone)
    _fill_countries(events, meetings, actors, present, " ".join([title] + paragraphs),
                    [city] if announcement else [out["location"], city])

    out["meetings"] = [{"principals": [_copy(p) for p in m["principals"]],
                        "counterparts": [_copy(p) for p in m["counterparts"]],
                        "counterpart_delegation": m["counterpart_delegation"]} for m in meetings]
    if not meetings and not actors and present and kind == "other" and first_sentence \
            and not _subject_people(first_sentence, M.Registry()) and _BODY_HELD_EVENT.search(first_sentence):
        # "China's State Council on Wednesday held a reception ..." then "The reception was attended by
        # state leaders A, B and C": a body held it, and the people there are the ones who did it
        actors, present = present, []
    out["actors"] = [_copy(p) for p in actors]
    out["present"] = [_copy(p) for p in present]

    out["venue"] = places.venue(sents + rel.captions)

    participants = [p for m in meetings for r in ("principals", "counterparts") for p in m[r]]
    out["statements"] = attribute(body, participants + actors + present + registry.people)
    out["mentions"] = find_mentions(" ".join(body), title=title)
    if not out["meetings"] and not out["actors"]:
        warn.append("no participants understood")
    return out


def _meetings_of(e: M.Event) -> list[dict[str, Any]]:
    """The meetings an event tells: one, or one per counterpart when they were met separately ("met
    respectively with A, B and C"), or one per principal ("A and B also met with X, respectively")."""
    if e.separate and len(e.principals) > 1 and len(e.counterparts) == 1:
        pairs = [([p], e.counterparts) for p in e.principals]
    elif e.separate and len(e.counterparts) > 1:
        pairs = [(e.principals, [c]) for c in e.counterparts]
    else:
        pairs = [(e.principals, e.counterparts)]
    return [{"principals": ps, "counterparts": cs, "counterpart_delegation": e.delegation} for ps, cs in pairs]


def _sentences(body: list[str], lead_text: str) -> tuple[list[str], list[int]]:
    """All sentences of the body (the dateline cut off the first) and the paragraph of each."""
    sents: list[str] = []
    para_of: list[int] = []
    for i, para in enumerate(body):
        for s in sentences(lead_text if i == 0 else para):
            s = s.strip()
            for part in _clauses(s) if "; " in s or ", and " in s else (s,):
                if part:
                    sents.append(part)
                    para_of.append(i)
    return sents, para_of


def _clauses(sentence: str) -> list[str]:
    """A sentence's semicolon clauses when each tells a meeting of its own ("A met with the delegation;
    B had a meeting with the delegation"), else the sentence (a list of people keeps its semicolons)."""
    parts = sentence.split("; ")
    if len(parts) > 1 and all(_tells_a_meeting(part) for part in parts):
        return [part if k == len(parts) - 1 else part + "." for k, part in enumerate(parts)]
    if len(parts) > 1:
        # "X met with A; held talks with B; and met with C": the later clauses' subject is the first's
        first = M.find_verb(parts[0])
        rest = [part[4:] if part.startswith("and ") else part for part in parts[1:]]
        if first is not None and first.start() > 0 and all((v := M.find_verb(part)) is not None and v.start() == 0
                                                           for part in rest):
            subject = parts[0][: first.start()]
            return [parts[0] + "."] + [subject + part + ("" if k == len(rest) - 1 else ".") for k, part in enumerate(rest)]
    # "A and B also met with X, respectively, and Vice Minister C held talks with the US diplomat": a
    # second clause with a subject of its own (a capitalised office or name) and a meeting verb
    cut = sentence.find(", and ")
    if cut > 0 and sentence[cut + 6: cut + 7].isupper():
        first, second = sentence[:cut], sentence[cut + 6:]
        sv = M.find_verb(second) if " with " in second and _tells_a_meeting(second) else None
        # (not "... talks with A, and President B, and meet with C": "and" before its verb, the list's)
        if sv is not None and not second[: sv.start()].rstrip().endswith((", and", " and", ",")) and M.find_verb(first):
            return [first + ".", second]
    return [sentence]


def _tells_a_meeting(clause: str) -> bool:
    """Does the clause have a meeting verb after a subject?"""
    verb = M.find_verb(clause)
    return verb is not None and verb.start() > 0


def _subject_people(sentence: str, registry: M.Registry) -> list[Person]:
    """People in the subject of a sentence (before its first action verb), spokespersons left out.

    "A delegation of the CPC, led by X, ..., paid a visit": the leader is the subject.
    """
    vm = _SUBJECT_VERB_WS.search(sentence)
    while vm and vm.start() and sentence[vm.start() - 1] == "-":
        vm = _SUBJECT_VERB_WS.search(sentence, vm.end())  # ("Newly-arrived Consul General X visited")
    if not vm:
        return []
    head = sentence[: vm.start()]
    ev = M.find_verb(sentence, 0) if "meeting" in head or "talks" in head or "conversation" in head or "call" in head \
        else None
    if ev is not None and 0 < ev.start() < vm.start() and ev.group(0).lower().startswith(("at ", "in ", "during ")):
        # "Chinese President X is at a meeting with visiting French President Y ... Monday": the subject
        # ends where the meeting is told
        vm = ev
    if sentence.startswith(_EVENT_TAKES_PLACE, vm.end()):
        return []  # "The 8th Example Forum will be held ...": the subject is an event, no one in it
    subject = M.clean_subject(sentence[: vm.start()])
    if subject.startswith(M._FRONT_WORDS):  # "Meeting with X in Beijing on Monday, Wang Yi said"
        fm = M._FRONT_MEETING.match(sentence)
        if fm:
            subject = fm.group("subj")
    if "between " in subject:  # "Talks between A and B were held": A and B are the subject's people
        bm = _BETWEEN_LEAD.match(subject)
        if bm:
            subject = subject[bm.end():]
    elif "between " in sentence[: vm.start()]:
        # "In response to media enquiries on the phone call between A and B yesterday, the Office said"
        bm = _TALKS_BETWEEN.search(sentence, 0, vm.start())
        if bm:
            subject = M.object_text(sentence[bm.end(): vm.start()])
    led = _LED_BY.search(subject) if "by" in subject else None
    if led:
        subject = subject[led.end():]
    if ", as " in subject:  # "China reiterated its stance, as U.S. Deputy Secretary of State X visited China"
        am = _AS_CLAUSE.search(subject)
        if am:
            subject = subject[am.end():]
    if " accompanied " in subject and " who " not in subject:
        # "Ambassador X accompanied Vice Minister Y, ..., to hold talks": Y, then X
        am = _ACCOMPANIED_GUEST.search(subject)
        if am:
            return [registry.add(p) for p in P.parse_people(am.group("guest")) + P.parse_people(subject[: am.start()])
                    if len(p["name"].split()) >= 2]
    found = []
    for p in P.parse_people(subject) if subject else []:
        if _SPOKESPERSON.search(p.get("title") or "") or (len(p["name"].split()) < 2 and not P.is_one_word_name(p["name"])):
            continue
        found.append(registry.add(p))
    if not found and subject and " " in subject:
        # "Newly-arrived Chinese Consul General HU visited ..." under "Consul General HU Shan Paid a
        # Courtesy Visit to ...": the headline's person, with the office the lead writes
        known = M._office_and_known_surname(subject, registry)
        if known:
            found.append(known)
    return found


_AS_CLAUSE = re.compile(r"^.*,\s+as\s+(?!well\s+as\b)")
_ACCOMPANIED_GUEST = re.compile(r"\s(?:also\s+)?accompanied\s+(?!by\s)(?P<guest>[A-Z][^;]+?),?"
                                r"(?:\s+to(?:\s+(?:hold|have|attend|meet|call|pay|visit)\b.*)?)?$")


_HOSTS_AND_SPOUSE = re.compile(r"\band\s+(?:his\s+wife|her\s+husband|(?:his\s+)?(?:Madame|Madam|Mme\.?|Mrs\.?))\b,?\s+[A-Z]"
                               r"[^;]{0,80}?\b(?:hosted|held|gave|hosts|holds|gives)\b")


def _actors(kind: str, lead_people: list[Person], sents: list[str], title: str,
            registry: M.Registry) -> tuple[list[Person], list[Person]]:
    """(actors, present) of a release without a meeting.

    An `other` release (attends, hosts) is about its first subject; others in that subject and
    people "invited to attend" are present. An announced visit is about everyone in the lead's
    subject. Fallbacks: "chaired by X", then the headline's subject.
    """
    actors = lead_people[:1] if kind == "other" else list(lead_people)
    if kind == "other" and len(lead_people) >= 2 and sents and _HOSTS_AND_SPOUSE.search(sents[0][:200]):
        actors = lead_people[:2]  # "Ambassador X and Madame Y hosted a reception": the hosting couple
    chairs: list[Person] = []
    if not actors or kind == "other":
        for sent in sents:
            cm = _CHAIRED_BY.search(sent)
            if cm and cm.group(0).startswith("hosted") and "chaired by " in sent:
                # "The meeting was hosted by the X Party ..., and was co-chaired by A and B": the chairs
                cm = _CHAIRED_BY.search(sent, sent.index("chaired by ") - 3)
            if cm:
                chairs = M.people_in(cm.group("who"), registry)
                actors = actors or chairs[:1]
                break
    if not actors:
        # "A delegation of the CPC left today for India. The delegation is led by X, a member of ...":
        # the delegation's leader
        for sent in sents[:3]:
            dm = _DELEGATION_LED_BY.search(sent) if "delegation" in sent and " by " in sent else None
            if dm:
                actors = M.people_in(M.object_text(dm.group("who")), registry)[:1]
                if actors:
                    break
    if not actors and title:
        actors = P.parse_people(_TITLE_SUBJECT.split(title)[0])
    present: list[Person] = []
    if kind == "other":
        # "Liu Jianchao Attends Dialogue" over "X, Deputy President of the ANC, attended and addressed the
        # function. Liu Jianchao, Minister of ..., attended the dialogue": the headline's person is the
        # release's, and the body's first subject was present
        head = _headline_person_in_body(title, registry, sents)
        if head is not None and (not actors or actors[0] is not head):
            present, actors = actors, [head]
        for p in lead_people[1:] + chairs:
            if all(p is not q for q in actors + present):
                present.append(p)
        for sent in sents[:3]:
            im = _INVITED.search(sent)
            if im:
                present += M.people_in(im.group("who"), registry)
        present += _event_speakers(sents, actors + present, registry)
    return actors, present


def _headline_person_in_body(title: str, registry: M.Registry, sents: list[str]) -> Person | None:
    """The first person the headline's subject names (with a full name) whom the body names in full too."""
    names = list(registry.headline) if registry.headline else \
        [p["name"] for p in P.parse_people(_TITLE_SUBJECT.split(title)[0])] if title and _TITLE_SUBJECT.search(title) else []
    for name in names:
        if " " in name and any(name in s for s in sents):
            # (its offices come with the body's sentence about it, which registry.add completes the
            # record with; else the office written right before the name: "a luncheon for Ambassador X")
            person = registry.find(name) or registry.add(
                {"name": name, "title": None, "organization": None, "country": None, "also": []})
            if not person.get("title"):
                for sent in sents:
                    om = re.search(r"((?:[A-Z][\w.'-]*\s+){1,4})" + re.escape(name) + r"\b", sent)
                    told = P.parse_people(om.group(0)) if om else []
                    if len(told) == 1 and told[0]["name"] == name and told[0].get("title"):
                        registry.add(told[0])
                        break
            return person
    return None


# What a participant does at an event, written with their name as the subject ("A, Chairman of ...,
# and B, Secretary of ..., attended and addressed the event", "C, Dean of ..., delivered remarks")
_AT_EVENT_VERB = re.compile(
    r"(?:also\s+)?(?:attended|addressed|delivered|spoke|gave|made|congratulated|praised|thanked|welcomed|"
    r"expressed|extended|hailed|lauded|presented|shared|introduced|briefed|highlighted|noted|stressed|emphasi[sz]ed|said|took part|"
    r"participated|joined)\b")


_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|will|would)\b")
_KIN = ("wife", "husband", "spouse")


def _event_speakers(sents: list[str], known: list[Person], registry: M.Registry) -> list[Person]:
    """People an event release names as the subject of what they did there, each with an office."""
    found: list[Person] = []
    for sent in sents[1:]:
        if sent.startswith(M.BACKGROUND_OPENINGS) or not sent[:1].isupper() or _OUTLETS_OR_BODIES.match(sent):
            continue
        vm = _SUBJECT_VERB_WS.search(sent)
        if not vm or not _AT_EVENT_VERB.match(sent, vm.start()) or _FINITE_VERB.search(sent, 0, vm.start()) \
                or " including " in sent[: vm.start()]:
            # ("Minister X was in Nairobi last year, where he emphasized ...", "The relations, under the
            # leadership of A and B, have grown ..., the ambassador said": no one's doing at the event;
            # "200 people including X attended" is _present's)
            continue
        for p in _subject_people(sent, registry):
            if p.get("title") and len(p["name"].split()) >= 2 and p["title"].lower() not in _KIN \
                    and all(p is not q for q in known + found):
                found.append(p)
    return found


_DELEGATION_LED_BY = re.compile(r"\bdelegation\b[^.;]{0,150}?\b(?:(?:is|was)\s+)?(?:led|headed)\s+by\s+(?P<who>[^;]+?)"
                                r"(?:\s+and\s+(?:included|includes|comprised|consisted|was\s+composed)\b|;|$)")


def _delegation_leader_named_later(meetings: list[dict[str, Any]], sents: list[str], registry: M.Registry) -> None:
    """A meeting with a delegation no one of is named ("X met with a delegation from the Y
    Association") whose leader a later sentence names ("X extended a warm welcome to the delegation
    headed by A", "The group, ..., was led by A"): A is the counterpart."""
    if len(meetings) != 1 or meetings[0]["counterparts"] or not meetings[0]["counterpart_delegation"]:
        return
    meeting = meetings[0]
    for sent in sents[1:8]:
        lm = _THE_DELEGATION_LED_BY.search(sent) if " by " in sent else None
        if not lm:
            continue
        # (co-leaders too: "The Japanese delegation was led by A, governor of X, B, governor of Y and C")
        leaders = M.people_in(M.object_text(lm.group("who")), registry)[:4]
        if leaders and all(len(p["name"].split()) >= 2 and P.is_pure_name(p["name"])
                           and all(p is not q for q in meeting["principals"]) for p in leaders):
            meeting["counterparts"] = leaders
        return


_TITLE_VISIT_VERB = re.compile(r"\s(?:[Vv]isit(?:s|ed)|[Tt]our(?:s|ed))\s")
# (the delegation already told: "the" or "this", and no "Chinese": China's own side is another)
_THE_DELEGATION_LED_BY = re.compile(r"\b[Tt]h(?:e|is)\s+(?:(?!Chinese\b)[A-Z][a-z]+\s+)?(?:delegation|group)\b(?:,[^.;]{0,120}?,)?\s+(?:(?:is|was)\s+)?"
                                    r"(?:led|headed)\s+by\s+(?P<who>[^;]+?)(?:\s+and\s+(?:included|includes|comprised|consisted)\b|;|$)")


_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def _meeting_between(sents: list[str], registry: M.Registry) -> M.Event | None:
    """The meeting of "... a meeting between <officials> and <officials or a group>", if written."""
    for sent in sents:
        m = _BETWEEN.search(sent) or (_MEETING_CO_CHAIRED.match(sent) if ", co-" in sent else None)
        if not m:
            continue
        phrase = m.groupdict().get("who") or m.group("who2")
        cut = list(_AND_GROUP.finditer(phrase))
        left, right = (phrase[: cut[-1].start()], phrase[cut[-1].end():]) if cut else (phrase, "")
        principals = M.people_in(left, registry)
        counterparts = M.people_in(right, registry) if right else []
        if m.group("co") and not right and len(principals) >= 2:
            principals, counterparts = principals[:1], principals[1:]  # (the co-hosts: the first met the others)
        if principals:
            delegation = right.strip(" ,.") if right and not counterparts else None
            return M.Event(principals, counterparts, delegation, False, "meeting between", sent)
    return None


_HELD_ON_VIDEO = re.compile(r"The (?:meeting|talks|call|conversation|dialogue|summit|consultations?) (?:will be|was|were|is|are) "
                            r"(?:held|conducted) (?:via|by|on|through|over) (?:a )?video(?:[- ]?link| ?conference)?\b")
_BODY_HELD_EVENT = re.compile(r"^(?:[A-Z][\w'.-]*\s+){0,4}(?:State Council|Ministry|Embassy|Consulate(?: General)?|Government|"
                              r"Committee|Council|Department|Association)\b[^.;]{0,60}?\b(?:held|hosted|organi[sz]ed|gave)\s+"
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:reception|ceremony|banquet|celebration|gala|dinner)\b")
_PLACE_COLON = re.compile(r"^[A-Z][\w .'-]{1,30}:\s+(?=[A-Z])")  # a headline's "Kenya: Ambassador X Meets ..."
_OUTLET_COLON = re.compile(r"^(?:The\s+)?[A-Z][\w'.&-]*(?:\s+[A-Z][\w'.&-]*){0,3}:\s+(?=[A-Z])")
_TALKS_BETWEEN = re.compile(r"\b(?:talks|meeting|consultations?|(?:phone|telephone|video)\s+(?:call|conversation))\s+between\s+")
_BETWEEN_LEAD = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){1,3}?between\s+", re.I)
# "Talks between A and B were held in Beijing on Friday."
_HELD_BETWEEN = re.compile(
    r"^(?:(?:On|In|During)\b[^,]{0,80},\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|consultations?|"
    r"(?:phone|telephone|video)\s+(?:call|conversation))\s+between\s+(?P<who>.+?)\s+(?:(?:were|was)\s+held|took\s+place)\b", re.I)


# "This was underscored during talks between A and B."
_DURING_BETWEEN = re.compile(
    r"\b(?:during|in|at|out\s+of|from|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions?|consultations?|"
    r"conversations?|(?:phone|telephone|video)\s+calls?)"
    # ("The pledge came out of talks on Tuesday between A and B", "... discussions in Beijing on Monday between")
    r"(?:\s+(?:in\s+[A-Z][a-z]+\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r"\s+between\s+"
    # ("The consultations were held between A and B", "The agreement came out of talks between A and B")
    r"(?P<who>.+)$|\b(?:talks|meeting|discussions?|consultations?)\s+(?:were|was)\s+held\s+between\s+(?P<who2>.+)$", re.I)


# "The recent video call between Chinese Defense Minister A and U.S. Secretary of Defense B bears ...": the
# call's two people, in the capitalised words of their offices and names
_THE_CALL_BETWEEN = re.compile(
    # (not one ahead: "The scheduled meeting between President A and his counterpart B during the summit")
    r"^(?:The|A)\s+(?:(?:recent|latest|first|second|third|last)\s+)?"
    r"(?!(?:scheduled|planned|upcoming|proposed|expected|forthcoming|possible|potential|next|future|anticipated)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|conversation|"
    r"(?:phone|telephone|video)\s+(?:call|conversation|talks))\s+between\s+"
    # ("... between Foreign Minister A and his Russian counterpart B")
    r"(?P<who>[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|the|and|for))*\s+and\s+(?:(?:his|her)\s+(?:[A-Z][\w.'-]*\s+)?counterpart,?\s+)?"
    r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|the|for))*)")


_COCHAIRED_BY = re.compile(r"\b(?:talks|consultations?|meeting|dialogue|session)\s+(?:were|was)\s+co-chaired\s+by\s+"
                           r"(?P<who>.{3,250}?\s+and\s+.{3,250}?)\.?$")
# "The remarks were made by visiting X, ..., in his courtesy meeting with Y"
_MADE_BY_IN_MEETING = re.compile(
    r"\b(?:was|were)\s+(?:made|expressed|voiced|reaffirmed)\s+by\s+(?:visiting\s+)?(?P<who>[A-Z].{2,250}?),?\s+(?:in|during|at)\s+"
    r"(?:his|her|their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation)\s+with\s+(?P<obj>.+)$")
# "Premier X and his Russian counterpart Y agreed to ... during a telephone conversation Monday."
_MADE_BY_PAIR = re.compile(r"\b(?:was|were)\s+(?:made|reached|expressed|reaffirmed|signed)\s+by\s+(?P<who>.{3,200}?\s+and\s+.{3,200}?)\s+"
                           r"during\s+(?:their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|call)\b")
_DURING_PAIR = re.compile(
    r"^During\s+the\s+(?:(?:phone|telephone|video)\s+)?(?:talks|meeting|conversation|call|consultations?),\s+"
    r"(?P<who>[A-Z].{3,300}?\s+and\s+.{3,300}?),?\s+(?:both\s+)?(?:emphasi[sz]ed|stressed|agreed|noted|discussed|exchanged|"
    r"expressed|reviewed|affirmed|reaffirmed|pledged|highlighted|underlined|welcomed|shared)\b")
_PAIR_DURING = re.compile(
    r"^(?P<who>.{3,200}?\s+and\s+(?:his|her)\s+(?:[\w.-]+\s+){0,3}?counterpart\s+.{3,200}?)\s+"
    r"(?:agreed|vowed|pledged|discussed|exchanged|reached|expressed|stressed|called|spoke|talked)\b"
    r".{0,250}?\b(?:during|in|at|over)\s+(?:a\s+|an\s+|their\s+|the\s+)?(?:(?:telephone|phone|video)\s+)?"
    r"(?:conversation|call|talks|meeting)\b")


# "Wen and his Russian counterpart Dmitry Medvedev witnessed the signing of ...": the two met
_PAIR_WITH_COUNTERPART = re.compile(
    r"^(?P<who>[A-Z][^,;]{1,120}?\s+and\s+(?:his|her)\s+(?:[\w.-]+\s+){0,3}?counterpart,?\s+[A-Z][^,;]{3,80}?),?\s+"
    r"(?:jointly\s+|also\s+)?(?:witnessed|signed|co-chaired|co-hosted|inked"
    # ("held talks", not "The meeting between A and his counterpart B ... had great significance")
    r"|(?:held|had)(?=\s+(?:[\w-]+\s+){0,4}?(?:talks|meetings?|discussions?|conversations?|calls?|consultations?|dialogue)\b))\b")
# "Li said Wednesday that he and Indian Prime Minister X had in-depth talks": the speaker's talks with X
_HE_AND_X_TALKED = re.compile(
    r"^(?P<subj>[A-Z].{2,150}?)\s+said\s+(?:on\s+)?(?:[A-Z][a-z]+\s+)?that\s+(?:he|she)\s+and\s+(?P<obj>[A-Z].{3,150}?)\s+"
    r"(?:had|held)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions)\b")


_VERB_HIM_DURING = re.compile(
    r"^(?P<subj>[A-Z].{3,200}?)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:thanked|told|assured|briefed|congratulated|invited|urged)\s+(?P<obj>(?:his|her)\s+.{3,120}?)\s+"
    r"(?:during|in|over)\s+(?:a|an|their|the)\s+(?:(?:telephone|phone|video)\s+)?(?:conversation|call|talks)\b")


def _pair_during_talks(sents: list[str], registry: M.Registry) -> M.Event | None:
    """The talks of "X and his counterpart Y agreed to ... during a telephone conversation": X's with Y
    (and of "X thanked his new Chinese colleague Y during a telephone conversation")."""
    for i, sent in enumerate(sents):
        if i and sent.startswith(M.BACKGROUND_OPENINGS):
            continue  # ("Not long ago, President A and his counterpart B reached a consensus in a phone call")
        m = (_PAIR_DURING.match(sent) or _PAIR_WITH_COUNTERPART.match(sent)) if "counterpart" in sent else None
        if m:
            people = M.people_in(M.clean_subject(m.group("who")), registry)
            if len(people) >= 2:
                M._counterpart_office(people[:1], people[1:], registry)
                return M.Event(people[:1], people[1:], None, False, "during talks", sent)
        m = _COCHAIRED_BY.search(sent) if "co-chaired by " in sent else None
        if m:
            # "The one-day closed-door consultations were co-chaired by Vice Foreign Minister A and
            # Assistant Secretary of State B": A's with B
            people = M.people_in(M.clean_subject(m.group("who")), registry)
            if len(people) == 2:
                # (the sentences before tell when and where: "... held their first round of consultations
                # in Honolulu Saturday")
                return M.Event(people[:1], people[1:], None, False, "co-chaired", " ".join(sents[: i + 1]))
        m = _MADE_BY_IN_MEETING.search(sent) if " by " in sent and " with " in sent else None
        if m:
            # "The remarks were made by visiting H.E. X, Vice Chairperson of ..., in his courtesy meeting
            # with Senate President Y": X's meeting with Y
            principals = M.people_in(M.clean_subject(m.group("who")), registry)
            counterparts = M.people_in(M.object_text(m.group("obj")), registry)
            if principals and counterparts:
                return M.Event(principals[:1], counterparts, None, False, "during talks", sent)
        m = _MADE_BY_PAIR.search(sent) if " by " in sent and " during " in sent else None
        if m:
            # "The reaffirmation was made by Prime Minister A and Premier B during their bilateral meeting"
            people = M.people_in(M.clean_subject(m.group("who")), registry)
            if len(people) >= 2:
                return M.Event(people[:1], people[1:], None, False, "during talks", sent)
        m = _DURING_PAIR.match(sent) if sent.startswith("During the ") else None
        if m:
            # "During the talks, A, Chairman of ..., and B, head of ..., emphasised ...": A's with B
            people = M.people_in(m.group("who"), registry)
            if len(people) == 2:
                return M.Event(people[:1], people[1:], None, False, "during talks", sent)
        m = _HE_AND_X_TALKED.match(sent) if " that he and " in sent or " that she and " in sent else None
        if m:
            principals = M.people_in(M.clean_subject(m.group("subj")), registry)
            counterparts = M.people_in(m.group("obj"), registry)
            if principals and counterparts:
                return M.Event(principals[:1], counterparts, None, False, "had talks", sent)
        m = _VERB_HIM_DURING.match(sent) if " during " in sent else None
        if m:
            principals = M.people_in(M.clean_subject(m.group("subj")), registry)
            counterparts = M.people_in(m.group("obj"), registry)
            if principals and counterparts:
                M._counterpart_office(principals[:1], counterparts, registry)
                return M.Event(principals[:1], counterparts, None, False, "during talks", sent)
    return None


def _held_between(sents: list[str], registry: M.Registry) -> M.Event | None:
    """The meeting of a sentence that names both sides without a meeting verb between them: "Talks
    between A and B were held ...", something said "during talks between A and B", "The Chinese side
    is headed by A; and the US side, by B", "Following the talks of A with B, ...": A's with B."""
    for sent in sents:
        m = (_HELD_BETWEEN.search(sent) or _DURING_BETWEEN.search(sent) or _THE_CALL_BETWEEN.match(sent)) \
            if "between" in sent else None
        if m:
            who = m.group("who") if m.re is not _DURING_BETWEEN else M.object_text(m.group("who") or m.group("who2"))
            people = M.people_in(who, registry)
            if len(people) >= 2:
                M._counterpart_office(people[:1], people[1:], registry)  # ("A and his U.S. counterpart B")
                return M.Event(people[:1], people[1:], None, False, "held", sent)
        m = _LED_THEIR_DELEGATIONS.match(sent) if " led " in sent and " delegation" in sent else None
        if m:
            # "Foreign Secretary A and Vice Foreign Minister B led their delegations in the consultations"
            people = M.people_in(M.clean_subject(m.group("who")), registry)
            if len(people) == 2:
                return M.Event(people[:1], people[1:], None, False, "led delegations", sent)
        m = _DISCUSSED_BY.search(sent) if "discussed " in sent and " by " in sent else None
        if m:
            # "The key issues of cooperation were discussed by Foreign Minister A and Ambassador B", "...
            # was discussed today in Ashgabat by Deputy Foreign Minister A with Ambassador B": A's with B
            who = M.object_text(m.group("who"))
            if " with " in who:
                principals = M.people_in(who[: who.index(" with ")], registry)
                people = principals[:1] + M.people_in(who[who.index(" with ") + 6:], registry) if len(principals) == 1 else []
            else:
                people = M.people_in(who, registry)
            if len(people) == 2:
                return M.Event(people[:1], people[1:], None, False, "discussed by", sent)
        m = _TWO_SIDES_HEADED.search(sent) if " side" in sent and " by " in sent else None
        if m:
            # "The Chinese side is headed by A; and the US side, by B": A's talks with B
            principals = M.people_in(m.group("a"), registry)
            counterparts = M.people_in(M.object_text(m.group("b")), registry)
            if principals and counterparts:
                return M.Event(principals[:1], counterparts, None, False, "sides headed by", sent)
        m = _TALKS_OF.search(sent) if " of " in sent and ("talks" in sent or "meeting" in sent) else None
        if m:
            # "Following the talks of A with B, the sides signed ...", "The Majilis has held a meeting of
            # A and a delegation of X led by B": A's with B (or with the delegation)
            who = m.group("who")
            for joint in (" with ", " and "):
                cut = who.find(joint)
                while cut > 0:
                    principals = M.people_in(who[:cut], registry)
                    if principals:
                        counterparts, delegation = M.counterparts_of(M.object_text(who[cut + len(joint):]), registry, [])
                        if counterparts:
                            return M.Event(principals[:1], counterparts, delegation, False, "talks of", sent)
                        break
                    cut = who.find(joint, cut + 1)
    return None


_TWO_SIDES_HEADED = re.compile(
    r"\b[Tt]he\s+(?:[\w.'-]+\s+){1,3}?side\s+(?:is|was|were)\s+(?:headed|led|chaired)\s+by\s+(?P<a>[^;]+?)(?:;|,)?\s+"
    r"(?:and|while)\s+the\s+(?:[\w.'-]+\s+){1,3}?side,?\s+(?:(?:is|was|were)\s+(?:headed|led|chaired)\s+)?by\s+(?P<b>.+?)\.?$")
# (the day and place may come between: "X said Monday in Tokyo that China hopes the issue will be solved")
_STATED_WILL = re.compile(r"\s(?:has\s+|have\s+)?(?:said|says|stated|states|noted|stressed|emphasi[sz]ed)(?:\s+[\w'-]+){0,4}?\s+that\s[^;]*?\swill\s+"
                          r"(?!(?:also\s+)?(?:visit|meet|hold|attend|pay|travel|host|lead|be\s+held|co-chair|chair|have|sign|call|"
                          r"go|leave|arrive|tour)\b)")
_LED_THEIR_DELEGATIONS = re.compile(r"^(?P<who>[A-Z].{3,250}?\s+and\s+.{3,250}?)\s+(?:respectively\s+)?led\s+(?:their|the\s+two|both)\s+"
                                    r"(?:respective\s+)?delegations\b")
_DISCUSSED_BY = re.compile(r"\b(?:were|was)\s+(?:also\s+)?discussed\s+(?:(?:today|yesterday|on\s+\w+|in\s+[A-Z][a-z]+)\s+){0,3}"
                           r"by\s+(?P<who>[A-Z].{3,250}?\s+(?:and|with)\s+.{3,250}?)\.?$")
_TALKS_OF = re.compile(r"\b(?:the|a)\s+(?:talks|meeting)\s+of\s+(?P<who>(?:the\s+)?(?:[a-z][\w-]*\s+){0,6}?[A-Z].+?)(?:,\s+(?:the\s+)?(?:sides|two|both)\b|\.$|$)")


def _present(sents: list[str], registry: M.Registry, meetings: list[dict[str, Any]], present: list[Person],
             actors: list[Person]) -> list[Person]:
    """Add people the text says "were present" / "also attended the meeting" (not already participants)."""
    in_meeting = {id(p) for m in meetings for r in ("principals", "counterparts") for p in m[r]}
    present = list(present)
    everything = " ".join(sents)
    if not any(map(everything.__contains__, _PRESENT_WORDS)):
        return [p for p in present if all(p is not a for a in actors)]
    for sent in sents:
        # (the words _PRESENT and _PRESENT_AFTER cannot match without; "ccompan": "accompanied", "Accompanying")
        if "present" not in sent and "attended" not in sent and "ccompan" not in sent and "took part" not in sent \
                and "Present" not in sent and "Among" not in sent and "assisted by" not in sent and "entourage" not in sent \
                and "joined the" not in sent and "at hand" not in sent and "ttending" not in sent \
                and "ttendance" not in sent and "presence of" not in sent and "joined by" not in sent \
                and "joined at the" not in sent \
                and not ("delegation" in sent and ("consist" in sent or "compos" in sent or "compris" in sent or "includ" in sent)
                         and _DELEGATION_OF_WORDS.search(sent)) \
                and not (("part of the" in sent or "members of the" in sent) and (" were " in sent or " was " in sent)) \
                and "irport" not in sent and "irbase" not in sent and "uests" not in sent and " there " not in sent \
                and "een off" not in sent and " saw " not in sent and "tepping off" not in sent and " arrival" not in sent \
                and " at the meeting" not in sent and " at the talks" not in sent and " at the event" not in sent \
                and not (("reeting" in sent or "elcoming" in sent or "scorting" in sent) and (" were " in sent or " was " in sent)) \
                and "brought together" not in sent and " and included " not in sent \
                and "ignitaries" not in sent and "ttendees" not in sent:
            continue
        pm = _present_who(sent)
        if pm:
            who = _AND_OTHERS.sub("", _AND_OTHERS.sub("", pm[0].strip()))
            if who.endswith((", who", ",who")) and sent.startswith(("was present", "were present", "was also present"),
                                                                   len(pm[0]) + 1) and M.find_verb(who) is None:
                who = who[: who.rindex(",")]  # "ZANU-PF National Chairman X, who was present at the meeting, described ..."
            elif who.endswith((" who", ",who")):
                continue  # "X met with Y, who accompanied President Z to attend ...": Y's relative clause
            cut = who.find(" together with ") if " together with " in who else who.find(" along with ")
            if cut > 0 and M.people_in(who[:cut], registry):
                # "X, Speaker of the Finnish Parliament, together with around 200 guests ... including
                # Chinese enterprises, attended": the people named before the crowd
                who = who[:cut]
            elif " including " in who:  # "More than 200 people including X and Y attended"
                who = who[who.index(" including ") + 11:]
            elif "—" in who and who.index("—") > 10:  # "Members of the Standing Committee — A, B and C are all present"
                who = who[who.index("—") + 1:]
            if who[:1] in "JjRrCcSsEeMm" and _OUTLETS_OR_BODIES.match(who):
                continue  # "Journalists from Reuters, AFP, Nikkei, Le Temps ... attended": bodies, no one named
            if ", wh" in who:  # "Vice Premier X, who co-chairs the Committee, attended the meeting"
                who = _RELATIVE_CLAUSE.sub("", who)
            if ", which " in sent[: max(0, pm[1] - len(pm[0]))] and ", " in who:
                # "During the reception, which was also attended by X and Y, Z asked ...": the clause ends it
                # (at the main verb when the list has commas: "The meeting, which took place in the presence
                # of the Secretary, X, and the Director, Y, concluded with ...")
                vm = _CLAUSE_ENDS_AT_VERB.search(who)
                who = who[: vm.start()] if vm else who[: who.index(", ")]
            if pm[1] < 0:  # (a fronted "accompanied by A and B, X met ...": the list only)
                who = who[: who.rindex(", ")] if ", " in who else who
            found = M.people_in(M.clean_subject(who), registry)
            inc = _INCLUDING.search(sent, pm[1]) if not found else None
            if inc:  # "49 envoys attended the consultation, including head of ... X and Ambassador Y"
                found = M.people_in(inc.group("who"), registry)
            for p in found:
                if id(p) not in in_meeting and all(p is not q for q in present):
                    present.append(p)
    return [p for p in present if all(p is not a for a in actors)]


# (one of these is in every sentence _PRESENT or _PRESENT_AFTER can match)
_PRESENT_WORDS = ("present", "attended", "ccompan", "took part", "Present", "Among", "assisted by", "entourage",
                  "joined the", "at hand", "part of the", "members of the", "irport", "irbase", "ttending", "ttendance",
                  "presence of", "joined by", "joined at the", "consisted of", "composed of", "comprised", "delegation included", "uests", " there ",
                  " at the meeting", " at the talks", " at the event", "reeting", "elcoming", "ignitaries", "ttendees",
                  "een off", " saw ", "tepping off", " arrival",
                  "delegation includes", "delegation also included", "scorting", "brought together", " and included ")
_DELEGATION_OF_WORDS = re.compile(r"delegation\s+(?:also\s+)?(?:consisted|was\s+composed|comprised|included|includes)\b")
_ACCOMPANIED_FRONT = re.compile(r"^(?:[^,]{1,60},\s+)?[Aa]ccompanied\s+by\s+(?P<who>[^;]+?,\s+(?:[A-Z][\w.'-]*\s+){1,8}?[A-Z][\w'-]+)"
                                r"\s+(?:met|meets|held|holds|paid|pays|called|visited|attended|received)\b")
_OUTLETS_OR_BODIES = re.compile(r"(?:[Jj]ournalists|[Rr]eporters|[Cc]orrespondents|[Ss]taff|[Ee]ditors|[Mm]edia)\s+(?:from|of)\s")
_CLAUSE_ENDS_AT_VERB = re.compile(r",\s+(?:also\s+)?[a-z]+ed\b")
_RELATIVE_CLAUSE = re.compile(r",\s+who\s+[^,]*(?:,|$)")
_PRESENT_AFTER_OPENINGS = ("present", "also", "those", "people", "officials", "others", "accompanying", "among", "at hand",
                           "attending", "in attendance", "the ", "guests", "several", "many", "dignitaries", "attendees",
                           "other ")
# (and, with " were " or " was " in the sentence, "Greeting the premier at the Great Hall were X and Y")
_PRESENT_AFTER_GREETINGS = ("greeting", "welcoming", "receiving", "seeing off", "escorting")


def _present_who(sent: str) -> tuple[str, int] | None:
    """(who, end) of the first of _PRESENT and _PRESENT_AFTER that matches the sentence (end -1 for a
    fronted "accompanied by A and B, X met ...", whose list runs to the subject's comma)."""
    if "ccompanied by " in sent[:60]:
        fm = _ACCOMPANIED_FRONT.match(sent)
        if fm:
            return fm.group("who"), -1
    if sent.isascii() and is_plain(sent):
        low = sent.lower()
        tail = _PRESENT_TAIL_LOW.search(low, 1)  # the subject is at least one character
        if tail:
            return sent[: tail.start()], tail.end()
        # _PRESENT_AFTER opens the sentence with "(also) present" or has "were/was (also) attended by".
        if not (low.startswith(_PRESENT_AFTER_OPENINGS) or "attended by" in low or "accompanied by" in low
                or (low.startswith(_PRESENT_AFTER_GREETINGS) and (" were " in low or " was " in low))
                or "accompanied at the" in low
                or "assisted by" in low or "entourage" in low or "irport" in low or "irbase" in low
                or "presence of" in low or "joined by" in low or "joined at the" in low or "among those" in low
                or "seen off by" in low or low.startswith(("stepping off", "upon his arrival", "upon her arrival",
                                                              "on his arrival", "on her arrival", "upon their arrival"))):
            return None
    else:
        pm = _PRESENT.search(sent)
        if pm:
            return pm.group("who"), pm.end()
    pm = _PRESENT_AFTER.search(sent)
    return (pm.group("who"), pm.end()) if pm else None


def _offices_from_lead_captions(captions: list[str], people: list[Person]) -> None:
    """A person's offices as a photo caption above the lead writes them: the caption is where the page
    first writes their office ("Cai Qi, a member of the Standing Committee of ..., meets with X ..."
    over "BEIJING, Sept. 9 (Xinhua) -- Cai Qi, a senior official of the CPC, met with X ...")."""
    written: dict[str, Person] = {}
    for caption in captions:
        text = PHOTO_POSITION.sub("", caption).split(". ", 1)[0]
        parts = M.split_event(text)
        # (its subject only: whom the caption's subject met the lead writes as the caption does, and
        # the caption's shorter object phrase parses worse: "a delegation ..., led by X of Y"; nor a
        # subject the verb's search went past: "X shakes hands with Y before they co-chair ...")
        if parts is None or " with " in parts[0]:
            continue
        for p in P.parse_people(M.clean_subject(parts[0])):
            if p.get("title") and len(p["name"].split()) >= 2:
                written.setdefault(p["name"].lower(), p)
    if not written:
        return
    for p in people:
        c = written.get(p["name"].lower())
        if c is not None and c is not p:
            p["title"], p["organization"], p["also"] = c["title"], c["organization"], list(c.get("also") or [])
            p["country"] = c.get("country") or p.get("country")


def _fill_countries(events: list[M.Event], meetings: list[dict[str, Any]], actors: list[Person],
                    present: list[Person], all_text: str, cities: list[str | None] = ()) -> None:
    """Organisations written as "the Party" and countries the offices do not give."""
    for e in events:
        for p in e.counterparts:
            if (p.get("organization") or "").lower() in ("party", "the party"):
                named = _NAMED_PARTY.search(e.sentence)
                if named:
                    p["organization"] = named.group(1)
    # First what each person's own name and office say; the text-wide default only for the rest
    # (it needs a scan of the whole text, so it is computed only when someone is still unknown).
    # A principal is usually China's official; one who is not (a foreign host named first)
    # takes the foreign country like a counterpart would.
    # (unless the counterpart is China's: a foreign ministry writes its own minister bare too,
    # "Foreign Minister Sergey Lavrov had a telephone conversation with Wang Yi")
    sided = [(p, not any(c.get("country") == "CHN" or P.looks_chinese(c["name"]) for c in m["counterparts"]))
             for m in meetings for p in m["principals"]]
    sided += [(p, False) for m in meetings for p in m["counterparts"]]
    sided += [(p, False) for p in present]
    # An actor is China's official as a principal is ("President William Ruto has met ..." in a
    # release that talks of Kenya is Kenya's).
    sided += [(p, True) for p in actors]
    for p, chinese_side in sided:
        _country_fallback(p, None, chinese_side=chinese_side)
    # A visit to several countries: "In Chile, the delegation met with ...": the one foreign
    # country its own sentence names is that meeting's.
    for e in events:
        if any(not p.get("country") for p in e.counterparts):
            named = {c for c in countries.countries_in(e.sentence) if c != "CHN"}
            if len(named) == 1:
                for p in e.counterparts:
                    _country_fallback(p, next(iter(named)))
    default_foreign = None
    if any(not p.get("country") for p, _ in sided):
        foreign = [c for c in countries.countries_in(all_text) if c != "CHN"]
        if not foreign:  # a text naming its country only by a city ("Colombo, 12 July 2023", "in Pretoria")
            foreign = [c for c in map(countries.city_country, cities) if c and c != "CHN"][:1]
        default_foreign = Counter(foreign).most_common(1)[0][0] if foreign else None
    for p, chinese_side in sided:
        _country_fallback(p, default_foreign, chinese_side=chinese_side)


_UMBRELLA_WORDS = frozenset(("delegations", "leaders", "members", "representatives", "officials"))


def _without_umbrella(events: list[M.Event]) -> list[M.Event]:
    """Without a summary meeting with a group of no one named ("X met with delegations of parties
    from Russia and CEE countries", "X met with foreign leaders attending the forum") when other
    sentences tell X's meetings with people of that group."""
    out = []
    for e in events:
        umbrella = not e.counterparts and e.delegation and not _UMBRELLA_WORDS.isdisjoint(e.delegation.lower().split())
        if umbrella and any(x.counterparts and x.principals[0] is e.principals[0] for x in events):
            continue
        out.append(e)
    return out


def _offices_named_later(meetings: list[dict[str, Any]], body: list[str]) -> None:
    """A counterpart named bare in the lead ("a delegation of the PES headed by Sergei Stanishev")
    takes the office a later sentence gives him in passing ("Stanishev, president of the PES, said")."""
    bare = [p for m in meetings for p in m["counterparts"] if not p.get("title") and not p.get("organization")]
    if not bare:
        return
    text = " ".join(body[1:])
    for person in bare:
        surname = person["name"].split()[-1]
        i = text.find(surname + ", ")
        while i > 0 and text[i - 1].isalnum():  # (a word ending in the surname is not it)
            i = text.find(surname + ", ", i + 1)
        if i < 0:
            continue
        m = _LATER_OFFICE.match(text, i + len(surname) + 2)
        if not m:
            continue
        found = P.parse_people(f"{person['name']}, {m.group('office')}")
        if len(found) == 1 and found[0]["name"] == person["name"] and found[0].get("title"):
            for key in ("title", "organization", "country"):
                person[key] = person.get(key) or found[0].get(key)


def _formal_offices_named_later(people: list[Person], body: list[str]) -> None:
    """A person the lead calls by a wire's descriptor ("China's top legislator Zhao Leji met with ...")
    takes the office a later sentence writes ("Zhao, chairman of the National People's Congress
    (NPC) Standing Committee, said ...", "Zhao Leji, a member of ..., arrived"), as a reader names him."""
    # (one written with its body, "Zhao Leji, a senior official of the CPC", keeps it: the first office written)
    vague = [p for p in people if not p.get("organization") and _is_descriptor(p.get("title") or "")]
    if not vague:
        return
    text = " ".join(body[1:])
    for person in vague:
        name = person["name"]
        surname = name.split()[-1] if not P.looks_chinese(name) else name.split()[0]
        who = re.escape(surname) if surname == name else f"(?:{re.escape(name)}|{re.escape(surname)})"
        for m in re.finditer(who + _OFFICE_AFTER_NAME, text):
            first = m.group("office").split()[0].lower()
            if first == "also" or first not in P._HEADS or m.start() and text[m.start() - 1].isalnum():
                continue
            found = P.parse_people(f"{name}, {m.group('office')}")
            if len(found) == 1 and found[0]["name"] == name and found[0].get("title"):
                person["title"], person["organization"] = found[0]["title"], found[0].get("organization")
                person["country"] = person.get("country") or found[0].get("country")
            break


def _is_descriptor(title: str) -> bool:
    low = title.lower()
    return low in _DESCRIPTOR_TITLES or bool(low) and low.split()[0] in ("senior", "top", "leading", "veteran") \
        and bool(_DESCRIPTOR.match(low))


# ("China's top legislator", "top political advisor", "a senior CPC official": how a wire describes, not an office)
_DESCRIPTOR_TITLES = frozenset(("top legislator", "top political advisor", "top political adviser", "senior legislator",
                                "senior official", "senior cpc official", "senior leader", "top advisor", "top adviser"))
# ("Top Chinese political advisor", "senior diplomat", "senior official of Chinese military")
_DESCRIPTOR = re.compile(r"^(?:senior|top|leading|veteran)\s+(?:[\w'-]+\s+){0,2}?"
                         r"(?:official|leader|legislator|lawmaker|diplomat|advis[oe]r|officer)(?:\s+of\s+.*)?$")
# ", chairman of the ... (NPC), said", ", a member of ..., arrived", "(1st L), a member of ...", ", chairman of ... said that",
# ", chairman of ... (NPC)." (the office's end: a comma, a full stop or the speech verb)
_OFFICE_AFTER_NAME = (r"(?:\s+\([^()]{1,12}\))?, (?:an?\s+|the\s+)?(?P<office>[a-z][^,;]{2,250}?)"
                      r"(?:, |\.(?:\s|$)|\s+(?=said\b|says\b))")


# "Stanishev, president of the PES, said": an office between commas, then the speech verb.
_LATER_OFFICE = re.compile(r"(?:also\s+)?(?P<office>(?:the\s+)?[a-zA-Z][^,.;]{2,120}?\s+of\s+[^,;]{2,120}?),\s+"
                           r"(?:also\s+)?(?:said|says|noted|stressed|expressed|added|told|thanked|welcomed)\b")


# Offices that only China's side is written with, bare (the foreign side always carries a
# nationality: "Kenyan Foreign Minister", "Foreign Minister of Kenya").
_CHINESE_OFFICE = re.compile(r"^(?:State Councilou?r|(?:Vice |Assistant )?Foreign Minister|Vice Premier|Premier)$")


def _country_fallback(person: Person, default: str | None, chinese_side: bool = False) -> None:
    """A Chinese-looking name (or, on China's side, a bare Chinese office) → CHN, else the default.

    Never for members of international bodies.
    """
    if person.get("country"):
        return
    if any(countries.is_international(person.get(k)) for k in ("organization", "title")):
        return
    if P.looks_chinese(person["name"]) or (chinese_side and _CHINESE_OFFICE.match(person.get("title") or "")):
        person["country"] = "CHN"
    elif default:
        person["country"] = default


def _titled_name(p: Person) -> bool:
    """A person a headline names with an office ("Vice President Chiwenga"), not a phrase ("All Walks")."""
    return bool(p.get("title")) and (len(p["name"].split()) == 1 or P.is_pure_name(p["name"]))


def _copy(p: Person) -> Person:
    return {"name": p["name"], "title": p.get("title"), "organization": p.get("organization"),
            "country": p.get("country"), "also": list(p.get("also") or [])}
