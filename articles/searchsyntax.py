"""The archive's one query syntax, parsed once and rendered for each database.

Readers type words (all must match), "exact phrases", OR between alternatives
and -excluded words. Whatever they type is reduced to alphanumeric tokens, so
the rendered FTS5 expression or PostgreSQL websearch string can carry no
operator, quote, or keyword the reader did not mean. Plain Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 1000
MAX_TERMS = 16
MAX_TOKEN_CHARS = 64

# PostgreSQL's english.stop list. Plain words on it are dropped on both
# databases so that SQLite (whose FTS5 index keeps every word) and PostgreSQL
# (whose english configuration drops them) agree on what a query means.
STOP_WORDS = frozenset(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom this
    that these those am is are was were be been being have has had having do does did doing a an
    the and but if or because as until while of at by for with about against between into through
    during before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such no nor not
    only own same so than too very s t can will just don should now""".split()
)

# Runs of letters, digits and combining marks: the same idea of a "word" that
# FTS5's unicode61 tokenizer has, so "Ming-yen" is two tokens on both sides.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


@dataclass(frozen=True)
class Term:
    """One word or one phrase: a tuple of tokens that must appear in order."""

    tokens: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.tokens) > 1


@dataclass
class Query:
    """All `groups` must match (each group is alternatives joined by OR); no `excluded` term may."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]


def tokenize(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return tuple(token[:MAX_TOKEN_CHARS] for token in _TOKEN.findall(text))


def _raw_items(text: str) -> list[tuple[bool, bool, str]]:
    """Split into (negated, quoted, text) items, honouring balanced double quotes."""
    items: list[tuple[bool, bool, str]] = []
    pattern = re.compile(r'(-?)"([^"]*)"|(\S+)')
    # An unbalanced quote is treated as ordinary punctuation.
    if text.count('"') % 2:
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
    for match in pattern.finditer(text):
        if match.group(3) is not None:
            word = match.group(3)
            negated = word.startswith("-") and len(word) > 1
            items.append((negated, False, word[1:] if negated else word))
        else:
            items.append((bool(match.group(1)), True, match.group(2)))
    return items


def parse(text: str | None) -> Query:
    """Parse a reader's query. Never raises; nonsense parses to fewer terms or to nothing."""
    if not text:
        return Query()
    text = text[:MAX_QUERY_CHARS].translate(_QUOTES).replace("\x00", " ")
    query = Query()
    pending_or = False
    count = 0
    for negated, quoted, raw in _raw_items(text):
        if count >= MAX_TERMS:
            break
        if not quoted and raw == "OR":
            pending_or = bool(query.groups)
            continue
        tokens = tokenize(raw)
        if not quoted:
            tokens = tuple(t for t in tokens if t not in STOP_WORDS) if len(tokens) == 1 else tokens
        if not tokens:
            continue
        term = Term(tokens)
        count += 1
        if negated:
            query.excluded.append(term)
            pending_or = False
        elif pending_or:
            query.groups[-1].append(term)
            pending_or = False
        else:
            query.groups.append([term])
    return query


def _fts5_term(term: Term) -> str:
    # Tokens are alphanumeric, so wrapping them in double quotes makes them
    # FTS5 strings that can never be read as NEAR, AND, column filters or `*`.
    return '"' + " ".join(term.tokens) + '"'


def _fts5_group(group: list[Term]) -> str:
    if len(group) == 1:
        return _fts5_term(group[0])
    return "(" + " OR ".join(_fts5_term(t) for t in group) + ")"


def to_fts5(query: Query) -> str | None:
    """The positive part of the query as an FTS5 MATCH expression (None if it has none)."""
    if not query.groups:
        return None
    expression = " AND ".join(_fts5_group(g) for g in query.groups)
    if query.excluded:
        expression = f"({expression}) NOT ({fts5_any(query.excluded)})"
    return expression


def fts5_any(terms: list[Term]) -> str:
    return " OR ".join(_fts5_term(t) for t in terms)


def _websearch_term(term: Term) -> str:
    return '"' + " ".join(term.tokens) + '"'


def to_websearch(query: Query) -> str | None:
    """The positive part of the query in websearch_to_tsquery syntax (None if it has none).

    Every term is quoted, so a token such as "or" is never read as an operator.
    """
    if not query.groups:
        return None
    parts = [" OR ".join(_websearch_term(t) for t in group) for group in query.groups]
    parts += ["-" + _websearch_term(t) for t in query.excluded]
    return " ".join(parts)


def websearch_any(terms: list[Term]) -> str:
    return " OR ".join(_websearch_term(t) for t in terms)
