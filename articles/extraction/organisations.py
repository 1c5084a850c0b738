"""Named organisations: government bodies, legislatures, parties, militaries, companies, international bodies.

Plain Python. A name is a run of capitalised words ending in an organisation
word ("National Security Bureau", "Legislative Yuan"), or such a word followed
by "of ..." ("Ministry of National Defense"), or a well-known acronym.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_KIND_BY_HEAD = {
    "government": "Ministry Department Bureau Agency Office Administration Authority Service Cabinet Secretariat "
    "Commission Council Executive Yuan Police Guard Board Directorate Inspectorate Treasury",
    "legislature": "Committee Subcommittee Caucus Parliament Congress Senate Assembly Legislature Diet Duma Knesset "
    "Majlis House Chamber",
    "party": "Party",
    "military": "Army Navy Forces Force Corps Command Marines Brigade Division Fleet",
    "company": "Company Corporation Corp. Inc. Ltd. Group Holdings Bank Airlines Motors Technologies",
    "international": "Organization Organisation Union Alliance Nations Fund Federation Coalition Forum",
    "other": "Institute Foundation Association Center Centre University Court Tribunal Network Society Academy",
}
KIND_BY_HEAD = {word: kind for kind, words in _KIND_BY_HEAD.items() for word in words.split()}

# Organisations named by one word or an acronym; these need no qualifier.
SINGLE_NAMES = {
    "Congress": "legislature", "Senate": "legislature", "Pentagon": "military", "Kremlin": "government",
    "NATO": "international", "ASEAN": "international", "OPEC": "international", "APEC": "international",
    "UN": "international", "EU": "international", "WHO": "international", "IMF": "international",
    "WTO": "international", "OECD": "international", "IAEA": "international", "UNICEF": "international",
    "UNHCR": "international", "Interpol": "international", "G7": "international", "G20": "international",
    "Quad": "international", "AUKUS": "international", "FBI": "government", "CIA": "government",
    "NSA": "government", "DHS": "government", "FEMA": "government", "NASA": "government",
    "USAID": "government", "CDC": "government", "FDA": "government", "EPA": "government",
    "DPP": "party", "KMT": "party", "Kuomintang": "party", "PLA": "military", "CCP": "party",
    "Hamas": "other", "Hezbollah": "other", "Taliban": "other",
}

_CAP = r"(?:[A-Z][\w’'&.-]*|[A-Z]{2,})"
# Words that may join the capitalised words of one name; "X and the Y" is two names.
_LINK = r"(?:and|&|de|du|des|la|le|(?:of|for|on)(?:\s+the)?)"
_HEADS = "|".join(sorted((re.escape(h) for h in KIND_BY_HEAD), key=len, reverse=True))
# "Foreign Affairs and National Defense Committee", "Democratic Progressive Party", "Legislative Yuan".
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}\s+(?:{_LINK}\s+)?){{1,7}}(?P<head>{_HEADS}))"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?P<of>{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,5}}))?(?![\w-])"
)
# "Ministry of National Defense", "House of Representatives", "Bank of Japan".
_HEAD_OF = re.compile(
    rf"(?<![\w’'-])(?P<name>(?P<head>{_HEADS})\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,5}})(?![\w-])"
)
_SINGLE = re.compile(r"(?<![\w.-])(" + "|".join(sorted(map(re.escape, SINGLE_NAMES), key=len, reverse=True)) + r")(?![\w-])")
_LEADING = re.compile(r"^(?:The|A|An|This|That|These|Its|Their|His|Her|Our|On|In|At|By|For|From|With|And|But|As|Under|After|Before|During|When|While|Both|Former|Acting|Then)\s+")
_POSSESSIVE = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+")
_ACRONYM_DEF = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")


@dataclass
class FoundOrganisation:
    name: str
    kind: str
    count: int = 1
    acronym: str = ""
    key: int | str | None = None  # an organisation the archive already knows


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    while True:
        stripped = _POSSESSIVE.sub("", _LEADING.sub("", name))
        if stripped == name:
            return name.strip(" ,.;:")
        name = stripped


def find_organisations(text: str, countries: set[str] | None = None) -> list[FoundOrganisation]:
    """Organisations named in `text`, with counts. `countries` are names not to take for organisations."""
    countries = countries or set()
    found: dict[str, FoundOrganisation] = {}
    acronyms: dict[str, str] = {}
    spans: list[tuple[int, int]] = []

    def add(name: str, kind: str, start: int, end: int) -> None:
        owner, _, owned = name.rpartition("’s ") if "’s " in name else name.rpartition("'s ")
        if owner and KIND_BY_HEAD.get(owner.split()[-1]):
            # "the Legislative Yuan’s Foreign Affairs and National Defense Committee": both are named.
            add(owner, KIND_BY_HEAD[owner.split()[-1]], start, start + len(owner))
            name = owned
        name = clean_name(name)
        if not name or name in countries or " " not in name and name not in SINGLE_NAMES:
            return
        spans.append((start, end))
        if name in found:
            found[name].count += 1
        else:
            found[name] = FoundOrganisation(name, kind)
        definition = _ACRONYM_DEF.match(text, end)
        if definition:
            acronyms[definition.group("acronym")] = name
            found[name].acronym = definition.group("acronym")

    for match in _HEAD_OF.finditer(text):
        add(match.group("name"), KIND_BY_HEAD[match.group("head")], match.start("name"), match.end("name"))
    for match in _NAMED.finditer(text):
        if any(s < match.end("name") and match.start("name") < e for s, e in spans):
            continue
        end = match.end("of") if match.group("of") else match.end("name")
        add(text[match.start("name") : end], KIND_BY_HEAD[match.group("head")], match.start("name"), end)
    for match in _SINGLE.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        word = match.group(1)
        if word in acronyms:
            found[acronyms[word]].count += 1
        elif word in found:
            found[word].count += 1
        else:
            found[word] = FoundOrganisation(word, SINGLE_NAMES[word])
    return list(found.values())
