"""Reproducible selection of the 40 corpus texts of the `heldout4` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout4.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout4.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata, quotas and selection loop as select_heldout3.py (reused from it,
not copied), with a different seed and every file already in the set excluded: any stem or path
in labels.json, labels-heldout2.json, labels-heldout3.json, selection.tsv, selection-dev2.tsv,
selection-heldout2.tsv or selection-heldout3.tsv, and any near-duplicate of such a file or of a
shipped sample (>= 50% of the smaller text's 5-word shingles shared), so that heldout4 shares no
text with the dev / heldout / dev2 / heldout2 / heldout3 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
Labels are kept separately in labels-heldout4.json.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # importing the other selectors must not leave __pycache__
sys.path.insert(0, HERE)
import select_texts as base  # noqa: E402  (CORPUS)
import select_heldout3 as h3  # noqa: E402  (select(): candidates, strata, quotas, near-dups)

SEED = 20261130
SPLIT = "heldout4"
LABELS = ("labels.json", "labels-heldout2.json", "labels-heldout3.json")
SELECTIONS = ("selection.tsv", "selection-dev2.tsv", "selection-heldout2.tsv",
              "selection-heldout3.tsv")


def already_used():
    """Stems and corpus-relative paths already in the evaluation set (any other split)."""
    stems, paths = set(), set()
    for labels in LABELS:
        with open(os.path.join(HERE, labels), encoding="utf-8") as fh:
            for item in json.load(fh)["items"]:
                if item["split"] == SPLIT:
                    continue   # our own additions do not exclude themselves on a re-run
                p = item["corpus_path"]
                if p.startswith("corpus/whitehouse-briefing-room/"):
                    paths.add(p[len("corpus/whitehouse-briefing-room/"):])
                stems.add(os.path.basename(p)[:-4])
    for tsv in SELECTIONS:
        with open(os.path.join(HERE, tsv), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    paths.add(parts[2])
                    stems.add(os.path.basename(parts[2])[:-4])
    return stems, paths


def select():
    """select_heldout3.select() with this split's seed, name and exclusions."""
    saved = h3.SEED, h3.SPLIT, h3.already_used
    h3.SEED, h3.SPLIT, h3.already_used = SEED, SPLIT, already_used
    try:
        return h3.select()
    finally:
        h3.SEED, h3.SPLIT, h3.already_used = saved


if __name__ == "__main__":
    for name, split, stem, path in select():
        print(f"{name}\t{split}\t{os.path.relpath(path, base.CORPUS)}")
        if "--copy" in sys.argv:
            shutil.copyfile(path, os.path.join(HERE, "texts", stem + ".txt"))
