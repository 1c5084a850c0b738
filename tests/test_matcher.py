"""The phrase matcher every gazetteer and the registry scan with (articles/extraction/matcher.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.matcher import PhraseMatcher, trie_regex


def test_longest_whole_word_phrase_wins_and_a_failed_longer_one_backs_off():
    matcher = PhraseMatcher(
        (phrase, phrase)
        for phrase in ["Bank", "World Bank", "World Bank Group", "World Health Organization", "World Health Organizations"]
    )
    text = "The World Bank Group and the World Health Organizationally-minded World Bank, a Banker."
    assert [(m.start, m.text) for m in matcher.find(text)] == [(4, "World Bank Group"), (66, "World Bank")]


def test_trie_regex_tries_the_longest_continuation_first():
    # Shared prefixes are factored out; at each node the deepest branch comes first.
    assert trie_regex(["ab", "abcd", "ax"]) == "a(?:b(?:cd)?|x)"
    assert trie_regex(["ax", "abcd", "ab"], after_first="!") == "a!(?:b(?:cd)?|x)"


def test_phrases_written_in_lower_case_are_found_and_are_case_sensitive():
    matcher = PhraseMatcher((phrase, phrase) for phrase in ["al Qaeda", "eMerge Americas", "Al Qaeda", "World Bank"])
    assert [m.text for m in matcher.find("The World Bank and Al Qaeda; al Qaida.")] == ["World Bank", "Al Qaeda"]
    assert [m.text for m in matcher.find("The World Bank, al Qaeda and eMerge Americas.")] == [
        "World Bank", "al Qaeda", "eMerge Americas"
    ]
    assert [m.text for m in PhraseMatcher([("iFAB", 1)]).find("No match here.")] == []
    assert [m.text for m in PhraseMatcher([("iFAB", 1)]).find("The iFAB opened.")] == ["iFAB"]


def _reference(phrases, text):
    """The matcher's contract spelled out slowly: from left to right, at the first position where some phrase is
    written as whole words, the longest such phrase; then on from its end."""

    def word(char):
        return char.isalnum() or char == "_"

    def whole(start, end):
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        return not (before and (word(before) or before in ".’'")) and not (
            after and (word(after) or after == "&" or after == "." and end + 1 < len(text) and word(text[end + 1]))
        )

    found, position = [], 0
    while position < len(text):
        best = max(
            (p for p in phrases if text.startswith(p, position) and whole(position, position + len(p))), key=len, default=None
        )
        if best is None:
            position += 1
        else:
            found.append((position, best))
            position += len(best)
    return found


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="aAbé1 .’'&", min_size=1, max_size=5).map(lambda p: " ".join(p.split())).filter(bool),
                     min_size=1, max_size=8),
    text=st.text(alphabet="aAbé1 .’'&_-\n", max_size=40),
)
def test_the_matcher_finds_what_its_contract_says_on_any_text(phrases, text):
    # The reference spells the contract out; the matcher proposes candidates with an automaton and must agree with it.
    matcher = PhraseMatcher((phrase, phrase.upper()) for phrase in phrases)
    found = [(m.start, m.end, m.text, m.value) for m in matcher.find(text)]
    assert found == [(start, start + len(p), p, p.upper()) for start, p in _reference(set(phrases), text)]


def test_a_phrase_added_after_a_scan_is_found_in_the_next_one():
    matcher = PhraseMatcher([("World Bank", 1)])
    assert [m.text for m in matcher.find("The World Bank and the Peace Corps.")] == ["World Bank"]
    matcher.add("Peace Corps", 2)
    assert [(m.text, m.value) for m in matcher.find("The World Bank and the Peace Corps.")] == [
        ("World Bank", 1), ("Peace Corps", 2)
    ]
