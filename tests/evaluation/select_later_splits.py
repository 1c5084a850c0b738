"""Reproducible selection of the 40 corpus texts of each held-out split from heldout10 to heldout103.

Run from anywhere:  python tests/evaluation/select_later_splits.py N [--copy]     (N = 10 ... 115)
It prints the chosen files of heldoutN (stratum, split, path relative to the corpus root); its output is
kept as selection-heldoutN.tsv. With --copy it copies them byte-for-byte to tests/evaluation/texts/<stem>.txt.

Same candidate rules, strata and selection loop as select_heldout3.py ... select_heldout9.py
(heldout_selection.py), with each split's own seed and every file already in the set excluded (any stem or
path in the labels and selection files of every earlier split, and any near-duplicate of such a file or of a
shipped sample: >= 50% of the smaller text's 5-word shingles shared), so that no split shares a text with an
earlier one. Deterministic: sorted candidate lists + random.Random(seed). Chosen with distinct=True: a pick that
repeats a text already picked for the split is replaced from the rest of its stratum (see
heldout_selection.select). Labels are kept separately in labels-heldoutN.json.

Quotas. The readout, press-briefing and foreign-statement pools were used up by heldout9, so heldout10 to
heldout19 take 8 nominations, 12 remarks-foreign-leader, 10 fact-sheet and 10 articles-2025-2026 each. The pools
they drew from, as counted before the split was chosen:

| before | nominations | remarks-foreign-leader | fact-sheet | articles-2025-2026 |
| --- | --- | --- | --- | --- |
| heldout12 | 68 | 100 | 578 | 370 |
| heldout14 | 52 | 76 | 558 | 348 |
| heldout16 | 36 | 52 | 536 | 326 |
| heldout18 | 20 | 27 | 515 | 306 |
| heldout20 | 4 | 3 | 494 | 284 |

heldout20 takes the last 4 nominations and 3 remarks and 17 fact sheets and 16 articles; after it only the
fact-sheet (477) and articles-2025-2026 (267) strata have texts left, and heldout21 takes 20 of each. Their mix
differs from heldout10-19 (few or no nominee biographies), so their scores are not comparable line for line.
heldout33 took the last 2025-2026 article, so heldout34-37 are 40 fact sheets each. After heldout37, heldout38-47 take
20 of each of two strata no earlier split drew from (heldout_selection.py): domestic readouts and domestic statements.
After heldout47 only 15 such statements are left (185 readouts), so heldout48-51 are 40 readouts each. After heldout51, 18 readouts are left (the 185 counted near-duplicates
of texts already in the set); heldout52 and 53 take 9 of them each and 31 of a new stratum, releases announcing
what the President or the White House does (`announcement`, 238 texts before heldout52); heldout54 to 56 take 40 announcements each; after heldout56, 28 announcements, 10 domestic statements and 45 fact
sheets are left, and heldout57 takes 26, 10 and 4. heldout58 to 67 take 40 each of a new stratum, remarks on a
domestic occasion of at most 12,000 characters (`remarks-domestic`, 875 texts before heldout58); heldout58 to 78 take
40 each of it, and heldout79 40 fact sheets. After heldout79 30 remarks, 1 fact sheet and 2 announcements are left, so
heldout80 takes 40 of a new stratum, any other release (`release-other`, 585 texts before heldout80), and heldout81
40 of another, any presidential action (`presidential-action`, 914 texts before heldout80); heldout82 and 83 take 40
more of each, to judge the round written from heldout80-81 on the same two kinds of text, and heldout84 and 85 40 more
again for the round written from heldout82-83, heldout86 and 87 for the one from heldout84-85, heldout88 and 89 for the one from heldout86-87, heldout90 and 91 for the one from heldout88-89, heldout92 and 93 for the one from heldout90-91, heldout94 and 95 for the one from heldout92-93, heldout96 and 97 for the one from heldout94-95, heldout98 and 99 for the one from heldout96-97, heldout100 and 101 for the one from heldout98-99, and heldout102 and 103 for the one from heldout100-101. Before
heldout102, 32 other releases and 218 presidential actions were left (texts naming at least three offices, no
near-duplicate of one in the set): heldout102 takes the last 32 other releases and 8 presidential actions.
heldout104 to 111 take 40 fact sheets (`fact-sheet-other`) or 40 presidential actions each, in turn. Before heldout112
about 10 fact sheets, 8 presidential actions, 2 announcements and 30 remarks were left, and 76 texts of categories no
stratum drew from (`other-kind`: 28 blog posts, 20 legislation pages, 19 speeches-remarks, 7 "remarks", 2 others):
heldout112 takes 40 of those, heldout113 the last 30 remarks and 10 more of them. heldout114 and 115 take the 45
texts left (of 26 other kinds, two are near-duplicates: one is taken), the last of the corpus that name three offices.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout_selection  # noqa: E402  (the loop, strata and exclusions shared by the held-out splits)

_NOMINATIONS_ERA = {"nominations": 8, "remarks-foreign-leader": 12, "fact-sheet": 10, "articles-2025-2026": 10}
_FACTS_AND_ARTICLES = {"fact-sheet": 20, "articles-2025-2026": 20}  # heldout21 on: the only strata left
_FACTS = {"fact-sheet": 40}  # heldout34 on: heldout33 took the last 2025-2026 article with three offices
# heldout38 on: after heldout37, 46 fact sheets and no 2025-2026 article pass the filters; two strata
# the earlier splits never drew from (heldout_selection.py): domestic readouts and statements
_READOUTS_AND_STATEMENTS = {"readout-other": 20, "statement-domestic": 20}
# split number: (seed, texts per stratum); strata not named take none
SPLITS = {
    10: (20261227, _NOMINATIONS_ERA),
    11: (20261231, _NOMINATIONS_ERA),
    12: (20270113, _NOMINATIONS_ERA),
    13: (20270127, _NOMINATIONS_ERA),
    14: (20270210, _NOMINATIONS_ERA),
    15: (20270224, _NOMINATIONS_ERA),
    16: (20270310, _NOMINATIONS_ERA),
    17: (20270324, _NOMINATIONS_ERA),
    18: (20270407, _NOMINATIONS_ERA),
    19: (20270421, _NOMINATIONS_ERA),
    20: (20270505, {"nominations": 4, "remarks-foreign-leader": 3, "fact-sheet": 17, "articles-2025-2026": 16}),
    21: (20270519, _FACTS_AND_ARTICLES),
    22: (20270602, _FACTS_AND_ARTICLES),
    23: (20270616, _FACTS_AND_ARTICLES),
    24: (20270630, _FACTS_AND_ARTICLES),
    25: (20270714, _FACTS_AND_ARTICLES),
    26: (20270728, _FACTS_AND_ARTICLES),
    27: (20270811, _FACTS_AND_ARTICLES),
    28: (20270825, _FACTS_AND_ARTICLES),
    29: (20270908, _FACTS_AND_ARTICLES),
    30: (20270922, _FACTS_AND_ARTICLES),
    31: (20271006, _FACTS_AND_ARTICLES),
    32: (20271020, _FACTS_AND_ARTICLES),
    33: (20271103, _FACTS_AND_ARTICLES),
    34: (20271117, _FACTS),
    35: (20271201, _FACTS),
    36: (20271215, _FACTS),
    37: (20271229, _FACTS),
    38: (20280112, _READOUTS_AND_STATEMENTS),
    39: (20280126, _READOUTS_AND_STATEMENTS),
    40: (20280209, _READOUTS_AND_STATEMENTS),
    41: (20280223, _READOUTS_AND_STATEMENTS),
    42: (20280308, _READOUTS_AND_STATEMENTS),
    43: (20280322, _READOUTS_AND_STATEMENTS),
    44: (20280405, _READOUTS_AND_STATEMENTS),
    45: (20280419, _READOUTS_AND_STATEMENTS),
    46: (20280503, _READOUTS_AND_STATEMENTS),
    47: (20280517, _READOUTS_AND_STATEMENTS),
    48: (20280531, {"readout-other": 40}),
    49: (20280614, {"readout-other": 40}),
    50: (20280628, {"readout-other": 40}),
    51: (20280712, {"readout-other": 40}),
    52: (20280726, {"readout-other": 9, "announcement": 31}),
    53: (20280809, {"readout-other": 9, "announcement": 31}),
    54: (20280823, {"announcement": 40}),
    55: (20280906, {"announcement": 40}),
    56: (20280920, {"announcement": 40}),
    57: (20281004, {"statement-domestic": 10, "fact-sheet": 4, "announcement": 26}),
    58: (20281018, {"remarks-domestic": 40}),
    59: (20281101, {"remarks-domestic": 40}),
    60: (20281115, {"remarks-domestic": 40}),
    61: (20281129, {"remarks-domestic": 40}),
    62: (20281213, {"remarks-domestic": 40}),
    63: (20281227, {"remarks-domestic": 40}),
    64: (20290110, {"remarks-domestic": 40}),
    65: (20290124, {"remarks-domestic": 40}),
    66: (20290207, {"remarks-domestic": 40}),
    67: (20290221, {"remarks-domestic": 40}),
    68: (20290307, {"remarks-domestic": 40}),
    69: (20290321, {"remarks-domestic": 40}),
    70: (20290404, {"remarks-domestic": 40}),
    71: (20290418, {"remarks-domestic": 40}),
    72: (20290502, {"remarks-domestic": 40}),
    73: (20290516, {"remarks-domestic": 40}),
    74: (20290530, {"remarks-domestic": 40}),
    75: (20290613, {"remarks-domestic": 40}),
    76: (20290627, {"remarks-domestic": 40}),
    77: (20290711, {"remarks-domestic": 40}),
    78: (20290725, {"remarks-domestic": 40}),
    79: (20290808, {"fact-sheet": 40}),
    80: (20290822, {"release-other": 40}),
    81: (20290905, {"presidential-action": 40}),
    82: (20290919, {"release-other": 40}),
    83: (20291003, {"presidential-action": 40}),
    84: (20291017, {"release-other": 40}),
    85: (20291031, {"presidential-action": 40}),
    86: (20291114, {"release-other": 40}),
    87: (20291128, {"presidential-action": 40}),
    88: (20291212, {"release-other": 40}),
    89: (20291226, {"presidential-action": 40}),
    90: (20300109, {"release-other": 40}),
    91: (20300123, {"presidential-action": 40}),
    92: (20300206, {"release-other": 40}),
    93: (20300220, {"presidential-action": 40}),
    94: (20300306, {"release-other": 40}),
    95: (20300320, {"presidential-action": 40}),
    96: (20300403, {"release-other": 40}),
    97: (20300417, {"presidential-action": 40}),
    98: (20300501, {"release-other": 40}),
    99: (20300515, {"presidential-action": 40}),
    100: (20300529, {"release-other": 40}),
    101: (20300612, {"presidential-action": 40}),
    102: (20300626, {"release-other": 32, "presidential-action": 8}),  # the last 32 other releases
    103: (20300710, {"presidential-action": 40}),
    104: (20300724, {"fact-sheet-other": 40}),  # the release-other stratum is used up
    105: (20300807, {"presidential-action": 40}),
    106: (20300821, {"fact-sheet-other": 40}),
    107: (20300904, {"presidential-action": 40}),
    108: (20300918, {"fact-sheet-other": 40}),
    109: (20301002, {"presidential-action": 40}),
    110: (20301016, {"fact-sheet-other": 40}),
    111: (20301030, {"presidential-action": 40}),
    112: (20301113, {"other-kind": 40}),  # blog posts, legislation, speeches: kinds no verdict was drawn from
    113: (20301127, {"remarks-domestic": 30, "other-kind": 10}),  # the last 30 remarks
    # the last texts naming three offices: every other kind left, fact sheets, presidential actions, announcements
    114: (20301211, {"other-kind": 25, "fact-sheet-other": 9, "fact-sheet": 1, "presidential-action": 5}),
    115: (20301225, {"presidential-action": 3, "announcement": 2}),
}


def arguments(number):
    """(seed, split, label files, selection files, quota) of heldout<number>."""
    seed, taken = SPLITS[number]
    labels, selections = heldout_selection.earlier(number)  # every split before this one
    quota = {stratum: taken.get(stratum, 0) for stratum in heldout_selection.QUOTA}
    return seed, f"heldout{number}", labels, selections, quota


def select(number):
    return heldout_selection.select(*arguments(number), distinct=True)


if __name__ == "__main__":
    if len(sys.argv) < 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) not in SPLITS:
        sys.exit(f"usage: select_later_splits.py N [--copy]   (N one of {min(SPLITS)} ... {max(SPLITS)})")
    heldout_selection.main(*arguments(int(sys.argv[1])), distinct=True)
