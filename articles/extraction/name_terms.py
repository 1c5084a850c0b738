"""Words that are never, or rarely, part of a person's name in English news text. Plain data, no Django."""

from __future__ import annotations

# Words of regions and portfolios, which end an office rather than start a name
# ("Coordinator for the Middle East and North Africa Brett McGurk").
GEO_WORDS = frozenset(
    "East West North South Middle Central Eastern Western Northern Southern Africa Asia Europe Pacific Atlantic "
    "Arctic Americas Hemisphere Caribbean Gulf Sahel Balkans Indo-Pacific Region Affairs".split()
)

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our On In At By For From With And
    But Or As Under After Before During Upon Amid Since Until When While Both Former Acting Then Today
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Administration Act Day Week Month Year Summit Conference Plan Program Programme Initiative Strategy Agreement
    Treaty Office Department Ministry House Council Committee Assembly Staff States Affairs Security National
    International Federal Republic Kingdom Union Party Government Cabinet Bureau Agency Commission Service Forces
    Army Navy Court Congress Senate Parliament Yuan White Oval Room Also Here There Now Meanwhile However Moreover
    Consequently Officials Lawmakers Reuters Extraordinary Plenipotentiary Nominee Nominees Candidate Candidates
    Announces Announce
    Announced Statement Remarks Readout Press Briefing Gaggle Call Calls Meeting Meets Visit Visits Travels Travel
    Signs Signed Hosts Hosted Delivers Speaks Joins Welcomes Holds Launches Releases Celebrates Honors Honours
    Nominates Appoints Names Approves Applauds Condemns Congratulates En Route Aboard Air Force One Welcome So
    Thank Thanks Yes No Okay Well Good Morning Afternoon Evening Ladies Gentlemen Everyone Please Q What Why How
    Who Where Let Look Again Look, Sir Madam Excellency Majesty Highness Honorable Honourable Mr Mrs Ms Dr Jr Sr
    God America American Americans United Nations Washington Electric Motors Inc Corporation Company Group
    Bank Fund University College Institute School Center Centre Foundation Association Hospital Avenue Street
    Parkway Boulevard Highway Expressway Bridge Airport Tunnel
    Officer Officers Am Is Are Do Does Did Can Will Would Should Could Must Has Have Had Was Were Be Award Awards
    Prize Medal Fellowship Scholarship Fellow Fellows Biography Biographies Bio Bios Profile Profiles Emerita Emeritus
    Supervisor Inspector Felony Misdemeanor Crimes Abuse Precinct Patrol Unit Division Complex Manual
    Policy Statistics Response Schedule Rule Fight Op-Ed
    Review Journal Markets Programs Operations Relations Memorial Monument Museum Cemetery People Peoples Transcript
    Manager Managers Reform Reforms Subgroup Subcommittee Care Republican Republicans Democrat Democrats Congressional
    War Creek County Parish Principal Order Development Voting Amendment
    Asia Pacific Europe Africa Americas Caribbean Eurasia Oceania
    Released Finally Officially Formally Quietly Quickly Already Still Just Even Never
    Lt Gen Col Maj Sgt Capt Adm Cmdr Brig Cpl Pvt Lieut""".split()
)

# Title-case verbs of headlines that are not already NOT_NAME_WORDS.
HEADLINE_VERBS = frozenset(
    """Expands Establishes Highlights Marks Unveils Directs Orders Declares Proclaims Praises Urges Touts Outlines
    Discusses Commends Reaffirms Continues Invests Secures Protects Strengthens Lowers Cuts Ends Restores Builds
    Brings Takes Issues Reiterates Recognizes Affirms Reviews Receives Sends Tours Answers Addresses Talks Sets Makes
    Gives Proposes Unleashes Lifts Boosts Slams Blasts Vows Pledges Invites Showcases Hails Asks Improves Modernizes
    Helps Supports""".split()
)

US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming""".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
     "South Carolina", "South Dakota", "West Virginia", "Puerto Rico"}
# Their postal codes: "Malta, NY" (a town, not the country), "Young Kim (R-CA)" (a member of Congress).
US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY"
).split()

PLACES = US_STATES | frozenset(
    "London Paris Beijing Tokyo Moscow Kyiv Jerusalem Brussels Geneva Berlin Seoul Taipei".split()
) | {"District of Columbia", "San Francisco", "Los Angeles", "New Delhi", "Mexico City", "Hong Kong", "Camp David",
     "Air Force One", "Capitol Hill"}
