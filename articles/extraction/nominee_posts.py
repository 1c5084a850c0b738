"""Does a nominee's biography name a public post? Plain Python, no Django.

Guidelines (clarification 6): a nominee in a nominations announcement is an official only if the text names a
public post they hold or held: a federal, state or city office, congressional staff, a law clerkship, military
service, a post at an international body. "Nominee for Member of the National Council on the Humanities" over the
biography of a professor, an investor or an artist names the post they are nominated to, not one they hold.

A biography names a post when it writes
- an office attached to a public body: "Director of Digital Economy at the U.S. Department of Commerce",
  "Assemblyman in the New York State Legislature", "Chief Scientist of NOAA’s ... Program";
- a public body with the office after it: "Maryland Democratic Party Chair", "Marine Corps infantry officer";
- staff work for an office holder: "Legislative Assistant to then-U.S. Senator ...", "Counselor to Former FCC
  Chairman ...";
- service at a public body: "served in the Obama-Biden Administration", "joined the Department of Transportation",
  "clerking for the Ninth Circuit Court of Appeals";
- an office that is public whatever follows it ("Assistant Secretary", "law clerk", "State Senator", "Ambassador
  to ...") or an appointment by a President, Governor or Mayor.
Bodies of outside experts ("Union Advisory Panel", "Census Advisory Committee"), funders ("supported by the National
Science Foundation"), schools, companies and associations ("Montgomery County Community College", "Georgetown
University School of Foreign Service") are no public post, nor is another person's office ("former U.S. Ambassador
to the Czech Republic, Norm Eisen") or a relative's ("her father was a career Navy ... Officer").
"""

from __future__ import annotations

import re

from articles.extraction.name_terms import US_STATES
from articles.extraction.person_names import UPPER

_TOKEN = rf"(?<![\w’'.&/-])(?:[{UPPER}][\w’'.&/-]*+|\d+(?:st|nd|rd|th)?)"  # whole words only: read in linear time
# A capitalised run with its connectors: "U.S. Department of Health and Human Services".
_RUN = rf"{_TOKEN}(?: (?:(?:and|of|for|on|the|&|de|to|in) )*{_TOKEN}){{0,10}}"
_OFFICE_WORDS = (
    "Secretary|Secretaries|Director|Counselor|Counsellor|Administrator|Ambassador|Counsel|Attorney|Clerk|Advisor|"
    "Adviser|Chief of Staff|Commissioner|Senator|Representative|Member|Governor|Mayor|Judge|Justice|Staffer|"
    "Staff Member|Staff Director|Staff|Assistant|Aide|Councilmember|Council Member|Chairman|Chairwoman|Chairperson|"
    "Chair|Co-Chair|Inspector General|Consul|Prosecutor|Officer|Economist|Analyst|Specialist|Fellow|Deputy|Head|Chief|"
    "Commander|Liaison|Coordinator|Official|Trustee|Intern|Manager|Associate|Lawyer|Attaché|Attache|Envoy|Delegate|"
    "Legislator|Solicitor|Treasurer|Comptroller|Auditor|Superintendent|Commandant|Captain|Colonel|General|Admiral|"
    "Lieutenant|Sergeant|Ensign|Historian|Scientist|Engineer|Physician|Researcher|Investigator|President|Executive|"
    "Principal|Examiner|Instructor|Detailee|Sheriff|Assemblyman|Assemblywoman|Congressman|Congresswoman|"
    "Spokesperson|Spokesman|Negotiator|Leader|Speaker|Whip"
)
_OFFICE_ALTERNATION = f"{_OFFICE_WORDS}|{_OFFICE_WORDS.lower()}"
_OFFICE = re.compile(rf"(?<!\w)(?:{_OFFICE_ALTERNATION})s?(?![\w-])")
# What attaches a body to an office: "of the", "at the", a comma; a lower-case portfolio may come first
# ("deputy solicitor for national operations at the U.S. Department of Labor").
_LINK = re.compile(
    rf"(?: (?:for|of|on) [a-z][\w-]*(?: (?:and )?[a-z][\w-]*){{0,3}}(?=[ ,]))?"
    rf"(?:,? (?:of|at|in|for|with|to|on|within|under)(?: the| its)?|,(?: the)?) (?P<body>{_RUN})"
)
# Head words only public bodies carry, and public bodies written as acronyms.
_PUBLIC_HEAD = re.compile(
    r"(?<![\w-])(?:Department of|Dept\. of|Ministry|Bureau|Agency|Administration|Senate|House of Representatives|"
    r"House of Delegates|House of Commons|(?:State|Justice|Defense|Police|Fire|Health|Treasury|Commerce|Labor|Energy|"
    r"Education|Transportation|Agriculture|Interior|Sheriff[’']s) Department|Congress|Legislature|Assembly|Courts?|"
    r"Embassy|Consulate|Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|National Guard|Foreign Service|Peace Corps|"
    r"Command|White House|Pentagon|Treasury|Attorney[’']s Office|Attorney General[’']s Office|Police|Parliament|Cabinet|"
    r"Party|Secretariat|Directorate|Geological Survey|Office of|Executive Office|Mission to|"
    r"Centers for Disease Control|Institutes of Health|CDC|NIH|NOAA|USGS|NASA|EPA|FDA|FBI|CIA|DOJ|DOD|DoD|DOE|DHS|HHS|"
    r"HUD|USDA|USAID|OMB|NSC|SEC|FCC|FTC|FERC|NRC|NTSB|GAO|CBO|DOT|OPM|GSA|SBA|FEMA|IRS|USPTO|OPIC|EXIM|OSTP|USTR|"
    r"ODNI|NSA|DIA)(?![\w-])"
)
# International and federal bodies whose names end in a private-looking head ("Bank", "Fund").
_PUBLIC_NAMES = re.compile(
    r"International Monetary Fund|World Bank|United Nations|Inter-American Development Bank|Asian Development Bank|"
    r"African Development Bank|Export.Import Bank|Federal Reserve"
)
# Heads public and private bodies share: public with a mark of government in the head ("Michigan Council of Arts",
# "National Transportation Safety Board", "Metropolitan Nashville Airport Authority").
_SHARED_HEAD = re.compile(
    r"(?<![\w-])(?:Commission|Council|Authority|Board|Committee|Subcommittee|Service|Office|Government|Corporation|"
    r"Caucus|Reserve|Guard|Survey|Corps)(?![\w-])"
)
_STATES = "|".join(sorted(US_STATES, key=len, reverse=True))
_PUBLIC_MARK = re.compile(
    rf"(?<![\w-])(?:{_STATES}|U\.S\.|US|United States|Federal|National|State|City|County|Congressional|Senate|House|"
    r"Joint|Presidential|President[’']s|Governor[’']s|Mayor[’']s|Municipal|Regional|Tribal|Metropolitan|Postal|"
    r"Regulatory)(?![\w-])"
)
_PUBLIC_PREFIX = (
    "Office of", "Department of", "Dept. of", "Executive Office", "State of", "City of", "County of", "Commonwealth of",
    "Government of",
)
# Schools, companies, associations, funds, programmes and bodies of outside advisers.
_PRIVATE = re.compile(
    r"(?<![\w-])(?:University|College|School|Foundation|Association|Society|Inc\.?|LLC|LLP|Company|Partners|Institute|"
    r"Bar|Hospital|Museum|Advisory|Fund|Club|Chamber|Group|Academy|Academies|Network|Project|Times|Post|Journal|Pier|"
    r"Library|Foreign Relations|Magazine|Alliance|Coalition|Trust|Endowment|Initiative|Program|Award|Medal|Fellowship|"
    r"Bank|Federation|Employees|Workers|Union|Center|Centre|Campaign|Conference)(?![\w-])"
)
# Offices that are public whatever is written after them.
_PUBLIC_OFFICE = re.compile(
    r"(?<![\w-])(?:(?:U\.S\.|State|United States) (?:Senator|Representative|Attorney)|Congress(?:man|woman|member)|"
    r"Members? of Congress|law clerk|clerk(?:ed|ing)? for (?:then-|former )?(?:Chief )?(?:Judge|Justice)|clerked|"
    r"Prosecuting Attorney|Assistant (?:U\.S\.|United States|District|State[’']s|County|City) Attorney|"
    r"District Attorney|Attorney General|Foreign Service Officer|(?:(?:Principal )?Deputy )?(?:Assistant|Under) Secretary|"
    r"Deputy Secretary|Secretary of (?:State|Defense|the Treasury|the Army|the Navy|the Air Force|Labor|Commerce|Energy|"
    r"Education|Agriculture|Homeland Security|Health|Housing|Transportation|Veterans|the Interior)|Assemblyman|"
    r"Assemblywoman|State Senator|City Council|County Council|Sheriff|Mayor of|Governor of|Lieutenant Governor|"
    r"elected official|(?:Special |Deputy )?Assistant to the President|Senate-confirmed|Presidential appointee|"
    r"gubernatorial appoint\w*|career member of the (?:Senior )?(?:Foreign|Executive) Service|Senior Executive Service|"
    r"Senior Foreign Service)(?![\w-])",
    re.I,
)
_APPOINTED = re.compile(
    r"(?<![\w-])(?:President|Governor|Mayor)[\w’ .]{0,30}[’']s appointee|"
    r"(?<![\w-])(?:a|the) (?:state|federal|city|county|municipal) (?:agency|government)(?![\w-])|"
    r"(?<![\w-])(?:appointed|named|nominated|confirmed|designated|selected|tapped)(?: \w+){0,8} by (?:then-|former )?"
    r"(?:President|Governor|Mayor|the President|the Governor|the Senate|the Mayor|"
    r"the [A-Z][a-z]+(?:-[A-Z][a-z]+)? Administration)(?![\w-])"
)
_STAFF_TO = re.compile(
    rf"(?<![\w-])(?:{_OFFICE_ALTERNATION})s? (?:to|for) (?:the |then-|[Ff]ormer )*"
    rf"(?:U\.S\. |United States |[{UPPER}]{{2,5}} |[{UPPER}][a-z]+ ){{0,3}}"
    r"(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Chairman|Chairwoman|Chair|Secretary|Secretaries|"
    r"Governor|Mayor|Ambassador|Leader|Majority Leader|Minority Leader|Speaker|Administrator|Director|Commissioner|"
    r"Attorney General|Vice President|President|Ranking Member|Judge|Justice)(?![\w-])"
)
_MILITARY = re.compile(
    rf"(?<![\w-])(?:U\.S\. |United States )?(?:Army|Navy|Air Force|Marine Corps|Coast Guard|National Guard)"
    rf"(?: Reserves?)?(?: {_TOKEN}| [a-z]+){{0,3}} (?:[Oo]fficer|[Vv]eteran|[Pp]ilot|[Cc]aptain|[Cc]olonel|"
    r"[Ll]ieutenant|[Ss]ergeant|[Cc]ommander|JAG)(?![\w-])"
)
_SERVICE = re.compile(
    rf"(?<![\w-])(?:join(?:ed|ing)? (?:the )?(?=[{UPPER}])|(?:served|serves|serving|clerked|clerking|terms?|worked|"
    r"works|working|joined|joining|career|tenure|detailed|employed|positions?|roles?|service|retired|veteran|stationed|"
    r"deployed|assignments?|posted)(?: [a-z]+){0,5} (?:in|at|with|on|for|to|from|of)(?: the| both the)? )"
    rf"(?P<body>{_RUN})"
)
_OFFICE_AFTER_BODY = re.compile(rf"(?P<body>{_TOKEN}(?: (?:(?:and|of|for|on|the|&) )*{_TOKEN}){{0,6}}) (?:{_OFFICE_ALTERNATION})s?(?![\w-])")
_RELATIVE = re.compile(r"(?<![\w-])(?:father|mother|husband|wife|grandparents|grandfather|grandmother|parents|brother|sister|spouse)(?![\w-])")
_SENTENCE_BREAK = re.compile(r"[.;]\s")
_NAME_AFTER = re.compile(rf",? (?:(?:Dr|Mr|Ms|Mrs)\. )?[{UPPER}][a-z]+ (?:[{UPPER}]\. )?[{UPPER}][\w’'-]+(?:,|\.| and| to| who| in|$)")
_CONNECTORS = frozenset(("and", "of", "for", "on", "the", "&"))
_OF = re.compile(r" (?:of|for|on|to|in) ")


def public_body(run: str) -> bool:
    """Is a capitalised run a government, legislature, court, military or international body (or its owner's)?"""
    return any(_public(part) for part in re.split(r"[’']s ", run) if part)  # "NOAA’s ... Program" is NOAA's


def _public(run: str) -> bool:
    if _PUBLIC_NAMES.search(run):
        return True
    if _PRIVATE.search(run):
        return False
    head, tail = (_OF.split(run, maxsplit=1) + [""])[:2]
    if run.startswith(_PUBLIC_PREFIX) or _PUBLIC_HEAD.search(run, 0, len(head) + 3):
        return True  # "U.S. Department of ...", "Senate Committee on ..."
    if _SHARED_HEAD.search(head):
        return bool(_PUBLIC_MARK.search(head) or _PUBLIC_HEAD.search(tail))
    return bool(tail) and _public(tail)  # "Region 2 of the National Labor Relations Board"


def names_public_post(bio: str) -> bool:
    """Does the biography say its subject holds or held a public post?"""
    for pattern in (_PUBLIC_OFFICE, _APPOINTED, _STAFF_TO, _MILITARY):
        if any(not _relative(bio, m.start()) for m in pattern.finditer(bio)):
            return True
    return _office_at_public_body(bio) or _body_then_office(bio) or _service_at_public_body(bio)


def _office_at_public_body(bio: str) -> bool:
    """"Director of Digital Economy at the U.S. Department of Commerce", "Ambassador to the Republic of Guinea"."""
    for office in _OFFICE.finditer(bio):
        position = office.end()
        for _ in range(3):  # "Acting Deputy Director, Center for Global Health, U.S. Centers for Disease Control"
            link = _LINK.match(bio, position)
            if not link:
                break
            body = link.group("body")
            if office.group(0).startswith("Ambassador") and link.group(0).startswith((" to ", " of ")):
                if not _NAME_AFTER.match(bio, link.end()) and not _relative(bio, office.start()):
                    return True  # an ambassador's host is a country; ", Norm Eisen" after it is someone else's
                break
            if body == "United States" and link.group(0).startswith(" for"):
                return True  # "Alternate Executive Director for the United States at ..."
            following = _LINK.match(bio, link.end())
            if following and following.group(0).startswith((" at", ", ")) and _PRIVATE.search(following.group("body")) and (
                not public_body(following.group("body"))
            ):
                break  # "Chair of the US National Committee on Soil Science at the National Academies"
            if public_body(body) and not (
                "dvisory" in bio[max(0, office.start() - 40) : link.end()]
                or _relative(bio, office.start())
                or _NAME_AFTER.match(bio, link.end())
            ):
                return True
            if _PRIVATE.search(body):
                break
            position = link.end()
    return False


def _body_then_office(bio: str) -> bool:
    """"Maryland Democratic Party Chair", "Senate staffer": the body written before the office."""
    for match in _OFFICE_AFTER_BODY.finditer(bio):
        body = match.group("body")
        words = body.split()
        if words[0] in _CONNECTORS or _OFFICE.fullmatch(words[-1]):
            continue
        if public_body(body) and "dvisory" not in body and not _relative(bio, match.start()):
            return True
    return False


def _service_at_public_body(bio: str) -> bool:
    """"served in the Obama-Biden Administration", "joined the Department of Transportation"."""
    return any(
        public_body(m.group("body")) and "dvisory" not in m.group(0) and not _relative(bio, m.start())
        for m in _SERVICE.finditer(bio)
    )


def _relative(bio: str, position: int) -> bool:
    """Is the post a relative's: "her father was a career Navy ... Officer"?"""
    clause = _SENTENCE_BREAK.split(bio[max(0, position - 80) : position])[-1]
    return _RELATIVE.search(clause) is not None


_NOMINEE_TITLE = re.compile(r"(?<![\w-])(?:[Nn]ominee|[Cc]andidate|Nominated)(?![\w-])")
_LINE_START = re.compile(r"(?:^|\n)(?:[-•*]\s+|\d+\.\s+)?\Z")
# Every nominee's heading line ends the biography before it, whether or not an official was read from it.
_HEADING_LINE = re.compile(
    rf"^(?:[-•*]\s+|\d+\.\s+)?[{UPPER}][^\n,:]{{1,60}}[,:] (?:the )?(?:[\w.-]+ ){{0,4}}(?:[Nn]ominee|[Cc]andidate)\b", re.M
)
# A biography shorter than this (a list line, a run-in heading) is not enough to say no post is named.
_MIN_BIO_WORDS = 30


# A release appointing members to a board or a commission (clar. 70): its heading lines name the seat alone
# ("John Carpten, Chair", "Nilofer S. Azad, Member"), and the seat is no public post of its own.
_BOARD_APPOINTMENTS = re.compile(
    r"\b(?:Appoints?|Appointments?)\b[^\n]*\b(?:Boards?|Commissions?|Councils?|Committees?|Trustees)\b"
)
_BOARD_SEAT = re.compile(r"(?:Member|Chair|Chairman|Chairwoman|Chairperson|Co-Chair|Vice Chair|Trustee|Board Member)")
_SEAT_LINE = re.compile(
    rf"^(?:[-•*]\s+|\d+\.\s+)?[{UPPER}][^\n,:]{{1,60}}(?:, Jr\.)?, {_BOARD_SEAT.pattern}[ \t]*$", re.M
)


def nominee_biographies(
    text: str, mentions: list[tuple[int, str, str, str, str]], headline: str = ""
) -> list[tuple[str, str]]:
    """(name as written, biography) for each nominee heading line ("Jane Doe, Nominee for ...") among `mentions`
    (position, name, title, ...): the paragraphs after the line, up to the next heading line. Under a headline that
    appoints members to a board, a heading line that names the seat alone ("Jane Doe, Member") is one too."""
    board = _BOARD_APPOINTMENTS.search(headline) is not None
    headings = [
        (position, name)
        for position, name, title, *_ in mentions
        if title and (_NOMINEE_TITLE.search(title) or board and _BOARD_SEAT.fullmatch(title))
        and _LINE_START.search(text, max(0, position - 8), position)
    ]
    if not headings:
        return []
    starts = sorted({text.rfind("\n", 0, position) + 1 for position, _ in headings} | {
        m.start() for m in _HEADING_LINE.finditer(text)
    } | ({m.start() for m in _SEAT_LINE.finditer(text)} if board else set()))
    biographies = []
    for position, name in headings:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        following = next((start for start in starts if start > end), len(text))
        biographies.append((name, text[end:following]))
    return biographies


def private_nominee(biographies: list[str]) -> bool:
    """A nominee whose biography is long enough to judge and names no public post is not an official."""
    bio = "\n".join(biographies)
    return len(bio.split()) >= _MIN_BIO_WORDS and not names_public_post(bio)
