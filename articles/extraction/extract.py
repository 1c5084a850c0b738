"""ParsedArticle text → Entities: countries, officials, other people, organisations. Plain Python."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from articles.extraction.countries import find_countries
from articles.extraction.gazetteer import Gazetteer
from articles.extraction.organisation_registry import complete as complete_from_registry, drop_joined_pairs
from articles.extraction.organisation_record import count_found, rename_found
from articles.extraction.organisations import FoundOrganisation, find_organisations
from articles.extraction.people import FoundPerson, find_people


@dataclass
class Entities:
    countries: Counter[str] = field(default_factory=Counter)  # ISO code -> mentions
    people: list[FoundPerson] = field(default_factory=list)
    organisations: list[FoundOrganisation] = field(default_factory=list)

    @property
    def officials(self) -> list[FoundPerson]:
        return [p for p in self.people if p.official]


def extract(title: str, paragraphs: list[str], gazetteer: Gazetteer, byline: str = "") -> Entities:
    """Only the title and body count, and an official who signs the byline: teasers and page chrome are not the
    article."""
    found = _extract(title, paragraphs, gazetteer)
    if "," in byline:
        _add_signing_officials(found, _extract("", [byline], gazetteer, venue_lines=False))
    return found


def _add_signing_officials(found: Entities, signed: Entities) -> None:
    """"By Natalie Quillian, Assistant to the President and Deputy Chief of Staff": an op-ed's author under an office
    is an official of the article (the labelling guidelines, clarifications 48 and 105). An author under a name alone
    or an outlet ("Jane Doe, Reuters") is not, even one the archive knows as an official ("Jen Psaki, MSNBC"): only an
    office the byline writes counts. The office's body is the article's, no other body of the byline ("Gina Raimondo,
    Secretary of Commerce, and Jane Smith, Reuters" adds no Reuters)."""
    signing = [p for p in signed.officials if p.title]
    if not signing:
        return
    for official in signing:
        # the same person in the body, by the full name or the surname ("Deputy Chief of Staff Quillian")
        known = next((p for p in found.people if p.name == official.name or official.name.endswith(" " + p.name)), None)
        if known is None:
            found.people.append(official)
        else:
            known.name = official.name
            if not known.official:
                known.official, known.title, known.organisation = True, official.title, official.organisation
                known.country = known.country or official.country
        if official.country and official.country not in found.countries:
            found.countries[official.country] += 1
    bodies = {p.organisation for p in signing}
    named = {o.name for o in found.organisations}
    found.organisations += [o for o in signed.organisations if o.name in bodies and o.name not in named]


def _extract(title: str, paragraphs: list[str], gazetteer: Gazetteer, *, venue_lines: bool = True) -> Entities:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    venue = _venue_lines(paragraphs) if venue_lines else 0
    # The lines under a title that say where it was given ("Commerzbank / Munich, Germany") name no
    # organisation or country of the article; blanked, so that positions stay those of `text`.
    read = text if not venue else title + "\n\n" + "\n\n".join(
        " " * len(p) if i < venue else p for i, p in enumerate(paragraphs)
    )
    countries = find_countries(read, gazetteer)
    organisations = find_organisations(read, gazetteer.country_terms)
    complete_from_registry(read, organisations)
    organisations = [o for o in organisations if o.name not in gazetteer.rejected_organisations]
    # A body is written by its acronym too: "CIA spokesman George Little" after "the Central Intelligence Agency".
    organisation_names = {o.acronym: o.name for o in organisations if o.acronym} | {o.name: o.name for o in organisations}
    people = [
        p for p in find_people(text, gazetteer.country_by_term, organisation_names, body_start=len(title))
        if p.name not in gazetteer.rejected_people
    ]
    _cut_holders(people, organisations)
    drop_joined_pairs(organisations)
    _add_known(text, gazetteer, people, organisations)
    _drop_surname_countries(text, gazetteer, people, countries)
    # The country of an office counts as a mention of that country.
    for person in people:
        if person.country and person.country not in countries:
            countries[person.country] += 1
    return Entities(countries=countries, people=people, organisations=organisations)


_PLACE_LINE = re.compile(r"[A-Z][\w .’'‘-]+, [A-Z][\w .’'‘-]+")
_SENTENCE_END = re.compile(r"[.?!:\"”]$")
_HOUSE_LINE = re.compile(r"(?:The )?White House\s*")
_TIME_LINE = re.compile(r"\d{1,2}:\d{2} [AP]\.M\. [A-Z]{2,4}$")


def _cut_holders(people: list[FoundPerson], organisations: list[FoundOrganisation]) -> None:
    """"Director of the Office of Public Engagement Stephen Benjamin": the capitalised run read as one body ends with the
    official the people finder read after it; the body is the run without the official's name."""
    holders = {f"{p.organisation} {p.name}": p.organisation for p in people if p.official and p.organisation}
    if not holders:
        return
    by_name = {o.name: o for o in organisations}
    for found in list(organisations):
        held, _, other = found.name.partition(" and ")  # "... Cedric Richmond and Environmental Protection Agency"
        whole = holders.get(found.name)
        body = whole or holders.get(held)
        if body is None:
            continue
        kind, count = found.kind, found.count
        rename_found(organisations, by_name, found, body)
        if not whole and other:  # the body after "and" is a body of its own
            count_found(organisations, by_name, other, kind, count)


def _drop_surname_countries(text: str, gazetteer: Gazetteer, people: list[FoundPerson], countries: Counter[str]) -> None:
    """"Deputy Attorney General Lisa Monaco ... Monaco said": a surname that is a country names the person, not the
    country, unless the text also writes the country as a place ("the Prince of Monaco")."""
    for person in people:
        surname = person.name.rsplit(" ", 1)[-1]
        code = gazetteer.country_by_term.get(surname) if " " in person.name else None
        if code in countries and not re.search(rf"\b(?:of|in|to|from|with|and) {re.escape(surname)}\b", text):
            del countries[code]


def _venue_lines(paragraphs: list[str]) -> int:
    """How many leading paragraphs are a venue block: short lines ending with "Place, Region", or over the time
    a transcript starts ("Vice President’s Ceremonial Office Eisenhower Executive Office Building" / "5:37 P.M. EDT")."""
    if paragraphs and _HOUSE_LINE.fullmatch(paragraphs[0]):
        return 1  # "The White House" alone under a title: where remarks were given, a header line (guidelines)
    count = 0
    for i, paragraph in enumerate(paragraphs[:4]):
        timed = i + 1 < len(paragraphs) and _TIME_LINE.match(paragraphs[i + 1]) is not None
        if len(paragraph) > (100 if timed else 70) or ":" in paragraph or _SENTENCE_END.search(paragraph) or (
            len(paragraph.split()) > (12 if timed else 8)
        ):
            break
        count += 1
    while count and not _PLACE_LINE.fullmatch(paragraphs[count - 1]) and not (
        count < len(paragraphs) and _TIME_LINE.match(paragraphs[count])
    ):
        count -= 1
    return count


def _add_known(text: str, gazetteer: Gazetteer, people: list[FoundPerson], organisations: list[FoundOrganisation]) -> None:
    """Names and aliases editors vouched for are found wherever they appear, with or without an office."""
    if gazetteer.people_matcher:
        by_key = {p.key: p for p in people if p.key is not None}
        named = {p.name for p in people}
        for match in gazetteer.people_matcher.find(text):
            known = match.value
            if match.text in named or known.name in named:
                continue
            found = by_key.get(known.key)
            if found is None:
                found = by_key[known.key] = FoundPerson(known.name, official=known.official, key=known.key)
                people.append(found)
            found.count += 1
    if gazetteer.organisation_matcher:
        by_key = {o.key: o for o in organisations if o.key is not None}
        named = {o.name for o in organisations} | {o.acronym for o in organisations if o.acronym}
        for match in gazetteer.organisation_matcher.find(text):
            known = match.value
            if match.text in named or known.name in named:
                continue
            found = by_key.get(known.key)
            if found is None:
                found = by_key[known.key] = FoundOrganisation(known.name, known.kind, count=0, key=known.key)
                organisations.append(found)
            found.count += 1
