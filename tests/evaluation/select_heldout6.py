"""Reproducible selection of the 40 corpus texts of the `heldout6` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout6.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout6.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py, select_heldout4.py and
select_heldout5.py (heldout_selection.py), with a different seed and every file already in the set
excluded: any stem or path in labels.json, labels-heldout2.json, labels-heldout3.json,
labels-heldout4.json, labels-heldout5.json, selection.tsv, selection-dev2.tsv,
selection-heldout2.tsv, selection-heldout3.tsv, selection-heldout4.tsv or selection-heldout5.tsv,
and any near-duplicate of such a file or of a shipped sample (>= 50% of the smaller text's 5-word
shingles shared), so that heldout6 shares no text with the dev / heldout / dev2 / heldout2 /
heldout3 / heldout4 / heldout5 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
The press briefings are used up: heldout5 took the last 2 that were not near-duplicates of texts
already in the set, so the press-briefing pool is empty (0 candidates) and its quota is 0. The
other pools are large enough (at this exclusion set: readout 28, foreign-statement 12,
nominations 114, remarks-foreign-leader 157, fact-sheet 632, articles-2025-2026 423 candidates),
so the 6 freed places are spread evenly, one to each of the other six strata, keeping 40 texts:
9 readout, 7 foreign-statement, 7 nominations, 0 press-briefing, 7 remarks-foreign-leader,
5 fact-sheet, 5 articles-2025-2026.
Labels are kept separately in labels-heldout6.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261202
SPLIT = "heldout6"
LABELS = ('labels.json', 'labels-heldout2.json', 'labels-heldout3.json', 'labels-heldout4.json',
          'labels-heldout5.json')
QUOTA = dict(heldout_selection.QUOTA, **{"readout": 9, "foreign-statement": 7, "nominations": 7,
                                         "press-briefing": 0, "remarks-foreign-leader": 7,
                                         "fact-sheet": 5, "articles-2025-2026": 5})
SELECTIONS = ('selection.tsv', 'selection-dev2.tsv', 'selection-heldout2.tsv', 'selection-heldout3.tsv',
              'selection-heldout4.tsv', 'selection-heldout5.tsv')


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)
