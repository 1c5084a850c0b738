"""Trimming a name cut from a capitalised run to the body's own words, and telling a programme's or a
service's name from a body's. Plain Python, no Django.

A run of capitalised words can carry more than the body: the office and the person after it ("United States
Court of Appeals Judge J. Dickson Phillips", "Department of the Interior Deputy Assistant Secretary for Water
and Science"), an owner's possessive ("Department of Health and Human Services’ Principal ..."), the start of
the next sentence ("... Museum. He") or a word cut off by punctuation ("Board of Directors of Water.org",
"Committee on U.S. public diplomacy"). And a head word such as Service, School or Academy is often a
modifier of a programme or a group ("Lead Service Lines", "Clean School Bus Program", "Caregiving Service
Members"), not a body.
"""

from __future__ import annotations

import re

from articles.extraction.organisation_terms import KIND_BY_HEAD, TITLE_WORDS, CONNECTORS

# A person's honorific after a body's name starts the person: "... for the Humanities and Dr. Shelly Lowe".
_HONORIFICS = frozenset("Dr. Dr Mr. Ms. Mrs.".split())
# Office words that end a body's name when they follow it: "... Court of Appeals Judge ...".
_CUT_TITLES = (TITLE_WORDS | {"Judge", "Justice", "SVP", "EVP", "VP", "CEO", "COO", "CFO"} | _HONORIFICS) - {"Lead", "Staff", "Member", "Members", "Partner", "General", "Fellow", "Summit", "Meeting", "Session", "Anniversary", "Ministerial"}
# Office words that qualify the next one and never end a name: "... Policy Special Award", "... Services Deputy".
_QUALIFYING_TITLES = frozenset("Special Deputy Assistant Associate Vice Acting Principal Senior Managing Distinguished Executive".split())
# Words that make an office word part of the body's own name: "Office of the Under Secretary", "... Trade Representative".
_OFFICE_OPENERS = frozenset("Under High Inspector Inspectors Attorney Attorneys Solicitor Surgeon Comptroller Trade Postmaster Sergeant Judge".split())
# Office holders a body's staff work for: "... Committee for Chairman McCain", "... Committee for Ranking Member ...".
_HOLDERS = frozenset("Chairman Chairwoman Chair Ranking Senator Representative Congressman Congresswoman Leader Speaker".split())
# Offices that, last after a body's name and its topic, hold the body rather than name it: "... of State Chair".
_HEADS_OF_BODIES = frozenset("Chair Chairman Chairwoman Director President Secretary Founder Administrator Commissioner".split())
_ABBREVIATIONS = frozenset("Inc. Corp. Ltd. Bros. Co. Jr. Sr. St. Mt. Ft.".split())
# Head words that, without "of"/"for", often modify a programme, a group or a topic instead of naming a body.
_WEAK_HEADS = frozenset("Service Academy School Command".split())
# After "a ... Academy": the sentence goes on, so the name was a kind of body ("a Yale Law School graduate" is not).
_CLAUSE_AFTER = re.compile(r"[,.;:)”\"]| (?:that|which|who|where|to|for|in|on|with|and|or)\b")
_CUT_WORD = re.compile(r"\.\w")  # "Water.org"
_ABBREVIATION_ENDS = re.compile(r"\. [a-z]")  # "U.S. public diplomacy"
_LOWER_WORD = re.compile(r" ([a-z]+)\b")
_PROGRAMME_AFTER = re.compile(r" (?:program|programs|programme|initiative|campaign)\b")
# Only lower-case nouns: a capitalised word after "... Service" is as often a headline verb or a weekday
# ("the Internal Revenue Service Announces", "the National Weather Service Tuesday warned").
# Capitalised in a title-case heading, these still make the head word a modifier: "... Service Members", "... Service Lines".
_PEOPLE_AFTER = re.compile(r" (?:Members|Member|Women|Men|Lines|Line)\b")
_NOUN_AFTER = re.compile(r" (?:program|programs|programme|initiative|initiatives|award|awards|members|campaign)\b")
# A head word inside the capitalised name of a programme: "Clean School Bus Program", "Race and School Programming",
# "Emergency Capital Investment Program".
_MODIFIER_HEADS = _WEAK_HEADS | {"Capital", "Reserve", "Systems", "Electric", "Center", "Corps", "Society"}
_PROGRAMME_NAME_AFTER = re.compile(
    r"(?: [A-Z][\w-]*){0,3} (?:Program|Programs|Programme|Programming|Initiative|Grant|Grants|Toolkit|Challenge)\b"
)


def trim_name(text: str, name: str, position: int) -> str:
    """`name`, written at `position` of `text`, cut to the body's own words ("" if none are left)."""
    words = name.split(" ")
    if _CUT_TITLES.isdisjoint(words) and _HOLDERS.isdisjoint(words) and text[position + len(name) : position + len(name) + 1] != "." and not (
        "." in name or "’" in name or "'" in name or " and " in name
    ):
        return name  # the common case: nothing to trim
    heads = [i for i, w in enumerate(words) if w in KIND_BY_HEAD]
    if not heads:
        return name
    # The end of a sentence inside the run: "... Frost Science Museum. He is ...".
    for i, word in enumerate(words[:-1]):
        if i >= heads[0] and word.endswith(".") and len(word) > 3 and word[:-1].isalpha() and word[-2].islower() and (
            word not in _ABBREVIATIONS
        ):
            words = words[: i + 1]
            words[-1] = word[:-1]
            break
    # An owner's possessive in a plural name: "Department of Health and Human Services’ Principal Deputy ...".
    for i, word in enumerate(words[:-1]):
        if i >= heads[0] and word[-2:] in ("s’", "s'") and word[:-1] in KIND_BY_HEAD:
            words = words[: i + 1]
            words[-1] = word[:-1]
            break
    honorific = next((i for i in range(heads[0] + 1, len(words)) if words[i] in _HONORIFICS), None)
    if honorific is not None:
        words = words[:honorific]
    # An office, and its holder or portfolio, after the body: "... Court of Appeals Judge J. Dickson Phillips".
    for i in range(heads[0] + 1, len(words)):
        word = words[i]
        if word not in _CUT_TITLES and word not in _HOLDERS:
            continue
        before = words[i - 1]
        if before == "for" and word in _HOLDERS and i - 1 > heads[0]:
            # "Senate Armed Services Committee for Chairman McCain", "... Committee on the Judiciary for Ranking
            # Member Grassley": staff for an office holder
            words = words[: i - 1]
            break
        if word not in _CUT_TITLES:
            continue
        if i == len(words) - 1 and word == "Counsel" and before == "General" and _ends_a_body(words[: i - 1]):
            words = words[: i - 1]  # "Department of Energy General Counsel": the office after the body
            break
        if before in CONNECTORS or before in TITLE_WORDS or before in _OFFICE_OPENERS or not KIND_BY_HEAD.keys().isdisjoint(words[i:]):
            continue
        if i == len(words) - 1 and word not in _QUALIFYING_TITLES and not (word in _HEADS_OF_BODIES and _ends_a_body(words[:i])):
            continue  # "Office of the United States Trade Representative": an office names the body
        words = words[:i]
        break
    # A word cut off by punctuation: "Board of Directors of Water.org", "Committee on U.S. public diplomacy".
    end = position + len(" ".join(words)) if text.startswith(" ".join(words), position) else -1
    if end > 0 and len(words) > 2 and (
        _CUT_WORD.match(text, end) or "." in words[-1] and not words[-1].endswith(".") and _ABBREVIATION_ENDS.match(text, end)
    ):
        words = words[:-1]
    while words and words[-1] in CONNECTORS:
        words.pop()
    if words and words[-1] not in KIND_BY_HEAD and len(words) > 2 and words[-2] == "and" and end > 0 and end == position + len(name):
        # "Department of Health and Human services": the text wrote the head word in lower case
        after = _LOWER_WORD.match(text, end)
        if after and after.group(1).capitalize() in KIND_BY_HEAD:
            words.append(after.group(1))
    if not any(w in KIND_BY_HEAD for w in words):
        return ""
    return " ".join(words)


def _ends_a_body(words: list[str]) -> bool:
    """"Department of State" before "Chair": a head word and its topic, not a body named after an office ("Office of
    Special Counsel", "Office of the ... Trade Representative")."""
    heads = [i for i, w in enumerate(words) if w in KIND_BY_HEAD]
    return bool(heads) and words[heads[-1]] != "Office" and words[heads[-1] + 1 : heads[-1] + 2] in (["of"], ["on"]) and (
        "the" not in words[heads[-1] :]
    ) and words[-1] not in CONNECTORS and not words[-1].endswith(("ic", "al"))  # "Council of Economic Adviser"


def names_a_programme(text: str, name: str, position: int) -> bool:
    """Is `name` a programme, or a head word modifying something else ("Clean School Bus", "Lead Service Lines")?"""
    words = name.split(" ")
    if words[-1] == "Program" and words[0] != "Office":
        return True  # "Department of Commerce Recompete Distressed Area Pilot Program"
    if not text.startswith(name, position):
        return False
    end = position + len(name)
    if words[-1] in _MODIFIER_HEADS and "of" not in words and _PROGRAMME_NAME_AFTER.match(text, end):
        return True
    if "of" in words or "for" in words or len(words) > 4:
        return False
    if len(words) > 1 and _PROGRAMME_AFTER.match(text, end):
        return True  # "the First Lady’s Joining Forces initiative": a programme
    if text[max(0, position - 3) : position] in (" a ", "an ") and _CLAUSE_AFTER.match(text, end) and (
        KIND_BY_HEAD.get(words[-1]) == "other" or words[-1] in _WEAK_HEADS
    ):
        return True  # "to develop a Datacenter Academy that ...", "a Hispanic Serving Institution": a kind of body
    if words[-1] not in _WEAK_HEADS:
        return False
    if _NOUN_AFTER.match(text, end) or "on" not in words and _PEOPLE_AFTER.match(text, end):
        return True  # "Caregiving Service members", "the Joining Forces initiative", "Transitioning Service Women"
    return len(words) > 1 and f" {name.lower()} " in text  # "clean school buses": a common noun phrase
