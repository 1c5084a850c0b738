import pytest

from articles.searchsyntax import MAX_TERMS, parse, to_fts5, to_websearch


def test_words_all_must_match():
    query = parse("taiwan intelligence")
    assert to_fts5(query) == '"taiwan" AND "intelligence"'
    assert to_websearch(query) == '"taiwan" "intelligence"'


def test_phrases_or_and_exclusions():
    query = parse('"national security" taiwan OR japan -china')
    assert to_fts5(query) == '("national security" AND ("taiwan" OR "japan")) NOT ("china")'
    assert to_websearch(query) == '"national security" "taiwan" OR "japan" -"china"'


def test_hyphenated_words_become_phrases():
    assert to_fts5(parse("Ming-yen")) == '"ming yen"'


@pytest.mark.parametrize(
    "hostile",
    ['"unbalanced', "NEAR(a b)", "a AND OR NOT", "title:x", "^start", "col*", "'; DROP TABLE x; --", "\x00\x00", "🙂🙂", "-", '""', "OR OR"],
)
def test_hostile_input_renders_only_quoted_alphanumeric_tokens(hostile):
    query = parse(hostile)
    rendered = to_fts5(query) or ""
    # Every token sits inside a pair of double quotes; outside them only our own operators.
    outside = rendered.split('"')[::2]
    assert all(part.strip(" ()").replace("AND", "").replace("OR", "").replace("NOT", "").strip(" ()") == "" for part in outside)


def test_stop_words_are_dropped_outside_phrases():
    assert to_fts5(parse("the taiwan")) == '"taiwan"'
    assert to_fts5(parse('"state of the union"')) == '"state of the union"'


def test_long_queries_are_capped():
    query = parse(" ".join(f"word{i}" for i in range(10_000)))
    assert len(query.terms) == MAX_TERMS


def test_empty_and_punctuation_only_queries_are_empty():
    for text in [None, "", "   ", "!!! ??? ...", "the of and"]:
        assert parse(text).is_empty
