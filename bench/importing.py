"""Import measured three ways on the same files: the real importer, and two floors.

The files are IMPORT_FILES corpus files (the last of the fixed shuffle, so a
spread of categories), written to bench-results/work/import-files/ with
" (bench import)" after the title so that they are new to an archive built
from the same corpus. They are imported into the archive of N articles just
measured, as an editor's nightly run would be.

- import: articles.importing.run.import_paths on that directory, in a fresh
  process, with the command's default workers: wall time, and peak RSS
  (ru_maxrss) with RSS sampled as it goes, and the largest worker's peak;
- floors: reading the same files; parse + extraction alone on one core; and a
  bare bulk insert of exactly the rows the import wrote (articles, related
  headlines, mentions), after deleting them: COPY on PostgreSQL, executemany
  on SQLite, into the same indexed tables with their triggers.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from django.db import connection, transaction

from bench.common import IMPORT_TAG, corpus_files, one_core, rss_kib

OUTCOMES = ("imported", "updated", "unchanged", "duplicates", "failed")
ROW_TABLES = [  # children after their parent; deleted in reverse
    "articles_article",
    "articles_relatedheadline",
    "articles_countrymention",
    "articles_organisationmention",
    "articles_personmention",
]


def prepare_files(corpus: Path, target: Path, count: int) -> dict:
    """Write `count` corpus files, titles tagged, under `target` (emptied first)."""
    import shutil

    if target.exists():
        shutil.rmtree(target)
    chosen = corpus_files(corpus)[-count:]
    written = 0
    for source in chosen:
        lines = source.read_text(encoding="utf-8").split("\n")
        # Layout: date line, blank, title, blank, body. Tag the first non-empty line after the date.
        title_at = next((i for i in range(1, len(lines)) if lines[i].strip()), None)
        if title_at is None:
            continue
        lines[title_at] = lines[title_at].rstrip() + IMPORT_TAG
        destination = target / source.relative_to(corpus)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text("\n".join(lines), encoding="utf-8")
        written += 1
    return {"files": written, "bytes": sum(p.stat().st_size for p in target.rglob("*.txt"))}


def run_import(files_dir: Path, deadline: float = 0.0) -> dict:
    """The real importer over the directory, as `manage.py import_articles DIR --source …` runs it."""
    from articles.importing.prepare import default_workers
    from articles.importing.run import ImportOptions, import_paths
    from articles.models import ImportRun
    from bench.common import SOURCE_NAME

    baseline = rss_kib()
    samples = []
    seen = 0

    def progress(path, outcome):
        nonlocal seen
        seen += 1
        if seen % 250 == 0:
            samples.append([seen, rss_kib()])
        if deadline and time.time() > deadline:
            raise KeyboardInterrupt  # import_paths records the run as interrupted, the chunk in flight rolled back

    workers = default_workers()  # as the command runs it
    started = time.perf_counter()
    try:
        summary = import_paths([str(files_dir)], ImportOptions(source=SOURCE_NAME, workers=workers), progress=progress)
        counts = {name: getattr(summary, name) for name in OUTCOMES}
        run_id, errors, interrupted = summary.run_id, summary.errors[:10], False
    except KeyboardInterrupt:
        run = ImportRun.objects.order_by("-pk").first()  # the importer recorded the run as interrupted
        counts = {name: getattr(run, name) for name in OUTCOMES}
        run_id, errors, interrupted = run.pk, [], True
    seconds = time.perf_counter() - started
    files = sum(counts.values())
    return {
        "interrupted_by_deadline": interrupted,
        "files": files,
        **counts,
        "run_id": run_id,
        "seconds": seconds,
        "articles_per_second": files / seconds if seconds else None,
        "rss_baseline_kib": baseline,
        "rss_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "workers": workers,
        "rss_worker_peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,  # the largest worker
        "rss_samples_kib": samples,
        "errors": errors,
    }


def read_floor(files_dir: Path) -> dict:
    files = sorted(files_dir.rglob("*.txt"))
    started = time.perf_counter()
    total = 0
    for path in files:
        with path.open("rb") as handle:
            total += len(handle.read())
    seconds = time.perf_counter() - started
    return {"files": len(files), "bytes": total, "seconds": seconds, "files_per_second": len(files) / seconds,
            "note": "page cache warm (the files were just written and imported)"}


def parse_floor(files_dir: Path) -> dict:
    """parse_file + extract, the importer's own work before the database, pinned to one core."""
    from articles.extraction.extract import extract
    from articles.importing.entities import build_gazetteer
    from articles.importing.parse import ParseError, parse_file
    from articles.importing.run import DEFAULT_MAX_BYTES

    one_core()
    gazetteer = build_gazetteer()
    files = sorted(files_dir.rglob("*.txt"))
    parse_seconds = extract_seconds = 0.0
    parsed_count = 0
    for path in files:
        started = time.perf_counter()
        try:
            parsed = parse_file(path, max_bytes=DEFAULT_MAX_BYTES)
        except ParseError:
            parse_seconds += time.perf_counter() - started
            continue
        middle = time.perf_counter()
        extract(parsed.title, parsed.paragraphs, gazetteer)
        parse_seconds += middle - started
        extract_seconds += time.perf_counter() - middle
        parsed_count += 1
    seconds = parse_seconds + extract_seconds
    return {
        "files": len(files),
        "parsed": parsed_count,
        "seconds": seconds,
        "articles_per_second": parsed_count / seconds,
        "parse_only_per_second": len(files) / parse_seconds,
        "extract_seconds": extract_seconds,
        "cpu_affinity": sorted(__import__("os").sched_getaffinity(0)),
    }


def _columns(cursor, table: str) -> list[str]:
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position",
            [table],
        )
        return [r[0] for r in cursor.fetchall()]
    cursor.execute(f"PRAGMA table_info({table})")
    return [r[1] for r in cursor.fetchall()]


def bulk_insert_floor(run_id: int) -> dict:
    """Delete the rows the import run wrote, then insert the very same rows back the fastest plain way."""
    article_filter = "SELECT id FROM articles_article WHERE import_run_id = %s"
    snapshot: dict[str, tuple[list[str], list[tuple]]] = {}
    with connection.cursor() as cursor:
        for table in ROW_TABLES:
            columns = _columns(cursor, table)
            key = "id" if table == "articles_article" else "article_id"
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {key} IN ({article_filter})", [run_id])
            snapshot[table] = (columns, cursor.fetchall())
        with transaction.atomic():
            for table in reversed(ROW_TABLES):
                key = "id" if table == "articles_article" else "article_id"
                ids = [row[0] for row in snapshot["articles_article"][1]]
                cursor.execute(f"DELETE FROM {table} WHERE {key} IN ({', '.join(['%s'] * len(ids))})", ids)
    rows = {table: len(data[1]) for table, data in snapshot.items()}

    started = time.perf_counter()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            raw = connection.connection.cursor()
            for table in ROW_TABLES:
                columns, data = snapshot[table]
                with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
            method = "COPY (psycopg cursor.copy), one transaction"
        else:
            with connection.cursor() as cursor:
                for table in ROW_TABLES:
                    columns, data = snapshot[table]
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
            method = "executemany, one transaction"
    seconds = time.perf_counter() - started
    articles = rows["articles_article"]
    return {
        "method": method,
        "rows": rows,
        "seconds": seconds,
        "articles_per_second": articles / seconds if seconds else None,
        "note": "into the indexed tables with their triggers (FTS5 / tsvector + GIN + statistics)",
    }


def floors(files_dir: Path, run_id: int, with_parse: bool) -> dict:
    result = {"read": read_floor(files_dir)}
    print("  floor: bulk insert of the imported rows…", file=sys.stderr, flush=True)
    result["bulk_insert"] = bulk_insert_floor(run_id)
    if with_parse:
        print("  floor: parse + extraction on one core…", file=sys.stderr, flush=True)
        result["parse_extract"] = parse_floor(files_dir)
    return result
