"""One import run: find files, parse and extract each, load each in its own transaction, record the run."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from articles.extraction.extract import extract
from articles.extraction.gazetteer import Gazetteer
from articles.importing.entities import build_gazetteer
from articles.importing.files import find_files
from articles.importing.load import load_article
from articles.importing.parse import ParseError, parse_file
from articles.models import ImportFailure, ImportRun

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # no real article comes near 5 MiB of text


@dataclass
class ImportOptions:
    source: str = ""
    default_date: dt.date | None = None
    dry_run: bool = False
    pattern: str = "*.txt"
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class RunSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)  # e.g. legacy encodings detected
    run_id: int | None = None

    @property
    def files(self) -> int:
        return self.imported + self.updated + self.unchanged + self.duplicates + self.failed

    def as_json(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "errors": self.errors,
        }


ProgressCallback = Callable[[Path, str], None]


def import_paths(paths: list[str], options: ImportOptions, progress: ProgressCallback | None = None) -> RunSummary:
    """Import every file under `paths`. Ctrl-C stops after rolling back the file in flight."""
    summary = RunSummary()
    run = None
    if not options.dry_run:
        mark_abandoned_runs()
        run = ImportRun.objects.create(
            started_by=_user(),
            hostname=socket.gethostname()[:255],
            pid=os.getpid(),
            paths=[str(p) for p in paths],
            options={
                "source": options.source,
                "date": options.default_date.isoformat() if options.default_date else None,
                "glob": options.pattern,
            },
        )
        summary.run_id = run.pk
    status = ImportRun.Status.CRASHED
    gazetteer = build_gazetteer()
    try:
        for candidate in find_files(paths, options.pattern):
            outcome = _import_one(candidate.path, candidate.problem, options, run, summary, gazetteer)
            if progress:
                progress(candidate.path, outcome)
        status = ImportRun.Status.COMPLETED
    except KeyboardInterrupt:
        status = ImportRun.Status.INTERRUPTED
        raise
    finally:
        if run is not None:
            _finish(run, summary, status)
    return summary


def mark_abandoned_runs() -> int:
    """Runs left "running" by a process of this host that no longer exists were killed: say so."""
    abandoned = []
    for run in ImportRun.objects.filter(status=ImportRun.Status.RUNNING, hostname=socket.gethostname()[:255]):
        if run.pid and run.pid != os.getpid() and not _alive(run.pid):
            abandoned.append(run.pk)
    return ImportRun.objects.filter(pk__in=abandoned).update(status=ImportRun.Status.INTERRUPTED)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _import_one(path: Path, problem: str, options: ImportOptions, run, summary: RunSummary, gazetteer: Gazetteer) -> str:
    def fail(reason: str) -> str:
        summary.failed += 1
        summary.errors.append({"path": str(path), "error": reason})
        if run is not None:
            try:
                ImportFailure.objects.create(run=run, path=str(path), error=reason)
            except DatabaseError:
                logger.exception("Could not record the failure of %s", path)
                if not connection.is_usable():
                    connection.close()
        return "failed"

    if problem:
        return fail(problem)
    try:
        parsed = parse_file(path, default_date=options.default_date, max_bytes=options.max_bytes)
    except ParseError as exc:
        return fail(str(exc))
    if parsed.encoding != "utf-8":
        summary.notes.append({"path": str(path), "note": f"decoded as {parsed.encoding}"})
    entities = extract(parsed.title, parsed.paragraphs, gazetteer)
    try:
        outcome, _ = load_article(
            parsed, path=str(path), source_name=options.source, entities=entities, run=run, dry_run=options.dry_run
        )
    except DatabaseError as exc:
        if not connection.is_usable():
            # The server went away (a restart, a dropped link): this file is lost, the
            # next one reconnects rather than failing the same way.
            connection.close()
            return fail(f"the database connection was lost while storing it: {' '.join(str(exc).split())}")
        return fail(f"the database refused the article: {' '.join(str(exc).split())}")
    setattr(summary, outcome.value, getattr(summary, outcome.value) + 1)
    return outcome.value


def _finish(run: ImportRun, summary: RunSummary, status: str) -> None:
    run.status = status
    run.finished_at = timezone.now()
    for name in ("imported", "updated", "unchanged", "duplicates", "failed"):
        setattr(run, name, getattr(summary, name))
    try:
        with transaction.atomic():
            run.save()
    except DatabaseError:
        # The database went away mid-run; the run row stays "running" and the
        # next run marks it interrupted. The summary still reaches the operator.
        logger.exception("Could not record the end of import run %s", run.pk)


def _user() -> str:
    try:
        return getpass.getuser()[:150]
    except (KeyError, OSError):
        return ""
