"""The reader's pages: home, article, person, organisation, country, indexes, date archive, errors.

Run on both databases. Each page is checked for its key content, its
timeline, its escaping of hostile text, and a number of queries that does not
grow with the archive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from articles.models import (
    Article,
    CountryMention,
    Organisation,
    OrganisationAlias,
    OrganisationMention,
    Person,
    PersonAlias,
    PersonMention,
    Redirect,
    RelatedHeadline,
    ReviewStatus,
    Source,
)
from articles.timeline import build_timeline

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


# Small builders


def source(name: str = "Wire") -> Source:
    return Source.objects.get_or_create(name=name, defaults={"slug": name.lower().replace(" ", "-")})[0]


def person(name: str, official: bool = True, **fields) -> Person:
    return Person.objects.get_or_create(name=name, defaults={"is_official": official, **fields})[0]


def organisation(name: str, **fields) -> Organisation:
    return Organisation.objects.get_or_create(name=name, defaults=fields)[0]


def article(
    title: str, on: dt.date, *, people=(), organisations=(), countries=(), body: str = "Budget talks on security.",
    byline: str = "",
) -> Article:
    n = Article.objects.count() + 1
    item = Article.objects.create(
        title=title, slug=re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50] or "x", published_on=on,
        body=body, byline=byline, source=source(), source_path=f"/x/{n}", content_hash=hashlib.sha256(f"{title}|{on}|{n}".encode()).hexdigest(),
    )
    for entry in people:
        who, title_held, org = (entry + (None, None))[:3] if isinstance(entry, tuple) else (entry, "", None)
        PersonMention.objects.create(article=item, person=who, title=title_held or "", organisation=org)
    for org in organisations:
        OrganisationMention.objects.create(article=item, organisation=org)
    for code in countries:
        CountryMention.objects.create(article=item, country_id=code)
    return item


@pytest.fixture
def archive():
    """Two officials across two years, an organisation, three countries, one related headline."""
    koo = person("Wellington Koo")
    tsai = person("Tsai Ming-yen")
    chen = person("Chen Chun-yu", official=False)
    mnd = organisation("Ministry of National Defense", kind="government", country_id="TW")
    nsb = organisation("National Security Bureau", kind="government", country_id="TW")
    older = article(
        "Koo takes over defence", dt.date(2024, 5, 20),
        people=[(koo, "Secretary-General", nsb)], organisations=[nsb], countries=["TW"],
    )
    middle = article(
        "Koo and Tsai brief lawmakers", dt.date(2025, 3, 4),
        people=[(koo, "Minister of National Defense", mnd), (tsai, "Director-General", nsb), chen],
        organisations=[mnd, nsb], countries=["TW", "CN"],
    )
    newest = article(
        "Taiwan expands intelligence sharing", dt.date(2025, 12, 17),
        people=[(koo, "Minister of National Defense", mnd), (tsai, "Director-General", nsb)],
        organisations=[nsb], countries=["TW", "JP"],
    )
    unrelated = article("Fisheries report", dt.date(2025, 12, 1), countries=["NZ"], body="Fish stocks.")
    RelatedHeadline.objects.create(article=newest, position=1, headline=middle.title, target=middle)
    RelatedHeadline.objects.create(article=newest, position=2, headline="Not archived anywhere")
    return {"koo": koo, "tsai": tsai, "chen": chen, "mnd": mnd, "nsb": nsb,
            "older": older, "middle": middle, "newest": newest, "unrelated": unrelated}


def grow(archive, n: int, start: dt.date = dt.date(2020, 1, 1)) -> None:
    """n more articles, spread over months, each with the same kinds of mentions as the archive's."""
    extra = [person(f"Official {i}") for i in range(3)]
    for i in range(n):
        article(
            f"Grown story {i}", start + dt.timedelta(days=17 * i),
            people=[(archive["koo"], "Minister of National Defense", archive["mnd"]), (archive["tsai"], "Director-General"),
                    extra[i % 3]],
            organisations=[archive["mnd"], archive["nsb"]], countries=["TW", "US"],
        )


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


# Home


def test_home_puts_the_search_box_first_and_shows_size_latest_and_most_mentioned(client, archive):
    html = page(client, "/")
    main = html[html.index('<main'):]
    assert main.index('type="search"') < main.index("Latest articles")
    assert "header-q" not in html  # no second search box before the big one
    assert "<strong>4</strong> articles from" in html
    assert '<time datetime="2024-05-20">20 May 2024</time>' in html
    assert '<time datetime="2025-12-17">17 December 2025</time>' in html
    latest = main[main.index("Latest articles"):]
    assert latest.index("Taiwan expands intelligence sharing") < latest.index("Koo takes over defence")
    # "the last months" count back from the newest article, so an old sample still has them
    officials = html[html.index("Most mentioned officials"):html.index("Most mentioned countries")]
    assert 'href="/people/wellington-koo/"' in officials and 'href="/people/tsai-ming-yen/"' in officials
    assert "Chen Chun-yu" not in officials  # not an official
    countries = html[html.index("Most mentioned countries"):]
    assert 'href="/countries/tw/"' in countries and 'href="/countries/nz/"' in countries


def test_home_of_an_empty_archive(client):
    html = page(client, "/")
    assert "The archive is empty" in html


# Article


def test_article_page_links_officials_with_their_titles_people_organisations_and_countries(client, archive):
    html = page(client, archive["newest"].get_absolute_url())
    officials = html[html.index('id="officials-heading"'):html.index('id="organisations-heading"')]
    assert 'href="/people/wellington-koo/">Wellington Koo</a>' in officials
    assert "Minister of National Defense" in officials
    assert 'href="/organisations/ministry-of-national-defense/">Ministry of National Defense</a>' in officials
    assert 'href="/organisations/national-security-bureau/"' in html
    assert 'href="/countries/jp/"' in html and 'href="/countries/tw/"' in html
    assert '<time datetime="2025-12-17">17 December 2025</time>' in html


def test_article_page_lists_other_people_apart_from_officials(client, archive):
    html = page(client, archive["middle"].get_absolute_url())
    others = html[html.index('id="people-heading"'):html.index('id="organisations-heading"')]
    assert "Chen Chun-yu" in others and "Wellington Koo" not in others


def test_related_headlines_link_where_archived(client, archive):
    html = page(client, archive["newest"].get_absolute_url())
    related = html[html.index('id="related-heading"'):]
    assert f'<a href="{archive["middle"].get_absolute_url()}">Koo and Tsai brief lawmakers</a>' in related
    assert "Not archived anywhere</span>" in related


def test_more_like_this_ranks_by_shared_officials_and_countries_then_newest(client, archive):
    response = client.get(archive["newest"].get_absolute_url())
    titles = [a.title for a in response.context["more_like_this"]]
    assert titles[:2] == ["Koo and Tsai brief lawmakers", "Koo takes over defence"]
    assert "Fisheries report" not in titles


def test_an_article_with_the_wrong_slug_redirects(client, archive):
    response = client.get(f"/articles/{archive['newest'].pk}/wrong/")
    assert response.status_code == 301 and response["Location"] == archive["newest"].get_absolute_url()


# Person


def test_person_page_shows_titles_held_with_first_and_last_dates(client, archive):
    html = page(client, "/people/wellington-koo/")
    titles = html[html.index('id="titles-heading"'):html.index('id="articles-heading"')]
    row = titles[titles.index("Minister of National Defense"):]
    row = row[: row.index("</tr>")]
    assert '<time datetime="2025-03-04">4 March 2025</time>' in row
    assert '<time datetime="2025-12-17">17 December 2025</time>' in row
    assert 'href="/organisations/ministry-of-national-defense/"' in row
    assert "Secretary-General" in titles
    assert titles.index("Minister of National Defense") < titles.index("Secretary-General")  # latest first


def test_person_page_shows_who_appears_with_them_a_scoped_search_and_their_articles(client, archive):
    html = page(client, "/people/wellington-koo/")
    together = html[html.index('id="together-heading"'):]
    assert 'href="/people/tsai-ming-yen/">Tsai Ming-yen</a>' in together
    assert "Chen Chun-yu" not in together  # officials only
    form = html[html.index('class="scoped-search"'):]
    form = form[: form.index("</form>")]
    assert 'action="/search/"' in form and '<input type="hidden" name="official" value="wellington-koo">' in form
    articles = html[html.index('id="articles-heading"'):]
    assert articles.index("Taiwan expands") < articles.index("Koo and Tsai") < articles.index("Koo takes over")


def test_person_page_lists_aliases(client, archive):
    PersonAlias.objects.create(person=archive["koo"], name="Koo Li-hsiung")
    assert "Koo Li-hsiung" in page(client, "/people/wellington-koo/")


def test_person_timeline_is_an_accessible_svg_whose_bars_link_to_that_months_search(client, archive):
    html = page(client, "/people/wellington-koo/")
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
    assert 'href="/search/?official=wellington-koo&amp;date_from=2025-12-01&amp;date_to=2025-12-31"' in svg
    assert 'href="/search/?official=wellington-koo&amp;date_from=2024-05-01&amp;date_to=2024-05-31"' in svg
    table = html[html.index('class="timeline-table"'):]
    assert ">May 2024</a></th><td>1</td>" in table


def test_person_pages_paginate(client, archive, settings):
    settings.SEARCH_PAGE_SIZE = 2
    html = page(client, "/people/wellington-koo/?page=2")
    assert "Page 2 of 2" in html and "Koo takes over defence" in html
    assert page(client, "/people/wellington-koo/?page=99")  # out of range: the last page, not an error


def test_an_unknown_person_is_a_404_in_the_sites_look(client, archive):
    html = page(client, "/people/nobody-at-all/", status=404)
    assert "There is no page at this address" in html and 'class="site-header"' in html
    assert 'href="/people/"' in html and 'rel="canonical"' not in html


def test_slugs_in_capitals_redirect_to_the_lower_case_address(client, archive):
    response = client.get("/people/Wellington-Koo/")
    assert response.status_code == 301 and response["Location"] == "/people/wellington-koo/"
    response = client.get("/organisations/National-Security-Bureau/")
    assert response.status_code == 301 and response["Location"] == "/organisations/national-security-bureau/"


def test_an_old_slug_that_is_now_an_alias_redirects_permanently(client, archive):
    PersonAlias.objects.create(person=archive["koo"], name="Koo Li-hsiung")
    response = client.get("/people/koo-li-hsiung/")
    assert response.status_code == 301 and response["Location"] == "/people/wellington-koo/"
    response = client.get("/people/koo-li-hsiung-2/")  # a duplicate's numbered slug, merged away
    assert response.status_code == 301 and response["Location"] == "/people/wellington-koo/"
    OrganisationAlias.objects.create(organisation=archive["mnd"], name="MND")
    response = client.get("/organisations/mnd/")
    assert response.status_code == 301 and response["Location"] == "/organisations/ministry-of-national-defense/"


def test_a_slug_recorded_at_a_merge_redirects(client, archive):
    Redirect.objects.create(old_slug="w-koo", person=archive["koo"])
    response = client.get("/people/w-koo/")
    assert response.status_code == 301 and response["Location"] == "/people/wellington-koo/"


# Organisation and country


def test_organisation_page_shows_coverage_office_holders_officials_and_articles(client, archive):
    html = page(client, "/organisations/national-security-bureau/")
    assert "<h1>National Security Bureau</h1>" in html and "Government body" in html
    holders = html[html.index('id="holders-heading"'):]
    assert "Tsai Ming-yen" in holders and "Director-General" in holders
    assert 'href="/search/?organisation=national-security-bureau&amp;date_from=2025-12-01&amp;date_to=2025-12-31"' in html
    assert "<strong>3</strong> articles" in html


def test_country_page_shows_coverage_officials_organisations_and_articles(client, archive):
    html = page(client, "/countries/tw/")
    assert "<h1>Taiwan</h1>" in html
    assert 'href="/search/?country=TW&amp;date_from=2025-03-01&amp;date_to=2025-03-31"' in html
    officials = html[html.index('id="officials-heading"'):]
    assert 'href="/people/wellington-koo/">Wellington Koo</a>' in officials
    assert 'href="/countries/cn/"' in html  # often mentioned with
    assert "Fisheries report" not in html


def test_country_codes_in_other_cases_redirect_and_unknown_codes_are_404(client, archive):
    response = client.get("/countries/TW/")
    assert response.status_code == 301 and response["Location"] == "/countries/tw/"
    page(client, "/countries/zz/", status=404)


# Indexes


def test_people_index_lists_officials_first_and_filters_by_country_and_name(client, archive):
    archive["chen"].mentions.create(article=archive["older"], title="")
    html = page(client, "/people/")
    assert html.index("Wellington Koo") < html.index("Other people") < html.index("Chen Chun-yu")
    assert "Minister of National Defense" in html  # the latest title
    by_name = page(client, "/people/?q=tsai")
    assert "Tsai Ming-yen" in by_name and "Wellington Koo" not in by_name
    PersonAlias.objects.create(person=archive["koo"], name="Koo Li-hsiung")
    assert "Wellington Koo" in page(client, "/people/?q=li-hsiung")
    archive["koo"].country_id = "TW"
    archive["koo"].save()
    by_country = page(client, "/people/?country=tw")
    assert "Wellington Koo" in by_country and "Tsai Ming-yen" not in by_country


def test_people_index_hides_rejected_entries(client, archive):
    person("Atomics", status=ReviewStatus.REJECTED)
    assert "Atomics" not in page(client, "/people/")


def test_organisations_index_filters_by_kind_and_name(client, archive):
    organisation("Kuomintang", kind="party")
    html = page(client, "/organisations/?kind=party")
    assert "Kuomintang" in html and "National Security Bureau" not in html
    assert "Ministry of National Defense" in page(client, "/organisations/?q=defense")
    assert page(client, "/organisations/?kind=<script>")  # an unknown kind is ignored


def test_countries_index_counts_articles(client, archive):
    html = page(client, "/countries/")
    taiwan = html[html.index('href="/countries/tw/"'):]
    assert "3 articles" in taiwan[:200]
    assert 'href="/countries/fr/"' not in html  # no articles
    by_name = page(client, "/countries/?sort=name")
    assert by_name.index("China") < by_name.index("Japan") < by_name.index("Taiwan")


def test_date_archive_by_year_and_month(client, archive):
    index = page(client, "/archive/")
    assert 'href="/archive/2025/"' in index and 'href="/archive/2025/12/"' in index
    year = page(client, "/archive/2025/")
    assert 'href="/archive/2025/03/">March</a>' in year and 'href="/archive/2024/"' in year
    month = page(client, "/archive/2025/12/")
    assert "Taiwan expands intelligence sharing" in month and "Fisheries report" in month
    assert "Koo and Tsai" not in month
    assert 'href="/archive/2025/03/"' in month  # the previous month with articles
    for missing in ("/archive/1999/", "/archive/2025/13/", "/archive/2025/01/", "/archive/0000/"):
        page(client, missing, status=404)


# Search page timeline


def test_search_results_have_a_timeline_of_the_whole_filtered_set(client, archive):
    response = client.get("/search/", {"country": "TW", "page": "1", "date_from": "2024-01-01"})
    chart = response.context["timeline"]
    assert chart.total == 3
    html = response.content.decode()
    assert 'href="/search/?country=TW&amp;date_from=2025-03-01&amp;date_to=2025-03-31"' in html  # page and old range dropped


def test_a_search_with_no_results_has_no_timeline(client, archive):
    html = page(client, "/search/?q=nonexistentword")
    assert "<svg" not in html


# Every page: titles, descriptions, canonical addresses, escaping, bounded queries


def page_urls(archive) -> dict[str, str]:
    return {
        "home": "/",
        "search": "/search/?q=security",
        "article": archive["newest"].get_absolute_url(),
        "person": "/people/wellington-koo/",
        "organisation": "/organisations/national-security-bureau/",
        "country": "/countries/tw/",
        "people": "/people/",
        "organisations": "/organisations/",
        "countries": "/countries/",
        "archive": "/archive/",
        "year": "/archive/2025/",
        "month": "/archive/2025/12/",
    }


def test_every_page_has_its_own_title_description_and_canonical_address(client, archive):
    titles = set()
    for name, url in page_urls(archive).items():
        html = page(client, url)
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.strip() and title not in titles, name
        titles.add(title)
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), name
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
        assert canonical.startswith("http://testserver/"), name
        assert '<main id="main"' in html and "<nav" in html and "<footer" in html


def test_canonical_addresses_drop_noise_but_keep_the_page(client, archive):
    html = page(client, "/people/wellington-koo/?utm_source=x&page=1")
    assert '<link rel="canonical" href="http://testserver/people/wellington-koo/">' in html


def test_hostile_text_is_escaped_on_every_page(client, archive):
    bad_person = person(f"Evil {HOSTILE}")
    bad_org = organisation(f"Org {HOSTILE}")
    PersonAlias.objects.create(person=archive["koo"], name=f"Alias {HOSTILE}")
    hostile = article(
        f"Security {HOSTILE}", dt.date(2025, 12, 18),
        people=[(bad_person, f"Title {HOSTILE}", bad_org), (archive["koo"], f"Minister {HOSTILE}")],
        organisations=[bad_org], countries=["TW"], body=f"Security {HOSTILE}\n\nMore {HOSTILE}", byline=HOSTILE,
    )
    RelatedHeadline.objects.create(article=archive["newest"], position=3, headline=f"Headline {HOSTILE}", target=hostile)
    Source.objects.filter(pk=hostile.source_id).update(name=f"Wire {HOSTILE}")
    urls = list(page_urls(archive).values()) + [
        hostile.get_absolute_url(), bad_person.get_absolute_url(), bad_org.get_absolute_url(),
        "/people/?q=" + HOSTILE, "/organisations/?q=" + HOSTILE, "/search/?q=" + HOSTILE,
    ]
    for url in urls:
        html = page(client, url)
        assert "<script>alert" not in html and "<img src=x" not in html, url
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page(client, hostile.get_absolute_url())


def test_an_article_link_to_its_original_is_only_ever_a_web_address(client, archive):
    Article.objects.filter(pk=archive["newest"].pk).update(url="javascript:alert(1)")
    assert "javascript:" not in page(client, archive["newest"].get_absolute_url())
    Article.objects.filter(pk=archive["newest"].pk).update(url="https://example.org/story")
    assert 'href="https://example.org/story"' in page(client, archive["newest"].get_absolute_url())


@pytest.mark.parametrize(
    "name, limit",
    [("home", 8), ("search", 13), ("article", 10), ("person", 10), ("organisation", 10), ("country", 11),
     ("people", 4), ("organisations", 4), ("countries", 2), ("archive", 2), ("year", 6), ("month", 6)],
)
def test_a_page_makes_the_same_few_queries_for_a_small_or_a_larger_archive(client, archive, name, limit):
    url = page_urls(archive)[name]
    client.get(url)  # warm up: content types, session, anything cached per process
    with CaptureQueriesContext(connection) as small:
        page(client, url)
    grow(archive, 45)
    with CaptureQueriesContext(connection) as large:
        page(client, url)
    assert len(small) == len(large), [q["sql"] for q in large.captured_queries]
    assert len(large) <= limit, [q["sql"] for q in large.captured_queries]


def test_the_500_page_renders_without_a_request_or_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "Something went wrong" in html and 'class="site-header"' in html


# The timeline itself


def test_a_timeline_fills_empty_months_and_spans_at_least_a_year():
    chart = build_timeline({dt.date(2025, 12, 1): 3, dt.date(2025, 10, 1): 1}, {"official": "koo"})
    assert [b.label for b in chart.bars][:2] == ["January 2025", "February 2025"]
    assert len(chart.bars) == 12 and chart.total == 4 and chart.peak == 3
    assert chart.bars[-1].href == "/search/?official=koo&date_from=2025-12-01&date_to=2025-12-31"
    assert chart.bars[1].count == 0
    assert "busiest month was December 2025 with 3" in chart.description


def test_a_long_timeline_is_drawn_per_year():
    chart = build_timeline({dt.date(1990, 1, 1): 1, dt.date(2025, 6, 1): 2})
    assert chart.unit == "year" and len(chart.bars) == 36
    assert chart.bars[0].href == "/search/?date_from=1990-01-01&date_to=1990-12-31"


def test_timeline_links_keep_the_pages_filters_but_not_its_page_or_dates():
    from django.http import QueryDict

    chart = build_timeline({dt.date(2025, 1, 1): 1}, QueryDict("q=tax&country=TW&country=JP&page=3&date_from=2020-01-01"))
    assert chart.bars[-1].href == "/search/?q=tax&country=TW&country=JP&date_from=2025-01-01&date_to=2025-01-31"


def test_the_reference_article_page_from_a_real_import(client, reference_file):
    call_command("import_articles", str(reference_file), "--source", "Taipei Wire", verbosity=0)
    html = page(client, Article.objects.get().get_absolute_url())
    officials = html[html.index('id="officials-heading"'):]
    koo = officials[officials.index("Wellington Koo"):]
    assert "Minister of National Defense" in koo[:300]
    person_page = page(client, "/people/wellington-koo/")
    assert "Minister of National Defense" in person_page and 'role="img"' in person_page
