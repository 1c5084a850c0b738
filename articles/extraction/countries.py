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
    r"Georgia\s+(?:Tech|State)|Jordan\s+River|Niger\s+(?:River|Delta)|Congo\s+(?:River|Basin)|"
    r"(?:Mexico|Guatemala|Panama|Kuwait|Belize|Djibouti|Luxembourg)\s+City)\b"
)
# Languages are not countries: "speaks French, Spanish, and Russian".
_LANGUAGES = re.compile(
    r"\b(?:speaks?|spoke|spoken|speaking|fluent in|proficien(?:t|cy) in|languages?(?: include)?:?|in)\s+"
    r"(?:[A-Z][a-z]+(?:,\s+(?:and\s+)?|\s+and\s+)){0,5}[A-Z][a-z]+(?=[\s,.;]*(?:languages?|$|\.|,|;))"
)
_LIST_NEIGHBOUR = re.compile(r"^(?:,|\s+and|,\s+and|\s+or|,\s+or)\s+$")


def find_countries(text: str, gazetteer: Gazetteer) -> Counter[str]:
    """ISO code -> number of mentions. Ambiguous words ("Georgia", "Jordan") need evidence."""
    blocked = [m.span() for m in _NOT_THE_COUNTRY.finditer(text)]
    blocked += [m.span() for m in _LANGUAGES.finditer(text) if "speak" in m.group(0) or "fluent" in m.group(0) or "language" in m.group(0) or "proficien" in m.group(0)]
    plain: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    matches = [m for m in gazetteer.country_matcher.find(text) if not any(s <= m.start < e for s, e in blocked)]
    for i, match in enumerate(matches):
        if match.value.ambiguous and not _listed_with_countries(text, matches, i):
            ambiguous[match.value.code] += 1
        else:
            plain[match.value.code] += 1
    if ambiguous:
        evidence = {m.value for m in gazetteer.evidence_matcher.find(text)}
        for code, count in ambiguous.items():
            if code in plain or code in evidence:
                plain[code] += count
    return plain


def _listed_with_countries(text: str, matches: list, i: int) -> bool:
    """"Botswana, Guinea, Nigeria": an ambiguous name in a list of countries is a country."""
    neighbours = []
    if i > 0:
        neighbours.append((matches[i - 1], text[matches[i - 1].end : matches[i].start]))
    if i + 1 < len(matches):
        neighbours.append((matches[i + 1], text[matches[i].end : matches[i + 1].start]))
    return any(not m.value.ambiguous and _LIST_NEIGHBOUR.match(between) for m, between in neighbours)
