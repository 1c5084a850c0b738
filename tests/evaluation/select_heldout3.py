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
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261129
SPLIT = "heldout3"
LABELS = ('labels.json', 'labels-heldout2.json')
SELECTIONS = ('selection.tsv', 'selection-dev2.tsv', 'selection-heldout2.tsv')


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS)
