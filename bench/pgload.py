"""PostgreSQL's fast path for the bench archive: COPY on parallel connections, the indexes built once at the end.

bulk_create loaded 180-500 articles/s: every row went through the GIN index,
the B-trees, deferred foreign-key checks and the statistics trigger, which
rewrote the one row of articles_search_stats once per article. Here:

- Rows go in with COPY (psycopg `cursor.copy`), in chunks of CHUNK articles,
  each chunk one transaction holding the articles and their mentions, on
  CONNECTIONS connections at once: PostgreSQL computes each article's
  search_vector (a generated column, to_tsvector with unaccent) as the row
  arrives, and that is most of the load's time.
- Ids are those bulk_create gives: each table's sequence hands out the first,
  the rest follow in plan order, and the sequence is set to the last at the
  end.
- Before the load the secondary indexes and the unique and foreign-key
  constraints of articles_article and the three mention tables are dropped,
  their definitions kept as the catalogue gives them (pg_get_indexdef,
  pg_get_constraintdef); afterwards they are built again from those
  definitions with a generous maintenance_work_mem, the GIN index on one
  connection and the B-trees on the others, then the unique constraints are
  attached to their indexes and the foreign keys validated. Autovacuum is
  paused on those tables meanwhile (their options are reset afterwards).
- The statistics trigger (articles_search_stats_track) is disabled during the
  load; instead each chunk adds its articles and their search_vector lengths
  to articles_search_stats in its own transaction, which is exactly what the
  trigger adds row by row. It is enabled again afterwards.

The archive is then the one bulk_create builds: the same rows and ids, the
same indexes and constraints, the same statistics; only created_at and
updated_at differ (the time of loading). `python -m bench.buildcheck` proves
it at 10,000 articles.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import psycopg
from psycopg import sql
from django.db import connection
from django.utils import timezone

from bench.archive import ARTICLE_FIELDS

CHUNK = 5_000
CONNECTIONS = int(os.environ.get("BENCH_BUILD_CONNECTIONS") or max(1, min(4, os.cpu_count() or 1)))
INDEX_MEMORY = "1GB"  # at least this much maintenance_work_mem for the index builds (more if the server has more)
ARTICLES = "articles_article"
COLUMNS = {  # the columns COPY writes, per table, in the order the row tuples have them
    ARTICLES: ("id", *ARTICLE_FIELDS, "created_at", "updated_at", "import_run_id"),
    "articles_countrymention": ("id", "article_id", "country_id", "count", "confirmed"),
    "articles_organisationmention": ("id", "article_id", "organisation_id", "count", "confirmed"),
    "articles_personmention": (
        "id", "article_id", "person_id", "title", "organisation_id", "country_id", "count", "confirmed",
    ),
}
STATS_TRIGGER = "articles_search_stats_track"
ADD_CHUNK_STATISTICS = """
UPDATE articles_search_stats SET documents = documents + s.n, lexemes = lexemes + s.l
FROM (SELECT count(*) AS n, coalesce(sum(length(search_vector)), 0) AS l
      FROM articles_article WHERE id BETWEEN %s AND %s) AS s
WHERE articles_search_stats.id = 1
"""


def connect() -> psycopg.Connection:
    """A connection of its own to the database Django uses, in autocommit mode."""
    settings = connection.settings_dict
    params = {
        "dbname": settings["NAME"], "user": settings["USER"], "password": settings["PASSWORD"],
        "host": settings["HOST"], "port": settings["PORT"],
    }
    return psycopg.connect(autocommit=True, **{k: v for k, v in params.items() if v}, **settings.get("OPTIONS", {}))


@dataclass
class Deferred:
    """What was dropped before the load, to be put back after it."""

    indexes: list[tuple[str, str, str]] = field(default_factory=list)  # (name, access method, CREATE INDEX …)
    unique: list[tuple[str, str, str, str]] = field(default_factory=list)  # (table, name, CREATE UNIQUE INDEX …, deferrable)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, FOREIGN KEY … definition)
    autovacuum_paused: list[str] = field(default_factory=list)


def take_apart(conn: psycopg.Connection) -> Deferred:
    """Drop the secondary indexes and constraints of the loaded tables, pause autovacuum, disable the trigger."""
    deferred = Deferred()
    tables = list(COLUMNS)
    with conn.transaction():
        for table, columns in COLUMNS.items():
            have = {
                r[0] for r in conn.execute(
                    "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
                    "AND NOT attisdropped AND attgenerated = ''",
                    [table],
                )
            }
            if have != set(columns):
                raise SystemExit(f"{table} has columns {sorted(have)}; the COPY build writes {sorted(columns)}")
        for table, name, kind, definition, index_definition, deferrable in conn.execute(
            "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid), "
            "CASE contype WHEN 'u' THEN pg_get_indexdef(conindid) END, "
            "CASE WHEN condeferred THEN ' DEFERRABLE INITIALLY DEFERRED' WHEN condeferrable THEN ' DEFERRABLE' "
            "ELSE '' END "
            "FROM pg_constraint WHERE conrelid = ANY(%s::regclass[]) AND contype IN ('u', 'f') ORDER BY oid",
            [tables],
        ).fetchall():
            if kind == "f":
                deferred.foreign_keys.append((table, name, definition))
            else:
                deferred.unique.append((table, name, index_definition, deferrable))
        deferred.indexes = conn.execute(
            "SELECT i.indexrelid::regclass::text, am.amname, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_am am ON am.oid = x.relam "
            "WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid) "
            "ORDER BY i.indexrelid",
            [tables],
        ).fetchall()
        for table, name, _ in deferred.foreign_keys:
            conn.execute(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(sql.SQL(table), sql.Identifier(name)))
        for table, name, _, _ in deferred.unique:
            conn.execute(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(sql.SQL(table), sql.Identifier(name)))
        for name, _, _ in deferred.indexes:
            conn.execute(sql.SQL("DROP INDEX {}").format(sql.SQL(name)))
        for table in tables:
            if conn.execute("SELECT reloptions IS NULL FROM pg_class WHERE oid = %s::regclass", [table]).fetchone()[0]:
                conn.execute(sql.SQL("ALTER TABLE {} SET (autovacuum_enabled = off)").format(sql.SQL(table)))
                deferred.autovacuum_paused.append(table)
        conn.execute(sql.SQL("ALTER TABLE {} DISABLE TRIGGER {}").format(sql.SQL(ARTICLES), sql.Identifier(STATS_TRIGGER)))
    return deferred


def _with_memory(conn: psycopg.Connection) -> psycopg.Connection:
    conn.execute(
        "SELECT set_config('maintenance_work_mem', greatest(pg_size_bytes(current_setting('maintenance_work_mem')), "
        "pg_size_bytes(%s)) / 1024 || 'kB', false), set_config('work_mem', '256MB', false)",
        [INDEX_MEMORY],
    )
    return conn


def put_back(conn: psycopg.Connection, deferred: Deferred) -> dict:
    """Build the indexes again (in parallel), re-attach the unique constraints, validate the foreign keys."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    conn.execute(sql.SQL("ALTER TABLE {} ENABLE TRIGGER {}").format(sql.SQL(ARTICLES), sql.Identifier(STATS_TRIGGER)))
    # The GIN index takes longest: it starts first, on a connection of its own; the B-trees share the others.
    builds = sorted(
        [(name, method, statement) for name, method, statement in deferred.indexes]
        + [(name, "btree", statement) for _, name, statement, _ in deferred.unique],
        key=lambda item: item[1] != "gin",
    )
    local = threading.local()
    opened: list[psycopg.Connection] = []
    lock = threading.Lock()

    def build(name: str, statement: str) -> None:
        if not hasattr(local, "conn"):
            local.conn = _with_memory(connect())
            with lock:
                opened.append(local.conn)
        began = time.perf_counter()
        local.conn.execute(statement)
        timings[f"index {name}"] = time.perf_counter() - began

    try:
        with ThreadPoolExecutor(max(1, CONNECTIONS)) as pool:
            for future in [pool.submit(build, name, statement) for name, _, statement in builds]:
                future.result()
    finally:
        for each in opened:
            each.close()
    timings["indexes_seconds"] = time.perf_counter() - started
    began = time.perf_counter()
    _with_memory(conn)
    with conn.transaction():
        for table, name, _, deferrable in deferred.unique:
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} UNIQUE USING INDEX {}").format(
                    sql.SQL(table), sql.Identifier(name), sql.Identifier(name)
                ) + sql.SQL(deferrable)
            )
    for table, name, definition in deferred.foreign_keys:
        with conn.transaction():
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} ").format(sql.SQL(table), sql.Identifier(name)) + sql.SQL(definition)
            )
    timings["constraints_seconds"] = time.perf_counter() - began
    # Only now: autovacuum would otherwise vacuum the new tables under the index builds (the build's VACUUM does it).
    for table in deferred.autovacuum_paused:
        conn.execute(sql.SQL("ALTER TABLE {} RESET (autovacuum_enabled)").format(sql.SQL(table)))
    conn.execute("RESET maintenance_work_mem")
    conn.execute("RESET work_mem")
    return timings


def load_copy(articles, total: int, deadline: float, progress) -> tuple[int, int, dict]:
    """COPY the planned articles and their mentions; returns (articles loaded, mention rows, timings)."""
    admin = connect()
    timings: dict = {"connections": CONNECTIONS, "chunk": CHUNK}
    try:
        began = time.perf_counter()
        deferred = take_apart(admin)
        timings["drop_seconds"] = time.perf_counter() - began
        first = {
            table: admin.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [table]).fetchone()[0]
            for table in COLUMNS
        }
        next_id = dict(first)
        try:
            began = time.perf_counter()
            done, mention_rows = _load_chunks(articles, total, deadline, progress, next_id)
            timings["copy_seconds"] = time.perf_counter() - began
            timings["copy_articles_per_second"] = done / timings["copy_seconds"] if timings["copy_seconds"] else None
        finally:
            for table in COLUMNS:
                if next_id[table] > first[table]:
                    admin.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [table, next_id[table] - 1])
                else:  # nothing loaded: the next id is the one taken above
                    admin.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s, false)", [table, first[table]])
            print("  building the indexes and constraints…", file=sys.stderr, flush=True)
            timings.update(put_back(admin, deferred))
    finally:
        admin.close()
    return done, mention_rows, timings


def _load_chunks(articles, total: int, deadline: float, progress, next_id: dict) -> tuple[int, int]:
    local = threading.local()
    opened: list[psycopg.Connection] = []
    lock = threading.Lock()

    def copy_chunk(rows: dict[str, list[tuple]], first_article: int, last_article: int) -> None:
        if not hasattr(local, "conn"):
            local.conn = connect()
            with lock:
                opened.append(local.conn)
        conn = local.conn
        with conn.transaction(), conn.cursor() as cursor:
            for table, columns in COLUMNS.items():
                with cursor.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.SQL(table), sql.SQL(", ").join(map(sql.Identifier, columns))
                )) as copy:
                    for row in rows[table]:
                        copy.write_row(row)
            cursor.execute(ADD_CHUNK_STATISTICS, [first_article, last_article])
        with lock:
            loaded[0] += last_article - first_article + 1
            progress(loaded[0])

    done = mention_rows = 0
    loaded = [0]  # articles committed, for the progress line
    pending: set = set()
    countries, organisations, people = list(COLUMNS)[1:]
    try:
        with ThreadPoolExecutor(max(1, CONNECTIONS)) as pool:
            while True:
                if deadline and time.time() > deadline:
                    print(f"  deadline reached: stopped after {done:,} of {total:,} articles", file=sys.stderr, flush=True)
                    break
                rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
                now = timezone.now()
                first_article = next_id[ARTICLES]
                for planned in _take(articles, CHUNK):
                    article_id = next_id[ARTICLES]
                    next_id[ARTICLES] += 1
                    fields = planned.fields
                    rows[ARTICLES].append((article_id, *(fields[name] for name in ARTICLE_FIELDS), now, now, None))
                    for code, count in planned.countries:
                        rows[countries].append((next_id[countries], article_id, code, count, False))
                        next_id[countries] += 1
                    for org_id, count in planned.organisations:
                        rows[organisations].append((next_id[organisations], article_id, org_id, count, False))
                        next_id[organisations] += 1
                    for person_id, title, org_id, code, count in planned.people:
                        rows[people].append((next_id[people], article_id, person_id, title, org_id, code, count, False))
                        next_id[people] += 1
                if not rows[ARTICLES]:
                    break
                while len(pending) >= 2 * CONNECTIONS:  # keep the producer a couple of chunks ahead, no more
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        future.result()
                pending.add(pool.submit(copy_chunk, rows, first_article, next_id[ARTICLES] - 1))
                done += len(rows[ARTICLES])
                mention_rows += len(rows[countries]) + len(rows[organisations]) + len(rows[people])
            for future in pending:
                future.result()
    finally:
        for each in opened:
            each.close()
    return done, mention_rows


def _take(iterator, n: int):
    for _ in range(n):
        try:
            yield next(iterator)
        except StopIteration:
            return
