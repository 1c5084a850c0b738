"""Employers a biography names after a role and "at", with no organisation word in the name: "a Vice President at
Argus Insight", "a partner at Cozen O’Connor", "held positions at Sega.com, MovieStreet, Geoworks, and Hands On
Technology", "an associate at Kator, Scott, Heller & Huron". Plain Python, no Django.

"at" after a role or after working says where the person works; what follows is a body unless it is a place
("began her career at Washington, DC’s Arena Stage"), something at a body ("a chair at the Thanksgiving table" is
not read: "chair" is no role here) or a person's name. Bodies named by their head words ("at the Department of
Labor") are found as names already; this adds the ones nothing else marks.
"""

from __future__ import annotations

import re

from articles.extraction.organisation_terms import KIND_BY_HEAD
from articles.extraction.titles import TITLE_WORDS

_ROLE = (
    r"(?:[Pp]artner|[Aa]ssociate|[Cc]ounsel|[Aa]ttorney|[Aa]nalyst|[Mm]anager|[Dd]irector|[Cc]onsultant|[Ee]ngineer|"
    r"[Pp]roducer|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Ss]trategist|[Ff]ellow|[Rr]esearcher|[Ss]cientist|"
    r"[Pp]rofessor|[Oo]fficer|[Ee]xecutive|[Pp]resident|[Ff]ounder|[Mm]ember|[Aa]dvis[eo]r|[Ii]ntern|[Ll]ecturer|"
    r"[Ii]nstructor|[Tt]eacher|[Ee]conomist|[Ss]pecialist|[Ss]pokesperson|[Ll]awyer|[Ll]itigator|"
    r"worked|works|working|served|serving|serves|employed|career|positions?|roles?|practiced|practiced law|practicing|taught|teaching|"
    r"tenure|stints?)"
)
_WORD = r"(?:[A-Z][\w’'.&-]*|&|[a-z][A-Z][\w’'.-]*)"  # "Cozen", "Sega.com", "&", "eMerge"
_SUFFIX = r"(?:Inc\.|LLC|LLP|PLLC|L\.L\.P\.|L\.L\.C\.|P\.C\.|P\.A\.|PA|A\.P\.L\.C\.|Ltd\.)"
_NAME = rf"{_WORD}(?: (?:of |for |de |the |on )*{_WORD}){{0,5}}"
# The scan looks for the literal " at " and then for the role before it, so the engine skips ahead fast.
_AT = re.compile(r" at (?:the )?(?=[A-Z&]|[a-z][A-Z])")
_ROLE_BEFORE = re.compile(rf"(?<![\w-]){_ROLE}\Z")
_NAMES = re.compile(rf"{_NAME}(?:,? (?:{_NAME}|and {_NAME})){{0,8}}")
# "... Insight. She", "RAND. He", "PepsiCo. He", "McGlinchey Stafford A.P.L.C. Mr. Papillion"
_SENTENCE_END = re.compile(
    r"(?<=[a-z]{2})\.(?= |$)|(?<=[a-zA-Z][A-Z])\.(?= [A-Z]|$)"
    r"|\.(?= (?:Mr|Ms|Mrs|Dr|He|She|They|His|Her|Their|The|In|At|Prior|Before|After|From|Since|During|Previously)\b)"
)
_FIRM = re.compile(rf"(?P<firm>[A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)*,? (?:&|and) [A-Z][\w’'-]+)(?:,? (?P<suffix>{_SUFFIX}))?")
_ITEM_SEPARATOR = re.compile(r",? and |, ")
_LAST_AFTER_AND = re.compile(r"(?:^|,) ?and [^,]*$")  # a list ends "..., and X" or "... and X"
_POSSESSIVE = re.compile(r"[’']s$")
_KEEPS_ITS_STOP = re.compile(rf"(?:{_SUFFIX}|Co\.|Corp\.|[A-Z]\.[A-Z]\.)$")
_CONNECTOR_END = re.compile(r" (?:of|for|de|the|on|&)$")
_INNER_POSSESSIVE = re.compile(r"[’']s .*")  # "Princeton’s School of Public Affairs": the employer is Princeton
_PROGRAMME = frozenset("Program Programme Project Initiative Protection Flexibility".split())
# Where one stands or lands, not whom one works for: "the attack at Abbey Gate", "landed at LaGuardia Airport".
_PLACE_ENDS = frozenset("Desk Gate Room Airport Field Base Station Park Square Street Avenue Table".split())


def works_at(text: str, at: int) -> bool:
    """Is the " at" starting at `at` where someone works ("served at the White House"), not where one stands?"""
    return _ROLE_BEFORE.search(text, max(0, at - 20), at) is not None


def employers(text: str, places: frozenset[str], countries, not_names: frozenset[str]) -> list[tuple[str, int]]:
    """(name, start) of the bodies named after a role and "at"; `places`, `countries` and `not_names` name none."""
    found = []
    for at in _AT.finditer(text):
        if not works_at(text, at.start()):
            continue
        match = _NAMES.match(text, at.end())
        if not match:
            continue
        start = match.start()
        names = _SENTENCE_END.split(match.group(0), 1)[0]  # "... Insight. Kotkiewicz previously"
        firm = _FIRM.match(names)
        if firm and len(firm.group("firm").split(", ")) > 1 or firm and firm.group("suffix"):
            # "Kator, Scott, Heller & Huron", "Sugarman & Susskind, PA": partners' names with the firm's joint
            found.append((firm.group(0), start))
            continue
        items = _ITEM_SEPARATOR.split(names)
        if len(items) > 1 and not _LAST_AFTER_AND.search(names[names.rindex(items[-1]) - 5 :]):
            items = items[:1]  # "at the White House, President Biden said": one body, then the sentence goes on
        if len(items) == 2 and items[1].split()[-1] in KIND_BY_HEAD and KIND_BY_HEAD.keys().isdisjoint(items[0].split()):
            items = [f"{items[0]} and {items[1]}"]  # "Harvard Food Law and Policy Clinic": one name with "and" in it
        offset = 0
        for item in items:
            position = start + names.index(item, offset)
            offset = position - start + len(item)
            name = _INNER_POSSESSIVE.sub("", _POSSESSIVE.sub("", item.strip().rstrip(",")))
            if name.endswith(".") and not _KEEPS_ITS_STOP.search(name):
                name = name[:-1]
            name = _CONNECTOR_END.sub("", name)
            words = name.split()
            if not words or words[0] in not_names or name in places or name in countries:
                break  # a place or a clause: the list ends
            if not all(w[:1].isupper() or w in ("of", "for", "de", "the", "on", "&") or w[1:2].isupper() for w in words):
                break
            after = text[position + len(name) + 2 : position + len(name) + 40].split(" ", 1)[0].rstrip(".,;")
            if text[position + len(name) : position + len(name) + 2] == ", " and (after in places or after in countries):
                break  # "at Abbey Gate, Afghanistan": a place in a place
            if words[-1] in _PLACE_ENDS:
                break
            if not TITLE_WORDS.isdisjoint(words) or words[-1] in _PROGRAMME or name.isupper() and len(words) == 1:
                continue  # an office ("Special Counsel"), a programme, or an acronym (read with its full name elsewhere)
            found.append((name, position))
    return found
