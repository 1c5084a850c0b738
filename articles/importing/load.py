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

UNKNOWN_SOURCE = "Unknown source"


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
    name = " ".join(name.split())[:200] or UNKNOWN_SOURCE
    source = Source.objects.filter(name=name).first()
    if source is None:
        try:
            with transaction.atomic():
                source = Source.objects.create(name=name, slug=unique_slug(Source, name))
        except IntegrityError:  # created meanwhile by a concurrent import
            source = Source.objects.get(name=name)
    return source


def load_article(
    parsed: ParsedArticle,
    *,
    path: str,
    source_name: str = "",
    entities: Entities | None = None,
    run=None,
    dry_run: bool = False,
) -> tuple[Outcome, Article]:
    """Write one parsed article, its related headlines and its entity links in one transaction.

    `source_name` empty means: the source the file names, else the article's
    current source, else "Unknown source". A dry run does all the work and
    rolls it back, so it reports exactly what a real run would do.
    """
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                result = _load(parsed, path=path, source_name=source_name, entities=entities, run=run)
                if dry_run:
                    transaction.set_rollback(True)
                return result
        except IntegrityError:
            # A concurrent import stored the same text or path between our
            # look-up and our insert; the second look-up finds it.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _load(parsed: ParsedArticle, *, path: str, source_name: str, entities: Entities | None, run) -> tuple[Outcome, Article]:
    source_name = source_name or parsed.source_name
    digest = content_hash(parsed)
    existing = Article.objects.select_for_update().filter(content_hash=digest).first()
    if existing is None:
        same_story = Q(title=parsed.title, published_on=parsed.published_on)
        source = get_source(source_name) if source_name else None
        if source is not None:
            same_story &= Q(source=source)
        article = Article.objects.select_for_update().filter(same_story | Q(source_path=path)).order_by("id").first()
        if article is not None and article.content_hash == digest:
            # A concurrent import stored this very text between our two look-ups.
            existing = article
    if existing is not None:
        source = get_source(source_name) if source_name else existing.source
        if existing.source_path != path:
            return Outcome.DUPLICATE, existing
        if _same_metadata(existing, parsed, source):
            return Outcome.UNCHANGED, existing
        article, outcome = existing, Outcome.UPDATED
    else:
        outcome = Outcome.UPDATED if article else Outcome.IMPORTED
        if article is None:
            article = Article()
        source = source or (article.source if article.pk else get_source(UNKNOWN_SOURCE))

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
    # Teasers elsewhere that name this article's headline now link to it.
    RelatedHeadline.objects.filter(headline=article.title, target__isnull=True).exclude(article=article).update(
        target=article
    )
    if entities is not None:
        link_entities(article, entities)
    return outcome, article


def _same_metadata(article: Article, parsed: ParsedArticle, source: Source) -> bool:
    return (
        article.published_on == parsed.published_on
        and article.byline == parsed.byline
        and article.url == parsed.url
        and article.source_id == source.pk
        and [(r.headline, r.lede) for r in article.related_headlines.all()]
        == [(t.headline, t.lede) for t in parsed.related]
    )


def _store_related(article: Article, parsed: ParsedArticle) -> None:
    article.related_headlines.all().delete()
    headlines = [teaser.headline for teaser in parsed.related]
    targets = dict(Article.objects.filter(title__in=headlines).exclude(pk=article.pk).values_list("title", "id"))
    RelatedHeadline.objects.bulk_create(
        RelatedHeadline(
            article=article,
            position=position,
            headline=teaser.headline[:500],
            lede=teaser.lede,
            target_id=targets.get(teaser.headline),
        )
        for position, teaser in enumerate(parsed.related)
    )
