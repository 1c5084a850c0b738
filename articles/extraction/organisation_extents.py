"""Where a body's name goes on past what a capitalised run holds. Plain Python, no Django.

A run stops at a lower-case word or a comma, so a name with one in it is cut there: "Global Coalition to
Defeat ISIS", "Committee to Protect Journalists" are written with "to" and the capitalised verb of the body's
purpose; "Senate Agriculture, Nutrition, and Forestry Committee" lists its topics before its head word.
"""

from __future__ import annotations

import re

from articles.extraction.name_terms import PLACES
from articles.extraction.organisation_terms import KIND_BY_HEAD, TITLE_WORDS

# Heads of bodies named by their purpose; a programme, partnership or initiative named so is no body (clar. 8).
_PURPOSE_HEADS = ("Coalition", "Force", "Fund", "Office", "Commission", "Council", "Committee", "Alliance",
                  "Foundation", "Group", "Board", "Organization", "Network", "Institute")
# " to Defeat ISIS", " to Monitor and Combat Trafficking in Persons": a verb, then its object,
# to the end of the capitalised words.
_PURPOSE = re.compile(
    r" to (?P<verb>[A-Z][a-z]+)(?:(?: (?:and|of|in|for|on|the(?! [A-Z][\w’'-]* (?:Department|Agency|Office)\b)))*"
    r" [A-Z][\w’'-]*)+"
    # "... to Fight AIDS, Tuberculosis and Malaria": a listed object
    r"(?:(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+,? and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?(?=[ ,.;:)]|$)"
)
_LONGEST_PURPOSE = 15  # words; the longest in the corpus has 9
_GOES_ON = re.compile(r" (?:of|for) (?:a|an) ")
_NOT_VERBS = frozenset("January February March April May June July August September October November December".split())


def purpose_after(text: str, end: int, name: str) -> int:
    """The length of the purpose written after `name`, which ends at `end` ("... Coalition" + " to Address ..."), or 0."""
    if not name.endswith(_PURPOSE_HEADS) or not text.startswith(" to ", end):
        return 0
    purpose = _PURPOSE.match(text, end)
    if not purpose or _GOES_ON.match(text, purpose.end()):
        return 0  # "Commission to Study the Potential Creation of a National Museum ...": cut short, left out
    verb = purpose.group("verb")
    words = purpose.group(0).replace(",", "").split()[1:]
    if len(words) > _LONGEST_PURPOSE:
        return 0  # a run of capitals, not a purpose
    if verb in PLACES or verb in TITLE_WORDS or verb in _NOT_VERBS or verb in KIND_BY_HEAD or any(
        w in KIND_BY_HEAD or w in TITLE_WORDS for w in words
    ):
        return 0  # "... Office to Indiana University", "... Council to President Biden": a place, a body, a person
    return purpose.end() - end


# ", Nutrition, and Forestry Committee": topics listed with commas, then a committee's head word.
_LISTED_TOPICS = re.compile(
    r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})+,? (?:and|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
    r" (?:Committee|Subcommittee|Caucus)\b"
)
_LEGISLATIVE = frozenset("Senate House U.S. United States State Assembly Congressional Joint Select".split())


def listed_committee(text: str, end: int, run: str) -> int:
    """The length of the listed topics and head word after `run` (which ends at `end`) when they and it are one
    committee's name ("Senate Agriculture" + ", Nutrition, and Forestry Committee"), or 0."""
    words = run.split()
    if len(words) > 5 or not _LEGISLATIVE.intersection(words) or words[-1] in _LEGISLATIVE or words[-1] in KIND_BY_HEAD:
        return 0  # a committee's topics follow a chamber: "Senate Agriculture", not "Ranking Member" or "the Senate"
    listed = _LISTED_TOPICS.match(text, end)
    if not listed:
        return 0
    topics = [w for w in listed.group(0).replace(",", "").split()[:-1] if w not in {"and", "&"}]
    if any(
        w in TITLE_WORDS or w in PLACES or w in KIND_BY_HEAD
        for w in [*topics, *(w for w in words if w not in _LEGISLATIVE)]
    ):
        return 0  # "Chair, Senate ...", "Mayor & NLC Health Committee": an office or a place in the list
    return listed.end() - end

