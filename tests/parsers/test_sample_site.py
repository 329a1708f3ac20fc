"""The bundled sample site (flows/sample_site) records the truth of what it writes; the parser
must read its releases as well as the real ones, since the demo and end-to-end runs use them."""
from __future__ import annotations


import pytest

from parsers import parse_release


def test_sample_site_releases_parse_to_their_truth(scorer):
    generate = pytest.importorskip("flows.sample_site.generate")
    releases = generate.generate_releases(200, seed=3)
    gold = {r.release_id: {**r.truth, "id": r.release_id} for r in releases}
    pred = {r.release_id: parse_release(r.text, release_id=r.release_id) for r in releases}
    result, missing = scorer.score(gold, pred)
    assert missing == []
    assert result["participant_f1"] >= 0.95, result
    assert result["meeting_date_accuracy"] >= 0.98, result
    assert (result["kind_accuracy"] or 0) >= 0.95 and (result["country_accuracy"] or 0) >= 0.95, result
