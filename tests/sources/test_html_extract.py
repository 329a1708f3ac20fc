"""parsers.html on small pages built for one behaviour each, plus a property test
that it never raises on random bytes or mangled markup."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sources_support import variant_paths

from parsers.html import (
    ClassIndex,
    css_to_xpath,
    date_from_url,
    decode_html,
    extract_article_html,
    extract_links,
    find_date,
    parse_html,
    select,
)

PARAGRAPHS = [
    "The first paragraph of a made-up release is long enough to count as text of the story.",
    "A second paragraph follows, also long enough, about a meeting held in a made-up city.",
]


def page(body: str, head: str = "<title>A Made-up Release Title for the Tests</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def article(extra_before: str = "", extra_after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return page(f"{extra_before}<h1>A Made-up Release Title for the Tests</h1><div>{paragraphs}</div>{extra_after}")


# -- decoding ------------------------------------------------------------------------------

def test_decoding_order_header_then_meta_then_utf8_then_cp1252():
    text = "Café — “quoted”"
    gbk_page = f'<meta charset="gbk"><p>{text}</p>'.replace("é", "e")
    assert decode_html(gbk_page.encode("gbk"))[1] == "gb18030"
    assert "“quoted”" in decode_html(gbk_page.encode("gbk"))[0]
    assert decode_html(gbk_page.encode("gbk"), "utf-8")[1] == "utf-8"  # the header wins
    assert decode_html(f"<p>{text}</p>".encode("utf-8")) == (f"<p>{text}</p>", "utf-8")
    assert decode_html(f"<p>{text}</p>".encode("cp1252")) == (f"<p>{text}</p>", "cp1252")
    assert decode_html(codecs.BOM_UTF8 + "<p>é</p>".encode())[0] == "<p>é</p>"
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93x\x94</p>'
    assert decode_html(http_equiv) == ("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                                       "charset=windows-1252\"><p>“x”</p>", "cp1252")


def test_unknown_charset_and_undecodable_bytes_do_not_crash():
    text, codec = decode_html(b'<meta charset="x-no-such"><p>ok \x81\x8d\x8f\x90\x9d</p>')
    assert codec == "utf-8" and "\ufffd" in text and "ok" in text
    assert decode_html(b"<p>\xff\xfe</p>", "no-such-codec")[0].startswith("<p>")


# -- body --------------------------------------------------------------------------------

def test_paragraphs_are_separated_by_one_blank_line_and_whitespace_is_normalised():
    first = PARAGRAPHS[0].replace(" ", "\n   ", 3)  # source line breaks inside a paragraph
    html = page("<h1>A Made-up Release Title for the Tests</h1><div class='x'>"
                f"<p>  {first}\t</p>\n\n\n<p>{PARAGRAPHS[1]}&nbsp;&nbsp;</p></div>")
    assert extract_article_html(html.encode()).body_text == "\n\n".join(PARAGRAPHS)


def test_br_is_a_newline_and_two_br_a_paragraph_break():
    line_a, line_b = PARAGRAPHS[0], PARAGRAPHS[1]
    html = page(f"<td>{line_a}<br>{line_b}<br/><br />{line_a}</td>")
    assert extract_article_html(html.encode()).body_text == f"{line_a}\n{line_b}\n\n{line_a}"


def test_share_print_breadcrumb_and_footer_are_not_body():
    chrome_before = ('<div class="breadcrumb"><a href="/">Home</a> &gt; News</div>'
                     '<nav><a href="/a">A very long navigation link text that goes on and on and on</a></nav>')
    chrome_after = ('<div class="share-box">Share to: <a href="#">Weibo</a></div>'
                    '<div><a href="javascript:print()">Print</a></div><div>Suggest to a friend</div>'
                    '<div id="footer"><p>Copyright 2024 Ministry of Things. All rights reserved here.</p></div>')
    result = extract_article_html(article(chrome_before, chrome_after).encode())
    assert result.body_text == "\n\n".join(PARAGRAPHS)


def test_a_link_list_is_not_the_body_even_when_it_has_more_text():
    links = "".join(f"<li><a href='/n/{i}'>Another news headline number {i} that is fairly long</a></li>"
                    for i in range(40))
    result = extract_article_html(article(extra_after=f"<div class='box'><ul>{links}</ul></div>").encode())
    assert result.body_text == "\n\n".join(PARAGRAPHS)
    assert result.method == "density"


def test_body_hint_is_used_and_a_wrong_hint_is_overruled():
    html = article(extra_after="<div class='content'><p>Only a short caption here.</p></div>").encode()
    assert extract_article_html(html, body_selectors=[".content"]).method == "density"
    hinted = extract_article_html(article().replace("<div>", "<div class='zw'>", 1).encode(),
                                  body_selectors=[".zw"])
    assert (hinted.method, hinted.body_text) == ("selector", "\n\n".join(PARAGRAPHS))


# -- title -------------------------------------------------------------------------------

def test_title_prefers_the_heading_that_matches_the_document_title():
    html = page('<h1 class="logo">Ministry of Foreign Affairs</h1><h2 class="title">Foreign Minister of Ruritania '
                'Visits the Ministry of Foreign Affairs</h2>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                head="<title>Foreign Minister of Ruritania Visits the Ministry of Foreign Affairs</title>")
    result = extract_article_html(html.encode())
    assert result.title == "Foreign Minister of Ruritania Visits the Ministry of Foreign Affairs"
    assert result.title_method == "heading"


@pytest.mark.parametrize("head,expected", [
    ("<title>Release Title Here For Tests - Ministry of Foreign Affairs</title>", "Release Title Here For Tests"),
    ("<title>Release Title Here For Tests_International Department</title>", "Release Title Here For Tests"),
    ("<title>Site</title><meta property='og:title' content='Release Title From Open Graph'>",
     "Release Title From Open Graph"),
])
def test_title_from_head_without_a_site_suffix(head, expected):
    assert extract_article_html(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), head).encode()).title == expected


# -- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("line,expected", [
    ("( 2023.11.29 )", date(2023, 11, 29)),
    ("2024-05-30 15:20", date(2024, 5, 30)),
    ("Updated: May 30, 2024", date(2024, 5, 30)),
    ("Updated: Sept. 3, 2019", date(2019, 9, 3)),
    ("2019年12月26日", date(2019, 12, 26)),
    ("( 2023.02.30 )", None),
    ("Source: Xinhua", None),
])
def test_posting_line_next_to_the_title(line, expected):
    html = article().replace("</h1>", f"</h1><div class='info'>{line}</div>")
    assert extract_article_html(html.encode()).published == expected


def test_meta_date_then_url_date():
    with_meta = article().replace("<title>", '<meta name="PubDate" content="2021-02-08 10:00"><title>')
    url = "https://h/english/news/202102/t20210210_141364.html"
    assert extract_article_html(with_meta.encode(), url).date_method == "meta"
    assert extract_article_html(with_meta.encode(), url).published == date(2021, 2, 8)
    assert extract_article_html(article().encode(), url).published == date(2021, 2, 10)
    assert extract_article_html(article().encode(), url).date_method == "url"


def test_a_date_inside_the_story_is_not_the_posting_date():
    story = article().replace(PARAGRAPHS[0], "On 2019-05-15 the two ministers met. " + PARAGRAPHS[0])
    assert extract_article_html(story.encode()).published is None


def test_find_date_and_date_from_url():
    assert find_date("met on 3 March 2020 in Rome") == date(2020, 3, 3)
    assert find_date("on March 3rd, 2020") == date(2020, 3, 3)
    assert find_date("Updated: May 30, 2024", english=False) is None
    assert date_from_url("/english/news/201807/t20180725_97365.html") == date(2018, 7, 25)
    assert date_from_url("/mfa_eng/t1728033.shtml") is None


# -- language, selectors, links ----------------------------------------------------------

def test_language_from_html_lang_or_meta():
    assert extract_article_html(article().replace("<html>", "<html lang='EN-gb'>").encode()).lang == "en"
    meta = '<meta http-equiv="Content-Language" content="zh-CN"><title>x</title>'
    assert extract_article_html(page("<p>x</p>", meta).encode()).lang == "zh"
    assert extract_article_html(article().encode()).lang is None


def test_css_subset_selects_like_css():
    root, _ = parse_html(b"""<html><body>
      <div class="content_mod"><h2 class="title x">A</h2><h2 class="subtitle">B</h2></div>
      <h2 class="title">C</h2><div class="tit">D</div><h1>E</h1><div id="News_Body_Time">F</div>
      <ul><li><a href="/t20230101_1.html">G</a></li></ul><div><li><a href="/t2023">H</a></li></div>
      <p lang="en-GB">I</p></body></html>""")

    def texts(selector: str) -> list[str]:
        return [el.text for el in select(root, [selector])]

    assert texts("div.content_mod h2.title") == ["A"]  # class tokens: 'subtitle' is not 'title'
    assert texts(".title") == ["A", "C"]
    assert texts("h1, .tit") == ["D", "E"]  # document order
    assert texts("#News_Body_Time") == ["F"]
    assert texts("ul > li a[href*='t2023']") == ["G"]
    assert texts("[lang|=en]") == ["I"]
    assert texts("//h1") == ["E"]  # XPath passes through
    assert select(root, [".missing", "h1"])[0].text == "E"  # the first selector that matches wins
    for bad in ("a + b", "p:first-child", "", "div,"):
        with pytest.raises(ValueError):
            css_to_xpath(bad)


def test_links_resolve_against_base_href():
    html = b'<html><head><base href="https://h/x/y/"></head><body><a href="../t1.html#a">1</a></body></html>'
    assert extract_links(html, "https://h/other/index.html") == ["https://h/x/t1.html"]


@pytest.mark.parametrize("html", [b"", b"   ", b"\x00\x00", b"<", b"<?xml version='1.0' encoding='utf-8'?>",
                                  b"<html><body></body></html>", b"<title></title>"])
def test_empty_pages_give_an_empty_result(html):
    result = extract_article_html(html, "https://h/english/news/202311/t20231129_1.html")
    assert (result.title, result.body_text, result.method) == ("", "", "none")


# -- never raises --------------------------------------------------------------------------

SAMPLES = [path.read_bytes() for source in ("idcpc", "fmprc") for path in variant_paths(source)]


@st.composite
def mangled_html(draw):
    """A real fixture cut, spliced and sprinkled with random bytes."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["cut", "insert", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "cut":
            data = data[:at]
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=40)) or b"<"
        else:
            del data[at:at + draw(st.integers(1, 200))]
    return bytes(data)


def check_invariants(result) -> None:
    assert isinstance(result.title, str) and isinstance(result.body_text, str)
    assert "\n\n\n" not in result.body_text and result.body_text == result.body_text.strip()
    assert not set(result.body_text) & {"\x00", "\ue000", "\ue001"}
    assert result.published is None or isinstance(result.published, date)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "gbk", "latin-1", "bogus"]))
def test_never_raises_on_random_bytes(data, encoding):
    check_invariants(extract_article_html(data, "https://h/english/news/202311/t20231129_1.html",
                                          body_selectors=[".content"], encoding=encoding))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_html())
def test_never_raises_on_mangled_html(data):
    check_invariants(extract_article_html(data, "https://h/x.html", title_selectors=[".title"],
                                          date_selectors=[".date"], body_selectors=[".TRS_Editor"]))
    extract_links(data, "https://h/english/news/index.html", selectors=["ul.list"])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivptrhbody&;#\n\x00é—")), max_size=400))
def test_never_raises_on_tag_soup(text):
    check_invariants(extract_article_html(text.encode("utf-8"), ""))
    check_invariants(extract_article_html(text, ""))


def test_a_body_container_that_also_holds_title_and_date_line_gives_only_the_story():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f"<div><p>A Made-up Release Title for the Tests</p><p>( 2023.11.29 )</p>{paragraphs}</div>")
    result = extract_article_html(html.encode())
    assert result.body_text == "\n\n".join(PARAGRAPHS)
    assert result.published == date(2023, 11, 29)


def test_class_index_answers_like_xpath():
    from flows.sources import SOURCES

    selectors = {selector for source in SOURCES.values()
                 for group in (source.title_selectors, source.date_selectors, source.body_selectors,
                               source.listing_selectors)
                 for selector in group}
    selectors |= {"div.content_mod > h2.title", "div > .date", "body .TRS_Editor p", "#News_Body_Time"}
    pages = [path.read_bytes() for source in ("idcpc", "fmprc") for path in variant_paths(source)]
    checked = 0
    for raw in pages:
        root, _ = parse_html(raw)
        index = ClassIndex(root)
        for selector in sorted(selectors):
            assert select(root, [selector], index) == select(root, [selector]), selector
            checked += bool(select(root, [selector]))
    assert checked > 20  # the comparison is not all empty lists


def test_class_index_ignores_elements_removed_from_the_page():
    root, _ = parse_html(b"<html><body><div class='share'><p class='content'>x</p></div></body></html>")
    index = ClassIndex(root)
    share = select(root, [".share"], index)[0]
    share.getparent().remove(share)
    assert select(root, [".content"], index) == []


def test_a_posting_line_opening_the_body_is_the_date_not_the_story():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f"<h1>A Made-up Release Title for the Tests</h1>"
                f"<div class='body-text'><p>{PARAGRAPHS[0]}</p></div>"
                f"<div class='TRS_Editor'><p>( 2017.09.27 )</p>{paragraphs}</div>")
    result = extract_article_html(html.encode(), "https://h/english/news/201710/t20171010_92144.html",
                                  body_selectors=[".TRS_Editor"])
    assert result.body_text == "\n\n".join(PARAGRAPHS)
    assert (result.published, result.date_method) == (date(2017, 9, 27), "body_line")


def test_a_body_hint_matching_a_page_wide_wrapper_is_overruled():
    links = "".join(f"<li><a href='/n/{i}'>Another news headline number {i} that is fairly long</a></li>"
                    for i in range(30))
    html = page("<div class='content'><h1>A Made-up Release Title for the Tests</h1><div>"
                + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"</div><ul>{links}</ul></div>")
    result = extract_article_html(html.encode(), body_selectors=[".content"])
    assert (result.method, result.body_text) == ("density", "\n\n".join(PARAGRAPHS))


def test_an_indented_date_block_next_to_the_title_is_read():
    indent = "\n" + " " * 40
    info = f"<div class='info'>{indent}<span>Source: IDCPC</span>{indent}<span>( 2023.11.29 )</span>{indent}</div>"
    html = article().replace("</h1>", "</h1>" + info)
    assert len(info) > 120  # longer than a date line only because of the indentation
    assert extract_article_html(html.encode()).published == date(2023, 11, 29)


def test_teasers_of_other_stories_lose_to_a_shorter_body():
    teasers = "".join(f"<p><a href='/n/{i}'>Headline number {i} about talks and cooperation between two parties</a>"
                      f" Summary of item {i:02d}, brief.</p>" for i in range(12))
    html = article(extra_after=f"<div class='box'>{teasers}</div>")
    result = extract_article_html(html.encode())
    assert result.body_text == "\n\n".join(PARAGRAPHS)
