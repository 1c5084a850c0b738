"""Find many known phrases in text at once: longest match, whole words, case-sensitive.

A dict keyed by a phrase's first word keeps this linear in the words of the
text, where one regex alternation of a thousand names would try each name at
every position. Plain Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")

# A word: letters/digits with inner dots, apostrophes, hyphens and ampersands ("U.S.", "Côte", "d'Ivoire").
WORD = re.compile(r"[^\W_][\w.'’&]*")
_TRAILING = ".,’'-&"
_HEAD = re.compile(r"[’'-]")  # "China’s" and "Taiwan-based" are looked up as "China", "Taiwan"


@dataclass(frozen=True)
class Match(Generic[V]):
    start: int
    end: int
    text: str
    value: V


def _first_word(phrase: str) -> str:
    match = WORD.match(phrase)
    return match.group(0).rstrip(_TRAILING) if match else phrase


class PhraseMatcher(Generic[V]):
    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._by_first: dict[str, list[tuple[str, V]]] = {}
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        phrase = " ".join(phrase.split())
        if not phrase:
            return
        bucket = self._by_first.setdefault(_first_word(phrase), [])
        bucket.append((phrase, value))
        bucket.sort(key=lambda item: len(item[0]), reverse=True)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str) -> Iterator[Match[V]]:
        """Non-overlapping matches, left to right, each the longest phrase starting there."""
        position = 0
        for word in WORD.finditer(text):
            start = word.start()
            if start < position:
                continue
            token = word.group(0)
            bucket = self._by_first.get(token.rstrip(_TRAILING)) or self._by_first.get(_HEAD.split(token, 1)[0])
            if not bucket:
                continue
            for phrase, value in bucket:
                end = start + len(phrase)
                if text.startswith(phrase, start) and _boundary_after(text, end, phrase):
                    yield Match(start, end, phrase, value)
                    position = end
                    break


def _boundary_after(text: str, end: int, phrase: str) -> bool:
    if end >= len(text):
        return True
    following = text[end]
    if following.isalnum() or following == "_":
        return False
    # "U.S" must not match inside "U.S.A"; a phrase ending in "." is its own boundary.
    if following in ".&" and not phrase.endswith(".") and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return True
