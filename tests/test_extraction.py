"""Entity extraction on the reference file, in plain Python and through the importer."""

import pytest
from django.core.management import call_command
from django_countries import countries

from articles.extraction.extract import extract
from articles.extraction.gazetteer import Gazetteer
from articles.importing.parse import parse_file
from articles.models import Article


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_seed({code: str(name) for code, name in countries.countries.items()})


@pytest.fixture
def entities(reference_file, gazetteer):
    parsed = parse_file(reference_file, max_bytes=10**7)
    return extract(parsed.title, parsed.paragraphs, gazetteer)


def test_it_finds_the_four_officials_with_their_offices(entities):
    officials = {(p.name, p.title, p.organisation, p.country) for p in entities.officials}
    assert officials == {
        ("Tsai Ming-yen", "Director-General", "National Security Bureau", ""),
        ("Wellington Koo", "Minister of National Defense", "", ""),
        ("Chen Chun-yu", "Legislator", "Democratic Progressive Party", ""),
        ("Shigeru Iwasaki", "former military leader", "", "JP"),
    }


def test_short_references_count_for_the_person_already_found(entities):
    tsai = next(p for p in entities.people if p.name == "Tsai Ming-yen")
    assert tsai.count == 5  # the full name once, then "Tsai" four times
    assert not any(p.name == "Tsai" for p in entities.people)


def test_countries_come_from_the_article_not_the_teasers(entities):
    assert set(entities.countries) == {"TW", "CN", "JP"}
    assert entities.countries["TW"] > entities.countries["CN"]


def test_nobody_from_the_teasers_is_found(entities):
    names = {p.name for p in entities.people}
    assert not names & {"Xi", "Park Eun Bin"}


def test_it_finds_the_organisations_without_possessives(entities):
    names = {o.name for o in entities.organisations}
    assert {"National Security Bureau", "Legislative Yuan", "Democratic Progressive Party",
            "Foreign Affairs and National Defense Committee"} <= names
    assert not any("’s" in n or n.startswith("the ") for n in names)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Chad Wolf visited Georgia and New Mexico.", set(), {"TD", "GE", "MX"}),
        ("Officials in Tbilisi said Georgia will join.", {"GE"}, set()),
        ("Leaders from Latin America met U.S. officials.", {"US"}, set()),
        ("Japanese and South Korean ministers met in Seoul.", {"JP", "KR"}, set()),
    ],
)
def test_ambiguous_country_words_need_evidence(gazetteer, text, present, absent):
    found = set(extract("", [text], gazetteer).countries)
    assert present <= found and not (absent & found)


@pytest.mark.django_db
def test_the_importer_links_officials_countries_and_organisations(client, reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    article = Article.objects.get()
    assert {m.person.name: m.title for m in article.person_mentions.select_related("person")} == {
        "Tsai Ming-yen": "Director-General",
        "Wellington Koo": "Minister of National Defense",
        "Chen Chun-yu": "Legislator",
        "Shigeru Iwasaki": "former military leader",
    }
    assert set(article.countries.values_list("code", flat=True)) == {"TW", "CN", "JP"}
    response = client.get("/search/", {"q": "intelligence", "country": "tw", "official": "tsai-ming-yen"})
    assert [a.title for a in response.context["page"].object_list] == [article.title]
    assert "<mark>intelligence</mark>" in response.content.decode()
    response = client.get("/search/", {"q": "intelligence", "country": "MN"})
    assert list(response.context["page"].object_list) == []


@pytest.mark.django_db
def test_reimporting_keeps_links_an_editor_confirmed(reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    article = Article.objects.get()
    mention = article.country_mentions.get(country_id="JP")
    mention.confirmed = True
    mention.count = 99
    mention.save()
    from articles.importing.entities import build_gazetteer, link_entities
    from articles.importing.parse import parse_file as parse

    parsed = parse(reference_file, max_bytes=10**7)
    link_entities(article, extract(parsed.title, parsed.paragraphs, build_gazetteer()))
    assert article.country_mentions.get(country_id="JP").count == 99
    assert article.country_mentions.count() == 3
