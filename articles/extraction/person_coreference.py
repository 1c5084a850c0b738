"""One person named several ways in an article: "President Biden", "Joe Biden" and "Joseph R. Biden, Jr.";
"Tsai" and "Tsai Ming-yen"; then how often each person is named. Plain Python, no Django.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from articles.extraction import titles
from articles.extraction.name_terms import NOT_NAME_WORDS
from articles.extraction.person_names import NAME_SUFFIXES, TOKEN, PARTICLE, in_word, plain_tokens, same_given_name


SPOUSE_TITLE = re.compile(r"(?:First|Second) (?:Lady|Gentleman|Gentlemen)", re.I)
_GIVEN_BEFORE = re.compile(rf"(?:{TOKEN} +){{1,2}}\Z")
_AFTER_SURNAME = re.compile(rf" +(?:{PARTICLE} +)?{TOKEN}")


@dataclass
class FoundPerson:
    name: str
    title: str = ""
    organisation: str = ""
    country: str = ""  # ISO code
    count: int = 0
    official: bool = False
    key: int | str | None = None  # a person the archive already knows


class Coreference:
    """Merging the mentions an office finder collected into people, and counting them."""

    text: str
    body_start: int
    mentions: list[tuple[int, str, str, str, str]]
    people: dict[str, FoundPerson]
    canonical: dict[str, str]  # a name as written -> the name of the person it refers to

    def _trim_to_offices(self) -> None:
        """"... for Acquisition and Sustainment Stacy Cummings emphasized": a name read back from a verb can take in
        the office's last word; where an office's name ends at the same place, the office says where it starts."""
        text = self.text
        titled = {
            position + len(name): (position, name)
            for position, name, title, _, _ in self.mentions
            if title and text.startswith(name, position)
        }
        for index, (position, name, title, organisation, country) in enumerate(self.mentions):
            office = titled.get(position + len(name)) if not title and text.startswith(name, position) else None
            if office and office[0] > position:
                self.mentions[index] = (office[0], office[1], title, organisation, country)

    def resolve(self) -> None:
        """Merge the mentions of one person: 'President Biden' and 'Joe Biden', 'Tsai' and 'Tsai Ming-yen'."""
        self._trim_to_offices()
        by_name: dict[str, list[tuple[int, str, str, str, str]]] = {}
        for mention in sorted(self.mentions):
            by_name.setdefault(mention[1], []).append(mention)
        full_names = [n for n in by_name if len(n.split()) > 1]
        tokens_of = {name: plain_tokens(name) for name in by_name}
        canonical: dict[str, str] = {}
        # The names already placed, by their last word: both ways a full name is another's end on it. Looked up
        # rather than compared with every name placed, which grows with the square of a long list's names.
        placed_by_last: dict[str, list[str]] = {}
        # Longer names first, so "Joseph R. Biden, Jr." absorbs "Joe Biden" before "Biden" is placed.
        for name in sorted(full_names, key=lambda n: -len(n)):
            tokens = tokens_of[name]
            for other in placed_by_last.get(tokens[-1], ()):
                other_tokens = tokens_of[other]
                same_start = tokens[0][0] == other_tokens[0][0] and same_given_name(tokens[0], other_tokens[0])
                # "López Obrador" is the end of "Andrés Manuel López Obrador".
                tail = len(tokens) < len(other_tokens) and other_tokens[-len(tokens) :] == tokens
                if same_start or tail:
                    canonical[name] = other
                    break
            else:
                canonical[name] = name
            placed_by_last.setdefault(tokens[-1], []).append(canonical[name])
        # Each full name by its first and last word, and by its middle words.
        by_end_word: dict[str, set[str]] = {}
        by_middle_word: dict[str, set[str]] = {}
        for full in full_names:
            tokens = tokens_of[full]
            for token in (tokens[0], tokens[-1]):
                by_end_word.setdefault(token, set()).add(canonical[full])
            for token in tokens[1:-1] if len(tokens) > 2 else ():
                by_middle_word.setdefault(token, set()).add(canonical[full])
        for name in by_name:
            if name in canonical:
                continue
            token = tokens_of[name][0]
            owners = set(by_end_word.get(token, ()))
            if not owners:
                # "President Chaves" is "Rodrigo Chaves Robles": a Spanish name's first surname is not its last word.
                owners = set(by_middle_word.get(token, ()))
                if not owners and any(m[2] for m in by_name[name]) and len(token) > 2:
                    fuller = self._fuller_name(name)
                    if fuller:
                        canonical[fuller] = fuller
                        owners = {fuller}
            if len(owners) > 1:
                titles_here = {m[2] for m in by_name[name] if m[2]}
                owners = {o for o in owners if any(m[2] in titles_here for f in full_names if canonical[f] == o for m in by_name[f])} or owners
            if len(owners) == 1:
                # "President Biden" is not "First Lady Jill Biden": a spouse shares the surname, not the office.
                titles_here = {SPOUSE_TITLE.search(m[2]) is not None for m in by_name[name] if m[2]}
                owner = next(iter(owners))
                owner_titles = {SPOUSE_TITLE.search(m[2]) is not None for f in full_names if canonical[f] == owner for m in by_name[f] if m[2]}
                if len(titles_here) == 1 and len(owner_titles) == 1 and titles_here != owner_titles:
                    owners = set()
            canonical[name] = owners.pop() if len(owners) == 1 else name
        self.canonical = canonical
        for name, mentions in by_name.items():
            person = self.people.setdefault(canonical[name], FoundPerson(canonical[name]))
            for _, _, title, organisation, country in mentions:
                if title and not person.official:
                    person.title, person.organisation, person.country, person.official = title, organisation, country, True

    def _fuller_name(self, surname: str) -> str:
        """"Bernardo Arévalo de León" for "President-elect Arévalo": the one full name in the body that goes on after the
        surname (a second surname), where no office was written next to it."""
        forms = set()
        text = self.text
        start = text.find(surname + " ", self.body_start)
        while start >= 0:
            end = start + len(surname)
            rest = _AFTER_SURNAME.match(text, end) if start == 0 or not in_word(text[start - 1]) else None
            given = _GIVEN_BEFORE.search(text, max(0, start - 40), start) if rest else None
            start = text.find(surname + " ", end)
            if not given or not all(self.name_like(w) and w.split("-")[0] not in titles.TITLE_WORDS for w in given.group(0).split()):
                continue
            name = self.clean_name(given.group(0) + surname + rest.group(0), given.start())
            if len(name.split()) > 2 and name.split()[-1] != surname and self.valid(name):
                forms.add(name)
        return forms.pop() if len(forms) == 1 else ""

    def count(self) -> None:
        people = list(self.people.values())
        if not people:
            return
        forms: dict[str, FoundPerson] = {}
        for person in people:
            forms[person.name] = person
        owners = Counter(word for person in people for word in set(person.name.split()))
        for person in people:
            for short in _short_forms(person, owners):
                forms.setdefault(short, person)
        # Longest forms first; a shorter form inside a longer one already counted is not counted again.
        text = self.text
        taken: set[int] = set()
        for form in sorted(forms, key=len, reverse=True):
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if (
                    start not in taken
                    and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"))
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "_-"))
                ):
                    forms[form].count += 1
                    taken.update(range(start, end))
                start = text.find(form, end)
        for person in people:
            person.count = max(person.count, 1)


def _short_forms(person: FoundPerson, owners: dict[str, int]) -> list[str]:
    """A full name's first or last word, where no other person's name has that word (`owners`: word -> names)."""
    tokens = [t for t in person.name.replace(",", "").split() if t not in NAME_SUFFIXES]
    if len(tokens) < 2:
        return []
    own = set(person.name.split())
    forms = []
    for token in {tokens[0], tokens[-1].rstrip(".")}:
        if len(token) <= 2 or token in NOT_NAME_WORDS:
            continue
        if owners.get(token, 0) > (token in own):
            continue
        forms.append(token)
    return forms
