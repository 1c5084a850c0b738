"""Named organisations: government bodies, legislatures, parties, militaries, companies, international bodies.

Plain Python. An organisation is a run of capitalised words (joined by "of",
"for", "and", "&", ...) that contains an organisation word — "National
Security Bureau", "Legislative Yuan", "Ministry of National Defense",
"University of Utah", "Winston & Strawn LLP" — trimmed of the office or
person written around it, or a well-known acronym. An acronym defined in
brackets, or whose letters are the initials of a name in the same article,
is that organisation, not another. Names without an organisation word are
taken where the text says they are bodies (organisation_context: lists of
bodies, appositives) or knows them (known_organisations).

This module reads the text in order; the work is shared out: the shape of a
name in a capitalised run (organisation_shapes), whether a name is a body
(organisation_vetting), recording it with what is written around it
(organisation_record), cues outside the runs (organisation_cues,
organisation_context) and folding two ways of writing one body
(organisation_merging).
"""

from __future__ import annotations

import bisect
import re

from articles.extraction.known_organisations import KNOWN_ORGANISATIONS, KNOWN_SHORT_FORMS
from articles.extraction.organisation_merging import (
    abbreviates as _abbreviates,
    canonical as _canonical,
    drop_demonyms,
    merge_same_bodies,
    spelled_out as _spelled_out,
)
from articles.extraction.organisation_registry import is_listed
from articles.extraction.organisation_terms import (
    KIND_BY_HEAD,
    SINGLE_NAMES,
    KIND_BY_ACRONYM,
    LEADING as _LEADING,
    TITLE_WORDS as _TITLE_WORDS,
    PRESIDENTS as _PRESIDENTS,
    OFFICE_OWNERS as _OFFICE_OWNERS,
    PLURAL_OWNERS as _PLURAL_OWNERS,
    HEADISH as _HEADISH,
    MEDIA_HEADS as _MEDIA_HEADS,
)
from articles.extraction.organisation_record import FoundOrganisation, Collector
from articles.extraction.organisation_shapes import (
    RUN,
    SINGLES,
    LOWER_AFTER_HYPHEN,
    NOT_PLACE_WORDS,
    split_run,
    locate,
    word_starts,
    clean_name,
)
from articles.extraction.organisation_cues import (
    COMPANY_CUES, MISSION_PREFIX, MISSION_TO, NAMED_BEFORE, COUNTRY_MISSION, known_names, local_governments,
    FIRM, NOT_FIRMS, FIRM_WORD, country_joined, special_districts, typed_bodies,
)
from articles.extraction.organisation_context import (
    SPELLED_ACRONYMS, defined_otherwise, described_organisations, listed_organisations, spelled_acronyms,
)
from articles.extraction.name_terms import PLACES
from articles.extraction.organisation_media import outlets
from articles.extraction.organisation_bio_cues import law_firms
from articles.extraction.organisation_employers import employers
from articles.extraction.organisation_extents import listed_committee, purpose_after
from articles.extraction.organisation_vetting import MEMBERS_AFTER, event_host, street_after

__all__ = ["FoundOrganisation", "KIND_BY_HEAD", "clean_name", "find_organisations"]

_LISTS_FOLLOW = re.compile(
    r"\b(?:Committee|Subcommittee|Bureau|Office|Department|Division|Commission|Council|Caucus|Center|Institute|"
    r"Federation|Union|Brotherhood|Association|Administration|Academy|Agency|Authority|Foundation|Alliance|Coalition|"
    r"Society|Organization|Board|Panel|Forum|Service) "
    r"(?:on|of|for) [^,]*$"
)
# "Committee on Banking, Housing, and Urban Affairs", "... Banking, Housing, & Urban Affairs"
_LISTED_TAIL = re.compile(r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+,? (?:and|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")
# A run is read if it has one of these words.
_READ = _HEADISH | SINGLES
# A platform used as a medium ("ads will run on Facebook, Twitter, and Reddit"): the text names where, not who (clar. 50).
_PLATFORMS = (
    "Facebook|Instagram|WhatsApp|YouTube|Twitter|TikTok|Snapchat|LinkedIn|Pinterest|Reddit|Twitch|Threads|Spotify|Viber|"
    "WeChat"
)
_PLATFORM_NAMES = frozenset(_PLATFORMS.split("|"))
# "ads will run on Facebook", "social media including Facebook, WhatsApp and Viber were blocked": the medium
_ON_PLATFORMS = re.compile(
    rf"\b(?:on|across|via|took to|taken to|(?:on|via|to) (?:the )?(?:social networking|social media) (?:site|website|platform)|"
    rf"social media(?: sites| platforms| apps)?,? (?:including|such as|like))\s+"
    rf"(?:(?:{_PLATFORMS})(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*\Z"
)
# A platform naming an account or a post, not acting: "his Twitter account", "the FAA’s official Twitter account",
# "[Instagram post]", not "Twitter posts profit"
_OWNED_USE_BEFORE = re.compile(
    r"(?:\b(?i:his|her|their|its|my|our|your|a|an|the|many|several|some|other|official|verified|multiple)\s+|[\[(]|[’']s\s+)\Z"
)
_PLATFORM_USE_AFTER = re.compile(r" (?:accounts?|feeds?|posts?|pages?|handles?|followers|messages?|profiles?|users?)\b")
_PLACE_AFTER_OF = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")
_PROGRAMME_AFTER = re.compile(r" (?:program|programme|programs|initiative|project|app|platform|website)\b")
_COMPANY_SUFFIX = re.compile(r",? (?:PBC|Inc\.|LLC|plc|Corp\.|Corporation|Company)\b")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\. ")
_OFFICE_AFTER = re.compile(
    r" (?:President|Chairman|Chairwoman|Chair|CEO|Executive Director|Vice President|Director|Spokesperson|Spokesman)"
    r" [A-Z][a-z]"
)
# Words that open no outlet's name: "The", "Former", offices, "Operation Sentinel".
_NOT_OUTLET_WORDS = _LEADING | _TITLE_WORDS | _PRESIDENTS | {"Operation", "Federal", "National"}
# A guest list's "and spouse": "... U.S. Department of Energy & Mr. Daniel Mulhern", "... & The Honorable Lael Brainard",
# "Mr. Jamie Dimon & Mrs. Judith Dimon": the run ends before it, so no body and no firm ("Dimon & Mrs") is read from it.
_GUEST_AFTER = re.compile(r" & (?i:mrs?|ms|miss|mx|dr|the)\b")
_JOINING = re.compile(r"^[ ,]*(?:(?:and|the|&) )*")
_HOUSE_AS_PLACE = re.compile(r" (?:floor|chamber|gallery|galleries)\b")  # "from the House floor": a room


class _Intervals:
    """Is a position inside one of these (start, end) spans? Sorted once, bisected per question."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._bisect = bisect.bisect_right
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def contains(self, position: int) -> bool:
        i = self._bisect(self._starts, position) - 1
        return any(s <= position < e for s, e in self._spans[max(0, i - 3) : i + 1])


def _spelled_as(acronym: str, text: str, found: dict, spelled: dict[str, bool]) -> bool:
    """Is the known `acronym` spelled out in brackets as something else (looked up once per text)?"""
    if acronym not in spelled:
        spelled[acronym] = f" ({acronym}" in text and defined_otherwise(text, acronym, found)
    return spelled[acronym]


def find_organisations(text: str, countries: set[str] | None = None) -> list[FoundOrganisation]:
    """Organisations named in `text`, with counts. `countries` are names not to take for organisations."""
    countries = countries or set()
    collector = Collector(text, countries)
    found, acronyms, taken = collector.found, collector.acronyms, collector.taken
    add, _record, _house = collector.add, collector.record, collector.house

    # "U.S. Mission to the United Nations": a body whose name holds another is listed as itself only.
    missions = []
    for mission in MISSION_TO.finditer(text) if "Mission to " in text else ():
        prefix = MISSION_PREFIX.search(text, max(0, mission.start() - 24), mission.start())
        begin = prefix.start() if prefix else mission.start()
        # The body the mission is to ends before an office ("... to the European Union and Consul General ...");
        # it is a body if it has a head word or is a known name ("Organization for Economic Cooperation and
        # Development", "NATO").
        to = mission.group("to").split(" ")
        if to[-1].endswith(("’s", "'s")):
            to[-1] = to[-1][:-2]  # "the U.S. Mission to the International Atomic Energy Agency’s staff"
        cut = next((i for i, word in enumerate(to) if word in _TITLE_WORDS or word == "Consul"), len(to))
        while cut and to[cut - 1] in {"and", "of", "for"}:
            cut -= 1
        if not any(w in KIND_BY_HEAD for w in to[:cut]) and " ".join(to[:cut]) not in KNOWN_ORGANISATIONS:
            cut = 0
        if cut:
            end = mission.start("to") + len(" ".join(to[:cut]))
            name = text[begin:end]
            _record(name, "government", begin)
            missions.append((begin, end))
    in_mission = _Intervals(missions) if missions else None

    # Runs are listed by the regex engine; only the few with an organisation word are located and read.
    # The one-word names and acronyms known beforehand are words of these runs too.
    cursor = joined_end = 0
    singles: list[tuple[int, str]] = []
    run_words: set[str] = set()  # every word of the runs, for the well-known names below
    for run in RUN.findall(text):
        if "-" in run:
            joined = LOWER_AFTER_HYPHEN.search(run)
            if joined and run[run.rfind(" ", 0, joined.start()) + 1 : joined.start()] in _READ:
                run = run[: joined.start()]  # "Food and Drug Administration-approved": the name ends at the hyphen
        if " & " in run and (spouse := _GUEST_AFTER.search(run)):
            run = run[: spouse.start()]  # "Secretary of Energy, U.S. Department of Energy & Mr. Daniel Mulhern"
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
            read = read or not SINGLES.isdisjoint(possessive)
        if not read:
            if "&" in run:
                firm = FIRM.search(run)
                if firm and firm.group(0) not in NOT_FIRMS and _TITLE_WORDS.isdisjoint(firm.group(0).split()) and not any(
                    word_starts(text, w.lower()) for w in FIRM_WORD.findall(firm.group(0))
                ) and not country_joined(run[: firm.start()].split(), firm.group(0), countries):
                    # "Winston & Strawn", "Ernst & Young", "J&J": surnames joined by "&" name a firm, where
                    # "Research & Development" is made of ordinary words the text also writes in lower case.
                    position = locate(text, firm.group(0), cursor)
                    if text[max(0, position - 4) : position] != " on ":  # "Committee on Ways & Means"
                        _record(firm.group(0), "company", position)
            continue  # no organisation word, no organisation name
        run_start = locate(text, run, cursor)
        cursor = run_end = run_start + len(run)
        if run_start < joined_end:  # the last item of a list, read with the name before it
            if run_end <= joined_end:
                continue
            rest = _JOINING.sub("", text[joined_end:run_end])  # "... Committee and the U.S. Department of Labor"
            run_start, run = run_end - len(rest), rest
            parts = run.split(" ")
            possessive = []
        if text.startswith(", ", run_end):
            listed = listed_committee(text, run_end, run)
            if listed:  # "Senate Agriculture, Nutrition, and Forestry Committee"
                joined_end = run_end + listed
                run, parts = run + text[run_end:joined_end], (run + text[run_end:joined_end]).split(" ")
                run_end = joined_end
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
            if run in SINGLES:
                singles.append((run_start, run))
            elif possessive and possessive[0] in SINGLES:
                singles.append((run_start, possessive[0]))  # "the EU’s plan"
            if run not in _HEADISH:
                continue
        elif not SINGLES.isdisjoint(parts) or possessive and not SINGLES.isdisjoint(possessive):
            offset = 0
            for word in parts:
                if word in SINGLES:
                    singles.append((run_start + offset, word))
                elif word[-2:] in ("’s", "'s") and word[:-2] in SINGLES:
                    singles.append((run_start + offset, word[:-2]))  # "USAID’s CATALYZE programme"
                offset += len(word) + 1
            if _HEADISH.isdisjoint(parts):
                continue
        if text.startswith(" to ", run_end) and not run.endswith(("’s", "'s")):
            run += text[run_end : run_end + purpose_after(text, run_end, run)]  # "Global Coalition to Defeat ISIS"
        if run.endswith(("’s", "'s")):
            run = run[:-2]  # "the European Union’s resolution", "the Global Coalition to Defeat ISIS’s members"
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
        if sep and " to " not in owner and not KIND_BY_HEAD.keys().isdisjoint(owner.split()) and owner.split()[-1] not in _OFFICE_OWNERS and (
            owner.split()[-1] not in _PLURAL_OWNERS
        ):
            # "Harvard University’s Senior Executives Fellows program": the owner is named on its own.
            for name, offset in split_run(owner):
                add(name, run_start + offset)
            owned_start = len(owner) + len(sep)
            for name, offset in split_run(run[owned_start:]):
                add(name, run_start + owned_start + offset)
        else:
            for name, offset in split_run(run):
                add(name, run_start + offset)
        if "House" in words:
            _house(run, run_start)

    # "Asia-Pacific Economic Cooperation (APEC)": a grouping of states spelled out before its acronym.
    for name, start, kind in spelled_acronyms(text) if not SPELLED_ACRONYMS.isdisjoint(run_words) else ():
        if name not in countries:
            _record(name, kind, start)

    # "City of Minneapolis", "State of Hawai‘i": a local government named as a body (an employer, a party).
    for local in local_governments(text, run_words):
        place = local.group("place")
        if place not in countries and NOT_PLACE_WORDS.isdisjoint(place.split()) and KIND_BY_HEAD.keys().isdisjoint(
            place.split()
        ) and text[local.end() : local.end() + 1] not in "-’'" and not NAMED_BEFORE.search(text, max(0, local.start() - 40), local.start()):
            _record(local.group(0), "government", local.start())

    for name, start in special_districts(text, run_words):
        name = clean_name(name)  # "The Los Angeles Unified School District"
        if name.count(" ") > 1:
            found.pop(name[: -len(" District")], None)  # "River Valley School" was read from its head word
            _record(name, "government", start + text[start:].find(name))

    # "WFTV-TV", "Augusta Chronicle", "-   Reading Eagle (Reading, PA): ...": outlets named by their shape.
    for name, start in outlets(text, _NOT_OUTLET_WORDS, countries):
        if name not in found and not any(s <= start < e for s, e in taken) and (
            KIND_BY_HEAD.keys().isdisjoint(name.split()) or not _MEDIA_HEADS.isdisjoint(name.split())
        ):
            _record(name, "company", start)

    # "USAID Senegal": the agency’s mission in a country, a sub-unit named as itself.
    for mission in COUNTRY_MISSION.finditer(text) if "USAID" in run_words else ():
        if mission.group("country") in countries:
            _record(mission.group(0), "government", mission.start())

    for cue in (cue for pattern in COMPANY_CUES for cue in pattern.finditer(text)):
        name = clean_name(_SENTENCE_END.split(cue.group("name"), 1)[0])  # "... Frost Science Museum. He is"
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

    # "Danish newspaper Jyllands-Posten", "Veja, a magazine,": a body the text says what it is of.
    read_already = _Intervals(taken)
    for raw, kind, start in typed_bodies(text):
        parts = raw.split(" and ")
        if len(parts) > 1 and any(part in countries for part in parts[:-1]):
            start += len(raw) - len(parts[-1])  # "Bolivia, Venezuela and Cuba and Mercosur, an economic union"
            raw = parts[-1]
        elif len(parts) > 1 and parts[1].split(" ", 1)[0] in countries:
            raw = parts[0]  # "British firm Serco and American defence contractor Lockheed Martin"
        name = clean_name(raw)
        words = name.split()
        if (
            not words
            or name in found
            or name in countries
            or read_already.contains(start)
            or words[0] in _PRESIDENTS
            or not _TITLE_WORDS.isdisjoint(words)
            or words[0] in _LEADING
            or words[0] in NOT_PLACE_WORDS
            or name in PLACES
        ):
            continue
        _record(name, kind, start + raw.find(name))

    # "a partner at the law firm Greene Espel": a firm the biography says is one.
    for name, start in law_firms(text, PLACES, _LEADING):
        if name not in found and name not in countries and not any(s <= start < e for s, e in taken):
            _record(name, "company", start)

    # "a Vice President at Argus Insight", "held roles at Microsoft and Salesforce": where a biography says one works.
    for name, start in employers(text, PLACES, countries, _LEADING):
        if event_host(name) == "":
            continue  # "served at the Battle of the Bulge", "Remarks ... at I-10 Freeway Reopening Announcement": events
        if name not in countries and not any(name in other or other in name for other in found) and not any(
            s <= start < e for s, e in taken
        ):
            _record(name, "other", start)

    # Well-known companies, outlets, universities and international bodies named without an organisation word.
    covered = _Intervals(taken)
    recorded = len(taken)
    for known in known_names(text, run_words):
        if covered.contains(known.start):
            # "The Times of India": the run stopped before "of India" (a country), the known name goes on
            head = known.text.split(" of ", 1)[0]
            if head == known.text or head not in found or not text.startswith(head, known.start):
                continue
            if found[head].count > 1:
                found[head].count -= 1
            else:
                found.pop(head)
        after = text[known.end : known.end + 2]
        suffix = _COMPANY_SUFFIX.match(text, known.end)
        if suffix:
            known = known._replace(end=suffix.end(), text=known.text + suffix.group(0))
        elif after[:1] == "-" or after[:1] == " " and (after[1:2].isupper() or after[1:2].isdigit()) and not (
            _OFFICE_AFTER.match(text, known.end)  # "United Steelworkers President David McCall": the body, then an office
        ) or after[:1] in "’'" and text[known.end + 1 : known.end + 3] != "s ":
            continue  # "Harvard-educated", "ABC This Week": part of something else
        if _PROGRAMME_AFTER.match(text, known.end):
            continue  # "the AmeriCorps program": a programme named after the body
        if known.text == "Fed" and text.startswith(". Reg", known.end):
            continue  # "86 Fed. Reg. 38816": a citation of the Federal Register, not the Federal Reserve
        if known.text in _PLATFORM_NAMES and (
            _ON_PLATFORMS.search(text, max(0, known.start - 80), known.start)
            or _PLATFORM_USE_AFTER.match(text, known.end) and _OWNED_USE_BEFORE.search(text, max(0, known.start - 16), known.start)
        ):
            continue  # "on Facebook, Twitter, Pinterest", "his Twitter account": where something is posted
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
    # Bodies the text says are bodies: listed with other bodies or after "companies such as", or described so.
    def recognised(name: str) -> bool:  # a body already found, or one found inside this name
        return name in found or name in KNOWN_ORGANISATIONS or name in SINGLES or name in acronyms or any(
            other in name for other in found
        )

    for name, start in [
        *listed_organisations(text, recognised, countries, PLACES),
        *described_organisations(text, countries, PLACES),
    ]:
        if not recognised(name) and not any(name in other for other in found) and not covered.contains(start):
            _record(name, "other", start)
    # "the House" is the House of Representatives; one-word names and known acronyms.
    if len(taken) != recorded:
        covered = _Intervals(taken)
    singles += [
        (start + 4, "the House") for start in word_starts(text, "the House")
        if text[start + 9 : start + 12] != " of" and not _HOUSE_AS_PLACE.match(text, start + 9)
    ]
    for acronym in acronyms.keys() - KIND_BY_ACRONYM.keys() - SINGLE_NAMES.keys():
        singles += [(start, acronym) for start in word_starts(text, acronym)]
    targets: dict[str, str | None] = {}
    spelled: dict[str, bool] = {}
    for start, word in sorted(singles):
        if covered.contains(start):
            continue
        if street_after(text, start + len(word)):
            continue  # "on Congress Street": a street named after the body
        if MEMBERS_AFTER.match(text, start + len(word) - (4 if word == "the House" else 0)):
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
            elif word in KIND_BY_ACRONYM and _spelled_as(word, text, found, spelled):
                continue  # "a Project Labor Agreement (PLA)": the letters are that, no body
            else:
                _record(word, SINGLE_NAMES.get(word) or KIND_BY_ACRONYM.get(word, "other"), start)
    for name in [n for n in found if n.split()[-1] in _MEDIA_HEADS and " of " not in n]:
        # "The Times of Malta": a paper named for its country, which the run left out
        at = text.find(f"{name} of ")
        while at >= 0:
            place = _PLACE_AFTER_OF.match(text, at + len(name) + 4)
            if place and place.group(0) in countries and f"{name} of {place.group(0)}" not in found:
                body = found.pop(name)
                body.name = f"{name} of {place.group(0)}"
                found[body.name] = body
                break
            at = text.find(f"{name} of ", at + 1)
    drop_demonyms(found, countries, is_listed)
    merge_same_bodies(found, acronyms)
    return list(found.values())

