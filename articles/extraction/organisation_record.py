"""Recording an organisation found at a place in the text: the number, partners or campus written around its
name, an acronym defined after it, and "White House" / "House of ..." named as bodies. Plain Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction.known_organisations import KNOWN_ORGANISATIONS
from articles.extraction.name_terms import US_STATES
from articles.extraction.organisation_employers import works_at
from articles.extraction.titles import TITLE_WORDS as _OFFICE_WORDS
from articles.extraction.organisation_terms import KIND_BY_HEAD, LEADING as _LEADING, TITLE_WORDS as _TITLE_WORDS
from articles.extraction.organisation_shapes import EVENT_NAMED_AFTER_WHITE_HOUSE, HOUSE, split_run

_ACRONYM_DEF = re.compile(r"(?:[’']s)? ?\((?P<acronym>[A-Z][A-Za-z&-]{1,9})\)")
_VENUE_BEFORE = re.compile(
    r"(?:^|\W)(?:at|in|to|from|outside|inside|leave|leaves|left|arrive|arrives|into|on|seen|see|saw|visit|visited|"
    r"visiting|toured|tour|(?:Lawn|Portico|Colonnade|Balcony|doors|interior|grounds|gates|steps|halls|rooms|roof|"
    r"walls|history|residents?) of) the $"
)
_STAFF_FROM = re.compile(r"\b(?:officials|representatives|staff|staffers|aides|leaders|advisers|advisors) from the $")
# After "White House": another body whose name starts with it, or an event, programme or place named after it.
_NOT_WHITE_HOUSE_ITSELF = re.compile(
    # "White House Advisory Council for ...", "White House Infrastructure Implementation Team", "... Salute to America
    # 250 Task Force": a body of its own, named after it, with a qualifier or two before its head word
    r"(?: [A-Z][\w-]*){1,3} (?:Council|Team|Task Force|Office|Initiative|Commission|Working Group|Fellows?)\b|"
    rf"{EVENT_NAMED_AFTER_WHITE_HOUSE}|"
    # a part of the house or what comes from it, a press corps, a programme: "the White House Kitchen Garden", "White
    # House honey", "PBS White House Correspondent", "White House Fellowships", "the White House COVID-19 team"
    r" (?:Office|Council|Initiative|Rose|Garden|Lawn|Residence|Complex|Fellows?|Fellowships?|Task Force|Easter|"
    r"Christmas|Historical|Briefing Room|Press Corps|Correspondents?|Police|Military Office|Communications Agency|"
    r"Medical Unit|Ballroom|Beehive|Kitchen|Tennis|Congressional Picnic|traditions?|lawn|grounds|honey|bees|ephemera|"
    r"(?:[A-Z][\w-]* )?team)\b|"
    # one of its offices by its letters: "White House CEQ", "the White House ONDCP"
    r" (?:CEQ|ONDCP|OSTP|OMB|NSC|NEC|DPC|OPE)\b"
)
_WHITE_HOUSE = re.compile(r"White House\b(?! (?:Office|Council|Press|Counsel|Chief))")
_ORDINAL_ENDINGS = frozenset(["st", "nd", "rd", "th"])
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d+(?:st|nd|rd|th)) $")
_EVENT_AFTER = re.compile(r" (?:Convention|Conference|Summit|Meeting|Congress|Session|Forum|Annual|Anniversary)\b")
_EVENT_HEADS = frozenset("Conference Summit Meeting Session Forum".split())
_LISTED_PARTNERS = re.compile(r"(?<![\w’'.-])(?:[A-Z](?:[a-z]|[’'][A-Z])[\w’'-]*, )+$")
# "the Lansing, Michigan Police Department": after "the", the town written before the state is part of a local
# body's name (without "the", a name before the comma is as often a person's: "Sheryl Stolberg, New York Times").
_TOWN_BEFORE = re.compile(r"(?<=\bthe )((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), $")
_CAMPUS = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[.;,]|,? (?:in|from|where|with|as|and)\b| \()")
# "The president of the University of Delaware, Dennis Assanis": the office's holder after the comma, not a campus
_HEAD_OF_BEFORE = re.compile(
    r"\b(?:[Pp]resident|[Cc]hancellor|[Dd]irector|[Dd]ean|[Pp]rovost|[Hh]ead|[Cc]hair(?:man|woman)?|[Pp]rofessor|[Cc]oach|"
    r"[Rr]ector|[Pp]rincipal) of (?:the )?\Z"
)


@dataclass
class FoundOrganisation:
    name: str
    kind: str
    count: int = 1
    acronym: str = ""
    key: int | str | None = None  # an organisation the archive already knows


def rename_found(
    organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation], found: FoundOrganisation, name: str
) -> None:
    """`found` is the body `name` after all (in place): merged into it when `name` is found too, else renamed; either
    way it moves to the end of `organisations`. `by_name` indexes `organisations` by name and is kept in step."""
    organisations.remove(found)
    del by_name[found.name]
    if name in by_name:
        by_name[name].count += found.count
    else:
        found.name = name
        organisations.append(found)
        by_name[name] = found


def count_found(
    organisations: list[FoundOrganisation], by_name: dict[str, FoundOrganisation], name: str, kind: str, count: int = 1
) -> None:
    """`count` more mentions of the body `name`: added to its entry when it is found already, else a new entry at the end
    of `organisations` (`by_name` kept in step)."""
    if name in by_name:
        by_name[name].count += count
    else:
        by_name[name] = FoundOrganisation(name, kind, count)
        organisations.append(by_name[name])


class Collector:
    """The organisations found in one text so far, where they stand, and the acronyms it defines."""

    def __init__(self, text: str, countries: set[str]):
        self.text = text
        self.countries = countries
        self.found: dict[str, FoundOrganisation] = {}
        self.acronyms: dict[str, str] = {}
        self.taken: list[tuple[int, int]] = []
        self.venues = {
            m.start()
            for m in _WHITE_HOUSE.finditer(text)
            if _VENUE_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and not (text[m.start() - 8 : m.start()] == " at the " and works_at(text, m.start() - 8))
            and not _STAFF_FROM.search(text, max(0, m.start() - 40), m.start())
        }  # "met at the White House" is a place; "served at the White House", "officials from the White House", an
        # employer

    def add(self, raw: str, start: int) -> None:
        """Read a name cut from a capitalised run; record the bodies it names."""
        add_name(self, raw, start)

    def house(self, run: str, start: int) -> None:
        """"the White House announced", "the House of Representatives": the one word no head word covers."""
        text, venues, _record = self.text, self.venues, self.record
        for house in HOUSE.finditer(run):
            name = house.group(0)
            position = start + house.start()
            if name == "White House":
                if position in venues or _NOT_WHITE_HOUSE_ITSELF.match(text, start + house.end()):
                    continue  # a venue, or a part of another name ("White House Office of ...")
                if run[house.end() : house.end() + 2][1:].isupper() and any(
                    n.startswith("White House ") and start + offset == position for n, offset in split_run(run)
                ):
                    continue  # "the White House National Security Council" is listed as itself (clar. 11)
                _record(name, "government", position)
            else:
                _record(name, "legislature", position)

    def record(self, name: str, kind: str, start: int, length: int = 0, numbered: bool = True) -> None:
        """Count `name` as found at `start`, with what is written around it."""
        text, countries, found, acronyms, taken = self.text, self.countries, self.found, self.acronyms, self.taken
        ordinal = (
            _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
            if numbered and kind != "legislature" and text[start - 3 : start - 1] in _ORDINAL_ENDINGS and start > 3
            else None
        )
        if ordinal and _EVENT_AFTER.match(text, start + (length or len(name))):
            ordinal = None  # "the 29th AFL-CIO Convention": the body, at an edition of its event
        if ordinal:
            if name.split()[0] in _EVENT_HEADS or name.split()[-1] in _EVENT_HEADS:
                return  # "the 28th Conference of the Parties": an edition of an event
            # "18th Judicial District Court", "82nd Airborne Division": the number is part of the name
            length, name, start = (length or len(name)) + start - ordinal.start(), ordinal.group(1) + " " + name, ordinal.start()
        elif " & " in name or name.endswith(("LLP", "LLC")):
            listed = _LISTED_PARTNERS.search(text, max(0, start - 120), start)
            if listed and text[max(0, listed.start() - 4) : listed.start()] != " on " and not any(w in KIND_BY_HEAD or w in _LEADING or w in countries for w in listed.group(0).split(", ")[:-1]):
                # "Paul, Weiss, Rifkind, Wharton & Garrison LLP": partners' names listed before the "&"
                length, name, start = (length or len(name)) + start - listed.start(), listed.group(0) + name, listed.start()
        elif name[:1] in "ACDFGHIKLMNOPRSTUVW" and start > 4 and text[start - 2 : start] == ", " and (
            name.split(" ", 1)[0] in US_STATES or " ".join(name.split(" ", 2)[:2]) in US_STATES
        ):
            town = _TOWN_BEFORE.search(text, max(0, start - 40), start)
            state = name.split(" ", 1)[0] if name.split(" ", 1)[0] in US_STATES else " ".join(name.split(" ", 2)[:2])
            if town and name != state and not any(
                w in KIND_BY_HEAD or w in _LEADING or w in _TITLE_WORDS or w in _OFFICE_WORDS or w in US_STATES or w in countries
                for w in town.group(1).split()
            ) and town.group(1) not in US_STATES:
                length, name, start = (length or len(name)) + start - town.start(1), town.group(1) + ", " + name, town.start(1)
        if name.startswith("University of ") and len(name.split()) == 3 or name.endswith(" State University") and len(name.split()) == 3:
            campus = _CAMPUS.match(text, start + (length or len(name)))
            if campus and not _HEAD_OF_BEFORE.search(text, max(0, start - 40), start) and not any(
                w in KIND_BY_HEAD or w in _LEADING or w in _TITLE_WORDS or len(w) < 3 or w in {"Mrs", "Inc"} for w in campus.group(1).split()
            ) and (
                campus.group(1) not in countries and campus.group(1) not in KNOWN_ORGANISATIONS
            ):
                # "University of Nevada, Las Vegas": a campus of a state university
                name = name + ", " + campus.group(1)
                length = campus.end(1) - start
        taken.append((start, start + (length or len(name))))
        if name in found:
            found[name].count += 1
        else:
            found[name] = FoundOrganisation(name, kind)
        definition = _ACRONYM_DEF.match(text, start + (length or len(name)))
        if definition and definition.group("acronym") not in countries:
            acronyms[definition.group("acronym")] = name
            found[name].acronym = definition.group("acronym")


from articles.extraction.organisation_vetting import add_name  # noqa: E402  (the vetting records through a Collector)
