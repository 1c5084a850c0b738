"""The editors' admin: review what the importer found, correct it, merge duplicates, re-run extraction."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.db.models import Count, Exists, OuterRef, Subquery
from django.template.response import TemplateResponse

from articles import curation
from articles.importing.reextract import reextract
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
    Redirect,
    RelatedHeadline,
    ReviewStatus,
    Source,
)


def _log(request, obj, message: str) -> None:
    """Record an action in the object's admin history, with who did it."""
    LogEntry.objects.log_actions(
        user_id=request.user.pk, queryset=[obj], action_flag=CHANGE, change_message=message, single_object=True
    )


# Articles -----------------------------------------------------------------------


class PersonMentionInline(admin.TabularInline):
    model = PersonMention
    extra = 0
    autocomplete_fields = ["person", "organisation", "country"]
    fields = ["person", "title", "organisation", "country", "count", "confirmed"]


class OrganisationMentionInline(admin.TabularInline):
    model = OrganisationMention
    extra = 0
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "count", "confirmed"]


class CountryMentionInline(admin.TabularInline):
    model = CountryMention
    extra = 0
    autocomplete_fields = ["country"]
    fields = ["country", "count", "confirmed"]


class RelatedHeadlineInline(admin.TabularInline):
    model = RelatedHeadline
    fk_name = "article"
    extra = 0
    raw_id_fields = ["target"]


class HasOfficialsFilter(admin.SimpleListFilter):
    title = "has officials"
    parameter_name = "has_officials"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        officials = PersonMention.objects.filter(article=OuterRef("pk"), person__is_official=True)
        if self.value() == "yes":
            return queryset.filter(Exists(officials))
        if self.value() == "no":
            return queryset.exclude(Exists(officials))
        return queryset


class CountryFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = CountryMention.objects.values("country").annotate(n=Count("id")).order_by("-n")[:30]
        names = dict(Country.objects.filter(code__in=[c["country"] for c in codes]).values_list("code", "name"))
        return [(c["country"], names.get(c["country"], c["country"])) for c in codes]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(country_mentions__country_id=self.value())
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "source", "import_run"]
    list_filter = ["source", CountryFilter, HasOfficialsFilter, "import_run"]
    list_select_related = ["source", "import_run"]
    search_fields = ["title", "byline"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "source_path", "created_at", "updated_at", "import_run"]
    inlines = [PersonMentionInline, OrganisationMentionInline, CountryMentionInline, RelatedHeadlineInline]
    actions = ["run_extraction_again"]

    @admin.action(description="Run extraction again for the selected articles (confirmed links are kept)")
    def run_extraction_again(self, request, queryset):
        summary = reextract(queryset)
        for article in queryset:
            _log(request, article, "Re-ran entity extraction.")
        self.message_user(request, f"Re-extracted {summary.articles} articles; links changed in {summary.changed}.")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "homepage"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


# People and organisations: the review queue ----------------------------------------


class EntityAdmin(admin.ModelAdmin):
    """Shared review tools: article counts, a sample sentence, confirm / reject, merge, re-extract."""

    mention_model: type
    alias_fields: tuple[str, str]
    search_fields = ["name", "aliases__name"]
    list_filter = ["status"]
    list_per_page = 50
    actions = ["confirm", "reject", "merge", "reextract_for_names"]

    def get_queryset(self, request):
        mentions = self.mention_model.objects.filter(**{self.alias_fields[1]: OuterRef("pk")})
        return (
            super()
            .get_queryset(request)
            .select_related("country")
            .annotate(
                article_count=Count("mentions", distinct=True),
                sample_body=Subquery(mentions.order_by("-article__published_on").values("article__body")[:1]),
            )
        )

    @admin.display(description="articles", ordering="article_count")
    def articles(self, obj):
        return obj.article_count

    @admin.display(description="sample sentence")
    def sample(self, obj):
        return curation.sample_sentence(getattr(obj, "sample_body", ""), obj.name)

    @admin.action(description="Confirm selected")
    def confirm(self, request, queryset):
        self._status(request, queryset, ReviewStatus.CONFIRMED)

    @admin.action(description="Reject selected (later imports will not create them again)")
    def reject(self, request, queryset):
        self._status(request, queryset, ReviewStatus.REJECTED)

    def _status(self, request, queryset, status):
        entities = list(queryset)
        curation.set_status(queryset, status)
        for entity in entities:
            _log(request, entity, f"Marked {ReviewStatus(status).label.lower()}.")
        self.message_user(request, f"{len(entities)} marked {ReviewStatus(status).label.lower()}.")

    @admin.action(description="Merge selected into one")
    def merge(self, request, queryset):
        entities = list(queryset.order_by("-article_count", "name"))
        if len(entities) < 2:
            self.message_user(request, "Choose at least two to merge.", messages.WARNING)
            return None
        if request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "admin/articles/merge_confirmation.html",
                {**self.admin_site.each_context(request), "opts": self.model._meta, "entities": entities,
                 "action": "merge", "title": f"Merge {self.model._meta.verbose_name_plural}"},
            )
        survivor = next((e for e in entities if str(e.pk) == request.POST.get("survivor")), entities[0])
        others = [e for e in entities if e.pk != survivor.pk]
        result = self.merge_function(survivor, others)
        _log(request, survivor, f"Merged {', '.join(result.merged)} into this; {result.mentions_moved} mentions moved.")
        self.message_user(request, f"Merged {len(others)} into {survivor.name}; {result.mentions_moved} mentions moved.")
        return None

    @admin.action(description="Find the selected names and aliases again in all articles")
    def reextract_for_names(self, request, queryset):
        names = []
        for entity in queryset.prefetch_related("aliases"):
            names += [entity.name, *(a.name for a in entity.aliases.all())]
        summary = curation.reextract_for_names(names)
        self.message_user(request, f"Searched {summary.articles} articles naming them; links changed in {summary.changed}.")


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    mention_model = PersonMention
    alias_fields = ("aliases", "person")
    list_display = ["name", "is_official", "status", "country", "articles", "sample"]
    list_filter = ["status", "is_official", "country"]
    autocomplete_fields = ["country"]
    fields = ["name", "slug", "status", "is_official", "official_locked", "country", "notes"]
    inlines = [PersonAliasInline]
    actions = [*EntityAdmin.actions, "mark_official", "mark_not_official"]
    merge_function = staticmethod(curation.merge_people)

    @admin.action(description="Mark selected as officials")
    def mark_official(self, request, queryset):
        self._official(request, queryset, True)

    @admin.action(description="Mark selected as not officials")
    def mark_not_official(self, request, queryset):
        self._official(request, queryset, False)

    def _official(self, request, queryset, official: bool):
        people = list(queryset)
        curation.set_official(queryset, official)
        for person in people:
            _log(request, person, "Marked an official." if official else "Marked not an official.")
        self.message_user(request, f"{len(people)} marked {'official' if official else 'not official'}.")

    def save_model(self, request, obj, form, change):
        if "is_official" in form.changed_data:
            obj.official_locked = True
        super().save_model(request, obj, form, change)


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(EntityAdmin):
    mention_model = OrganisationMention
    alias_fields = ("aliases", "organisation")
    list_display = ["name", "kind", "status", "country", "parent", "articles", "sample"]
    list_filter = ["status", "kind", "country"]
    autocomplete_fields = ["country", "parent"]
    inlines = [OrganisationAliasInline]
    merge_function = staticmethod(curation.merge_organisations)


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "person", "organisation", "created_at"]
    search_fields = ["old_slug"]
    readonly_fields = ["old_slug", "person", "organisation", "created_at"]


# Import runs: read-only ---------------------------------------------------------------


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

    def has_delete_permission(self, request, obj=None):
        return False
