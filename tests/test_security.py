"""Article and reader text is escaped wherever it is shown: pages, feed, CSV, admin, API."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from articles.importing.parse import parse_text
from articles.models import Article, Person, PersonMention, Source

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = '<script>alert("t")</script> <img src=x onerror=alert(1)>'
HOSTILE_BODY = 'Quoted markup: <script>alert("b")</script> and <a href="javascript:alert(2)">link</a> security.'


@pytest.fixture
def hostile():
    source = Source.objects.create(name='<b onmouseover="x">Wire</b>', slug="wire")
    article = Article.objects.create(
        title=HOSTILE_TITLE, slug="hostile", published_on=dt.date(2025, 1, 2), body=HOSTILE_BODY,
        byline='<svg onload="alert(3)">', source=source, source_path="/h", content_hash="h",
        url="https://example.org/a",
    )
    person = Person.objects.create(name='<script>alert("p")</script>', slug="p", is_official=True)
    PersonMention.objects.create(article=article, person=person, title="<i>Minister</i>")
    return article


# Markup only a browser would act on; the same words escaped ("&lt;img ... onerror=") are harmless text.
RAW = ("<script>alert(", "<img src=x", "<svg onload", "<b onmouseover", 'href="javascript:', "<i>Minister")


def assert_escaped(text: str) -> None:
    for raw in RAW:
        assert raw not in text, raw


def test_pages_show_hostile_text_as_text(client, hostile):
    for url in ["/", "/search/", "/search/?q=security", hostile.get_absolute_url(), "/people/p/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert_escaped(page)
    assert "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;" in client.get(hostile.get_absolute_url()).content.decode()


def test_feed_api_and_csv_escape_it_too(client, hostile):
    feed = client.get("/search/feed/").content.decode()
    assert "<script>" not in feed and "&lt;script&gt;" in feed
    api = client.get("/api/search/", {"q": "security"}).json()
    assert "<mark>security</mark>" in api["results"][0]["snippet"]
    assert "<script>" not in api["results"][0]["snippet"]
    import csv
    import io

    rows = list(csv.reader(io.StringIO(b"".join(client.get("/search/export.csv").streaming_content).decode())))
    assert rows[1][2] == HOSTILE_TITLE  # CSV is data, not markup: kept exactly, for the spreadsheet to show
    response = client.get("/search/export.csv")
    assert response["Content-Type"].startswith("text/csv")


def test_the_admin_escapes_it(client, hostile):
    admin = User.objects.create_superuser("admin", password="a-long-admin-password")
    client.force_login(admin)
    for url in ["/admin/articles/article/", f"/admin/articles/article/{hostile.pk}/change/", "/admin/articles/person/"]:
        page = client.get(url).content.decode()
        assert "<script>alert(" not in page and "<svg onload" not in page, url


def test_a_javascript_url_in_a_file_is_not_kept():
    article = parse_text("Title: T\nDate: 2025-01-02\nURL: javascript:alert(1)\n\nBody.\n")
    assert article.url == ""
    article = parse_text("Title: T\nDate: 2025-01-02\nURL: https://example.org/x\n\nBody.\n")
    assert article.url == "https://example.org/x"


def test_security_headers(client, hostile):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_page_outside_the_public_ones_without_log_in(client):
    call_command("import_articles", "samples/reference", verbosity=0)
    assert client.post("/search/", {"q": "x"}).status_code in (403, 405)
    assert client.get("/admin/articles/article/").status_code == 302
