"""Relevance is measured, not assumed: known-item search over 2,000 real documents, on each database."""

import json
from pathlib import Path

import pytest
from django.db import connection

from articles.models import Article, Source
from tests import relevance

pytestmark = [pytest.mark.django_db, pytest.mark.slow]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def docs():
    if not relevance.CORPUS.exists():
        pytest.skip(f"the shared corpus is not at {relevance.CORPUS}")
    return relevance.load_docs()


def test_known_item_search_matches_or_beats_bare_bm25(docs):
    source = Source.objects.create(name="White House", slug="white-house")
    articles = Article.objects.bulk_create(
        Article(
            title=d.title[:500], slug="a", published_on=d.published_on, body=d.body, source=source,
            source_path=str(d.key), content_hash=f"{d.key:064}",
        )
        for d in docs
    )
    by_key = {a.source_path: a.pk for a in articles} if articles[0].pk else dict(
        Article.objects.values_list("source_path", "id")
    )
    key_of = {pk: int(key) for key, pk in by_key.items()}
    queries = relevance.known_item_queries(docs)
    archive = {}
    for key, query in queries:
        ranked = Article.objects.search(query).order_by("-search_rank", "-published_on", "-id").values_list("id", flat=True)[:10]
        archive[key] = [key_of[pk] for pk in ranked]
    ours = relevance.score(archive, queries)
    floor = relevance.score(relevance.bm25_floor(docs, queries), queries)
    ARTIFACTS.mkdir(exist_ok=True)
    report = {"database": connection.vendor, "documents": len(docs), "archive": ours.as_dict(), "bm25_floor": floor.as_dict()}
    (ARTIFACTS / f"relevance-{connection.vendor}.json").write_text(json.dumps(report, indent=2))
    print(report)
    assert ours.success_at_5 >= floor.success_at_5 and ours.mrr >= floor.mrr - 1e-9, report
