"""`make bench`: build archives of N articles on SQLite and PostgreSQL, measure import and search, report.

    .venv/bin/python -m bench.run --sizes 10000 --databases "sqlite postgresql" --repeat 30

PostgreSQL is the server BENCH_DATABASE_URL names (bench/run.sh starts a
throwaway one when it is unset); each size gets its own database on it,
`<dbname>_bench_<size>`, dropped and re-created. SQLite gets a file under
bench-results/work/. Every phase runs in its own process (bench/worker.py),
so the import's peak memory is the import's own. The JSON report and the
table land in bench-results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.common import DEFAULT_CORPUS, DEFAULT_OUT, ROOT, work_dir
from bench.report import render

PY = sys.executable
LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _words(value: str) -> list[str]:
    return [w for w in value.replace(",", " ").split() if w]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000", help='archive sizes in articles, e.g. "10000 100000"')
    parser.add_argument("--databases", default="sqlite postgresql", help='"sqlite", "postgresql" or both')
    parser.add_argument("--repeat", type=int, default=30, help="measured runs of each request of the mix")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds one request may take over all its runs")
    parser.add_argument("--import-files", type=int, default=2000, help="files the import is measured on (0: skip)")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="processes parsing the corpus cache")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("BENCH_CORPUS") or DEFAULT_CORPUS))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report directory (gitignored)")
    parser.add_argument(
        "--keep", action="store_true",
        help="keep the SQLite files / PostgreSQL databases afterwards, as built: the import then runs on a copy",
    )
    parser.add_argument(
        "--reuse", action="store_true",
        help="measure a kept archive of that size if it is complete instead of building it again (implies --keep)",
    )
    parser.add_argument(
        "--deadline-minutes", type=float, default=0,
        help="stop measuring after this long and report how far the run got (0: no limit)",
    )
    args = parser.parse_args(argv)
    args.keep = args.keep or args.reuse
    args.sizes = [int(s.replace("_", "")) for s in _words(args.sizes)]
    args.databases = _words(args.databases)
    unknown = set(args.databases) - set(LABELS)
    if unknown:
        parser.error(f"unknown database {', '.join(sorted(unknown))}; use sqlite and/or postgresql")
    if "postgresql" in args.databases and not os.environ.get("BENCH_DATABASE_URL"):
        parser.error("PostgreSQL needs BENCH_DATABASE_URL=postgres://user@host:port/db (bench/run.sh starts one)")
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    return args


def worker_env(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DEBUG="0",
        SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
        ALLOWED_HOSTS="testserver,localhost,127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _pg_admin(url: str):
    import psycopg

    parts = urlsplit(url)
    for admin_db in ("postgres", "template1"):
        try:
            return psycopg.connect(urlunsplit(parts._replace(path="/" + admin_db)), autocommit=True)
        except psycopg.OperationalError:
            continue
    raise SystemExit(f"cannot connect to the PostgreSQL server of BENCH_DATABASE_URL ({parts.hostname}:{parts.port})")


def archive_url(database: str, size: int, out: Path) -> str:
    """Where the archive of `size` articles lives: a file under bench-results/work/, or `<db>_bench_<size>`."""
    if database == "sqlite":
        return f"sqlite:///{(work_dir(out) / f'bench-{size}.sqlite3').resolve()}"
    base = urlsplit(os.environ["BENCH_DATABASE_URL"])
    return urlunsplit(base._replace(path=f"/{base.path.strip('/') or 'newsarchive'}_bench_{size}"))


def complete_archive(database: str, url: str, size: int) -> int | None:
    """The kept archive's article count if it is whole and as built (all its indexes, no import in it), else None."""
    if database == "sqlite":
        import sqlite3

        path = Path(urlsplit(url).path)
        if not path.exists():
            return None
        with sqlite3.connect(path) as db:
            try:
                count, imported = db.execute(
                    "SELECT count(*), count(import_run_id) FROM articles_article"
                ).fetchone()
            except sqlite3.Error:
                return None
        return count if count == size and not imported else None
    import psycopg

    try:
        with psycopg.connect(url) as db:
            count, imported = db.execute("SELECT count(*), count(import_run_id) FROM articles_article").fetchone()
            indexed = db.execute("SELECT to_regclass('articles_article_search_vector') IS NOT NULL").fetchone()[0]
            tracked = db.execute(
                "SELECT tgenabled = 'O' FROM pg_trigger WHERE tgname = 'articles_search_stats_track'"
            ).fetchone()
    except psycopg.Error:
        return None
    return count if count == size and not imported and indexed and tracked and tracked[0] else None


def copy_database(database: str, url: str) -> str:
    """A copy of the archive for the import to write into, so that the kept archive stays as built."""
    if database == "sqlite":
        import sqlite3

        source = Path(urlsplit(url).path)
        target = source.with_name(source.stem + "-import.sqlite3")
        for stale in target.parent.glob(target.name + "*"):
            stale.unlink()
        db, copy = sqlite3.connect(source), sqlite3.connect(target)
        try:
            db.backup(copy)
        finally:
            copy.close()
            db.close()
        return f"sqlite:///{target}"
    name = urlsplit(url).path.strip("/")
    with _pg_admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}_import"')
        admin.execute(f'CREATE DATABASE "{name}_import" TEMPLATE "{name}" STRATEGY FILE_COPY')
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}_import"))


def prepare_database(database: str, size: int, out: Path) -> str:
    """A fresh, migrated database for one archive; returns its DATABASE_URL."""
    url = archive_url(database, size, out)
    if database == "sqlite":
        path = Path(urlsplit(url).path)
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    else:
        name = urlsplit(url).path.strip("/")
        with _pg_admin(os.environ["BENCH_DATABASE_URL"]) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=worker_env(url), check=True)
    return url


def database_size(database: str, url: str) -> int:
    if database == "sqlite":
        return Path(urlsplit(url).path).stat().st_size
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def drop_database(database: str, url: str) -> None:
    if database == "sqlite":
        path = Path(urlsplit(url).path)
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    else:
        name = urlsplit(url).path.strip("/")
        with _pg_admin(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def run_worker(phase: str, url: str, args: argparse.Namespace, size: int, **extra) -> dict:
    extra.setdefault("deadline", args.deadline or None)
    out = work_dir(args.out) / f"{phase}.json"
    command = [
        PY, "-m", "bench.worker", phase, "--out", str(out), "--results-dir", str(args.out),
        "--corpus", str(args.corpus), "--size", str(size), "--repeat", str(args.repeat),
        "--budget", str(args.budget), "--processes", str(args.processes),
    ]
    for key, value in extra.items():
        if value is True:
            command.append("--" + key.replace("_", "-"))
        elif value is not None and value is not False:
            command += ["--" + key.replace("_", "-"), str(value)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=worker_env(url), check=True)
    result = json.loads(out.read_text())
    out.unlink()
    print(f"  {phase}: {time.perf_counter() - started:,.1f} s", file=sys.stderr, flush=True)
    return result


def machine_info(databases: list[str]) -> dict:
    import sqlite3

    info = {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gib": _mem_gib(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": metadata.version("django"),
        "psycopg": metadata.version("psycopg"),
        "sqlite": sqlite3.sqlite_version,
        "loadavg_start": list(os.getloadavg()),
        "git": _git(),
    }
    if "postgresql" in databases:
        with _pg_admin(os.environ["BENCH_DATABASE_URL"]) as admin:
            info["postgresql"] = admin.execute("SELECT version()").fetchone()[0]
            info["postgresql_settings"] = {
                name: admin.execute(f"SHOW {name}").fetchone()[0]
                for name in ("shared_buffers", "work_mem", "effective_cache_size", "fsync", "synchronous_commit", "jit")
            }
    return info


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _mem_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def _git() -> dict:
    def git(*command: str) -> str:
        done = subprocess.run(["git", *command], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    changed = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": git("rev-parse", "HEAD"), "modified_files": len(changed.splitlines()) if changed else 0}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.deadline = time.time() + args.deadline_minutes * 60 if args.deadline_minutes else 0.0
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    report = {
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "options": {
            "sizes": args.sizes, "databases": args.databases, "repeat": args.repeat, "budget_s": args.budget,
            "import_files": args.import_files, "corpus": str(args.corpus),
            "deadline_minutes": args.deadline_minutes or None,
        },
        "machine": machine_info(args.databases),
        "results": {},
    }
    failed = False
    import_dir = work_dir(args.out) / "import-files"
    parse_measured = False
    for size in args.sizes:  # the first database chooses each size's mix, the others (and --reuse) reuse it
        if not args.reuse:
            (work_dir(args.out) / f"mix-{size}.json").unlink(missing_ok=True)
    if args.import_files:
        from bench.importing import prepare_files

        report["import_files"] = prepare_files(args.corpus, import_dir, args.import_files)

    def out_of_time() -> bool:
        return bool(args.deadline) and time.time() > args.deadline

    interrupted = False
    for database, size in [(d, s) for d in args.databases for s in args.sizes]:
        if interrupted or out_of_time():
            report.setdefault("not_run", []).append(f"{database} {size}")
            continue
        label = f"{LABELS[database]}, {size:,} articles"
        print(f"\n== {label}", file=sys.stderr, flush=True)
        result: dict = {}
        report["results"].setdefault(database, {})[str(size)] = result
        url = import_url = None
        mix_file = work_dir(args.out) / f"mix-{size}.json"
        try:
            reused = complete_archive(database, archive_url(database, size, args.out), size) if args.reuse else None
            if reused is not None:
                url = archive_url(database, size, args.out)
                result["reused"] = {"articles": reused, "database_bytes": database_size(database, url)}
                print(f"  reusing the kept archive of {reused:,} articles", file=sys.stderr, flush=True)
                # A kept archive may predate the code's latest migrations (a new index, a new SQL function).
                subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=worker_env(url), check=True)
                if not mix_file.exists():  # the mix is chosen from the parsed corpus
                    result["parse_cache"] = run_worker("parse-cache", url, args, size)
            else:
                if args.reuse and database == args.databases[0]:  # a new archive chooses its mix afresh
                    mix_file.unlink(missing_ok=True)
                url = prepare_database(database, size, args.out)
                result["parse_cache"] = run_worker("parse-cache", url, args, size)
                result["build"] = run_worker("build", url, args, size)
                if not result["build"]["complete"]:
                    result["error"] = (
                        f"deadline: the archive stopped at {result['build']['articles']:,} of {size:,} articles; "
                        "nothing measured on it"
                    )
                    continue
            result["search"] = run_worker("search", url, args, size, mix_file=mix_file)
            if args.import_files and out_of_time():
                result["import_skipped"] = "deadline reached before the import"
            elif args.import_files:
                if args.keep:  # the import writes into a copy: the kept archive stays as built, for --reuse
                    started = time.perf_counter()
                    import_url = copy_database(database, url)
                    result["import_copy_seconds"] = time.perf_counter() - started
                    print(f"  copied the archive for the import: {result['import_copy_seconds']:,.1f} s", file=sys.stderr, flush=True)
                result["import"] = run_worker("import", import_url or url, args, size, import_dir=import_dir)
                result["floors"] = run_worker(
                    "floors", import_url or url, args, size, import_dir=import_dir, run_id=result["import"]["run_id"],
                    with_parse=not parse_measured,
                )
                parse_measured = parse_measured or "parse_extract" in result["floors"]
        except (subprocess.CalledProcessError, OSError, KeyError) as exc:
            failed = True
            result["error"] = f"{type(exc).__name__}: {exc}"
            print(f"  FAILED: {result['error']}", file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            interrupted = failed = True
            result["error"] = "interrupted (Ctrl-C); the phases before it are reported"
            print("  interrupted", file=sys.stderr, flush=True)
        finally:
            if import_url:
                drop_database(database, import_url)
            if url and not args.keep:
                drop_database(database, url)
    report["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    report["machine"]["loadavg_end"] = list(os.getloadavg())
    if not args.keep:
        shutil.rmtree(import_dir, ignore_errors=True)
        for size in args.sizes:
            (work_dir(args.out) / f"mix-{size}.json").unlink(missing_ok=True)

    table = render(report)
    json_path = args.out / f"bench-{stamp}.json"
    json_path.write_text(json.dumps(report, indent=1, default=str))
    (args.out / f"bench-{stamp}.txt").write_text(table)
    print()
    print(table)
    print(f"Report: {json_path.relative_to(ROOT) if json_path.is_relative_to(ROOT) else json_path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
