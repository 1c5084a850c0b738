"""ParsedArticle → rows. One transaction per file; re-runs are safe.

Identity, in order: the same text (content hash) is the same article — from the
same path it is "unchanged", from another path a "duplicate". Otherwise the same
source + title + date, or the same path, is the same article with new text, and
is "updated" in place. Anything else is "imported".
"""

from __future__ import annotations

import enum
import hashlib
import re

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from articles.extraction.extract import Entities
from articles.importing.entities import link_entities
from articles.importing.parse import ParsedArticle
from articles.models import Article, RelatedHeadline, Source, unique_slug


class Outcome(enum.Enum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicates"


def content_hash(parsed: ParsedArticle) -> str:
    """SHA-256 of the title and body with whitespace collapsed: the same text is the same article."""
    text = parsed.title + "\n" + "\n".join(parsed.paragraphs)
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def get_source(name: str) -> Source:
    name = name.strip()[:200] or "Unknown source"
    source = Source.objects.filter(name=name).first()
    if source is None:
        try:
            with transaction.atomic():
                source = Source.objects.create(name=name, slug=unique_slug(Source, name))
        except IntegrityError:  # created meanwhile by a concurrent import
            source = Source.objects.get(name=name)
    return source


def load_article(
    parsed: ParsedArticle, *, source: Source, path: str, entities: Entities | None = None, run=None
) -> tuple[Outcome, Article]:
    """Write one parsed article, its related headlines and its entity links in one transaction."""
    try:
        with transaction.atomic():
            return _load(parsed, source=source, path=path, entities=entities, run=run)
    except IntegrityError:
        # A concurrent import stored the same text between our look-up and our
        # insert; the second look-up finds it.
        with transaction.atomic():
            return _load(parsed, source=source, path=path, entities=entities, run=run)


def _load(parsed: ParsedArticle, *, source: Source, path: str, entities: Entities | None, run) -> tuple[Outcome, Article]:
    digest = content_hash(parsed)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        if existing.source_path != path:
            return Outcome.DUPLICATE, existing
        if _same_metadata(existing, parsed, source):
            return Outcome.UNCHANGED, existing
        article, outcome = existing, Outcome.UPDATED
    else:
        article = (
            Article.objects.filter(Q(source=source, title=parsed.title, published_on=parsed.published_on) | Q(source_path=path))
            .order_by("id")
            .first()
        )
        outcome = Outcome.UPDATED if article else Outcome.IMPORTED
        article = article or Article()

    article.title = parsed.title
    article.slug = slugify(parsed.title)[:200].strip("-") or "article"
    article.published_on = parsed.published_on
    article.byline = parsed.byline
    article.body = parsed.body
    article.url = parsed.url
    article.source = source
    article.source_path = path
    article.content_hash = digest
    article.import_run = run
    article.save()

    _store_related(article, parsed)
    if entities is not None:
        link_entities(article, entities)
    # Teasers elsewhere that name this article's headline now link to it.
    RelatedHeadline.objects.filter(headline=article.title, target__isnull=True).exclude(article=article).update(
        target=article
    )
    return outcome, article


def _same_metadata(article: Article, parsed: ParsedArticle, source: Source) -> bool:
    return (
        article.published_on == parsed.published_on
        and article.byline == parsed.byline
        and article.url == parsed.url
        and article.source_id == source.pk
        and [r.headline for r in article.related_headlines.all()] == [t.headline for t in parsed.related]
    )


def _store_related(article: Article, parsed: ParsedArticle) -> None:
    article.related_headlines.all().delete()
    headlines = [teaser.headline for teaser in parsed.related]
    targets = dict(Article.objects.filter(title__in=headlines).exclude(pk=article.pk).values_list("title", "id"))
    RelatedHeadline.objects.bulk_create(
        RelatedHeadline(
            article=article,
            position=position,
            headline=teaser.headline,
            lede=teaser.lede,
            target_id=targets.get(teaser.headline),
        )
        for position, teaser in enumerate(parsed.related)
    )
