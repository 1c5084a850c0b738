"""The shape of an organisation's name: capitalised runs of words, where one name ends and another begins
inside a run, and which words of a segment are the body's name. Plain Python, no Django.

An organisation is a run of capitalised words (joined by "of", "for", "and", "&", ...) that contains an
organisation word — "National Security Bureau", "Legislative Yuan", "Ministry of National Defense",
"University of Utah", "Winston & Strawn LLP" — trimmed of the office or person written around it.
"""

from __future__ import annotations

import re

from articles.extraction.name_terms import PLACES, US_STATES
from articles.extraction.titles import PORTFOLIOS as _PORTFOLIOS
from articles.extraction.known_organisations import KNOWN_ORGANISATIONS
from articles.extraction.organisation_merging import US_PREFIX as _US_PREFIX
from articles.extraction.organisation_terms import (
    KIND_BY_HEAD,
    SINGLE_NAMES,
    KIND_BY_ACRONYM,
    LEADING as _LEADING,
    TITLE_WORDS as _TITLE_WORDS,
    PLACE_AFTER_HEAD as _PLACE_AFTER_HEAD,
    TRAILING_QUALIFIERS as _TRAILING_QUALIFIERS,
    ON_HEADS as _ON_HEADS,
    AFTER_NAME as _AFTER_NAME,
    JURISDICTIONS as _JURISDICTIONS,
    MEDIA_HEADS as _MEDIA_HEADS,
    CONNECTORS as _CONNECTORS,
    HEADLINE_VERBS as _HEADLINE_VERBS,
    PERSON_TITLES as _PERSON_TITLES,
    FELLOW_QUALIFIERS as _FELLOW_QUALIFIERS,
    NOT_BODY_STARTS as _NOT_BODY_STARTS,
    PRESIDENT_WORDS as _PRESIDENT_WORDS,
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
RUN = re.compile(rf"{_FIRST_WORD}(?:(?: {_CONNECTOR})* {_WORD})*(?:,? (?:Inc\.|LLC|LLP|PLLC|Ltd\.|L\.P\.|LP|PC|P\.C\.)(?![\w-]))?")

SINGLES = frozenset([*SINGLE_NAMES, *KIND_BY_ACRONYM])
# After "White House", an event named after it, in a title or in prose: "Readout of White House Roundtable on ...",
# "the White House Tribal Nations Summit", "a White House tribute", "White House Maternal Health Day of Action", "the
# official White House Diwali reception", "yesterday's historic White House peace summit"
EVENT_NAMED_AFTER_WHITE_HOUSE = (
    r"(?: (?!(?:Task|Council|Commission|Working|Team|Office)\b)[A-Z][\w&-]*){0,4}(?: peace)? "
    r"(?i:summits?|conferences?|meetings?|roundtables?|convenings?|celebrations?|briefings?|listening sessions?|"
    r"sessions?|forums?|workshops?|days? of action|challenges?|competitions?|receptions?|picnics?|dinners?|events?|tours?|ceremony|ceremonies|tributes?|visits?|gatherings?|initiatives?)\b"
    # but not a body named so: "White House Competition Council"
    r"(?! (?:Council|Task Force|Commission|Working Group|Team|Office|Board|Committee)\b)"
)
WHITE_HOUSE_EVENT = re.compile(EVENT_NAMED_AFTER_WHITE_HOUSE)
HOUSE = re.compile(r"(?:(?:U\.S\.|United States|[A-Z][a-z]+) )?House of (?:Representatives|Commons|Lords|Delegates)|White House")
NOT_PLACE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Today Staff Team Officials Employees".split()
)
_OFFICE_WORDS = frozenset(
    "Officer Chair Co-Chair Director Chairman Chairwoman Secretary Counsel Adviser Advisor Commissioner Member Trustee "
    "Fellow Partner President Treasurer Chief Official".split()
)
_FOR_HEADS = frozenset("Foundation Fund Coalition Alliance Institute Center Council Association Society".split())
_LOCAL_UNITS = frozenset("Town City County Village Borough Township".split())
_REGIONS = frozenset("Europe Asia Africa Americas Eurasia".split())
_LEVELS = frozenset("Federal State Local Tribal Territorial National County City".split())
LOWER_AFTER_HYPHEN = re.compile(r"(?<=\w)-[a-z]")


_DEGREE = re.compile(r"(?:[A-Z][a-z]?\.){1,3}[A-Z]?")


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def clean_name(name: str) -> str:
    """Drop a leading article or possessive owner; keep the organisation's own words."""
    name = " ".join(name.split())
    # "U.N.", "E.U.": a name that is a dotted acronym keeps its last dot
    words = (name.strip(" ,;:’") if _DOTTED_ACRONYM.fullmatch(name.rstrip(" ,;:’")) else name.strip(" ,.;:’")).split(" ")
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




_NAMED_PLACES = PLACES | US_STATES


def _holder_named(words: list[str]) -> bool:
    """Do `words` end with an office and its holder's name ("Treasury Secretary Janet Yellen"), not with a body's words
    ("Secretary of State", "Director Michael Kratsios The White House Office of Science")?"""
    for size in (2, 3):
        name = words[-size:]
        if len(words) > size and words[-size - 1] in _TITLE_WORDS and all(
            w[:1].isupper() and w.isalpha() and w not in _TITLE_WORDS and w not in KIND_BY_HEAD for w in name
        ):
            return True
    return False


def _segments(words: list[str]) -> list[list[str]]:
    """Split a capitalised run where one name ends and another begins."""
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        current = segments[-1]
        # after a purpose ("... to Monitor and Combat Trafficking in Persons") only a named place ends the name
        if word in {"at", "in"} and ("to" not in current or " ".join(words[i + 1 :]) in _NAMED_PLACES) and not (
            word == "in" and current[-1:] == ["Women"]  # "Association for Women in Science"
            # "Committee on Foreign Investment in the United States": the country completes the name
            or word == "in" and words[i + 1 : i + 4] == ["the", "United", "States"] and current[:1] != ["Embassy"]
            and current[0] in _ON_HEADS and ("on" in current or "for" in current)
            or
            word == "in" and current and (current[-1] in _PLACE_AFTER_HEAD or current[-2:] == ["Consulate", "General"])
            or word == "in" and _setting_ends_topic(current, words[i + 1 :])  # "... on Hazing in the Academies"
            or ("University" in current or "College" in current) and _is_place(words[i + 1 :])
            # "University of Missouri in St. Louis", a state's campus; not "Bowdoin College in Brunswick" or
            # "Catholic University of America in Washington", where it stands
            and (word == "at" or "of" in current and not US_STATES.isdisjoint(current))
            # "Organization for Security and Cooperation in Europe": a region that completes the name
            or word == "in" and i + 1 < len(words) and words[i + 1] in _REGIONS and current
            and current[-1] not in KIND_BY_HEAD and not KIND_BY_HEAD.keys().isdisjoint(current)
        ):
            segments.append([])
        elif word == "and" and _holder_named(current):
            segments.append([])  # "Treasury Secretary Janet Yellen and Federal Reserve Chair": an office and its holder first
        elif word == "and" and current and i + 2 < len(words) and (
            words[i + 1] in KIND_BY_HEAD and words[i + 2] in {"of", "for", "on"}  # "... and Department of Energy"
            or len(current) == 1 and current[0] in SINGLES  # "G7 and European Union"
        ):
            segments.append([])
        elif word == "and" and ("of" in current or "for" in current) and current[0] in KIND_BY_HEAD and (
            _until_split(words[i + 1 :])[-1:] == current[:1] and len(_until_split(words[i + 1 :])) > 1
        ):
            segments.append([])  # "University of Chicago and Purdue University": two of a kind
        elif word == "and" and any(w in KIND_BY_HEAD for w in current) and _an_office(_until_split(words[i + 1 :])):
            segments.append([])  # "National Bureau of Economic Research and Non-Resident Senior Fellow": an office next
        elif word == "and" and words[i + 1 : i + 2] == ["the"] and _topic_goes_on(current, _until_split(words[i + 2 :])) and (
            words[i + 2 + len(_until_split(words[i + 2 :])) : i + 3 + len(_until_split(words[i + 2 :]))] in ([], ["in"], ["at"])
        ):
            current += words[i : i + 2]  # "Center on National Security and the Law": the topic goes on
            i += 1
        elif word == "and" and i + 1 < len(words) and (
            words[i + 1] == "the" or words[i + 1] == "U.S." or words[i + 1].isupper() and len(words[i + 1]) > 1
        ):  # "Department of State and USAID", "U.S. House of Representatives and U.S. Senate"
            segments.append([])
            i += 1
        elif word == "and" and any(w in KIND_BY_HEAD for w in current) and any(
            w in KIND_BY_HEAD for w in _until_split(words[i + 1 :])
        ) and (words[i - 1] in KIND_BY_HEAD or words[i - 1] in _TRAILING_QUALIFIERS) and (
            len(current) > 1 or current[0] in SINGLES  # a bare "Command and General Staff College" is one name
        ) and words[i - 2 : i - 1] != ["of"] and not (  # "Institute of Museum and Library Services": a topic of two words
            _until_split(words[i + 1 :])[-1:] in (["Committee"], ["Subcommittee"], ["Caucus"])
            and {"Committee", "Subcommittee", "Caucus", "of", "for"}.isdisjoint(current)
        ):  # "Coast Guard and Maritime Transportation Subcommittee": a panel named by its topics
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
        elif word == "on" and current and current[-1] not in KIND_BY_HEAD and "to" not in current and not (
            current[0] in _ON_HEADS and len(current) > 2 and current[1] == "of" and current[-1] != "and"
        ):  # "Council of the Inspectors General on Integrity and Efficiency" is one name
            segments.append([])  # "McMahon on State of the Union"; but "Committee on Banking"
        else:
            current.append(word)
        i += 1
    return [s for s in segments if s]


def _an_office(rest: list[str]) -> bool:
    """Capitalised words after "and" that open with an office word or its qualifier ("Senior", "Non-Resident") and
    hold no head word: a post, not more of the name ("Office of Management and Budget Director" goes on)."""
    return bool(rest) and (rest[0] in _TITLE_WORDS or rest[0] in _FELLOW_QUALIFIERS or rest[0].startswith("Non-")) and any(
        w in _TITLE_WORDS for w in rest
    ) and KIND_BY_HEAD.keys().isdisjoint(rest)


def _topic_goes_on(current: list[str], rest: list[str]) -> bool:
    """"Committee on Education and the Workforce": after a body's topic, "and the" and one or two plain capitalised
    words that end the run (or come before "in"/"at") finish the topic; another body, an office or an acronym would start a new name."""
    heads = [j for j, w in enumerate(current) if w in KIND_BY_HEAD]
    return bool(heads) and 0 < len(rest) <= 2 and current[heads[-1] + 1 : heads[-1] + 2] in (["on"], ["of"], ["for"]) and all(
        w[:1].isupper() and not w.isupper() and w not in KIND_BY_HEAD and w not in _TITLE_WORDS and w not in SINGLES
        and w not in NOT_PLACE_WORDS and w not in _JURISDICTIONS and "’" not in w and "'" not in w
        for w in rest
    ) and " ".join(rest) not in KNOWN_ORGANISATIONS


def _setting_ends_topic(current: list[str], rest: list[str]) -> bool:
    """"Commission on Hazing in the Academies", "Committee on Women in the Services": after a body's topic
    ("on ..."), "in the" and one or two plain capitalised words that end the run are the topic's setting."""
    on = current.index("on") if "on" in current else -1
    return on > 0 and current[on - 1] in _ON_HEADS and len(current) > on + 1 and rest[:1] == ["the"] and (
        0 < len(rest) - 1 <= 2
    ) and all(
        w[:1].isupper() and w.isalpha() and w not in KIND_BY_HEAD and w not in _TITLE_WORDS and w not in NOT_PLACE_WORDS
        and w not in _PRESIDENT_WORDS and w not in _JURISDICTIONS and w not in {"United", "States"}
        for w in rest[1:]
    )


def _is_place(words: list[str]) -> bool:
    """"University of Texas at Austin": one or two capitalised words that end the run are a campus."""
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w not in KIND_BY_HEAD and w not in NOT_PLACE_WORDS for w in words)


def _until_split(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word in {"at", "in", "and", "on"}:
            return words[:i]
    return words


# Bodies that stand somewhere: a place after "in" says where, it does not name them.
_CAMPUS_HEADS = frozenset("University College School Laboratory Hospital Museum Library".split())
# A noun of activity that ends a body's name after its head word ("Customs Enforcement", "Bureau ... Management").
# Not "... Council Agreement", "... Security Council Resolution": a document or an award after the body.
_ACTIVITY_NOUN = re.compile(
    r"Enforcement|Protection|Prevention|Management|Development|Regulation|Supervision|Investigations?|Inspection|Operations"
)


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
                if i == 1 and word == "of" and words[0] in _LOCAL_UNITS and any(w in KIND_BY_HEAD for w in words[3:]) and (
                    words[2][:1].isupper() and words[2] not in KIND_BY_HEAD
                ):
                    break  # "Town of Huntington Committee on Open Space Preservation": a local government's body
                if word == "for" and i > 1 and words[-1] in _FOR_HEADS and not any(
                    w in KIND_BY_HEAD or w in _TITLE_WORDS or w in _NOT_BODY_STARTS or w in _PORTFOLIOS or w == "of"
                    for w in words[:i]
                ) and words[0][:1].isupper() and words[i + 1 : i + 2] != ["the"] and not any(
                    w in KIND_BY_HEAD or w in _TITLE_WORDS or w == "of" for w in words[i + 1 : -1]
                ):
                    break  # "Industrial Automation & Cybersecurity for America Foundation": one name, its head last
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
        if word in _AFTER_NAME and i > heads[0] and words[i - 1] not in {"for", "of", "on"}:
            # "U.S. Department of Commerce Bronze and Silver Medals"; not "... Center for Scholars", its topic
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
        elif following in {"on", "in"} and words[end + 1 : end + 2] and words[end + 1] in NOT_PLACE_WORDS:
            pass  # "the Commission on January 20", "the Senate on Tuesday": a date, not the body's subject
        elif following == "to":
            end = len(words)  # "Committee to Protect Journalists": a purpose the run was extended by
        elif following == "in" and words[end - 1] in _CAMPUS_HEADS and _is_place(words[end + 1 :]):
            pass  # "University of Wisconsin Law School in Madison": where it is ("University of Alabama in Huntsville" is a campus)
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
            w in _TITLE_WORDS or w in NOT_PLACE_WORDS for w in words[end:]
        ):
            end = len(words)  # "U.S. Embassy Juba": an embassy named by its city
        elif following in {"at", "in"} and words[end - 1] in {"University", "College"} and _is_place(words[end + 1 :]):
            end = len(words)  # "Southern Illinois University at Carbondale"
        elif "on" in words[heads[0] : heads[-1]] and len(words) - end <= 2 and all(
            w[:1].isupper() and w.isalpha() and w not in _TITLE_WORDS and w not in _PERSON_TITLES and w not in NOT_PLACE_WORDS
            for w in words[end:]
        ):
            end = len(words)  # "Commission on Public Authority Reform": the topic goes on after a head word
        elif following in {"Inc.", "LLC", "LLP", "Ltd.", "Co."}:
            end += 1
        elif len(words) - end == 1 and _ACTIVITY_NOUN.fullmatch(following):
            end += 1  # "U.S. Immigration and Customs Enforcement": what the body does, after its head word
        elif (
            following == "and"
            and KIND_BY_HEAD[words[end - 1]] == "government"
            and (len(_US_PREFIX.sub("", " ".join(words[:end])).split()) >= 2 or _US_PREFIX.match(" ".join(words)))
            and 0 < len(words) - end - 1 <= 2
            and (_ACTIVITY_NOUN.fullmatch(words[-1]) or len(words) - end - 1 == 1)  # not "... Bureau and Stacey Dixon"
            and all(w[:1].isupper() and not w.isupper() and w not in KIND_BY_HEAD and w not in _TITLE_WORDS for w in words[end + 1 :])
            and not _LEVELS.issuperset(words[end + 1 :])  # "... Management Agency and Federal [officials]": a level
        ):
            end = len(words)  # "U.S. Customs and Border Protection"
        if end < len(words) and words[end] in {"One", "Base", "Airfield", "Station"}:
            return ""  # "Air Force One" is an aircraft, "Scott Air Force Base" a base
        if end < len(words) and words[end - 1] in _MEDIA_HEADS and words[end][:1].isupper():
            return ""  # "Fox News Sunday": a programme of the outlet
    return " ".join(words[:end])


def split_run(run: str) -> list[tuple[str, int]]:
    """The organisation names inside one capitalised run, with their offsets in it."""
    names = []
    for segment in _segments(run.split(" ")):
        if len(segment) > 1 and segment[-1] == "Building" and segment[-2] in KIND_BY_HEAD:
            continue  # "the Eisenhower Executive Office Building": a building named like a body, where remarks are given
        name = _name_in(segment)
        if name:
            names.append((name, max(run.find(name), 0)))
    return names


def locate(text: str, run: str, start: int) -> int:
    """Where `run`, a match of RUN found after `start`, begins (not inside a longer word)."""
    position = text.find(run, start)
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_’'.-"):
        position = text.find(run, position + 1)
    return max(position, 0)


def word_starts(text: str, word: str) -> list[int]:
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
