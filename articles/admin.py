"""Admin registrations. Issue #6 deepens these into the editors' review tools."""

from django.contrib import admin

from articles.models import (
    Article,
    Country,
    CountryMention,
    ImportFailure,
    ImportRun,
    Organisation,
    OrganisationAlias,
    OrganisationMention,
    Person,
    PersonAlias,
    PersonMention,
    RelatedHeadline,
    Source,
)


class PersonMentionInline(admin.TabularInline):
    model = PersonMention
    extra = 0
    autocomplete_fields = ["person", "organisation", "country"]


class OrganisationMentionInline(admin.TabularInline):
    model = OrganisationMention
    extra = 0
    autocomplete_fields = ["organisation"]


class CountryMentionInline(admin.TabularInline):
    model = CountryMention
    extra = 0
    autocomplete_fields = ["country"]


class RelatedHeadlineInline(admin.TabularInline):
    model = RelatedHeadline
    fk_name = "article"
    extra = 0
    raw_id_fields = ["target"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "source", "import_run"]
    list_filter = ["source", "import_run"]
    search_fields = ["title"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "source_path", "created_at", "updated_at", "import_run"]
    inlines = [PersonMentionInline, OrganisationMentionInline, CountryMentionInline, RelatedHeadlineInline]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "homepage"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "is_official", "status", "country"]
    list_filter = ["status", "is_official"]
    search_fields = ["name", "aliases__name"]
    autocomplete_fields = ["country"]
    inlines = [PersonAliasInline]


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "country", "parent"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "aliases__name"]
    autocomplete_fields = ["country", "parent"]
    inlines = [OrganisationAliasInline]


class ImportFailureInline(admin.TabularInline):
    model = ImportFailure
    extra = 0
    can_delete = False
    readonly_fields = ["path", "error"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "started_by", "imported", "updated", "unchanged", "duplicates", "failed"]
    list_filter = ["status"]
    inlines = [ImportFailureInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
