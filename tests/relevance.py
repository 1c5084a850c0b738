"""Known-item relevance over the real corpus: does a document come back for a few of its own distinctive words?

Used by tests/test_relevance.py on each database, beside a bare BM25 floor
(FTS5 bm25() with the title weighted, in an in-memory SQLite) over the same
documents and queries.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from articles import searchsyntax
from articles.importing.parse import ParseError, parse_file

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse-briefing-room"


@dataclass
class Doc:
    key: int
    title: str
    body: str
    published_on: dt.date


@dataclass
class Scores:
    success_at_5: float
    mrr: float
    queries: int

    def as_dict(self) -> dict:
        return {"success@5": round(self.success_at_5, 4), "mrr": round(self.mrr, 4), "queries": self.queries}


def load_docs(limit: int = 2000) -> list[Doc]:
    files = sorted(CORPUS.rglob("*.txt"))
    step = max(1, len(files) // limit)
    docs = []
    for path in files[::step][:limit]:
        try:
            parsed = parse_file(path, max_bytes=5 * 1024 * 1024)
        except ParseError:
            continue
        docs.append(Doc(len(docs), parsed.title, parsed.body, parsed.published_on))
    return docs


def known_item_queries(docs: list[Doc], count: int = 200, words: int = 3, seed: int = 20251217) -> list[tuple[int, str]]:
    """(document key, query) pairs: each query is the document's most distinctive words that others share too."""
    tokens = {d.key: [t for t in searchsyntax.tokenize(d.title + " " + d.body) if t.isalpha() and len(t) > 3] for d in docs}
    df = Counter(t for toks in tokens.values() for t in set(toks))
    n = len(docs)
    rng = random.Random(seed)
    queries = []
    for doc in rng.sample(docs, min(count, n)):
        tf = Counter(t for t in tokens[doc.key] if t not in searchsyntax.STOP_WORDS and df[t] >= 2)
        ranked = sorted(tf, key=lambda t: (-tf[t] * math.log(n / df[t]), t))
        if len(ranked) >= words:
            queries.append((doc.key, " ".join(ranked[:words])))
    return queries


def score(results: dict[int, list[int]], queries: list[tuple[int, str]]) -> Scores:
    hits = reciprocal = 0.0
    for key, _ in queries:
        ranked = results.get(key, [])
        if key in ranked[:5]:
            hits += 1
        if key in ranked[:10]:
            reciprocal += 1 / (ranked.index(key) + 1)
    return Scores(hits / len(queries), reciprocal / len(queries), len(queries))


def bm25_floor(docs: list[Doc], queries: list[tuple[int, str]]) -> dict[int, list[int]]:
    """Bare FTS5 bm25() with the title weighted ten to one, the ranking the archive must match or beat."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO f(rowid, title, body) VALUES (?, ?, ?)", [(d.key, d.title, d.body) for d in docs])
    results = {}
    for key, query in queries:
        expression = searchsyntax.to_fts5(searchsyntax.parse(query))
        rows = db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f, 10.0, 1.0) LIMIT 10", (expression,))
        results[key] = [r[0] for r in rows]
    return results
