"""The search mix: real requests through the real views (django.test.Client), each beside its bare SQL floor.

Words are chosen by document frequency in the loaded data (the corpus files
the archive was built from, weighted by how many copies of each it holds);
the country and official by mention counts in the database. The floor of a
request is its search alone in plain SQL: the match, its filters, ORDER BY
rank (or date) LIMIT 20 OFFSET the page, plus the COUNT. No facets, no
snippets, no related rows, no template.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles import searchsyntax
from articles.models import CountryMention, PersonMention
from bench.common import copies, summary_ms

PAGE_SIZE = 20
FILTER_FROM, FILTER_TO = dt.date(2022, 1, 1), dt.date(2023, 12, 31)
NOTHING = "qzxvjkwplm"
PHRASES = [
    "national security", "united states", "white house", "climate change", "health care", "supply chain",
    "law enforcement", "american people", "prime minister", "vice president", "federal government",
    "small businesses", "public health", "foreign policy", "human rights",
]
_WORD = re.compile(r"[a-z]{5,}")


@dataclass
class MixItem:
    name: str
    what: str  # the request in words, for the report
    params: dict[str, str | list[str]] = field(default_factory=dict)

    @property
    def query_string(self) -> str:
        return urlencode(self.params, doseq=True)


def document_frequencies(records, size: int) -> tuple[Counter, Counter, Counter]:
    """Articles of the archive containing each word (5+ letters) and each candidate phrase."""
    weights = copies(size, len(records))
    words: Counter = Counter()
    distinct: Counter = Counter()
    phrases: Counter = Counter()
    phrase_patterns = {p: re.compile(r"\b" + r"\W+".join(p.split()) + r"\b") for p in PHRASES}
    for (_, parsed, _), weight in zip(records, weights):
        text = (parsed.title + "\n" + parsed.body).lower()
        found = set(_WORD.findall(text)) - searchsyntax.STOP_WORDS
        for word in found:
            words[word] += weight
            distinct[word] += 1
        for phrase, pattern in phrase_patterns.items():
            if pattern.search(text):
                phrases[phrase] += weight
    return words, phrases, distinct


def _database_count(q: str) -> int:
    """Articles the database matches for `q` (stemmed as the database stems), by the floor's COUNT."""
    sql, args = _floor_sql(MixItem("count", "", {"q": q}))[1]
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        return cursor.fetchone()[0]


def _nearest(candidates: list[str], target: float, query=lambda w: w) -> tuple[str, int]:
    """The candidate whose database count is nearest `target` articles."""
    counted = [(_database_count(query(c)), c) for c in candidates]
    count, best = min(counted, key=lambda pair: (abs(pair[0] - target), pair[1]))
    return best, count


def choose_mix(records, size: int) -> tuple[list[MixItem], dict]:
    """Words by document frequency in the loaded text, settled by the database's own (stemmed) counts."""
    words, phrases, distinct = document_frequencies(records, size)
    total = sum(copies(size, len(records)))

    def shortlist(counter: Counter, fraction: float, exclude=(), min_len: int = 6, n: int = 8) -> list[str]:
        ranked = sorted((abs(c / total - fraction), w) for w, c in counter.items() if len(w) >= min_len and w not in exclude)
        return [w for _, w in ranked[:n]]

    # Rare: a long word in exactly two distinct corpus stories (with all their copies) whose
    # stemmed form is about as rare in the database: the one of 30 candidates the database matches least.
    pool = sorted(w for w, n in distinct.items() if n == 2 and len(w) >= 9 and w.isalpha())
    step = max(1, len(pool) // 30)
    rare, rare_count = _nearest(pool[::step][:30], 0)
    third, third_count = _nearest(shortlist(words, 1 / 3), total / 3)
    common, common_count = _nearest(shortlist(words, 0.9, min_len=5), total * 0.9)
    half, half_count = _nearest(shortlist(words, 0.5, exclude={third, common}), total / 2)
    phrase, phrase_count = _nearest(sorted(phrases), total / 4, query=lambda p: f'"{p}"')

    country_rows = (
        CountryMention.objects.exclude(country_id="US").values("country_id").annotate(n=Count("id")).order_by("-n")[:1]
    )
    country = country_rows[0]["country_id"]
    official = (
        PersonMention.objects.filter(
            person__is_official=True,
            article__country_mentions__country_id=country,
            article__published_on__range=(FILTER_FROM, FILTER_TO),
        )
        .values("person__slug")
        .annotate(n=Count("id"))
        .order_by("-n")[:1]
    )
    official_slug = official[0]["person__slug"] if official else ""
    dates = {"date_from": FILTER_FROM.isoformat(), "date_to": FILTER_TO.isoformat()}
    mix = [
        MixItem("rare", f"rare word “{rare}”", {"q": rare}),
        MixItem("third", f"word in ~1/3 “{third}”", {"q": third}),
        MixItem("phrase", f"phrase “{phrase}”", {"q": f'"{phrase}"'}),
        MixItem("exclusion", f"“{third} -{half}”", {"q": f"{third} -{half}"}),
        MixItem(
            "filtered",
            f"“{third}” + country {country} + official {official_slug} + {FILTER_FROM.year}–{FILTER_TO.year}",
            {"q": third, "country": country, "official": official_slug, **dates},
        ),
        MixItem("filters-only", f"no query, country {country} + {FILTER_FROM.year}–{FILTER_TO.year}", {"country": country, **dates}),
        MixItem("newest", f"common word “{common}”, newest first", {"q": common, "sort": "newest"}),
        MixItem("page-50", f"“{common}”, page 50", {"q": common, "page": "50"}),
        MixItem("nothing", f"no match “{NOTHING}”", {"q": NOTHING}),
    ]
    chosen = {
        "archive_articles": total,
        "rare": {"word": rare, "stories_with_word": distinct[rare], "matched": rare_count},
        "third": {"word": third, "matched": third_count, "fraction": third_count / total},
        "half": {"word": half, "matched": half_count, "fraction": half_count / total},
        "common": {"word": common, "matched": common_count, "fraction": common_count / total},
        "phrase": {"phrase": phrase, "matched": phrase_count, "fraction": phrase_count / total},
        "country": country,
        "official": official_slug,
        "date_range": [FILTER_FROM.isoformat(), FILTER_TO.isoformat()],
        "chosen_on": connection.vendor,
        "method": "shortlist by document frequency of unstemmed words in the loaded text; pick by the database's count",
    }
    return mix, chosen


def save_mix(path, mix: list[MixItem], chosen: dict) -> None:
    path.write_text(json.dumps({"mix": [vars(item) for item in mix], "chosen": chosen}, indent=1))


def load_mix(path) -> tuple[list[MixItem], dict]:
    data = json.loads(path.read_text())
    return [MixItem(**item) for item in data["mix"]], data["chosen"]


# ---------------------------------------------------------------- the floor


def _floor_sql(item: MixItem) -> list[tuple[str, list]]:
    """The bare SQL of the request's search alone: the top rows of its page, and its count."""
    params = item.params
    query = searchsyntax.parse(params.get("q"))
    postgres = connection.vendor == "postgresql"
    where, args = [], []
    if params.get("date_from"):
        where.append("a.published_on >= %s")
        args.append(params["date_from"])
    if params.get("date_to"):
        where.append("a.published_on <= %s")
        args.append(params["date_to"])
    if params.get("country"):
        where.append("a.id IN (SELECT article_id FROM articles_countrymention WHERE country_id = %s)")
        args.append(params["country"].upper())
    if params.get("official"):
        where.append(
            "a.id IN (SELECT pm.article_id FROM articles_personmention pm "
            "JOIN articles_person p ON p.id = pm.person_id WHERE p.slug = %s)"
        )
        args.append(params["official"])
    offset = (int(params.get("page", 1)) - 1) * PAGE_SIZE
    newest = params.get("sort") == "newest" or query.is_empty
    by_date = "ORDER BY a.published_on DESC, a.id DESC"
    page = f"LIMIT {PAGE_SIZE} OFFSET {offset}"
    if query.is_empty:
        condition = " AND ".join(where) or "TRUE"
        return [
            (f"SELECT a.id FROM articles_article a WHERE {condition} {by_date} {page}", args),
            (f"SELECT count(*) FROM articles_article a WHERE {condition}", args),
        ]
    if postgres:
        websearch = searchsyntax.to_websearch(query)
        tsquery = "websearch_to_tsquery('english_unaccent', %s)"
        condition = " AND ".join([f"a.search_vector @@ {tsquery}", *where])
        order = by_date if newest else f"ORDER BY ts_rank_cd(a.search_vector, {tsquery}) DESC"
        order_args = [] if newest else [websearch]
        return [
            (f"SELECT a.id FROM articles_article a WHERE {condition} {order} {page}", [websearch, *args, *order_args]),
            (f"SELECT count(*) FROM articles_article a WHERE {condition}", [websearch, *args]),
        ]
    match = searchsyntax.to_fts5(query)
    if not where and not newest:
        return [
            (
                "SELECT rowid FROM articles_article_fts WHERE articles_article_fts MATCH %s "
                f"ORDER BY bm25(articles_article_fts, 10.0, 1.0) {page}",
                [match],
            ),
            ("SELECT count(*) FROM articles_article_fts WHERE articles_article_fts MATCH %s", [match]),
        ]
    joined = "articles_article_fts f JOIN articles_article a ON a.id = f.rowid"
    condition = " AND ".join(["articles_article_fts MATCH %s", *where])
    order = by_date if newest else "ORDER BY bm25(articles_article_fts, 10.0, 1.0)"
    return [
        (f"SELECT a.id FROM {joined} WHERE {condition} {order} {page}", [match, *args]),
        (f"SELECT count(*) FROM {joined} WHERE {condition}", [match, *args]),
    ]


def _run_floor(statements) -> int:
    with connection.cursor() as cursor:
        for sql, args in statements:
            cursor.execute(sql, args)
            rows = cursor.fetchall()
    return rows[0][0]


# ---------------------------------------------------------------- the runs


class _TimeoutCounter(logging.Handler):
    """Counts the 'Search timed out' warnings articles.results logs when the statement timeout cancels a search."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        if "timed out" in record.getMessage():
            self.count += 1


ENDPOINTS = {"page": "/search/", "api": "/api/search/"}


def run_mix(mix: list[MixItem], repeat: int, budget: float, deadline: float = 0.0) -> list[dict]:
    """Each request REPEAT times, round-robin over the mix, after one unmeasured warm-up run.

    A request whose runs have taken `budget` seconds in all stops early, and
    past `deadline` (a time.time(), 0 for none) every request does; n says so.
    """
    client = Client()
    timeouts = _TimeoutCounter()
    logging.getLogger("articles.results").addHandler(timeouts)
    rows = []
    runners = []
    for item in mix:
        floor = _floor_sql(item)
        for endpoint, url in ENDPOINTS.items():
            full = f"{url}?{item.query_string}"
            before = timeouts.count
            with CaptureQueriesContext(connection) as captured:
                response = client.get(full)
            row = {
                "request": item.name,
                "what": item.what,
                "endpoint": endpoint,
                "url": full,
                "status": response.status_code,
                "queries": len(captured),
                "count": response.json()["count"] if endpoint == "api" and response.status_code == 200 else None,
                "timeouts": timeouts.count - before,
                "samples": [],
            }
            rows.append(row)
            runners.append((row, lambda full=full: client.get(full)))
        row = {"request": item.name, "what": item.what, "endpoint": "floor", "sql": floor, "samples": []}
        row["count"] = _run_floor(floor)
        rows.append(row)
        runners.append((row, lambda floor=floor: _run_floor(floor)))
    spent = {id(row): 0.0 for row, _ in runners}
    for round_number in range(repeat):
        if deadline and time.time() > deadline:
            print(f"  deadline reached after {round_number} rounds", file=sys.stderr, flush=True)
            break
        for row, run in runners:
            if spent[id(row)] >= budget:
                continue
            before = timeouts.count
            started = time.perf_counter()
            result = run()
            elapsed = time.perf_counter() - started
            spent[id(row)] += elapsed
            row["samples"].append(elapsed)
            row["timeouts"] = row.get("timeouts", 0) + timeouts.count - before
            if row["endpoint"] != "floor" and result.status_code != row["status"]:
                row["status"] = result.status_code
        print(f"  search round {round_number + 1}/{repeat}", file=sys.stderr, flush=True)
    logging.getLogger("articles.results").removeHandler(timeouts)

    by_request = {}
    for row in rows:
        row.update(summary_ms(row.pop("samples")))
        by_request.setdefault(row["request"], {})[row["endpoint"]] = row
    for endpoints in by_request.values():
        floor = endpoints["floor"]
        for endpoint in ENDPOINTS:
            view = endpoints[endpoint]
            view["floor_p50"], view["floor_p95"] = floor["p50"], floor["p95"]
            view["ratio_p95"] = view["p95"] / floor["p95"] if floor["p95"] else None
            if view["count"] is None:
                view["count"] = endpoints["api"]["count"]
    return rows
