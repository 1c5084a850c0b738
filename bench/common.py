"""What the orchestrator and the workers share: where things are, which corpus file makes which article, statistics.

No Django import here: the orchestrator uses it too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus" / "whitehouse-briefing-room").resolve()
DEFAULT_OUT = ROOT / "bench-results"
SOURCE_NAME = "White House Briefing Room"
IMPORT_TAG = " (bench import)"
LOAD_SOURCE_NAME = "Bench load import"  # the import running under `make load`, removed before the next
SHUFFLE_SEED = 20250101
# Copy k of a corpus file is published 6k years before the original: the corpus
# spans 5.6 years, so copies never share a date and each year holds about as
# many articles as the real corpus does (~2,500).
YEARS_PER_COPY = 6


def corpus_files(corpus: Path) -> list[Path]:
    """Every .txt file of the corpus in a fixed pseudo-random order, so any prefix is a fair sample of categories."""
    files = sorted(corpus.rglob("*.txt"))
    random.Random(SHUFFLE_SEED).shuffle(files)
    return files


def corpus_fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(f"{path.name}\0{path.stat().st_size}\n".encode())
    return digest.hexdigest()[:12]


def code_fingerprint() -> str:
    """The parser's and extractor's source: cached parses are reused only while it is unchanged."""
    digest = hashlib.sha256()
    for pattern in ("articles/importing/parse.py", "articles/importing/text.py", "articles/importing/dates.py",
                    "articles/extraction/*.py"):
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def copies(size: int, distinct: int) -> list[int]:
    """How many articles of an archive of `size` come from each of the first distinct files."""
    base, extra = divmod(size, distinct)
    used = min(size, distinct)
    return [base + (1 if i < extra else 0) for i in range(used)] if size >= distinct else [1] * used


def rerun_title(title: str, k: int) -> str:
    return title if k == 0 else f"{title} (rerun {k})"


def shifted(date: dt.date, k: int) -> dt.date:
    years = YEARS_PER_COPY * k
    try:
        return date.replace(year=date.year - years)
    except ValueError:  # 29 February into a common year
        return date.replace(year=date.year - years, day=28)


def percentile(sorted_values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least `fraction` of the samples at or below it."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def summary_ms(seconds: list[float]) -> dict:
    values = sorted(s * 1000 for s in seconds)
    return {
        "n": len(values),
        "p50": percentile(values, 0.50),
        "p95": percentile(values, 0.95),
        "p99": percentile(values, 0.99),
        "min": values[0] if values else None,
        "max": values[-1] if values else None,
    }


def rss_kib() -> int:
    """The process's resident set size now, from /proc (ru_maxrss only gives the peak)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def work_dir(out: Path) -> Path:
    path = out / "work"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir(out: Path) -> Path:
    path = out / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def one_core() -> None:
    """Pin this process to one CPU, for the single-core parse + extraction figure."""
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    except (AttributeError, OSError):
        pass
