"""The search contract: the same behaviour on SQLite and PostgreSQL."""

import datetime as dt

import pytest
from django.core.management import call_command

from articles.models import Article, Source
from articles.search import highlight
from articles.snippet_window import snippet_window

pytestmark = pytest.mark.django_db


def make_article(title: str, body: str, day: int = 1, source: Source | None = None) -> Article:
    source = source or Source.objects.get_or_create(name="Test", slug="test")[0]
    return Article.objects.create(
        title=title,
        slug="a",
        published_on=dt.date(2025, 1, day),
        body=body,
        source=source,
        source_path=f"/tmp/{title}",
        content_hash=str(hash((title, body))),
    )


@pytest.fixture
def corpus(db):
    return {
        "sanctions": make_article("Sanctions on shipping", "The ministry sanctioned three firms.", 1),
        "defence": make_article("Defence budget rises", "Lawmakers approved new sanctions and a budget.", 2),
        "phrase": make_article("Security talks", "National security leaders met in Taipei.", 3),
        "accents": make_article("Visit to Bogotá", "President Petro greeted the Crème brûlée chef in Bogotá.", 4),
        "markup": make_article("Markup <b>test</b>", "A body with <script>alert(1)</script> and <img src=x onerror=alert(2)> security.", 5),
    }


def titles(qs) -> set[str]:
    return {a.title for a in qs}


def test_stemming_finds_inflected_forms(corpus):
    assert titles(Article.objects.search("sanction")) == {"Sanctions on shipping", "Defence budget rises"}


def test_all_words_must_match(corpus):
    assert titles(Article.objects.search("sanctions budget")) == {"Defence budget rises"}


def test_exact_phrase(corpus):
    assert titles(Article.objects.search('"national security"')) == {"Security talks"}
    assert titles(Article.objects.search('"security national"')) == set()


def test_or_and_exclusion(corpus):
    assert titles(Article.objects.search("shipping OR taipei")) == {"Sanctions on shipping", "Security talks"}
    assert titles(Article.objects.search("sanctions -budget")) == {"Sanctions on shipping"}
    assert "Sanctions on shipping" not in titles(Article.objects.search("-shipping"))


def test_diacritics_are_folded_both_ways(corpus):
    assert titles(Article.objects.search("bogota")) == {"Visit to Bogotá"}
    assert titles(Article.objects.search("crème brulee")) == {"Visit to Bogotá"}


def test_title_matches_rank_above_body_matches(corpus):
    ranked = [a.title for a in Article.objects.search("sanctions").order_by("-search_rank")]
    assert ranked == ["Sanctions on shipping", "Defence budget rises"]


@pytest.mark.parametrize(
    "hostile",
    ['"unbalanced', "<script>alert(1)</script>", "NEAR(a b)", "a:b", "x*", "^y", "'; DROP TABLE articles_article; --", "\x00", "🙂", "AND OR NOT", "x" * 10_000],
)
def test_hostile_queries_never_raise(corpus, hostile):
    list(Article.objects.search(hostile))


def test_snippets_mark_matches_and_escape_everything_else(corpus):
    page = list(Article.objects.search("security").order_by("id"))
    highlight(page, "security")
    markup = next(a for a in page if a.title.startswith("Markup"))
    assert "<mark>security</mark>" in markup.snippet
    assert "<script>" not in markup.snippet and "&lt;script&gt;" in markup.snippet
    assert "<img" not in markup.snippet and "&lt;img" in markup.snippet


def test_a_snippet_marks_a_match_deep_in_a_long_article(corpus):
    filler = [f"Paragraph {i} reports the weather and the harvest in plain words." for i in range(400)]
    body = "\n\n".join(filler[:300] + ["Officials then announced elected councils for the region in Bogotá."] + filler[300:])
    long = make_article("A long transcript", body, 6)
    for q, marked in (("elections", "<mark>elected</mark>"), ("bogota", "<mark>Bogotá</mark>")):
        page = list(Article.objects.search(q).filter(pk=long.pk))
        highlight(page, q)
        assert marked in page[0].snippet
        assert len(page[0].snippet) < 1000


def test_the_snippet_window_holds_the_first_place_of_every_term():
    body = "\n\n".join(["Nothing to see here at all."] * 200 + ["The Vice-President spoke."] + ["Filler text again."] * 200 + ["Trade, said the envoy."])
    window = snippet_window(body, [[("vice", "president")], [("trade",)]], size=2000)
    assert "The Vice-President spoke." in window and "Trade, said the envoy." in window
    assert len(window) < 2500
    assert snippet_window("short body", [[("absent",)]]) == "short body"
    assert "elected councils" in snippet_window("x " * 2000 + "the elected councils", [[("elections",)]], {"elections": "elect"})
    # Accents are ignored, as the database's english_unaccent matches them.
    assert "Petro spoke in Bogotá." in snippet_window("Filler words. " * 200 + "\n\nPetro spoke in Bogotá.", [[("bogota",)]])
    # Either alternative of a group will do; a group the body lacks (it matched the title) gives the lead.
    assert "the envoy" in snippet_window(body, [[("absent",), ("envoy",)]])
    assert snippet_window(body, [[("trade",)], [("absent",)]]).startswith("Nothing to see here")


def test_the_search_page_finds_the_reference_article(client, reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    response = client.get("/search/", {"q": "intelligence"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Taiwan Expands Intelligence Sharing with 45 Countries in 2025" in page
    assert "<mark>intelligence</mark>" in page
    assert '<time datetime="2025-12-17">17 December 2025</time>' in page


@pytest.mark.parametrize("q", ['"unbalanced', "<script>alert(1)</script>"])
def test_the_search_page_escapes_hostile_queries(client, corpus, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_the_article_page_shows_the_body_without_the_footer(client, reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    article = Article.objects.get()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<p>") >= 8
    assert "Taiwan has strengthened its intelligence networks" in page
    assert "Share post" not in page and "Popular" not in page
    assert "Seoul has taken a major step" not in page  # a teaser's lede is not the article


def test_browsing_without_a_query_lists_newest_first(client, corpus):
    response = client.get("/search/")
    listed = [a.title for a in response.context["page"].object_list]
    assert listed[0] == "Markup <b>test</b>" and listed[-1] == "Sanctions on shipping"
