"""Entities → rows: match what the archive knows, create the rest as *new*, link them to the article.

Two ways in: `link_entities` for one article (re-extraction), asking the
database entity by entity; and `EntityResolver`, which the importer uses for a
chunk of articles at a time: it looks every name of the chunk up in a few
queries, creates the new entities in bulk and writes the mentions in bulk.
Both give the same links.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q

from articles.extraction.extract import Entities
from articles.extraction.gazetteer import Gazetteer, KnownEntity
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
    slug_base,
)

IN_LIST_SIZE = 900  # under SQLite's 999 bound parameters per query


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


def clear_automatic_links(article: Article) -> tuple[set, set, set]:
    """Drop the article's unconfirmed links; return the ids of the confirmed ones, which stay."""
    article.country_mentions.filter(confirmed=False).delete()
    article.person_mentions.filter(confirmed=False).delete()
    article.organisation_mentions.filter(confirmed=False).delete()
    return (
        set(article.country_mentions.values_list("country_id", flat=True)),
        set(article.person_mentions.values_list("person_id", flat=True)),
        set(article.organisation_mentions.values_list("organisation_id", flat=True)),
    )


def link_entities(article: Article, entities: Entities) -> None:
    """Replace the article's automatic links; links an editor confirmed are kept."""
    kept_countries, kept_people, kept_orgs = clear_automatic_links(article)

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


def in_lists(values: Iterable) -> Iterator[list]:
    """`values` in lists short enough for one IN (...) of a query on either database."""
    values = list(values)
    for start in range(0, len(values), IN_LIST_SIZE):
        yield values[start : start + IN_LIST_SIZE]


@dataclass
class _Kind:
    """What the resolver knows of one entity model (people or organisations) within one chunk."""

    model: type
    alias_model: type
    alias_field: str
    by_pk: dict[int, object] = field(default_factory=dict)
    by_name: dict[str, object | None] = field(default_factory=dict)  # None: looked up, not in the archive
    slug_taken: dict[str, bool] = field(default_factory=dict)  # slug base -> in use

    def ensure(self, names: set[str], keys: set[int]) -> None:
        """Look up, in a few queries, the names and keys this chunk needs that are not known yet."""
        missing_keys = keys - self.by_pk.keys()
        for part in in_lists(missing_keys):
            for entity in self.model.objects.filter(pk__in=part):
                self.by_pk[entity.pk] = entity
        missing = names - self.by_name.keys()
        if not missing:
            return
        found: dict[str, object] = {}
        for part in in_lists(missing):
            # As `_find`: the entity's own name first, then an alias; the oldest row when several match.
            for entity in self.model.objects.filter(name__in=part).order_by("-pk"):
                found[entity.name] = entity
        for part in in_lists(missing - found.keys()):
            aliases = self.alias_model.objects.filter(name__in=part).select_related(self.alias_field).order_by("-pk")
            for alias in aliases:
                found[alias.name] = getattr(alias, self.alias_field)
        for name in missing:
            self.by_name[name] = found.get(name)

    def find(self, name: str):
        if name not in self.by_name:
            self.ensure({name}, set())
        return self.by_name[name]

    def check_slugs(self, names: Iterable[str]) -> None:
        """Learn which of the slugs these names would take are in use, in one query per 900 names."""
        bases = {slug_base(name[:200]) for name in names} - self.slug_taken.keys()
        for part in in_lists(bases):
            taken = set(self.model.objects.filter(slug__in=part).values_list("slug", flat=True))
            self.slug_taken.update((base, base in taken) for base in part)

    def create(self, entities: list, local_slugs: set[str]) -> None:
        """Insert new entities with unique slugs, in one query (the slugs were checked with the chunk's look-ups)."""
        self.check_slugs(entity.name for entity in entities)
        for entity in entities:
            base = slug_base(entity.name)
            slug, n = base, 2
            while slug in local_slugs or self.slug_taken.get(slug) or (
                slug != base and self.model.objects.filter(slug=slug).exists()
            ):
                slug, n = f"{base}-{n}", n + 1
            entity.slug = slug
            local_slugs.add(slug)
        self.model.objects.bulk_create(entities)
        for entity in entities:
            self.by_pk[entity.pk] = entity


class EntityResolver:
    """Links the entities of a chunk of articles, with the chunk's look-ups done in bulk.

    Lives for one chunk (one transaction): what it remembers is only what this
    transaction has seen, so nothing goes stale across chunks or concurrent
    imports. New entities and all mentions wait in memory until `flush()`
    writes them in a few bulk inserts; `forget()` drops what it learned after a
    file's savepoint was rolled back, since rows that file wrote are gone.
    """

    def __init__(self, valid_codes: set[str]):
        self.valid_codes = valid_codes
        self.forget()

    def forget(self) -> None:
        self.people = _Kind(Person, PersonAlias, "person")
        self.organisations = _Kind(Organisation, OrganisationAlias, "organisation")
        self.new_people: list[Person] = []
        self.new_organisations: list[Organisation] = []
        # Rows as `_MENTION_COLUMNS` has them, the article and entities as objects (some get their ids at flush).
        self.mentions: dict[type, list[tuple]] = {CountryMention: [], OrganisationMention: [], PersonMention: []}
        self._slugs: dict[type, set[str]] = {Person: set(), Organisation: set()}

    def prefetch(self, all_entities: Iterable[Entities]) -> None:
        people, people_keys, orgs, org_keys = set(), set(), set(), set()
        for entities in all_entities:
            for found in entities.people:
                people.add(found.name)
                if isinstance(found.key, int):
                    people_keys.add(found.key)
            for found in entities.organisations:
                orgs.add(found.name)
                if found.acronym:
                    orgs.add(found.acronym)
                if isinstance(found.key, int):
                    org_keys.add(found.key)
        self.people.ensure(people, people_keys)
        self.organisations.ensure(orgs, org_keys)
        # The names not in the archive are the entities this chunk will create.
        for kind in (self.people, self.organisations):
            kind.check_slugs(name for name, entity in kind.by_name.items() if entity is None)

    def link(self, article: Article, entities: Entities, *, new_article: bool) -> None:
        """The same links as `link_entities`, in the order it makes them; written by `flush()`."""
        if new_article:
            kept_countries: set[str] = set()
            kept_people: set = set()
            kept_orgs: set = set()
        else:
            self.drop_pending(article)
            kept_countries, kept_people, kept_orgs = clear_automatic_links(article)

        self.mentions[CountryMention] += [
            (article, code, count)
            for code, count in entities.countries.items()
            if code in self.valid_codes and code not in kept_countries
        ]

        kind = self.organisations
        organisations: dict[str, Organisation] = {}
        for found in entities.organisations:
            organisation = kind.by_pk.get(found.key) if isinstance(found.key, int) else None
            organisation = organisation or kind.find(found.name)
            if organisation is None and found.acronym:
                organisation = kind.find(found.acronym)
            if organisation is None:
                organisation = Organisation(name=found.name[:200], kind=found.kind)
                organisation.new_acronym = found.acronym
                self.new_organisations.append(organisation)
                # Found by its name or acronym from now on, as the row would be.
                for name in (organisation.name, found.acronym):
                    if name and kind.by_name.get(name) is None:
                        kind.by_name[name] = organisation
            if organisation.status == ReviewStatus.REJECTED:
                continue
            organisations[found.name] = organisation
            if _key(organisation) not in kept_orgs:
                kept_orgs.add(_key(organisation))
                self.mentions[OrganisationMention].append((article, organisation, found.count))

        kind = self.people
        for found in entities.people:
            person = kind.by_pk.get(found.key) if isinstance(found.key, int) else None
            person = person or kind.find(found.name)
            if person is None:
                person = Person(name=found.name[:200], is_official=found.official)
                self.new_people.append(person)
                if kind.by_name.get(person.name) is None:
                    kind.by_name[person.name] = person
            elif found.official and not person.is_official and not person.official_locked:
                person.is_official = True
                if person.pk:
                    person.save(update_fields=["is_official", "updated_at"])
            if person.status == ReviewStatus.REJECTED or _key(person) in kept_people:
                continue
            kept_people.add(_key(person))
            self.mentions[PersonMention].append(
                (
                    article,
                    person,
                    found.title[:300],
                    organisations.get(found.organisation),
                    found.country if found.country in self.valid_codes else None,
                    found.count,
                )
            )

    def drop_pending(self, article: Article) -> None:
        """An article linked twice in one chunk (two files, one story): only its last links count."""
        for mentions in self.mentions.values():
            mentions[:] = [m for m in mentions if m[0].pk is None or m[0].pk != article.pk]

    def create_entities(self) -> None:
        """Insert the new people and organisations (and acronyms) the chunk found: a few queries."""
        if self.new_organisations:
            self.organisations.create(self.new_organisations, self._slugs[Organisation])
            OrganisationAlias.objects.bulk_create(
                OrganisationAlias(organisation=o, name=o.new_acronym) for o in self.new_organisations if o.new_acronym
            )
        if self.new_people:
            self.people.create(self.new_people, self._slugs[Person])
        self.new_organisations, self.new_people = [], []

    def write_mentions(self) -> None:
        """Insert the collected mentions (their articles and entities are rows by now), one statement per model."""
        for model, mentions in self.mentions.items():
            _insert_rows(model, _MENTION_COLUMNS[model], [_ids(row) + (False,) for row in mentions])
            mentions.clear()


# The fields of each mention row the resolver collects, in order; `confirmed` (False) is added on writing.
_MENTION_COLUMNS = {
    CountryMention: ("article", "country", "count", "confirmed"),
    OrganisationMention: ("article", "organisation", "count", "confirmed"),
    PersonMention: ("article", "person", "title", "organisation", "country", "count", "confirmed"),
}


def _ids(row: tuple) -> tuple:
    """A collected row with its saved objects as their ids."""
    return tuple(value.pk if isinstance(value, (Article, Person, Organisation)) else value for value in row)


def _insert_rows(model, fields: tuple[str, ...], rows: list[tuple], batch_size: int = 1000) -> None:
    """Plain rows of `model`: COPY on PostgreSQL, one prepared INSERT run many times on SQLite.

    The ORM's bulk_create would do the same in a few statements, but it builds a
    model instance per row and prepares and compiles every value of it: 90 µs a
    mention, several times the database's own cost, for the 10-15 mentions of
    every imported article. The rows here are ids, short strings and counts
    the resolver has already validated; constraints are still the database's.
    """
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY: one stream, no statement per row (executemany took 110 µs a mention here). The raw
            # cursor's errors are Django's, as the wrapper's own are: the importer's fallbacks catch those.
            with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
        for start in range(0, len(rows), batch_size):
            cursor.executemany(sql, rows[start : start + batch_size])


def _key(entity) -> object:
    """A saved entity by its id (as the article's kept links are), one still to create by itself."""
    return entity.pk if entity.pk is not None else ("new", id(entity))
