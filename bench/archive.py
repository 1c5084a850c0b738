"""The archive of N articles: real corpus text, parsed and extracted once per distinct file, then bulk-loaded.

Parsing and extraction run once per corpus file (cached under
bench-results/cache/, keyed by the parser's and extractor's source code);
copy k of a file gets " (rerun k)" after its title and a date 6k years
earlier, so its content hash differs while its text stays real. Rows go in
with COPY on PostgreSQL (bench/pgload.py) and bulk_create on SQLite, not
through the importer: the importer is measured on its own
(bench/importing.py), and building 100,000 articles through it would take
hours. Entities are linked the way articles.importing.entities.link_entities
links them into an empty archive (a person or organisation per distinct name,
all *new*), without its per-row look-ups.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
import pickle
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from django.db import connection, transaction
from django.utils.text import slugify

from articles.extraction.extract import extract
from articles.importing.entities import build_gazetteer
from articles.importing.load import get_source
from articles.importing.parse import ParseError, content_hash, parse_file
from articles.importing.run import DEFAULT_MAX_BYTES
from articles.models import Article, Country, CountryMention, Organisation, OrganisationMention, Person, PersonMention
from bench.common import (
    SOURCE_NAME,
    cache_dir,
    code_fingerprint,
    copies,
    corpus_files,
    corpus_fingerprint,
    rerun_title,
    shifted,
)

BATCH = 1000
_GAZETTEER = None  # set before forking the pool, inherited by the children


def _parse_one(path: str):
    try:
        parsed = parse_file(Path(path), max_bytes=DEFAULT_MAX_BYTES)
    except ParseError as exc:
        return path, None, str(exc)
    return path, (parsed, extract(parsed.title, parsed.paragraphs, _GAZETTEER)), ""


def cache_path(out: Path, corpus: Path, files: list[Path]) -> Path:
    return cache_dir(out) / f"parsed-{corpus.name}-{corpus_fingerprint(files)}-{code_fingerprint()}.pickle"


def load_cache(path: Path) -> dict:
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    return {}


def ensure_parsed(out: Path, corpus: Path, size: int, processes: int) -> dict:
    """Parse and extract enough corpus files for `size` articles (all of them past the corpus size); cached."""
    global _GAZETTEER
    files = corpus_files(corpus)
    path = cache_path(out, corpus, files)
    cache = load_cache(path)
    started = time.perf_counter()
    parsed_now = 0
    _GAZETTEER = build_gazetteer()
    position = 0
    context = multiprocessing.get_context("fork")
    connection.close()  # no database connection may cross the fork
    while position < len(files):
        usable = len({content_hash(result[0]) for f in files[:position] if (result := cache.get(str(f.relative_to(corpus)), (None,))[0])})
        if usable >= size:
            break
        chunk = files[position : position + max(size - usable, 500)]
        position += len(chunk)
        missing = [str(f) for f in chunk if str(f.relative_to(corpus)) not in cache]
        if not missing:
            continue
        print(f"  parsing and extracting {len(missing):,} corpus files ({processes} processes)…", file=sys.stderr, flush=True)
        with context.Pool(processes) as pool:
            for name, result, error in pool.imap_unordered(_parse_one, missing, chunksize=16):
                cache[str(Path(name).relative_to(corpus))] = (result, error)
                parsed_now += 1
    if parsed_now:
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(cache, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"parsed-{corpus.name}-*.pickle"):
            if stale != path:
                stale.unlink()
    return {
        "cache": str(path),
        "parsed_now": parsed_now,
        "seconds": time.perf_counter() - started,
        "processes": processes,
        "failed_files": sum(1 for result, _ in cache.values() if result is None),
    }


def usable_records(out: Path, corpus: Path, size: int) -> list[tuple[str, object, object]]:
    """(relative path, ParsedArticle, Entities) of the distinct texts an archive of `size` uses, in plan order."""
    files = corpus_files(corpus)
    cache = load_cache(cache_path(out, corpus, files))
    records, hashes = [], set()
    for f in files:
        name = str(f.relative_to(corpus))
        result, _ = cache.get(name, (None, ""))
        if result is None:
            continue
        digest = content_hash(result[0])
        if digest in hashes:  # the same text under two paths is one article, as the importer has it
            continue
        hashes.add(digest)
        records.append((name, *result))
        if len(records) >= size:
            break
    return records


def _unique_slugs(names: list[str]) -> list[str]:
    seen: set[str] = set()
    slugs = []
    for name in names:
        base = slugify(name)[:192].strip("-") or "item"
        slug, n = base, 2
        while slug in seen:
            slug, n = f"{base}-{n}", n + 1
        seen.add(slug)
        slugs.append(slug)
    return slugs


ARTICLE_FIELDS = ("title", "slug", "published_on", "byline", "body", "url", "source_id", "source_path", "content_hash")


@dataclass
class PlannedArticle:
    """One article of the plan: its Article fields, and its mentions as (entity, …, count) tuples without the article."""

    fields: dict
    countries: list[tuple[str, int]]  # (country code, count)
    organisations: list[tuple[int, int]]  # (organisation id, count)
    people: list[tuple[int, str, int | None, str | None, int]]  # (person id, title, organisation id, country code, count)


def _copy_hash(title: str, body_words: str) -> str:
    """content_hash of a copy whose paragraphs' words, space-joined, are `body_words`, without re-splitting them.

    content_hash hashes the words of title + "\n" + paragraphs joined by single spaces: the title's words, a space
    when both sides have some, the paragraphs' words. Splitting 9 KB of text was 95% of the build's own Python time.
    """
    title_words = " ".join(title.split())
    text = f"{title_words} {body_words}" if title_words and body_words else title_words + body_words
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def planned_articles(records, plan, corpus: Path, source_id: int, valid_codes: set[str], org_ids: dict, person_ids: dict):
    """Every article of the plan in order, with its mentions linked as link_entities links them into an empty archive."""
    body_words: dict[int, str] = {}
    for index, k in plan:
        name, parsed, entities = records[index]
        title = rerun_title(parsed.title, k)
        if index not in body_words:
            body_words[index] = " ".join("\n".join(parsed.paragraphs).split())
        digest = _copy_hash(title, body_words[index])
        if k == 0 and digest != content_hash(replace(parsed, title=title)):  # the shortcut checked once per file
            raise RuntimeError(f"the copies' content hash is not content_hash() for {name}")
        fields = {
            "title": title,
            "slug": slugify(title)[:200].strip("-") or "article",
            "published_on": shifted(parsed.published_on, k),
            "byline": parsed.byline,
            "body": parsed.body,
            "url": parsed.url,
            "source_id": source_id,
            "source_path": str(corpus / name) + (f"#rerun-{k}" if k else ""),
            "content_hash": digest,
        }
        countries = [(code, count) for code, count in entities.countries.items() if code in valid_codes]
        organisations, by_name, kept = [], {}, set()
        for found in entities.organisations:
            org_id = org_ids[found.name[:200]]
            by_name[found.name] = org_id
            if org_id not in kept:
                kept.add(org_id)
                organisations.append((org_id, found.count))
        people, kept = [], set()
        for found in entities.people:
            person_id = person_ids[found.name[:200]]
            if person_id in kept:
                continue
            kept.add(person_id)
            country = found.country if found.country in valid_codes else None
            people.append((person_id, found.title[:300], by_name.get(found.organisation), country, found.count))
        yield PlannedArticle(fields, countries, organisations, people)


def _progress(done: int, total: int, started: float) -> None:
    every = max(10_000, total // 50 // 10_000 * 10_000)
    if done % every < BATCH or done == total:
        rate = done / (time.perf_counter() - started)
        print(f"  built {done:,}/{total:,} articles ({rate:,.0f}/s)", file=sys.stderr, flush=True)


def load_bulk_create(articles, total: int, deadline: float, started: float) -> tuple[int, int]:
    """bulk_create in batches of BATCH articles, each with its mentions in one transaction: (articles, mention rows)."""
    done = mention_rows = 0
    for batch in iter(lambda: list(itertools.islice(articles, BATCH)), []):
        if deadline and time.time() > deadline:
            print(f"  deadline reached: stopped after {done:,} of {total:,} articles", file=sys.stderr, flush=True)
            break
        with transaction.atomic():
            created = Article.objects.bulk_create([Article(**planned.fields) for planned in batch])
            countries, orgs, persons = [], [], []
            for article, planned in zip(created, batch):
                countries += [CountryMention(article_id=article.pk, country_id=c, count=n) for c, n in planned.countries]
                orgs += [OrganisationMention(article_id=article.pk, organisation_id=o, count=n) for o, n in planned.organisations]
                persons += [
                    PersonMention(
                        article_id=article.pk, person_id=p, title=title, organisation_id=o, country_id=c, count=n
                    )
                    for p, title, o, c, n in planned.people
                ]
            CountryMention.objects.bulk_create(countries, batch_size=5000)
            OrganisationMention.objects.bulk_create(orgs, batch_size=5000)
            PersonMention.objects.bulk_create(persons, batch_size=5000)
            mention_rows += len(countries) + len(orgs) + len(persons)
        done += len(batch)
        _progress(done, total, started)
    return done, mention_rows


def build(out: Path, corpus: Path, size: int, deadline: float = 0.0, method: str = "") -> dict:
    """Load the archive; past `deadline` (a time.time(), 0 for none) stop after the batch in hand.

    `method`: "copy" (PostgreSQL only) or "bulk_create"; by default COPY on PostgreSQL, bulk_create on SQLite.
    """
    started = time.perf_counter()
    method = method or ("copy" if connection.vendor == "postgresql" else "bulk_create")
    if method == "copy" and connection.vendor != "postgresql":
        raise SystemExit("the COPY build needs PostgreSQL")
    records = usable_records(out, corpus, size)
    if not records:
        raise SystemExit("no corpus file could be parsed")
    per_file = copies(size, len(records))
    source = get_source(SOURCE_NAME)
    valid_codes = set(Country.objects.values_list("code", flat=True))

    # One person / organisation per distinct name, as the importer makes them in an empty archive.
    people: dict[str, bool] = {}
    organisations: dict[str, str] = {}
    for _, _, entities in records:
        for org in entities.organisations:
            organisations.setdefault(org.name[:200], org.kind)
        for person in entities.people:
            people[person.name[:200]] = people.get(person.name[:200], False) or person.official
    with transaction.atomic():
        names = list(organisations)
        created = Organisation.objects.bulk_create(
            [Organisation(name=n, slug=s, kind=organisations[n]) for n, s in zip(names, _unique_slugs(names))],
            batch_size=2000,
        )
        org_ids = {o.name: o.pk for o in created}
        names = list(people)
        created = Person.objects.bulk_create(
            [Person(name=n, slug=s, is_official=people[n]) for n, s in zip(names, _unique_slugs(names))],
            batch_size=2000,
        )
        person_ids = {p.name: p.pk for p in created}
    entities_seconds = time.perf_counter() - started

    plan = [(index, k) for index, n in enumerate(per_file) for k in range(n)]
    plan.sort(key=lambda item: (item[1], item[0]))  # copy 0 of every file first, then copy 1, …
    articles = planned_articles(records, plan, corpus, source.pk, valid_codes, org_ids, person_ids)
    load_started = time.perf_counter()
    timings: dict = {}
    if method == "copy":
        from bench.pgload import load_copy

        built, mention_rows, timings = load_copy(articles, len(plan), deadline, lambda n: _progress(n, len(plan), load_started))
    else:
        built, mention_rows = load_bulk_create(articles, len(plan), deadline, load_started)
    load_seconds = time.perf_counter() - started

    maintenance_started = time.perf_counter()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    maintenance_seconds = time.perf_counter() - maintenance_started
    return {
        "complete": built == len(plan),
        "method": method,
        "articles": Article.objects.count(),
        "distinct_files": len(records),
        "max_copies": max(per_file),
        "people": len(person_ids),
        "organisations": len(org_ids),
        "mention_rows": mention_rows,
        "entities_seconds": entities_seconds,
        "load_seconds": load_seconds,  # from the start, entities, corpus cache load and (COPY) index builds included
        "articles_per_second": built / (load_seconds - entities_seconds),
        **timings,
        "maintenance": "VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE",
        "maintenance_seconds": maintenance_seconds,
        "database_bytes": database_bytes(),
    }


def database_bytes() -> int:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            return cursor.fetchone()[0]
    return os.path.getsize(connection.settings_dict["NAME"])
