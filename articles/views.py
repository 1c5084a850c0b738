"""Reader-facing pages. Search logic lives in articles.search and articles.filters, not here."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article, Country, Organisation, Person, PersonMention
from articles.results import run_search
from articles.results import with_listing_relations as _with_entities


def home(request: HttpRequest) -> HttpResponse:
    latest = list(_with_entities(Article.objects.order_by("-published_on", "-id"))[:10])
    return render(request, "articles/home.html", {"latest": latest, "article_count": Article.objects.count()})


def search(request: HttpRequest) -> HttpResponse:
    results = run_search(request.GET)
    return render(
        request,
        "articles/search.html",
        {"results": results, "filter": results.filter, "page": results.page, "query": results.query},
    )


def article_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.select_related("source").prefetch_related(
            Prefetch("person_mentions", queryset=PersonMention.objects.select_related("person", "organisation", "country")),
            "organisation_mentions__organisation",
            "country_mentions__country",
            "related_headlines__target",
        ),
        pk=pk,
    )
    if slug != article.slug:
        return redirect(article, permanent=True)
    return render(request, "articles/article_detail.html", {"article": article})


def _entity_page(request: HttpRequest, template: str, entity, articles) -> HttpResponse:
    page = Paginator(_with_entities(articles.order_by("-published_on", "-id")), settings.SEARCH_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, template, {"entity": entity, "page": page})


def person_detail(request: HttpRequest, slug: str) -> HttpResponse:
    person = get_object_or_404(Person, slug=slug)
    return _entity_page(request, "articles/person_detail.html", person, person.articles.all())


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    return _entity_page(request, "articles/organisation_detail.html", organisation, organisation.articles.all())


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    if code != code.lower():
        return redirect("articles:country", code=code.lower(), permanent=True)
    country = get_object_or_404(Country, code=code.upper())
    return _entity_page(request, "articles/country_detail.html", country, country.articles.all())
