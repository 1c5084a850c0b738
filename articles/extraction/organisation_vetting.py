"""Is a name cut from a capitalised run a body, and which bodies does it name? "the Legislative Yuan’s Foreign
Affairs ... Committee" names two, "Board of Directors of the Export-Import Bank" the latter, "the Biden-Harris
Administration", "Task Force" or "Hudson Tunnel Project" none. Plain Python, no Django.
"""

from __future__ import annotations

import re

from articles.extraction.name_terms import HEADLINE_VERBS, PLACES
from articles.extraction.titles import PORTFOLIO_PATTERN
from articles.extraction.known_organisations import FEDERAL_ACRONYMS
from articles.extraction.organisation_merging import US_PREFIX as _US_PREFIX
from articles.extraction.organisation_terms import (
    KIND_BY_HEAD,
    SINGLE_NAMES,
    KIND_BY_ACRONYM,
    TITLE_WORDS as _TITLE_WORDS,
    OFFICE_OWNERS as _OFFICE_OWNERS,
    PLURAL_OWNERS as _PLURAL_OWNERS,
    NOT_ORGANISATIONS as _NOT_ORGANISATIONS,
    AGENCY_WORDS as _AGENCY_WORDS,
    GENERIC_QUALIFIERS as _GENERIC_QUALIFIERS,
    PORTFOLIO_PHRASES as _PORTFOLIO_PHRASES,
    PLURAL_HEADS as _PLURAL_HEADS,
    MEDIA_HEADS as _MEDIA_HEADS,
    WORKS_WORDS as _WORKS_WORDS,
    DESCRIBED_COMPANY_HEADS as _DESCRIBED_COMPANY_HEADS,
    HEADING_GERUNDS as _HEADING_GERUNDS,
    PRONOUNS as _PRONOUNS,
)
from articles.extraction.organisation_shapes import HOUSE, WHITE_HOUSE_EVENT, word_starts, clean_name
from articles.extraction.organisation_trimming import names_a_programme, trim_name

# A department with a portfolio of a word or two, then "and" and a body whose first word starts bodies' names, not a
# portfolio's next word ("Department of Health and Human Services" stays one).
_DEPARTMENT_AND_BODY = re.compile(
    r"((?:U\.S\. )?Department of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?) and "
    r"((?:Federal|National|U\.S\.|United States|Internal|Office|Bureau) [A-Z].*)"
)
# People of a body, written before it: what follows "of" is the body.
_MEMBERS_OF = re.compile(
    r"^(?:Senior )?(?:Counselors|Counsellors|Councilors|Commissioners|Members|Trustees|Fellows|Governors|Directors)"
    r" (?:of|for|at) (?:the )?(?=[A-Z])"
)
# An award's praise before "Service" ("Meritorious Service", "Superior Civilian Service") starts no body's name.
_PRAISE = frozenset("Meritorious Superior Outstanding Exemplary Distinguished".split())
# Nor does a President and what a title-case headline says he does ("President Donald J. Trump Reinstates ...");
# a body after "the" or "and" in it is still one.
_BODY_AFTER_PRESIDENT = re.compile(r" (?:the|and) (?=[A-Z])")
# Bodies of another body, named before it: the organisation listed is the latter.
_GENERIC_BODY_OF = re.compile(
    r"^(?:(?:Advisory |Governing )?Board(?: of (?:Directors|Trustees|Governors|Advisors|Advisers|Visitors))?|"
    r"(?:Deputy )?(?:Chief of )?Mission|Executive Committee|Steering Committee)"
    r" (?:of|for|at) (?:the )?(?=[A-Z])"
)
# "Face the Nation": a capitalised word then "the" without a preposition is a title, not a body's name. A building, a
# room or a grounds is a place. A name ending in "Act" is a law's title ("Emergency Medical Services for Children
# Reauthorization Act"), unless a body is named under it ("Committee on Practice and Procedure Under the National Labor
# Relations Act").
_NOT_A_NAME = re.compile(r"^[A-Z]\w+ the |(?:Building|Room|Hall|Garden|Lawn|Plaza|Park)$|^(?!.* Under the ).* Act$")
# Words naming what a government fund pays for: "Capital Projects Fund" is a programme.
_PROGRAMME_FUND_WORDS = frozenset(
    "Project Projects Program Programs Recovery Connectivity Relief Response Resilience Revolving Trust Revitalization "
    "Reduction Stabilization Loan Grant Grants Innovation Infrastructure Investment Pandemic Victims Exposures "
    "Compensation Career Futures Intermediary Technology Incentive Acceleration Adaptation Transition Assistance "
    "Preservation Transformation Gigaton Energy".split()
)
# Bodies that, bare, describe rather than name: after "of the" they complete the name before them.
_DESCRIBED_BODIES = frozenset(["Armed Forces", "Armed Services", "Military Services", "Uniformed Services"])
_COLLEGE_OF_UNIVERSITY = re.compile(r"((?:[A-Z][\w’'.-]* )+College) of ((?:[A-Z][\w’'.-]* )+University)")
_BODY_CONFERENCE = re.compile(r"(UN|U\.N\.|United Nations)(?: [A-Z][\w-]*)+ Conference(?: of the Parties)?")
_PARENT_DEPARTMENT = re.compile(
    rf"(?:U\.S\. |United States )?(?:Department|Ministry) of (?:the )?(?:{PORTFOLIO_PATTERN}) (?=[A-Z])"
)
_LEADING_THE = re.compile(r"^the ")
# Words before a body's name that say whose or when, not which: "Improves Social Security Administration" (a
# heading's verb), "Biden Justice Department", "Biden-era Navy", "Biden Administration Federal Aviation Administration",
# "Republican Senate Budget Committee", "FY2027 Air Force", "Automaker Stellantis".
_NOT_THE_NAMES_START = re.compile(
    rf"(?:(?:{'|'.join(sorted(HEADLINE_VERBS))})|(?:Biden|Obama|Trump|Clinton|Bush)(?:-era)?(?= (?:\w+ )*(?:Department|Treasury|Navy|Army|Commission|Agency|Bureau)\b)"
    r"|(?:Biden|Obama|Trump|Clinton|Bush)(?:-Harris|-Biden)? Administration(?= (?:\w+ )*(?:Administration|Department|Agency)\b)"
    r"|(?:Republican|Democratic|GOP)(?= (?:Senate|House)\b)|FY ?\d{2,4}|[A-Z][a-z]+maker"
    # "the Fourth National Climate Task Force Meeting", "the October ... Task Force": which meeting of the body
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)|January|February|March|April|"
    r"June|July|August|September|October|November|December)(?= (?:[A-Z]\w+ )*(?:Task Force|Council|Cabinet)\b)"
    r") (?=[A-Z])"
)
MEMBERS_AFTER = re.compile(r" (?:Republicans|Democrats|GOP)\b")
_NATIONAL = re.compile(r"(?:U\.S\.|United States|National|Federal|American) ")
_DEGREE_BEFORE = re.compile(r"\b(?:Master|Masters|Master’s|Bachelor|Bachelor’s|Doctor|Doctorate) of (?:the )?$")
_FULL_BOARD = re.compile(r"(?:Advisory |Governing )?Board of (?:Directors|Trustees|Governors|Advisors|Advisers|Visitors) ")
# Adjectives that, before a head word, describe a whole industry or the press: "Big Pharma", "Fake News".
_SWEEPING_ADJECTIVES = frozenset("Big Fake Mainstream Lamestream Legacy Corrupt Failing Dishonest".split())
# Prepositions only a title-case heading capitalises inside a phrase; no body's name has them.
_TITLE_CASE_PREPOSITIONS = frozenset("Among Across Within Through Into Amid Toward Towards Beyond".split())
# Units named by a number after the head word: "Carrier Strike Group 9", "Combined Task Force 153".
_NUMBERED_HEADS = frozenset("Force Fleet Brigade Division Group Wing Squadron Battalion".split())
_UNIT_NUMBER = re.compile(r" (\d{1,3}(?:-\d{1,3})?)(?!\w|[,.:/%-]\w| percent| million| billion| countries| nations)")
_INNER_CONNECTORS = frozenset("of for and the & a an".split())
_PANEL_HEADS = frozenset("Committee Subcommittee Board".split())
# Plural people whose possessive is part of a body's name: "Players’ Association", "Veterans’ Affairs".
_PEOPLE = frozenset(
    "Veterans Judges Players Workers Members Bishops Governors Mayors Chiefs Officers Farmers Teachers Nurses "
    "Employees Attorneys Sheriffs Lawyers Students Parents Families Seniors Citizens Americans Peoples".split()
)
_HOUSED_AT = re.compile(r",? at (?:the )?[A-Z]")
# Adjectives a heading puts before "Investments" or "Systems" that the text may never write in lower case.
_DESCRIBING_WORDS = frozenset("National Federal Private Public New Historic Additional Record Clean Multi-Billion".split())
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}s?")
_COUNTRY_MINISTRY = re.compile(r"([A-Z][a-z]+(?: (?!Foreign\b)[A-Z][a-z]+)?|UK|U\.K\.) (?=(?:Foreign )?Ministry\b)")
# A word joined to a participle: "Republican-led", "Department of Energy-provided", "Washington-based".
_PARTICIPLE_WORD = re.compile(
    r"(?:^| )[\w’'.]+-(?:led|provided|managed|funded|backed|sponsored|supported|owned|run|operated|based|affiliated|"
    r"aligned|controlled)(?= |$)"
)
# What an "Authority" is when it is a power given by law, not a body: "Hiring Authority", "Administrative Authority".
_LEGAL_POWERS = frozenset(
    "Hiring Appointment Administrative Statutory Legal Direct-Hire Procurement Contracting Waiver Borrowing Lending "
    "Rulemaking Tariff Sanctions Spending Detention Parole".split()
)
_VENUE_WORDS = frozenset("Auditorium Ballroom Arena Stadium Airport Hotel Exhibition".split()) | {"Convention"}


# "Investments" after a headline's or a policy's words is what was invested, not a firm ("Ariel Investments", "HBJ
# Investments"): three words or more before it, a verb's form, or a word of policy or scale.
_INVESTMENTS_PHRASE = re.compile(
    r"^(?:\S+ ){3,}Investments$|\b(?:\w+ing|\w+ed|\w+s|\w+’s|Private|Sector|Act|Law|Major|New|Federal|Health|ESG|Record|"
    r"Historic|Climate|Energy|Development|Administration|Infrastructure)\b(?= )"
)


# Events named in remarks' titles and lines, not bodies (guidelines): a service, a ceremony, a change of command, a
# reopening announced, a virtual or annual conference, a holiday party, a battle; and a law's title ("Act To Award ...").
_EVENT = re.compile(
    r"\b(?:(?:Memorial|Commemorative|Funeral|Homegoing|Prayer|Worship) Service\b.*|Change of Command$"
    r"|(?:Announcement|Reopening|Ceremony|Ceremonies|Commemoration|Vigil|Luncheon|Meeting|Convening)$"
    r"|(?:Virtual|Issues|Annual)\b.*\bConference$"
    # a conference named for what it is about or raises: "Ukraine Recovery Conference", "Ocean Conference",
    # "Seventh Replenishment Conference", "Press Conference" (not "Leadership Conference", "House Republican Conference")
    # ("the UN Climate Change Conference" names the UN: read below)
    r"|^(?!(?:UN|U\.N\.|United Nations) ).*\b(?:Climate|Change|Ocean|Replenishment|Recovery|Implementation|Press"
    r"|Empowerment|AIDS|Tech|Finance) Conference$"
    r"|(?:Holiday|Christmas|Hanukkah|Diwali|Birthday|Garden|Block|Watch) Party$)"
    r"|^Act [Tt]o |^Battle of "
)


def event_host(name: str) -> str | None:
    """None when `name` names no event; else the body holding the event, or "" for none. "Memorial Service of Senator
    Robert J. Dole", "Battle of the Bulge": events; "U.S. Coast Guard Change of Command", "National Association of
    Counties Annual Conference": the body whose event it is, then the event."""
    event = _EVENT.search(name)
    if not event:
        return None
    host = name[: event.start()].rstrip()
    return host if host and host.split()[-1] in KIND_BY_HEAD else ""


# A heading over a list of judicial nominees, U.S. Attorneys or Marshals: "United States District Court
# Announcements" names the kind of post, no body ("Department of Homeland Security Announcements" still does).
_HEADING_AFTER = re.compile(r" (?:Announcements?|Nominees|Nominations)[ \t]*(?:\n|\Z)")
_POSTS_OF_NOMINEES = re.compile(r"\b(?:Courts?|Attorneys?|Marshals?)$")


# A hospital, clinic or office of the Department of Veterans Affairs, named for its place or (by a law) for a person:
# a facility, not a body (clarification 93); none of the 4,500 labelled texts lists one, 13 were extras.
_VETERANS_FACILITY = re.compile(
    r"(?:\S.* )?(?:VA|Veterans Affairs|Department of Veterans Affairs)(?: [A-Z][\w-]*)*"
    r" (?:Medical Center|Clinic|Outpatient Clinic|Regional Office|Community Living Center|Health Care Center|Vet Center"
    r"|Hospital)"
)


# A street named after a body: "on Congress Street", "Senate Avenue", "Parliament Square".
_STREET = re.compile(r"(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Blvd\.|Square|Drive|Lane|Plaza)\b")


def street_after(text: str, end: int) -> bool:
    """Is the name ending at `end` a street's ("Congress Street")?"""
    return text[end : end + 1] == " " and _STREET.match(text, end + 1) is not None


def add_name(collector, raw: str, start: int) -> None:
    """Record the bodies `raw`, a name cut from a capitalised run at `start`, names (none if it is not one)."""
    text, countries, taken, venues = collector.text, collector.countries, collector.taken, collector.venues
    add, _record = collector.add, collector.record
    if _STREET.match(raw.rsplit(" ", 1)[-1]) or street_after(text, start + len(raw)):
        return
    if _POSTS_OF_NOMINEES.search(raw) and _HEADING_AFTER.match(text, start + len(raw)):
        return
    members = _MEMBERS_OF.match(raw)
    if members:  # "Counselors of McLarty Associates", "Commissioners of the Port Authority of ...": the body is the latter
        raw, start = raw[members.end() :], start + members.end()
    first, last = raw.split(" ", 1)[0], raw.rsplit(" ", 1)[-1]
    # "President Trump’s Department of ..." is read below
    leader = (first == "President" or raw.startswith("Vice President ")) and "’s " not in raw and "'s " not in raw
    if (
        leader
        or first in _PRAISE and last in {"Service", "Award", "Honor", "Medal"}  # not "Superior Court of California"
        or raw.startswith("Police for ")
    ):
        # "President Donald J. Trump Establishes the Department of ...", "President and National Economic Council":
        # the body after "the" or "and"
        after = _BODY_AFTER_PRESIDENT.search(raw) if leader else None
        if after:
            add_name(collector, raw[after.end() :], start + after.end())
        return
    if "s’ " in raw and _owner_and_owned(collector, raw, start):
        return
    owner, sep, owned = raw.rpartition("’s ") if "’s " in raw else raw.rpartition("'s ")
    if sep and (
        " to " in owner  # "Coalition to Protect America’s National Parks": the possessive is inside the purpose
        or
        owner.split()[-1] in _OFFICE_OWNERS and (owned.split()[0] in KIND_BY_HEAD or owned.startswith("Task Force "))
        or owner.split()[-1] in _PLURAL_OWNERS
        # "St John’s University", "Queen’s College": a saint's or a sovereign's name is the body's own
        or owned.split()[0] in KIND_BY_HEAD and (owner.split()[0] in {"St", "St.", "Saint"} and len(owner.split()) == 2 or owner in {"King", "Queen"})
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
    name = trim_name(text, name, start + max(raw.find(name), 0))  # "... Court of Appeals Judge J. Dickson Phillips"
    not_the_name = _NOT_THE_NAMES_START.match(name)
    if not_the_name:
        name, raw, start = _from(name, raw, start, not_the_name.end())
    country_ministry = _COUNTRY_MINISTRY.match(name)
    if country_ministry and country_ministry.group(1) in countries:
        # "Iran Foreign Ministry", "Cuban Ministry of the Interior": the ministry, its country counted as a country
        name, raw, start = _from(name, raw, start, country_ministry.end(1) + 1)
    if name.startswith("White House ") and WHITE_HOUSE_EVENT.match(text, start + max(raw.find(name), 0) + 11):
        return  # "the White House Tribal Nations Summit": an event, and the White House is not named as a body in it
    if name.startswith("Executive Order "):
        return  # "Executive Order Implementing the President’s ...": a document, not a body
    host = event_host(name)
    if host is not None:
        if not host:
            return
        name = host
    if name.endswith(" Investments") and _INVESTMENTS_PHRASE.search(name):
        return  # "Bipartisan Infrastructure Law Investments", "Private Sector Investments": money, not a firm
    participle = _PARTICIPLE_WORD.search(name)
    if participle:
        if participle.end() == len(name):  # "Department of Energy-provided": the body, then what it did
            name = name[: participle.start() + participle.group(0).index("-")]
        else:  # "Republican-led Congress", "Department of State-managed Global Equality Fund": the body after it
            name, raw, start = _from(name, raw, start, participle.end() + 1)
    inner = _GENERIC_BODY_OF.match(name)
    if inner and not KIND_BY_HEAD.keys().isdisjoint(name[inner.end() :].split()):
        # "Board of Directors of the Export-Import Bank", "Mission of the U.S. Embassy": the body named is the latter.
        name = name[inner.end() :].removeprefix("The ")  # "Board of Trustees of The Jewish Federations of ..."
        start += raw.find(name)
    elif (
        inner
        and name[inner.end() :].count(" ")
        # "Board of Directors of Blue Cross Blue Shield of Michigan": connectors inside, capitals at both ends
        and all(w[:1].isupper() or w in _INNER_CONNECTORS and _FULL_BOARD.match(name) for w in name[inner.end() :].split())
        and name.split()[-1][:1].isupper()
        and not _is_place(name[inner.end() :], countries)
    ):
        # "Chairman of the Board of New York Magazine": the board's body, named without a head word
        body = name[inner.end() :].removeprefix("The ")  # "Board of Directors for The Arc of Philadelphia"
        _record(body, "other", start + raw.find(body))
        return
    country_and = name.find(" and ")
    if country_and > 0 and name[:country_and] in countries:
        start += raw.find(name[country_and + 5 :])
        name = name[country_and + 5 :]  # "the United States and European Union"
    elif country_and > 0 and name[country_and + 5 :] in countries:
        name = name[:country_and]  # "U.S. Department of Labor and Mexico signed": the body, then its partner country
    words = name.split()
    two = _two_bodies(name, words)
    if two:
        for body in two:
            add(body, start + raw.find(body))
        return
    if len(words) == 2 and words[1] == "Alliance" and words[0] in KIND_BY_ACRONYM:
        name, words = words[0], words[:1]  # "the NATO Alliance" is NATO
    college = _COLLEGE_OF_UNIVERSITY.fullmatch(name) if name.endswith("University") and " College of " in name else None
    if college:
        # "Barnard College of Columbia University": a college and the university it belongs to, both named
        add(college.group(1), start)
        add(college.group(2), start + raw.find(college.group(2)))
        return
    if len(words) == 2 and words[1] == "Conference" and words[0].isupper() and len(words[0]) > 2:
        # "the APEC Conference": a meeting of the body; the body is named (clar. 10)
        _record(words[0], KIND_BY_ACRONYM.get(words[0], "international"), start + raw.find(words[0]), numbered=False)
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
        house = HOUSE.fullmatch(right)
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
    of = name.find(" of ") if of_the < 0 and " of " in name else -1
    if of > 0 and name[:of].count(" ") and name[:of].split()[-1] in _PANEL_HEADS and name[of + 4 :].split()[0] not in KIND_BY_HEAD and (
        not KIND_BY_HEAD.keys().isdisjoint(name[of + 4 :].split())
    ):
        # "Finance Committee of Northside Center for Child Development": a panel of another, named body
        add(name[:of], start)
        add(name[of + 4 :], start + raw.find(name[of + 4 :]))
        return
    if not words or name in countries or name in _NOT_ORGANISATIONS or _NOT_A_NAME.search(name):
        return
    if words[-2:] == ["Post", "Office"] and _named_for_someone(words[:-2], countries):
        return  # "the Dianne Feinstein Post Office", named by a law: a building (not "South African Post Office")
    if _VETERANS_FACILITY.fullmatch(name):
        return  # "the James Mountain Inhofe VA Medical Center", "the Phoenix VA Medical Center": a facility of the VA
    if words[-1] in _NUMBERED_HEADS and len(words) > 1 and text.startswith(name, start + raw.find(name)):
        number = _UNIT_NUMBER.match(text, start + raw.find(name) + len(name))
        if number:  # "Carrier Strike Group 9", "Task Force 2-37": a numbered unit, named by its number
            _record(f"{name} {number.group(1)}", "military", start + raw.find(name), len(name) + number.end() - number.start())
            return
    if len(words) > 1 and words[-1] in _DESCRIBED_COMPANY_HEADS and all(
        w in _DESCRIBING_WORDS or w[:1].isupper() and w[1:].islower() and word_starts(text, w.lower()) for w in words[:-1]
    ):
        # "Mitigation Investments", "Private Sector Investments", "Wastewater Systems": the text writes the words
        # before the head as common nouns; a company has a name of its own ("Altimeter Capital", "FS Investments")
        return
    if len(words) == 2 and words[0] in _SWEEPING_ADJECTIVES:
        return  # "Big Pharma", "the Fake News": an industry or the press described, not a body named
    if not _TITLE_CASE_PREPOSITIONS.isdisjoint(words):
        return  # "... Prevent Suicide Among Service Members": a title-case heading or programme, not a body
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
    if parent and KIND_BY_HEAD.keys().isdisjoint(name[parent.end() :].split()) and (
        name[parent.end() :].split()[0] not in _TITLE_WORDS
    ):
        # "Department of Defense Climate Risk Analysis", "Department of Energy Proposes New ... Rule": the
        # department, then what it wrote or did
        add(parent.group(0).rstrip(), start)
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
    if name in {"Senate", "House"} and MEMBERS_AFTER.match(text, start + len(name)):
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
    if words[-1] in {"Project", "Projects"} and not _WORKS_WORDS.isdisjoint(words):
        return  # "Hudson Tunnel Project", "Resolution Copper Project": works or a mine, not a body
    if words[-1] == "Project" and _HOUSED_AT.match(text, start + len(raw)):
        return  # "the Voting Rights Project at the Lawyers’ Committee": a body's project, not a body (clar. 17)
    if words[-1] == "Authority" and len(words) > 1 and words[-2] in _LEGAL_POWERS:
        return  # "Schedule A Hiring Authority", "Streamlined Administrative Authority": a legal power, not a body
    if words[-1] == "Reserve" and words[0] == "Strategic":
        return  # "Strategic Petroleum Reserve": a stockpile
    named = words if " to " not in name else name.partition(" to ")[0].split()  # "... Fund to Support ...": its purpose
    if named[-1] in {"Fund", "Funds"} and len(named) > 1 and named[-2] in _PROGRAMME_FUND_WORDS:
        return  # "Capital Projects Fund", "Emergency Connectivity Fund": money run as a programme (clar. 8, 17)
    if name in _PORTFOLIO_PHRASES:
        return  # "Health and Human Services" left over from "Secretary of Health and Human Services"
    if head == "Administration" and words[-1] == "Administration" and _AGENCY_WORDS.isdisjoint(words[:-1]):
        return  # "the Biden-Harris Administration", "My Administration": a presidency, not an agency
    if name == "White House" and start in venues:
        return
    if names_a_programme(text, name, start + max(raw.find(name), 0)):
        return  # "Lead Service Lines", "Clean School Bus Program": a programme or a group, not a body
    kind = "legislature" if words[0] == "Legislative" or "Parliament" in words else KIND_BY_HEAD[head.rstrip(",")]
    _record(name, kind, start, len(raw))


def _named_for_someone(words: list[str], countries) -> bool:
    """Are `words` a person's name, with a rank or not ("Sergeant Major Billy D. Waugh", "Dianne Feinstein"), rather
    than a country's or a place's ("United States", "Hong Kong", "South African", "General")?"""
    return len(words) >= 2 and not any(
        " ".join(words[i : i + size]) in countries or " ".join(words[i : i + size]) in PLACES
        for size in (1, 2, 3)
        for i in range(len(words) - size + 1)
    )


def _two_bodies(name: str, words: list[str]) -> tuple[str, str] | None:
    """The two bodies a name joined with "and" holds, if it is two: "HHS and Treasury", "... Partnerships and White
    House Office of ...", "Department of Education and Federal Student Aid"."""
    if words[1:2] == ["and"] and _ACRONYM_WORD.fullmatch(words[0]) and (
        len(words) > 3 or len(words) == 3 and (words[2] in KIND_BY_HEAD or _ACRONYM_WORD.fullmatch(words[2]))
    ):
        return words[0], " ".join(words[2:])  # an acronym, then another body ("BLM and Forest Service")
    white_house = name.find(" and White House ")
    if white_house > 0 and " " in name[:white_house]:
        return name[:white_house], name[white_house + 5 :]
    # a department with a portfolio of a word or two, then a body that names itself
    department_and = _DEPARTMENT_AND_BODY.fullmatch(name) if " and " in name else None
    return department_and.groups() if department_and else None


def _from(name: str, raw: str, start: int, cut: int) -> tuple[str, str, int]:
    """`name` read from its `cut`-th character on, as the new raw name, with where it now starts."""
    return name[cut:], name[cut:], start + raw.find(name) + cut


def _owner_and_owned(collector, raw: str, start: int) -> bool:
    """"Bureau of Economic and Business Affairs’ Office of International Communication": a body, and its own body after the plural
    possessive, both named; not "Bishops’ Committee" (no body owns it) or "... Services’ Principal Deputy" (an office)."""
    owner, _, owned = raw.partition("s’ ")
    owner += "s"
    owned_words = owned.split()
    if KIND_BY_HEAD.keys().isdisjoint(owner.split()) or KIND_BY_HEAD.keys().isdisjoint(owned_words) or (
        owned_words[0] in _TITLE_WORDS or owned_words[0] in {"Deputy", "Assistant", "Principal", "Senior", "Acting"}
    ) or len(owned_words) < 2 or owner.split()[-1] in _PEOPLE:
        # "... Judges’ Association", "Committee on Veterans’ Affairs": people's body, named with them
        return False
    collector.add(owner, start)
    collector.add(owned, start + len(owner) + 2)
    return True


def _is_place(name: str, countries) -> bool:
    """A country, a state or city, or a possessive ("South Africa’s largest bank"), not a body's name."""
    return name in countries or name in PLACES or name.split(" ")[0] in PLACES or re.search(r"[’']s\b", name) is not None
