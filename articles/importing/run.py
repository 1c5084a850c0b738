"""One import run: find files, parse and extract them, load them a chunk at a time, record the run.

A chunk of files is parsed and extracted first (no database), then loaded in
one transaction: its look-ups in a few queries, its rows in a few bulk inserts.
If the database refuses any of it, the chunk is loaded again with a savepoint
per file, so a bad file is rolled back alone and reported while the others go
on. A killed or interrupted process (Ctrl-C, SIGTERM) loses at most the chunk in
flight, never half an article, and the run records how it ended. With workers,
the next chunks are parsed and extracted in other processes while one is
stored (articles/importing/prepare.py). Memory holds at most three chunks,
whatever the number of files.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from django.db import DatabaseError, connection, reset_queries, transaction
from django.utils import timezone

from articles.extraction.gazetteer import Gazetteer
from articles.importing.entities import build_gazetteer, in_lists
from articles.importing.files import Candidate, find_files
from articles.importing.interrupts import HeldInterrupts
from articles.importing.load import ChunkState, NeedsSavepoints, load_article
from articles.importing.prepare import Prepared, Reading, prepared_chunks
from articles.models import Article, Country, ImportFailure, ImportRun

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # no real article comes near 5 MiB of text
# Files per transaction. Each file is a savepoint, and PostgreSQL keeps the first
# 64 subtransactions of a transaction in shared memory; past that every other
# session's snapshot pays for a lookup (subtransaction overflow), readers included.
DEFAULT_BATCH_SIZE = 50


@dataclass
class ImportOptions:
    source: str = ""
    default_date: dt.date | None = None
    dry_run: bool = False
    pattern: str = "*.txt"
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE
    workers: int = 0  # processes that parse and extract ahead of the loading (articles/importing/prepare.py)


@dataclass(frozen=True)
class Lookups:
    """What storing a chunk looks up once per run: the countries the archive has, and the entities it knows."""

    valid_codes: set[str]
    gazetteer: Gazetteer


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
    """Import every file under `paths`. Ctrl-C stops after rolling back the chunk in flight."""
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
    lookups = Lookups(set(Country.objects.values_list("code", flat=True)), gazetteer)
    chunks = _with_stored_hashes(_chunks(find_files(paths, options.pattern), max(1, options.batch_size)))
    reading = Reading(options.default_date, options.max_bytes)
    try:
        with closing(prepared_chunks(chunks, reading, gazetteer, options.workers)) as prepared:
            for work in prepared:
                summary.notes += [{"path": str(item.path), "note": item.note} for item in work if item.note]
                _load_chunk(work, options, run, summary, lookups, progress)
                # With DEBUG on (make run), Django keeps the text of the last 9,000 statements, and
                # a chunk's bulk insert carries its articles' bodies: 400 MiB by 30,000 files.
                reset_queries()
        status = ImportRun.Status.COMPLETED
        if run is not None and (summary.imported or summary.updated):
            _merge_pending_index_entries()
    except KeyboardInterrupt:
        status = ImportRun.Status.INTERRUPTED
        raise
    finally:
        if run is not None:
            _finish(run, summary, status)
    return summary


def _chunks(candidates: Iterable[Candidate], size: int) -> Iterator[list[Candidate]]:
    iterator = iter(candidates)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _with_stored_hashes(chunks: Iterable[list[Candidate]]) -> Iterator[list[Candidate]]:
    """Each chunk, each file with the content hash of the article last imported from its path: preparing a file
    whose text is that one skips finding its entities again, which is most of a re-run's time."""
    for chunk in chunks:
        paths = [str(candidate.path) for candidate in chunk if not candidate.problem]
        stored: dict[str, str] = {}
        try:
            for part in in_lists(paths):
                stored.update(Article.objects.filter(source_path__in=part).values_list("source_path", "content_hash"))
        except DatabaseError:
            stored = {}  # no shortcut: the chunk's own look-ups report what is wrong with the database
        yield [replace(candidate, stored_hash=stored.get(str(candidate.path), "")) for candidate in chunk]


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _load_chunk(
    work: list[Prepared], options: ImportOptions, run, summary: RunSummary, lookups: Lookups, progress
) -> None:
    """Load a chunk in one transaction and count it in `summary` once committed.

    A Ctrl-C or SIGTERM that comes after the chunk's commit waits until the
    chunk is counted (interrupts.py), so the run's counts match the archive.
    """
    held = HeldInterrupts()
    try:
        outcomes = _store_chunk(work, options, run, lookups, held)
        shown = []
        for item, outcome in zip(work, outcomes):
            if outcome.startswith("failed: "):
                summary.failed += 1
                summary.errors.append({"path": str(item.path), "error": outcome.removeprefix("failed: ")})
                outcome = "failed"
            else:
                setattr(summary, outcome, getattr(summary, outcome) + 1)
            shown.append((item.path, outcome))
    except BaseException:
        held.release(deliver=False)  # the error that ends the run is what it reports, not a held Ctrl-C
        raise
    held.release()
    # Only now, with the chunk committed and counted: a callback that stops the run
    # (KeyboardInterrupt) leaves counts that match the archive.
    for path, outcome in shown if progress else ():
        progress(path, outcome)


def _store_chunk(
    work: list[Prepared], options: ImportOptions, run, lookups: Lookups, held: HeldInterrupts
) -> list[str]:
    """Each file's outcome, or "failed: <reason>", with the chunk stored.

    First the fast way (bulk inserts for the whole chunk). If the database
    refuses anything, the chunk is rolled back and loaded again with a savepoint
    per file, so that a bad file fails alone; if even that cannot commit, one
    transaction per file. A lost connection loses the chunk: its files are
    reported failed, and the next chunk reconnects. Ctrl-C before the commit
    rolls the chunk back.
    """
    try:
        try:
            return _load_chunk_once(work, options, run, lookups, held, deferred=True)
        except (DatabaseError, NeedsSavepoints) as exc:
            if not connection.is_usable():
                raise
            held.release()  # nothing was committed: a Ctrl-C that came meanwhile stops the run now
            logger.info("Loading a chunk of %s files file by file (%s)", len(work), _one_line(exc))
            return _load_chunk_once(work, options, run, lookups, held, deferred=False)
    except DatabaseError as exc:
        held.release()
        if connection.is_usable():
            # Something only the whole chunk trips over (a constraint checked at commit):
            # one transaction per file.
            logger.warning("A chunk of %s files failed as a whole (%s); loading them one by one", len(work), exc)
            return _load_one_by_one(work, options, run, lookups, held)
        # The server went away (a restart, a dropped link): the chunk's transaction is
        # lost, and with it every file of the chunk; the next chunk reconnects.
        connection.close()
        reason = f"the database connection was lost while storing it: {_one_line(exc)}"
        outcomes = ["failed: " + (item.problem or reason) for item in work]
        _record_failures(run, _failures(work, outcomes))
        return outcomes


def _load_chunk_once(
    work: list[Prepared], options: ImportOptions, run, lookups: Lookups, held: HeldInterrupts, *, deferred: bool
) -> list[str]:
    """One transaction for the chunk; each file's outcome, or "failed: <reason>"."""
    outcomes = []
    with transaction.atomic():
        state = ChunkState(
            [(str(item.path), item.parsed, item.entities, item.digest) for item in work if item.parsed is not None],
            lookups.valid_codes,
            deferred=deferred,
        )
        for item in work:
            if item.problem:
                outcomes.append("failed: " + item.problem)
            elif deferred:
                outcome, article = state.load(
                    item.parsed, path=str(item.path), source_name=options.source,
                    entities=item.entities_to_link(lookups.gazetteer), run=run,
                )
                state.loaded(article)
                outcomes.append(outcome.value)
            else:
                outcomes.append(_load_in_savepoint(item, state, options, run, lookups))
        state.finish()
        failures = _failures(work, outcomes)
        if run is not None and failures:
            ImportFailure.objects.bulk_create(ImportFailure(run=run, path=path, error=error) for path, error in failures)
        if options.dry_run:
            transaction.set_rollback(True)
        held.hold()  # the last thing before the commit: an interrupt now waits until the chunk is counted
    return outcomes


def _load_in_savepoint(item: Prepared, state: ChunkState, options: ImportOptions, run, lookups: Lookups) -> str:
    """One file of a chunk in its own savepoint: its outcome, or "failed: <reason>"."""
    path = str(item.path)
    try:
        with transaction.atomic():
            outcome, article = state.load(
                item.parsed, path=path, source_name=options.source, entities=item.entities_to_link(lookups.gazetteer), run=run
            )
            state.flush()
        state.loaded(article)
        return outcome.value
    except DatabaseError:
        # Most likely a concurrent import stored the same text, path or entity after the
        # chunk's look-ups (or a deadlock with it): load this file again the slow way,
        # asking the database afresh; a real problem fails the same way again.
        state.failed()
        if not connection.is_usable():
            raise
    try:
        with transaction.atomic():
            outcome, article = load_article(
                item.parsed, path=path, source_name=options.source, entities=item.entities_to_link(lookups.gazetteer), run=run
            )
        state.loaded(article)
        return outcome.value
    except DatabaseError as exc:
        state.failed()
        if not connection.is_usable():
            raise
        return f"failed: the database refused the article: {_one_line(exc)}"


def _load_one_by_one(work: list[Prepared], options: ImportOptions, run, lookups: Lookups, held: HeldInterrupts) -> list[str]:
    """The slow, safe way: each file in its own transaction (interrupts wait: every file commits)."""
    held.hold()
    outcomes = []
    for item in work:
        if item.problem:
            outcomes.append("failed: " + item.problem)
            continue
        try:
            outcome, _ = load_article(
                item.parsed, path=str(item.path), source_name=options.source,
                entities=item.entities_to_link(lookups.gazetteer), run=run,
                dry_run=options.dry_run,
            )
            outcomes.append(outcome.value)
        except DatabaseError as exc:
            if not connection.is_usable():
                connection.close()
                outcomes.append(f"failed: the database connection was lost while storing it: {_one_line(exc)}")
            else:
                outcomes.append(f"failed: the database refused the article: {_one_line(exc)}")
    _record_failures(run, _failures(work, outcomes))
    return outcomes


def _failures(work: list[Prepared], outcomes: list[str]) -> list[tuple[str, str]]:
    """(path, reason) of each file of `work` whose outcome is "failed: <reason>"."""
    return [(str(item.path), o.removeprefix("failed: ")) for item, o in zip(work, outcomes) if o.startswith("failed: ")]


def _record_failures(run, failures: list[tuple[str, str]]) -> None:
    if run is None or not failures:
        return
    try:
        ImportFailure.objects.bulk_create(ImportFailure(run=run, path=path, error=error) for path, error in failures)
    except DatabaseError:
        logger.exception("Could not record the failure of %s files", len(failures))
        if not connection.is_usable():
            connection.close()


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


def _merge_pending_index_entries() -> None:
    """PostgreSQL: fold the GIN pending list into the full-text index once the run is done.

    New rows' index entries wait in an unsorted pending list (GIN fastupdate)
    until autovacuum merges them; until then every search scans that list
    linearly, and after a night's import it can hold thousands of articles.
    """
    if connection.vendor != "postgresql":
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('articles_article_search_vector'::regclass)")
    except DatabaseError:
        logger.warning("Could not merge the full-text index's pending entries; autovacuum will.", exc_info=True)


def _finish(run: ImportRun, summary: RunSummary, status: str) -> None:
    run.status = status
    run.finished_at = timezone.now()
    for name in ("imported", "updated", "unchanged", "duplicates", "failed"):
        setattr(run, name, getattr(summary, name))
    try:
        _save(run)
    except DatabaseError:
        # A Ctrl-C or SIGTERM can land just after a transaction's BEGIN ran and before Django noted the
        # block as open; the connection is then inside a transaction Django does not know of, and no new
        # one can start on it. That transaction is rolled back and the save tried once more.
        _roll_back_unknown_transaction()
        try:
            _save(run)
        except DatabaseError:
            # The database went away mid-run; the run row stays "running" and the
            # next run marks it interrupted. The summary still reaches the operator.
            logger.exception("Could not record the end of import run %s", run.pk)


def _save(run: ImportRun) -> None:
    with transaction.atomic():
        run.save()


def _roll_back_unknown_transaction() -> None:
    """End a transaction the driver has open and Django does not know of; if the connection is broken, drop it."""
    try:
        if connection.connection is not None and not connection.in_atomic_block:
            connection.connection.rollback()
    except Exception:  # the database went away: a fresh connection is made on the next query
        connection.close()


def _user() -> str:
    try:
        return getpass.getuser()[:150]
    except (KeyError, OSError):
        return ""
