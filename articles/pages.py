"""What the reader's pages show beside an article list, each piece in one bounded query.

Plain helpers over the ORM, called by the views: the archive's size, who and
what was mentioned most, the titles an official held and when, who appears
together, and "more like this". Every helper runs a fixed number of queries,
whatever the size of the archive, and returns small lists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.db.models import Count, IntegerField, Max, Min, Model, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import slugify

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
    Redirect,
    ReviewStatus,
)

TOP_LIMIT = 10
RECENT_MONTHS = 6


@dataclass(frozen=True)
class Ranked:
    """A person, organisation or country with how many articles it is in."""

    name: str
    url: str
    count: int


@dataclass(frozen=True)
class TitleHeld:
    title: str
    organisation: Ranked | None
    country: Ranked | None
    first: dt.date
    last: dt.date
    count: int


@dataclass(frozen=True)
class ArchiveSummary:
    count: int
    first: dt.date | None
    last: dt.date | None


def archive_summary() -> ArchiveSummary:
    data = Article.objects.aggregate(count=Count("pk"), first=Min("published_on"), last=Max("published_on"))
    return ArchiveSummary(data["count"], data["first"], data["last"])


def recent_since(summary: ArchiveSummary, months: int = RECENT_MONTHS) -> dt.date | None:
    """The start of "the last months", counted back from the newest article rather than today,
    so an archive that stopped growing still has a lively home page."""
    return summary.last - relativedelta(months=months) if summary.last else None


def _ids(articles: QuerySet) -> QuerySet:
    return articles.order_by().values("pk")


def top_officials(articles: QuerySet, limit: int = TOP_LIMIT, exclude: Person | None = None) -> list[Ranked]:
    """The officials in the most of `articles` (a subquery, never fetched)."""
    mentions = PersonMention.objects.filter(article__in=_ids(articles), person__is_official=True).exclude(
        person__status=ReviewStatus.REJECTED
    )
    if exclude is not None:
        mentions = mentions.exclude(person=exclude)
    rows = (
        mentions.values("person__slug", "person__name")
        .annotate(n=Count("article_id"))
        .order_by("-n", "person__name")[:limit]
    )
    return [Ranked(r["person__name"], _person_url(r["person__slug"]), r["n"]) for r in rows]


def top_countries(articles: QuerySet, limit: int = TOP_LIMIT, exclude: Country | None = None) -> list[Ranked]:
    mentions = CountryMention.objects.filter(article__in=_ids(articles))
    if exclude is not None:
        mentions = mentions.exclude(country=exclude)
    rows = mentions.values("country_id", "country__name").annotate(n=Count("article_id")).order_by("-n", "country__name")[:limit]
    return [Ranked(r["country__name"], _country_url(r["country_id"]), r["n"]) for r in rows]


def top_organisations(articles: QuerySet, limit: int = TOP_LIMIT, exclude: Organisation | None = None) -> list[Ranked]:
    mentions = OrganisationMention.objects.filter(article__in=_ids(articles)).exclude(
        organisation__status=ReviewStatus.REJECTED
    )
    if exclude is not None:
        mentions = mentions.exclude(organisation=exclude)
    rows = (
        mentions.values("organisation__slug", "organisation__name")
        .annotate(n=Count("article_id"))
        .order_by("-n", "organisation__name")[:limit]
    )
    return [Ranked(r["organisation__name"], _organisation_url(r["organisation__slug"]), r["n"]) for r in rows]


def titles_held(person: Person) -> list[TitleHeld]:
    """Each office `person` was seen under, with where, the first and last date, and how often; latest first."""
    rows = (
        PersonMention.objects.filter(person=person)
        .exclude(title="")
        .values("title", "organisation__slug", "organisation__name", "country_id", "country__name")
        .annotate(first=Min("article__published_on"), last=Max("article__published_on"), n=Count("article_id"))
        .order_by("-last", "-first", "title")[:50]
    )
    return [
        TitleHeld(
            title=r["title"],
            organisation=Ranked(r["organisation__name"], _organisation_url(r["organisation__slug"]), 0)
            if r["organisation__slug"]
            else None,
            country=Ranked(r["country__name"], _country_url(r["country_id"]), 0) if r["country_id"] else None,
            first=r["first"],
            last=r["last"],
            count=r["n"],
        )
        for r in rows
    ]


def office_holders(limit: int = TOP_LIMIT, **where) -> list[dict]:
    """People seen holding an office at an organisation or of a country (`organisation=` / `country=`)."""
    rows = (
        PersonMention.objects.filter(**where)
        .exclude(title="")
        .exclude(person__status=ReviewStatus.REJECTED)
        .values("person__slug", "person__name", "title")
        .annotate(n=Count("article_id"), last=Max("article__published_on"))
        .order_by("-n", "-last", "person__name")[:limit]
    )
    return [
        {"name": r["person__name"], "url": _person_url(r["person__slug"]), "title": r["title"], "count": r["n"], "last": r["last"]}
        for r in rows
    ]


# "More like this": articles sharing the most officials, organisations and
# countries with this one, plus the best text matches of its headline.
SHARED_WEIGHTS = {"officials": 3, "people": 2, "organisations": 2, "countries": 1}
TEXT_MATCH_WEIGHT = 2
TEXT_CANDIDATES = 10
ENTITY_CANDIDATES = 50
# Only the newest articles of each shared entity are scored, so an article that
# mentions the United States does not score every article that does.
CANDIDATES_PER_KIND = 500
_STOP = set(
    "a an and are as at be by for from has have in into is it its of on or over than that the their this to under "
    "up was were will with after amid about says said new more".split()
)


def more_like_this(article: Article, mentions: dict[str, list], limit: int = 5) -> list[Article]:
    """Up to `limit` other articles, most shared entities first, then text matches, newest first on ties.

    `mentions` holds the article's already-fetched mentions by kind ("officials",
    "people", "organisations", "countries"), so the page pays only for the
    scoring: one query for entities, one for text, one to fetch the winners.
    """
    scores: dict[int, int] = {}
    person_weights: dict[int, int] = {}
    for mention in mentions.get("officials", []):
        person_weights[mention.person_id] = SHARED_WEIGHTS["officials"]
    for mention in mentions.get("people", []):
        person_weights.setdefault(mention.person_id, SHARED_WEIGHTS["people"])
    organisation_ids = [m.organisation_id for m in mentions.get("organisations", [])]
    country_ids = [m.country_id for m in mentions.get("countries", [])]
    if person_weights or organisation_ids or country_ids:
        scores.update(_entity_scores(article, person_weights, organisation_ids, country_ids))
    for rank, pk in enumerate(_text_matches(article)):
        scores[pk] = scores.get(pk, 0) + TEXT_MATCH_WEIGHT + (1 if rank < 3 else 0)
    if not scores:
        return []
    candidates = list(
        Article.objects.filter(pk__in=list(scores)).select_related("source").only(
            "id", "title", "slug", "published_on", "source__name"
        )
    )
    candidates.sort(key=lambda a: (-scores[a.pk], -a.published_on.toordinal(), -a.pk))
    return candidates[:limit]


def _entity_scores(article: Article, person_weights: dict[int, int], organisation_ids: list[int], country_ids: list[str]):
    """{article id: weighted shared-entity score} for the best ENTITY_CANDIDATES articles, in one query.

    Each mention table is counted in its own correlated subquery (a join across
    all three would multiply rows), over the newest CANDIDATES_PER_KIND articles
    of each kind of shared entity (newest by id: the (entity, article) indexes
    answer that without a sort over every mention).
    """

    def counted(model, field: str, ids) -> Subquery:
        return Coalesce(
            Subquery(
                model.objects.filter(article=OuterRef("pk"), **{f"{field}__in": ids})
                .order_by()
                .values("article")
                .annotate(c=Count("pk"))
                .values("c"),
                output_field=IntegerField(),
            ),
            Value(0),
        )

    officials = [pk for pk, w in person_weights.items() if w == SHARED_WEIGHTS["officials"]]
    others = [pk for pk, w in person_weights.items() if w != SHARED_WEIGHTS["officials"]]
    candidates = Q()
    for model, field, ids in (
        (PersonMention, "person", list(person_weights)),
        (OrganisationMention, "organisation", organisation_ids),
        (CountryMention, "country", country_ids),
    ):
        if ids:
            newest = model.objects.filter(**{f"{field}__in": ids}).order_by("-article_id").values("article_id")
            candidates |= Q(pk__in=newest[:CANDIDATES_PER_KIND])
    score = Value(0)
    for model, field, ids, weight in (
        (PersonMention, "person", officials, SHARED_WEIGHTS["officials"]),
        (PersonMention, "person", others, SHARED_WEIGHTS["people"]),
        (OrganisationMention, "organisation", organisation_ids, SHARED_WEIGHTS["organisations"]),
        (CountryMention, "country", country_ids, SHARED_WEIGHTS["countries"]),
    ):
        if ids:
            score = score + counted(model, field, ids) * Value(weight)
    rows = (
        Article.objects.filter(candidates)
        .exclude(pk=article.pk)
        .annotate(shared_score=score)
        .order_by("-shared_score", "-published_on", "-id")
        .values_list("pk", "shared_score")[:ENTITY_CANDIDATES]
    )
    return {pk: s for pk, s in rows if s}


def _text_matches(article: Article) -> list[int]:
    """Ids of the articles whose text best matches the significant words of this headline."""
    words = []
    for word in re.findall(r"[^\W\d_][\w’'-]*", article.title):
        if word.lower() not in _STOP and len(word) > 2 and word.lower() not in (w.lower() for w in words):
            words.append(word)
    if not words:
        return []
    query = " OR ".join(words[:8])
    matches = Article.objects.search(query).exclude(pk=article.pk)
    if "search_rank" not in matches.query.annotations:
        return []
    return list(matches.order_by("-search_rank", "-published_on").values_list("pk", flat=True)[:TEXT_CANDIDATES])


# Redirects for renamed and merged entities: the old slug recorded at a merge,
# or else an alias whose slug is the old address (a merged-away or earlier name
# is kept as an alias).
_NUMBERED = re.compile(r"^(.*\D)-\d+$")


def renamed_person(slug: str) -> Person | None:
    return _renamed(PersonAlias, "person", slug)


def renamed_organisation(slug: str) -> Organisation | None:
    return _renamed(OrganisationAlias, "organisation", slug)


def _renamed(alias_model: type[Model], owner: str, slug: str):
    slug = slug.lower()
    # An editor's merge records the old slug exactly (articles.curation); the
    # alias fallback covers renames, and merges made before redirects were recorded.
    moved = Redirect.objects.filter(old_slug=slug, **{f"{owner}__isnull": False}).select_related(owner).first()
    if moved is not None:
        return getattr(moved, owner)
    wanted = {slug}
    numbered = _NUMBERED.match(slug)
    if numbered:  # a duplicate created as "name-2" and merged away
        wanted.add(numbered.group(1))
    parts = [p for p in numbered.group(1).split("-") if p] if numbered else [p for p in slug.split("-") if p]
    if not parts:
        return None
    # Narrow in the database by the rarest-looking pieces, then compare slugs exactly in Python.
    candidates = alias_model.objects.select_related(owner)
    for part in sorted(set(parts), key=len, reverse=True)[:2]:
        candidates = candidates.filter(name__icontains=part)
    for alias in candidates[:50]:
        if slugify(alias.name) in wanted:
            return getattr(alias, owner)
    return None


def _person_url(slug: str) -> str:
    return reverse("articles:person", args=[slug])


def _organisation_url(slug: str) -> str:
    return reverse("articles:organisation", args=[slug])


def _country_url(code: str) -> str:
    return reverse("articles:country", args=[code.lower()])
