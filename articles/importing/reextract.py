"""Run extraction again over stored articles, e.g. after editors added aliases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet

from articles.extraction.extract import extract
from articles.importing.entities import build_gazetteer, link_entities
from articles.models import Article


@dataclass
class ReextractSummary:
    articles: int = 0
    changed: int = 0


def _links(article: Article) -> tuple:
    return (
        sorted(article.person_mentions.values_list("person_id", "title", "count")),
        sorted(article.organisation_mentions.values_list("organisation_id", "count")),
        sorted(article.country_mentions.values_list("country_id", "count")),
    )


def reextract(
    articles: QuerySet | None = None, since: dt.date | None = None, progress: Callable[[Article], None] | None = None
) -> ReextractSummary:
    """Re-link each article in its own transaction; confirmed links are kept. Counts articles whose links changed."""
    articles = Article.objects.all() if articles is None else articles
    if since:
        articles = articles.filter(published_on__gte=since)
    gazetteer = build_gazetteer()
    summary = ReextractSummary()
    for article in articles.order_by("id").iterator(chunk_size=500):
        with transaction.atomic():
            before = _links(article)
            link_entities(article, extract(article.title, article.paragraphs, gazetteer, article.byline))
            summary.articles += 1
            summary.changed += _links(article) != before
        if progress:
            progress(article)
    return summary
