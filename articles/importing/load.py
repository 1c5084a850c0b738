"""ParsedArticle → rows. Re-runs are safe.

Identity, in order: the same text (content hash) is the same article — from the
same path it is "unchanged", from another path a "duplicate". Otherwise the same
source + title + date, or the same path, is the same article with new text, and
is "updated" in place. Anything else is "imported".

Two ways to load: `load_article` writes one file in its own transaction (or
savepoint), asking the database as it goes; `ChunkState` loads the files of a
chunk inside the chunk's transaction, with the chunk's look-ups done up front in
a few queries and its rows written in a few bulk inserts. Both follow the same
rules and give the same rows (on 150 real corpus files: identical articles,
entities, slugs and mentions).
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from articles.extraction.extract import Entities
from articles.importing.entities import EntityResolver, in_lists, link_entities
from articles.importing.parse import ParsedArticle, content_hash
from articles.models import Article, RelatedHeadline, Source, unique_slug

UNKNOWN_SOURCE = "Unknown source"


class Outcome(enum.Enum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicates"


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


def _fill(article: Article, parsed: ParsedArticle, path: str, digest: str, run) -> None:
    """The article's fields as the file has them (the source is set by the caller)."""
    article.title = parsed.title
    article.slug = slugify(parsed.title)[:200].strip("-") or "article"
    article.published_on = parsed.published_on
    article.byline = parsed.byline
    article.body = parsed.body
    article.url = parsed.url
    article.source_path = path
    article.content_hash = digest
    article.import_run = run


# The entities to link, or a way to find them that is called only when the article's links are written (the importer
# does not read a file for entities again when the archive holds its text from the same path); None links nothing.
ToLink = Entities | Callable[[], Entities] | None


def _found(entities: Entities | Callable[[], Entities]) -> Entities:
    return entities() if callable(entities) else entities


def load_article(
    parsed: ParsedArticle,
    *,
    path: str,
    source_name: str = "",
    entities: ToLink = None,
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


def _load(parsed: ParsedArticle, *, path: str, source_name: str, entities: ToLink, run) -> tuple[Outcome, Article]:
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
        if _same_metadata(existing, parsed, source.pk):
            return Outcome.UNCHANGED, existing
        article, outcome = existing, Outcome.UPDATED
    else:
        outcome = Outcome.UPDATED if article else Outcome.IMPORTED
        if article is None:
            article = Article()
        source = source or (article.source if article.pk else get_source(UNKNOWN_SOURCE))

    _fill(article, parsed, path, digest, run)
    article.source = source
    article.save()

    _store_related(article, parsed)
    # Teasers elsewhere that name this article's headline now link to it.
    RelatedHeadline.objects.filter(headline=article.title, target__isnull=True).exclude(article=article).update(
        target=article
    )
    if entities is not None:
        link_entities(article, _found(entities))
    return outcome, article


def _same_metadata(article: Article, parsed: ParsedArticle, source_id: int) -> bool:
    return (
        article.published_on == parsed.published_on
        and article.byline == parsed.byline
        and article.url == parsed.url
        and article.source_id == source_id
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


class NeedsSavepoints(Exception):
    """A chunk that bulk writing cannot express (a file updates an article an earlier file of it created)."""


class ChunkState:
    """What one chunk's transaction knows: its files' existing articles, sources and entities, looked up in bulk.

    Built inside the transaction, so the rows it found stay locked (on
    PostgreSQL) and current until the commit; it learns each file it loads, so
    a later file of the same chunk sees it exactly as a new query would.

    `deferred`: new articles, related headlines, new entities and mentions wait
    in memory and `finish()` writes them for the whole chunk in a few bulk
    inserts (the fast way; any database error fails the whole chunk, and the
    caller loads it again the careful way). Otherwise the caller wraps each
    file in a savepoint and calls `flush()` inside it.
    """

    def __init__(
        self, items: list[tuple[str, ParsedArticle, Entities | None, str]], valid_codes: set[str], *, deferred: bool
    ):
        """`items`: each file's path, parsed article, entities found and content hash ("" when not found yet)."""
        self.deferred = deferred
        self.digests = {path: digest or content_hash(parsed) for path, parsed, _, digest in items}
        self.by_hash: dict[str, list[Article]] = {}
        self.by_path: dict[str, list[Article]] = {}
        self.by_title: dict[str, list[Article]] = {}
        self._rows: dict[int, list[Article]] = {}  # by primary key: each object of that row in the indexes above
        paths = [path for path, _, _, _ in items]
        titles = {parsed.title for _, parsed, _, _ in items}
        dates = {parsed.published_on for _, parsed, _, _ in items}
        found: dict[int, Article] = {}
        for field_name, values in (("content_hash", list(self.digests.values())), ("source_path", paths), ("title", titles)):
            for part in in_lists(values):
                rows = Article.objects.select_for_update().filter(**{f"{field_name}__in": part})
                if field_name == "title":
                    # Only an article of the same title and date is the same one ("Press Briefing by ...")
                    rows = rows.filter(published_on__in=dates)
                for article in rows.prefetch_related("related_headlines"):
                    found.setdefault(article.pk, article)
        for article in found.values():
            self._learn(article)
        headlines = {teaser.headline for _, parsed, _, _ in items for teaser in parsed.related}
        self.titles: dict[str, int] = {}
        for part in in_lists(headlines):
            self.titles.update(Article.objects.filter(title__in=part).values_list("title", "id"))
        self.sources: dict[str, Source] = {}
        self.loaded_titles: dict[str, Article] = {}  # for teasers elsewhere that name them
        self.new_articles: list[Article] = []
        self.related: list[RelatedHeadline] = []
        self.resolver = EntityResolver(valid_codes)
        self.resolver.prefetch(entities for _, _, entities, _ in items if entities is not None)

    def _keys(self, article: Article):
        return ((self.by_hash, article.content_hash), (self.by_path, article.source_path), (self.by_title, article.title))

    def _learn(self, article: Article) -> None:
        if article.pk is not None:
            rows = self._rows.setdefault(article.pk, [])
            if not any(row is article for row in rows):
                rows.append(article)
        for index, key in self._keys(article):
            if article not in index.setdefault(key, []):
                index[key].append(article)

    def source(self, name: str) -> Source:
        if name not in self.sources:
            self.sources[name] = get_source(name)
        return self.sources[name]

    def load(
        self, parsed: ParsedArticle, *, path: str, source_name: str, entities: ToLink, run
    ) -> tuple[Outcome, Article]:
        """`_load`, with the look-ups answered from the chunk and the inserts left to `flush()`."""
        source_name = source_name or parsed.source_name
        digest = self.digests.get(path) or content_hash(parsed)
        existing = next((a for a in self.by_hash.get(digest, []) if a.content_hash == digest), None)
        article = None
        source = None
        if existing is None:
            source = self.source(source_name) if source_name else None
            candidates = [a for a in self.by_path.get(path, []) if a.source_path == path] + [
                a
                for a in self.by_title.get(parsed.title, [])
                if a.title == parsed.title
                and a.published_on == parsed.published_on
                and (source is None or a.source_id == source.pk)
            ]
            # The oldest row, as `_load`'s query has it; articles of this chunk come after all rows.
            article = min(candidates, key=lambda a: (a.pk is None, a.pk or 0)) if candidates else None
        if existing is not None:
            source_id = self.source(source_name).pk if source_name else existing.source_id
            if existing.source_path != path:
                return Outcome.DUPLICATE, existing
            if _same_metadata(existing, parsed, source_id):
                return Outcome.UNCHANGED, existing
            article, outcome = existing, Outcome.UPDATED
        else:
            outcome = Outcome.UPDATED if article else Outcome.IMPORTED
            source_id = source.pk if source else (article.source_id if article else self.source(UNKNOWN_SOURCE).pk)
        if article is not None and article.pk is None:
            raise NeedsSavepoints(f"{path} updates an article imported earlier in the same chunk")
        # A copy: if the file's savepoint is rolled back, the chunk still knows the row as it is.
        article = copy.copy(article) if article else Article()
        new = article.pk is None

        _fill(article, parsed, path, digest, run)
        article.source_id = source_id
        if new and self.deferred:
            self.new_articles.append(article)
        else:
            article.save()
        if not new:
            article.related_headlines.all().delete()
            self.related = [r for r in self.related if r.article.pk != article.pk]
        for position, teaser in enumerate(parsed.related):
            target = self.titles.get(teaser.headline) or self.loaded_titles.get(teaser.headline)
            if target is article or target == article.pk:
                target = None
            self.related.append(
                RelatedHeadline(
                    article=article,
                    position=position,
                    headline=teaser.headline[:500],
                    lede=teaser.lede,
                    **({"target": target} if isinstance(target, Article) else {"target_id": target}),
                )
            )
        if entities is not None:
            self.resolver.link(article, _found(entities), new_article=new)
        return outcome, article

    def loaded(self, article: Article) -> None:
        """The file is done (its savepoint released, or in the chunk's memory): later files see its article."""
        # An update: forget the row as it was, only where its older objects stand (a scan of every index was most of
        # a re-run's time). They are never changed in place (load() changes a copy), so their keys are still theirs.
        for row in self._rows.pop(article.pk, ()):
            if row is not article:
                for index, key in self._keys(row):
                    index[key] = [a for a in index[key] if a is not row]
        article.__dict__.get("_prefetched_objects_cache", {}).pop("related_headlines", None)
        self._learn(article)
        self.loaded_titles.setdefault(article.title, article)

    def failed(self) -> None:
        """A file's savepoint was rolled back: rows it wrote are gone, so are the sources and entities cached since."""
        self.sources.clear()
        self.resolver.forget()
        self.new_articles.clear()
        self.related.clear()

    def flush(self) -> None:
        """Write what waits in memory: new entities, new articles, related headlines, mentions."""
        self.resolver.create_entities()
        Article.objects.bulk_create(self.new_articles, batch_size=200)
        RelatedHeadline.objects.bulk_create(self.related, batch_size=500)
        self.resolver.write_mentions()
        self.new_articles.clear()
        self.related.clear()

    def finish(self) -> None:
        """The chunk's remaining writes, and teasers elsewhere that name its articles' headlines."""
        self.flush()
        titles = {title: article.pk for title, article in self.loaded_titles.items()}
        waiting = []
        for part in in_lists(titles):
            waiting += RelatedHeadline.objects.filter(headline__in=part, target__isnull=True).only("id", "headline", "article_id")
        linked = []
        for teaser in waiting:
            target = titles[teaser.headline]
            if teaser.article_id != target:
                teaser.target_id = target
                linked.append(teaser)
        RelatedHeadline.objects.bulk_update(linked, ["target"], batch_size=500)
