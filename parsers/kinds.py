"""Kind (meeting, talks, visit, other), mode (in_person, video, phone) and "is this an announcement".

Kind comes from the headline when it has a verb (the earliest keyword wins: "Attends a Meeting
Between ..." is `other`, "Holds Talks" is `talks`, "to Attend the G20 Leaders' Meeting" is a
`visit` announcement), else from the lead sentence. A phone call is `talks` even when the
headline says "speaks with". Mode is `phone` or `video` when the headline, lead or event
sentence says so, null for a visit that is only announced (no meeting reported), else
`in_person`.
"""
from __future__ import annotations

import re

from .fastre import WordStart, lowercase_twin

# ("hosted a reception in Hanoi on November 30 for a delegation from ...": receiving the delegation)
_HOSTED_PERSON = (r"\s+(?!by\b)(?:(?:a\s+)?reception\s+(?:in\s+\w+\s+)?(?:on\s+\w+\s+\d{1,2}\s+)?for\s+(?:the\s+|a\s+)?)?"
                  r"(?:(?:the|a)\s+)?(?:new\s+|visiting\s+|incoming\s+|outgoing\s+)?"
                  r"(?:(?:[\w-]+\s+){0,2}(?:ambassador|president|minister|premier|delegation|guests?|counterpart|envoy|"
                  r"leader|secretary|speaker|chairman|governor|mayor)s?\b"
                  # ("Ambassador X Hosts David Lidington, Chancellor of the Duchy of Lancaster": a name, then the office)
                  r"|(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                  r"(?:ambassador|president|minister|premier|chancellor|secretary|speaker|chairman|governor|mayor)\b)")
# A visit to an office-holder ("visits Lao president") is a meeting with him, not a visit: the
# lookahead both the visit and the meeting patterns use, so that exactly one of them takes it.
_OFFICE_HOLDER_NEXT = (r"\s+(?:[\w'-]+\s+){0,2}(?:president|prime minister|premier|king|queen|chairman|speaker|governor|"
                       r"mayor|member|official)\b"
                       # (a body's house is a call on its people: "visits the headquarters of the New Azerbaijan Party",
                       # "visits PTI secretariat", "Visits Carleton University", "visited the Chinese Embassy")
                       r"|\s+(?:the\s+)?(?:[\w'&-]+\s+){0,3}(?:headquarters?|secretariat|embassy|university|consulate|"
                       r"state\s+house)\b")
# (kind, pattern, substrings one of which the pattern needs: a cheap pre-test before the regex)
_KINDS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # ("a courtesy visit to X" is a meeting with X)
    ("visit", re.compile(r"\b(?:(?<!courtesy )(?<!farewell )visits?(?!" + _OFFICE_HOLDER_NEXT + r")|visited|visiting|"
                         r"to visit|tour|leaves|arrives in|travels to)\b", re.I),
     ("visit", "tour", "leaves", "arrives", "travels")),
    ("visit", re.compile(r"\bto (?:attend|pay|travel|lead)\b|\bwill (?:attend|pay|travel|lead)\b", re.I),
     ("to ", "will ")),
    ("talks", re.compile(r"\b(?:talks?|phone calls?|telephone calls?|video calls?|calls? with|consultations?|conversations?|"
                         r"(?:video ?|tele)conferences? with|"
                         r"(?:tele)?phoned?|telephones|co-chair(?:s|ed)?|(?:holds?|held|hosted|co-hosted) (?:an? |the )?(?:[\w-]+ ){0,3}dialogue)\b", re.I),
     ("talk", "call", "consultation", "conversation", "phone", "co-chair", "conference", "dialogue")),
    # ("chair" as a noun, "Committee Chair meets X", "Chair of", is no chairing)
    # ("hosts Chinese Ambassador": hosting a person is meeting him)
    ("other", re.compile(r"\b(?:attends?|attended|address(?:es|ed)?|(?:hosts?|hosted)(?!" + _HOSTED_PERSON + r")|to host|"
                         r"(?<!-)chairs?(?!\s+(?:meets?|met|receives?|received|holds?|held|calls?|visits?|of)\b)|to chair|"
                         r"presides?|presided|convenes?|function|seminar|symposium|ceremony|reception|briefing|"
                         r"lecture|press conference|(?:meets?|met) the press|speech|interview|repl(?:y|ies|ied) to|answer(?:s|ed)? (?:a )?questions?|"
                         r"joint statement|inspects?|inspected|brief(?:s|ed)? (?:the )?(?:press|media|reporters|journalists)|"
                         r"holds? (?:an? |the )?(?:\w+ ){0,3}meeting (?:for|on)|"
                         r"congratulat\w*|(?:congratulatory|condolence) (?:message|letter)s?)\b", re.I),
     ("attend", "address", "host", "chair", "presid", "convene", "function", "seminar", "symposium", "ceremony",
      "congratulat", "condolence",
      "reception", "brief", "lecture", "press", "meeting", "speech", "interview", "repl", "statement", "inspect", "answer")),
    ("meeting", re.compile(r"\b(?:meets?|met|meeting with|confers? with|conferred with|exchanges? views|exchanged views|discuss(?:es|ed)?|"
                           r"speaks with|spoke with|calls? on|called on|receives?|received|(?:courtesy|farewell) visits?|"
                           r"(?:had|has|have|held|holds|granted|grants) an audience with|"
                           r"(?:hosts?|hosted)(?=" + _HOSTED_PERSON + r")|"
                           r"cop(?:y|ies) of (?:the |his |her |their )?credentials|"
                           r"present(?:s|ed)? (?:his |her |their )?credentials|letters? of credence|bids? farewell|"
                           r"bade farewell|visits?(?=" + _OFFICE_HOLDER_NEXT + r")"
                           # ("Chinese ambassador calls Maoist Center chair Dahal": a call on an office-holder)
                           r"|calls?(?!\s+(?:for|on)\b)(?=\s+(?:[\w'-]+\s+){0,4}(?:chair|chairman|president|premier|"
                           r"prime minister|minister|speaker|pm|governor)\b))\b", re.I),
     ("meet", "met", "confer", "exchange", "discuss", "call", "receiv", "speaks with", "spoke with", "credentials", "courtesy",
      "farewell", "host", "credence", "visit", "audience")),
]
# Twins for lowercased ASCII text, searched with search_at_word_start (see fastre): the same
# matches, several times faster.
_KINDS_LOW = [(kind, lowercase_twin(rx, drop_word_boundary=True), hints) for kind, rx, hints in _KINDS]
_KINDS_WS = [(kind, WordStart(rx), hints) for kind, rx, hints in _KINDS_LOW]
_FUTURE_TITLE = re.compile(r"\b(?:to|will) (?:visit|attend|pay|travel|host|chair|lead|hold)\b", re.I)
_PAST_TITLE = re.compile(r"\b(?:led|met|visited|held|attended|paid)\b", re.I)
_WILL = re.compile(r"\bwill\b|\bis to\b|\bare to\b|\bto be held\b")
_PHONE = re.compile(r"\b(?:(?:tele)?phoned?|telephones)\b", re.I)  # ("X telephones Y", "phoned"; not "smart phones")
_VIDEO = re.compile(r"\b(?:video|videolink|video-?conferenc(?:e|es|ing)|webinar|cloud|virtual(?:ly)?|online)\b", re.I)
_BARE_CALL = re.compile(r"(?<!video )(?<!courtesy )(?<!farewell )(?<!introductory )\bcalls? with\b")
_VIDEO_HINTS = ("video", "webinar", "cloud", "virtual", "online")
_FUTURE_TITLE_LOW = lowercase_twin(_FUTURE_TITLE, drop_word_boundary=True)
_PAST_TITLE_LOW = lowercase_twin(_PAST_TITLE, drop_word_boundary=True)
_FUTURE_TITLE_WS, _PAST_TITLE_WS = WordStart(_FUTURE_TITLE_LOW), WordStart(_PAST_TITLE_LOW)


# "visiting senior leader X said", "visiting Chinese official X": "visiting" describing a person
# (an office word follows within three words) is no report of a visit; "is visiting Norway" is.
_VISITING_PERSON = re.compile(
    r"visiting (?:[\w.'-]+ ){0,2}(?:official|officials|leader|leaders|diplomat|envoy|president|minister|premier|"
    r"chairman|chairwoman|speaker|secretary|head|senator|lawmaker|mayor|governor|pm|fm|king|queen|prince|princess|"
    r"ambassador|counterpart|guests?|delegation)\b")
_BE_BEFORE = ("is ", "are ", "was ", "were ", "been ", "be ")


def _describes_person(low: str, i: int) -> bool:
    """Is the "visiting" at i of the lowercased text an adjective before an official?"""
    return low.startswith("visiting ", i) and not low[max(0, i - 6):i].endswith(_BE_BEFORE) \
        and bool(_VISITING_PERSON.match(low, i))


_SIGNS = re.compile(r"\b(?:signs?|signed|signing)\b")


def kind_of(text: str) -> str | None:
    """The kind its earliest keyword gives a headline or sentence, or None when it has none."""
    best: tuple[int, str] | None = None
    low = text.lower()
    ascii_text = text.isascii()
    for kind, rx, hints in _KINDS_WS if ascii_text else _KINDS:
        if not any(map(low.__contains__, hints)):
            continue
        m = rx.search(low) if ascii_text else rx.search(text)
        while m and "visiting" in low and _describes_person(low, m.start()):
            m = rx.search(low, m.end()) if ascii_text else rx.search(text, m.end())
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    if best is None and "sign" in low and _SIGNS.search(low):
        return "other"  # a signing, only when no meeting, talks or visit is written beside it
    return best[1] if best else None


def is_announcement(title: str, lead_head: str) -> bool:
    """Future event? "X to Visit Y" headlines, or "will"/"is to" before the lead's main verb.

    Only the part of the lead before its event verb counts, so "met with X, who will attend ..."
    is not an announcement.
    """
    if title.isascii():
        low = title.lower()
        if _FUTURE_TITLE_WS.search(low) and not _PAST_TITLE_WS.search(low):
            return True
    elif _FUTURE_TITLE.search(title) and not _PAST_TITLE.search(title):
        return True
    # The words _WILL needs, tested as substrings first (most leads have none of them).
    if "will" not in lead_head and "is to" not in lead_head and "are to" not in lead_head \
            and "to be held" not in lead_head:
        return False
    return bool(_WILL.search(lead_head))


def mode_of(scope: str, lead: str, kind: str, has_meetings: bool) -> str | None:
    """in_person, video or phone from the headline/lead/event sentence (`scope`) and the lead paragraph."""
    low_scope, low_lead = scope.lower(), lead.lower()
    if "phone" in low_scope and _PHONE.search(scope):
        return "phone"
    if any(h in low_scope or h in low_lead for h in _VIDEO_HINTS) and (_VIDEO.search(scope) or _VIDEO.search(lead)):
        return "video"
    if "call" in low_scope and _BARE_CALL.search(low_scope):
        # ("Deputy Secretary X's Call With Vice Foreign Minister Y": a call, unless a video or courtesy one)
        return "phone"
    if kind == "visit" and not has_meetings:
        return None
    return "in_person"
