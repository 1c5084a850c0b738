"""Counts of generated inputs per property test, written to test-artifacts/ for the closing note."""

import json
from collections import Counter
from pathlib import Path

from django.db import connection

COUNTS: Counter[str] = Counter()
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def tried(name: str) -> None:
    COUNTS[name] += 1


def write() -> None:
    if COUNTS:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"property-inputs-{connection.vendor}.json"
        path.write_text(json.dumps(dict(sorted(COUNTS.items())), indent=2))
