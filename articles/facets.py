"""Counts per country, official, organisation and year for a result set, one query each."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear

from articles.models import CountryMention, OrganisationMention, PersonMention

DEFAULT_LIMIT = 10
EXPANDED_LIMIT = 100
FACETS = ("countries", "officials", "organisations", "years")


@dataclass(frozen=True)
class FacetValue:
    value: str  # what goes in the URL: an ISO code, a slug, a year
    label: str
    count: int


def facet_counts(
    articles: QuerySet, expanded: str | None = None, month_counts: dict | None = None
) -> dict[str, list[FacetValue]]:
    """The facets of `articles`; the one named by `expanded` shows up to EXPANDED_LIMIT values.

    Given the month counts of the same articles (the timeline has them), the
    years come from those instead of another query.
    """

    def limit(name: str) -> int:
        return EXPANDED_LIMIT if expanded == name else DEFAULT_LIMIT

    ids = articles.order_by().values("pk")
    countries = (
        CountryMention.objects.filter(article__in=ids)
        .values("country_id", "country__name")
        .annotate(n=Count("article_id"))
        .order_by("-n", "country__name")[: limit("countries")]
    )
    officials = (
        PersonMention.objects.filter(article__in=ids, person__is_official=True)
        .values("person__slug", "person__name")
        .annotate(n=Count("article_id"))
        .order_by("-n", "person__name")[: limit("officials")]
    )
    organisations = (
        OrganisationMention.objects.filter(article__in=ids)
        .values("organisation__slug", "organisation__name")
        .annotate(n=Count("article_id"))
        .order_by("-n", "organisation__name")[: limit("organisations")]
    )
    if month_counts is not None:
        by_year: dict[int, int] = {}
        for month, n in month_counts.items():
            by_year[month.year] = by_year.get(month.year, 0) + n
        years = [{"year": y, "n": n} for y, n in sorted(by_year.items(), reverse=True)][: limit("years")]
    else:
        years = (
            articles.order_by()
            .annotate(year=ExtractYear("published_on"))
            .values("year")
            .annotate(n=Count("pk"))
            .order_by("-year")[: limit("years")]
        )
    return {
        "countries": [FacetValue(r["country_id"], r["country__name"], r["n"]) for r in countries],
        "officials": [FacetValue(r["person__slug"], r["person__name"], r["n"]) for r in officials],
        "organisations": [FacetValue(r["organisation__slug"], r["organisation__name"], r["n"]) for r in organisations],
        "years": [FacetValue(str(r["year"]), str(r["year"]), r["n"]) for r in years],
    }
