"""The one real release of the sample site: the project's fixture (IDCPC, 2023-11-29).

Its text is stored verbatim in `data/seed-20231129-slutsky.txt` (copied from the corpus);
its truth is written out here by hand, matching the corpus gold label plus statements.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

SEED_FILE = Path(__file__).parent / "data" / "seed-20231129-slutsky.txt"
SEED_PUBLISHED = date(2023, 11, 29)
SEED_URL_NUMBER = 162967
SEED_URL_PATH = "/english/news/202311/t20231129_162967.html"

_LIU = {"name": "Liu Jianchao", "title": "Minister",
        "organization": "International Department of the CPC Central Committee", "country": "CHN", "also": []}
_SLUTSKY = {"name": "Leonid Slutsky", "title": "Leader", "organization": "Liberal Democratic Party of Russia (LDPR)",
            "country": "RUS", "also": ["Chairman of the State Duma Committee on International Affairs"]}


@lru_cache(maxsize=1)
def _read() -> tuple[str, tuple[str, ...], bool]:
    lines = SEED_FILE.read_text(encoding="utf-8").splitlines()
    title = lines[0].strip()
    paragraphs = [line.strip() for line in lines[2:] if line.strip()]
    enditem = bool(paragraphs) and paragraphs[-1] == "Enditem"
    if enditem:
        paragraphs.pop()
    return title, tuple(paragraphs), enditem


def seed_release_parts() -> tuple[str, list[str], bool, dict]:
    """(title, paragraphs without 'Enditem', has Enditem, truth without id/title/published)."""
    title, paragraphs, enditem = _read()
    speakers = {"Liu said": "Liu Jianchao", "Slutsky said": "Leonid Slutsky"}
    statements = [{"speaker": name, "text": p} for p in paragraphs
                  for opening, name in speakers.items() if p.startswith(opening)]
    truth = {
        "meeting_date": "2023-11-22", "date_end": None, "location": "Beijing", "venue": None,
        "kind": "meeting", "mode": "in_person",
        "meetings": [{"principals": [dict(_LIU)], "counterparts": [dict(_SLUTSKY, also=list(_SLUTSKY["also"]))],
                      "counterpart_delegation": None}],
        "actors": [], "present": [], "statements": statements,
        "mentions": ["BRICS", "Shanghai Cooperation Organization (SCO)", "Belt and Road"],
    }
    return title, list(paragraphs), enditem, truth
