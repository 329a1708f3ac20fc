"""Text from the web must display literally in Markdown."""

from __future__ import annotations

import re
import string

from hypothesis import given, strategies as st

from flows.dashboard.text import label, md

_ESCAPED = re.compile(r"\\([" + re.escape(string.punctuation) + r"])")


def test_markup_and_streamlit_directives_are_escaped():
    out = md('<script>alert(1)</script> **bold** :red[x] $x$ [a](javascript:1)')
    assert "<" not in out.replace("\\<", "")
    assert "*" not in out.replace("\\*", "")
    for raw in ("<script>", "**", ":red[", "$x$", "](javascript"):
        assert raw not in out


def test_lines_are_joined_so_data_cannot_start_a_heading_or_list():
    assert md("a\n# heading\n- item") == "a \\# heading \\- item"
    assert md(None) == ""


@given(st.text())
def test_unescaping_gives_back_the_text(text):
    out = md(text)
    assert _ESCAPED.sub(r"\1", out) == " ".join(text.split())
    # every punctuation character in the output is escaped
    assert not re.search(r"(?<!\\)[<>*_`\[\]$:]", _ESCAPED.sub("", out))


def test_labels():
    assert label("in_person") == "In person"
    assert label("think_tank") == "Think tank"
    assert label("new_sector") == "New sector"
    assert label(None) == "unknown"
