"""Organisations found from what is written around a name rather than from an organisation word: companies
the text describes, firms of partners joined by "&", missions to a body, local governments named as employers,
USAID missions, and the well-known names of `known_organisations`. Plain Python, no Django.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.known_organisations import KNOWN_ORGANISATIONS
from articles.extraction.matcher import trie_regex
from articles.extraction.name_terms import PLACES
from articles.extraction.organisation_shapes import RUN, SINGLES
from articles.extraction.person_names import PLAIN_PERSON_NAME

# Companies named without a company word, where the text says what they are: "-   Clarios announced a $6 billion
# plan", "France-based CMA CGM, a global shipping giant, announced", "led by Japan-based Softbank".
_COMPANY_NAME = r"(?P<name>[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,4}(?:,? Inc\.)?)"
_COMPANY_DESCRIBED = (
    r"(?=(?:, (?:a|an) [^,\n]{3,60},)? (?:announced|will invest|plans to invest|is investing|committed|pledged)\b"
    r"[^.\n]{0,40}\$|, (?:a|an) [a-z][^,\n]{0,50}(?:company|giant|firm|maker|investor|manufacturer|producer|"
    r"conglomerate|retailer|developer|supplier)\b)"
)
# Each starts with a literal, which the engine searches for fast.
COMPANY_CUES = (
    re.compile(r"\n-\s+" + _COMPANY_NAME + _COMPANY_DESCRIBED),
    re.compile(r"-based " + _COMPANY_NAME + r"(?=[,.;]| (?:and|announced|will|plans|is|has|said|to)\b)"),
)
MISSION_PREFIX = re.compile(r"(?:(?:U\.S\.|United States|[A-Z][a-z]+) )?(?:Permanent )?$")
MISSION_TO = re.compile(
    r"Mission to (?:the )?(?P<to>[A-Z](?:[\w’'-]|\.(?=\w))*(?:(?: of| for| and)? [A-Z](?:[\w’'-]|\.(?=\w))*)*"
    r"(?: in (?:Europe|Asia|Africa|the Americas)\b)?)"  # "... Security and Cooperation in Europe"
)
# "Secretary of State of Missouri", "Bar Association of the City of New York": part of an office or another name.
NAMED_BEFORE = re.compile(r"(?:Secretary of |[A-Z][\w’'-]* of (?:the )?)\Z")
COUNTRY_MISSION = re.compile(r"USAID (?P<country>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-]| [A-Z])")
_LOCAL_WORDS = ("City of ", "State of ", "County of ", "Commonwealth of ", "Town of ", "Village of ")
_LOCAL_GOVERNMENT = re.compile(
    r"[CSTV](?<![\w’'.-].)(?:ity|tate|ounty|ommonwealth|own|illage) of (?P<place>[A-Z][\w’'‘]*(?: [A-Z][\w’'‘]*)?)"
    r"(?![\w’'‘-]| [A-Z]| of)"
)


# Known names by their first word: the capitalised runs the text is read in already list the words it has, so
# only the few names whose first word is one of them are looked for. Names not starting with a capital are
# always looked for (there are few).
_KNOWN_BY_FIRST: dict[str, list[tuple[str, frozenset[str]]]] = {}
_KNOWN_ALWAYS: list[str] = []
for _name in sorted((n for n in KNOWN_ORGANISATIONS if n not in SINGLES), key=len, reverse=True):
    _first = _name.split(" ")[0].rstrip(",")  # "Gibson, Dunn & Crutcher": the comma ends a run, not the word
    if RUN.fullmatch(_first):
        # Every capitalised word of the name must be a word of the text's runs.
        _words = frozenset(w.rstrip(",") for w in _name.split(" ") if RUN.fullmatch(w.rstrip(",")))
        _KNOWN_BY_FIRST.setdefault(_first, []).append((_name, _words))
    else:  # looked for in every text: keep this list empty or tiny
        _KNOWN_ALWAYS.append(_name)


_KNOWN_FIRSTS = frozenset(_KNOWN_BY_FIRST)


class _Known(NamedTuple):
    start: int
    end: int
    text: str


def known_names(text: str, words: set[str]) -> list[_Known]:
    """Where the well-known names whose first word is in `words` stand as whole words, longest first, in order."""
    names = [n for w in _KNOWN_FIRSTS.intersection(words) for n, needed in _KNOWN_BY_FIRST[w] if needed <= words]
    if not names and not _KNOWN_ALWAYS:
        return []
    names += _KNOWN_ALWAYS
    names.sort(key=len, reverse=True)
    spans: list[_Known] = []
    taken = bytearray(len(text))  # the characters a longer name already holds: an overlap check in the name's length
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end : end + 2]
            if not (before.isalnum() or before in "_’'.-") and not (
                after[:1].isalnum() or after[:1] in "&_" or after[:1] == "." and after[1:2].isalnum()
            ) and not any(taken[start:end]):
                spans.append(_Known(start, end, name))
                taken[start:end] = b"\x01" * (end - start)
            start = text.find(name, end)
    spans.sort()
    return spans


def local_governments(text: str, run_words: set[str]) -> list[re.Match]:
    """Where "City of ...", "State of ..." stand: looked for only if the capitalised runs have the word."""
    found = []
    for words in _LOCAL_WORDS:
        if words[: words.index(" ")] not in run_words:
            continue
        start = text.find(words)
        while start >= 0:
            local = _LOCAL_GOVERNMENT.match(text, start)
            if local:
                found.append(local)
            start = text.find(words, start + len(words))
    return sorted(found, key=lambda local: local.start())


FIRM = re.compile(r"(?:[A-Z][\w’'-]+ & [A-Z][\w’'-]+|\b[A-Z]{1,3}&[A-Z]{1,3}\b)(?:,? (?:LLP|LLC|PLLC|LP|PC|P\.C\.))?$")
NOT_FIRMS = frozenset("Q&A R&D M&A P&L B&B S&P".split()) | {"Briefings & Statements"}  # a site's section
FIRM_WORD = re.compile(r"[A-Z][a-z][\w’'-]*")


def country_joined(before: list[str], firm: str, countries: set[str]) -> bool:
    """"Sao Tome & Principe", "Trinidad & Tobago": a country's name written with "&" is not a firm."""
    left, _, right = firm.partition(" & ")
    if right in PLACES and left in PLACES:
        return True  # "South Dakota, Iowa & Minnesota": states listed, not a firm
    return right in countries or any(" ".join([*before[len(before) - k :], left]) in countries for k in range(3))


# "River Valley School District", "Dix Hills Water District": a special-purpose local government. "District" alone
# names no body ("District of Columbia", "Middle District of Georgia"); looked for only if a run has the word.
_SPECIAL_DISTRICT = re.compile(
    r"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'.-]* ){0,4}(?:School|Water|Fire|Utility|Sanitation|Irrigation|Transit|"
    r"Conservation|Sewer|Hospital|Library|Port|Drainage) District)\Z"
)


def special_districts(text: str, run_words: set[str]) -> list[tuple[str, int]]:
    """(name, start) of the school, water, fire ... districts named in `text`."""
    districts = []
    if "District" not in run_words:
        return districts
    at = text.find(" District")
    while at >= 0:
        end = at + 9
        if not (text[end : end + 1].isalnum() or text[end : end + 1] == "-"):
            district = _SPECIAL_DISTRICT.search(text, max(0, at - 80), end)
            if district:
                districts.append((district.group("name"), district.start("name")))
        at = text.find(" District", end)
    return districts

# Bodies news names with what they are in lower case, before or after the name: "Danish newspaper Jyllands-Posten",
# "television station KTUU", "localist group Youngspiration", "the British gay rights organization, Stonewall,",
# "Veja, a magazine,", "TUSIAD, the main business association in Turkey,". The kind is the type word's. Before a name,
# not the words a person is also called ("broadcaster Jamshid Sharmahd", "the labour union Marine Luiz").
_TYPES_BEFORE = {
    **dict.fromkeys(
        "newspaper magazine tabloid network outlet airline company firm carmaker automaker insurer "
        "retailer".split(), "company"),
    **dict.fromkeys(
        ["news agency", "news site", "news website", "television station", "radio station", "TV station",
         "television channel", "TV channel", "television network", "TV network"], "company"),
    "party": "party", "political party": "party",
    **dict.fromkeys("organisation organization coalition association charity group movement".split(), "other"),
    "think tank": "other",
}
# "group" and "movement" say what a body is, but not after the words that make them something else: "blood group O",
# "the ethnic group Kikuyu", "the pop group Abba", "the civil rights movement".
_NOT_A_BODYS_GROUP = re.compile(
    r"(?<![\w-])(?:blood|ethnic|age|pop|rock|music|boy|girl|tribal|religious|language|focus|study|support|peer|income|"
    r"risk|control|test|working|civil rights|rights|labou?r|women[’']s|art|arts|literary) \Z"
)
_TYPES = {**_TYPES_BEFORE, "broadcaster": "company", "union": "other",
          "trade union": "other", "station": "company", "channel": "company"}


_TYPED_NAME = (  # dots only inside a word ("AfterDowningStreet.org"), never a sentence's end
    r"(?P<name>(?:The )?[A-Z][\w&’'!-]*(?:\.[\w&’'!-]+)*(?: (?:of |for |and |& |de |dos |do |the )?[A-Z0-9][\w&’'!-]*"
    r"(?:\.[\w&’'!-]+)*){0,5})"
)
# Each scan starts with a literal (a space, or ", "), which the engine finds fast; the name is read from there.
_TYPE_SCAN = re.compile(rf" (?P<type>{trie_regex(_TYPES_BEFORE)})(?P<comma>,?) (?=[A-Z])")
# The name ends the clause or a verb of its own follows, not a verb whose subject is a person who made or runs the
# body ("the company Steve Jobs founded", "the firm Bob and Jim Murphy built").
_NAME_AFTER = re.compile(
    rf"{_TYPED_NAME}(?=[,.;:)]|$| (?!(?:founded|co-founded|created|started|built|runs|ran|owns|owned|leads|led|bought|"
    r"sold|formed|established|chairs|chaired|heads|headed|manages|managed|supports|supported|backs|backed|funds|"
    r"funded|joined|left|quit|worked|works)\b)"
    r"[a-z(])",
    re.M,
)
_NAME_BETWEEN_COMMAS = re.compile(rf"{_TYPED_NAME}(?=, )")
# "John Doe, a member of the group", "..., the convening honored the coalition": only words that describe the body
# between the article and the type word.
_DESCRIBED_SCAN = re.compile(
    r", (?:a|an|the) (?:(?!(?:of|for|with|at|in|to|from|who|which|that|the|a|an|and|or)\b)[a-z][\w-]* ){0,3}"
    # the type word ends the description: "a company director", "an airline pilot", "a party veteran" are people
    # (not "said", "has", "is": "The attack killed Ahmed Khan, the group said")
    rf"(?P<type>{trie_regex(_TYPES)})(?=[,.;:]| (?:in|of|at|for|to|on|and|based|that|which|who|from|with|founded|"
    r"owned|known|run|headquartered|led|set|[a-z]+ing)\b)"
)
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w’'.-]){_TYPED_NAME}\Z")
_NOT_TYPED = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Rev|Sir)\.? |I(?:[’'][a-z]+)?$|[A-Z][a-z]+ly$|(?:Meanwhile|Moreover|However|Anyway|Instead|Today|"
    r"Yesterday|Also|Still|Furthermore|Nevertheless|Nonetheless|Thus|Therefore|Indeed)$|.* (?:Code|Act|Month|Week|Day)$|"
    r"(?:USS|HMS|HMCS|HMAS|INS) |"  # "the aircraft carrier USS Enterprise, a carrier strike group"
    r"(?:In|At|From|On|By|With|For|As|After|Before|During|Since|Under|Across|Throughout) "  # "In New York City, a ..."
)
# "The spokesman for the company, Tom Baker,": a person of the body, named after it.
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:spokes\w+|president|head|chief|director|chair\w*|leader|founder|members?|secretary|officer|manager|CEO|"
    r"executive|lawyer|attorney|owner|editor|official|worker|employee)s? (?:of|for|at|with) (?:the |a |an |this |that )?"
    r"(?:[\w’'-]+ ){0,4}\Z",
    re.I,
)
# "In New York City, a network of shelters": a place, not the network's name.
_PLACE_BEFORE = re.compile(r"(?:^|\W)(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross|[Tt]hroughout|[Nn]ear) \Z")
# "CEO of Philanthropy Northwest, a regional association": the body after the office.
_OFFICE_OF = re.compile(r"(?:CEO|Board|Members?|Head|Chair|Director|Founder|President) of (?:the )?")


def typed_bodies(text: str) -> list[tuple[str, str, int]]:
    """(name, kind, start) of the bodies the text says what they are of (see _TYPES_BEFORE, _DESCRIBED_SCAN); not a
    person with an honorific, "I", an adverb opening a sentence ("Meanwhile, the ocean carrier ...") or a type word
    itself; a possessive names its owner ("Civic Passion's Wong Yeung-tat")."""
    found = []
    for scan in _TYPE_SCAN.finditer(text):
        between = bool(scan.group("comma"))
        if scan.group("type") in ("group", "movement") and _NOT_A_BODYS_GROUP.search(text, max(0, scan.start() - 16), scan.start() + 1):
            continue
        name = (_NAME_BETWEEN_COMMAS if between else _NAME_AFTER).match(text, scan.end())
        if not name:
            continue
        if between and not name.group("name").startswith("The ") and PLAIN_PERSON_NAME.fullmatch(name.group("name")):
            continue  # "After he quit the party, Boris Johnson, a former mayor, said": a person
        if between and _OFFICE_OF_BEFORE.search(text, max(0, scan.start() - 60), scan.start() + 1):
            continue  # "The spokesman for the company, Tom Baker,"
        found.append((name.group("name"), scan.group("type"), name.start("name")))
    for scan in _DESCRIBED_SCAN.finditer(text):
        name = _NAME_BEFORE_COMMA.search(text, max(0, scan.start() - 80), scan.start())
        if not name or _PLACE_BEFORE.search(text, max(0, name.start() - 12), name.start()):
            continue  # "In New York City, a network of shelters"
        if "’s" in name.group("name") or "'s" in name.group("name"):
            continue  # "King's Cross, the busy station": a possessive inside a name before its description
        found.append((name.group("name"), scan.group("type"), name.start("name")))
    typed = []
    for name, kind, start in found:
        office = _OFFICE_OF.match(name)
        if office:
            name, start = name[office.end() :], start + office.end()
        name = re.split(r"[’']s\b", name, maxsplit=1)[0]
        if len(name) > 2 and not _NOT_TYPED.match(name) and name.lower() not in _TYPES:
            typed.append((name, _TYPES[kind], start))
    return typed
