"""Seed Kosovo (XK, settings.COUNTRIES_OVERRIDE) into archives created before it was known; the others are refreshed,
editors' extra aliases kept."""

from django.db import migrations


def seed(apps, schema_editor):
    from articles.countries import seed_countries

    seed_countries(apps.get_model("articles", "Country"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_search_window")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
