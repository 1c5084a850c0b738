"""Reproducible selection of the 40 corpus texts of the `heldout21` split of the evaluation set.

Run from anywhere:  python tests/evaluation/select_heldout21.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection-heldout21.tsv. With --copy it copies them byte-for-byte to
tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py ... select_heldout9.py
(heldout_selection.py), with a different seed and every file already in the set excluded (any
stem or path in the labels and selection files of every earlier split, and any near-duplicate
of such a file or of a shipped sample: >= 50% of the smaller text's 5-word shingles shared), so
that heldout21 shares no text with any earlier split.
Deterministic: sorted candidate lists + random.Random(SEED).
Quotas: after heldout20 only the fact-sheet (477) and articles-2025-2026 (267) strata have texts left, so
heldout21 takes 20 of each: 0 readout, 0 foreign-statement, 0 nominations, 0 press-briefing, 0 remarks-foreign-leader,
20 fact-sheet, 20 articles-2025-2026. Like heldout20, its mix differs from heldout10-19 (no nominee biographies).
Chosen with distinct=True, as heldout10 to heldout17: a pick that repeats a text already picked for the split is
replaced from the rest of its stratum (see heldout_selection.select).
Labels are kept separately in labels-heldout21.json.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

SEED = 20270519
SPLIT = "heldout21"
LABELS, SELECTIONS = heldout_selection.earlier(21)  # every split before this one
QUOTA = dict(heldout_selection.QUOTA, **{"readout": 0, "foreign-statement": 0, "nominations": 0,
                                         "press-briefing": 0, "remarks-foreign-leader": 0,
                                         "fact-sheet": 20, "articles-2025-2026": 20})


def select():
    return heldout_selection.select(SEED, SPLIT, LABELS, SELECTIONS, QUOTA, distinct=True)


if __name__ == "__main__":
    heldout_selection.main(SEED, SPLIT, LABELS, SELECTIONS, QUOTA, distinct=True)
