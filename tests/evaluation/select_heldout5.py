"""Reproducible selection of the 40 corpus texts of the `heldout5` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout5.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout5.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata, quotas and selection loop as select_heldout3.py and select_heldout4.py (heldout_selection.py), with a different seed and every file already in the set excluded: any stem or path
in labels.json, labels-heldout2.json, labels-heldout3.json, labels-heldout4.json, selection.tsv, selection-dev2.tsv,
selection-heldout2.tsv, selection-heldout3.tsv or selection-heldout4.tsv, and any near-duplicate of such a file or of a
shipped sample (>= 50% of the smaller text's 5-word shingles shared), so that heldout5 shares no
text with the dev / heldout / dev2 / heldout2 / heldout3 / heldout4 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
The press briefings are nearly used up (2 left that are not near-duplicates of texts already in
the set), so this split takes those 2 and 4 more remarks with a foreign leader, the other spoken
transcripts, keeping 40 texts.
Labels are kept separately in labels-heldout5.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261201
SPLIT = "heldout5"
LABELS = ('labels.json', 'labels-heldout2.json', 'labels-heldout3.json', 'labels-heldout4.json')
QUOTA = dict(heldout_selection.QUOTA, **{"press-briefing": 2, "remarks-foreign-leader": 10})
SELECTIONS = ('selection.tsv', 'selection-dev2.tsv', 'selection-heldout2.tsv', 'selection-heldout3.tsv', 'selection-heldout4.tsv')


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)
