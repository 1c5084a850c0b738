"""Which files an import reads. Plain Python, no Django."""

from __future__ import annotations

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
    device files, sockets and pipes are never read.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            for found in sorted(path.rglob(pattern)):
                yield from _checked(found, root, seen)
        elif path.is_symlink() and not path.exists():
            yield Candidate(path, "the path is a broken symlink")
        elif not path.exists():
            yield Candidate(path, "the path does not exist")
        else:
            yield from _checked(path, None, seen)


def _checked(path: Path, root: Path | None, seen: set[Path]) -> Iterator[Candidate]:
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
        mode = os.stat(resolved).st_mode
    except OSError as exc:
        yield Candidate(path, f"the file cannot be read ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(mode):
        return
    if not stat.S_ISREG(mode):
        yield Candidate(path, "not a regular file (a device, socket or pipe); not read")
        return
    if resolved in seen:
        return
    seen.add(resolved)
    yield Candidate(path)
