"""The project's model example: the Slutsky release parses exactly as described in the brief."""
from parsers import PARSER_VERSION, parse_release


def test_seed_release(seed_text, shape_problems):
    r = parse_release(seed_text, release_id="seed-20231129-slutsky")
    assert shape_problems(r) == []
    assert r["id"] == "seed-20231129-slutsky" and r["parser_version"] == PARSER_VERSION
    assert r["published"] == "2023-11-29"
    assert (r["meeting_date"], r["date_end"], r["location"], r["venue"]) == ("2023-11-22", None, "Beijing", None)
    assert (r["kind"], r["mode"]) == ("meeting", "in_person")
    assert r["meetings"] == [{
        "principals": [{"name": "Liu Jianchao", "title": "Minister",
                        "organization": "International Department of the CPC Central Committee",
                        "country": "CHN", "also": []}],
        "counterparts": [{"name": "Leonid Slutsky", "title": "Leader",
                          "organization": "Liberal Democratic Party of Russia (LDPR)", "country": "RUS",
                          "also": ["Chairman of the State Duma Committee on International Affairs"]}],
        "counterpart_delegation": None,
    }]
    assert r["actors"] == [] and r["present"] == []
    assert [s["speaker"] for s in r["statements"]] == ["Liu Jianchao", "Leonid Slutsky"]
    assert all(s["text"].startswith(("Liu said", "Slutsky said")) for s in r["statements"])
    assert r["mentions"] == ["BRICS", "Shanghai Cooperation Organization (SCO)", "Belt and Road"]
    assert r["title"].startswith("Liu Jianchao Meets with Leonid Slutsky")
    assert r["warnings"] == []
