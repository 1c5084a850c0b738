import pytest

from articles.models import Country

pytestmark = pytest.mark.django_db


def test_every_iso_country_is_seeded():
    assert Country.objects.count() == 250  # the 249 of ISO 3166-1 and Kosovo (XK)


@pytest.mark.parametrize(
    "code, name",
    [
        ("TW", "Taiwan"), ("KR", "South Korea"), ("KP", "North Korea"), ("RU", "Russia"), ("IR", "Iran"),
        ("VN", "Vietnam"), ("SY", "Syria"), ("BO", "Bolivia"), ("TZ", "Tanzania"), ("VE", "Venezuela"),
        ("MD", "Moldova"), ("LA", "Laos"), ("CZ", "Czechia"), ("TR", "Türkiye"), ("US", "United States"),
        ("GB", "United Kingdom"), ("JP", "Japan"), ("CN", "China"),
    ],
)
def test_countries_carry_the_name_a_reader_uses(code, name):
    assert Country.objects.get(code=code).name == name


def test_no_country_is_named_with_an_iso_formal_name():
    formal = [c.name for c in Country.objects.all() if "," in c.name or "(" in c.name]
    assert formal == []
    assert not Country.objects.filter(name__in=["Taiwan, Province of China", "Korea, Republic of"]).exists()


@pytest.mark.parametrize(
    "code, alias", [("TR", "Turkey"), ("US", "U.S."), ("GB", "UK"), ("GB", "Britain"), ("CZ", "Czech Republic")]
)
def test_common_aliases_are_seeded(code, alias):
    assert alias in Country.objects.get(code=code).aliases


@pytest.mark.parametrize("code, demonym", [("TW", "Taiwanese"), ("JP", "Japanese"), ("CN", "Chinese"), ("US", "American")])
def test_demonyms_are_seeded(code, demonym):
    assert demonym in Country.objects.get(code=code).demonyms


def test_every_name_alias_and_demonym_points_to_one_country():
    owners: dict[str, set[str]] = {}
    for country in Country.objects.all():
        for term in [country.name, *country.aliases, *country.demonyms]:
            owners.setdefault(term.casefold(), set()).add(country.code)
    shared = {term: codes for term, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_country_urls_use_the_lower_case_code():
    assert Country.objects.get(code="TW").get_absolute_url() == "/countries/tw/"


def test_kosovo_is_a_country_with_its_user_assigned_code():
    from articles.importing.entities import build_gazetteer
    from articles.extraction.extract import extract

    assert Country.objects.get(code="XK").name == "Kosovo"
    found = extract("", ["Kosovo and Serbia met in Brussels; the Kosovar delegation left early."], build_gazetteer())
    assert found.countries["XK"] == 2 and "RS" in found.countries
