"""Parse and extract the files of an import, a chunk at a time, in worker processes when the run is long.

Parsing and extraction are plain Python and take most of an import's CPU
(about 4 ms a file against 3-6 ms to store it), so while the importer stores
one chunk, worker processes prepare the next two. No database, no Django here:
workers start with `spawn`, import only the parser and the extractor, and get
the run's gazetteer once.

A worker never outlives its importer: it ignores Ctrl-C and SIGTERM (the
importer rolls back, records the run as interrupted and kills the workers
itself) and exits as soon as its parent is gone, so a killed import (SIGKILL)
leaves no orphans holding memory.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from articles.extraction.extract import Entities, extract
from articles.extraction.gazetteer import Gazetteer
from articles.importing.files import Candidate
from articles.importing.parse import ParsedArticle, ParseError, content_hash, parse_file

MAX_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """One worker per CPU core this process may use, at most MAX_DEFAULT_WORKERS."""
    return min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, MAX_DEFAULT_WORKERS)


@dataclass
class Prepared:
    """One file of a chunk: parsed and extracted, or the reason it cannot be."""

    path: Path
    parsed: ParsedArticle | None = None
    entities: Entities | None = None
    problem: str = ""
    digest: str = ""  # content_hash(parsed), found where the file was prepared (a worker): not again by the importer

    @property
    def extracted(self) -> bool:
        """Were its entities found? Not for a file that failed, nor for one whose text the archive holds already."""
        return self.entities is not None

    def entities_to_link(self, gazetteer: Gazetteer) -> Entities | Callable[[], Entities] | None:
        """What the loader links: the entities found, or for a file prepared without them a way to find them, which
        the loader calls only when it links (an article stored or its text replaced; also the same text with new
        metadata, whose links follow the current extractor and curation as they always did)."""
        if self.entities is not None or self.parsed is None:
            return self.entities
        return lambda: self.extract(gazetteer)

    def extract(self, gazetteer: Gazetteer) -> Entities:
        self.entities = extract(self.parsed.title, self.parsed.paragraphs, gazetteer, self.parsed.byline)
        return self.entities

    @property
    def note(self) -> str | None:
        """What the run's report says of this file beside its outcome: a legacy encoding detected."""
        if self.parsed is not None and self.parsed.encoding != "utf-8":
            return f"decoded as {self.parsed.encoding}"
        return None


@dataclass(frozen=True)
class Reading:
    """What preparing a file needs from the run's options."""

    default_date: dt.date | None
    max_bytes: int


def prepare(candidate: Candidate, reading: Reading, gazetteer: Gazetteer) -> Prepared:
    """The file parsed and its entities found; not found again when the archive already holds its text from this
    path (a re-run over the same files), since such a file changes no link (`entities` is None: see `extracted`)."""
    if candidate.problem:
        return Prepared(candidate.path, problem=candidate.problem)
    try:
        parsed = parse_file(candidate.path, default_date=reading.default_date, max_bytes=reading.max_bytes)
    except ParseError as exc:
        return Prepared(candidate.path, problem=str(exc))
    prepared = Prepared(candidate.path, parsed, digest=content_hash(parsed))
    if prepared.digest != candidate.stored_hash:
        prepared.extract(gazetteer)
    return prepared


def prepared_chunks(
    chunks: Iterator[list[Candidate]], reading: Reading, gazetteer: Gazetteer, workers: int
) -> Iterator[list[Prepared]]:
    """Each chunk of `chunks`, prepared, in order.

    With `workers` > 0 and more than one chunk, the files are prepared by that
    many worker processes, two chunks in advance; otherwise in this process
    (a run of one chunk is over before a worker would have started). A re-run
    over files the archive holds is prepared here too, while its chunks need
    few entities found (parsing alone is quicker than starting workers); the
    workers start with the first chunk of new files, or after a chunk with
    more than a tenth of its texts new or changed.
    """
    chunks = iter(chunks)
    if workers > 0:
        for chunk in chunks:
            if not any(candidate.stored_hash for candidate in chunk):
                chunks = chain([chunk], chunks)  # files the archive does not hold: the workers' turn
                break
            prepared = [prepare(candidate, reading, gazetteer) for candidate in chunk]
            yield prepared
            if sum(item.extracted for item in prepared) > len(prepared) // 10:
                break  # more than a few new or changed texts: the workers' turn
    ahead = list(islice(chunks, 2))
    if workers <= 0 or len(ahead) < 2:
        for chunk in chain(ahead, chunks):
            yield [prepare(candidate, reading, gazetteer) for candidate in chunk]
        return
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(), reading, gazetteer),
    )
    finished = False
    try:
        pending: deque[list[Future]] = deque(_submit(pool, chunk, workers) for chunk in ahead)
        for chunk in chunks:
            done = _results(pending.popleft())
            pending.append(_submit(pool, chunk, workers))
            yield done
        while pending:
            yield _results(pending.popleft())
        finished = True
    except BrokenProcessPool as exc:
        raise WorkerDied(
            "a worker process preparing the files died (killed, or out of memory); run the import again, "
            "or with --workers 0 to prepare the files in the importer itself"
        ) from exc
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            # Ctrl-C, SIGTERM or an error while a chunk was stored: the chunks prepared ahead are
            # dropped, and a worker busy with a file is not waited for (it ignores both signals).
            # Python 3.14 has ProcessPoolExecutor.terminate_workers() for this. The pool is then shut
            # down and waited for: its manager thread sees the workers gone and ends at once, and
            # none is left for the interpreter's exit (a wait=False shutdown left one writing to a
            # closed pipe there, a traceback after the run's own message).
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
            pool.shutdown(wait=True, cancel_futures=True)


_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _submit(pool: ProcessPoolExecutor, chunk: list[Candidate], workers: int) -> list[Future]:
    """The chunk's files to the pool in `workers` slices, with Ctrl-C and SIGTERM held back meanwhile.

    A slice is one task: a task per file cost each side of the pipe about half a
    millisecond a file (its own call, result and wake-up), an eighth of the file's
    work, on the importer's process too, which has a core's worth of its own.

    The pool starts a worker when a file is submitted and none is idle. A child
    inherits the signal mask, so a worker starts with both signals blocked
    until it ignores them (_start_worker): a Ctrl-C during its start-up is the
    importer's to handle, not a traceback from the worker.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        size = max(1, -(-len(chunk) // workers))
        return [pool.submit(_prepare_in_worker, chunk[i : i + size]) for i in range(0, len(chunk), size)]
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _results(futures: list[Future]) -> list[Prepared]:
    return [item for future in futures for item in future.result()]


class WorkerDied(RuntimeError):
    """A worker process ended without preparing its files."""


_reading: Reading | None = None
_gazetteer: Gazetteer | None = None


def _start_worker(parent: int, reading: Reading, gazetteer: Gazetteer) -> None:
    global _reading, _gazetteer
    _reading, _gazetteer = reading, gazetteer
    # Ctrl-C and a SIGTERM sent to the whole process group are the importer's to handle:
    # it rolls its batch back, records the run as interrupted and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)  # held back while it started (_submit)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="exit-with-parent").start()


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A worker whose importer died (killed, crashed) is adopted by another process: then it exits."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(0)


def _prepare_in_worker(candidates: list[Candidate]) -> list[Prepared]:
    return [prepare(candidate, _reading, _gazetteer) for candidate in candidates]
