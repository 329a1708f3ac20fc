"""The fastre helpers on the project's own sentences (the hypothesis tests in
test_fast_equivalents.py check them against the plain patterns on drawn text)."""
import re

from parsers.fastre import WordStart, first_chars, is_plain, search_at_word_start, spaced
from parsers.normalize import split_release

LEAD = ("Li Mingxiang, Vice-minister of the International Department of the CPC Central Committee, met here today "
        "on the afternoon with a delegation of African think tanks and media outlets led by Shedrack Mwakalila.")


def test_normalized_paragraphs_are_plain():
    text = "Gao Yuming Meets\u00a0Guests\n ( 2024.05.18 )\n\nKunming, May 13th\u2014Gao  Yuming,\tVice-minister, met Luísa\u2009Machava."
    rel = split_release(text)
    assert all(is_plain(p) for p in [rel.title, *rel.paragraphs])
    assert not is_plain("met  here") and not is_plain("met\there") and not is_plain("met\u2009here")


def test_spaced_pattern_matches_plain_text_like_the_original():
    rx = re.compile(r",?\s+(?:who|which)\s+|\s*;\s*")
    assert spaced(rx.pattern) == r",? (?:who|which) | ?; ?"
    text = "Liu Jianchao, who heads the IDCPC; Wang Yi"
    assert [m.span() for m in re.finditer(spaced(rx.pattern), text)] == [m.span() for m in rx.finditer(text)]


def test_first_chars_of_a_verb_alternation():
    assert first_chars(re.compile(r"(?:met|co-chaired|held)\b")) == frozenset("mch")
    assert first_chars(re.compile(r"led(?!\s+by)|Met", re.I)) == frozenset("lLmM")


def test_word_start_finds_what_a_leading_boundary_finds():
    verb = WordStart(re.compile(r"(?:met|chaired|led(?!\s+by))\b"))
    for text in (LEAD, "The forum was co-chaired by Li.", "(met) comet, helmet", "Zhou Mingde met here."):
        plain = search_at_word_start(verb.rx, text)
        found = verb.search(text)
        assert (found and found.span()) == (plain and plain.span()), text
    assert verb.search(LEAD).group(0) == "met"
    assert verb.search("The forum was co-chaired by Li.").group(0) == "chaired"  # after the hyphen
    assert [m.start() for m in verb.finditer("He met A; she met B; they comet")] == [3, 14]
