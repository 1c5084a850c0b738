"""Count, months and the top countries, officials, organisations and years of a result set, in one statement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet

DEFAULT_LIMIT = 10
EXPANDED_LIMIT = 100
FACETS = ("countries", "officials", "organisations", "years")
DATE_INDEX = "article_id_published"  # (id, published_on), migration 0011


@dataclass(frozen=True)
class FacetValue:
    value: str  # what goes in the URL: an ISO code, a slug, a year
    label: str
    count: int
    approximate: bool = False  # estimated from a sample of a large result set


@dataclass
class Statistics:
    """What a result page says about all its matches: how many, per month, and the top facet values."""

    count: int
    months: dict  # {first day of month: n}
    facets: dict[str, list[FacetValue]]
    sample_step: int = 1  # facets were counted on every sample_step-th match (by id) and scaled up
    first_ids: list[int] | None = None  # the first `first` matches by date, when asked for




def search_statistics(
    articles: QuerySet, expanded: str | None = None, with_facets: bool = True, first: int = 0, oldest_first: bool = False
) -> Statistics:
    """Count, months and facets of `articles` in ONE statement over the match set, materialised once.

    The match (full-text, filters) is the costly part of a search; written as
    separate queries each one re-ran it. Here a MATERIALIZED common table
    expression holds the matching ids, and the count, the month counts and
    each facet's top values are read from it, joined to the mention tables by
    their article index.

    Counting mentions costs a row per mention: 350,000 for a word in a third of
    100,000 articles. Past SEARCH_FACET_SAMPLE matches, the facets are counted
    on every k-th match by id (ids follow import order, so the sample spreads
    over the whole archive) and scaled by k, and say they are estimates. The
    count and the months are always exact.

    With `first`, the same pass also gives the ids of the first `first`
    matches by date (newest first, or oldest with `oldest_first`): the page of
    a search sorted by date, or the candidates a relevance search ranks,
    without matching the text again (articles/search.py ranked_page).

    On SQLite the matches' dates are read through the (id, published_on)
    index: looking each match up in the table reads its whole row, body
    included, 4x slower for a broad word.
    """
    if articles.query.is_empty():
        return Statistics(0, {}, {name: [] for name in FACETS} if with_facets else {})
    from django.db import connections

    connection = connections[articles.db]
    inner, params = articles.order_by().values("id", "published_on").query.sql_with_params()
    if connection.vendor == "sqlite":
        table = f"FROM {connection.ops.quote_name(articles.model._meta.db_table)} "
        inner = inner.replace(table, f"{table}INDEXED BY {DATE_INDEX} ", 1)
        # Dates are ISO text: the month is its first seven characters.
        month, month_label, day = "substr(published_on, 1, 7)", "month || '-01'", "published_on"
    else:
        month, month_label, day = "date_trunc('month', published_on)", "to_char(month, 'YYYY-MM-DD')", "to_char(published_on, 'YYYY-MM-DD')"

    def limit(name: str) -> int:
        return EXPANDED_LIMIT if expanded == name else DEFAULT_LIMIT

    sample = settings.SEARCH_FACET_SAMPLE
    drive = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    # The count is the sum of the months: one pass over the matches gives both.
    parts = [
        f"SELECT 'month' AS kind, {month_label} AS value, NULL AS label, n FROM months",
        "SELECT 'step', NULL, NULL, step FROM k",
    ]
    args = list(params) + [sample, sample, sample]
    if first:
        direction = "ASC" if oldest_first else "DESC"
        parts.append(
            f"SELECT 'first', {day}, NULL, id FROM "
            f"(SELECT id, published_on FROM m ORDER BY published_on {direction}, id {direction} LIMIT %s) AS w"
        )
        args.append(first)
    if with_facets:
        # Group by the mention's integer key first; names are joined to the groups, not to every mention.
        # The matches drive: left to itself SQLite scans all mentions in key order (to group without a
        # sort) and probes the matches for each, 125 ms at 100,000 articles even when nothing matched.
        # CROSS JOIN is SQLite's way to fix the order; PostgreSQL's planner gets it right.
        top = (
            "SELECT * FROM (SELECT %s AS kind, e.{value} AS value, e.{label} AS label, g.n * (SELECT step FROM k) AS n FROM "
            "(SELECT x.{key} AS key, count(*) AS n FROM s {drive} {mentions} x ON x.article_id = s.id GROUP BY x.{key}) AS g "
            "JOIN {entities} e ON e.{pk} = g.key{extra} ORDER BY g.n DESC, e.{label} LIMIT %s) AS f_{key}"
        )
        parts += [
            top.format(drive=drive, key="country_id", mentions="articles_countrymention", entities="articles_country",
                       pk="code", value="code", label="name", extra=""),
            top.format(drive=drive, key="person_id", mentions="articles_personmention", entities="articles_person",
                       pk="id", value="slug", label="name", extra=" AND e.is_official"),
            top.format(drive=drive, key="organisation_id", mentions="articles_organisationmention", entities="articles_organisation",
                       pk="id", value="slug", label="name", extra=""),
        ]
        args += ["countries", limit("countries"), "officials", limit("officials"), "organisations", limit("organisations")]
    sql = (
        f"WITH m AS MATERIALIZED ({inner}), "
        f"months AS MATERIALIZED (SELECT {month} AS month, count(*) AS n FROM m GROUP BY 1), "
        "k AS (SELECT CASE WHEN t > %s THEN (t + %s - 1) / %s ELSE 1 END AS step "
        "FROM (SELECT CAST(coalesce(sum(n), 0) AS bigint) AS t FROM months) AS total), "
        "s AS MATERIALIZED (SELECT m.id FROM m, k WHERE m.id %% k.step = 0) "
    ) + " UNION ALL ".join(parts)
    count, step, months, found = 0, 1, {}, {name: [] for name in ("countries", "officials", "organisations")}
    dated = []
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        rows = cursor.fetchall()
    for kind, value, label, n in rows:
        if kind == "step":
            step = n
        elif kind == "month":
            months[dt.date.fromisoformat(value)] = n
            count += n
        elif kind == "first":
            dated.append((value, n))
        else:
            found[kind].append(FacetValue(value, label, n, approximate=step > 1))
    facets = {}
    if with_facets and count:
        facets = {**found, "years": _years(months, limit("years"))}
    first_ids = [pk for _, pk in sorted(dated, reverse=not oldest_first)] if first else None
    return Statistics(count, months, facets, sample_step=step, first_ids=first_ids)


def _years(months: dict, limit: int) -> list[FacetValue]:
    by_year: dict[int, int] = {}
    for month, n in months.items():
        by_year[month.year] = by_year.get(month.year, 0) + n
    return [FacetValue(str(y), str(y), n) for y, n in sorted(by_year.items(), reverse=True)][:limit]
