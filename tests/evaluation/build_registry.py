"""Build articles/extraction/registry_organisations.txt: the bodies the hand-labelled tuning texts name.

Run from the project root:  python -m tests.evaluation.build_registry [--score-left-out]

A name goes in when the labellers listed it in at least 80% of the tuning texts whose title and body contain it as
written (case-sensitive, whole words), so a name that is a body in one text and a place, a programme or part of a
longer name in others stays out; a one-word name needs three such texts. Only the tuning splits are read: the verdict
(`evaluate.UNSEEN`) must stay unseen, so rebuild this file whenever a split is retired into tuning.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "articles" / "extraction" / "registry_organisations.txt"
MIN_RATE = 0.8
MIN_TEXTS_ONE_WORD = 3


def build(leave_out: Collection[str] = ()) -> list[str]:
    """The registry's names, from every tuning split but those in `leave_out`."""
    sys.path.insert(0, str(ROOT))
    from articles.importing.text import normalise
    from tests.evaluation.evaluate import LABEL_FILES, TUNING, read_text

    items = [
        i for name in LABEL_FILES if (HERE / name).exists() for i in json.loads((HERE / name).read_text())["items"]
        if i["split"] in TUNING and i["split"] not in leave_out
    ]
    texts = []
    labelled = defaultdict(set)  # name as written -> the texts that list it
    for index, item in enumerate(items):
        parsed = read_text(item)
        texts.append("\n\n".join([parsed.title, *parsed.paragraphs]))
        for name in item["organisations"]:
            # as the parser reads the text: a zero-width space copied into a label is not in it, and a name a label
            # copied across a line break ("... Countering\n\nHybrid Threats", clarification 99) is one line here
            labelled[" ".join(normalise(name).split())].add(index)
    words = [set(re.findall(r"\w+", text)) for text in texts]  # a text without a name's first word cannot contain it
    kept = []
    for name, listed in labelled.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        first = re.match(r"\w*", name).group(0)
        written = sum(
            1 for text, has in zip(texts, words) if (not first or first in has) and name in text and pattern.search(text)
        )
        if written and len(listed) / written >= MIN_RATE and (" " in name or len(listed) >= MIN_TEXTS_ONE_WORD):
            kept.append(name)
    return sorted(kept)


BLOCKS = 4
BLOCK_SIZE = 20


def blocks() -> list[tuple[str, ...]]:
    """The last BLOCKS * BLOCK_SIZE held-out tuning splits, in blocks of BLOCK_SIZE consecutive ones."""
    from tests.evaluation.evaluate import LAST_TUNING_HELDOUT

    first = LAST_TUNING_HELDOUT - BLOCKS * BLOCK_SIZE + 1
    return [
        tuple(f"heldout{n}" for n in range(start, start + BLOCK_SIZE))
        for start in range(first, LAST_TUNING_HELDOUT + 1, BLOCK_SIZE)
    ]


def score_left_out() -> None:
    """Score blocks of tuning splits, each with a registry built without it: what the extractor gives text it has not
    read. The blocks' scores have matched the verdicts' (see README.md, "Rounds 57 on"); a round can be judged on them
    before its verdict is read."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from articles.extraction import organisation_registry
    from tests.evaluation.evaluate import Score, evaluate_by_split, summary

    total = {kind: Score() for kind in ("officials", "organisations", "countries")}
    for block in blocks():
        names = tuple(build(leave_out=block))
        organisation_registry._names = lambda names=names: names  # what _matcher(), _listed() and word_counts() read
        for cached in (organisation_registry._matcher, organisation_registry._listed, organisation_registry.word_counts):
            cached.cache_clear()
        scores = {kind: Score() for kind in total}
        for split in block:
            for kind, score in evaluate_by_split(split)[split].items():
                for into in (scores[kind], total[kind]):
                    into.true_positives += score.true_positives
                    into.predicted += score.predicted
                    into.gold += score.gold
        print(f"== {block[0]} ... {block[-1]}")
        for kind, score in scores.items():
            print(summary(kind, score))
    print("== all blocks")
    for kind, score in total.items():
        print(summary(kind, score))


def main() -> None:
    if "--score-left-out" in sys.argv:
        score_left_out()
        return
    names = build()
    header = [line and f"# {line}" or "#" for line in __doc__.splitlines()[:9]]
    OUT.write_text("\n".join([*header, *names]) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
