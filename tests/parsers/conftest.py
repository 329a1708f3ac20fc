"""Shared fixtures of the parser tests: where the labelled corpus and the scorer live.

The corpus and score.py sit in the `shared` directory beside the repository root
(`<root>/../shared`); tests that need them skip with a clear reason when it is absent.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3] / "shared"
FIXTURES = HERE / "fixtures"

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")
PERSON_KEYS = {"name", "title", "organization", "country", "also"}
RECORD_KEYS = {"id", "parser_version", "title", "published", "meeting_date", "date_end", "location", "venue",
               "kind", "mode", "meetings", "actors", "present", "statements", "mentions", "warnings"}
KINDS = {"meeting", "talks", "visit", "other", None}
MODES = {"in_person", "video", "phone", None}


def person_problems(p: Any, where: str) -> list[str]:
    if not isinstance(p, dict) or set(p) != PERSON_KEYS:
        return [f"{where}: person keys {sorted(p) if isinstance(p, dict) else type(p)}"]
    out = []
    if not isinstance(p["name"], str) or not p["name"].strip():
        out.append(f"{where}: empty name")
    for k in ("title", "organization"):
        if p[k] is not None and not isinstance(p[k], str):
            out.append(f"{where}: {k} not a string")
    if p["country"] is not None and not ISO3.match(p["country"]):
        out.append(f"{where}: country {p['country']!r}")
    if not isinstance(p["also"], list) or not all(isinstance(a, str) for a in p["also"]):
        out.append(f"{where}: also not a list of strings")
    return out


def problems(rec: Any) -> list[str]:
    """Everything wrong with a record's shape (empty list when valid)."""
    if not isinstance(rec, dict):
        return ["record is not a dict"]
    out = []
    if set(rec) != RECORD_KEYS:
        out.append(f"keys differ: missing {RECORD_KEYS - set(rec)}, extra {set(rec) - RECORD_KEYS}")
        return out
    for k in ("published", "meeting_date", "date_end"):
        if rec[k] is not None and not ISO_DATE.match(rec[k]):
            out.append(f"{k} {rec[k]!r} not ISO")
    if rec["kind"] not in KINDS:
        out.append(f"kind {rec['kind']!r}")
    if rec["mode"] not in MODES:
        out.append(f"mode {rec['mode']!r}")
    if not isinstance(rec["parser_version"], str) or not re.match(r"^\d+\.\d+\.\d+$", rec["parser_version"]):
        out.append("parser_version not semver")
    for i, m in enumerate(rec["meetings"]):
        if set(m) != {"principals", "counterparts", "counterpart_delegation"}:
            out.append(f"meeting {i} keys {sorted(m)}")
            continue
        for role in ("principals", "counterparts"):
            for p in m[role]:
                out += person_problems(p, f"meeting {i} {role}")
        if m["counterpart_delegation"] is not None and not isinstance(m["counterpart_delegation"], str):
            out.append(f"meeting {i} delegation not a string")
    for role in ("actors", "present"):
        for p in rec[role]:
            out += person_problems(p, role)
    for s in rec["statements"]:
        if set(s) != {"speaker", "text"} or not isinstance(s["text"], str):
            out.append(f"statement {s!r}")
    if not all(isinstance(m, str) for m in rec["mentions"]):
        out.append("mentions not strings")
    if not all(isinstance(w, str) for w in rec["warnings"]):
        out.append("warnings not strings")
    return out


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {SHARED} (it lives beside the repository root)")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared_dir):
    """../shared/eval/score.py, imported as a module, to score predictions as the checks do."""
    path = shared_dir / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("diplomeet_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-20231129-slutsky.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shape_problems():
    """The record shape checker, as a fixture (test modules cannot import each other here)."""
    return problems
