"""The selection loop shared by the held-out splits chosen after dev2 (select_heldout2.py, 3, 4, ...).

Same candidate rules, strata and quotas as select_dev2.py; each split brings its own seed and
the label and selection files whose texts it must not repeat. Not a script: the select_heldoutN.py
files call it with their own constants.
"""
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # importing the other selectors must not leave __pycache__
sys.path.insert(0, HERE)
import select_texts as base  # noqa: E402  (candidates(), OFFICE, CORPUS, SAMPLES)
import select_dev2 as dev2  # noqa: E402  (QUOTA, PRED, ORDER, shingles(), near_dup(), ...)

QUOTA = dict(dev2.QUOTA)   # 8 readout, 6, 6, 6, 6, 4 fact-sheet, 4 articles-2025-2026
PRED = dict(dev2.PRED)
ORDER = list(dev2.ORDER)
# Strata added for heldout38 on, after the ones above ran out. They come last in ORDER and take
# none in the earlier splits (quota 0), so those splits reproduce exactly. A readout that is not
# of a meeting with a foreign leader (those were the "readout" stratum), and a statement whose
# name is not about a foreign country or body (those were "foreign-statement"): both
# statements-releases, 2021-2025.
PRED["readout-other"] = lambda c, s, t: (c == "statements-releases" and s[11:].startswith("readout-")
                                         and not PRED["readout"](c, s, t) and not base.FOREIGN.search(s[11:]))
PRED["statement-domestic"] = lambda c, s, t: (c == "statements-releases" and s[11:].startswith("statement-")
                                              and not base.FOREIGN.search(s[11:]))
ORDER += ["readout-other", "statement-domestic"]
QUOTA.update({"readout-other": 0, "statement-domestic": 0})
# Added for heldout52 on, when 18 domestic readouts were left: a release announcing what the President,
# the Vice President, the First Lady, the White House or "the Biden-Harris Administration" does (appointments,
# delegations, initiatives, guests), statements-releases, that no stratum above takes. Last in ORDER, quota 0
# before heldout52.
_ANNOUNCER = re.compile(r"(?:president-biden|white-house|the-white-house|biden-harris-administration|"
                        r"vice-president-harris|vice-president-kamala-harris|first-lady)-")
_EARLIER = list(ORDER)
PRED["announcement"] = lambda c, s, t: (c == "statements-releases" and _ANNOUNCER.match(s[11:]) is not None
                                        and not any(PRED[name](c, s, t) for name in _EARLIER))
ORDER.append("announcement")
QUOTA["announcement"] = 0
# Added for heldout58 on, when the announcements were used up: a President's, a Vice President's or a First Lady's
# remarks on a domestic occasion (speeches-remarks, "remarks-by-..." or "remarks-as-prepared-..."), which thank the
# officials present by office; at most 12,000 characters, so that a labeller reads each in full. Last, quota 0 before.
_REMARKS = re.compile(r"remarks-(?:by|as-prepared)-")
_BEFORE_REMARKS = list(ORDER)
PRED["remarks-domestic"] = lambda c, s, t: (c == "speeches-remarks" and _REMARKS.match(s[11:]) is not None
                                            and len(t) <= 12000
                                            and not any(PRED[name](c, s, t) for name in _BEFORE_REMARKS))
ORDER.append("remarks-domestic")
QUOTA["remarks-domestic"] = 0
# Added for heldout80 on, when the remarks, fact-sheet and announcement strata were used up (30 remarks, 1 fact
# sheet and 2 announcements left after heldout79): any other release (statements-releases: readouts of officials'
# meetings, joint statements, "what they are reading" press round-ups, letters, appointments) and any presidential
# action (presidential-actions: proclamations, executive orders, memoranda, disaster declarations, nominations sent
# to the Senate) that no stratum above takes. Last, quota 0 before.
_BEFORE_OTHER = list(ORDER)
PRED["release-other"] = lambda c, s, t: (c == "statements-releases"
                                         and not any(PRED[name](c, s, t) for name in _BEFORE_OTHER))
PRED["presidential-action"] = lambda c, s, t: (c == "presidential-actions"
                                               and not any(PRED[name](c, s, t) for name in _BEFORE_OTHER))
ORDER += ["release-other", "presidential-action"]
QUOTA.update({"release-other": 0, "presidential-action": 0})
# Added for heldout104 on, when the other releases were used up (none left after heldout102) and about 170
# presidential actions were left: a fact sheet (fact-sheets: what a law, an order, a visit or a programme does, by
# agency and programme) that no stratum above takes; the "fact-sheet" stratum took only those whose name says "fact
# sheet" and that name two agencies. About 180 are left. Last, quota 0 before.
_BEFORE_FACT_SHEETS = list(ORDER)
PRED["fact-sheet-other"] = lambda c, s, t: (c == "fact-sheets"
                                            and not any(PRED[name](c, s, t) for name in _BEFORE_FACT_SHEETS))
ORDER.append("fact-sheet-other")
QUOTA["fact-sheet-other"] = 0
# Added for heldout112 on, when about 10 fact sheets and 8 presidential actions were left: any text of a category no
# stratum above draws from (blog posts, legislation, speeches-remarks that are not remarks on a domestic occasion,
# "remarks", disclosures, research: 76 texts before heldout112). Last, quota 0 before.
_STRATUM_CATEGORIES = frozenset(("statements-releases", "presidential-actions", "fact-sheets"))
_BEFORE_OTHER_KINDS = list(ORDER)
PRED["other-kind"] = lambda c, s, t: (c not in _STRATUM_CATEGORIES
                                      and not any(PRED[name](c, s, t) for name in _BEFORE_OTHER_KINDS))
ORDER.append("other-kind")
QUOTA["other-kind"] = 0
PREFIX = "corpus/whitehouse-briefing-room/"


def earlier(number):
    """The label and selection files of every split chosen before heldout<number>: the texts it must not repeat."""
    before = range(2, number)
    labels = ("labels.json", *(f"labels-heldout{n}.json" for n in before))
    selections = ("selection.tsv", "selection-dev2.tsv", *(f"selection-heldout{n}.tsv" for n in before))
    return labels, selections


def already_used(split, label_files, selection_files):
    """Stems and corpus-relative paths already in the evaluation set (any other split)."""
    stems, paths = set(), set()
    for labels in label_files:
        if not os.path.exists(os.path.join(HERE, labels)):
            continue   # a split chosen but not labelled yet: its selection file excludes its texts
        with open(os.path.join(HERE, labels), encoding="utf-8") as fh:
            for item in json.load(fh)["items"]:
                if item["split"] == split:
                    continue   # our own additions do not exclude themselves on a re-run
                p = item["corpus_path"]
                if p.startswith(PREFIX):
                    paths.add(p[len(PREFIX):])
                stems.add(os.path.basename(p)[:-4])
    for tsv in selection_files:
        with open(os.path.join(HERE, tsv), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    paths.add(parts[2])
                    stems.add(os.path.basename(parts[2])[:-4])
    return stems, paths


def select(seed, split, label_files, selection_files, quota=None, distinct=False):
    """[(stratum, split, stem, path)]: `quota` (default QUOTA) texts per stratum, none used before, none a near-duplicate.

    `distinct` (heldout10 on): a pick that is a near-duplicate of a text already picked for this
    split (the corpus holds some texts twice, as "...-meeting" and "...-meeting-2") is replaced by a
    draw from the rest of its stratum with random.Random(seed + 1); the other picks stay as they
    were. Off, the earlier splits reproduce exactly (none of them has such a pair).
    """
    quota = quota or QUOTA
    rng = random.Random(seed)
    spare = random.Random(seed + 1)
    picked_shingles = []
    used_stems, used_paths = already_used(split, label_files, selection_files)
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
        picks = rng.sample(pool, quota[name])
        rest = [c for c in pool if c not in picks]
        for cat, stem, path in picks:
            while distinct and dev2.near_dup(dev2.shingles(texts[path]), picked_shingles):
                if not rest:
                    sys.exit(f"{split}: the {name} stratum has no text left that is not a near-duplicate of one picked")
                cat, stem, path = rest.pop(spare.randrange(len(rest)))
            picked_shingles.append(dev2.shingles(texts[path]))
            chosen.append((name, split, stem, path))
            taken.add(stem)
    return chosen


def main(seed, split, label_files, selection_files, quota=None, distinct=False):
    """Print the selection (stratum, split, corpus-relative path); with --copy, copy the texts to texts/."""
    for name, split_name, stem, path in select(seed, split, label_files, selection_files, quota, distinct):
        print(f"{name}\t{split_name}\t{os.path.relpath(path, base.CORPUS)}")
        if "--copy" in sys.argv:
            shutil.copyfile(path, os.path.join(HERE, "texts", stem + ".txt"))
