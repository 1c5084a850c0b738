"""Reproducible selection of the 40 corpus texts of the `heldout9` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout9.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout9.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py ... select_heldout8.py
(heldout_selection.py), with a different seed and every file already in the set excluded: any
stem or path in labels.json, labels-heldout2.json, labels-heldout3.json, labels-heldout4.json,
labels-heldout5.json, labels-heldout6.json, labels-heldout7.json, labels-heldout8.json,
selection.tsv, selection-dev2.tsv, selection-heldout2.tsv, selection-heldout3.tsv,
selection-heldout4.tsv, selection-heldout5.tsv, selection-heldout6.tsv, selection-heldout7.tsv or
selection-heldout8.tsv, and any near-duplicate of such a file or of a shipped sample (>= 50% of the
smaller text's 5-word shingles shared), so that heldout9 shares no text with the dev / heldout /
dev2 / heldout2 / heldout3 / heldout4 / heldout5 / heldout6 / heldout7 / heldout8 splits.
Deterministic: sorted candidate lists + random.Random(SEED).
Quotas: at this exclusion set the pools are readout 3, foreign-statement 0, nominations 92,
press-briefing 0, remarks-foreign-leader 135, fact-sheet 610, articles-2025-2026 402 candidates.
The press-briefing and foreign-statement pools are still empty (quota 0) and readout has only its
last 3 candidates left (heldout8 took 8 of its 11), so it takes all 3; the other 37 places go
8 to nominations, 10 to remarks-foreign-leader, 10 to fact-sheet and 9 to articles-2025-2026,
keeping 40 texts:
3 readout, 0 foreign-statement, 8 nominations, 0 press-briefing, 10 remarks-foreign-leader,
10 fact-sheet, 9 articles-2025-2026.
Labels are kept separately in labels-heldout9.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20261217
SPLIT = "heldout9"
LABELS, SELECTIONS = heldout_selection.earlier(9)  # every split before this one
QUOTA = dict(heldout_selection.QUOTA, **{"readout": 3, "foreign-statement": 0, "nominations": 8,
                                         "press-briefing": 0, "remarks-foreign-leader": 10,
                                         "fact-sheet": 10, "articles-2025-2026": 9})


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA)
