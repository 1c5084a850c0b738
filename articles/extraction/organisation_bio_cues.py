"""Employers a biography names through what it says they are, with no organisation word in the name: "a partner at
the law firm Greene Espel", "an associate at the law firm of Stillman, Friedman and Shaw". Plain Python, no Django.
"""

from __future__ import annotations

import re

_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w’'&-]*\.?)"  # "Greene", "Jr.", "L.L.P."
# "law firm Cowdery, Ecker & Murphy", "the law firm of Verner, Liipfert, Bernhard, McPherson and Hand": partners'
# names joined by commas, "and" or "&", with the firm's suffix.
_LAW_FIRM = re.compile(
    rf"\blaw firm,? (?:of )?(?:the )?(?P<name>{_WORD}(?:(?:,? (?:and|&) |, | ){_WORD}){{0,6}}"
    r"(?:,? (?:LLP|LLC|PLLC|PLC|L\.L\.P\.|P\.C\.|P\.A\.))?)"
)
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=LLP|LLC|PLC))\. ")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+")
_SUFFIXES = frozenset("LLP LLC PLLC PLC L.L.P. L.L.C. P.C. P.A. S.C.".split())


def law_firms(text: str, places: frozenset[str], not_names: frozenset[str]) -> list[tuple[str, int]]:
    """(name, start) of the firms named after "law firm"; `places` end a name, `not_names` open none."""
    if "law firm" not in text:
        return []
    found = []
    for match in _LAW_FIRM.finditer(text):
        name = _SENTENCE_END.split(match.group("name"), 1)[0]  # "... McPherson and Hand. He joined"
        parts = name.split(", ")
        # "the law firm Jones Day, Washington, D.C.": a place after a comma is where the firm is
        for i, part in enumerate(parts[1:], 1):
            if parts[i - 1].split()[-1] in _SUFFIXES:
                parts = parts[:i]  # "Tuohy, Bailey, & Moore, LLP, Fehribach": the suffix ends the name
                break
            if part in places or _ABBREVIATION.fullmatch(part) and part not in _SUFFIXES:
                parts = parts[:i]
                break
        name = ", ".join(parts).rstrip(".,") if not name.endswith(tuple(_SUFFIXES)) else ", ".join(parts)
        words = name.split()
        if text[match.start("name") - 2] == "," and len(words) < 2:
            continue  # "a law firm, Heckler has spent decades ...": a person, after the comma
        if not words or words[0] in not_names or len(name) < 3 or text.startswith(" of ", match.start("name") + len(name)):
            continue  # "the law firm I founded"; "the Law Offices of ...": the name goes on after "of"
        found.append((name, match.start("name")))
    return found
