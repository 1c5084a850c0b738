"""Reader-facing pages. Search logic lives in articles.search and articles.filters, page data in
articles.pages and articles.timeline; a view picks the rows and renders them.

Every page runs a fixed number of queries whatever the size of the archive
(tests/test_pages.py counts them), and every list of articles is paginated.
"""

from __future__ import annotations

import calendar
import datetime as dt

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, Min, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from articles import pages
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
    RelatedHeadline,
    ReviewStatus,
)
from articles.results import run_search, with_listing_relations
from articles.timeline import build_timeline, month_counts, timeline

INDEX_PAGE_SIZE = 48
HOME_LATEST = 8
HOME_TOP = 8


@require_safe
def _paginate(request: HttpRequest, queryset: QuerySet, per_page: int | None = None) -> Page:
    return Paginator(queryset, per_page or settings.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))


@require_safe
def _article_page(request: HttpRequest, articles: QuerySet) -> Page:
    return _paginate(request, with_listing_relations(articles.order_by("-published_on", "-id")))


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    summary = pages.archive_summary()
    since = pages.recent_since(summary)
    recent = Article.objects.filter(published_on__gte=since) if since else Article.objects.none()
    context = {
        "summary": summary,
        "since": since,
        "latest": list(with_listing_relations(Article.objects.order_by("-published_on", "-id"))[:HOME_LATEST]),
        "top_officials": pages.top_officials(recent, HOME_TOP) if since else [],
        "top_countries": pages.top_countries(recent, HOME_TOP) if since else [],
        "timeline": timeline(Article.objects.all()) if summary.count else None,
    }
    return render(request, "articles/home.html", context)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    results = run_search(request.GET, with_timeline=True)
    chart = results.timeline
    return render(
        request,
        "articles/search.html",
        {"results": results, "filter": results.filter, "page": results.page, "query": results.query, "timeline": chart},
    )


@require_safe
def article_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.select_related("source").prefetch_related(
            Prefetch(
                "person_mentions",
                queryset=PersonMention.objects.exclude(person__status=ReviewStatus.REJECTED)
                .select_related("person", "organisation", "country")
                .order_by("-count", "person__name"),
            ),
            Prefetch(
                "organisation_mentions",
                queryset=OrganisationMention.objects.exclude(organisation__status=ReviewStatus.REJECTED)
                .select_related("organisation")
                .order_by("-count", "organisation__name"),
            ),
            Prefetch("country_mentions", queryset=CountryMention.objects.select_related("country").order_by("-count", "country__name")),
            Prefetch("related_headlines", queryset=article_related_headlines()),
        ),
        pk=pk,
    )
    if slug != article.slug:
        return redirect(article, permanent=True)
    people = list(article.person_mentions.all())
    mentions = {
        "officials": [m for m in people if m.person.is_official],
        "people": [m for m in people if not m.person.is_official],
        "organisations": list(article.organisation_mentions.all()),
        "countries": list(article.country_mentions.all()),
    }
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, **mentions, "more_like_this": pages.more_like_this(article, mentions)},
    )


def article_related_headlines() -> QuerySet:
    return RelatedHeadline.objects.select_related("target").only(
        "article_id", "position", "headline", "lede", "target__id", "target__slug", "target__title"
    )


@require_safe
def person_detail(request: HttpRequest, slug: str) -> HttpResponse:
    if slug != slug.lower():
        return redirect("articles:person", slug=slug.lower(), permanent=True)
    person = Person.objects.select_related("country").prefetch_related("aliases").filter(slug=slug).first()
    if person is None:
        moved = pages.renamed_person(slug)
        if moved is None:
            raise Http404("No such person")
        return redirect(moved, permanent=True)
    articles = Article.objects.filter(person_mentions__person=person)
    titles = pages.titles_held(person)
    context = {
        "entity": person,
        "titles": titles,
        "offices": _offices(titles),
        "together": pages.top_officials(articles, exclude=person),
        "timeline": timeline(articles, {"official": person.slug}),
        "page": _article_page(request, articles),
    }
    return render(request, "articles/person_detail.html", context)


def _offices(titles: list[pages.TitleHeld]) -> dict[str, list[pages.Ranked]]:
    """The distinct organisations and countries of the offices held, in order of the latest title."""
    organisations, countries = {}, {}
    for held in titles:
        if held.organisation:
            organisations.setdefault(held.organisation.url, held.organisation)
        if held.country:
            countries.setdefault(held.country.url, held.country)
    return {"organisations": list(organisations.values()), "countries": list(countries.values())}


@require_safe
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    if slug != slug.lower():
        return redirect("articles:organisation", slug=slug.lower(), permanent=True)
    organisation = (
        Organisation.objects.select_related("country", "parent").prefetch_related("aliases").filter(slug=slug).first()
    )
    if organisation is None:
        moved = pages.renamed_organisation(slug)
        if moved is None:
            raise Http404("No such organisation")
        return redirect(moved, permanent=True)
    articles = Article.objects.filter(organisation_mentions__organisation=organisation)
    context = {
        "entity": organisation,
        "holders": pages.office_holders(organisation=organisation),
        "officials": pages.top_officials(articles),
        "timeline": timeline(articles, {"organisation": organisation.slug}),
        "page": _article_page(request, articles),
    }
    return render(request, "articles/organisation_detail.html", context)


@require_safe
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    if code != code.lower():
        return redirect("articles:country", code=code.lower(), permanent=True)
    country = get_object_or_404(Country, code=code.upper())
    articles = Article.objects.filter(country_mentions__country=country)
    context = {
        "entity": country,
        "holders": pages.office_holders(country=country),
        "officials": pages.top_officials(articles),
        "organisations": pages.top_organisations(articles),
        "neighbours": pages.top_countries(articles, limit=8, exclude=country),
        "timeline": timeline(articles, {"country": country.code}),
        "page": _article_page(request, articles),
    }
    return render(request, "articles/country_detail.html", context)


# Indexes


@require_safe
def people_index(request: HttpRequest) -> HttpResponse:
    name = request.GET.get("q", "").strip()[:200]
    code = request.GET.get("country", "").strip().upper()[:2]
    people = Person.objects.exclude(status=ReviewStatus.REJECTED)
    if name:
        people = people.filter(
            Q(name__icontains=name) | Q(pk__in=PersonAlias.objects.filter(name__icontains=name).values("person_id"))
        )
    country = Country.objects.filter(code=code).first() if code else None
    if country:
        people = people.filter(
            Q(country=country) | Q(pk__in=PersonMention.objects.filter(country=country).values("person_id"))
        )
    latest_title = (
        PersonMention.objects.filter(person=OuterRef("pk"))
        .exclude(title="")
        .order_by("-article__published_on", "-id")
        .values("title")[:1]
    )
    people = (
        people.select_related("country")
        .annotate(n=Count("mentions"), latest_title=Subquery(latest_title))
        .order_by("-is_official", "-n", "name")
    )
    context = {
        "page": _paginate(request, people, INDEX_PAGE_SIZE),
        "name": name,
        "country": country,
        "countries": _countries_with_people(),
        "filtered": bool(name or country),
    }
    return render(request, "articles/people_index.html", context)


def _countries_with_people() -> QuerySet:
    return (
        Country.objects.filter(
            Q(pk__in=PersonMention.objects.filter(country__isnull=False).values("country_id"))
            | Q(pk__in=Person.objects.filter(country__isnull=False).values("country_id"))
        )
        .only("code", "name")
        .order_by("name")
    )


@require_safe
def organisations_index(request: HttpRequest) -> HttpResponse:
    name = request.GET.get("q", "").strip()[:200]
    kind = request.GET.get("kind", "")
    organisations = Organisation.objects.exclude(status=ReviewStatus.REJECTED)
    if name:
        organisations = organisations.filter(
            Q(name__icontains=name)
            | Q(pk__in=OrganisationAlias.objects.filter(name__icontains=name).values("organisation_id"))
        )
    kinds = dict(Organisation.Kind.choices)
    if kind in kinds:
        organisations = organisations.filter(kind=kind)
    else:
        kind = ""
    organisations = organisations.select_related("country").annotate(n=Count("mentions")).order_by("-n", "name")
    context = {
        "page": _paginate(request, organisations, INDEX_PAGE_SIZE),
        "name": name,
        "kind": kind,
        "kinds": Organisation.Kind.choices,
        "filtered": bool(name or kind),
    }
    return render(request, "articles/organisations_index.html", context)


@require_safe
def countries_index(request: HttpRequest) -> HttpResponse:
    by_name = request.GET.get("sort") == "name"
    countries = Country.objects.annotate(n=Count("mentions")).filter(n__gt=0)
    countries = countries.order_by("name") if by_name else countries.order_by("-n", "name")
    return render(request, "articles/countries_index.html", {"countries": countries, "by_name": by_name})


# The date archive


@require_safe
def archive_index(request: HttpRequest) -> HttpResponse:
    counts = month_counts(Article.objects.all())
    years: dict[int, dict] = {}
    for month, n in sorted(counts.items(), reverse=True):
        year = years.setdefault(month.year, {"year": month.year, "count": 0, "months": []})
        year["count"] += n
        year["months"].append({"start": month, "count": n})
    for year in years.values():
        year["months"].reverse()
    return render(
        request,
        "articles/archive_index.html",
        {"years": list(years.values()), "timeline": build_timeline(counts)},
    )


@require_safe
def archive_year(request: HttpRequest, year: str) -> HttpResponse:
    number = int(year)
    if not dt.MINYEAR <= number <= dt.MAXYEAR:
        raise Http404("No such year")
    articles = Article.objects.filter(published_on__year=number)
    counts = month_counts(articles)
    if not counts:
        raise Http404("No articles that year")
    months = [
        {"start": dt.date(number, m, 1), "count": counts.get(dt.date(number, m, 1), 0)} for m in range(1, 13)
    ]
    context = {
        "year": number,
        "months": months,
        "total": sum(counts.values()),
        "neighbours": _neighbour_dates(dt.date(number, 1, 1), dt.date(number, 12, 31)),
        "timeline": build_timeline({**{m["start"]: 0 for m in months}, **counts}),
        "page": _article_page(request, articles),
    }
    return render(request, "articles/archive_year.html", context)


@require_safe
def archive_month(request: HttpRequest, year: str, month: str) -> HttpResponse:
    number, month_number = int(year), int(month)
    if not (dt.MINYEAR <= number <= dt.MAXYEAR and 1 <= month_number <= 12):
        raise Http404("No such month")
    start = dt.date(number, month_number, 1)
    end = start.replace(day=calendar.monthrange(number, month_number)[1])
    articles = Article.objects.filter(published_on__range=(start, end))
    page = _article_page(request, articles)
    if not page.paginator.count:
        raise Http404("No articles that month")
    context = {"start": start, "end": end, "page": page, "neighbours": _neighbour_dates(start, end)}
    return render(request, "articles/archive_month.html", context)


def _neighbour_dates(start: dt.date, end: dt.date) -> dict[str, dt.date | None]:
    """The nearest dates with articles before `start` and after `end`: one query."""
    data = Article.objects.aggregate(
        previous=Max("published_on", filter=Q(published_on__lt=start)),
        next=Min("published_on", filter=Q(published_on__gt=end)),
    )
    return {"previous": data["previous"], "next": data["next"]}
