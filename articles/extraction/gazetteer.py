"""What the extractor knows before it reads an article. Plain Python, no Django.

The loader builds one from the database (countries with their aliases and
demonyms, the people and organisations editors know, the names they rejected);
tests build one from the seed data alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.extraction.countries import NOT_COUNTRY_ALONE, NOT_THE_COUNTRY
from articles.extraction.country_terms import ALIASES, AMBIGUOUS_NAMES, DEMONYMS, EVIDENCE_HINTS, NAME_OVERRIDES
from articles.extraction.matcher import PhraseMatcher


@dataclass(frozen=True)
class CountryTerm:
    code: str
    ambiguous: bool


@dataclass
class KnownEntity:
    key: int | str  # the database id, or a name in tests
    name: str
    aliases: tuple[str, ...] = ()
    official: bool = False
    kind: str = "other"


@dataclass
class Gazetteer:
    countries: dict[str, list[str]]  # code -> every name, alias and demonym
    country_names: dict[str, str]  # code -> display name
    ambiguous: frozenset[str] = AMBIGUOUS_NAMES
    evidence: dict[str, list[str]] = field(default_factory=lambda: dict(EVIDENCE_HINTS))
    people: list[KnownEntity] = field(default_factory=list)
    organisations: list[KnownEntity] = field(default_factory=list)
    rejected_people: frozenset[str] = frozenset()
    rejected_organisations: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.country_matcher: PhraseMatcher[CountryTerm] = PhraseMatcher()
        self.country_by_term: dict[str, str] = {}
        for code, terms in self.countries.items():
            for term in terms:
                if term in NOT_COUNTRY_ALONE:
                    continue
                # Texts write apostrophes both ways: "People's" and "People’s".
                for variant in {term, term.replace("'", "’"), term.replace("’", "'")}:
                    self.country_matcher.add(variant, CountryTerm(code, term in self.ambiguous))
                    self.country_by_term[variant] = code
        self.country_terms: frozenset[str] = frozenset(self.country_by_term) | NOT_COUNTRY_ALONE
        for phrase in (*NOT_COUNTRY_ALONE, *NOT_THE_COUNTRY):
            self.country_matcher.add(phrase, CountryTerm("", False))
        self.evidence_matcher: PhraseMatcher[str] = PhraseMatcher(
            (hint, code) for code, hints in self.evidence.items() for hint in hints if hint not in self.ambiguous
        )
        self.people_matcher: PhraseMatcher[KnownEntity] = PhraseMatcher(
            (name, person) for person in self.people for name in (person.name, *person.aliases)
        )
        self.organisation_matcher: PhraseMatcher[KnownEntity] = PhraseMatcher(
            (name, org) for org in self.organisations for name in (org.name, *org.aliases)
        )

    @classmethod
    def from_seed(cls, country_names: dict[str, str], **kwargs) -> Gazetteer:
        """From the seed tables alone; `country_names` maps code -> the library's name."""
        names = {code: NAME_OVERRIDES.get(code, name) for code, name in country_names.items()}
        terms = {code: [names[code], *ALIASES.get(code, []), *DEMONYMS.get(code, [])] for code in names}
        return cls(countries=terms, country_names=names, **kwargs)
