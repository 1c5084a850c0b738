"""Find many known phrases in text at once: longest match, whole words, case-sensitive. Plain Python, no Django.

`PhraseMatcher` scans with an Aho-Corasick automaton, so a thousand country names cost little more than one;
`trie_regex` writes phrases as one regular expression shaped like a trie (common prefixes shared), for patterns
that match phrases in context (offices before a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick
from typing import Generic, NamedTuple, TypeVar

V = TypeVar("V")

_END = ""  # trie key marking the end of a phrase


class Match(NamedTuple, Generic[V]):  # a tuple: made for every match, so it must be cheap
    start: int
    end: int
    text: str
    value: V


def _trie_pattern(node: dict, depths: dict[int, int], after_first: str = "", space: str = " ") -> str:
    """A regex for the phrases below `node`; longer continuations are tried first, so the longest wins.

    `after_first` goes right after each first character: a pattern that starts
    with a plain character lets the regex engine skip ahead to the next
    possible first character instead of trying every position.
    """
    branches = []
    ends_here = False
    for char in sorted((c for c in node if c != _END), key=lambda c: -depths[id(node[c])]):
        head = space if char == " " else re.escape(char)
        branches.append(head + after_first + _trie_pattern(node[char], depths, space=space))
    if _END in node:
        ends_here = True
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def trie_regex(phrases: Iterable[str], *, after_first: str = "", space: str = " ") -> str:
    """One regex alternation of `phrases` shaped like a trie, longest first; `space` stands for each space."""
    trie, depths = _trie(" ".join(phrase.split()) for phrase in phrases)
    return _trie_pattern(trie, after_first=after_first, space=space, depths=depths)


def _trie(phrases: Iterable[str]) -> tuple[dict, dict[int, int]]:
    """The trie of `phrases`, and each node's depth (1 for a leaf) by id, kept as phrases go in."""
    trie: dict = {}
    depths: dict[int, int] = {}
    for phrase in phrases:
        node = trie
        remaining = len(phrase)
        for char in phrase:
            node = node.setdefault(char, {})
            if depths.get(id(node), 0) < remaining:
                depths[id(node)] = remaining
            remaining -= 1
        node[_END] = {}
    return trie, depths


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex engine's \w matches


_BEFORE = frozenset(".’'")  # a phrase starts no word: "U.S" not inside "A.U.S"


class PhraseMatcher(Generic[V]):
    """The phrases go into an Aho-Corasick automaton (pyahocorasick, in C): built in milliseconds, where one regex of
    9,000 names took a second to compile in every process, and scanned in one pass whatever their number."""

    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._values: dict[str, V] = {}
        self._automaton: ahocorasick.Automaton | None = None
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        phrase = " ".join(phrase.split())
        if phrase:
            self._values.setdefault(phrase, value)
            self._automaton = None

    def __bool__(self) -> bool:
        return bool(self._values)

    def _built(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for phrase in self._values:
                automaton.add_word(phrase, len(phrase))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def find(self, text: str) -> Iterator[Match[V]]:
        """Non-overlapping matches, left to right, each the longest phrase starting there. Whole words only: not
        inside a longer word, and "U.S" not inside "U.S.A"."""
        if not self._values:
            return
        size = len(text)
        candidates = []
        for last, length in self._built().iter(text):
            start, end = last - length + 1, last + 1
            if start and (_is_word_char(before := text[start - 1]) or before in _BEFORE):
                continue
            if end < size and (
                _is_word_char(after := text[end])
                or after == "&"
                or after == "." and end + 1 < size and _is_word_char(text[end + 1])
            ):
                continue
            candidates.append((start, -end))
        if not candidates:
            return
        candidates.sort()
        values = self._values
        position = 0
        for start, negative_end in candidates:
            if start < position:
                continue  # inside the match before, or a shorter phrase at the same start
            phrase = text[start:-negative_end]
            position = -negative_end
            yield Match(start, position, phrase, values[phrase])
