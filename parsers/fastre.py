"""Two rewrites that make Python's re several times faster on running text, with the same answers.

Python's re finds a pattern quickly only when it opens with a literal (or a small set of first
characters): it then skips ahead to candidate positions in C. A pattern opening with \\b, \\s+
or a lookbehind, or compiled with IGNORECASE, is instead tried at every position of the text,
at ~20 ns a character; over a 1 KB release each such search costs ~20 µs.

- `lowercase_twin`: for ASCII text, an IGNORECASE pattern of lowercase-able words matches the
  lowercased text exactly where it matches the text (positions are kept, as str.lower keeps the
  length of ASCII text). Group texts come out lowercased; callers here lowercase them anyway.
  Non-ASCII text keeps the original pattern (re's case folding of "ſ", "K" (Kelvin) or "İ" is
  not str.lower's).
- `at_word_starts` / `search_at_word_start`: a pattern whose alternatives all start with a
  word character, written without its leading \\b, and the word-start test done in Python.
- `is_plain` / `spaced`: on plain text (ASCII, printable, no double space: what normalize makes
  of running text) \\s+ matches exactly one space and \\s* at most one, so a pattern opening with
  \\s+ can open with a literal space instead, which re skips to.
"""
from __future__ import annotations

import re
from typing import Iterator


def lowercase_twin(rx: re.Pattern[str], drop_word_boundary: bool = False) -> re.Pattern[str]:
    """The case-sensitive pattern that matches lowercased ASCII text where rx (IGNORECASE) matches the text.

    With drop_word_boundary, the leading \\b of every top-level alternative is left out too: the
    twin is then to be searched with search_at_word_start / at_word_starts.
    """
    if re.search(r"\\[A-Z]", rx.pattern):
        raise ValueError(f"pattern has an uppercase escape, lowercasing would change it: {rx.pattern[:60]}")
    pattern = rx.pattern.lower().replace("(?p<", "(?P<")
    if drop_word_boundary:
        pattern = drop_leading_word_boundaries(pattern)
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)


def drop_leading_word_boundaries(pattern: str) -> str:
    """The pattern without the \\b that opens each of its top-level alternatives (all must have one)."""
    alternatives = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    if not all(a.startswith("\\b") for a in alternatives):
        raise ValueError(f"an alternative does not open with \\b: {pattern[:60]}")
    return "|".join(a[2:] for a in alternatives)


def _word_start(text: str, i: int) -> bool:
    # re's \w is exactly str.isalnum() plus "_"; the character at i is a word character.
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def at_word_starts(rx: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """rx.finditer(text, pos) as if rx began with \\b (every alternative of rx starts with a word character).

    A match not at a word start is skipped and the search resumes one character later, exactly
    where re would have gone on after failing the \\b.
    """
    m = rx.search(text, pos)
    while m:
        i = m.start()
        if _word_start(text, i):
            yield m
            m = rx.search(text, m.end())
        else:
            m = rx.search(text, i + 1)


def search_at_word_start(rx: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """rx.search(text, pos) as if rx began with \\b (see at_word_starts)."""
    m = rx.search(text, pos)
    while m:
        i = m.start()
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
            return m
        m = rx.search(text, i + 1)
    return None


def is_plain(text: str) -> bool:
    """ASCII, printable (so its only whitespace is " ") and without a double space."""
    return text.isascii() and text.isprintable() and "  " not in text


def spaced(pattern: str) -> str:
    """The pattern as it matches plain text (see is_plain): \\s+ → one space, \\s* → an optional space."""
    return pattern.replace(r"\s+", " ").replace(r"\s*", " ?")
