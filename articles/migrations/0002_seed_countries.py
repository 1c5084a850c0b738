"""Seed every ISO 3166-1 country under the name a reader uses, with aliases and demonyms."""

from django.db import migrations


def seed(apps, schema_editor):
    from articles.countries import seed_countries

    seed_countries(apps.get_model("articles", "Country"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
