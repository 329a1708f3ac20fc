"""Shared constants and helpers of the source-adapter tests (imported by name:
conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SAVED_MFA_SITE = Path("/work/shared/sites/fmprc-mfa_eng-2020")

# The article every variant under fixtures/<source>/ shows (written for these tests).
REFERENCE = {
    "idcpc": {
        "title": "Li Wen Meets with Delegation of the Green Harbour Party of Norland",
        "paragraphs": [
            "Beijing, November 28th—Li Wen, Vice-minister of the International Department of the CPC "
            "Central Committee, met here today with a delegation of the Green Harbour Party of Norland "
            "led by Anna Berg, Deputy Chair of the party.",
            "Li said that the two countries have kept close contact on fisheries, clean energy and port "
            "logistics, and that the CPC is ready to deepen exchanges of experience in governance with "
            "parties of all countries.",
            "Berg thanked the Chinese side for the warm reception and said that her party values a steady "
            "partnership, supports practical cooperation in shipping and renewables, and hopes to send "
            "young cadres on study visits next year.",
            "Enditem",
        ],
        # boilerplate strings of the variants' chrome that must not reach the body
        "chrome": ["Home", "Copyright", "Share to", "Print", "Related News", "Section 1 ", "Previous:",
                   "Sponsored by", "Latest", "About the Department", "( 2023.11.29 )", "首页", "Address:"],
    },
    "fmprc": {
        "title": "Vice Foreign Minister Zhao Ming Meets with Ambassador of Eastmark Lena Varga",
        "paragraphs": [
            "On May 29, 2024, Vice Foreign Minister Zhao Ming met with Ambassador of Eastmark to China "
            "Lena Varga in Beijing.",
            "Zhao Ming said that China appreciates Eastmark’s commitment to the one-China principle and is "
            "willing to work with Eastmark to implement the important consensus of the two heads of state "
            "and expand cooperation in trade, education and tourism.",
            "Lena Varga said that Eastmark attaches great importance to its relations with China and looks "
            "forward to more direct flights and student exchanges between the two countries.",
        ],
        "chrome": ["Home", "Copyright", "Print", "Suggest to a friend", "More News", "Topic 1:",
                   "Updated:", "Important News", "Address:", "Policies and Activities"],
    },
}


def normalise_quotes(text: str) -> str:
    """The variants write the apostrophe either way; compare text, not typography."""
    return text.replace("’", "'")


def variant_paths(source: str) -> list[Path]:
    return sorted((FIXTURES / source).glob("*.html"))


def saved_mfa_index() -> list[dict]:
    return json.loads((SAVED_MFA_SITE / "index.json").read_text(encoding="utf-8"))


needs_saved_site = pytest.mark.skipif(
    not (SAVED_MFA_SITE / "index.json").is_file(),
    reason=f"real saved MFA pages not present at {SAVED_MFA_SITE}",
)
