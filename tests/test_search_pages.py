"""The search page, JSON API, Atom feed and CSV export: one search, four outputs, on both databases."""

import csv
import datetime as dt
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Country, CountryMention, Person, PersonAlias, PersonMention, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference(reference_file):
    call_command("import_articles", str(reference_file), "--source", "Taipei Wire", verbosity=0)
    return Article.objects.get()


def make_articles(n: int, start: int = 0, body: str = "Budget talks on security continued.") -> list[Article]:
    source, _ = Source.objects.get_or_create(name="Wire", slug="wire")
    person, _ = Person.objects.get_or_create(name="Lai Ching-te", slug="lai-ching-te", defaults={"is_official": True})
    articles = []
    for i in range(start, start + n):
        article = Article.objects.create(
            title=f"Story {i}", slug=f"story-{i}", published_on=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            body=body, source=source, source_path=f"/x/{i}", content_hash=f"h{i}",
        )
        CountryMention.objects.create(article=article, country_id="TW")
        PersonMention.objects.create(article=article, person=person, title="President")
        articles.append(article)
    return articles


def test_the_api_counts_facets_of_the_reference_article(client, reference):
    data = client.get("/api/search/", {"q": "intelligence"}).json()
    assert data["count"] == 1 and data["page"] == 1 and data["num_pages"] == 1
    assert {c["code"] for c in data["facets"]["countries"]} == {"TW", "CN", "JP"}
    assert {o["slug"] for o in data["facets"]["officials"]} >= {"tsai-ming-yen", "wellington-koo"}
    assert data["facets"]["years"] == [{"year": 2025, "count": 1}]
    result = data["results"][0]
    assert result["title"] == reference.title and "<mark>intelligence</mark>" in result["snippet"]
    assert {"code": "TW", "name": "Taiwan"} in result["countries"]


def test_the_api_gives_a_clear_error_for_a_bad_date(client, reference):
    response = client.get("/api/search/", {"q": "intelligence", "date_from": "yesterday"})
    assert response.status_code == 400
    assert "date_from" in response.json()["errors"]


def test_a_facet_link_adds_its_filter_and_an_active_filter_can_be_removed(client, reference):
    page = client.get("/search/", {"q": "intelligence"}).content.decode()
    assert 'href="?q=intelligence&amp;country=TW"' in page
    page = client.get("/search/", {"q": "intelligence", "country": "TW"}).content.decode()
    assert 'aria-label="Remove filter Taiwan"' in page
    assert 'href="?q=intelligence" aria-label="Remove filter Taiwan"' in page


def test_an_invalid_date_is_a_form_error_not_a_500(client, reference):
    response = client.get("/search/", {"q": "intelligence", "date_from": "2025-13-45"})
    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()


def test_date_range_is_inclusive(client):
    make_articles(5)  # 1 to 5 January 2024
    response = client.get("/search/", {"date_from": "2024-01-02", "date_to": "2024-01-04"})
    assert [a.title for a in response.context["page"].object_list] == ["Story 3", "Story 2", "Story 1"]


def test_several_values_of_one_filter_mean_any(client, reference):
    make_articles(2)
    both = client.get("/api/search/", [("country", "JP"), ("country", "tw")]).json()  # list of pairs
    assert both["count"] == 3


def test_sorting(client):
    make_articles(3)
    oldest = client.get("/api/search/", {"q": "budget", "sort": "oldest"}).json()
    assert [r["title"] for r in oldest["results"]] == ["Story 0", "Story 1", "Story 2"]
    newest = client.get("/api/search/", {"q": "budget", "sort": "newest"}).json()
    assert [r["title"] for r in newest["results"]] == ["Story 2", "Story 1", "Story 0"]


def test_an_alias_an_editor_added_finds_the_persons_articles(client, reference):
    tsai = Person.objects.get(slug="tsai-ming-yen")
    PersonAlias.objects.create(person=tsai, name="NSB chief Tsai")
    data = client.get("/api/search/", {"q": "NSB chief Tsai"}).json()
    assert [r["title"] for r in data["results"]] == [reference.title]


def test_a_results_page_makes_the_same_number_of_queries_for_5_or_20_results(client):
    make_articles(5)
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "budget"})
    make_articles(20, start=5)
    with CaptureQueriesContext(connection) as many:
        client.get("/search/", {"q": "budget"})
    assert len(few) == len(many)
    # 9 for the search, 3 for PostgreSQL's statement timeout, 1 for the timeline of the results
    # (PostgreSQL adds one to stem the query's words when a body is longer than the snippet window)
    assert len(many) <= 13, [q["sql"] for q in many.captured_queries]


def test_pages_of_twenty_and_out_of_range_pages(client):
    make_articles(25)
    first = client.get("/api/search/", {"q": "budget"}).json()
    assert (first["count"], first["num_pages"], len(first["results"])) == (25, 2, 20)
    for page in ("999999999999", "abc", "-1"):
        assert client.get("/search/", {"q": "budget", "page": page}).status_code == 200


def test_the_atom_feed_follows_the_same_search(client, reference):
    make_articles(2)
    response = client.get("/search/feed/", {"q": "intelligence"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    assert feed.count("<entry>") == 1 and reference.title in feed


def test_the_csv_export_neutralises_formulas(client):
    source = Source.objects.create(name="=HYPERLINK(\"http://evil\")", slug="evil")
    Article.objects.create(
        title="=HYPERLINK(\"http://evil\",\"click\")", slug="x", published_on=dt.date(2025, 1, 1), body="budget",
        source=source, source_path="/x", content_hash="x",
    )
    response = client.get("/search/export.csv", {"q": "budget"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["id", "published_on", "title", "source"]
    assert rows[1][2].startswith("'=HYPERLINK") and rows[1][3].startswith("'=")


def test_no_searchable_words_lists_the_archive_with_a_notice(client, reference):
    response = client.get("/search/", {"q": "🙂 !!! ***"})
    assert response.status_code == 200
    assert "no words to search for" in response.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_stopped_by_the_statement_timeout_says_so_on_every_output(client, settings, reference_file, vendor):
    """Another session holds the articles table; the search gives up after the timeout and says so."""
    if vendor != "postgresql":
        pytest.skip("the statement timeout is PostgreSQL's; SQLite bounds a query by its term cap")
    import psycopg

    from tests.conftest import database_url

    call_command("import_articles", str(reference_file), "--source", "Taipei Wire", verbosity=0)
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 2000
    with psycopg.connect(database_url()) as other:
        other.execute("LOCK TABLE articles_article IN ACCESS EXCLUSIVE MODE")
        stopped = client.get("/api/search/", {"q": "Koo"})
        page = client.get("/search/", {"q": "Koo"})
    assert stopped.status_code == 200
    assert stopped.json()["timed_out"] is True and stopped.json()["count"] == 0
    assert page.status_code == 200 and "took too long and was stopped" in page.content.decode()
    # Once the lock is gone the same search finds the article, and says it was not stopped.
    again = client.get("/api/search/", {"q": "Koo"}).json()
    assert again["timed_out"] is False and again["count"] == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_runs_with_its_own_work_mem_and_leaves_the_connection_as_it_was(settings, vendor):
    """A broad word's match bitmap must stay exact (articles/results.py); other statements keep the server's budget."""
    if vendor != "postgresql":
        pytest.skip("work_mem is PostgreSQL's")
    from django.db import connection

    from articles.results import bounded_statements

    def work_mem():
        with connection.cursor() as cursor:
            cursor.execute("SHOW work_mem")
            return cursor.fetchone()[0]

    before = work_mem()
    settings.SEARCH_WORK_MEM_MB = 48
    with bounded_statements():
        assert work_mem() == "48MB"
    assert work_mem() == before != "48MB"


def _titles(params: str, page_size: int) -> list[str]:
    from django.http import QueryDict

    from articles.results import run_search

    titles, number = [], 1
    while True:
        page = run_search(QueryDict(f"{params}&page={number}"), page_size=page_size).page
        titles += [a.title for a in page.object_list]
        if not page.has_next():
            return titles
        number += 1


def test_relevance_ranks_the_newest_candidates_then_lists_older_matches_newest_first(settings):
    """Older articles say "budget" more often; with 3 candidates only the newest 3 are scored."""
    filler = " ".join(["talks", "continued", "late", "into", "the", "night"] * 5)
    for i in range(6):
        make_articles(1, start=i, body=("budget " * (6 - i)) + filler)
    settings.SEARCH_RANK_CANDIDATES = 100
    assert _titles("q=budget", 4) == [f"Story {i}" for i in (0, 1, 2, 3, 4, 5)]
    settings.SEARCH_RANK_CANDIDATES = 3
    # Page 1 straddles the candidates: three ranked, then the newest of the rest; page 2 the older ones.
    assert _titles("q=budget", 4) == [f"Story {i}" for i in (3, 4, 5, 2, 1, 0)]
    # Newest first is untouched by the candidate limit.
    assert _titles("q=budget&sort=newest", 4) == [f"Story {i}" for i in (5, 4, 3, 2, 1, 0)]


@pytest.mark.parametrize("params", ["q=budget&sort=newest", "q=budget&sort=oldest", "country=TW", "country=TW&sort=oldest"])
def test_pages_by_date_from_the_statistics_pass_and_from_their_own_query_agree(settings, params):
    """Pages up to SEARCH_RANK_CANDIDATES results come from the statistics statement; deeper pages query."""
    make_articles(5)
    make_articles(4, start=5, body="Budget talks on security continued late.")
    Article.objects.filter(title__in=["Story 2", "Story 3", "Story 7"]).update(published_on=dt.date(2024, 1, 3))
    oldest = "oldest" in params
    expected = [a.title for a in Article.objects.order_by(*(("published_on", "id") if oldest else ("-published_on", "-id")))]
    settings.SEARCH_RANK_CANDIDATES = 4  # pages 1-2 of two come from the window, pages 3-5 from their own query
    from django.http import QueryDict

    from articles.results import run_search

    for number, from_window in ((2, True), (3, False)):
        with CaptureQueriesContext(connection) as queries:
            page = run_search(QueryDict(f"{params}&page={number}"), page_size=2).page
        assert [a.title for a in page.object_list] == expected[2 * number - 2 : 2 * number]
        own_query = [q for q in queries.captured_queries if re.match(r'SELECT "articles_article"\."id"( AS "id")? FROM', q["sql"])]
        assert bool(own_query) is not from_window
    assert _titles(params, 2) == expected
    settings.SEARCH_RANK_CANDIDATES = 100  # every page from the window
    assert _titles(params, 2) == expected
    assert _titles(params, 4) == expected


def test_a_ranked_search_with_filters_ranks_only_what_the_filters_keep():
    filler = " ".join(["talks", "continued"] * 10)
    for i in range(4):
        make_articles(1, start=i, body=("budget " * (4 - i)) + filler)
    # Dates are 2024-01-01 + i: from the 2nd on leaves Story 1..3, the best of which is Story 1.
    assert _titles("q=budget&date_from=2024-01-02", 10) == ["Story 1", "Story 2", "Story 3"]


def test_result_pages_stop_at_the_window_but_the_count_stays_true(client, settings):
    settings.SEARCH_RESULT_WINDOW = 4
    settings.SEARCH_PAGE_SIZE = 2
    make_articles(7)
    data = client.get("/api/search/", {"q": "budget", "page": "9"}).json()
    assert data["count"] == 7 and data["num_pages"] == 2 and data["page"] == 2
    html = client.get("/search/", {"q": "budget", "page": "2"}).content.decode()
    assert "first 4 of 7 results" in html


def test_facets_of_a_large_result_set_are_estimated_from_a_sample_and_say_so(client, settings):
    articles = make_articles(12)
    exact = client.get("/api/search/", {"q": "budget"}).json()
    assert exact["facets_approximate"] is False
    assert exact["facets"]["countries"] == [{"code": "TW", "name": "Taiwan", "count": 12}]
    settings.SEARCH_FACET_SAMPLE = 5  # 12 matches: every 3rd id is counted, times 3
    sampled = client.get("/api/search/", {"q": "budget"}).json()
    assert sampled["facets_approximate"] is True
    expected = 3 * sum(1 for a in articles if a.pk % 3 == 0)
    assert sampled["facets"]["countries"] == [{"code": "TW", "name": "Taiwan", "count": expected}]
    # The count and the years stay exact.
    assert sampled["count"] == 12 and sum(y["count"] for y in sampled["facets"]["years"]) == 12
    assert "≈" in client.get("/search/", {"q": "budget"}).content.decode()
