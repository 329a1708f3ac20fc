"""Showing text from the web as text.

Titles, names and statements come from ministry web pages and may hold markup (`<script>`,
`<b>`), Markdown syntax or Streamlit's own directives (`:red[...]`, `$math$`). Streamlit never
renders raw HTML unless `unsafe_allow_html=True` (which this dashboard never passes), but it
would still interpret Markdown, so every piece of data put into `st.markdown`/`st.caption`
goes through `md()`: CommonMark lets any ASCII punctuation be backslash-escaped, and an
escaped character is always shown literally. Tables (`st.dataframe`) show cell text as text
and need nothing. Links from the data pass `safe_url()` first.
"""

from __future__ import annotations

import string
from urllib.parse import urlsplit

_PUNCTUATION = frozenset(string.punctuation)

LABELS = {
    "in_person": "In person", "video": "Video", "phone": "Phone",
    "meeting": "Meeting", "talks": "Talks", "visit": "Visit", "other": "Other",
    "party": "Party", "government": "Government", "legislature": "Legislature",
    "think_tank": "Think tank", "media": "Media",
    "international_organization": "International organization",
}


def md(value: object) -> str:
    """`value` as Markdown source that displays exactly its text, on one line."""
    text = " ".join(str(value if value is not None else "").split())
    return "".join("\\" + ch if ch in _PUNCTUATION else ch for ch in text)


def label(value: object) -> str:
    """A human label for a code the marts use (`in_person` -> `In person`)."""
    if value is None:
        return "unknown"
    return LABELS.get(str(value), str(value).replace("_", " ").capitalize())


def safe_url(value: object) -> str | None:
    """`value` if it is an http(s) URL, else None: a `javascript:` or `data:` link taken from
    a page would run in the reader's browser when clicked."""
    if not isinstance(value, str):
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None
