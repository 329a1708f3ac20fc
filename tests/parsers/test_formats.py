"""Formats the real sources use that the dev corpus does not show, each with an example written
for the test (not copied from a release)."""
from parsers import parse_release


def test_release_opening_with_a_photo_caption_has_no_headline():
    # people.cn pages stored without their headline start with the photo caption.
    text = (
        "Ma Lin, head of the Example Department, meets with Foreign Minister Ana Costa in Lisbon, Portugal, "
        "March 9, 2024. Ma Lin led a delegation on a visit to Portugal from March 7 to 10. (Xinhua/Zhou Bo)\n\n"
        "LISBON, March 10 (Xinhua) -- Ma Lin, head of the Example Department, led a delegation on a visit "
        "to Portugal from March 7 to 10.\n\n"
        "During the visit, Ma met with Foreign Minister Ana Costa.\n"
    )
    r = parse_release(text, release_id="people-20240311-1")
    assert r["title"] is None
    assert r["kind"] == "visit"
    assert (r["meeting_date"], r["date_end"]) == ("2024-03-07", "2024-03-10")
    assert [p["name"] for p in r["meetings"][0]["counterparts"]] == ["Ana Costa"]
