"""Is a body named with an office a private one: a company, a trade association, a union? Plain Python, no Django.

Guidelines: CEOs and heads of private companies, unions and trade bodies are people, not officials; their
bodies are still organisations. "Nucor Corporation President Leon Topalian", "Steel Manufacturers Association
President Philip K. Bell", "United Steelworkers President David McCall", "Jane Doe, President of the Aluminum
Association" name no public office. Bodies that may be public ("National Science Foundation", "World Bank",
"European Union", "European Council") are never taken for private ones.
"""

from __future__ import annotations

import re

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
)
# Trade bodies named by their members: "National Association of Manufacturers", "Chamber of Commerce".
_TRADE_BODY = re.compile(r"\bChamber of Commerce\b|\b(?:Manufacturers|Producers|Retailers|Homebuilders|Realtors)\b")
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
