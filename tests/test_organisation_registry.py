"""The registry of bodies named in the hand-labelled tuning texts: built from those texts alone, and read after the
rules without taking a piece of a longer name for a body."""

import pytest

from articles.extraction import organisation_registry
from articles.extraction.extract import extract
from articles.extraction.matcher import PhraseMatcher


@pytest.fixture
def registry(monkeypatch):
    names = ["Fox Business Network", "Job Creators Network", "Duke University", "Children’s Hospital Los Angeles"]
    matcher = PhraseMatcher((name, name) for name in names)
    monkeypatch.setattr(organisation_registry, "_matcher", lambda: matcher)


def _organisations(gazetteer, *paragraphs):
    return {o.name: o for o in extract("", list(paragraphs), gazetteer).organisations}


def test_the_registry_file_is_what_the_tuning_texts_give_and_holds_no_verdict_only_name():
    from tests.evaluation.build_registry import OUT, build
    from tests.evaluation.evaluate import UNSEEN, load_items

    shipped = [line for line in OUT.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert shipped == build(), "registry_organisations.txt is stale: run python -m tests.evaluation.build_registry"
    tuning_names = {name for item in load_items("tuning") for name in item["organisations"]}
    verdict_only = {name for split in UNSEEN for item in load_items(split) for name in item["organisations"]} - tuning_names
    assert len(shipped) > 1000 and not verdict_only & set(shipped)


def test_a_name_the_rules_cut_short_is_read_whole(gazetteer, registry):
    organisations = _organisations(gazetteer, "He told Fox Business Network that prices fell, Fox Business Network said.")
    assert "Fox Business Network" in organisations and "Fox Business" not in organisations


def test_a_listed_body_standing_alone_is_found_and_counted(gazetteer, registry):
    organisations = _organisations(
        gazetteer, "Alfredo Ortiz of the Job Creators Network spoke. The Job Creators Network agreed.", "It was good."
    )
    assert organisations["Job Creators Network"].count == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "She studied at Duke University School of Law.",  # a longer name goes on after it
        "She led the Clinical Duke University programme.",  # and before it
        "He visited Children’s Hospital Los Angeles-based clinics.",
    ],
)
def test_a_listed_name_inside_a_longer_name_is_not_taken_for_the_body(registry, sentence):
    found = []
    organisation_registry.complete(sentence, found)
    assert found == []


def test_a_listed_name_at_a_sentences_start_or_alone_is_taken(registry):
    found = []
    organisation_registry.complete("Duke University agreed. Staff at Duke University, too.", found)
    assert [(o.name, o.count, o.kind) for o in found] == [("Duke University", 2, "other")]
