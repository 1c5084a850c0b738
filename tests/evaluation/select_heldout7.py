"""Reproducible selection of the 40 corpus texts of the `heldout7` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout7.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout7.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py ... select_heldout6.py
(heldout_selection.py), with a different seed and every file already in the set excluded: any
stem or path in labels.json, labels-heldout2.json, labels-heldout3.json, labels-heldout4.json,
labels-heldout5.json, labels-heldout6.json, selection.tsv, selection-dev2.tsv,
selection-heldout2.tsv, selection-heldout3.tsv, selection-heldout4.tsv, selection-heldout5.tsv or
selection-heldout6.tsv, and any near-duplicate of such a file or of a shipped sample (>= 50% of
the smaller text's 5-word shingles shared), so that heldout7 shares no text with the dev /
heldout / dev2 / heldout2 / heldout3 / heldout4 / heldout5 / heldout6 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
Quotas: at this exclusion set the pools are readout 18, foreign-statement 5, nominations 107,
press-briefing 0, remarks-foreign-leader 150, fact-sheet 627, articles-2025-2026 418 candidates.
The press-briefing pool is empty (quota 0) and foreign-statement has only 5 candidates left
(heldout6 took 7 of its 12), so it takes all 5. The remaining 35 places are spread evenly over
the other five strata, 7 each, keeping 40 texts:
7 readout, 5 foreign-statement, 7 nominations, 0 press-briefing, 7 remarks-foreign-leader,
7 fact-sheet, 7 articles-2025-2026.
Labels are kept separately in labels-heldout7.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261203
SPLIT = "heldout7"
LABELS = ('labels.json', 'labels-heldout2.json', 'labels-heldout3.json', 'labels-heldout4.json',
          'labels-heldout5.json', 'labels-heldout6.json')
QUOTA = dict(heldout_selection.QUOTA, **{"readout": 7, "foreign-statement": 5, "nominations": 7,
                                         "press-briefing": 0, "remarks-foreign-leader": 7,
                                         "fact-sheet": 7, "articles-2025-2026": 7})
SELECTIONS = ('selection.tsv', 'selection-dev2.tsv', 'selection-heldout2.tsv', 'selection-heldout3.tsv',
              'selection-heldout4.tsv', 'selection-heldout5.tsv', 'selection-heldout6.tsv')


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)
