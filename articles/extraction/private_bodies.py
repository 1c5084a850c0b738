"""Is a body named with an office a private one: a company, a trade association, a union? Plain Python, no Django.

Guidelines: CEOs and heads of private companies, unions and trade bodies are people, not officials; their
bodies are still organisations. "Nucor Corporation President Leon Topalian", "Steel Manufacturers Association
President Philip K. Bell", "United Steelworkers President David McCall", "Jane Doe, President of the Aluminum
Association" name no public office. Bodies that may be public ("National Science Foundation", "World Bank",
"European Union", "European Council") are never taken for private ones.

`public_body` answers the other way for the body a participant line names after an office ("Nancy Northup, President,
the Center for Reproductive Rights"): only a body that says it is a government's makes its head an official.
"""

from __future__ import annotations

import re

from articles.extraction.office_patterns import PUBLIC_BODY

# Heads that only private bodies carry. "Bank", "Fund", "Union", "Council" and "Federation" are left out:
# "World Bank", "European Union", "European Council", "Russian Federation" are public.
_PRIVATE_HEADS = frozenset(
    """Company Inc. Inc LLC LLP PLLC Ltd Ltd. Holdings Industries Enterprises Technologies
    Pharmaceuticals Motors Airlines Airways Associates Consulting Investments Ventures Partners Association
    Associations Coalition Consortium""".split()
)
# Heads that private and public bodies share: private unless the name says it is national or federal
# ("American Iron and Steel Institute" but "National Cancer Institute", "National Science Foundation").
# Government corporations too: "U.S. International Development Finance Corporation", "Federal Deposit Insurance
# Corporation", "Overseas Private Investment Corporation", "Millennium Challenge Corporation".
# "Group" is not among them: "Carrier Strike Group", "Interagency Working Group" are public.
_SHARED_HEADS = frozenset("Institute Foundation Society Corporation Corp. Corp".split())
_PUBLIC_MARK = re.compile(
    r"\b(?:National|Federal|U\.S\.|US|United States|Government|State|States|Bank|Nations|International|World|European|"
    r"Development|Reserve|Smithsonian|Department|Ministry|Public|Investment|Insurance|Guaranty|Challenge|Finance|"
    r"Credit|Mortgage|Broadcasting|Service|Services|Authority|Inter-American)\b"
)
# Words only a government body's name carries, whatever its head: "Federal Prison Industries", "Office of
# Workers' Compensation Programs", "Interagency Working Group".
_GOVERNMENT = re.compile(
    r"\b(?:Federal|Office|Bureau|Department|Ministry|Administration|Agency|Commission|Interagency|Prison|Corps|Command)\b"
)
# A trade union named by whom it organises: "United Steelworkers", "United Auto Workers", "Service Employees
# International Union", "International Brotherhood of Teamsters", "American Federation of Teachers".
_UNION = re.compile(
    r"(?:workers|Workers|Employees|Teamsters|Machinists|Teachers|Brotherhood|Laborers|Plumbers|Pipefitters|Electricians|"
    r"Carpenters|Ironworkers|Boilermakers|Bricklayers|Painters)\b"
    # and the federations and unions written by their initials, and police officers' lodges
    r"|\b(?:AFL-CIO|SEIU|AFSCME|UFCW|IBEW|NABTU|Fraternal Order of Police)\b"
)
# Trade bodies named by their members: "National Association of Manufacturers", "Chamber of Commerce".
_TRADE_BODY = re.compile(r"\bChamber(?: of Commerce\b|(?! of)\b)|\b(?:Manufacturers|Producers|Retailers|Homebuilders|Realtors)\b")
# Associations of office holders: their chairs hold public offices ("National Governors Association Chair").
_OFFICE_HOLDERS = re.compile(r"\b(?:Governors|Mayors|Legislators|Legislatures|Attorneys General|Secretaries|Counties|Cities)\b")


def private_body(name: str) -> bool:
    """Is `name`, a body written next to an office, a company, a trade association or a union?"""
    words = name.split()
    if not words:
        return False
    heads = {words[-1]}
    for connector in ("of", "for"):  # "National Association of Manufacturers": a head before "of" or "for" too
        if connector in words[1:-1]:
            heads.add(words[words.index(connector, 1) - 1])
    if _OFFICE_HOLDERS.search(name):
        return False
    if _GOVERNMENT.search(name):
        return False
    if heads & _PRIVATE_HEADS:
        return True
    if heads & _SHARED_HEADS:
        return _PUBLIC_MARK.search(name) is None
    return _UNION.search(name) is not None or _TRADE_BODY.search(name) is not None


# Heads a civic group's name takes: "Center for Reproductive Rights", "National Urban League".
_CIVIC_HEADS = re.compile(
    r"\b(?:Center|Centre|Network|Coalition|League|Fund|Foundation|Conference|Alliance|Partnership|Action|Organization|"
    r"Council (?:of|for) (?:Negro|Black|La Raza|Asian|Jewish|Churches|Women))\b"
)
# Marks of a public body where no agency word is written: "U.S.", "Federal", "National Endowment for the Arts",
# "United Nations", "World Bank". "National" alone is not one: "National Urban League", "National Council of Negro Women".
_PUBLIC_MARKS = re.compile(
    r"U\.S\.|\b(?:United States|Federal|Government|Council of Economic|National (?:Endowment|Institutes?|Science|Security|"
    r"Economic|Park|Guard|Laborator|Oceanic|Aeronautics|Archives|Transportation|Labor|Climate|Cyber|Space|"
    r"Counterintelligence|Intelligence)|United Nations|International Bank for Reconstruction|"
    r"World Bank|World Health|International Monetary|European (?:Union|Commission|Council|Parliament)|NATO|Corps|"
    r"Rural Development|"  # USDA's mission area: "Nivory Gordon Jr., State Director, Rural Development, Alabama"
    r"Export-Import Bank|Development Bank|Central Bank|Reserve Bank)"  # a state's bank, or states' own
)
_ACADEMIC = re.compile(r"\b(?:University|College|Community College)\b")
# Words only an agency's name carries: "National" and "Council" head private bodies too ("National Urban League").
_AGENCY_WORDS = re.compile(r"\b(?:Department|Ministry|Bureau|Agency|Office|Administration|Authority|Commission|Services?)\b")
# Words of the bodies of states, cities, counties, courts and schools: their heads hold public offices.
_GOVERNMENT_WORDS = re.compile(
    r"\b(?:State|County|City|Town|Village|Tribe|Tribal|Nation|Legislature|Assembly|Senate|House|Court|Police|Sheriff|"
    r"District|Schools|Board of Education|Port|Transit|Services|Army|Navy|Air Force|Marine|Guard|Republic|Kingdom|"
    r"Interagency|Centers for)\b"
)


def public_body(name: str) -> bool:
    """Does `name`, the body after an office in a participant line, name a government's body?"""
    if _ACADEMIC.search(name) or private_body(name):
        # a university's or a college's president is no official (clar. 33), even a state one's; nor is a company's,
        # a trade body's or a union's head ("U.S. Chamber of Commerce")
        return False
    if _AGENCY_WORDS.search(name) or _GOVERNMENT_WORDS.search(name) or _PUBLIC_MARKS.search(name):
        return True
    cues = {m.group(0) for m in PUBLIC_BODY.finditer(name)}
    # "National Council of Negro Women", "National Center for Transgender Equality": "National" and "Council" are
    # the only marks, and the head is one a civic group takes
    return bool(cues) and not (cues <= {"National", "Council"} and _CIVIC_HEADS.search(name))


def says_private(name: str) -> bool:
    """Does `name` say it is a company, a trade body, a union or a civic group ("Alabama Technology Network")?"""
    return private_body(name) or _CIVIC_HEADS.search(name) is not None


def names_an_agency(name: str) -> bool:
    """Does `name` carry a word only an agency's name carries ("Arizona Commerce Authority")?"""
    return _AGENCY_WORDS.search(name) is not None


# Bodies no government heads: their presidents, principals, rectors and pastors hold no public office (clar. 33:
# "heads of universities and colleges are not public posts"), unless the name says it is a service's or a state's
# ("Naval Academy", "National Defense University", "Uniformed Services University", "Air Force Academy").
_UNGOVERNED_HEADS = frozenset("University College School Church Diocese Archdiocese Ministries Club Hospital Museum".split())
_SERVICE_MARK = re.compile(
    r"\b(?:Naval|Navy|Military|Army|Air Force|Coast Guard|Marine|Uniformed|Services|National Defense|War|Police|"
    r"Federal|VA|Veterans|Government)\b"
)
# Well-known bodies of sport, charity and civil society, and student bodies, named without a head word above.
_CIVIL_SOCIETY = re.compile(
    r"\b(?:FIFA|UEFA|IOC|International Olympic Committee|Olympic Committee|Paralympic Committee|Premier League|"
    r"Football (?:Association|Club|League|Federation)|Rugby (?:Union|League|Football)|Cricket (?:Club|Board)|"
    r"Red Cross|Red Crescent|Greenpeace|Oxfam|Amnesty|Human Rights Watch|Save the Children|RNLI|Salvation Army|Rotary|"
    r"Lions Club|Girlguiding|Scouts|AARP|NAACP|NRA|TUC|Student Union|Union of Students)\b|[Ss]tudents[’']? Union\b"
)


def not_a_governments(name: str) -> bool:
    """Is `name`, a body written next to an office, one no government heads: a university, a school, a church, a club,
    a hospital or a museum?"""
    words = name.split()
    if not words:
        return False
    heads = {words[-1]} | {words[i - 1] for i, w in enumerate(words[1:-1], 1) if w in ("of", "for")}
    if _CIVIL_SOCIETY.search(name):
        return True
    return bool(heads & _UNGOVERNED_HEADS) and _SERVICE_MARK.search(name) is None


def is_civil_society_body(name: str) -> bool:
    """Is `name` one of the well-known bodies of sport, charity and civil society ("Red Cross", "FIFA")?"""
    return _CIVIL_SOCIETY.search(name) is not None
