"""extract() alone, in articles per second on one core: the files are parsed first, and parsing is not timed.

    .venv/bin/python -m bench.extraction [--files 2000] [--rounds 3] [--corpus DIR]

Files are the first N of the bench's fixed shuffle of the corpus (every category).
Time is the process's CPU time, so a busy neighbour slows the result less than
wall time would; the best round is reported, with the load average beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from bench.common import DEFAULT_CORPUS, corpus_files

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="How many corpus files to extract from.")
    parser.add_argument("--rounds", type=int, default=3, help="Timed passes over the files; the best is reported.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="The corpus directory.")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    os.environ.setdefault("DEBUG", "1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django_countries import countries

    from articles.extraction.extract import extract
    from articles.extraction.gazetteer import Gazetteer
    from articles.importing.parse import ParseError, parse_file

    gazetteer = Gazetteer.from_seed({code: str(name) for code, name in countries.countries.items()})
    articles = []
    for path in corpus_files(args.corpus):
        try:
            parsed = parse_file(path, max_bytes=10**7)
        except ParseError:
            continue
        articles.append((parsed.title, parsed.paragraphs))
        if len(articles) == args.files:
            break
    size = sum(len(title) + sum(map(len, paragraphs)) for title, paragraphs in articles) / max(len(articles), 1)
    for title, paragraphs in articles[:20]:  # warm up: regexes compiled, caches filled
        extract(title, paragraphs, gazetteer)
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for title, paragraphs in articles:
            extract(title, paragraphs, gazetteer)
        best = min(best, time.process_time() - start)
    print(
        f"extract(): {len(articles)} articles of {size / 1000:.1f} kB on average, best of {args.rounds} rounds: "
        f"{best / len(articles) * 1000:.2f} ms per article, {len(articles) / best:,.0f} articles/s "
        f"(load average {os.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    main()
