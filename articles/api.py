"""The same search as /search/, as JSON (/api/search/), Atom (/search/feed/) and CSV (/search/export.csv)."""

from __future__ import annotations

import csv

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

from articles.results import filtered, run_search, with_listing_relations
from articles.search import highlight

FEED_SIZE = 50
CSV_LIMIT = 10_000


def search_json(request: HttpRequest) -> JsonResponse:
    results = run_search(request.GET)
    status = 400 if results.errors else 200
    page = results.page
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "results": [
                {
                    "id": article.pk,
                    "title": article.title,
                    "published_on": article.published_on.isoformat(),
                    "source": article.source.name,
                    "url": request.build_absolute_uri(article.get_absolute_url()),
                    "snippet": str(article.snippet),
                    "officials": [
                        {"name": m.person.name, "slug": m.person.slug, "title": m.title} for m in article.official_mentions
                    ],
                    "countries": [{"code": c.code, "name": c.name} for c in article.countries.all()],
                }
                for article in page.object_list
            ],
            "facets": {
                "countries": [{"code": f.value, "name": f.label, "count": f.count} for f in results.facets.get("countries", [])],
                "officials": [{"slug": f.value, "name": f.label, "count": f.count} for f in results.facets.get("officials", [])],
                "organisations": [
                    {"slug": f.value, "name": f.label, "count": f.count} for f in results.facets.get("organisations", [])
                ],
                "years": [{"year": int(f.value), "count": f.count} for f in results.facets.get("years", [])],
            },
            "errors": {field: [str(e) for e in errors] for field, errors in results.errors.items()},
        },
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


class SearchFeed(Feed):
    """The newest results of a search, so a reader can follow it in a feed reader."""

    feed_type = Atom1Feed
    description_template = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return request.GET

    def title(self, params):
        q = params.get("q", "").strip()
        return f"News archive: {q}" if q else "News archive: newest articles"

    def link(self, params):
        return "/search/?" + params.urlencode()

    def subtitle(self, params):
        return "The newest articles matching this search."

    def items(self, params):
        article_filter = filtered(params)
        articles = list(with_listing_relations(article_filter.qs.order_by("-published_on", "-id"))[:FEED_SIZE])
        highlight(articles, article_filter.form.cleaned_data.get("q", "") if article_filter.is_bound and article_filter.form.is_valid() else "")
        return articles

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return strip_tags(str(article.snippet))

    def item_pubdate(self, article):
        from datetime import datetime, time, timezone

        return datetime.combine(article.published_on, time(), tzinfo=timezone.utc)

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or article.source.name


class _Echo:
    def write(self, value):
        return value


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (=HYPERLINK(...), +, -, @)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def search_csv(request: HttpRequest) -> StreamingHttpResponse:
    article_filter = filtered(request.GET)
    articles = article_filter.qs.select_related("source").prefetch_related(
        "person_mentions__person", "organisation_mentions__organisation", "countries"
    )[:CSV_LIMIT]
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(["id", "published_on", "title", "source", "url", "officials", "organisations", "countries"])
        for article in articles.iterator(chunk_size=500):
            officials = "; ".join(
                f"{m.person.name} ({m.title})" if m.title else m.person.name
                for m in article.person_mentions.all()
                if m.person.is_official
            )
            yield writer.writerow(
                [
                    _cell(v)
                    for v in (
                        article.pk,
                        article.published_on.isoformat(),
                        article.title,
                        article.source.name,
                        request.build_absolute_uri(article.get_absolute_url()),
                        officials,
                        "; ".join(m.organisation.name for m in article.organisation_mentions.all()),
                        "; ".join(c.code for c in article.countries.all()),
                    )
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="news-archive-search.csv"'
    response["X-Row-Limit"] = str(CSV_LIMIT)
    return response
