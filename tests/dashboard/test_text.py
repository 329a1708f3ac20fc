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


def test_no_dashboard_module_lets_html_through():
    from pathlib import Path

    import flows.dashboard

    package = Path(flows.dashboard.__file__).parent
    sources = {p: p.read_text() for p in package.rglob("*.py")}
    assert len(sources) > 5
    for path, text in sources.items():
        assert not re.search(r"unsafe_allow_html\s*=\s*True\s*[,)]", text), path
        assert "st.html(" not in text and "components.html(" not in text, path


def test_only_web_links_are_kept():
    from flows.dashboard.text import safe_url

    assert safe_url("https://www.fmprc.gov.cn/eng/x.html") == "https://www.fmprc.gov.cn/eng/x.html"
    assert safe_url(" http://a.b/c ") == "http://a.b/c"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
                "vbscript:x", "/relative", "", None, float("nan"), "http://[::1"):
        assert safe_url(bad) is None, bad
