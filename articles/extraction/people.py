"""Officials (people named with an office) and other named people. Plain Python.

An official is found by an office written directly before the name
("Minister of National Defense Wellington Koo", "former Japanese military
leader Shigeru Iwasaki") or in apposition after it ("Tsai Ming-yen,
director-general of the National Security Bureau"). Later short references
("Tsai said") count for the person already found, not for a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction import titles
from articles.extraction.organisations import KIND_BY_HEAD

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_TOKEN = rf"(?:[{_UPPER}][\w'’]*(?:-[\w'’]+)*\.?)"
_PARTICLE = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|le|du|dos|di|ibn)"
NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
_CAP_PHRASE = rf"{_NAME_TOKEN}(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?)?{_NAME_TOKEN}){{0,6}}"

_BEFORE_NAME = re.compile(
    rf"(?:(?P<former>{titles.MODIFIERS})\s+)?"
    rf"(?:(?P<qualifier>{_CAP_PHRASE})\s+)?"
    rf"(?P<title>(?:{titles.HEAD_PATTERN})(?:\s+(?:of|for)\s+(?:the\s+)?(?:{titles.PORTFOLIO_PATTERN}))?"
    rf"|(?:[\w’'.-]+\s+)?(?:{titles.LOWER_HEAD_PATTERN}))"
    rf"\s+(?P<rest>{_CAP_PHRASE})"
)
_APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:(?P<former>{titles.MODIFIERS})\s+)?"
    rf"(?:(?P<qualifier>[{_UPPER}][\w.]*(?:[’']s)?)\s+)?(?P<title>{titles.APPOSITIVE_HEAD_PATTERN})"
    rf"(?:\s+(?:of|at|for|to)\s+(?:the\s+)?(?P<org>{_CAP_PHRASE}))?(?=[\s,.;:)])"
)
_SPEAKER = re.compile(rf"(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)(?:,[^,]{{3,80}},)?\s+(?:said|says|told|added|explained|noted|wrote|argued)\b")

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our On In At By For From With And
    But Or As Under After Before During When While Both Former Acting Then Today Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October November December
    Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Administration Act Day Week Month Year Summit Conference Plan Program Programme
    Initiative Strategy Agreement Treaty Office Department Ministry House Council Committee Assembly General Staff
    State States Affairs Security Defense Defence National International Federal Republic Kingdom Union Party
    Government Cabinet Bureau Agency Commission Service Forces Army Navy Court Congress Senate Parliament Yuan
    White Oval Room Also Here There Now Meanwhile However Moreover Consequently Officials Lawmakers Reuters""".split()
)


@dataclass
class FoundPerson:
    name: str
    title: str = ""
    organisation: str = ""
    country: str = ""  # ISO code
    count: int = 0
    official: bool = False
    key: int | str | None = None  # a person the archive already knows


def _name_tokens(text: str) -> list[str]:
    return text.replace(",", " ").split()


def _valid_name(name: str, stop: frozenset[str]) -> bool:
    tokens = _name_tokens(name)
    if not tokens or any(t.rstrip(".’'s") in NOT_NAME_WORDS or t in stop or t in titles.TITLE_WORDS for t in tokens):
        return False
    return any(ch.islower() for ch in name) or len(tokens[0]) <= 3  # not an ALL-CAPS heading


def _strip_possessive(name: str) -> str:
    return re.sub(r"[’']s$", "", name)


def find_people(text: str, country_terms: dict[str, str], organisation_names: set[str]) -> list[FoundPerson]:
    """People named in `text`. `country_terms` maps country names and demonyms to codes."""
    stop = frozenset(country_terms) | frozenset(w for n in organisation_names for w in n.split())
    people: dict[str, FoundPerson] = {}

    def add(name: str, *, title: str = "", organisation: str = "", country: str = "") -> None:
        # A possessive ends the name: "Jake Sullivan’s Meetings" is Jake Sullivan.
        name = re.split(r"(?<=\w)[’']s\b", " ".join(name.split()).strip(" ,"), maxsplit=1)[0]
        if not _valid_name(name, stop):
            return
        person = people.get(name) or _same_person(people, name)
        if person is None:
            person = people[name] = FoundPerson(name)
        if title and not person.title:
            person.title, person.organisation, person.country, person.official = title, organisation, country, True

    for match in _BEFORE_NAME.finditer(text):
        title = " ".join(match.group("title").split())
        rest = match.group("rest")
        name = rest
        name = _NAME_PREFIX.match(name).group(0) if _NAME_PREFIX.match(name) else name
        qualifier = (match.group("qualifier") or "").strip()
        # The qualifier may have taken the start of a longer title ("Prime" of "Prime Minister").
        q_words = qualifier.split()
        for size in range(min(len(q_words), 3), 0, -1):
            if " ".join([*q_words[-size:], title]) in titles.HEADS:
                title = " ".join([*q_words[-size:], title])
                qualifier = " ".join(q_words[:-size])
                break
        organisation, country = _qualifier(qualifier, country_terms, organisation_names)
        if qualifier and not organisation and not country:
            # "On Monday, China imposed ...": not a qualifier of this title after all.
            qualifier = ""
        lower_title = title[0].islower()
        if lower_title:
            words_before = title.split()
            # "Japanese military leader": a demonym inside the lower-case title is the country.
            if words_before[0] in country_terms:
                country = country_terms[words_before[0]]
                title = " ".join(words_before[1:])
        if match.group("former"):
            title = f"{match.group('former')} {title}"
        add(name, title=title, organisation=organisation, country=country)

    for match in _APPOSITIVE.finditer(text):
        title = " ".join(match.group("title").split())
        organisation = (match.group("org") or "").strip()
        qualifier = (match.group("qualifier") or "").strip()
        country = ""
        if organisation in country_terms:
            organisation, country = "", country_terms[organisation]
        if qualifier:
            q = _strip_possessive(qualifier)
            country = country or country_terms.get(q, "")
        if match.group("former"):
            title = f"{match.group('former')} {title}"
        add(match.group("name"), title=title[0].upper() + title[1:] if title.islower() else title, organisation=organisation, country=country)

    for match in _SPEAKER.finditer(text):
        add(match.group("name"))

    # Count every mention: full names, then short references ("Tsai said") outside them.
    for person in people.values():
        full = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", text)]
        person.count = len(full)
        for form in _short_forms(person, people):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if not any(start <= m.start() < end for start, end in full):
                    person.count += 1
        person.count = max(person.count, 1)
    return list(people.values())


_NAME_PREFIX = re.compile(NAME)


def _qualifier(qualifier: str, country_terms: dict[str, str], organisation_names: set[str]) -> tuple[str, str]:
    if not qualifier:
        return "", ""
    bare = _strip_possessive(qualifier)
    if bare in country_terms:
        return "", country_terms[bare]
    if bare in organisation_names or bare.split()[-1] in KIND_BY_HEAD:
        return bare, ""
    return "", ""


def _same_person(people: dict[str, FoundPerson], name: str) -> FoundPerson | None:
    """'Biden' after 'Joe Biden' is the same person; so is 'Tsai' after 'Tsai Ming-yen'."""
    tokens = name.split()
    for person in people.values():
        full = person.name.split()
        if len(tokens) == 1 and len(full) > 1 and tokens[0] in (full[0], full[-1]):
            return person
        if len(full) == 1 and len(tokens) > 1 and full[0] in (tokens[0], tokens[-1]):
            person.name = name  # keep the fuller form
            return person
    return None


def _short_forms(person: FoundPerson, people: dict[str, FoundPerson]) -> list[str]:
    tokens = person.name.split()
    if len(tokens) < 2:
        return []
    forms = []
    for token in {tokens[0], tokens[-1].rstrip(".")}:
        others = [p for p in people.values() if p is not person and token in p.name.split()]
        if not others and len(token) > 2 and token not in NOT_NAME_WORDS:
            forms.append(token)
    return forms
