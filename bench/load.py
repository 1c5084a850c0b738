"""`make load`: readers hammer the production server while an import runs; errors, throughput and p95.

    .venv/bin/python -m bench.load --size 100000 --users 50 --seconds 60

1. The archive: `<db>_bench_<size>` on the PostgreSQL server BENCH_DATABASE_URL
   names (bench/load.sh starts a throwaway one when it is unset), built as
   `make bench` builds it; `--reuse` keeps an archive of that size that is
   already there (from `--keep`), which saves the build (10 minutes at 100,000).
2. The request mix of `make bench` for that size, chosen from the data.
3. The production server, scripts/serve.sh (gunicorn, DEBUG off), on a free
   loopback port.
4. An import of `--import-files` corpus files (titles tagged, so they are new)
   started just before the readers and running under them; stopped with
   Ctrl-C's signal when the readers are done if it has not finished.
5. `--users` readers (locust, headless, in .venv-load) for `--seconds`, each
   picking a request of the mix at random, as the results page or the JSON API,
   with a think time of `--wait` seconds between requests.

The report (bench-results/load-<stamp>.json and .txt) gives per request and
overall: requests, errors (HTTP errors, refused connections and searches the
statement timeout stopped), throughput, p50 / p95 / p99; and the import's
files and rate under the load.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

from bench.common import DEFAULT_CORPUS, DEFAULT_OUT, LOAD_SOURCE_NAME, ROOT, work_dir
from bench.run import drop_database, machine_info, prepare_database, run_worker, worker_env

PY = sys.executable
LOCUST = ROOT / ".venv-load" / "bin" / "locust"


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="archive size in articles")
    parser.add_argument("--users", type=int, default=50, help="concurrent readers")
    parser.add_argument("--seconds", type=int, default=60, help="how long the readers read")
    parser.add_argument("--wait", default="1 3", help='think time between a reader\'s requests, "MIN MAX" seconds')
    parser.add_argument("--import-files", type=int, default=2000, help="files the import under load reads (0: none)")
    parser.add_argument("--workers", type=int, help="gunicorn worker processes (default: serve.sh's, 2 × cores + 1)")
    parser.add_argument("--reuse", action="store_true", help="use the archive of this size if it is already there")
    parser.add_argument("--keep", action="store_true", help="keep the archive afterwards (for --reuse)")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("BENCH_CORPUS") or DEFAULT_CORPUS))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def archive_size(url: str) -> int | None:
    import psycopg

    try:
        with psycopg.connect(url) as connection:
            return connection.execute("SELECT count(*) FROM articles_article").fetchone()[0]
    except psycopg.Error:
        return None


def last_import_run(url: str) -> dict:
    """The counts the importer recorded for its run (it prints none when it is interrupted)."""
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(url, row_factory=dict_row) as connection:
        return connection.execute("SELECT * FROM articles_importrun ORDER BY id DESC LIMIT 1").fetchone() or {}


def archive_url(size: int) -> str:
    base = urlsplit(os.environ["BENCH_DATABASE_URL"])
    return base._replace(path=f"/{base.path.strip('/') or 'newsarchive'}_bench_{size}").geturl()


def start_server(url: str, port: int, workers: int | None, log: Path) -> subprocess.Popen:
    env = {**worker_env(url), "HOST": "127.0.0.1", "PORT": str(port)}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    process = subprocess.Popen(["scripts/serve.sh"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit("the server did not start:\n" + log.read_text()[-3000:])
            time.sleep(0.3)


def read_stats(prefix: Path) -> list[dict]:
    rows = []
    with open(f"{prefix}_stats.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append({
                "request": row["Name"],
                "requests": int(row["Request Count"]),
                "errors": int(row["Failure Count"]),
                "per_second": float(row["Requests/s"]),
                "p50": float(row["50%"]) if row["50%"] != "N/A" else None,
                "p95": float(row["95%"]) if row["95%"] != "N/A" else None,
                "p99": float(row["99%"]) if row["99%"] != "N/A" else None,
                "max": float(row["Max Response Time"]),
            })
    return rows


def read_failures(prefix: Path) -> list[dict]:
    path = Path(f"{prefix}_failures.csv")
    if not path.exists():
        return []
    with path.open(newline="") as handle:
        return [{"request": r["Name"], "error": r["Error"], "occurrences": int(r["Occurrences"])} for r in csv.DictReader(handle)]


def render(report: dict) -> str:
    lines = [
        f"Load: {report['users']} readers for {report['seconds']} s (think time {report['wait']} s), "
        f"PostgreSQL, {report['size']:,} articles, gunicorn on loopback; import running: {report['import'].get('running_during_load')}",
        "",
        f"{'request':<34} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}",
    ]
    for row in report["requests"]:
        lines.append(
            f"{row['request'][:34]:<34} {row['requests']:>8,} {row['errors']:>6,} {row['per_second']:>7.1f} "
            f"{row['p50'] or 0:>8,.0f} {row['p95'] or 0:>8,.0f} {row['p99'] or 0:>8,.0f}"
        )
    imp = report["import"]
    lines += ["", f"Import under load: {imp.get('files_done', 0):,} files in {imp.get('seconds', 0):,.0f} s "
                  f"({imp.get('per_second') or 0:,.1f} files/s), run {imp.get('status')}, failed {imp.get('failed')}"]
    for failure in report["failures"][:10]:
        lines.append(f"  error: {failure['request']}: {failure['error']} × {failure['occurrences']}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    args = parse_args(argv)
    if not LOCUST.exists():
        raise SystemExit(f"{LOCUST} is missing: run `make load`, which installs bench/requirements-load.txt there.")
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    work = work_dir(args.out)
    bench_args = SimpleNamespace(out=args.out, corpus=args.corpus, repeat=0, budget=0, processes=os.cpu_count() or 1, deadline=0)
    report = {
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "size": args.size, "users": args.users, "seconds": args.seconds, "wait": args.wait,
        "machine": machine_info(["postgresql"]),
    }

    url = archive_url(args.size)
    have = archive_size(url) if args.reuse else None
    if have is not None and have >= args.size:
        print(f"== reusing the archive of {have:,} articles", file=sys.stderr, flush=True)
        run_worker("forget-import", url, bench_args, args.size)
    else:
        print(f"== building an archive of {args.size:,} articles", file=sys.stderr, flush=True)
        url = prepare_database("postgresql", args.size, args.out)
        run_worker("parse-cache", url, bench_args, args.size)
        run_worker("build", url, bench_args, args.size)
    mix_file = work / f"load-mix-{args.size}.json"
    if have is not None and have >= args.size and mix_file.exists():
        report["mix"] = json.loads(mix_file.read_text())["chosen"]  # the archive's own mix, from the run that built it
    else:
        run_worker("parse-cache", url, bench_args, args.size)  # the mix is chosen from the parsed corpus
        report["mix"] = run_worker("mix", url, bench_args, args.size, mix_file=mix_file)["chosen"]

    import_dir = work / "load-import-files"
    if args.import_files:
        from bench.importing import prepare_files

        report["import_files"] = prepare_files(args.corpus, import_dir, args.import_files)

    port = free_port()
    server = start_server(url, port, args.workers, work / "load-server.log")
    importer = None
    try:
        if args.import_files:
            importer = subprocess.Popen(
                [PY, "manage.py", "import_articles", str(import_dir), "--source", LOAD_SOURCE_NAME, "--json"],
                cwd=ROOT, env=worker_env(url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
        import_started = time.perf_counter()
        prefix = work / f"load-{stamp}"
        locust = subprocess.run(
            [str(LOCUST), "-f", "bench/locustfile.py", "--headless", "--users", str(args.users),
             "--spawn-rate", str(args.users), "--run-time", f"{args.seconds}s", "--host", f"http://127.0.0.1:{port}",
             "--csv", str(prefix), "--only-summary", "--stop-timeout", "30", "--exit-code-on-error", "0"],
            cwd=ROOT, env={**os.environ, "LOAD_MIX": str(mix_file), "LOAD_WAIT": args.wait},
            capture_output=True, text=True,
        )
        if locust.returncode != 0:
            raise SystemExit(f"locust failed ({locust.returncode}):\n{locust.stderr[-3000:]}")
        report["requests"] = read_stats(prefix)
        report["failures"] = read_failures(prefix)
        if importer is not None:
            report["import"] = {"running_during_load": importer.poll() is None}
            if importer.poll() is None:
                importer.send_signal(signal.SIGINT)  # rolls back the chunk in flight, records the run as interrupted
            try:
                out, err = importer.communicate(timeout=300)
            except subprocess.TimeoutExpired:
                importer.kill()
                out, err = importer.communicate()
            seconds = time.perf_counter() - import_started
            run = last_import_run(url)
            done = sum(run.get(k) or 0 for k in ("imported", "updated", "unchanged", "duplicates", "failed"))
            report["import"].update(
                exit=importer.returncode, seconds=seconds, files_done=done, failed=run.get("failed"),
                status=run.get("status"), per_second=done / seconds if seconds else None, stderr_tail=err[-500:],
            )
        else:
            report["import"] = {"running_during_load": False}
    finally:
        if importer is not None and importer.poll() is None:
            importer.kill()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        if not args.keep:
            drop_database("postgresql", url)
    report["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    report["machine"]["loadavg_end"] = list(os.getloadavg())
    table = render(report)
    (args.out / f"load-{stamp}.json").write_text(json.dumps(report, indent=1, default=str))
    (args.out / f"load-{stamp}.txt").write_text(table)
    print(table)
    total = next((r for r in report["requests"] if r["request"] == "Aggregated"), None)
    return 0 if total and total["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
