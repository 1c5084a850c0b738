"""News outlets named by shape rather than by an organisation word: broadcasters' call signs ("WFTV-TV",
"KKRC-FM"), newspaper mastheads ("Augusta Chronicle", "Milwaukee Journal Sentinel", "Pittsburgh Post-Gazette")
and the outlets of a round-up of reports ("-   Reading Eagle (Reading, PA): <headline>"). Plain Python, no Django.
"""

from __future__ import annotations

import re

# A U.S. or Canadian broadcaster: K/W (C for Canada) and two or three letters, with its service ("-TV", "-FM").
_CALL_SIGN = re.compile(r"(?<![\w-])[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT|LD|CD)(?![\w-])")
# The outlet of a line of a round-up: a short capitalised name, then its city and state, then a colon.
_ROUND_UP_LINE = re.compile(
    r"(?:[-•*]\s+)?(?:The )?(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}) \([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}, "
    r"[A-Z]{2}\):"
)
# Words that end a newspaper's name and hardly end anything else when capitalised.
_MASTHEAD_WORDS = r"(?:Chronicle|Gazette|Tribune|Herald|Inquirer|Enquirer|Courier|Courant|Free Press|Journal Sentinel|Sun Sentinel)"
_MASTHEAD_LITERALS = ("Chronicle", "Gazette", "Tribune", "Herald", "nquirer", "Courier", "Courant", "Free Press", "Sentinel")
_SERVICE = re.compile(r"-(?:TV|FM|AM|DT|LD|CD)\b")
_MASTHEAD = re.compile(
    # Possessive: a hyphen inside a word is never tried as the separator, or "A-A-A-..." backtracks cubically.
    rf"(?<![\w’'.-])(?:[A-Z][\w.-]*+[ -]){{1,3}}(?:Post[- ]|Democrat[- ]|Union[- ]|Star[- ]|Review[- ]|Times[- ]|Telegraph )?"
    rf"{_MASTHEAD_WORDS}(?![\w-])"
)


def outlets(text: str, not_names: frozenset[str], countries: set[str]) -> list[tuple[str, int]]:
    """(name, start) of the outlets named by shape. `not_names` are words that open no outlet's name."""
    found: list[tuple[str, int]] = []
    # Each scan runs only where a literal it needs is written (a scan from every capital costs too much).
    if _SERVICE.search(text):
        found += [(m.group(0), m.start()) for m in _CALL_SIGN.finditer(text)]
    at, line_start, scanned = text.find("):"), 0, 0
    while at >= 0:  # each "):" is read from the start of its line (a multi-line scan tries every position)
        newline = text.rfind("\n", scanned, at)  # only the stretch since the last "):": linear on one long line
        line_start, scanned = (newline + 1 if newline >= 0 else line_start), at
        line = _ROUND_UP_LINE.match(text, line_start)
        at = text.find("):", at + 2)
        if line:
            name = line.group("name")
            words = name.split()
            if words[0] not in not_names and name not in countries and len(name) > 2:
                found.append((name, line.start("name")))
    # A title-case headline capitalises every word: "... Efforts to Undermine Free Press" names no paper.
    body = text.find("\n\n") + 1
    for masthead in _MASTHEAD.finditer(text, body) if any(w in text for w in _MASTHEAD_LITERALS) else ():
        words = masthead.group(0).replace("-", " ").split()
        while words and words[0] in not_names:
            words.pop(0)
        if len(words) < 2:
            continue
        name = masthead.group(0)[masthead.group(0).index(words[0]) :]
        found.append((name, masthead.end() - len(name)))
    return found

