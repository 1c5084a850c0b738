"""One search, as every output (page, JSON, Atom, CSV) sees it: filter, order, page, facets, highlights."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import OperationalError, connection, transaction
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.dateformat import format as format_date

from articles.facets import FacetValue, search_statistics
from articles.filters import ArticleFilter
from articles.models import Article, Country, PersonMention
from articles.search import highlight, is_ranked, ranked_page
from articles.timeline import build_timeline

MAX_PAGE_SIZE = 100
logger = logging.getLogger(__name__)


@dataclass
class ActiveFilter:
    key: str
    value: str | None
    label: str


@dataclass
class SearchResults:
    filter: ArticleFilter
    query: str
    page: Page
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    active: list[ActiveFilter] = field(default_factory=list)
    timed_out: bool = False
    timeline: object | None = None  # articles.timeline.Timeline of the whole result set

    @property
    def errors(self):
        return self.filter.form.errors

    @property
    def has_no_words(self) -> bool:
        """The reader typed something, but nothing in it can be searched for (emoji, punctuation, stop words)."""
        from articles import searchsyntax

        return bool(self.query.strip()) and searchsyntax.parse(self.query).is_empty


def with_listing_relations(queryset: QuerySet) -> QuerySet:
    """What a result list shows beside each article, in a fixed number of queries for the page."""
    # Only the fields a listing shows: a result list builds a few hundred of these
    # rows, and building each model whole cost more than the query (about 4x).
    return queryset.select_related("source").prefetch_related(
        Prefetch(
            "person_mentions",
            queryset=PersonMention.objects.filter(person__is_official=True)
            .select_related("person")
            .only("article_id", "person_id", "title", "count", "person__name", "person__slug")
            .order_by("-count", "person__name"),
            to_attr="official_mentions",
        ),
        Prefetch("countries", queryset=Country.objects.only("code", "name")),
    )


REPEATABLE = ("country", "official", "organisation", "source")


def filtered(params: QueryDict) -> ArticleFilter:
    """The FilterSet for these parameters; empty values of repeatable filters ("?country=") are ignored."""
    if any("" in params.getlist(key) for key in REPEATABLE):
        params = params.copy()
        for key in REPEATABLE:
            params.setlist(key, [v for v in params.getlist(key) if v.strip()])
    return ArticleFilter(params or None, queryset=Article.objects.all())


@contextmanager
def bounded_statements():
    """On PostgreSQL, no statement of this search may run longer than SEARCH_STATEMENT_TIMEOUT_MS.

    One costly request must not hold the database; SQLite has no such knob and
    relies on the query syntax's term cap.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [str(settings.SEARCH_STATEMENT_TIMEOUT_MS)])
            # The planner prices "search_vector @@ query" on a sequential scan as cheap, not
            # counting that each row's 5 KB tsvector must be detoasted: for a word in a third
            # of 100,000 articles it chose 1.4 s of sequential scan over a 60 ms GIN bitmap
            # scan. Inside a search, only an index may find the rows.
            # And since that makes every plan look astronomically costly, JIT compilation would
            # kick in and spend ~200 ms compiling a plan that runs in 10.
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)")
            # A GIN match is read as a bitmap of the matching rows. When it outgrows work_mem
            # (4 MB by default: about 60,000 heap pages, a word in a third of 1,000,000 articles)
            # it turns lossy, and every row of a lossy page must be checked against its 5 KB
            # tsvector again: counting "health" there took 54 s with 4 MB and 0.6 s with
            # the bitmap exact. Only this search's statements get the larger budget.
            cursor.execute("SELECT set_config('work_mem', %s, true)", [f"{settings.SEARCH_WORK_MEM_MB}MB"])
        yield


class ResultWindow(Paginator):
    """Pages of a search, browsable up to the SEARCH_RESULT_WINDOW-th result (10,000, as the CSV export).

    The count stays the true one; only the pages past the window are not
    offered, since reaching them costs an OFFSET of the whole match set and
    no reader pages that deep: narrowing the search is the way there.
    """

    @cached_property
    def num_pages(self) -> int:
        window = max(1, settings.SEARCH_RESULT_WINDOW // self.per_page)
        return min(super().num_pages, window)

    @property
    def reachable(self) -> int:
        return min(self.count, self.num_pages * self.per_page)

    @property
    def truncated(self) -> bool:
        return self.count > self.reachable


class _Matches:
    """The matches of a search as the Paginator sees them: a known count, and a page fetched when sliced.

    The count comes from the statistics statement, so the Paginator runs no
    COUNT of its own. So, often, do the page's ids: `first_ids` are the first
    matches in date order, which that statement also read (the page of a
    search by date, or the candidates of a search by relevance). Otherwise a
    slice is one query for the page's ids; then one query loads the articles
    with what the list shows beside them.
    """

    def __init__(self, queryset: QuerySet, count: int, first_ids: list[int] | None = None):
        self.queryset, self._count, self.first_ids = queryset, count, first_ids

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: slice) -> list[Article]:
        offset, stop = index.start or 0, index.stop
        if stop <= offset:
            return []
        if is_ranked(self.queryset):
            ids = ranked_page(self.queryset, self._count, offset, stop - offset, newest=self.first_ids)
        elif self.first_ids is not None and (stop <= len(self.first_ids) or len(self.first_ids) >= self._count):
            ids = self.first_ids[offset:stop]
        else:
            # Ids first, in the queryset's own order: selecting the rows whole would compute
            # the (unused) rank for them too.
            ids = list(self.queryset.values_list("id", flat=True)[offset:stop])
        articles = with_listing_relations(Article.objects.filter(pk__in=ids)).in_bulk() if ids else {}
        return [articles[pk] for pk in ids if pk in articles]


def date_window(queryset: QuerySet, page: str | None, page_size: int) -> tuple[int, bool]:
    """How many matches in date order the statistics should return for this page, and whether oldest first.

    A relevance search wants its ranking candidates; a search by date, the
    matches up to the end of the page asked for, unless that is deep (then the
    page is its own query); any other order, none.
    """
    if is_ranked(queryset):
        return settings.SEARCH_RANK_CANDIDATES, False
    order = tuple(queryset.query.order_by)
    if order not in (("-published_on", "-id"), ("published_on", "id")):
        return 0, False
    try:
        number = max(1, int(page or 1))
    except ValueError:
        number = 1
    first = number * page_size
    return (first if first <= settings.SEARCH_RANK_CANDIDATES else 0), order[0] == "published_on"


def run_search(
    params: QueryDict, *, with_facets: bool = True, with_timeline: bool = False, page_size: int | None = None
) -> SearchResults:
    article_filter = filtered(params)
    page_size = page_size or settings.SEARCH_PAGE_SIZE
    query = ""
    try:
        with bounded_statements():
            queryset = article_filter.qs
            first, oldest_first = date_window(queryset, params.get("page"), page_size)
            stats = search_statistics(
                queryset, expanded=params.get("more"), with_facets=with_facets, first=first, oldest_first=oldest_first
            )
            paginator = ResultWindow(_Matches(queryset, stats.count, stats.first_ids), page_size)
            page = paginator.get_page(params.get("page"))
            query = article_filter.form.cleaned_data.get("q", "") if article_filter.is_bound else ""
            highlight(page.object_list, query)
            results = SearchResults(filter=article_filter, query=query or "", page=page, facets=stats.facets)
            if with_timeline and stats.months:
                results.timeline = build_timeline(stats.months, params)
            results.active = active_filters(article_filter)
    except OperationalError as exc:
        # The statement timeout cancelled it: say so instead of failing.
        logger.warning("Search timed out (%s): %s", str(exc).strip()[:200], params.urlencode()[:500])
        page = Paginator(Article.objects.none(), settings.SEARCH_PAGE_SIZE).get_page(1)
        results = SearchResults(filter=article_filter, query=query or "", page=page, timed_out=True)
    return results


def active_filters(article_filter: ArticleFilter) -> list[ActiveFilter]:
    if not article_filter.is_bound or not article_filter.form.is_valid():
        return []
    data = article_filter.form.cleaned_data
    active = []
    if data.get("q"):
        active.append(ActiveFilter("q", None, f"“{data['q']}”"))
    if data.get("date_from"):
        active.append(ActiveFilter("date_from", None, "from " + format_date(data["date_from"], "j F Y")))
    if data.get("date_to"):
        active.append(ActiveFilter("date_to", None, "to " + format_date(data["date_to"], "j F Y")))
    for country in data.get("country") or []:
        active.append(ActiveFilter("country", country.code, country.name))
    for person in data.get("official") or []:
        active.append(ActiveFilter("official", person.slug, person.name))
    for organisation in data.get("organisation") or []:
        active.append(ActiveFilter("organisation", organisation.slug, organisation.name))
    for source in data.get("source") or []:
        active.append(ActiveFilter("source", source.slug, source.name))
    return active
