"""Articles as plain records, the shape `export_articles` and the JSON API share (see DESIGN.md)."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from articles.models import Article, CountryMention, OrganisationMention, PersonMention


def with_export_relations(queryset: QuerySet) -> QuerySet:
    """Everything article_record() reads, in a fixed number of queries per batch."""
    return queryset.select_related("source").prefetch_related(
        Prefetch(
            "person_mentions",
            queryset=PersonMention.objects.select_related("person", "organisation").order_by("-count", "person__name"),
        ),
        Prefetch("organisation_mentions", queryset=OrganisationMention.objects.select_related("organisation").order_by("-count")),
        Prefetch("country_mentions", queryset=CountryMention.objects.select_related("country").order_by("-count")),
        "related_headlines",
    )


def article_record(article: Article) -> dict:
    mentions = list(article.person_mentions.all())
    return {
        "id": article.pk,
        "title": article.title,
        "published_on": article.published_on.isoformat(),
        "source": article.source.name,
        "byline": article.byline,
        "body": article.paragraphs,
        "related_headlines": [r.headline for r in article.related_headlines.all()],
        "officials": [
            {
                "name": m.person.name,
                "slug": m.person.slug,
                "title": m.title,
                "organisation": m.organisation.name if m.organisation else None,
                "country": m.country_id,
            }
            for m in mentions
            if m.person.is_official
        ],
        "people": [{"name": m.person.name, "slug": m.person.slug} for m in mentions if not m.person.is_official],
        "organisations": [
            {"name": m.organisation.name, "slug": m.organisation.slug} for m in article.organisation_mentions.all()
        ],
        "countries": [{"code": m.country.code, "name": m.country.name} for m in article.country_mentions.all()],
    }
