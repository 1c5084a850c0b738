"""The extractor's precision and recall on the hand-labelled tuning texts must not fall back.

The verdict on unseen text is the current held-out split (see
tests/evaluation/README.md); that one is not asserted here, since it is read
only when judging. The floors below sit a little under the scores when they
were set, so an honest improvement never trips them and a regression does.
"""

import pytest

from tests.evaluation.evaluate import evaluate

FLOORS = {  # kind: (precision, recall) on the tuning split (dev, dev2, heldout, heldout2 ... heldout77: 3,141 texts)
    # Readouts list their participants with offices of every kind: with heldout38-49 in tuning, officials read
    # 0.961 / 0.935 after round 29's follow-up (0.972 / 0.949 on dev ... heldout37 after round 24).
    # Recall 0.933 -> 0.929 when heldout58-59 joined: remarks name officials by a first name or a surname alone in
    # passing ("Jaime", "Denis, Mr. Secretary"), which the labels count and the extractor reads as no office.
    # Recall 0.928 -> 0.924 when heldout62-63 joined (remarks again: 0.790 on that pair).
    # Recall 0.92 -> 0.918 when heldout76-77 joined (0.9189 after round 44): 80 more remarks, on which recall is
    # 0.82-0.87 (first names, and full names whose office is sentences away).
    # Recall 0.918 -> 0.917 when heldout78-79 joined (0.9179 after round 45): 40 remarks at 0.812 (a spouse by first name,
    # "Donald Trump" whose office is a clause away, "Bob Casey" sent "back to the United States Senate").
    # Recall 0.917 -> 0.915 when heldout80-81 joined (0.9159 after round 46): two new kinds of text, other releases and
    # presidential actions, on which recall was 0.636 before round 46 (nominees by a post held, delegations listed by
    # name after "Representing Mexico were").
    # Recall 0.915 -> 0.912 when the Wikinews splits heldout116-121 joined (0.9151 after round 63): ordinary news, on
    # which officials recall is 0.788 (0.639 before rounds 61-63); the White House texts alone stay at 0.9197.
    "officials": (0.955, 0.912),
    # In-sample: the organisation registry (registry_organisations.txt) is built from these very labels. Read with
    # each split's registry built without it, organisations scored 0.904 / 0.845 on dev ... heldout21 (README there).
    # Precision 0.925 -> 0.918 when heldout28-35 joined (0.921 with them): fact sheets that list many more bodies.
    # Recall 0.911 -> 0.910 when heldout44-45 joined (0.9097): a manufacturing convening lists 70 bodies, many bare names.
    # Precision 0.919 -> 0.918 when heldout52-53 joined (0.9177 after round 32): announcements that list a state
    # dinner's guests and a board's members with every body they work for.
    # Precision 0.915 -> 0.918 after round 39 (0.921): events, places and offices named after the White House
    # ("Readout of White House Roundtable on ...") no longer list it.
    # Recall 0.905 -> 0.904 when heldout70-71 joined (0.9049): remarks name bodies by one bare word ("Met", "Big
    # East", "Bowie State") with no cue a rule can use.
    # Precision 0.918 -> 0.917 when heldout80-81 joined (0.9172): the same two kinds of text, at 0.817 before round 46.
    # Precision 0.917 -> 0.916 when heldout82-83 joined (0.9168 after round 47): the same two kinds again (0.853 and
    # 0.874 on their verdict): memoranda and orders name offices whose words look like bodies ("Unallocated Reserve").
    # Precision 0.916 -> 0.915 when heldout88-89 joined (0.9157 after round 50): the same two kinds of text (0.847 and
    # 0.878 on their verdict).
    # Precision 0.915 -> 0.914 when heldout98-99 joined (0.9147 after round 55): the same two kinds again (0.827 and
    # 0.849 on their verdict; a trade mission's list of companies and regions, an order's list of 66 bodies withdrawn).
    # Precision 0.914 -> 0.913 when heldout102-103 joined (0.9139 after round 56): other releases and presidential
    # actions again (0.855 together on their verdict, where the bodies they name are new to the registry).
    # Precision 0.913 -> 0.919 with round 57 (0.9199): unlisted programmes, funds and forums needed the text's evidence.
    # 0.919 -> 0.914 when a review on ordinary news took that rule back (0.9146): it lost real bodies ("The Lincoln
    # Project", "Founders Fund", "Pacific Gas and Electric") four times for each non-body it dropped.
    # 0.914 -> 0.915 after the review on ordinary news (0.9158): one body written with and without dots is one.
    "organisations": (0.915, 0.904),
    # Recall 0.991 -> 0.990 when heldout52-53 joined (0.9899): a release's "Investing in America" agenda and a name
    # of the country written only in a programme's.
    "countries": (0.988, 0.988),
}


@pytest.fixture(scope="module")
def scores():
    return evaluate("tuning")


@pytest.mark.parametrize("kind", FLOORS)
def test_extraction_keeps_its_precision_and_recall_on_the_tuning_texts(scores, kind):
    precision, recall = FLOORS[kind]
    score = scores[kind]
    assert score.gold > 100, "the labelled texts went missing"
    assert score.precision >= precision, f"{kind} precision {score.precision:.3f} < {precision}"
    assert score.recall >= recall, f"{kind} recall {score.recall:.3f} < {recall}"


def test_the_tuning_texts_hold_every_retired_split_and_not_the_verdict():
    from tests.evaluation.evaluate import TUNING, UNSEEN, load_items

    splits = {item["split"] for item in load_items("tuning")}
    assert splits == set(TUNING), f"tuning splits {sorted(splits)} != {sorted(TUNING)}"
    assert not splits & set(UNSEEN)
