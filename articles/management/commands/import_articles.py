"""Load scraped article files into the archive."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.importing.prepare import MAX_DEFAULT_WORKERS, WorkerDied, default_workers
from articles.importing.run import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, ImportOptions, import_paths


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date {value!r} is not a date in the form YYYY-MM-DD", returncode=2) from None


def _interrupt(signum, frame):
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = (
        "Import scraped article text files (files or directories, recursively). "
        "Exit status: 0 when no file failed, 1 when some failed (the rest are imported), 2 for a usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Article files or directories to import.")
        parser.add_argument(
            "--source",
            default="",
            help="The outlet the files come from (created if new). Default: the file's own Source: line, "
            "else the article's current source when re-importing, else 'Unknown source'.",
        )
        parser.add_argument("--date", default=None, help="Publication date YYYY-MM-DD for files that carry none.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse, extract and report what would happen; write nothing."
        )
        parser.add_argument("--glob", default="*.txt", help="File-name pattern inside directories (default: *.txt).")
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help=f"Files larger than this fail as too large (default: {DEFAULT_MAX_BYTES:,} bytes).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH_SIZE,
            help=f"Files loaded per transaction (default: {DEFAULT_BATCH_SIZE}). A bad file still fails alone; "
            "a killed process loses at most this many files, never half an article; 1 commits every file.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes that parse and extract files while others are stored (default: one per CPU core, "
            f"at most {MAX_DEFAULT_WORKERS}); 0 does everything in this process. A run of one batch never starts "
            "any, and a re-run starts them at its first new or changed files.",
        )
        parser.add_argument("--json", action="store_true", help="Print the run summary as one JSON object on stdout.")

    def handle(self, *args, **options):
        if options["max_bytes"] < 1:
            raise CommandError("--max-bytes must be positive", returncode=2)
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be positive", returncode=2)
        if options["workers"] is not None and options["workers"] < 0:
            raise CommandError("--workers must be 0 or more", returncode=2)
        workers = options["workers"] if options["workers"] is not None else default_workers()
        import_options = ImportOptions(
            source=options["source"],
            default_date=_iso_date(options["date"]) if options["date"] else None,
            dry_run=options["dry_run"],
            pattern=options["glob"],
            max_bytes=options["max_bytes"],
            batch_size=options["batch_size"],
            workers=workers,
        )
        verbosity = options["verbosity"]
        progress = None
        bar = None
        if not options["json"] and verbosity >= 1 and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(unit=" files", file=sys.stderr, leave=False)

            def progress(path, outcome):
                bar.update(1)
        elif verbosity >= 2:

            def progress(path, outcome):
                self.stderr.write(f"{outcome:>10}  {path}")

        # A polite kill (SIGTERM) ends the run the way Ctrl-C does: the batch in
        # flight is rolled back and the run is recorded as interrupted.
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            summary = import_paths(options["paths"], import_options, progress)
        except WorkerDied as exc:
            raise CommandError(f"{exc}. The batches stored before it were kept; the run is recorded as crashed.", returncode=1) from exc
        except KeyboardInterrupt:
            raise CommandError(
                "Interrupted; the batch in flight was rolled back (nothing half-written), the batches before it "
                "were kept, the run is recorded as interrupted. Run the same import again to finish it.",
                returncode=130,
            ) from None
        finally:
            signal.signal(signal.SIGTERM, previous)
            if bar is not None:
                bar.close()
        if summary.files == 0:
            self.stderr.write(self.style.WARNING(f"No files matching {import_options.pattern!r} were found."))

        if options["json"]:
            self.stdout.write(json.dumps(summary.as_json(), ensure_ascii=False))
        elif verbosity >= 1:
            self._report(summary, import_options.dry_run)
        if summary.failed:
            sys.exit(1)

    def _report(self, summary, dry_run: bool) -> None:
        prefix = "Dry run, nothing written: would import" if dry_run else "Imported"
        line = (
            f"{prefix} {summary.imported}, updated {summary.updated}, unchanged {summary.unchanged}, "
            f"duplicates {summary.duplicates}, failed {summary.failed}."
        )
        self.stdout.write(self.style.SUCCESS(line) if not summary.failed else self.style.WARNING(line))
        for note in summary.notes:
            self.stdout.write(f"  note: {note['path']}: {note['note']}")
        for error in summary.errors:
            self.stderr.write(self.style.ERROR(f"  failed: {error['path']}: {error['error']}"))
        if summary.run_id:
            self.stdout.write(f"Recorded as import run #{summary.run_id}.")
