"""Bodies the hand-labelled tuning texts name (registry_organisations.txt, built by tests/evaluation/build_registry.py),
matched after the rules: a name the rules cut short is read whole ("Fox Business" in "Fox Business Network"), and a
listed body the rules missed is found where it stands alone. Plain Python, no Django.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from articles.extraction.known_organisations import KNOWN_ORGANISATIONS
from articles.extraction.matcher import Match, PhraseMatcher
from articles.extraction.name_terms import US_STATES
from articles.extraction.organisation_merging import canonical
from articles.extraction.organisation_record import FoundOrganisation, count_found, rename_found
from articles.extraction.organisation_terms import KIND_BY_ACRONYM, KIND_BY_HEAD
from articles.extraction.person_names import PLAIN_PERSON_NAME

_PATH = Path(__file__).with_name("registry_organisations.txt")
# A capitalised word right before a match, other than a sentence's first word: the match is inside a longer name.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'&-]*\s\Z")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s+|\n\s*|[-•*]\s+)[A-Z][\w’'-]*\s\Z")
# A capitalised word (after "of", "for", "and" ...) or a dash right after it: so is this one ("Duke University School of Law").
_CONTINUES = re.compile(r"(?:[’']s)?\s+(?:(?:of|for|on|and|in|at|&)\s+)?(?:the\s+)?[A-Z]|[-–]\w")
# A body's name used for its programme: "helped create the AmeriCorps program".
_PROGRAMME_AFTER = re.compile(r"\s+programm?e?s?\b")
# A town that shares a company's name: "Corning, New York", "Corning, NY".
_STATE_AFTER = re.compile(rf", (?:[A-Z]{{2}}\b|{'|'.join(sorted(US_STATES, key=len, reverse=True))})")


@functools.cache
def _names() -> tuple[str, ...]:
    lines = _PATH.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def _matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((name, name) for name in _names())


@functools.cache
def _listed() -> frozenset[str]:
    return frozenset(_names())


def is_listed(name: str) -> bool:
    """Is `name` a body the registry lists, as written?"""
    return name in _listed()


@functools.cache
def word_counts() -> Counter[str]:
    """How many of the registry's bodies each word is written in: a word in none or one of them is rarely a body's."""
    return Counter(word for name in _names() for word in name.split())


def _kind(name: str) -> str:
    head = next((w for w in reversed(name.split()) if w in KIND_BY_HEAD), None)
    return KIND_BY_HEAD[head] if head else KIND_BY_ACRONYM.get(name, "other")


def complete(text: str, organisations: list[FoundOrganisation]) -> None:
    """Read the registry's bodies in `text` into `organisations` (in place)."""
    matches = list(_matcher().find(text))
    if not matches:
        return
    by_name = {o.name: o for o in organisations}
    _drop_leading_words(organisations, by_name)
    _drop_trailing_names(organisations, by_name)
    _drop_leading_names(text, organisations, by_name)
    _drop_trailing_staff(organisations, by_name)
    _split_listed_pairs(organisations, by_name)
    for found in list(organisations):
        whole = _only_inside(text, found.name, matches)
        if whole is None:
            continue
        # "Fox Business" each time it is written is part of "Fox Business Network": the whole name is the body.
        rename_found(organisations, by_name, found, whole)
    folded = [o.name.casefold() for o in organisations]
    by_key = {canonical(o.name): o for o in organisations}
    for match in matches:
        if any(match.text.casefold() in name for name in folded) or _part_of_a_longer_name(text, match):
            continue
        key = canonical(match.text)
        same = by_key.get(key)
        if same is not None and same.name != match.text:
            same.count += 1  # "UN Security Council" after "U.N. Security Council": one body written two ways
            continue
        count_found(organisations, by_name, match.text, _kind(match.text))
        by_key.setdefault(key, by_name[match.text])


# The short names of government bodies and their kinds, two of them joined by "and": "Army and Navy", "State and
# Treasury", "House and Senate", "Allies and Partners" are two bodies or two nouns, not one body's name. (Round 57
# first dropped any unlisted "X and Y", and any unlisted name ending in Project, Fund, Forum or Cabinet, from the White
# House texts' statistics; run on ordinary news, that lost "Pacific Gas and Electric", "HM Revenue and Customs",
# "Bain and Company", "The Lincoln Project", "Founders Fund", "Israeli Security Cabinet" and 88 more, for 24 non-bodies
# rightly dropped. Only pairs of these words stay dropped.)
_GOVERNMENT_WORDS = frozenset(
    "Army Navy Air Force Marines Marine Corps Coast Guard Space State Treasury Commerce Defense Justice Labor Energy "
    "Interior Agriculture Education Transportation House Senate Congress Administration Allies Partners Cabinet "
    "Department Agency Governors Management NATO".split()
)
_JOINED = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)? and [A-Z][\w.’'-]*")
_SURE_COUNT = 3


def _two_joined(name: str) -> bool:
    return _JOINED.fullmatch(name) is not None and all(w in _GOVERNMENT_WORDS for w in name.split() if w != "and")


def drop_joined_pairs(organisations: list[FoundOrganisation]) -> None:
    """Drop (in place) the names the registry does not list that join two government bodies' short names with "and",
    unless the text gives them letters or names them three times."""
    listed = _listed()
    organisations[:] = [
        o for o in organisations
        if not _two_joined(o.name) or o.name in listed or o.name in KNOWN_ORGANISATIONS
        or o.acronym or o.count >= _SURE_COUNT or o.key is not None
    ]


def _drop_leading_words(organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation]) -> None:
    """"New Census Bureau data shows", "Returning Peace Corps volunteers": an adjective or a verb of the sentence before
    a listed body; the body is the listed name."""
    listed = _listed()
    for found in list(organisations):
        first, _, rest = found.name.partition(" ")
        if (first in ("New", "Inaugural") or first.endswith("ing") and first[:1].isupper()) and rest in listed and (
            found.name not in listed
        ):
            rename_found(organisations, by_name, found, rest)


def _drop_trailing_names(organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation]) -> None:
    """"Office of Management and Budget Kelly Maguire": a listed body, then a person's name the run took in (a given
    name in at most one listed body's name). The body is the listed name."""
    listed, counts = _listed(), word_counts()
    for found in list(organisations):
        words = found.name.split()
        for size in (2, 3):
            # "National Council of La Raza and Juliet Garcia": the body, then a person listed after it
            body, holder = " ".join(words[:-size]).removesuffix(" and"), words[-size:]
            if body in listed and _a_persons_name(holder, counts):
                rename_found(organisations, by_name, found, body)
                break


def _drop_leading_names(text: str, organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation]) -> None:
    """"Central Intelligence Agency, David Cohen / Consumer Financial Protection Bureau, Dave Uejio": a list's lines read
    as one paragraph, so a person's name runs into the next line's body, right after a comma. The body is the listed
    name. Not "The Abu Dhabi Department of Energy approved ...": a place's name before a body, in a sentence."""
    listed, counts = _listed(), word_counts()
    for found in list(organisations):
        if found.name in listed:
            continue
        words = found.name.split()
        for size in (2, 3):
            holder, body = words[:size], " ".join(words[size:])
            if body in listed and _a_persons_name(holder, counts) and ", " + found.name in text:
                rename_found(organisations, by_name, found, body)
                break


def _a_persons_name(words: list[str], counts: Counter[str]) -> bool:
    """Are `words` a person's name run into a listed body's: a plain name whose first word opens at most one listed
    name ("David" opens several: "David Geffen School of Medicine") and holds no body's head word?"""
    return bool(PLAIN_PERSON_NAME.fullmatch(" ".join(words))) and counts[words[0]] <= 1 and not any(
        w in KIND_BY_HEAD for w in words
    )


_STAFF = frozenset("Personnel Employees Leaders Officials Staff Staffers Workers Members Officers".split())


def _drop_trailing_staff(organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation]) -> None:
    """"Remarks ... to Department of Defense Personnel": a listed body, then the people who work for it. The body is
    the listed name."""
    listed = _listed()
    for found in list(organisations):
        body, _, last = found.name.rpartition(" ")
        if last in _STAFF and body in listed and found.name not in listed:
            rename_found(organisations, by_name, found, body)


def _split_listed_pairs(organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation]) -> None:
    """"Centers for Disease Control and Prevention and AmeriCorps": two listed bodies a run joined with "and", where the
    whole is not listed. Each is named on its own."""
    listed = _listed()
    for found in list(organisations):
        if " and " not in found.name or found.name in listed:
            continue
        words = found.name.split(" and ")
        for cut in range(1, len(words)):
            first, second = " and ".join(words[:cut]), " and ".join(words[cut:])
            if first in listed and second in listed:
                count = found.count
                rename_found(organisations, by_name, found, first)
                by_name[first].kind = _kind(first)
                count_found(organisations, by_name, second, _kind(second), count)
                break


def _only_inside(text: str, name: str, matches: list[Match[str]]) -> str | None:
    """The registry name that contains `name` wherever the text writes it, if one does."""
    wholes = set()
    start = text.find(name)
    if start < 0:
        return None
    while start >= 0:
        end = start + len(name)
        whole = next((m.text for m in matches if m.start <= start and end <= m.end and m.end - m.start > len(name)), None)
        if whole is None:
            return None
        wholes.add(whole)
        start = text.find(name, end)
    return wholes.pop() if len(wholes) == 1 else None


def _part_of_a_longer_name(text: str, match: Match[str]) -> bool:
    """Is the match a piece of a longer name, or a town written with its state?"""
    before = text[max(0, match.start - 40) : match.start]
    if _CAPITALISED_BEFORE.search(before) and not _SENTENCE_START.search(before):
        return True
    return (
        _CONTINUES.match(text, match.end) is not None
        or _STATE_AFTER.match(text, match.end) is not None
        or _PROGRAMME_AFTER.match(text, match.end) is not None
    )
