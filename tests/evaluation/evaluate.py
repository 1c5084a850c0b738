"""Score the entity extractor against the hand-labelled set: precision and recall per kind.

    python -m tests.evaluation.evaluate [--split dev|dev2|heldout|heldout2|...|tuning|unseen|all] [-v] [--per-split]

Tune on dev, dev2, heldout, heldout2 ... heldout<LAST_TUNING_HELDOUT>
("tuning": each held-out set is retired into tuning once it has given its
verdict and its errors have been studied); the two splits after it (UNSEEN, each in its
labels-<split>.json) are the verdict ("unseen", the
default): no round of the extractor was written from them, and they are not read while
tuning. Until their labels exist, asking for the verdict says so and scores the tuning
splits instead.

Matching: countries by ISO code; organisations by name, ignoring case, a
leading "the" or "U.S." and punctuation; officials by name, where "Biden" or "Joe Biden"
matches "Joseph R. Biden, Jr." (same surname, and one side is a bare surname or
the given names start alike). Each gold entry is matched at most once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)  # gold not found
    extras: list[str] = field(default_factory=list)  # found, not gold

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0


def _tokens(name: str) -> list[str]:
    name = re.sub(r"[,.]|\b(?:Jr|Sr|II|III)\b", " ", name, flags=re.I)  # "JOSEPH R. BIDEN JR." is "Joseph R. Biden Jr."
    return [t for t in re.split(r"\s+", name.casefold()) if t]


def same_person(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    return len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0]


def _org_key(name: str) -> str:
    # "U.S. Department of Commerce" and "Department of Commerce" are one organisation.
    name = re.sub(r"^(?:the\s+)?(?:U\.S\.|US|United States)\s+(?=\S)", "", name.strip(), flags=re.I)
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    name = re.sub(r"[’']s$", "", name)
    return re.sub(r"[^\w]+", " ", name.casefold()).strip()


def _score(score: Score, gold: list[str], predicted: list[str], same, label: str) -> None:
    remaining = list(gold)
    score.gold += len(gold)
    score.predicted += len(predicted)
    for item in predicted:
        match = next((g for g in remaining if same(item, g)), None)
        if match is None:
            score.extras.append(f"{label}: {item}")
        else:
            remaining.remove(match)
            score.true_positives += 1
    score.misses += [f"{label}: {g}" for g in remaining]


# Each held-out split is retired into tuning once it has given its verdict; the verdict is the next ones.
LAST_TUNING_HELDOUT = 130
TUNING = ("dev", "dev2", "heldout", *(f"heldout{n}" for n in range(2, LAST_TUNING_HELDOUT + 1)))
# The next two, labelled before the extractor round they judge was finished.
UNSEEN = (f"heldout{LAST_TUNING_HELDOUT + 1}", f"heldout{LAST_TUNING_HELDOUT + 2}")
VERDICT = "unseen"
# labels.json holds dev, dev2 and heldout; every later split has its own file.
LABEL_FILES = ("labels.json", *(f"labels-{name}.json" for name in (*TUNING[3:], *UNSEEN)))
SPLITS = [*TUNING, "tuning", *UNSEEN, VERDICT, "all"]


def summary(kind: str, score: Score) -> str:
    return f"{kind:14} P {score.precision:.3f}  R {score.recall:.3f}  (tp {score.true_positives}, predicted {score.predicted}, gold {score.gold})"


def verdict_labelled() -> bool:
    return any((HERE / f"labels-{name}.json").exists() for name in UNSEEN)


# Texts from outside the White House corpus (Wikinews, the verdict since session 17) may carry no date; the importer
# would ask for --date, and a date plays no part in what the extractor finds.
UNDATED = dt.date(2000, 1, 1)


def read_text(item: dict):
    """An item's text as the importer parses it."""
    from articles.importing.parse import parse_file

    return parse_file(HERE / "texts" / f"{item['id']}.txt", default_date=UNDATED, max_bytes=10**7)


def load_items(split: str) -> list[dict]:
    items = [
        item for name in LABEL_FILES if (HERE / name).exists() for item in json.loads((HERE / name).read_text())["items"]
    ]
    if split == "tuning":
        return [i for i in items if i["split"] in TUNING]
    if split == VERDICT:
        return [i for i in items if i["split"] in UNSEEN]
    return [i for i in items if split == "all" or i["split"] == split]


def evaluate(split: str = VERDICT) -> dict[str, Score]:
    return evaluate_by_split(split)[split]


def evaluate_by_split(split: str = VERDICT) -> dict[str, dict[str, Score]]:
    """Scores for the split asked for, and for each labelled split inside it."""
    from django_countries import countries

    from articles.extraction.extract import extract
    from articles.extraction.gazetteer import Gazetteer
    gazetteer = Gazetteer.from_seed({code: str(name) for code, name in countries.countries.items()})

    def new() -> dict[str, Score]:
        return {"officials": Score(), "organisations": Score(), "countries": Score()}

    results = {split: new()}
    for item in load_items(split):
        parsed = read_text(item)
        found = extract(parsed.title, parsed.paragraphs, gazetteer, parsed.byline)
        label = item["id"][:60]
        for scores in {id(s): s for s in (results[split], results.setdefault(item["split"], new()))}.values():
            _score(scores["officials"], [o["name"] for o in item["officials"]], [p.name for p in found.officials], same_person, label)
            _score(
                scores["organisations"],
                item["organisations"],
                [o.name for o in found.organisations],
                lambda a, b: _org_key(a) == _org_key(b),
                label,
            )
            _score(scores["countries"], item["countries"], list(found.countries), str.__eq__, label)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--split", default=VERDICT, choices=SPLITS, help=f"Which labelled texts to score (default: the verdict, {VERDICT})."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="List every miss and every extra.")
    parser.add_argument("--per-split", action="store_true", help="Also score each labelled split inside the one asked for.")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    os.environ.setdefault("DEBUG", "1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    split = args.split
    if split == VERDICT and not verdict_labelled():
        print(f"The verdict labels ({', '.join(f'labels-{name}.json' for name in UNSEEN)}) are absent; scoring the tuning splits instead.")
        split = "tuning"
    results = evaluate_by_split(split)
    shown = [s for s in SPLITS if s in results and s != split] if args.per_split else []
    for name in [*shown, split]:
        if shown:
            print(f"== {name}")
        for kind, score in results[name].items():
            print(summary(kind, score))
            if args.verbose and name == split:
                for line in score.misses:
                    print("   miss ", line)
                for line in score.extras:
                    print("   extra", line)


if __name__ == "__main__":
    main()
