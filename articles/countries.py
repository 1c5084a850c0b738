"""The country seed: ISO 3166-1 codes from django-countries, named as readers name them."""

from __future__ import annotations

from dataclasses import dataclass

from articles.extraction.country_terms import ALIASES, DEMONYMS, NAME_OVERRIDES


@dataclass(frozen=True)
class CountrySeed:
    code: str
    name: str
    aliases: list[str]
    demonyms: list[str]


def country_seeds() -> list[CountrySeed]:
    from django_countries import countries  # only the seed needs the library

    library_names = {code: str(name) for code, name in countries.countries.items()}
    claimed = {term.casefold() for terms in [*ALIASES.values(), *DEMONYMS.values()] for term in terms}
    claimed |= {NAME_OVERRIDES.get(code, name).casefold() for code, name in library_names.items()}
    seeds = []
    for code, library_name in sorted(library_names.items()):
        name = NAME_OVERRIDES.get(code, library_name)
        aliases = list(ALIASES[code])
        # The library's name stays findable as an alias when ours differs from it,
        # unless another country claims it ("Congo") or it is an ISO formal name
        # with a comma ("Korea, Republic of").
        if library_name != name and library_name.casefold() not in claimed and not set(library_name) & set(",()"):
            aliases.append(library_name)
        seeds.append(CountrySeed(code, name, aliases, list(DEMONYMS[code])))
    return seeds


def seed_countries(country_model) -> int:
    """Create or refresh every country; editors' extra aliases are kept. Returns the number of rows."""
    seeds = country_seeds()
    existing = {c.code: c for c in country_model.objects.all()}
    for seed in seeds:
        country = existing.get(seed.code)
        if country is None:
            country_model.objects.create(code=seed.code, name=seed.name, aliases=seed.aliases, demonyms=seed.demonyms)
            continue
        country.name = seed.name
        country.aliases = list(dict.fromkeys([*seed.aliases, *country.aliases]))
        country.demonyms = list(dict.fromkeys([*seed.demonyms, *country.demonyms]))
        country.save()
    return len(seeds)
