"""The COPY build makes the archive bulk_create makes: both builds on PostgreSQL, every difference printed.

    BENCH_DATABASE_URL=postgres://user@host:port/db .venv/bin/python -m bench.buildcheck --size 10000

Builds `<db>_buildcheck_bulk_create` and `<db>_buildcheck_copy` from the same
corpus cache (run `make bench` once, or this parses the corpus first), then
compares: the row count of every table; every row of every table but for
created_at / updated_at (an md5 per row, in id order); the sequences; the
search statistics row; the indexes, constraints, triggers and table options;
ANALYZE's statistics of articles_article (the same at 10,000 articles, where
ANALYZE reads every row); and the JSON of /api/search/ for every request of
the bench's search mix, plus Article.objects.search for a few queries. Exit
status 1 when anything differs. Not part of `make test`; the databases are
dropped afterwards unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.common import DEFAULT_CORPUS, DEFAULT_OUT, ROOT, work_dir

METHODS = ("bulk_create", "copy")
QUERIES = ["tariffs", "climate change", '"prime minister"', "vaccine -covid", "ukraine OR russia", "qzxvjkwplm"]
IGNORED_COLUMNS = {"created_at", "updated_at", "applied"}  # the time of loading (and of migrating)


def describe(mix_file: Path) -> dict:
    """Everything the archive is made of, in comparable form (runs inside Django, on DATABASE_URL)."""
    from django.db import connection
    from django.test import Client

    from articles.models import Article
    from bench.searchmix import load_mix

    found: dict = {"tables": {}, "rows": {}, "sequences": {}}
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        tables = [r[0] for r in cursor.fetchall()]
        for table in tables:
            cursor.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped "
                "ORDER BY attnum",
                [table],
            )
            columns = [r[0] for r in cursor.fetchall() if r[0] not in IGNORED_COLUMNS]
            order = "id" if "id" in columns else ", ".join(f'"{c}"' for c in columns)
            cursor.execute(
                f"SELECT count(*), md5(string_agg(md5(row({', '.join(chr(34) + c + chr(34) for c in columns)})::text), '' "
                f"ORDER BY {order})) FROM {table}"
            )
            found["tables"][table], found["rows"][table] = cursor.fetchone()
        cursor.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1"
        )
        found["sequences"] = dict(cursor.fetchall())
        catalogue = {
            "search_stats": "SELECT id, documents, lexemes FROM articles_search_stats ORDER BY id",
            "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1, 2",
            "constraints": "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid), convalidated "
            "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2",
            "triggers": "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2",
            "reloptions": "SELECT relname, reloptions FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND reloptions IS NOT NULL ORDER BY 1",
        }
        for name, sql in catalogue.items():
            cursor.execute(sql)
            found[name] = cursor.fetchall()
        cursor.execute(
            "SELECT attname, null_frac, n_distinct, most_common_vals::text, most_common_elems::text, "
            "most_common_elem_freqs::text FROM pg_stats WHERE tablename = 'articles_article' ORDER BY attname"
        )
        found["pg_stats"] = [
            row for row in cursor.fetchall() if row[0] not in IGNORED_COLUMNS
        ]
    mix, _ = load_mix(mix_file)
    client = Client()
    found["api"] = {}
    for item in mix:
        response = client.get("/api/search/?" + item.query_string)
        found["api"][item.name] = [response.status_code, response.json()]
    found["search"] = {
        q: [[a.pk, round(a.search_rank or 0, 9)] for a in Article.objects.search(q).order_by("-search_rank", "-id")[:50]]
        for q in QUERIES
    }
    return json.loads(json.dumps(found, default=str))


def differences(a, b, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                out.append(f"{path}/{key}: only in {'copy' if key in b else 'bulk_create'}")
            else:
                out += differences(a[key], b[key], f"{path}/{key}")
        return out
    if a != b:
        return [f"{path}: bulk_create {json.dumps(a)[:300]} ≠ copy {json.dumps(b)[:300]}"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.buildcheck", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="articles in each archive")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("BENCH_CORPUS") or DEFAULT_CORPUS))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the corpus cache is (bench-results)")
    parser.add_argument("--keep", action="store_true", help="keep the two databases")
    parser.add_argument("--describe", type=Path, help=argparse.SUPPRESS)  # internal: the mix file; print a description
    args = parser.parse_args(argv)
    if args.describe:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
        import django

        django.setup()
        print(json.dumps(describe(args.describe)))
        return 0
    if not os.environ.get("BENCH_DATABASE_URL"):
        parser.error("needs BENCH_DATABASE_URL=postgres://user@host:port/db")

    from types import SimpleNamespace

    from bench.run import PY, _pg_admin, run_worker, worker_env

    base = urlsplit(os.environ["BENCH_DATABASE_URL"])
    bench_args = SimpleNamespace(out=args.out, corpus=args.corpus, repeat=0, budget=0, processes=os.cpu_count() or 1, deadline=0)
    mix_file = work_dir(args.out) / f"buildcheck-mix-{args.size}.json"
    mix_file.unlink(missing_ok=True)
    described, builds = {}, {}
    for method in METHODS:
        name = f"{base.path.strip('/') or 'newsarchive'}_buildcheck_{method}"
        url = urlunsplit(base._replace(path="/" + name))
        with _pg_admin(os.environ["BENCH_DATABASE_URL"]) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=worker_env(url), check=True)
            print(f"== {method}", file=sys.stderr, flush=True)
            run_worker("parse-cache", url, bench_args, args.size)
            builds[method] = run_worker("build", url, bench_args, args.size, build_method=method)
            if not mix_file.exists():
                run_worker("mix", url, bench_args, args.size, mix_file=mix_file)
            started = time.perf_counter()
            done = subprocess.run(
                [PY, "-m", "bench.buildcheck", "--describe", str(mix_file)],
                cwd=ROOT, env=worker_env(url), check=True, capture_output=True, text=True,
            )
            described[method] = json.loads(done.stdout)
            print(f"  described in {time.perf_counter() - started:,.1f} s", file=sys.stderr, flush=True)
        finally:
            if not args.keep:
                with _pg_admin(url) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    for method, result in builds.items():
        print(
            f"{method:>11}: {result['articles']:,} articles, {result['mention_rows']:,} mention rows, "
            f"{result['articles_per_second']:,.0f} articles/s over the load "
            f"({result['load_seconds'] - result['entities_seconds']:,.1f} s), then VACUUM ANALYZE {result['maintenance_seconds']:,.1f} s"
        )
    found = differences(*(described[m] for m in METHODS))
    old = described[METHODS[0]]
    print(
        f"compared {len(old['tables'])} tables ({sum(old['tables'].values()):,} rows), {len(old['indexes'])} indexes, "
        f"{len(old['constraints'])} constraints, {len(old['triggers'])} triggers, {len(old['sequences'])} sequences, "
        f"search statistics {old['search_stats']}, {len(old['api'])} API searches, {len(old['search'])} manager searches"
    )
    if found:
        print(f"{len(found)} differences:")
        for line in found:
            print("  " + line)
        return 1
    print("identical (created_at / updated_at aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
