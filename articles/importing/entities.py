"""Entities → rows: match what the archive knows, create the rest as *new*, link them to the article."""

from __future__ import annotations

from articles.extraction.extract import Entities
from articles.extraction.gazetteer import Gazetteer, KnownEntity
from django.db.models import Q

from articles.models import (
    Article,
    Country,
    CountryMention,
    Organisation,
    OrganisationAlias,
    OrganisationMention,
    Person,
    PersonAlias,
    PersonMention,
    ReviewStatus,
)


def build_gazetteer() -> Gazetteer:
    countries = {}
    names = {}
    for country in Country.objects.all():
        countries[country.code] = [country.name, *country.aliases, *country.demonyms]
        names[country.code] = country.name
    rejected_people = set(Person.objects.filter(status=ReviewStatus.REJECTED).values_list("name", flat=True))
    rejected_people |= set(
        PersonAlias.objects.filter(person__status=ReviewStatus.REJECTED).values_list("name", flat=True)
    )
    rejected_orgs = set(Organisation.objects.filter(status=ReviewStatus.REJECTED).values_list("name", flat=True))
    rejected_orgs |= set(
        OrganisationAlias.objects.filter(organisation__status=ReviewStatus.REJECTED).values_list("name", flat=True)
    )
    return Gazetteer(
        countries=countries,
        country_names=names,
        people=_known(Person, PersonAlias, "person"),
        organisations=_known(Organisation, OrganisationAlias, "organisation"),
        rejected_people=frozenset(rejected_people),
        rejected_organisations=frozenset(rejected_orgs),
    )


def _known(model, alias_model, alias_field: str) -> list[KnownEntity]:
    """Confirmed entities by name and alias, and any entity by an alias an editor gave it.

    Names of entities still *new* are not searched for everywhere: they are the
    importer's own guesses, and matching them blindly would spread its mistakes.
    """
    aliases: dict[int, list[str]] = {}
    for owner_id, alias in alias_model.objects.exclude(**{f"{alias_field}__status": ReviewStatus.REJECTED}).values_list(
        f"{alias_field}_id", "name"
    ):
        aliases.setdefault(owner_id, []).append(alias)
    rows = model.objects.exclude(status=ReviewStatus.REJECTED).filter(
        Q(status=ReviewStatus.CONFIRMED) | Q(pk__in=list(aliases))
    )
    known = []
    for entity in rows:
        names = tuple(aliases.get(entity.pk, ()))
        confirmed = entity.status == ReviewStatus.CONFIRMED
        known.append(
            KnownEntity(
                key=entity.pk,
                name=entity.name if confirmed else (names[0] if names else entity.name),
                aliases=names if confirmed else names[1:],
                official=getattr(entity, "is_official", False),
                kind=getattr(entity, "kind", "other"),
            )
        )
    return known


def _find(model, alias_model, alias_field: str, name: str):
    found = model.objects.filter(name=name).first()
    if found is None:
        alias = alias_model.objects.filter(name=name).select_related(alias_field).first()
        found = getattr(alias, alias_field) if alias else None
    return found


def link_entities(article: Article, entities: Entities) -> None:
    """Replace the article's automatic links; links an editor confirmed are kept."""
    article.country_mentions.filter(confirmed=False).delete()
    article.person_mentions.filter(confirmed=False).delete()
    article.organisation_mentions.filter(confirmed=False).delete()
    kept_countries = set(article.country_mentions.values_list("country_id", flat=True))
    kept_people = set(article.person_mentions.values_list("person_id", flat=True))
    kept_orgs = set(article.organisation_mentions.values_list("organisation_id", flat=True))

    valid_codes = set(Country.objects.filter(code__in=list(entities.countries)).values_list("code", flat=True))
    CountryMention.objects.bulk_create(
        CountryMention(article=article, country_id=code, count=count)
        for code, count in entities.countries.items()
        if code in valid_codes and code not in kept_countries
    )

    organisations: dict[str, Organisation] = {}
    for found in entities.organisations:
        organisation = Organisation.objects.filter(pk=found.key).first() if found.key else None
        organisation = organisation or _find(Organisation, OrganisationAlias, "organisation", found.name)
        if organisation is None and found.acronym:
            organisation = _find(Organisation, OrganisationAlias, "organisation", found.acronym)
        if organisation is None:
            organisation = Organisation.objects.create(name=found.name[:200], kind=found.kind)
            if found.acronym:
                OrganisationAlias.objects.get_or_create(organisation=organisation, name=found.acronym)
        if organisation.status == ReviewStatus.REJECTED:
            continue
        organisations[found.name] = organisation
        if organisation.pk not in kept_orgs:
            kept_orgs.add(organisation.pk)
            OrganisationMention.objects.create(article=article, organisation=organisation, count=found.count)

    for found in entities.people:
        person = Person.objects.filter(pk=found.key).first() if found.key else None
        person = person or _find(Person, PersonAlias, "person", found.name)
        if person is None:
            person = Person.objects.create(name=found.name[:200], is_official=found.official)
        elif found.official and not person.is_official and not person.official_locked:
            person.is_official = True
            person.save(update_fields=["is_official", "updated_at"])
        if person.status == ReviewStatus.REJECTED or person.pk in kept_people:
            continue
        kept_people.add(person.pk)
        PersonMention.objects.create(
            article=article,
            person=person,
            title=found.title[:300],
            organisation=organisations.get(found.organisation),
            country_id=found.country if found.country in valid_codes else None,
            count=found.count,
        )
