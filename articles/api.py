"""The same search as /search/, as JSON (/api/search/), Atom (/search/feed/) and CSV (/search/export.csv)."""

from __future__ import annotations

import csv
import re

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from articles.facets import FACETS
from articles.results import REPEATABLE, filtered, run_search, with_listing_relations
from articles.search import highlight

FEED_SIZE = 50
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
CSV_LIMIT = 10_000


@csrf_exempt  # read-only: other methods get 405 from require_safe, not a CSRF 403
@require_safe
def search_json(request: HttpRequest) -> JsonResponse:
    results = run_search(request.GET)
    errors = results.errors.get_json_data(escape_html=True)
    errors.update(_api_only_errors(request.GET))
    # A malformed value (a date that is not a date, an unknown sort) is the
    # client's error; a well-formed slug or code that names nothing in the
    # archive simply finds nothing.
    malformed = {
        field for field, problems in errors.items()
        if field not in REPEATABLE or any(p["code"] not in {"invalid_choice", "invalid_pk_value"} for p in problems)
    }
    status = 400 if malformed else 200
    page = results.page
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "timed_out": results.timed_out,
            "facets_approximate": any(f.approximate for values in results.facets.values() for f in values),
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
            # Messages may quote the bad value; they are escaped so no client can paste markup from here.
            "errors": errors,
        },
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def _api_only_errors(params) -> dict:
    """The JSON API is strict where the page is forgiving: page numbers and facet names must be real."""
    errors = {}
    for page in params.getlist("page"):
        if not page.isdigit() or int(page) < 1:
            errors["page"] = [{"message": "Enter a whole number of 1 or more.", "code": "invalid"}]
    for key in ("date_from", "date_to", "sort", "more"):
        if "" in params.getlist(key):
            errors[key] = [{"message": "This parameter cannot be empty; leave it out instead.", "code": "required"}]
    for more in params.getlist("more"):
        if not more:
            continue
        if more not in FACETS:
            errors["more"] = [{"message": f"Choose one of {', '.join(FACETS)}.", "code": "invalid_choice"}]
    return errors


class SearchFeed(Feed):
    """The newest results of a search, so a reader can follow it in a feed reader."""

    feed_type = Atom1Feed
    description_template = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return request.GET

    def title(self, params):
        # XML 1.0 cannot carry control characters; a query may contain them.
        q = _XML_UNSAFE.sub("", params.get("q", "")).strip()[:200]
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
        return _XML_UNSAFE.sub("", article.title)

    def item_description(self, article):
        return _XML_UNSAFE.sub("", strip_tags(str(article.snippet)))

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


@csrf_exempt  # read-only: other methods get 405 from require_safe, not a CSRF 403
@require_safe
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
