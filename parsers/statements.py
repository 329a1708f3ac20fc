"""Statements: paragraphs attributed to the participant who speaks in them.

A paragraph in which a later sentence opens with another participant's speech ("Han said ... .
Gunawardena said ...", as wire copy writes both sides) is one statement per speaker.

A paragraph is a statement when a speech verb ("said", "expressed", "noted", "stressed", ...)
has a person as its subject: a full name, a surname or given name of someone already named in
the release ("Liu said", "Slutsky said that"), or "He"/"She" continuing the previous speaker.
The subject may come after an opening participle ("Speaking positively of ..., Li expressed")
or at the end of the paragraph ("..., Wang said."). Paragraphs whose subject is a side ("The
Russian side", "Both sides") are not attributed to anyone and are left out.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SPEECH = (
    r"(?:said|says|say|expressed|expresses|noted|notes|stressed|stresses|stated|states|added|pointed\s+out|"
    r"hoped|hopes|emphasized|emphasised|welcomed|welcomes|spoke|speaks|congratulated|thanked|thanks|"
    r"appreciated|briefed|told|voiced|hailed|agreed|urged|believed|believes|introduced|highlighted|"
    r"reiterated|praised|admired|made|gave|mainly\s+briefed|also\s+said|also\s+expressed)"
)
_TRAILING = re.compile(rf",\s+(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})\s+(?:{_SPEECH})\.?\s*$")
_SPEECH_RE = re.compile(rf"\s(?:also\s+|then\s+|further\s+)?{_SPEECH}\b")
# _SPEECH_RE is found verb first (see speech_start): a pattern opening with \s is tried by re at
# every position, one opening with the verbs' literals only where a verb's first letter is.
_SPEECH_WORD = re.compile(rf"{_SPEECH}\b")
_SPACE_SPEECH_WORD = re.compile(rf" {_SPEECH}\b")
_LEADING_ADVERBS = ("also", "then", "further")
# The last word of every _SPEECH alternative: _TRAILING needs one of them last in the paragraph.
_SPEECH_LAST_WORDS = frozenset(re.sub(r"[()?:]", "", _SPEECH).replace("\\s+", " ").replace("|", " ").split())
_PRONOUN_SUBJECT = re.compile(rf"^(?:[^,]{{0,160}},\s+)?(?:He|She)\s+(?:also\s+)?{_SPEECH}\b")
_APPOSITIVE = re.compile(r",\s+[^,]{1,120},\s*$")
_WORDS_BEFORE = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*$")


def speech_start(para: str, endpos: int) -> int | None:
    """Where _SPEECH_RE.search(para, 0, endpos) starts, or None; ~6x faster.

    The match starts at the whitespace before the first speech verb that has whitespace before
    it, or before an "also"/"then"/"further" that precedes that verb.
    """
    if para.isprintable():
        # The only whitespace is " " (every other whitespace character is unprintable), so the
        # verb is found by " <verb>", whose literal opening space lets re jump from space to space.
        m = _SPACE_SPEECH_WORD.search(para, 0, endpos)
        return _with_adverb(para, m.start() + 1) if m else None
    m = _SPEECH_WORD.search(para, 0, endpos)
    while m:
        p = m.start()
        if p > 0 and para[p - 1].isspace():  # re's \s is str.isspace
            return _with_adverb(para, p)
        m = _SPEECH_WORD.search(para, p + 1, endpos)
    return None


def _with_adverb(para: str, p: int) -> int:
    """Start of the match for the verb at p (whitespace before it): before "also"/"then"/"further" if one precedes."""
    head = para[:p].rstrip()
    for adverb in _LEADING_ADVERBS:
        k = len(head) - len(adverb)
        if k > 0 and head.endswith(adverb) and head[k - 1].isspace():
            return k - 1
    return p - 1


def _index(participants: list[dict[str, Any]]) -> dict[str, str]:
    """Lookup of full names, surnames and last names → full name (first mention wins)."""
    index: dict[str, str] = {}
    for p in participants:
        name = p.get("name") or ""
        for key in _keys_of(name):
            if key not in index:
                index[key] = name
    return index


@lru_cache(maxsize=16384)
def _keys_of(name: str) -> tuple[str, ...]:
    """The index keys of a name: the full name, its first and its last word (names recur across releases)."""
    toks = name.replace("-", " ").split()
    ends = toks[:1] + toks[-1:]
    # (a surname in capitals, as embassy sites write it: "Ambassador HU said" of Hu Changchun, and
    # "Mr. Hu said" of HU Shan)
    cased = [t.upper() for t in ends if not t.isupper()] + [t.capitalize() for t in ends if t.isupper()]
    return tuple(dict.fromkeys(key for key in [name] + ends + cased if key and len(key) > 1))


def _speaker_before(text: str, index: dict[str, str]) -> str | None:
    """The participant named by the words just before a speech verb ('..., Li expressed')."""
    text = _APPOSITIVE.sub("", text)  # "Wang, also a member of ..., said"
    m = _WORDS_BEFORE.search(text)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words)):
        key = " ".join(words[k:])
        if key in index:
            return index[key]
    return None


def _ends_in_speech_verb(para: str) -> bool:
    """Can _TRAILING match: is the last word (before an optional final "." and whitespace) a speech verb's?"""
    tail = para.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    words = tail.rsplit(None, 1)
    return bool(words) and words[-1] in _SPEECH_LAST_WORDS


_SPOKE_WITH = tuple(f"{verb} {how}" for verb in ("spoke", "speaks", "also spoke", "also speaks")
                    for how in ("with ", "on the phone", "by phone", "over the phone", "by telephone",
                                "on the telephone", "via video"))


def attribute(paragraphs: list[str], participants: list[dict[str, Any]]) -> list[dict[str, str | None]]:
    """[{"speaker", "text"}] for every paragraph spoken by a known participant."""
    index = _index(participants)
    if not index:
        return []
    out: list[dict[str, str | None]] = []
    previous: str | None = None
    for para in paragraphs:
        speaker = None
        # The subject before the first speech verb near the start ("Liu said", "Speaking ..., Li expressed").
        start = speech_start(para, 260)
        if start is not None and para.startswith(_SPOKE_WITH, start + 1):
            start = None  # "X spoke with Y on the phone": the call itself, told in the lead
        if start is not None:
            speaker = _speaker_before(para[:start], index)
        if speaker is None and para.startswith("According to "):
            comma = para.find(",", 13, 80)  # "According to Ma, the CPC values ..."
            if comma > 0:
                speaker = _speaker_before(para[13:comma], index)
        if speaker is None:
            t = _TRAILING.search(para) if _ends_in_speech_verb(para) else None
            if t and t.group("who") in index:
                speaker = index[t.group("who")]
            elif previous and _PRONOUN_SUBJECT.match(para):
                speaker = previous
        if speaker:
            for who, text in _turns(para, speaker, index, start or 0):
                out.append({"speaker": who, "text": text})
                previous = who
    return out


# A later sentence of the paragraph opened by another participant's speech: wire copy runs
# both sides into one paragraph ("Han said China ... . Gunawardena said Sri Lanka ..."). The
# verbs are found with str.find (most statement paragraphs hold no second one; a regex scan of
# every paragraph cost more than the rest of the attribution), then the name before each checked.
_TURN_VERBS = (" said", " says", " noted", " stressed", " expressed", " added", " told", " emphasized", " thanked",
               " welcomed")
_TURN_WHO = re.compile(r"[.!?\"] ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?: also)?$")


def _turn_verbs(para: str, after: int) -> list[int]:
    """Where each _TURN_VERBS word (a whole word) starts in para after `after`, in order."""
    found = []
    for verb in _TURN_VERBS:
        i = para.find(verb, after)
        while i >= 0:
            end = i + len(verb)
            if end == len(para) or not para[end].isalnum():
                found.append(i)
            i = para.find(verb, end)
    found.sort()
    return found


def _turns(para: str, speaker: str, index: dict[str, str], after: int) -> list[tuple[str, str]]:
    """(speaker, text) of each participant's part of a statement paragraph, in order."""
    turns: list[tuple[str, str]] = []
    cut = 0
    for v in _turn_verbs(para, after + 1):
        w = _TURN_WHO.search(para, max(cut, v - 70), v)
        if w:
            who = _speaker_before(w.group(1), index)
            if who is not None and who != speaker:
                turns.append((speaker, para[cut:w.start() + 1]))
                speaker, cut = who, w.start() + 2
    turns.append((speaker, para[cut:]))
    return turns
