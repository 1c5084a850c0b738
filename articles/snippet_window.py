"""Which part of a long article a PostgreSQL snippet is cut from. Plain Python, no Django.

ts_headline parses all the text it is given (about 5 MB/s with the unaccent
dictionary), so a page of long transcripts cost 100-150 ms when it was given
whole bodies. It is given a window around where the query's words first occur.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

SNIPPET_WINDOW = 2000  # characters of a body given to ts_headline


def _fold_table() -> dict[int, str]:
    """Accented Latin letters to their base letter, one character for one, so offsets stay put."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` without accents ("Bogotá" -> "Bogota"), as english_unaccent matches it; same length."""
    return text.translate(_FOLD)


def snippet_window(
    body: str, groups: Sequence[Sequence[Sequence[str]]], stems: Mapping[str, str | None] | None = None,
    size: int = SNIPPET_WINDOW,
) -> str:
    """About `size` characters of `body` around the first occurrence of each group of the query, paragraph-aligned.

    `groups` are the query's AND-ed groups of alternatives; a term is a word or
    a phrase (its words in order, anything but letters between them), found as
    a whole word, accents ignored; failing that, a word beginning with its first
    word's stem, `stems[word]` ("elect" for "elections" in a text that says
    "elected"). Every group gets a window, since ts_headline marks nothing
    unless the text it is given holds them all. When a group is nowhere in the
    body (it matched the title), the window is the lead, as a whole body would
    have shown.
    """
    if len(body) <= size:
        return body
    folded, stems = fold(body), stems or {}
    places = []
    for group in groups:
        found = [m.start() for words in group if words and (m := _first(folded, words, stems.get(words[0])))]
        if not found:
            return _lead(body, size)
        places.append(min(found))
    width = max(size // max(len(places), 1), 600)
    spans: list[list[int]] = []
    for at in sorted(places):
        start = body.rfind("\n", 0, at) + 1
        if at - start > width // 2:  # a long paragraph: start a few sentences before the word
            start = body.rfind(" ", 0, at - width // 4) + 1
        end = body.find(" ", max(start + width, at + 100))
        end = len(body) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return "\n\n".join(body[start:end] for start, end in spans)


def _first(folded: str, words: Sequence[str], stem: str | None) -> re.Match | None:
    found = re.search(r"\b" + r"\W+".join(re.escape(fold(w)) for w in words) + r"\b", folded, re.IGNORECASE)
    if not found and stem:
        # Snowball ends some stems in "i" ("polici"): one letter less finds "policy" too.
        stem = stem[:-1] if stem.endswith("i") and len(stem) > 3 else stem
        found = re.search(r"\b" + re.escape(fold(stem)), folded, re.IGNORECASE)
    return found


def _lead(body: str, size: int) -> str:
    end = body.find(" ", size)
    return body[: end if end >= 0 else len(body)]
