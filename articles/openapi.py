"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json and checked by the tests."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

# Text parameters may hold anything but NUL, which no database column can store.
_TEXT = {"type": "string", "pattern": "^[^\\u0000]*$"}


def _facet(key: str) -> dict:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "required": [key, "name", "count"],
            "properties": {key: {"type": "string"}, "name": {"type": "string"}, "count": {"type": "integer", "minimum": 1}},
        },
    }


SEARCH_RESPONSE = {
    "type": "object",
    "required": ["count", "page", "num_pages", "results", "facets", "errors", "timed_out", "facets_approximate"],
    "properties": {
        "count": {"type": "integer", "minimum": 0},
        "facets_approximate": {
            "type": "boolean",
            "description": "The country, official and organisation facet counts were estimated from a sample of a large result set; count and years are exact.",
        },
        "timed_out": {
            "type": "boolean",
            "description": "The search took longer than the archive allows and was stopped: count and results are empty, not zero.",
        },
        "page": {"type": "integer", "minimum": 1},
        "num_pages": {"type": "integer", "minimum": 1},
        "results": {
            "type": "array",
            "maxItems": 20,
            "items": {
                "type": "object",
                "required": ["id", "title", "published_on", "source", "url", "snippet", "officials", "countries"],
                "properties": {
                    "id": {"type": "integer"},
                    "title": {"type": "string"},
                    "published_on": {"type": "string", "format": "date"},
                    "source": {"type": "string"},
                    "url": {"type": "string"},
                    "snippet": {"type": "string", "description": "HTML: escaped text with <mark> around matches."},
                    "officials": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["name", "slug", "title"],
                            "properties": {"name": {"type": "string"}, "slug": {"type": "string"}, "title": {"type": "string"}},
                        },
                    },
                    "countries": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["code", "name"],
                            "properties": {"code": {"type": "string", "pattern": "^[A-Z]{2}$"}, "name": {"type": "string"}},
                        },
                    },
                },
            },
        },
        "facets": {
            "type": "object",
            "properties": {
                "countries": _facet("code"),
                "officials": _facet("slug"),
                "organisations": _facet("slug"),
                "years": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["year", "count"],
                        "properties": {"year": {"type": "integer"}, "count": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
        "errors": {
            "type": "object",
            "description": "Per parameter, the problems found (empty when the request was valid).",
            "additionalProperties": {
                "type": "array",
                "items": {"type": "object", "properties": {"message": {"type": "string"}, "code": {"type": "string"}}},
            },
        },
    },
}


def _param(name: str, schema: dict, description: str, repeat: bool = False) -> dict:
    if repeat:
        schema = {"type": "array", "items": schema}
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description,
            **({"style": "form", "explode": True} if repeat else {})}


def document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "News archive API",
            "version": "1",
            "description": "Full-text search over the archive, with the same parameters as /search/.",
        },
        "paths": {
            "/api/search/": {
                "get": {
                    "operationId": "searchArticles",
                    "summary": "Search articles; results, counts and facets",
                    "parameters": [
                        _param("q", {**_TEXT, "maxLength": 1000}, 'Words, "phrases", OR, -excluded.'),
                        _param("date_from", {"type": "string", "format": "date"}, "Published on or after (inclusive)."),
                        _param("date_to", {"type": "string", "format": "date"}, "Published on or before (inclusive)."),
                        _param("country", _TEXT, "ISO 3166-1 alpha-2 code, any case; repeatable.", True),
                        _param("official", _TEXT, "Person slug; repeatable.", True),
                        _param("organisation", _TEXT, "Organisation slug; repeatable.", True),
                        _param("source", _TEXT, "Source slug; repeatable.", True),
                        _param("sort", {"type": "string", "enum": ["relevance", "newest", "oldest"]}, "Order of results."),
                        _param("page", {"type": "integer", "minimum": 1}, "Page of 20 results; past the end gives the last."),
                        _param("more", {"type": "string", "enum": ["countries", "officials", "organisations", "years"]},
                               "Show up to 100 values of this facet."),
                    ],
                    "responses": {
                        "200": {
                            "description": "Results. A value that names nothing in the archive (an unknown slug or "
                            "country code) finds nothing and is listed in `errors`.",
                            "content": {"application/json": {"schema": SEARCH_RESPONSE}},
                        },
                        "400": {
                            "description": "A parameter was malformed (a date that is not a date); `errors` says which.",
                            "content": {"application/json": {"schema": SEARCH_RESPONSE}},
                        },
                    },
                }
            }
        },
    }


@csrf_exempt  # read-only: other methods get 405 from require_safe, not a CSRF 403
@require_safe
def openapi_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(document(), json_dumps_params={"indent": 2})
