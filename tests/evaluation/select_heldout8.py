"""Reproducible selection of the 40 corpus texts of the `heldout8` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout8.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout8.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py ... select_heldout7.py
(heldout_selection.py), with a different seed and every file already in the set excluded: any
stem or path in labels.json, labels-heldout2.json, labels-heldout3.json, labels-heldout4.json,
labels-heldout5.json, labels-heldout6.json, labels-heldout7.json, selection.tsv,
selection-dev2.tsv, selection-heldout2.tsv, selection-heldout3.tsv, selection-heldout4.tsv,
selection-heldout5.tsv, selection-heldout6.tsv or selection-heldout7.tsv, and any near-duplicate
of such a file or of a shipped sample (>= 50% of the smaller text's 5-word shingles shared), so
that heldout8 shares no text with the dev / heldout / dev2 / heldout2 / heldout3 / heldout4 /
heldout5 / heldout6 / heldout7 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
Quotas: at this exclusion set the pools are readout 11, foreign-statement 0, nominations 100,
press-briefing 0, remarks-foreign-leader 143, fact-sheet 618, articles-2025-2026 411 candidates.
The press-briefing pool is still empty and foreign-statement is now empty too (heldout7 took its
last 5), so both have quota 0. The 40 places are spread evenly over the five remaining strata,
8 each (readout's 11 candidates allow 8), keeping 40 texts:
8 readout, 0 foreign-statement, 8 nominations, 0 press-briefing, 8 remarks-foreign-leader,
8 fact-sheet, 8 articles-2025-2026.
Labels are kept separately in labels-heldout8.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261210
SPLIT = "heldout8"
LABELS, SELECTIONS = heldout_selection.earlier(8)  # every split before this one
QUOTA = dict(heldout_selection.QUOTA, **{"readout": 8, "foreign-statement": 0, "nominations": 8,
                                         "press-briefing": 0, "remarks-foreign-leader": 8,
                                         "fact-sheet": 8, "articles-2025-2026": 8})


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)
