"""Every release of the unlabelled corpus parses without error, with a valid shape."""
import pytest

from parsers import parse_release


def test_unlabeled_releases_parse(shared_dir, shape_problems):
    files = sorted((shared_dir / "corpus" / "unlabeled").glob("*.txt"))
    if not files:
        pytest.skip("no unlabelled releases found")
    bad = {}
    with_people = 0
    for f in files:
        r = parse_release(f.read_text(encoding="utf-8"), release_id=f.stem)
        issues = shape_problems(r) + [w for w in r["warnings"] if w.startswith("parser error")]
        if issues:
            bad[f.stem] = issues
        with_people += bool(r["meetings"] or r["actors"])
    assert not bad, bad
    # They are real reports of meetings, visits and events: nearly all must yield someone.
    assert with_people >= 0.8 * len(files), f"only {with_people} of {len(files)} releases yielded participants"
