"""The Editors group: may curate articles and entities, may not manage users or groups."""

from django.db import migrations

EDITOR_MODELS = {
    "article": ("view", "add", "change", "delete"),
    "relatedheadline": ("view", "add", "change", "delete"),
    "person": ("view", "add", "change", "delete"),
    "personalias": ("view", "add", "change", "delete"),
    "personmention": ("view", "add", "change", "delete"),
    "organisation": ("view", "add", "change", "delete"),
    "organisationalias": ("view", "add", "change", "delete"),
    "organisationmention": ("view", "add", "change", "delete"),
    "countrymention": ("view", "add", "change", "delete"),
    "country": ("view", "change"),
    "source": ("view", "add", "change"),
    "redirect": ("view",),
    "importrun": ("view",),
    "importfailure": ("view",),
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this group needs them now.
    # The migration's app stub has no models module, which create_permissions checks for.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = [f"{action}_{model}" for model, actions in EDITOR_MODELS.items() for action in actions]
    group.permissions.set(Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_curation"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_group, remove_group)]
