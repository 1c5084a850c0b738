"""The phrase matcher every gazetteer and the registry scan with (articles/extraction/matcher.py)."""

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
