"""The archive's data model: articles, where they came from, and who and what they mention."""

from __future__ import annotations

import functools

from django.db import models
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils.text import slugify

from articles.search import ArticleQuerySet


class ReviewStatus(models.TextChoices):
    NEW = "new", "New"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class Source(models.Model):
    """The outlet a file came from."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Country(models.Model):
    """An ISO 3166-1 country under the name a reader uses; seeded by a migration."""

    code = models.CharField(max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2, upper case.")
    name = models.CharField(max_length=100, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names: short forms, former names.")
    demonyms = models.JSONField(default=list, blank=True, help_text="Adjectives and nouns: Japanese, Taiwanese.")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:country", args=[self.code.lower()])


class Entity(models.Model):
    """Shared fields of the people and organisations the importer finds."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.NEW, db_index=True)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["name"]
        indexes = [
            # The importer looks entities up by name, a chunk of articles at a time.
            models.Index(fields=["name"], name="%(class)s_name"),
            # A search for a whole name ("Ming-yen Tsai") looks it up case-blind before it runs.
            models.Index(Upper("name"), name="%(class)s_name_upper"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(type(self), self.name)
        super().save(*args, **kwargs)


@functools.lru_cache(maxsize=4096)  # an import asks for each new entity's three times (look-up, check, create)
def slug_base(text: str, max_length: int = 200) -> str:
    """The slug a name would have, before any "-2" that keeps it unique."""
    return slugify(text, allow_unicode=False)[: max_length - 8].strip("-") or "item"


def unique_slug(model: type[models.Model], text: str, max_length: int = 200) -> str:
    base = slug_base(text, max_length)
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


class Person(Entity):
    """A named person. An official is one seen under a public office (or marked so by an editor)."""

    is_official = models.BooleanField(default=False, db_index=True)
    official_locked = models.BooleanField(
        default=False, help_text="An editor set the official flag; imports no longer change it."
    )

    class Meta(Entity.Meta):
        verbose_name_plural = "people"

    def get_absolute_url(self) -> str:
        return reverse("articles:person", args=[self.slug])


class Organisation(Entity):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", "Government body"
        LEGISLATURE = "legislature", "Legislature or committee"
        PARTY = "party", "Political party"
        MILITARY = "military", "Military"
        COMPANY = "company", "Company"
        INTERNATIONAL = "international", "International body"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")

    def get_absolute_url(self) -> str:
        return reverse("articles:organisation", args=[self.slug])


class Alias(models.Model):
    name = models.CharField(max_length=200)

    class Meta:
        abstract = True
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"], name="%(class)s_name"),
            models.Index(Upper("name"), name="%(class)s_name_upper"),
        ]

    def __str__(self) -> str:
        return self.name


class PersonAlias(Alias):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    class Meta(Alias.Meta):
        verbose_name_plural = "person aliases"
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="unique_person_alias")]


class OrganisationAlias(Alias):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="aliases")

    class Meta(Alias.Meta):
        verbose_name_plural = "organisation aliases"
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="unique_organisation_alias")]


class Redirect(models.Model):
    """An old slug that now lives elsewhere (after a merge or rename), kept so links keep working."""

    old_slug = models.SlugField(max_length=200)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="redirects")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="redirects"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["old_slug"], condition=models.Q(person__isnull=False), name="unique_person_redirect"),
            models.UniqueConstraint(
                fields=["old_slug"], condition=models.Q(organisation__isnull=False), name="unique_organisation_redirect"
            ),
            models.CheckConstraint(
                condition=models.Q(person__isnull=True) ^ models.Q(organisation__isnull=True), name="redirect_has_one_target"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.person or self.organisation}"


class ImportRun(models.Model):
    """One run of import_articles: what it was given, how it ended, and what it did."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        COMPLETED = "completed", "Completed"
        INTERRUPTED = "interrupted", "Interrupted"
        CRASHED = "crashed", "Crashed"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    started_by = models.CharField(max_length=150, blank=True, help_text="The operating-system user who ran it.")
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True, help_text="Process id, to tell a killed run from a live one.")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.RUNNING)
    paths = models.JSONField(default=list)
    options = models.JSONField(default=dict)
    imported = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.get_status_display()}, {self.started_at:%Y-%m-%d %H:%M})"


class ImportFailure(models.Model):
    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="failures")
    path = models.TextField()
    error = models.TextField()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.path}: {self.error}"


class Article(models.Model):
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=200)
    published_on = models.DateField(db_index=True)
    byline = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="Paragraphs separated by a blank line.")
    url = models.URLField(max_length=1000, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles")
    source_path = models.TextField(help_text="The file the article was last imported from.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the article text.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")

    people = models.ManyToManyField(Person, through="PersonMention", related_name="articles")
    organisations = models.ManyToManyField(Organisation, through="OrganisationMention", related_name="articles")
    countries = models.ManyToManyField(Country, through="CountryMention", related_name="articles")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            models.Index(fields=["source", "title", "published_on"], name="article_identity"),
            # The importer's "same path" identity; without it every look-up scans the table.
            models.Index(fields=["source_path"], name="article_source_path"),
            # The importer's "same title" identity and a teaser's target are looked up by title alone, which
            # article_identity (source first) cannot answer without reading all of it.
            models.Index(fields=["title"], name="article_title"),
            # The date of each match without reading its row: a search's count, months and
            # newest matches come from (id, published_on) alone (articles/facets.py).
            models.Index(fields=["id", "published_on"], name="article_id_published"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article", args=[self.pk, self.slug])

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class RelatedHeadline(models.Model):
    """A teaser printed under the article; linked to the archived article of that headline when there is one."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_headlines")
    position = models.PositiveSmallIntegerField()
    headline = models.CharField(max_length=500)
    lede = models.TextField(blank=True)
    target = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["article", "position"]
        constraints = [models.UniqueConstraint(fields=["article", "position"], name="unique_related_position")]
        indexes = [models.Index(fields=["headline"], name="related_headline_text")]

    def __str__(self) -> str:
        return self.headline


class Mention(models.Model):
    count = models.PositiveIntegerField(default=1)
    confirmed = models.BooleanField(default=False, help_text="Set by an editor; re-extraction keeps it.")

    class Meta:
        abstract = True


class PersonMention(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="person_mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    title = models.CharField(max_length=300, blank=True, help_text="The office as written, e.g. Director-General.")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="office_mentions"
    )
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="office_mentions")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="unique_person_mention")]
        indexes = [models.Index(fields=["person", "article"], name="person_mention_person")]

    def __str__(self) -> str:
        return f"{self.title} {self.person}".strip()


class OrganisationMention(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="organisation_mentions")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "organisation"], name="unique_organisation_mention")]
        indexes = [models.Index(fields=["organisation", "article"], name="org_mention_org")]


class CountryMention(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="country_mentions")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "country"], name="unique_country_mention")]
        indexes = [models.Index(fields=["country", "article"], name="country_mention_country")]
