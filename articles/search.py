"""Full-text search over articles, on SQLite (FTS5) or PostgreSQL (tsvector).

Views never build search SQL: they call `Article.objects.search(q)` and, for the
page they show, `highlight(articles, q)`. The backend is chosen in one place,
`backend_for()`, by the connection's vendor. The index itself (an FTS5 table
kept in sync by triggers, or a stored generated tsvector column with a GIN
index) is created by migration 0003.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.db import connections, models
from django.db.models import Expression, F, Func, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Upper
from django.utils.safestring import SafeString, mark_safe

from articles import searchsyntax
from articles.searchsyntax import Query
from articles.snippet_window import SNIPPET_WINDOW, snippet_window

# Highlight boundaries: private-use characters that the importer strips from
# article text, so after escaping they can only be the database's marks.
MARK_START = "\ue000"
MARK_END = "\ue001"
# ts_headline reads "<...>" as HTML tags and drops them, which would garble an
# article that quotes markup; the text goes in with these stand-ins instead.
_TAG_STAND_INS = str.maketrans({"\ue002": "<", "\ue003": ">", "\ue004": "&"})

FTS_TABLE = "articles_article_fts"
RANK_CANDIDATES = "articles_rank_candidates"  # SQLite: a temporary table, per connection
TS_CONFIG = "english_unaccent"


class Fts5Rank(Expression):
    """bm25 of one article for an FTS5 query, higher is better; 0 when only an alias matched.

    Written against F("id") rather than a table name, so it stays right when
    Django aliases the articles table (in a facet's subquery, say).
    """

    output_field = models.FloatField()

    def __init__(self, match: str, title_weight: float, body_weight: float, article_id=None):
        super().__init__()
        self.match, self.weights = match, (title_weight, body_weight)
        self.article_id = article_id if article_id is not None else F("id")

    def get_source_expressions(self):
        return [self.article_id]

    def set_source_expressions(self, exprs):
        (self.article_id,) = exprs

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.article_id)
        sql = (
            f"coalesce((SELECT -bm25({FTS_TABLE}, %s, %s) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s AND rowid = {id_sql}), 0)"
        )
        return sql, [*self.weights, self.match, *id_params]


class UnmodelledColumn(Expression):
    """A column the ORM does not model (PostgreSQL's generated search_vector), under the alias the query gives."""

    def __init__(self, column: str, output_field=None, alias: str | None = None):
        super().__init__(output_field=output_field or models.TextField())
        self.column, self.alias = column, alias

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        clone = self.copy()
        clone.alias = query.get_initial_alias() if query is not None else None
        return clone

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(self.alias)}.{connection.ops.quote_name(self.column)}", []


def _tsquery(websearch: str) -> Func:
    return Func(Value(websearch), template=f"websearch_to_tsquery('{TS_CONFIG}', %(expressions)s)")


class SQLiteBackend:
    """FTS5 with the porter stemmer and diacritics removed; bm25 with the title weighted."""

    title_weight = 10.0
    body_weight = 1.0

    def matching_ids(self, expression: str) -> RawSQL:
        return RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", (expression,))

    def search(self, qs: models.QuerySet, query: Query, also: models.Q | None = None) -> models.QuerySet:
        positive = searchsyntax.to_fts5(query)
        if positive is None:
            return qs.exclude(pk__in=self.matching_ids(searchsyntax.fts5_any(query.excluded)))
        # bm25() is lower-is-better; Fts5Rank negates it so every backend ranks higher-is-better.
        rank = Fts5Rank(positive, self.title_weight, self.body_weight)
        matches = models.Q(pk__in=self.matching_ids(positive))
        return qs.filter(matches | also if also is not None else matches).annotate(search_rank=rank)

    def rank_ids(self, using: str, ids: list[int], query: Query, offset: int, limit: int) -> list[int]:
        """One page of `ids` (all of them matches) by bm25, FTS5 driving: it scores the matches in C.

        The candidates go in a temporary table with an integer key, which the
        join probes for each match. FTS5 answers "rowid IN (...)" or a join
        driven by the candidates with one full-text lookup per id, and a
        json_each() list has no key to probe: 10-20 s for 2,000 ids against
        15-60 ms this way.
        """
        with connections[using].cursor() as cursor:
            cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {RANK_CANDIDATES} (id INTEGER PRIMARY KEY)")
            cursor.execute(f"DELETE FROM temp.{RANK_CANDIDATES}")
            # One statement for the whole list, not an INSERT per id.
            cursor.execute(f"INSERT INTO temp.{RANK_CANDIDATES} (id) SELECT value FROM json_each(%s)", [json.dumps(ids)])
            cursor.execute(
                f"SELECT {FTS_TABLE}.rowid FROM {FTS_TABLE} "
                f"JOIN temp.{RANK_CANDIDATES} AS c ON c.id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH %s "
                f"ORDER BY bm25({FTS_TABLE}, %s, %s), {FTS_TABLE}.rowid DESC LIMIT %s OFFSET %s",
                [searchsyntax.to_fts5(query), self.title_weight, self.body_weight, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def snippets(self, connection, articles: Sequence, query: Query) -> dict[int, str]:
        positive = searchsyntax.to_fts5(query)
        if positive is None or not articles:
            return {}
        ids = [article.pk for article in articles]
        placeholders = ", ".join(["%s"] * len(ids))
        sql = (
            f"SELECT rowid, snippet({FTS_TABLE}, 1, %s, %s, '…', 40) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s AND rowid IN ({placeholders})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [MARK_START, MARK_END, positive, *ids])
            return dict(cursor.fetchall())


class PostgresBackend:
    """websearch_to_tsquery over a stored, weighted tsvector; BM25 (migration 0005); ts_headline.

    ts_rank_cd ignores how rare a word is and lost to bare bm25() on the
    known-item test; articles_bm25() adds the inverse document frequency.
    """

    def search(self, qs: models.QuerySet, query: Query, also: models.Q | None = None) -> models.QuerySet:
        websearch = searchsyntax.to_websearch(query)
        if websearch is None:
            return qs.exclude(self._matches(searchsyntax.websearch_any(query.excluded)))
        matches = self._matches(websearch)
        return qs.filter(models.Q(matches) | also if also is not None else matches).annotate(search_rank=self.rank(query))

    @staticmethod
    def rank(query: Query) -> Func:
        """BM25 of an article (migrations 0005, 0011): each query word's tsquery is parsed once per search."""
        words = " ".join(token for term in query.terms for token in term.tokens)
        lexemes = Func(Value(words), template=f"(SELECT tsvector_to_array(to_tsvector('{TS_CONFIG}', %(expressions)s)))")
        terms = Func(
            lexemes,
            template="(SELECT array_agg(to_tsquery('simple', quote_literal(u.lexeme)) ORDER BY u.n) "
            "FROM unnest(%(expressions)s) WITH ORDINALITY AS u(lexeme, n))",
        )
        return Func(
            UnmodelledColumn("search_vector"),
            terms,
            Func(lexemes, template="(SELECT articles_idf(%(expressions)s))"),
            RawSQL("(SELECT lexemes::float8 / greatest(documents, 1) FROM articles_search_stats)", ()),
            function="articles_bm25_terms",
            output_field=models.FloatField(),
        )

    def rank_ids(self, using: str, ids: list[int], query: Query, offset: int, limit: int) -> list[int]:
        """One page of `ids` (all of them matches) by BM25: no second text match, a primary-key look-up each.

        The ids go as one array parameter: as "IN (%s, %s, ...)" the 2,000
        placeholders cost more to build and send (30-40 ms) than the look-ups.
        """
        from articles.models import Article

        candidates = RawSQL('"articles_article"."id" = ANY(%s)', (list(ids),), output_field=models.BooleanField())
        ranked = (
            Article.objects.using(using).filter(candidates).annotate(search_rank=self.rank(query))
            .order_by(F("search_rank").desc(), "-published_on", "-id")
        )
        return list(ranked.values_list("id", flat=True)[offset : offset + limit])

    @staticmethod
    def _matches(websearch: str) -> Func:
        return Func(
            UnmodelledColumn("search_vector"), _tsquery(websearch),
            template="%(expressions)s", arg_joiner=" @@ ", output_field=models.BooleanField(),
        )

    def snippets(self, connection, articles: Sequence, query: Query) -> dict[int, str]:
        """ts_headline of a window of each body around the first match, not of the whole body.

        ts_headline parses all the text it is given, at about 5 MB/s with the
        unaccent dictionary: 20 bodies of a page of press-briefing transcripts
        (30 KB each) took 100-150 ms. The window starts at the paragraph where a
        query term first appears (articles/snippet_window.py), so the highlight
        is the one a reader finds first in the text.
        """
        websearch = searchsyntax.to_websearch(query)
        if websearch is None or not articles:
            return {}
        groups = [[term.tokens for term in group] for group in query.groups]
        stems = {}
        if any(len(article.body) > SNIPPET_WINDOW for article in articles):
            stems = self._stems(connection, sorted({term.tokens[0] for term in query.terms}))
        windows = [snippet_window(article.body, groups, stems) for article in articles]
        options = f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "'
        sql = (
            f"SELECT n, ts_headline('{TS_CONFIG}', translate(w, '<>&', E'\\uE002\\uE003\\uE004'), "
            f"websearch_to_tsquery('{TS_CONFIG}', %s), %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [websearch, options, windows])
            return {articles[n - 1].pk: headline for n, headline in cursor.fetchall()}

    @staticmethod
    def _stems(connection, words: list[str]) -> dict[str, str | None]:
        """The database's own stem of each word: a prefix of most of its forms ("elect" for "elections")."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT w, (SELECT min(lexeme) FROM unnest(to_tsvector('{TS_CONFIG}', w))) FROM unnest(%s::text[]) AS t(w)",
                [words],
            )
            return dict(cursor.fetchall())


def backend_for(connection) -> SQLiteBackend | PostgresBackend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SQLiteBackend()
    raise NotImplementedError(f"Full-text search is not available on {connection.vendor}.")


class ArticleQuerySet(models.QuerySet):
    def search(self, q: str | None) -> ArticleQuerySet:
        """Articles matching the reader's query, annotated with `search_rank` (higher is better).

        An empty or meaningless query returns the queryset unchanged.
        """
        query = searchsyntax.parse(q)
        if query.is_empty:
            return self
        also = _named_entities(q)
        found = backend_for(connections[self.db]).search(self, query, also=also)
        # What ranked_page() needs to know, carried on the query (Query.clone copies its attributes).
        found.query.articles_search = SearchTerms(query, names_matched=also is not None)
        return found


@dataclass(frozen=True)
class SearchTerms:
    query: Query
    names_matched: bool


def ranked_page(queryset: models.QuerySet, count: int, offset: int, limit: int, newest: list[int] | None = None) -> list[int] | None:
    """Ids of one page of a relevance-ordered search, or None when `queryset` is not one (then its own order holds).

    Only the newest SEARCH_RANK_CANDIDATES matches are scored: ranking every
    row of a broad match (a word in 90% of the archive) costs a tsvector or a
    bm25 per row, for order among results no reader pages through. Past them,
    the remaining matches follow newest first, so every match still appears
    exactly once. Narrower searches are ranked whole.

    `newest`, when given, is the ids of the newest matches, newest first: all of
    them, or at least SEARCH_RANK_CANDIDATES (search_statistics() reads them in
    the same pass as the count). The candidates are then ranked by id, without
    matching the text a second time.
    """
    if not is_ranked(queryset):
        return None
    candidates = settings.SEARCH_RANK_CANDIDATES
    by_date = queryset.order_by("-published_on", "-id")
    if newest is None or (len(newest) < count and len(newest) < candidates):
        newest = list(by_date.values_list("id", flat=True)[:candidates])
    window = newest[:candidates]
    ids = []
    if offset < len(window):
        backend = backend_for(connections[queryset.db])
        ids = backend.rank_ids(queryset.db, window, queryset.query.articles_search.query, offset, min(limit, len(window) - offset))
    if len(ids) < limit and count > len(window):
        start = max(offset, len(window))
        ids += list(by_date.values_list("id", flat=True)[start : start + limit - len(ids)])
    return ids


def is_ranked(queryset: models.QuerySet) -> bool:
    """Whether `queryset` is a text search ordered by relevance that ranked_page() pages.

    A search that also matched a person's or organisation's name ranks through
    the ORM, with its rank-0 name-only matches; so does one with no positive word.
    """
    terms = getattr(queryset.query, "articles_search", None)
    if terms is None or terms.names_matched or not queryset.query.order_by:
        return False
    if "search_rank" not in str(queryset.query.order_by[0]):
        return False
    return searchsyntax.to_fts5(terms.query) is not None


def _named_entities(q: str) -> models.Q | None:
    """Articles of the people and organisations whose name or alias is the whole query ("Ming-yen Tsai").

    The names are looked up first, in two small queries; only when one
    matches does the search become "text matches OR mentions". An OR in every
    search kept the database from driving it with the text index.
    """
    from articles.models import (
        Organisation, OrganisationAlias, OrganisationMention, Person, PersonAlias, PersonMention, ReviewStatus,
    )

    text = " ".join(q.replace('"', " ").split())
    if not text or len(text) > 200 or text.startswith("-") or " OR " in text:
        return None
    wanted = Upper(Value(text))
    live = ~models.Q(status=ReviewStatus.REJECTED)
    people = list(
        Person.objects.annotate(key=Upper("name")).filter(live, key=wanted).order_by().values_list("pk", flat=True)
        .union(
            PersonAlias.objects.annotate(key=Upper("name")).filter(key=wanted)
            .exclude(person__status=ReviewStatus.REJECTED).order_by().values_list("person_id", flat=True)
        )
    )
    organisations = list(
        Organisation.objects.annotate(key=Upper("name")).filter(live, key=wanted).order_by().values_list("pk", flat=True)
        .union(
            OrganisationAlias.objects.annotate(key=Upper("name")).filter(key=wanted)
            .exclude(organisation__status=ReviewStatus.REJECTED).order_by().values_list("organisation_id", flat=True)
        )
    )
    condition = None
    if people:
        condition = models.Q(pk__in=PersonMention.objects.filter(person__in=people).values("article_id"))
    if organisations:
        orgs = models.Q(pk__in=OrganisationMention.objects.filter(organisation__in=organisations).values("article_id"))
        condition = orgs if condition is None else condition | orgs
    return condition


def render_snippet(raw: str) -> SafeString:
    """Escape everything, then turn the database's private marks into <mark> elements."""
    escaped = escape(raw.translate(_TAG_STAND_INS), quote=True)
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def highlight(articles: Sequence, q: str | None, using: str = "default") -> None:
    """Set `article.snippet` (safe HTML) on each article of a page: one query for the page (on PostgreSQL,
    one more to stem the query's words when a body is longer than the snippet window)."""
    query = searchsyntax.parse(q)
    raw = {}
    if query.groups and articles:
        connection = connections[using]
        raw = backend_for(connection).snippets(connection, articles, query)
    for article in articles:
        if article.pk in raw and raw[article.pk]:
            article.snippet = render_snippet(raw[article.pk])
        else:
            article.snippet = render_snippet(_lead(article.body))


def _lead(body: str, words: int = 40) -> str:
    first = body.split("\n\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")
