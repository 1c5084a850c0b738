"""Reproducible selection of the 40 corpus texts of the `dev2` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_dev2.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-dev2.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules as select_texts.py (1,500-11,999 bytes, stem not a shipped sample, at
least 3 capitalised office words, same stratum predicates), with a different seed, dev2 quotas,
a wider last stratum (2025/2026 items of `articles`, `briefings-statements` or `releases`) and
every file already in the set excluded: any stem or path in labels.json or selection.tsv, and
any near-duplicate of such a file or of a shipped sample (>= 50% of the smaller text's 5-word
shingles shared; e.g. the successive versions of a "running list" article), so that dev2 does
not leak held-out text.
Deterministic: sorted candidate lists + random.Random(SEED).
"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # importing select_texts must not leave __pycache__ behind
sys.path.insert(0, HERE)
import select_texts as base  # noqa: E402  (candidates(), OFFICE, STRATA, CORPUS)

SEED = 20261127
SPLIT = "dev2"
QUOTA = {"readout": 8, "foreign-statement": 6, "nominations": 6, "press-briefing": 6,
         "remarks-foreign-leader": 6, "fact-sheet": 4, "articles-2025-2026": 4}
PRED = dict((name, pred) for name, _, pred in base.STRATA)
PRED["articles-2025-2026"] = lambda c, s, t: (c in ("articles", "briefings-statements", "releases")
                                              and s[:4] in ("2025", "2026"))
ORDER = ["readout", "foreign-statement", "nominations", "press-briefing",
         "remarks-foreign-leader", "fact-sheet", "articles-2025-2026"]


NEAR_DUP = 0.5


def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return set(zip(w, w[1:], w[2:], w[3:], w[4:]))


def near_dup(a, others):
    return any(len(a & b) >= NEAR_DUP * max(1, min(len(a), len(b))) for b in others)


def used_shingles(used_paths):
    """Shingle sets of the texts already in the set and of the shipped samples."""
    files = [os.path.join(base.CORPUS, p) for p in sorted(used_paths)]
    for root, _, fs in os.walk(base.SAMPLES):
        files += [os.path.join(root, f) for f in sorted(fs) if f.endswith(".txt")]
    out = []
    for fn in files:
        if os.path.exists(fn):
            with open(fn, encoding="utf-8") as fh:
                out.append(shingles(fh.read()))
    return out


def select():
    """The same loop as the later held-out splits (heldout_selection.py), excluding labels.json and selection.tsv."""
    import heldout_selection  # here, not at the top: heldout_selection imports this module's strata

    return heldout_selection.select(SEED, SPLIT, ("labels.json",), ("selection.tsv",))


if __name__ == "__main__":
    for name, split, stem, path in select():
        print(f"{name}\t{split}\t{os.path.relpath(path, base.CORPUS)}")
        if "--copy" in sys.argv:
            shutil.copyfile(path, os.path.join(HERE, "texts", stem + ".txt"))
