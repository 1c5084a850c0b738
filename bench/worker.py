"""One phase of the benchmark in its own process, against the database DATABASE_URL names.

    python -m bench.worker PHASE --out result.json [options]

Phases: parse-cache, build, search, import, floors. The orchestrator
(bench/run.py) sets the environment: DATABASE_URL, DEBUG=0 and the settings a
production-like process needs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("phase", choices=["parse-cache", "build", "search", "mix", "forget-import", "import", "floors"])
    parser.add_argument("--out", type=Path, required=True, help="where to write this phase's JSON result")
    parser.add_argument("--results-dir", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--budget", type=float, default=120.0)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--import-dir", type=Path)
    parser.add_argument("--run-id", type=int)
    parser.add_argument("--with-parse", action="store_true")
    parser.add_argument("--deadline", type=float, default=0.0, help="time.time() after which to stop early (0: none)")
    parser.add_argument(
        "--build-method", choices=["copy", "bulk_create"],
        help="how the build loads rows (default: COPY on PostgreSQL, bulk_create on SQLite)",
    )
    parser.add_argument("--mix-file", type=Path, help="the search mix: reused if it exists, else chosen and written")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    import django

    django.setup()

    if args.phase == "parse-cache":
        from bench.archive import ensure_parsed

        result = ensure_parsed(args.results_dir, args.corpus, args.size, args.processes)
    elif args.phase == "build":
        from bench.archive import build

        result = build(args.results_dir, args.corpus, args.size, args.deadline, args.build_method or "")
    elif args.phase == "mix":
        from bench.archive import usable_records
        from bench.searchmix import choose_mix, save_mix

        mix, chosen = choose_mix(usable_records(args.results_dir, args.corpus, args.size), args.size)
        save_mix(args.mix_file, mix, chosen)
        result = {"chosen": chosen}
    elif args.phase == "forget-import":
        from articles.models import Article, Source
        from bench.common import LOAD_SOURCE_NAME

        deleted, _ = Article.objects.filter(source__in=Source.objects.filter(name=LOAD_SOURCE_NAME)).delete()
        result = {"deleted_rows": deleted}
    elif args.phase == "search":
        from bench.archive import usable_records
        from bench.searchmix import choose_mix, load_mix, run_mix, save_mix

        if args.mix_file and args.mix_file.exists():
            mix, chosen = load_mix(args.mix_file)
        else:
            records = usable_records(args.results_dir, args.corpus, args.size)
            mix, chosen = choose_mix(records, args.size)
            del records
            if args.mix_file:
                save_mix(args.mix_file, mix, chosen)
        print("  mix: " + "; ".join(item.what for item in mix), file=sys.stderr, flush=True)
        result = {"chosen": chosen, "rows": run_mix(mix, args.repeat, args.budget, args.deadline)}
    elif args.phase == "import":
        from bench.importing import run_import

        result = run_import(args.import_dir, args.deadline)
    else:
        from bench.importing import floors

        result = floors(args.import_dir, args.run_id, args.with_parse)
    args.out.write_text(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
