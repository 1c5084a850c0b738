"""Reproducible selection of the 60 corpus texts of the hand-labelled evaluation set.

Run from anywhere:  python tests/evaluation/select_texts.py [--copy]
It prints the chosen files (stratum, split, path relative to the corpus root); its output is
kept as selection.tsv. With --copy it copies them
byte-for-byte to tests/evaluation/texts/<stem>.txt. Selection is deterministic:
sorted candidate lists + random.Random(SEED).
"""
import os
import random
import re
import shutil
import sys

SEED = 20251217
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# shared/ sits beside the repository checkout; override with WH_CORPUS if it does not.
CORPUS = os.environ.get("WH_CORPUS", os.path.join(os.path.dirname(REPO), "shared", "corpus",
                                                  "whitehouse-briefing-room"))
SAMPLES = os.path.join(REPO, "samples")   # shipped samples are excluded
MIN_BYTES, MAX_BYTES = 1500, 12000

OFFICE = re.compile(r"\b(President|Prime Minister|Minister|Secretary|Ambassador|Senator|"
                    r"Chancellor|King|Director|Administrator|Governor|Representative|"
                    r"Secretary-General|Envoy|General|Admiral|Chairman|Chair)\b")
AGENCY = re.compile(r"\b(Department of|Agency|Administration|Bureau|Office of|Commission|Service)\b")
FOREIGN = re.compile(r"(?:^|-)(ukraine|russia|china|japan|korea|israel|gaza|iran|india|nato|g7|g20|"
                     r"taiwan|mexico|canada|france|germany|united-kingdom|australia|philippines|"
                     r"vietnam|afghanistan|sudan|ethiopia|haiti|venezuela|cuba|syria|iraq|"
                     r"yemen|lebanon|egypt|saudi|turkey|turkiye|poland|africa|asean|european|"
                     r"brazil|colombia|nicaragua|burma|pakistan|armenia|azerbaijan|georgia|"
                     r"moldova|serbia|kosovo|indonesia|qatar|jordan|libya|nigeria|kenya|"
                     r"foreign|international)s?(?:-|$)")

# (name, how many, predicate on (category, stem, text)); strata are filled in order,
# a file already taken by an earlier stratum is not taken again.
STRATA = [
    ("readout", 12, lambda c, s, t: s[11:].startswith("readout-of-")
        and re.search(r"(call|meeting|meet)-with-(prime-minister|president|chancellor|king|"
                      r"crown-prince|his-majesty|emir|premier|taoiseach|secretary-general|sultan|"
                      r"foreign-minister|minister)", s)),
    ("foreign-statement", 8, lambda c, s, t: s[11:].startswith("statement-")
        and FOREIGN.search(s[11:])),
    ("nominations", 8, lambda c, s, t: re.search(
        r"announces-.*(key-nominees|key-nominations|intent-to-nominate|nominees|nominations)", s)
        and "judicial" not in s and "withdraw" not in s),
    ("press-briefing", 8, lambda c, s, t: c == "press-briefings"),
    ("remarks-foreign-leader", 8, lambda c, s, t: s[11:].startswith("remarks-by-")
        and re.search(r"-and-(prime-minister|president|chancellor|king|crown-prince|emir|"
                      r"premier|taoiseach|secretary-general|his-majesty)", s)),
    ("fact-sheet", 8, lambda c, s, t: "fact-sheet" in s and len(set(AGENCY.findall(t))) >= 2),
    ("articles-2025-2026", 8, lambda c, s, t: c == "articles" and s[:4] in ("2025", "2026")),
]
DEV_PER_STRATUM = {"readout": 4, "foreign-statement": 3, "nominations": 3, "press-briefing": 3,
                   "remarks-foreign-leader": 3, "fact-sheet": 2, "articles-2025-2026": 2}


def candidates():
    shipped = set()
    for root, _, files in os.walk(SAMPLES):
        shipped.update(f[:-4] for f in files if f.endswith(".txt"))
    out = []
    for root, _, files in os.walk(CORPUS):
        for f in files:
            if not f.endswith(".txt"):
                continue
            path = os.path.join(root, f)
            size = os.path.getsize(path)
            if not (MIN_BYTES <= size < MAX_BYTES) or f[:-4] in shipped:
                continue
            cat = os.path.relpath(path, CORPUS).split(os.sep)[0]
            out.append((cat, f[:-4], path))
    return sorted(out, key=lambda x: x[2])


def select():
    rng = random.Random(SEED)
    cands = candidates()
    texts = {}
    taken, chosen = set(), []
    for name, n, pred in STRATA:
        pool = []
        for cat, stem, path in cands:
            if stem in taken:
                continue
            if path not in texts:
                with open(path, encoding="utf-8") as fh:
                    texts[path] = fh.read()
            t = texts[path]
            if len(OFFICE.findall(t)) < 3:   # prefer texts rich in named officials
                continue
            if pred(cat, stem, t):
                pool.append((cat, stem, path))
        picks = rng.sample(pool, n)
        for i, (cat, stem, path) in enumerate(picks):
            split = "dev" if i < DEV_PER_STRATUM[name] else "heldout"
            chosen.append((name, split, stem, path))
            taken.add(stem)
    return chosen


if __name__ == "__main__":
    chosen = select()
    for name, split, stem, path in chosen:
        print(f"{name}\t{split}\t{os.path.relpath(path, CORPUS)}")
        if "--copy" in sys.argv:
            shutil.copyfile(path, os.path.join(HERE, "texts", stem + ".txt"))
