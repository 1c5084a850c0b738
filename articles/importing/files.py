"""Which files an import reads. Plain Python, no Django."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Candidate:
    path: Path
    problem: str = ""  # set when the path cannot be imported at all


def find_files(paths: list[str | Path], pattern: str = "*.txt") -> Iterator[Candidate]:
    """Files named directly, and files matching `pattern` under directories, in a stable order.

    Symlinks inside a directory are followed only when they stay inside it, and
    device files, sockets and pipes are never read. A directory is listed one
    level at a time, so a run over a million files holds one directory's
    names, not every path, and a file reached twice (named twice, or through a
    symlink) is read once.
    """
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            found_files = _walk(path, pattern) if "/" not in pattern else sorted(path.rglob(pattern))
            for found in found_files:
                yield from _checked(found, root, seen)
        elif path.is_symlink() and not path.exists():
            yield Candidate(path, "the path is a broken symlink")
        elif not path.exists():
            yield Candidate(path, "the path does not exist")
        else:
            yield from _checked(path, None, seen)


def _walk(directory: Path, pattern: str) -> Iterator[Path]:
    """What sorted(directory.rglob(pattern)) gives for a pattern of names, listing one directory at a time.

    Depth first with each directory's entries sorted by name is the order of
    sorted paths; like rglob, symlinked directories are not entered and
    unreadable ones are passed over.
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted((entry.name, _is_dir(entry)) for entry in listing)
    except (PermissionError, FileNotFoundError, NotADirectoryError):
        return
    for name, is_dir in entries:
        path = directory / name
        if fnmatch.fnmatchcase(name, pattern):
            yield path
        if is_dir:
            yield from _walk(path, pattern)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _checked(path: Path, root: Path | None, seen: set[tuple[int, int]]) -> Iterator[Candidate]:
    try:
        resolved = path.resolve(strict=True)
    except (FileNotFoundError, RuntimeError):
        yield Candidate(path, "the path is a broken symlink")
        return
    except OSError as exc:
        yield Candidate(path, f"the path cannot be resolved ({exc.strerror or exc})")
        return
    if root is not None and path.is_symlink() and not resolved.is_relative_to(root):
        yield Candidate(path, "the symlink points outside the imported directory; not followed")
        return
    try:
        status = os.stat(resolved)
        mode = status.st_mode
    except OSError as exc:
        yield Candidate(path, f"the file cannot be read ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(mode):
        return
    if not stat.S_ISREG(mode):
        yield Candidate(path, "not a regular file (a device, socket or pipe); not read")
        return
    # The file's identity (device, inode), not its path: this set grows with every file.
    # Not a hash of it: two files whose hashes collided would be read as one.
    identity = (status.st_dev, status.st_ino)
    if identity in seen:
        return
    seen.add(identity)
    yield Candidate(path)
