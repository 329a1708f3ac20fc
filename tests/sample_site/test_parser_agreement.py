"""How well the project's parser reads the sample site back (measured and printed, never
failing: the parser is someone else's moving target; this only reports the figure).
Run with `-s` to see it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.sample_site import generate_releases

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def _people(release: dict) -> set[tuple[str, str]]:
    found = {(role, p["name"].lower()) for m in release.get("meetings") or [] for role in ("principals", "counterparts")
             for p in m.get(role) or []}
    return found | {(role, p["name"].lower()) for role in ("actors", "present") for p in release.get(role) or []}


def test_parser_agreement_with_truth_is_measured(tmp_path):
    try:
        from parsers import parse_release
    except Exception as error:  # the parser may not exist yet in this tree
        pytest.skip(f"parsers.parse_release not importable: {error}")
    releases = generate_releases(250, seed=21)
    gold, pred, crashed = [], [], 0
    for release in releases:
        gold.append(release.truth)
        try:
            pred.append({**parse_release(release.text, release_id=release.release_id), "id": release.release_id})
        except Exception:  # noqa: BLE001 - a crash is itself a finding to report
            crashed += 1
            pred.append({"id": release.release_id, "meetings": [], "actors": [], "present": [], "mentions": []})
    if SCORER.exists():
        gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
        for path, rows in ((gold_path, gold), (pred_path, pred)):
            path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows))
        result = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"],
                                capture_output=True, text=True, timeout=120)
        print(f"\nparser vs sample-site truth ({len(releases)} releases, {crashed} crashed): {result.stdout.strip()}")
    else:
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            truth, found = _people(g), _people(p)
            tp, fp, fn = tp + len(truth & found), fp + len(found - truth), fn + len(truth - found)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"\nparser vs sample-site truth: participant F1 {f1:.3f} ({crashed} crashed)")
    assert len(pred) == len(gold)
