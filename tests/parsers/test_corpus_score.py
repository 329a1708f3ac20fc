"""The dev corpus, scored by the project's own scorer (../shared/eval/score.py), must meet the targets."""
from __future__ import annotations

import json

from parsers import parse_release

TARGETS = {"participant_f1": 0.95, "meeting_date_accuracy": 0.98, "country_accuracy": 0.95,
           "kind_accuracy": 0.95, "mode_accuracy": 0.95, "title_accuracy": 0.90, "organization_accuracy": 0.85}


def test_dev_corpus_meets_targets(shared_dir, scorer, tmp_path):
    dev = shared_dir / "corpus" / "dev"
    pred_path = tmp_path / "pred.jsonl"
    with pred_path.open("w", encoding="utf-8") as f:
        for txt in sorted(dev.glob("*.txt")):
            rec = parse_release(txt.read_text(encoding="utf-8"), release_id=txt.stem)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    result, missing = scorer.score(scorer.load(str(dev / "gold.jsonl")), scorer.load(str(pred_path)))
    assert missing == []
    short = {k: (result[k], t) for k, t in TARGETS.items() if (result[k] or 0) < t}
    assert not short, f"below target (got, target): {short}; full scores: {result}"
