"""Words that make, break and qualify organisation names in English news text. Plain data, no Django."""

from __future__ import annotations

HEAD_WORDS_BY_KIND = {
    "government": "Ministry Department Bureau Agency Office Administration Authority Service Services Cabinet "
    "Secretariat Commission Council Yuan Police Guard Board Directorate Inspectorate Treasury Embassy "
    "Consulate Patrol Customs Reserve Census Section Branch Mint Taskforce Squad",
    "legislature": "Committee Subcommittee Caucus Parliament Congress Senate Assembly Legislature Diet Duma Knesset "
    "Majlis Chamber",
    "party": "Party Front",
    "military": "Army Navy Forces Force Corps Command Marines Brigade Division Fleet",
    "company": "Company Corporation Corp. Inc. Inc Corp Ltd LLC LLP PLLC LP P.C. Ltd. Group Holdings Bank Airlines Motors Technologies "
    "Partners Capital Systems Industries Pharmaceuticals Biotechnologies Properties Associates Investments Consulting "
    "Limited Electric Aerospace Pharma Ventures Enterprises Airways Times Post News Journal Mail",
    "international": "Organization Organisation Union Alliance Nations Fund Funds Federation Coalition Forum",
    "other": "Institute Institutes Institution Foundation Association Society Center Centers Centre University College School "
    "Court Tribunal Academy Conference Project Bar Hospital Church Nation League Club Laboratory "
    "Laboratories Panel Trust Endowment Diocese Archdiocese Ministries Museum",
}

KIND_BY_HEAD = {word: kind for kind, words in HEAD_WORDS_BY_KIND.items() for word in words.split()}

# Organisations named by one word or an acronym.
SINGLE_NAMES = {
    "Congress": "legislature", "Senate": "legislature", "Pentagon": "military", "Kremlin": "government",
    "Kuomintang": "party", "Hamas": "other", "Hezbollah": "other", "Taliban": "other", "Interpol": "international",
    "Navy": "military", "Quad": "international", "Parliament": "legislature",
}

ACRONYMS = {
    "international": "NATO UN EU AU ASEAN APEC OECD OSCE OPEC IMF WTO WHO IAEA UNICEF UNHCR UNESCO ICC ICJ G7 G20 "
    "BRICS AUKUS GCC SCO",
    "government": "NSC NEC OMB OSTP USTR DOJ DOD DHS DOE DOT HHS HUD USDA EPA FDA CDC NIH FEMA FBI CIA NSA ICE CBP "
    "TSA ATF DEA IRS SEC FCC FTC FERC NRC NASA NOAA USAID DFC SBA OPM GSA CISA MOFA CFIUS NTIA USTDA",
    "party": "DPP KMT CCP TPP LDP",
    "military": "PLA IDF",
    "other": "AFL-CIO NAACP ACLU ISIS ISIL",
}

KIND_BY_ACRONYM = {acronym: kind for kind, words in ACRONYMS.items() for acronym in words.split()}

LEADING = frozenset(
    """The A An This That These Those Its Their His Her Our On In At By For From With And But As Under After Before
    During When While Both Former Acting Then Today Both Every Each Last Next Top Aboard Dear Thank Q My Our
    Your Alongside Through Including Like Unlike Via Without Did Does Do Is Was Were Are Will Would Could Should
    Can Has Have Had How Why What Where Whether If Also Additional Several Various Other Another Some Many Such
    Certain Existing Respective Record Historic Unprecedented First-Ever First-ever Even Only Just Now""".split()
)

# Title-case verbs of headlines: "President Trump Announces Religious Liberty Commission" names the body after it.
HEADLINE_VERBS = frozenset(
    """Announces Announced Names Nominates Appoints Launches Signs Hosts Welcomes Establishes Creates Unveils Expands
    Celebrates Honors Honours Congratulates Applauds Condemns Directs Praises Urges Touts Secures Restores Delivers
    Joins Releases Approves Convenes Meets Visits Thanks Calls Tours""".split()
)

TITLE_WORDS = frozenset(
    """Secretary Director Directors Chief Officer Officers Member Members Chair Chairman Chairwoman Chairperson
    President Vice Deputy Assistant Associate Commissioner Administrator Ambassador Head Commanding General
    Advisor Adviser Counsel Counselor Spokesperson Spokesman Governor Mayor Senator Representative Professor
    Fellow Dean Partner Founder Executive Manager Leader Minister Speaker Nominee Candidate Lead Staff Treasurer
    Controller Trustee Distinguished Managing Special Summit Meeting Session Anniversary Ministerial""".split()
)

PRESIDENTS = frozenset("Biden Trump Obama Bush Clinton Reagan Carter Harris Vance Biden-Harris Trump-Vance Obama-Biden".split())

# Owners whose office is named with a possessive: "United States Attorney’s Office", "President’s Task Force".
# "Majority Leader’s Task Force on Poverty", "the Speaker’s Office": a leader's body.
OFFICE_OWNERS = frozenset(
    "Attorney Attorneys President Governor Mayor Secretary Inspector Sheriff Treasurer Defender Defenders Leader Speaker".split()
)
# Plural nouns written with "’s" inside a name: "Tigray People’s Liberation Front", "National Women’s Law Center".
PLURAL_OWNERS = frozenset("People Women Children Men Workers".split())

# Rooms and buildings, and titles that look like bodies.
NOT_ORGANISATIONS = frozenset(
    ["Oval Office", "Ceremonial Office", "Eisenhower Executive Office Building", "Situation Room", "Roosevelt Room",
     "State Dining Room", "Cabinet Room", "East Room", "Blue Room", "Rose Garden", "South Lawn", "Oval Office Address",
     "Board of Directors", "Board of Trustees", "Board of Governors", "Soviet Union",
     # legal designations of groups, not bodies: "designated as a Foreign Terrorist Organization"
     "Foreign Terrorist Organization", "Foreign Terrorist Organizations", "Specially Designated Global Terrorist",
     "Specially Designated Global Terrorists",
     # trade statuses and topics written with a head word
     "Most Favored Nation", "Most Favoured Nation", "Most-Favored-Nation", "Emerging Technologies",
     "Critical and Emerging Technologies", "Transatlantic Alliance",
     # an event, an initiative, a market index and the cabinet of no country named (guidelines: "the Cabinet")
     "Munich Security Conference", "Joining Forces", "Nasdaq", "President’s Cabinet", "President's Cabinet"]
)

# Words that make "... Administration" an agency rather than a presidency ("My Administration").
AGENCY_WORDS = frozenset(
    """Aviation Business Security Drug Food Transportation Health Services General Maritime Energy Information
    Enforcement Highway Traffic Safety Veterans Oceanic Atmospheric Credit Union Railroad Transit Aeronautics Space
    Children Families Native Americans Community Living Labor Employment Training Economic Development Rural Housing
    Farm Risk Management Trade International Export Import Financial Tax Revenue Student Aid Mine Occupational
    Substance Abuse Mental Pipeline Hazardous Materials Motor Carrier Federal National Social Small Resources
    Nuclear Emergency Public Works Water Power Land Ocean Environmental Consumer Product Fire Weather Affairs
    Insurance Capital Cooperative Electrification Agricultural Marketing Grain Investment Protection for of and
    Motors Government Telecommunications Broadband Housing Assistance Care Nursing Justice Civil Rights Customs""".split()
)

GENERIC_QUALIFIERS = frozenset(
    "Task Law Public Business Community Core Police State Local Regional County City Joint Executive Advisory Tribal "
    "Technical Special Working Steering Select Standing District Circuit".split()
)

PORTFOLIO_PHRASES = frozenset(["Health and Human Services", "Veterans Affairs", "Homeland Security", "Human Services"])

PLACE_AFTER_HEAD = frozenset({"Embassy", "Consulate", "Mission"})  # "U.S. Embassy in Harare"

TRAILING_QUALIFIERS = frozenset("Central North South East West Pacific Atlantic Europe Africa International".split())

# Bodies named with "on": "Committee on Banking", "Intergovernmental Authority on Development".
ON_HEADS = frozenset(
    "Committee Subcommittee Commission Council Force Conference Authority Agency Organization Organisation "
    "Institute Center Centre Office Caucus Panel Board".split()
)

# Words after a body's name that make the phrase an award, a fellowship or a sub-office, not the body.
AFTER_NAME = frozenset(
    "Fellow Fellows Fellowship Fellowships Scholar Scholars Scholarship Scholarships Medal Medals Award Awards Prize "
    "Bronze Silver Gold OIG".split()
)

# A run can only name an organisation if one of its words is one of these.
HEADISH = frozenset(
    [*KIND_BY_HEAD, "House", *(f"{w}{s}" for w in [*KIND_BY_HEAD, "House"] for s in ("’s", "'s"))]
)

JURISDICTIONS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Federal District Middle Northern "
    "Southern Eastern Western Central Armed D.C. DC".split()
)

# Plural heads that end a description of many bodies or a programme: "Crime Gun Intelligence Centers".
PLURAL_HEADS = frozenset("Centers Services Institutes Centres".split())

MEDIA_HEADS = frozenset("Times Post News Journal Mail".split())

CONNECTORS = frozenset("of the for and on in at de du des la le del".split())

# Added while reading heldout4's errors: words that end, open or rule out a body's name.
# Works named as projects: "Hudson Tunnel Project", "Capital Improvement Project", "Resolution Copper Project",
# "Lava Ridge Wind Project" are not bodies ("Innocence Project" is one).
WORKS_WORDS = frozenset(
    "Tunnel Tunnels Bridge Bridges Improvement Improvements Pipeline Rail Railway Highway Dam Port Airport Transit "
    "Expansion Construction Corridor Restoration Replacement Line Interchange Terminal Viaduct Streets LNG Access "
    "Road Wind Solar Harbor Flood Erosion Biogas Mine Mining Copper Gold Silver Lithium Nickel Uranium Antimony "
    "Cobalt Exploration Canal Levee Reservoir Supply Rehabilitation Conversion Feasibility Pilot Beach Gas "
    "Transmission".split()
)

# Company heads that, after a common noun of the text, describe money or firms: "Mitigation Investments".
DESCRIBED_COMPANY_HEADS = frozenset(
    "Investments Technologies Systems Partners Industries Enterprises Ventures Capital Holdings Electric".split()
)

# "... Ninth Circuit and Justice Ruth Bader Ginsburg": after "and", a person, not another body.
PERSON_TITLES = frozenset(
    "Justice Judge Senator Representative Congressman Congresswoman Governor Mayor Ambassador "
    "Admiral Dr. Mr. Ms. Mrs.".split()
)

# Verbs that open a heading or a programme's name ("Promoting Women-Owned SMEs"), never a body's.
HEADING_GERUNDS = frozenset(
    "Advancing Catalyzing Continuing Developing Promoting Preventing Expanding Strengthening Supporting Creating "
    "Improving Increasing Protecting Ensuring Delivering Lowering Reducing Launching Investing Empowering "
    "Accelerating Boosting Combating Combatting Bolstering Enhancing Unleashing Restoring Cutting Driving Using "
    "Restaffing Rebuilding Connecting".split()
)

# "National Endowment for the Humanities Younger Scholar": words of the award, not of the body.
FELLOW_QUALIFIERS = frozenset(
    "Younger Young Senior Junior Visiting Distinguished Research Postdoctoral Graduate Presidential".split()
)

# "Justice for Journalists Foundation" is one name; "Coordinator for ... Foundation" is an office first.
NOT_BODY_STARTS = frozenset("Coordinator Envoy Representative Nominee Candidate Award Prize Medal Fellow Fellowship".split())

# "... Community Service for President Bill Clinton": whom the body served ends its name.
PRESIDENT_WORDS = frozenset("President Presidents Vice Governor Senator Mayor Secretary".split())

# "In God We Trust": a motto or slogan.
PRONOUNS = frozenset("I We You They He She Our Your Us".split())

# "Assistant Secretary of the Air Force for Financial Management": the branch, then the office's portfolio.
# "Assistant Secretary of the Treasury for Corporate Finance": likewise the Treasury.
SERVICE_BRANCHES = frozenset("Army Navy Force Corps Marines Treasury".split())
