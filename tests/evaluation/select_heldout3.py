"""Reproducible selection of the 40 corpus texts of the `heldout3` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout3.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout3.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and quotas as select_dev2.py / select_heldout2.py (1,500-11,999 bytes, stem not a
shipped sample, at least 3 capitalised office words, same stratum predicates, last stratum
widened to 2025/2026 items of `articles`, `briefings-statements` or `releases`), with a
different seed and every file already in the set excluded: any stem or path in labels.json,
labels-heldout2.json, selection.tsv, selection-dev2.tsv or selection-heldout2.tsv, and any
near-duplicate of such a file or of a shipped sample (>= 50% of the smaller text's 5-word
shingles shared), so that heldout3 shares no text with the dev / heldout / dev2 / heldout2
splits.
Deterministic: sorted candidate lists + random.Random(SEED).
Labels are kept separately in labels-heldout3.json.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # importing the other selectors must not leave __pycache__
sys.path.insert(0, HERE)
import select_texts as base  # noqa: E402  (candidates(), OFFICE, CORPUS, SAMPLES)
import select_dev2 as dev2  # noqa: E402  (QUOTA, PRED, ORDER, shingles(), near_dup(), ...)

SEED = 20261129
SPLIT = "heldout3"
QUOTA = dict(dev2.QUOTA)   # 8 readout, 6, 6, 6, 6, 4 fact-sheet, 4 articles-2025-2026
PRED = dev2.PRED
ORDER = dev2.ORDER


def already_used():
    """Stems and corpus-relative paths already in the evaluation set (any other split)."""
    stems, paths = set(), set()
    for labels in ("labels.json", "labels-heldout2.json"):
        with open(os.path.join(HERE, labels), encoding="utf-8") as fh:
            for item in json.load(fh)["items"]:
                if item["split"] == SPLIT:
                    continue   # our own additions do not exclude themselves on a re-run
                p = item["corpus_path"]
                if p.startswith("corpus/whitehouse-briefing-room/"):
                    paths.add(p[len("corpus/whitehouse-briefing-room/"):])
                stems.add(os.path.basename(p)[:-4])
    for tsv in ("selection.tsv", "selection-dev2.tsv", "selection-heldout2.tsv"):
        with open(os.path.join(HERE, tsv), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    paths.add(parts[2])
                    stems.add(os.path.basename(parts[2])[:-4])
    return stems, paths


def select():
    rng = random.Random(SEED)
    used_stems, used_paths = already_used()
    cands = [(c, s, p) for c, s, p in base.candidates()
             if s not in used_stems and os.path.relpath(p, base.CORPUS) not in used_paths]
    seen = dev2.used_shingles(used_paths)
    texts, taken, chosen = {}, set(), []
    for name in ORDER:
        pool = []
        for cat, stem, path in cands:
            if stem in taken:
                continue
            if path not in texts:
                with open(path, encoding="utf-8") as fh:
                    texts[path] = fh.read()
            t = texts[path]
            if len(base.OFFICE.findall(t)) < 3:
                continue
            if PRED[name](cat, stem, t) and not dev2.near_dup(dev2.shingles(t), seen):
                pool.append((cat, stem, path))
        for cat, stem, path in rng.sample(pool, QUOTA[name]):
            chosen.append((name, SPLIT, stem, path))
            taken.add(stem)
    return chosen


if __name__ == "__main__":
    for name, split, stem, path in select():
        print(f"{name}\t{split}\t{os.path.relpath(path, base.CORPUS)}")
        if "--copy" in sys.argv:
            shutil.copyfile(path, os.path.join(HERE, "texts", stem + ".txt"))
