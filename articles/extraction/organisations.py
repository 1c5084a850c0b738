"""Named organisations: government bodies, legislatures, parties, militaries, companies, international bodies.

Plain Python. An organisation is a run of capitalised words (joined by "of",
"for", "and", "&", ...) that contains an organisation word — "National
Security Bureau", "Legislative Yuan", "Ministry of National Defense",
"University of Utah", "Winston & Strawn LLP" — trimmed of the office or
person written around it, or a well-known acronym. An acronym defined in
brackets, or whose letters are the initials of a name in the same article,
is that organisation, not another.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from articles.extraction.titles import PORTFOLIO_PATTERN, PORTFOLIOS as _PORTFOLIOS
from articles.extraction.known_organisations import FEDERAL_ACRONYMS, KNOWN_ORGANISATIONS, KNOWN_SHORT_FORMS
from articles.extraction.organisation_merging import (
    US_PREFIX as _US_PREFIX,
    abbreviates as _abbreviates,
    canonical as _canonical,
    merge_same_bodies,
    spelled_out as _spelled_out,
)
from articles.extraction.organisation_terms import (
    KIND_BY_HEAD,
    SINGLE_NAMES,
    ACRONYMS,
    KIND_BY_ACRONYM,
    LEADING as _LEADING,
    TITLE_WORDS as _TITLE_WORDS,
    PRESIDENTS as _PRESIDENTS,
    OFFICE_OWNERS as _OFFICE_OWNERS,
    PLURAL_OWNERS as _PLURAL_OWNERS,
    NOT_ORGANISATIONS as _NOT_ORGANISATIONS,
    AGENCY_WORDS as _AGENCY_WORDS,
    GENERIC_QUALIFIERS as _GENERIC_QUALIFIERS,
    PORTFOLIO_PHRASES as _PORTFOLIO_PHRASES,
    PLACE_AFTER_HEAD as _PLACE_AFTER_HEAD,
    TRAILING_QUALIFIERS as _TRAILING_QUALIFIERS,
    ON_HEADS as _ON_HEADS,
    AFTER_NAME as _AFTER_NAME,
    HEADISH as _HEADISH,
    JURISDICTIONS as _JURISDICTIONS,
    PLURAL_HEADS as _PLURAL_HEADS,
    MEDIA_HEADS as _MEDIA_HEADS,
    CONNECTORS as _CONNECTORS,
    HEADLINE_VERBS as _HEADLINE_VERBS,
    WORKS_WORDS as _WORKS_WORDS,
    DESCRIBED_COMPANY_HEADS as _DESCRIBED_COMPANY_HEADS,
    PERSON_TITLES as _PERSON_TITLES,
    HEADING_GERUNDS as _HEADING_GERUNDS,
    FELLOW_QUALIFIERS as _FELLOW_QUALIFIERS,
    NOT_BODY_STARTS as _NOT_BODY_STARTS,
    PRESIDENT_WORDS as _PRESIDENT_WORDS,
    PRONOUNS as _PRONOUNS,
    SERVICE_BRANCHES as _SERVICE_BRANCHES,
)


# Capitalised words of a name: words, acronyms, "U.S.", "St.", "&"; connectors may join them. Each word is
# one capital (or "&") and then the rest, so that a failed word costs the engine one comparison.
_SPECIAL_WORDS = (
    r"(?<=[A-Z])\.(?:[A-Z]\.)+(?:-[A-Z][\w’'-]*)?|(?<=S)t\.|(?<=I)nc\.|(?<=C)orp\.|(?<=L)td\.|(?<=C)o\.|"
)
_PLAIN_WORD = r"(?<=[A-Z])[\w’'‘-]*(?:&[A-Z][\w’'-]*)*(?:/[A-Z][\w’'-]*)*(?:[.](?=[A-Z]))?|(?<=&)"
_WORD = rf"[A-Z&](?:{_SPECIAL_WORDS}(?<=[A-Z])\.(?= [A-Z][a-z])|{_PLAIN_WORD})"
_CONNECTOR = r"(?:of|for(?: an?(?= [A-Z]))?|and|on|the|de|du|des|la|le|del|in|at)"
# The first word starts the pattern with a character class: the engine then skips to capitals instead of
# trying every position; the boundary check looks back past it.
_FIRST_WORD = rf"[A-Z&](?<![\w’'.-].)(?:{_SPECIAL_WORDS}{_PLAIN_WORD})"
_RUN = re.compile(rf"{_FIRST_WORD}(?:(?: {_CONNECTOR})* {_WORD})*(?:,? (?:Inc\.|LLC|LLP|PLLC|Ltd\.|L\.P\.|LP|PC|P\.C\.)(?![\w-]))?")
# "Committee on Banking, Housing, and Urban Affairs": a list that ends the name of a body.
# Companies named without a company word, where the text says what they are: "-   Clarios announced a $6 billion
# plan", "France-based CMA CGM, a global shipping giant, announced", "led by Japan-based Softbank".
_COMPANY_NAME = r"(?P<name>[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,4}(?:,? Inc\.)?)"
_COMPANY_DESCRIBED = (
    r"(?=(?:, (?:a|an) [^,\n]{3,60},)? (?:announced|will invest|plans to invest|is investing|committed|pledged)\b"
    r"[^.\n]{0,40}\$|, (?:a|an) [a-z][^,\n]{0,50}(?:company|giant|firm|maker|investor|manufacturer|producer|"
    r"conglomerate|retailer|developer|supplier)\b)"
)
# Each starts with a literal, which the engine searches for fast.
_COMPANY_CUES = (
    re.compile(r"\n-\s+" + _COMPANY_NAME + _COMPANY_DESCRIBED),
    re.compile(r"-based " + _COMPANY_NAME + r"(?=[,.;]| (?:and|announced|will|plans|is|has|said|to)\b)"),
)
_LISTS_FOLLOW = re.compile(
    r"\b(?:Committee|Subcommittee|Bureau|Office|Department|Division|Commission|Council|Caucus|Center|Institute|"
    r"Federation|Union|Brotherhood|Association) "
    r"(?:on|of|for) [^,]*$"
)
_LISTED_TAIL = re.compile(r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+,? and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")
_ACRONYM_DEF = re.compile(r"(?:[’']s)? ?\((?P<acronym>[A-Z][A-Za-z&-]{1,9})\)")
_HOUSE = re.compile(r"(?:(?:U\.S\.|United States|[A-Z][a-z]+) )?House of (?:Representatives|Commons|Lords|Delegates)|White House")
# After "White House": another body whose name starts with it, or an event, programme or place named after it.
_NOT_WHITE_HOUSE_ITSELF = re.compile(
    r" (?:Office|Council|Initiative|Summit|Conference|Correspondents|Rose|Garden|Lawn|Residence|Complex|Fellows?|"
    r"Fellowship|Task Force|Forum|Convening|Challenge|Competition|Easter|Christmas|Historical|Dinner|Event|Tour|"
    r"Briefing Room|Press Corps|Police|Military Office|Communications Agency|Medical Unit|traditions?|lawn|grounds|"
    # an event or a group named after it: "a White House tribute", "the White House COVID-19 team"
    r"tributes?|meetings?|events?|ceremony|ceremonies|dinners?|receptions?|visits?|celebrations?|gatherings?|"
    r"summits?|(?:[A-Z][\w-]* )?team)\b"
)
_WHITE_HOUSE = re.compile(r"White House\b(?! (?:Office|Council|Press|Counsel|Chief))")
_ORDINAL_ENDINGS = frozenset(["st", "nd", "rd", "th"])
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d+(?:st|nd|rd|th)) $")
_EVENT_AFTER = re.compile(r" (?:Convention|Conference|Summit|Meeting|Congress|Session|Forum|Annual|Anniversary)\b")
_EVENT_HEADS = frozenset("Conference Summit Meeting Session Forum".split())
_LISTED_PARTNERS = re.compile(r"(?<![\w’'.-])(?:[A-Z](?:[a-z]|[’'][A-Z])[\w’'-]*, )+$")
_MISSION_PREFIX = re.compile(r"(?:(?:U\.S\.|United States|[A-Z][a-z]+) )?(?:Permanent )?$")
_MISSION_TO = re.compile(
    r"Mission to the (?P<to>[A-Z](?:[\w’'-]|\.(?=\w))*(?:(?: of| for| and)? [A-Z](?:[\w’'-]|\.(?=\w))*)*)"
)
_CAMPUS = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[.;]|,? (?:in|from|where|with|as)\b| \()")
_DEGREE_BEFORE = re.compile(r"\b(?:Master|Masters|Master’s|Bachelor|Bachelor’s|Doctor|Doctorate) of (?:the )?$")
_VENUE_WORDS = frozenset("Auditorium Ballroom Arena Stadium Airport Hotel Exhibition".split()) | {"Convention"}
_VENUE_BEFORE = re.compile(
    r"(?:^|\W)(?:at|in|to|from|outside|inside|leave|leaves|left|arrive|arrives|into|on|seen|see|saw|visit|visited|"
    r"visiting|toured|tour) the $"
)


_SINGLES = frozenset([*SINGLE_NAMES, *KIND_BY_ACRONYM])
# A run is read if it has one of these words.
_READ = _HEADISH | _SINGLES


# Known names by their first word: the capitalised runs the text is read in already list the words it has, so
# only the few names whose first word is one of them are looked for. Names not starting with a capital are
# always looked for (there are few).
_KNOWN_BY_FIRST: dict[str, list[tuple[str, frozenset[str]]]] = {}
_KNOWN_ALWAYS: list[str] = []
for _name in sorted((n for n in KNOWN_ORGANISATIONS if n not in _SINGLES), key=len, reverse=True):
    _first = _name.split(" ")[0]
    if _RUN.fullmatch(_first):
        # Every capitalised word of the name must be a word of the text's runs.
        _words = frozenset(w for w in _name.split(" ") if _RUN.fullmatch(w))
        _KNOWN_BY_FIRST.setdefault(_first, []).append((_name, _words))
    else:  # looked for in every text: keep this list empty or tiny
        _KNOWN_ALWAYS.append(_name)


_KNOWN_FIRSTS = frozenset(_KNOWN_BY_FIRST)


class _Known(NamedTuple):
    start: int
    end: int
    text: str


def _known_names(text: str, words: set[str]) -> list[_Known]:
    """Where the well-known names whose first word is in `words` stand as whole words, longest first, in order."""
    names = [n for w in _KNOWN_FIRSTS.intersection(words) for n, needed in _KNOWN_BY_FIRST[w] if needed <= words]
    if not names and not _KNOWN_ALWAYS:
        return []
    names += _KNOWN_ALWAYS
    names.sort(key=len, reverse=True)
    spans: list[_Known] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end : end + 2]
            if not (before.isalnum() or before in "_’'.-") and not (
                after[:1].isalnum() or after[:1] in "&_" or after[:1] == "." and after[1:2].isalnum()
            ) and not any(s.start < end and start < s.end for s in spans):
                spans.append(_Known(start, end, name))
            start = text.find(name, end)
    spans.sort()
    return spans
_PROGRAMME_AFTER = re.compile(r" (?:program|programme|programs|initiative|project|app|platform|website)\b")
_COMPANY_SUFFIX = re.compile(r",? (?:PBC|Inc\.|LLC|plc|Corp\.|Corporation|Company)\b")


class _Intervals:
    """Is a position inside one of these (start, end) spans? Sorted once, bisected per question."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._bisect = bisect.bisect_right
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def contains(self, position: int) -> bool:
        i = self._bisect(self._starts, position) - 1
        return any(s <= position < e for s, e in self._spans[max(0, i - 3) : i + 1])


@dataclass
class FoundOrganisation:
    name: str
    kind: str
    count: int = 1
    acronym: str = ""
    key: int | str | None = None  # an organisation the archive already knows


_DEGREE = re.compile(r"(?:[A-Z][a-z]?\.){1,3}[A-Z]?")


def clean_name(name: str) -> str:
    """Drop a leading article or possessive owner; keep the organisation's own words."""
    words = " ".join(name.split()).strip(" ,.;:’").split(" ")
    based = next((i for i, w in enumerate(words) if w.endswith("-based")), -1)
    if based >= 0:
        words = words[based + 1 :]  # "United Arab Emirates-based DAMAC Properties"
    while words and (
        words[0] in _LEADING or words[0].lower() in {"of", "for", "and", "on", "the", "in", "at"} or words[0].endswith("-based")
    ):
        words.pop(0)
    while words and (
        words[-1].lower() in {"of", "for", "and", "on", "the", "de", "in", "at", "&"}
        or len(words) > 2 and words[-2] == "and" and _DEGREE.fullmatch(words[-1])  # "... of Virginia and J.D."
    ):
        words.pop()
    return " ".join(words)


# Bodies of another body, named before it: the organisation listed is the latter.
_GENERIC_BODY_OF = re.compile(
    r"^(?:(?:Advisory |Governing )?Board(?: of (?:Directors|Trustees|Governors|Advisors|Visitors))?|"
    r"(?:Deputy )?(?:Chief of )?Mission|Executive Committee|Steering Committee)"
    r" (?:of|for|at) (?:the )?(?=[A-Z])"
)
# "Face the Nation": a capitalised word then "the" without a preposition is a title, not a body's name.
_NOT_A_NAME = re.compile(r"^[A-Z]\w+ the |(?:Building|Room|Hall|Garden|Lawn|Plaza|Park)$")


def _segments(words: list[str]) -> list[list[str]]:
    """Split a capitalised run where one name ends and another begins."""
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        current = segments[-1]
        if word in {"at", "in"} and not (
            word == "in" and current[-1:] == ["Women"]  # "Association for Women in Science"
            # "Committee on Foreign Investment in the United States": the country completes the name
            or word == "in" and words[i + 1 : i + 4] == ["the", "United", "States"] and current[:1] != ["Embassy"]
            and current[0] in _ON_HEADS and ("on" in current or "for" in current)
            or
            word == "in" and current and (current[-1] in _PLACE_AFTER_HEAD or current[-2:] == ["Consulate", "General"])
            or ("University" in current or "College" in current) and _is_place(words[i + 1 :])
            and (word == "at" or "of" in current)  # "University of Missouri in St. Louis", not "Bowdoin College in Brunswick"
            # "Organization for Security and Cooperation in Europe": a region that completes the name
            or word == "in" and i + 1 < len(words) and words[i + 1] in _REGIONS and current
            and current[-1] not in KIND_BY_HEAD and not KIND_BY_HEAD.keys().isdisjoint(current)
        ):
            segments.append([])
        elif word == "and" and current and i + 2 < len(words) and (
            words[i + 1] in KIND_BY_HEAD and words[i + 2] in {"of", "for", "on"}  # "... and Department of Energy"
            or len(current) == 1 and current[0] in _SINGLES  # "G7 and European Union"
        ):
            segments.append([])
        elif word == "and" and ("of" in current or "for" in current) and current[0] in KIND_BY_HEAD and (
            _until_split(words[i + 1 :])[-1:] == current[:1] and len(_until_split(words[i + 1 :])) > 1
        ):
            segments.append([])  # "University of Chicago and Purdue University": two of a kind
        elif word == "and" and i + 1 < len(words) and (
            words[i + 1] == "the" or words[i + 1] == "U.S." or words[i + 1].isupper() and len(words[i + 1]) > 1
        ):  # "Department of State and USAID", "U.S. House of Representatives and U.S. Senate"
            segments.append([])
            i += 1
        elif word == "and" and any(w in KIND_BY_HEAD for w in current) and any(
            w in KIND_BY_HEAD for w in _until_split(words[i + 1 :])
        ) and (words[i - 1] in KIND_BY_HEAD or words[i - 1] in _TRAILING_QUALIFIERS) and (
            len(current) > 1 or current[0] in _SINGLES  # a bare "Command and General Staff College" is one name
        ):
            segments.append([])  # "Wesleyan University and New York University School of Law"
        elif word == "and" and "of" not in current and "for" not in current and any(
            KIND_BY_HEAD.get(w) == "company" for w in _until_split(words[i + 1 :])
        ) and len(_until_split(words[i + 1 :])) > 1 and not any(w in KIND_BY_HEAD for w in current):
            segments.append([])  # "Boeing and General Electric": two companies
        elif word == "and" and current and i + 2 < len(words) and words[i + 1] == "of" and words[i + 2] == "the" and (
            any(w in KIND_BY_HEAD for w in current)
        ):
            segments.append([])  # "College of Labor ... Lawyers and of the American Bar Foundation": a second body
            i += 1
        elif word == "and" and current[-1:] in (["House"], ["Senate"], ["President"], ["Congress"]) and (
            len(current) == 1 or current[:-1] in (["The"], ["the"])
        ) and words[i + 1 : i + 2] in (["House"], ["Senate"], ["Congress"]):
            segments.append([])  # "the House and Senate": the two chambers
        elif word == "and" and current and i + 2 == len(words) and words[i + 1] in KNOWN_ORGANISATIONS and (
            current[-1] in KIND_BY_HEAD
        ):
            segments.append([])  # "Federal Railroad Administration and Amtrak": a second, well-known body
        elif word == "and" and current and i + 1 < len(words) and words[i + 1] in _PERSON_TITLES and any(
            w in KIND_BY_HEAD for w in current
        ):
            segments.append([])  # "Court of Appeals for the Ninth Circuit and Justice Ruth Bader Ginsburg": a person next
        elif word == "and" and current[-2:] == ["White", "House"] and i + 1 < len(words) and words[i + 1][:1].isupper():
            segments.append([])  # "the White House and Democratic National Committee": two bodies
        elif word == "and" and current and i + 1 < len(words) and words[i + 1] == "The":
            segments.append([])  # "D.C. and The Provincetown Center": a capitalised "The" opens another name
        elif word == "and" and current and i + 2 < len(words) and words[i + 1] in _OFFICE_WORDS and words[i + 2] in {"of", "for"} and (
            any(w in KIND_BY_HEAD for w in current)
        ):
            segments.append([])  # "Office of India Affairs and Director of the ...": an office held in another body
        elif current and current[-1] in KIND_BY_HEAD and word in _TITLE_WORDS and i + 1 < len(words) and (
            words[i + 1] not in _CONNECTORS and not KIND_BY_HEAD.keys().isdisjoint(words[i + 2 :])
        ):
            # "National Security Secretariat Secretary General Akiba Takeo of Japan and National Security Office":
            # a body, then an office and its holder, then another body
            segments.append([word])
        elif word in _HEADLINE_VERBS:
            segments.append([])  # "President Trump Announces Religious Liberty Commission": a headline's verb
        elif word == "on" and current and current[-1] not in KIND_BY_HEAD and not (
            current[0] in _ON_HEADS and len(current) > 2 and current[1] == "of" and current[-1] != "and"
        ):  # "Council of the Inspectors General on Integrity and Efficiency" is one name
            segments.append([])  # "McMahon on State of the Union"; but "Committee on Banking"
        else:
            current.append(word)
        i += 1
    return [s for s in segments if s]


# Words naming what a government fund pays for: "Capital Projects Fund" is a programme.
_PROGRAMME_FUND_WORDS = frozenset(
    "Project Projects Program Programs Recovery Connectivity Relief Response Resilience Revolving Trust Revitalization "
    "Reduction Stabilization Loan Grant Grants".split()
)
_COLLEGE_OF_UNIVERSITY = re.compile(r"((?:[A-Z][\w’'.-]* )+College) of ((?:[A-Z][\w’'.-]* )+University)")
_BODY_CONFERENCE = re.compile(r"(UN|United Nations)(?: [A-Z][\w-]*)+ Conference(?: of the Parties)?")
_NOT_PLACE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Today Staff Team Officials Employees".split()
)
# Bodies that, bare, describe rather than name: after "of the" they complete the name before them.
_DESCRIBED_BODIES = frozenset(["Armed Forces", "Armed Services", "Military Services", "Uniformed Services"])
_OFFICE_WORDS = frozenset(
    "Officer Chair Co-Chair Director Chairman Chairwoman Secretary Counsel Adviser Advisor Commissioner Member Trustee "
    "Fellow Partner President Treasurer".split()
)
_PARENT_DEPARTMENT = re.compile(
    rf"(?:U\.S\. |United States )?(?:Department|Ministry) of (?:the )?(?:{PORTFOLIO_PATTERN}) (?=[A-Z])"
)
_LEADING_THE = re.compile(r"^the ")
_LOWER_AFTER_HYPHEN = re.compile(r"(?<=\w)-[a-z]")
_MEMBERS_AFTER = re.compile(r" (?:Republicans|Democrats|GOP)\b")
_HOUSE_AS_PLACE = re.compile(r" (?:floor|chamber|gallery|galleries)\b")  # "from the House floor": a room
# "Secretary of State of Missouri", "Bar Association of the City of New York": part of an office or another name.
_NAMED_BEFORE = re.compile(r"(?:Secretary of |[A-Z][\w’'-]* of (?:the )?)\Z")
_COUNTRY_MISSION = re.compile(r"USAID (?P<country>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-]| [A-Z])")
_LOCAL_WORDS = ("City of ", "State of ", "County of ", "Commonwealth of ", "Town of ", "Village of ")
_LOCAL_GOVERNMENT = re.compile(
    r"[CSTV](?<![\w’'.-].)(?:ity|tate|ounty|ommonwealth|own|illage) of (?P<place>[A-Z][\w’'‘]*(?: [A-Z][\w’'‘]*)?)"
    r"(?![\w’'‘-]| [A-Z]| of)"
)
_REGIONS = frozenset("Europe Asia Africa Americas Eurasia".split())
_NATIONAL = re.compile(r"(?:U\.S\.|United States|National|Federal|American) ")


def _is_place(words: list[str]) -> bool:
    """"University of Texas at Austin": one or two capitalised words that end the run are a campus."""
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w not in KIND_BY_HEAD and w not in _NOT_PLACE_WORDS for w in words)


def _until_split(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word in {"at", "in", "and", "on"}:
            return words[:i]
    return words


def _name_in(words: list[str]) -> str:
    # "Chief Executive Officer of the Peace Corps", "Summit of the Gulf Cooperation Council":
    # whatever comes before "of" without an organisation word is not part of the name.
    stripped = True
    while stripped:
        stripped = False
        for i, word in enumerate(words):
            if word in {"of", "for"}:
                if i and words[i - 1] == "District" and words[i + 1 : i + 2] == ["Columbia"]:
                    break  # "District of Columbia Bar": the place is part of the name
                if i == 1 and word == "for" and words[0] not in _TITLE_WORDS and words[0] not in _NOT_BODY_STARTS and (
                    (words[0] not in _PORTFOLIOS or len(words) > 3) and
                    words[2:3] != ["the"] and words[-1] in KIND_BY_HEAD and words[0][:1].isupper()
                ):
                    break  # "Justice for Journalists Foundation": one name, whose head comes last
                if i and words[i - 1] != "House" and (
                    not any(w in KIND_BY_HEAD for w in words[:i]) or i == 2 and words[1] in _TITLE_WORDS
                    # "Task Force Officer for the ...", "Union Co-Chair of the American Bar Association"
                    or words[i - 1].rpartition("-")[2] in _OFFICE_WORDS and any(w in KIND_BY_HEAD for w in words[i + 1 :])
                    # "Chief of Police for the Metro Transit Police Department": an office, then the body
                    or i == 1 and word == "for" and words[i + 1] == "the" and words[-1] in KIND_BY_HEAD and words[-1] != words[0]
                    and any(w in KIND_BY_HEAD for w in words[2:])
                ):  # "Summit of the ...", "Cabinet Secretary for the West Virginia Office of Education"
                    words = words[i + 1 :]
                    while words and words[0] == "the":
                        words = words[1:]
                    stripped = True
                break
    heads = [i for i, w in enumerate(words) if w in KIND_BY_HEAD]
    if not heads:
        return ""
    for i, word in enumerate(words):
        if word in _AFTER_NAME and i > heads[0]:  # "U.S. Department of Commerce Bronze and Silver Medals"
            if words[i - 1] == "Service" and "of" not in words[:i]:
                return ""  # "Presidential Distinguished Service Award": an award for service, no body named
            while i > heads[0] + 1 and words[i - 1] in _FELLOW_QUALIFIERS:
                i -= 1  # "National Endowment for the Humanities Younger Scholar"
            words = words[:i]
            heads = [h for h in heads if h < i]
            break
    end = heads[-1] + 1
    if end < len(words) and words[end - 1] == "Consulate" and words[end] == "General":
        return " ".join(words)  # "U.S. Consulate General in Lahore"
    # After the last organisation word only its complement belongs to the name:
    # "... of Federal Financial Management", "... in Harare", "... Command Central", "... LLP".
    if end < len(words):
        following = words[end]
        deliberative = words[end - 1] in _ON_HEADS or words[end - 2 : end] == ["Working", "Group"]  # "... Working Group on X"
        if following == "Affairs" and " ".join(words[:end]) not in KNOWN_ORGANISATIONS:
            return ""  # "Manpower and Reserve Affairs": a portfolio named with a head word, not a body
        if following == "for" and words[end - 1] in _SERVICE_BRANCHES and KIND_BY_HEAD.keys().isdisjoint(words[end:]):
            pass  # "Assistant Secretary of the Air Force for Financial Management": the office's portfolio, not the name
        elif following in {"of", "for", "de", "del", "in"} or following in _TRAILING_QUALIFIERS or (
            following == "on" and deliberative
        ):
            end = len(words)
            # "Department of Homeland Security Secretary Markwayne Mullin": an office and its holder end the name
            # (but not "Office of the Director of National Intelligence").
            for i in range(heads[-1] + 2, len(words) - 1):
                if (
                    words[i] in _TITLE_WORDS
                    and words[i - 1] not in _CONNECTORS
                    and words[i + 1] not in _TITLE_WORDS
                    and words[i + 1] not in _CONNECTORS
                    and (words[heads[-1]] != "Office" or words[i - 1] not in _CONNECTORS and i + 2 < len(words)
                         and words[i + 1][:1].isupper() and words[i + 2][:1].isupper())
                    # "Office of the Inspector General" is named after an office; "... Budget Director Russ Vought" is not
                ):
                    end = i
                    break
            # "Department of Health and Human Services for the Biden-Harris Transition": one name, then another.
            for i in range(heads[-1] + 1, len(words) - 1):
                if words[i] == "for" and words[i + 1] in _PRESIDENT_WORDS:
                    end = i  # "... Community Service for President Bill Clinton": whom it served
                    break
                if words[i] == "for" and words[i + 1] == "the" and (
                    "of" in words[:i] or i + 2 < len(words) and words[i + 2].isupper()  # "... for the CTUIR"
                ) and not (
                    i + 2 < len(words) and words[i + 2] in _JURISDICTIONS  # "... for the Second Circuit"
                ):
                    end = i
                    break
        elif words[end - 1] == "Embassy" and _is_place(words[end:]) and not any(
            w in _TITLE_WORDS or w in _NOT_PLACE_WORDS for w in words[end:]
        ):
            end = len(words)  # "U.S. Embassy Juba": an embassy named by its city
        elif following in {"at", "in"} and words[end - 1] in {"University", "College"} and _is_place(words[end + 1 :]):
            end = len(words)  # "Southern Illinois University at Carbondale"
        elif following in {"Inc.", "LLC", "LLP", "Ltd.", "Co."}:
            end += 1
        elif (
            following == "and"
            and KIND_BY_HEAD[words[end - 1]] == "government"
            and (len(_US_PREFIX.sub("", " ".join(words[:end])).split()) >= 2 or _US_PREFIX.match(" ".join(words)))
            and 0 < len(words) - end - 1 <= 2
            and all(w[:1].isupper() and not w.isupper() and w not in KIND_BY_HEAD and w not in _TITLE_WORDS for w in words[end + 1 :])
        ):
            end = len(words)  # "U.S. Customs and Border Protection"
        if end < len(words) and words[end] in {"One", "Base", "Airfield", "Station"}:
            return ""  # "Air Force One" is an aircraft, "Scott Air Force Base" a base
        if end < len(words) and words[end - 1] in _MEDIA_HEADS and words[end][:1].isupper():
            return ""  # "Fox News Sunday": a programme of the outlet
    return " ".join(words[:end])


def _local_governments(text: str, run_words: set[str]) -> list[re.Match]:
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


def _split_run(run: str) -> list[tuple[str, int]]:
    """The organisation names inside one capitalised run, with their offsets in it."""
    names = []
    for segment in _segments(run.split(" ")):
        name = _name_in(segment)
        if name:
            names.append((name, max(run.find(name), 0)))
    return names


_FIRM = re.compile(r"(?:[A-Z][\w’'-]+ & [A-Z][\w’'-]+|\b[A-Z]{1,3}&[A-Z]{1,3}\b)(?:,? (?:LLP|LLC|PLLC|LP|PC|P\.C\.))?$")
_NOT_FIRMS = frozenset("Q&A R&D M&A P&L B&B S&P".split()) | {"Briefings & Statements"}  # a site's section
_FIRM_WORD = re.compile(r"[A-Z][a-z][\w’'-]*")


def _country_joined(before: list[str], firm: str, countries: set[str]) -> bool:
    """"Sao Tome & Principe", "Trinidad & Tobago": a country's name written with "&" is not a firm."""
    left, _, right = firm.partition(" & ")
    return right in countries or any(" ".join([*before[len(before) - k :], left]) in countries for k in range(3))


def _locate(text: str, run: str, start: int) -> int:
    """Where `run`, a match of _RUN found after `start`, begins (not inside a longer word)."""
    position = text.find(run, start)
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_’'.-"):
        position = text.find(run, position + 1)
    return max(position, 0)


def _word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands as a word of its own, not inside a longer word or name."""
    starts = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_’'.-") and not (after.isalnum() or after in "_’'-"):
            starts.append(start)
        start = text.find(word, end)
    return starts


def find_organisations(text: str, countries: set[str] | None = None) -> list[FoundOrganisation]:
    """Organisations named in `text`, with counts. `countries` are names not to take for organisations."""
    countries = countries or set()
    found: dict[str, FoundOrganisation] = {}
    acronyms: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    venues = {m.start() for m in _WHITE_HOUSE.finditer(text) if _VENUE_BEFORE.search(text, max(0, m.start() - 16), m.start())}

    def add(raw: str, start: int) -> None:
        owner, sep, owned = raw.rpartition("’s ") if "’s " in raw else raw.rpartition("'s ")
        if sep and (
            owner.split()[-1] in _OFFICE_OWNERS and owned.split()[0] in KIND_BY_HEAD
            or owner.split()[-1] in _PLURAL_OWNERS
        ):
            sep = ""  # "United States Attorney’s Office for the District of Columbia" is one name
            raw = clean_name(raw)
        if sep:
            owner_name = clean_name(owner)
            if owner_name.split() and owner_name.split()[-1] in KIND_BY_HEAD:
                # "the Legislative Yuan’s Foreign Affairs and National Defense Committee": both are named.
                add(owner_name, start)
            elif owned.split()[0] == "Cabinet" and owner_name in countries:
                # "Taiwan’s Cabinet": a country's cabinet, named.
                _record("Cabinet", "government", start)
                return
            start += len(owner) + len(sep)
            raw = owned
        name = clean_name(raw)
        inner = _GENERIC_BODY_OF.match(name)
        if inner and not KIND_BY_HEAD.keys().isdisjoint(name[inner.end() :].split()):
            # "Board of Directors of the Export-Import Bank", "Mission of the U.S. Embassy": the body named is the latter.
            start += raw.find(name[inner.end() :])
            name = name[inner.end() :]
        country_and = name.find(" and ")
        if country_and > 0 and name[:country_and] in countries:
            start += raw.find(name[country_and + 5 :])
            name = name[country_and + 5 :]  # "the United States and European Union"
        words = name.split()
        if len(words) == 2 and words[1] == "Alliance" and words[0] in KIND_BY_ACRONYM:
            name, words = words[0], words[:1]  # "the NATO Alliance" is NATO
        college = _COLLEGE_OF_UNIVERSITY.fullmatch(name) if name.endswith("University") and " College of " in name else None
        if college:
            # "Barnard College of Columbia University": a college and the university it belongs to, both named
            add(college.group(1), start)
            add(college.group(2), start + raw.find(college.group(2)))
            return
        conference = _BODY_CONFERENCE.fullmatch(name) if name.endswith(("Conference", "Parties")) else None
        if conference:
            # "the UN Climate Change Conference": an event of the body; the body is named (clar. 10)
            body = conference.group(1)
            _record(body, KIND_BY_ACRONYM.get(body, "international"), start + raw.find(body), numbered=False)  # "26th": the event's
            return
        slash = next((w for w in words if "/" in w), None) if "/" in name else None
        if slash and slash.partition("/")[0] in KIND_BY_HEAD and slash.partition("/")[2][:1].isupper():
            # "Arizona State University/American Graduate School of ...": two bodies written with a slash
            left, right = name.split(slash, 1)
            first, second = left + slash.partition("/")[0], slash.partition("/")[2] + right
            add(first, start)
            add(second, start + raw.find(second))
            return
        of_country = max(name.rfind(" of "), name.rfind(" for "))
        if of_country > 0 and _LEADING_THE.sub("", name[of_country:].split(" ", 2)[2]) in countries and (
            _US_PREFIX.sub("", name).startswith(("Department ", "Ministry ")) or name[:of_country] in _MEDIA_HEADS
        ):  # "the Times of the UK": the paper, and where it is
            name = name[:of_country]  # "Department of Science and Technology of India", "Department of Defense for Ukraine"
            if name in _MEDIA_HEADS:
                _record(name, "company", start + raw.find(name))
                return
            words = name.split()
        of_the = max(name.find(" of the "), name.find(" for the "))
        if of_the > 0:
            left, right = name[:of_the], name[name.index(" the ", of_the) + 5 :]
            left_words = _US_PREFIX.sub("", left).split()
            house = _HOUSE.fullmatch(right)
            if (
                len(left_words) >= 2
                and (left_words[-1] in KIND_BY_HEAD or left_words[0] in {"Committee", "Subcommittee"} and "on" in left_words)
                and left_words[0] not in {"Department", "Ministry", "Office"}
                and (not KIND_BY_HEAD.keys().isdisjoint(right.split()) or house or right in KIND_BY_ACRONYM)
                and not right.startswith("Administration of ")  # "Committee for the Administration of Gaza": its task
                and right not in _DESCRIBED_BODIES  # "Industrial College of the Armed Forces" is one name
            ):
                # "Personnel Appeals Board of the Government Accountability Office", "Committee on Transportation
                # and Infrastructure of the U.S. House of Representatives": two bodies.
                add(left, start)
                if house or right in KIND_BY_ACRONYM:
                    _record(right, "legislature" if house else KIND_BY_ACRONYM[right], start + raw.find(right))
                else:
                    add(right, start + raw.find(right))
                return
        if not words or name in countries or name in _NOT_ORGANISATIONS or _NOT_A_NAME.search(name):
            return
        if len(words) == 2 and words[1] in _DESCRIBED_COMPANY_HEADS and _word_starts(text, words[0].lower()):
            return  # "Mitigation Investments", "Natural Capital": the text writes the first word as a common noun
        if words[0] in _HEADING_GERUNDS:
            return  # "Advancing EV Technologies", "Catalyzing Clean Energy Industries": a heading or a programme
        if not _PRONOUNS.isdisjoint(words):
            return  # "In God We Trust": a motto or a slogan, not a body
        if text[start - 3 : start] in {"of ", "he "} and _DEGREE_BEFORE.search(text, max(0, start - 14), start):
            return  # "a Master of Transportation Safety Administration degree": a degree, not a body
        if not _VENUE_WORDS.isdisjoint(words):
            taken.append((start, start + len(name)))  # its words name no body either ("... and Congress Centre")
            return  # "South Court Auditorium", "Lima Convention Center": a venue
        parent = _PARENT_DEPARTMENT.match(name) if len(words) > 4 and words[0] in {"Department", "Ministry", "U.S.", "United"} else None
        if parent and not KIND_BY_HEAD.keys().isdisjoint(name[parent.end() :].split()) and (
            name[parent.end() :].split()[0] not in _TITLE_WORDS and name[parent.end() :].split()[0] != "Office"
        ):  # (a department's "Office of ..." is read as one name with it)
            # "U.S. Department of Agriculture Food and Nutrition Service": the department, then its own body
            add(parent.group(0).rstrip(), start)
            add(name[parent.end() :], start + raw.find(name[parent.end() :]))
            return
        if len(words) > 3 and words[1] in KIND_BY_HEAD and words[2] in {"of", "for"} and (
            KIND_BY_ACRONYM.get(words[0]) == "government" or words[0] in FEDERAL_ACRONYMS
        ):
            # "NSA Office of the Inspector General": the agency's acronym, then its office
            _record(words[0], "government", start)
            add(" ".join(words[1:]), start + len(words[0]) + 1)
            return
        if len(words) > 2 and FEDERAL_ACRONYMS.get(words[0], "").startswith("Department ") and (
            words[1] not in {"of", "for", "and"}
        ):
            # "the DOJ Reproductive Rights Task Force": the department's acronym, then its own body
            _record(words[0], "government", start)
            add(" ".join(words[1:]), start + len(words[0]) + 1)
            return
        head = next((w for w in reversed(words) if w.rstrip(",") in KIND_BY_HEAD), None)
        if head is None:
            return
        if name in {"Senate", "House"} and _MEMBERS_AFTER.match(text, start + len(name)):
            return  # "House and Senate Republicans": the members, not the chamber (clar. 8)
        if len(words) == 1 and name not in SINGLE_NAMES:
            return  # "Committee", "Party": a common noun, not a name
        if len(words) == 2 and name != "State Department" and (words[0] in _GENERIC_QUALIFIERS or words[0] in {"Deputy", "Assistant", "Associate", "Acting"}):
            return  # "Task Force", "Police Department", "State Assembly": a description, not a name
        if words[-2:] == ["Task", "Forces"] or words[:3] in (["White", "House", "Conference"], ["White", "House", "Summit"]):
            return  # "Safe Streets Task Forces": many bodies (clar. 17); "White House Conference on ...": an event
        if words[-1] in {"Alliance", "Forum", "Dialogue", "Summit"} and "-" in words[0]:
            return  # "the U.S.-Japan Alliance": a relationship between states
        if words[-1] in _PLURAL_HEADS and "of" not in words and "for" not in words and not _NATIONAL.match(name):
            return  # "Jewish Community Centers", "Rural Emergency Medical Services": many bodies, or a programme
        if words[-1] == "Project" and len(words) > 1 and words[-2] in _WORKS_WORDS:
            return  # "Hudson Tunnel Project": works, not a body
        if words[-1] == "Reserve" and words[0] == "Strategic":
            return  # "Strategic Petroleum Reserve": a stockpile
        if words[-1] in {"Fund", "Funds"} and len(words) > 1 and words[-2] in _PROGRAMME_FUND_WORDS:
            return  # "Capital Projects Fund", "Emergency Connectivity Fund": money run as a programme (clar. 8, 17)
        if name in _PORTFOLIO_PHRASES:
            return  # "Health and Human Services" left over from "Secretary of Health and Human Services"
        if head == "Administration" and words[-1] == "Administration" and _AGENCY_WORDS.isdisjoint(words[:-1]):
            return  # "the Biden-Harris Administration", "My Administration": a presidency, not an agency
        if name == "White House" and start in venues:
            return
        kind = "legislature" if words[0] == "Legislative" or "Parliament" in words else KIND_BY_HEAD[head.rstrip(",")]
        _record(name, kind, start, len(raw))

    def _house(run: str, start: int) -> None:
        """"the White House announced", "the House of Representatives": the one word no head word covers."""
        for house in _HOUSE.finditer(run):
            name = house.group(0)
            position = start + house.start()
            if name == "White House":
                if position in venues or _NOT_WHITE_HOUSE_ITSELF.match(text, start + house.end()):
                    continue  # a venue, or a part of another name ("White House Office of ...")
                if run[house.end() : house.end() + 2][1:].isupper() and any(
                    n.startswith("White House ") and start + offset == position for n, offset in _split_run(run)
                ):
                    continue  # "the White House National Security Council" is listed as itself (clar. 11)
                _record(name, "government", position)
            else:
                _record(name, "legislature", position)

    def _record(name: str, kind: str, start: int, length: int = 0, numbered: bool = True) -> None:
        ordinal = (
            _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
            if numbered and kind != "legislature" and text[start - 3 : start - 1] in _ORDINAL_ENDINGS and start > 3
            else None
        )
        if ordinal and _EVENT_AFTER.match(text, start + (length or len(name))):
            ordinal = None  # "the 29th AFL-CIO Convention": the body, at an edition of its event
        if ordinal:
            if name.split()[0] in _EVENT_HEADS or name.split()[-1] in _EVENT_HEADS:
                return  # "the 28th Conference of the Parties": an edition of an event
            # "18th Judicial District Court", "82nd Airborne Division": the number is part of the name
            length, name, start = (length or len(name)) + start - ordinal.start(), ordinal.group(1) + " " + name, ordinal.start()
        elif " & " in name or name.endswith(("LLP", "LLC")):
            listed = _LISTED_PARTNERS.search(text, max(0, start - 120), start)
            if listed and text[max(0, listed.start() - 4) : listed.start()] != " on " and not any(w in KIND_BY_HEAD or w in _LEADING or w in countries for w in listed.group(0).split(", ")[:-1]):
                # "Paul, Weiss, Rifkind, Wharton & Garrison LLP": partners' names listed before the "&"
                length, name, start = (length or len(name)) + start - listed.start(), listed.group(0) + name, listed.start()
        if name.startswith("University of ") and len(name.split()) == 3 or name.endswith(" State University") and len(name.split()) == 3:
            campus = _CAMPUS.match(text, start + (length or len(name)))
            if campus and not any(
                w in KIND_BY_HEAD or w in _LEADING or len(w) < 3 or w in {"Mrs", "Inc"} for w in campus.group(1).split()
            ) and (
                campus.group(1) not in countries and campus.group(1) not in KNOWN_ORGANISATIONS
            ):
                # "University of Nevada, Las Vegas": a campus of a state university
                name = name + ", " + campus.group(1)
                length = campus.end(1) - start
        taken.append((start, start + (length or len(name))))
        if name in found:
            found[name].count += 1
        else:
            found[name] = FoundOrganisation(name, kind)
        definition = _ACRONYM_DEF.match(text, start + (length or len(name)))
        if definition and definition.group("acronym") not in countries:
            acronyms[definition.group("acronym")] = name
            found[name].acronym = definition.group("acronym")

    # "U.S. Mission to the United Nations": a body whose name holds another is listed as itself only.
    missions = []
    for mission in _MISSION_TO.finditer(text) if "Mission to the " in text else ():
        prefix = _MISSION_PREFIX.search(text, max(0, mission.start() - 24), mission.start())
        begin = prefix.start() if prefix else mission.start()
        # The body the mission is to ends at its head word or known name: "... to the European Union and Consul ..."
        to = mission.group("to").split(" ")
        cut = next(
            (i for i in range(len(to), 0, -1) if to[i - 1] in KIND_BY_HEAD or " ".join(to[:i]) in KNOWN_ORGANISATIONS), 0
        )
        if cut:
            end = mission.start("to") + len(" ".join(to[:cut]))
            name = text[begin:end]
            _record(name, "government", begin)
            missions.append((begin, end))
    in_mission = _Intervals(missions) if missions else None

    # Runs are listed by the regex engine; only the few with an organisation word are located and read.
    # The one-word names and acronyms known beforehand are words of these runs too.
    cursor = 0
    singles: list[tuple[int, str]] = []
    run_words: set[str] = set()  # every word of the runs, for the well-known names below
    for run in _RUN.findall(text):
        if "-" in run:
            joined = _LOWER_AFTER_HYPHEN.search(run)
            if joined and run[run.rfind(" ", 0, joined.start()) + 1 : joined.start()] in _READ:
                run = run[: joined.start()]  # "Food and Drug Administration-approved": the name ends at the hyphen
        if " " in run:
            parts = run.split(" ")
            run_words.update(parts)
            read = not _READ.isdisjoint(parts)
        else:
            parts = [run]
            run_words.add(run)
            read = run in _READ
        possessive = ("’s" in run or "'s" in run) and [p[:-2] for p in parts if p[-2:] in ("’s", "'s")]
        if possessive:  # "Boeing’s plant", "USAID’s programme", "the EU’s plan"
            run_words.update(possessive)
            read = read or not _SINGLES.isdisjoint(possessive)
        if not read:
            if "&" in run:
                firm = _FIRM.search(run)
                if firm and firm.group(0) not in _NOT_FIRMS and _TITLE_WORDS.isdisjoint(firm.group(0).split()) and not any(
                    _word_starts(text, w.lower()) for w in _FIRM_WORD.findall(firm.group(0))
                ) and not _country_joined(run[: firm.start()].split(), firm.group(0), countries):
                    # "Winston & Strawn", "Ernst & Young", "J&J": surnames joined by "&" name a firm, where
                    # "Research & Development" is made of ordinary words the text also writes in lower case.
                    position = _locate(text, firm.group(0), cursor)
                    if text[max(0, position - 4) : position] != " on ":  # "Committee on Ways & Means"
                        _record(firm.group(0), "company", position)
            continue  # no organisation word, no organisation name
        run_start = _locate(text, run, cursor)
        cursor = run_end = run_start + len(run)
        if in_mission and in_mission.contains(run_start):
            mission_end = max(e for b, e in missions if b <= run_start < e)
            if run_end <= mission_end + 1:
                continue
            # "... Mission to the European Union and Consul General of the U.S. Consulate ...": read what follows
            rest = text[mission_end:run_end]
            run_start, run = run_end - len(rest.lstrip(" ,")), rest.lstrip(" ,")
            parts = run.split(" ")
            possessive = []
        if len(parts) == 1:
            if run in _SINGLES:
                singles.append((run_start, run))
            elif possessive and possessive[0] in _SINGLES:
                singles.append((run_start, possessive[0]))  # "the EU’s plan"
            if run not in _HEADISH:
                continue
        elif not _SINGLES.isdisjoint(parts) or possessive and not _SINGLES.isdisjoint(possessive):
            offset = 0
            for word in parts:
                if word in _SINGLES:
                    singles.append((run_start + offset, word))
                elif word[-2:] in ("’s", "'s") and word[:-2] in _SINGLES:
                    singles.append((run_start + offset, word[:-2]))  # "USAID’s CATALYZE programme"
                offset += len(word) + 1
            if _HEADISH.isdisjoint(parts):
                continue
        if run.endswith(("’s", "'s")):
            run = run[:-2]  # "the European Union’s resolution"
        words = run.split(" ")
        if KIND_BY_HEAD.keys().isdisjoint(words):
            if "House" in words:
                _house(run, run_start)
            continue
        if (" of " in run or " on " in run or " for " in run) and _LISTS_FOLLOW.search(run):
            listed = _LISTED_TAIL.match(text, run_end)
            tail = listed.group(0).replace(",", "").split() if listed else []
            if tail and KIND_BY_HEAD.keys().isdisjoint(tail) and _TITLE_WORDS.isdisjoint(tail) and not any(
                w in countries or w.isupper() or "-" in w for w in tail
            ):
                run += listed.group(0)
        owner, sep, _ = run.partition("’s ")
        if sep and not KIND_BY_HEAD.keys().isdisjoint(owner.split()) and owner.split()[-1] not in _OFFICE_OWNERS and (
            owner.split()[-1] not in _PLURAL_OWNERS
        ):
            # "Harvard University’s Senior Executives Fellows program": the owner is named on its own.
            for name, offset in _split_run(owner):
                add(name, run_start + offset)
            owned_start = len(owner) + len(sep)
            for name, offset in _split_run(run[owned_start:]):
                add(name, run_start + owned_start + offset)
        else:
            for name, offset in _split_run(run):
                add(name, run_start + offset)
        if "House" in words:
            _house(run, run_start)

    # "City of Minneapolis", "State of Hawai‘i": a local government named as a body (an employer, a party).
    for local in _local_governments(text, run_words):
        place = local.group("place")
        if place not in countries and _NOT_PLACE_WORDS.isdisjoint(place.split()) and KIND_BY_HEAD.keys().isdisjoint(
            place.split()
        ) and text[local.end() : local.end() + 1] not in "-’'" and not _NAMED_BEFORE.search(text, max(0, local.start() - 40), local.start()):
            _record(local.group(0), "government", local.start())

    # "USAID Senegal": the agency’s mission in a country, a sub-unit named as itself.
    for mission in _COUNTRY_MISSION.finditer(text) if "USAID" in run_words else ():
        if mission.group("country") in countries:
            _record(mission.group(0), "government", mission.start())

    for cue in (cue for pattern in _COMPANY_CUES for cue in pattern.finditer(text)):
        name = clean_name(cue.group("name"))
        words = name.split()
        if not words:
            continue
        if cue.group(0).startswith("-based") and not text[text.rfind(" ", 0, cue.start()) + 1 :][:1].isupper():
            continue  # "cloud-based AI": only a place-based company ("Japan-based Softbank")
        if (
            name in found
            or name in countries
            or words[0] in _PRESIDENTS
            or not _TITLE_WORDS.isdisjoint(words)
            or not KIND_BY_HEAD.keys().isdisjoint(words)  # those are found as names already
            or words[0] in _LEADING
        ):
            continue
        _record(name, "company", cue.start("name"))

    # Well-known companies, outlets, universities and international bodies named without an organisation word.
    covered = _Intervals(taken)
    recorded = len(taken)
    for known in _known_names(text, run_words):
        if covered.contains(known.start):
            continue
        after = text[known.end : known.end + 2]
        suffix = _COMPANY_SUFFIX.match(text, known.end)
        if suffix:
            known = known._replace(end=suffix.end(), text=known.text + suffix.group(0))
        elif after[:1] == "-" or after[:1] == " " and (after[1:2].isupper() or after[1:2].isdigit()) or after[:1] in "’'" and text[known.end + 1 : known.end + 3] != "s ":
            continue  # "Harvard-educated", "ABC This Week": part of something else
        if _PROGRAMME_AFTER.match(text, known.end):
            continue  # "the AmeriCorps program": a programme named after the body
        before = text[max(0, known.start - 30) : known.start].split()
        if before and before[-1][:1].isupper() and before[-1] not in _LEADING and before[-1][-1:].isalpha():
            continue  # inside a longer capitalised name
        name = clean_name(known.text)
        short_of = _canonical(KNOWN_SHORT_FORMS.get(name, ""))
        full = next(
            (n for n in found if short_of and _canonical(n) == short_of or name.isupper() and _abbreviates(name, n)), None
        )
        if full:
            found[full].count += 1  # "the MIT" after "Massachusetts Institute of Technology"; "IDB" after its full name
            continue
        for inner in [n for n in found if n != name and n in name]:
            found.pop(inner)  # "Dredge & Dock" was a piece of "Great Lakes Dredge & Dock"
        _record(name, KNOWN_ORGANISATIONS.get(known.text, KNOWN_ORGANISATIONS.get(name, "company")), known.start, known.end - known.start)
    # "the House" is the House of Representatives; one-word names and known acronyms.
    if len(taken) != recorded:
        covered = _Intervals(taken)
    singles += [
        (start + 4, "the House") for start in _word_starts(text, "the House")
        if text[start + 9 : start + 12] != " of" and not _HOUSE_AS_PLACE.match(text, start + 9)
    ]
    for acronym in acronyms.keys() - KIND_BY_ACRONYM.keys() - SINGLE_NAMES.keys():
        singles += [(start, acronym) for start in _word_starts(text, acronym)]
    targets: dict[str, str | None] = {}
    for start, word in sorted(singles):
        if covered.contains(start):
            continue
        if _MEMBERS_AFTER.match(text, start + len(word) - (4 if word == "the House" else 0)):
            continue  # "House and Senate Republicans": the members, not the chamber (clar. 8)
        if word == "the House":
            _record("House", "legislature", start, 5)
        else:
            # The names a one-word name could stand for are all found by now: look once per word.
            target = targets.get(word, "")
            if target == "":
                target = targets[word] = acronyms.get(word) or next(
                    (n for n in found if _abbreviates(word, n)), None
                ) or _spelled_out(word, found)
            if target:
                found[target].count += 1
                found[target].acronym = found[target].acronym or word
            else:
                _record(word, SINGLE_NAMES.get(word) or KIND_BY_ACRONYM.get(word, "other"), start)
    merge_same_bodies(found, acronyms)
    return list(found.values())
