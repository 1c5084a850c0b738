"""The search form as a django-filter FilterSet: the full-text query plus its narrowing filters.

Several values of one filter mean any of them; different filters all apply.
Entity filters use `pk IN (subquery)` rather than joins, so an article that
mentions two of the chosen countries is still listed once, without DISTINCT.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import F, QuerySet

from articles.models import (
    Article,
    Country,
    CountryMention,
    Organisation,
    OrganisationMention,
    Person,
    PersonMention,
    Source,
)

SORT_CHOICES = [("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first")]


class CountryCodeField(forms.ModelMultipleChoiceField):
    """Country codes in any case: ?country=tw and ?country=TW are the same filter."""

    def clean(self, value):
        if value:
            value = [str(v).upper() for v in value]
        return super().clean(value)


class CountryFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = CountryCodeField


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Search", max_length=1000)
    date_from = django_filters.DateFilter(
        field_name="published_on", lookup_expr="gte", label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        field_name="published_on", lookup_expr="lte", label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    country = CountryFilter(
        to_field_name="code", queryset=Country.objects.all(), method="filter_country", label="Country"
    )
    official = django_filters.ModelMultipleChoiceFilter(
        to_field_name="slug", queryset=Person.objects.all(), method="filter_person", label="Official or person"
    )
    organisation = django_filters.ModelMultipleChoiceFilter(
        to_field_name="slug", queryset=Organisation.objects.all(), method="filter_organisation", label="Organisation"
    )
    source = django_filters.ModelMultipleChoiceFilter(
        field_name="source", to_field_name="slug", queryset=Source.objects.all()
    )
    sort = django_filters.ChoiceFilter(method="filter_sort", choices=SORT_CHOICES, label="Sort")

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value)

    # An empty selection arrives as an empty QuerySet, which django-filter
    # does not count as "no value"; each method checks for itself.
    def filter_country(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _mentioning(queryset, CountryMention.objects.filter(country__in=value), value)

    def filter_person(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _mentioning(queryset, PersonMention.objects.filter(person__in=value), value)

    def filter_organisation(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return _mentioning(queryset, OrganisationMention.objects.filter(organisation__in=value), value)

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # ordering is applied in filter_queryset, once every filter has run

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        if not self.form.is_valid():
            # An unknown slug or a bad date asks for something that cannot
            # match; say so on the form and show nothing rather than everything.
            return queryset.none()
        queryset = super().filter_queryset(queryset)
        sort = self.form.cleaned_data.get("sort")
        has_rank = "search_rank" in queryset.query.annotations
        if sort == "oldest":
            return queryset.order_by("published_on", "id")
        if sort == "newest" or not has_rank:
            return queryset.order_by("-published_on", "-id")
        return queryset.order_by(F("search_rank").desc(), "-published_on", "-id")


def _mentioning(queryset: QuerySet, mentions: QuerySet, chosen) -> QuerySet:
    if not chosen:
        return queryset
    return queryset.filter(pk__in=mentions.values("article_id"))
