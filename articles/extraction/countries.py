"""Which countries an article is about: names, aliases and demonyms, counted. Plain Python."""

from __future__ import annotations

import re
from collections import Counter

from articles.extraction.gazetteer import Gazetteer

# Proper nouns that contain a country word but mean something else.
_NOT_THE_COUNTRY = re.compile(
    r"\b(?:(?:Latin|South|North|Central)\s+Americ(?:a|an|ans)|the\s+Americas|Pan[- ]American|"
    r"New\s+Mexic(?:o|an)|New\s+Jersey|Gulf\s+of\s+(?:Mexico|America)|Indian\s+Ocean|(?:West|American)\s+Indians?|"
    r"(?:South|East)\s+China\s+Sea|South\s+China\s+Morning\s+Post|Sea\s+of\s+Japan|Guinea\s+(?:pig|fowl)s?|"
    r"Georgia\s+(?:Tech|State)|Jordan\s+River|Niger\s+(?:River|Delta)|Congo\s+(?:River|Basin))\b"
)


def find_countries(text: str, gazetteer: Gazetteer) -> Counter[str]:
    """ISO code -> number of mentions. Ambiguous words ("Georgia", "Jordan") need evidence."""
    blocked = [m.span() for m in _NOT_THE_COUNTRY.finditer(text)]
    plain: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    for match in gazetteer.country_matcher.find(text):
        if any(start <= match.start < end for start, end in blocked):
            continue
        (ambiguous if match.value.ambiguous else plain)[match.value.code] += 1
    if ambiguous:
        evidence = {m.value for m in gazetteer.evidence_matcher.find(text)}
        for code, count in ambiguous.items():
            if code in plain or code in evidence:
                plain[code] += count
    return plain
