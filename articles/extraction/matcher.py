"""Find many known phrases in text at once: longest match, whole words, case-sensitive.

The phrases are compiled into one regular expression shaped like a trie
(common prefixes shared), so the whole scan runs inside the regex engine: a
thousand country names cost little more than one. Plain Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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


_FEW_LOWER_CASE = 64  # up to this many lower-case phrases are looked for in each text before the scan


def _compile(phrases: Iterable[str]) -> re.Pattern:
    trie, depths = _trie(phrases)
    if not trie:
        return re.compile(r"(?!)")  # no phrase: matches nowhere (an empty pattern would match everywhere)
    # Whole words only: not inside a longer word, and "U.S" not inside "U.S.A".
    # The boundary check before the phrase looks back past its first character.
    return re.compile(_trie_pattern(trie, depths, after_first=r"(?<![\w.’'].)") + r"(?![\w&]|\.(?=\w))")


class PhraseMatcher(Generic[V]):
    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._values: dict[str, V] = {}
        self._pattern: re.Pattern | None = None
        self._capitalised: re.Pattern | None = None
        self._lower: list[str] | None = None
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        phrase = " ".join(phrase.split())
        if phrase:
            self._values.setdefault(phrase, value)
            self._pattern = self._capitalised = self._lower = None

    def __bool__(self) -> bool:
        return bool(self._values)

    def _compiled(self, text: str) -> re.Pattern:
        """The pattern of every phrase; or, for a text that holds none of the few phrases written in lower case
        ("al Qaeda", "eMerge Americas"), the pattern of the others. The regex engine stops to try a branch at each
        character a phrase can start with, and lower-case letters are most of a text; the branches left out can
        match nowhere in such a text, and each position's match depends only on its own first character's branch."""
        if self._lower is None:
            lower = [phrase for phrase in self._values if phrase[0].islower()]
            self._lower = lower if 0 < len(lower) <= _FEW_LOWER_CASE else []
        # Each pattern is compiled when first needed (a large one takes seconds): most processes need one only.
        if self._lower and not any(phrase in text for phrase in self._lower):
            if self._capitalised is None:
                self._capitalised = _compile([p for p in self._values if not p[0].islower()])
            return self._capitalised
        if self._pattern is None:
            self._pattern = _compile(self._values)
        return self._pattern

    def find(self, text: str) -> Iterator[Match[V]]:
        """Non-overlapping matches, left to right, each the longest phrase starting there."""
        if not self._values:
            return
        values = self._values
        for match in self._compiled(text).finditer(text):
            phrase = match.group(0)
            value = values.get(phrase)
            if value is None:
                # The trie can stop inside a longer phrase that failed its boundary check; back off.
                value, phrase = self._longest_prefix(phrase)
                if value is None:
                    continue
            yield Match(match.start(), match.start() + len(phrase), phrase, value)

    def _longest_prefix(self, text: str):
        for size in range(len(text) - 1, 0, -1):
            candidate = text[:size]
            if candidate in self._values and (size == len(text) or not text[size].isalnum()):
                return self._values[candidate], candidate
        return None, text
