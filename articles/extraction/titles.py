"""The offices that make a named person an official, as they are written before or after a name.

Plain data and patterns, no Django. Multi-word titles come first in each
alternation so the longest one wins ("Prime Minister" before "Minister").
"""

from __future__ import annotations

import re

# Capitalised office heads written directly before a name ("Secretary Blinken").
_HEADS = [
    "Prime Minister", "Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
    "Interior Minister", "Trade Minister", "Economy Minister", "Health Minister", "Deputy Minister",
    "Minister-President", "Minister", "Secretary-General", "Secretary General", "Press Secretary",
    "Cabinet Secretary", "Under Secretary", "Undersecretary", "Deputy Secretary", "Assistant Secretary",
    "Secretary", "Vice President-elect", "Vice President-Elect", "Vice President", "President-elect", "President-Elect",
    "President", "Vice Premier", "Premier",
    "Chancellor", "Director-General", "Director General", "Deputy Director", "Director", "Administrator",
    "High Commissioner", "Commissioner", "Ambassador-at-Large", "Ambassador", "Special Envoy", "Envoy",
    "Lieutenant Governor", "Lt. Governor", "Lt. Gov.", "Gov.", "Governor-elect", "Governor-Elect", "Governor", "Mayor-elect", "Mayor", "Senator", "Sen.", "Representative", "Rep.",
    "Congressman", "Congresswoman", "Congressmember", "Delegate", "Legislator", "Lawmaker",
    "Speaker", "Majority Leader", "Minority Leader", "Leader of the Opposition", "Opposition Leader", "Leader", "Majority Whip", "Minority Whip", "Whip",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Vice Chairman", "Vice Chair", "Spokesperson",
    "Spokesman", "Spokeswoman", "Attorney General", "Solicitor General", "Surgeon General",
    "Inspector General", "Adjutant General", "Registrar General", "Chief of Staff", "Chief Justice", "Associate Justice", "Justice", "Judge",
    "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Major General", "Maj. Gen.", "Brigadier General",
    "Brig. Gen.", "Admiral", "Adm.", "Vice Admiral", "Vice Adm.", "Rear Admiral", "Rear Adm.", "Colonel",
    "Col.", "Lieutenant Colonel", "Lt. Col.", "Lieutenant", "First Lieutenant", "Second Lieutenant", "Lt.",
    "Corporal", "Cpl.", "Specialist", "Spc.", "Staff Sergeant", "Master Sergeant", "Petty Officer", "Commander", "Cmdr.", "Captain", "Capt.", "Sergeant",
    "Sgt.", "Air Marshal", "Field Marshal", "Marshal", "King", "Queen", "Crown Prince", "Prince",
    "Princess", "Sheikh", "Emir", "Amir", "Sultan", "First Lady", "Second Gentleman", "Coordinator",
    "National Security Advisor", "National Security Adviser", "Security Advisor", "Security Adviser",
    "Senior Advisor", "Senior Adviser", "Advisor", "Adviser", "Counselor", "Counsellor", "Councilor",
    "Councillor", "Councilmember", "Council Member", "Commandant", "Superintendent", "Comptroller",
    "Treasurer", "Ombudsman", "Chief Executive", "Deputy Prime Minister", "Deputy Premier",
    "State Councilor", "Vice Chancellor", "Vice Minister", "Deputy Director-General",
    "Deputy Secretary-General", "Director of National Intelligence", "Ambassador to the United Nations",
    "Administrator of the Environmental Protection Agency", "Taoiseach", "Tánaiste", "Border Czar", "Czar",
    "Member of Congress", "Member of Parliament", "Member", "Board Member", "Consul General", "Chargé d’Affaires",
    "Chargé d'Affaires", "Director of the Office of Management and Budget", "Pope",
    "Special Counsel", "White House Counsel", "President Pro Tempore", "Speaker Pro Tempore",
    "Special Representative", "Special Presidential Envoy", "Assemblyman", "Assemblywoman", "Assemblymember", "Councilman",
    "Councilwoman", "Alderman", "Sheriff", "Police Chief", "Fire Chief", "Attorney", "District Attorney", "U.S. Attorney",
    "Co-Chair", "Co-Chairman", "Co-Chairwoman", "Vice-President", "Vice-Chair", "Vice-Chairman", "Honorable", "Hon.",
    "Honourable", "Officer", "Police Officer", "Detective", "Trooper", "Emperor", "Empress", "Chairman of the Joint Chiefs of Staff",
    "Representative of the United States", "Trade Representative", "Chief Operating Officer", "Controller",
    "Assistant to the President", "Assistant to President", "Senior Advisor to the President", "Counselor to the President",
    "Counsel to the President", "Counsel to the Vice President", "Coordinator", "Archivist", "Resident Commissioner",
    # news usage: abbreviations, British hyphenated ranks, an office not yet taken up, magistrates
    "PM", "MP", "Magistrate", "Lieutenant-Colonel", "Lieutenant-Commander", "Lieutenant-General", "Major-General",
    "Brigadier-General", "Prime Minister-designate", "President-designate", "Home Minister", "Information Minister",
    "Minister of Information",  # not a portfolio of its own: "Deputy Director for Information Resources Management"
    # the second word in lower case, as news writes it: "Prime minister John Howard"
    "Prime minister", "Foreign minister", "Defence minister", "Defense minister", "Interior minister", "Home minister",
    "Finance minister", "Deputy minister", "Vice president", "Secretary-general", "Secretary general", "Police chief",
    "Vice-Admiral", "Rear-Admiral", "Air Vice-Marshal", "Chief Constable", "Deputy Chief Constable",
    "Assistant Chief Constable", "City Clerk", "County Clerk",
    # public offices of a state or a city: "Deputy State Medical Examiner Susan Klingler", "Public Advocate"
    "Medical Examiner", "Coroner", "Public Advocate", "Prosecutor", "Chief Prosecutor", "Public Prosecutor",
    "State Prosecutor",
    # a misspelling news lets through: "Prime Minster Recep Tayyip Erdogan" ("York Minster" takes no name after it)
    "Prime Minster", "Foreign Minster", "Prime minster", "Foreign minster",
    # British police ranks and a theocracy's head: "Detective Inspector Andy Logan", "Supreme Leader Ali Khamenei"
    "Detective Inspector", "Detective Chief Inspector", "Detective Sergeant", "Detective Constable",
    "Detective Superintendent", "Detective Chief Superintendent", "Chief Inspector", "Chief Superintendent",
    "Police Constable", "Police Sergeant", "Supreme Leader", "Supreme leader",
    # Britain's secretaries of state: "Boris Johnson tendered his resignation as Foreign Secretary"
    "Foreign Secretary", "Home Secretary", "First Minister", "Deputy First Minister",
    # members of other parliaments: "MEP Nessa Childers", "MSP Ruth Davidson"
    "MEP", "MSP", "MLA", "MPP",
]
# Enlisted ranks with their class: "Sergeant First Class Heath Robinson", "Petty Officer Second Class ...".
_HEADS += [f"{rank} {n} Class" for rank in ("Sergeant", "Sgt.", "Private", "Pvt.", "Petty Officer", "Airman", "Seaman",
                                            "Technician") for n in ("First", "Second", "Third")]
# Lower-case offices that still mark an official directly before a name
# ("former Japanese military leader Shigeru Iwasaki", "opposition lawmaker Kim").
_LOWER_HEADS = [
    "military leader", "party leader", "opposition leader", "opposition lawmaker", "lawmaker", "legislator",
    "senator", "minister", "foreign minister", "prime minister", "president", "spokesperson", "spokesman",
    "spokeswoman", "ambassador", "envoy", "governor", "mayor", "general", "admiral", "commander",
    "secretary", "director-general", "director", "chairman", "chairwoman", "premier", "legislative leader",
    "border czar", "czar", "leader", "chief", "commander", "official", "head", "congresswoman", "congressman",
    "representative", "labor minister", "defense minister", "finance minister", "trade minister", "health minister",
    "interior minister", "economy minister", "justice minister", "defence minister", "home minister",
    "information minister", "foreign affairs minister", "secretary-general", "police chief", "police official",
    "police officer", "administrator", "commissioner", "negotiator", "councillor", "councilor", "judge", "magistrate",
    "inspector", "prosecutor", "premier", "vice-premier", "vice premier", "parliamentary speaker",
    "secretary general", "national security adviser", "national security advisor", "attorney general", "alderman",
    "press secretary", "officer", "first lady", "counterpart", "deputy", "ex-president", "ex-premier", "ex-prime minister", "ex-minister", "ex-governor", "ex-mayor", "ex-senator",
    "prime minster", "foreign minster", "press spokesman", "press spokeswoman", "press spokesperson",
    "chancellor",  # "German chancellor Angela Merkel" (a marker is still needed, as for every lower-case office)
    "first minister",
]
# A government's portfolio in lower case before "minister" or "secretary" ("sports minister Shane Ross", "energy
# secretary Ed Miliband"): no company, club or church names its officers so ("youth minister" is a church's).
PORTFOLIO_WORDS = (
    "agriculture", "communications", "culture", "development", "economic", "education", "energy", "environment",
    "fisheries", "housing", "immigration", "industry", "infrastructure", "mines", "oil", "petroleum", "planning",
    "security", "sport", "sports", "tourism", "transport", "transportation", "welfare", "water", "telecommunications",
    "commerce", "labour", "employment", "science", "integration", "interior", "treasury",
)
# "ex-" opening a sentence, in either case: "Ex-president Mary McAleese", "Ex-Prime Minister ..."
_HEADS += [form for head in _LOWER_HEADS if head.startswith("ex-") for form in ("Ex" + head[2:], "Ex-" + head[3:].title())]
PORTFOLIO_OFFICES = frozenset(f"{word} {office}" for word in PORTFOLIO_WORDS for office in ("minister", "secretary"))
_LOWER_HEADS += sorted(PORTFOLIO_OFFICES)

# Lower-case words that make the office after them a public one ("provincial police chief", "Afghan presidential
# spokesman", "Iranian foreign ministry spokesman", "a civil defence official"), capitalised when a sentence starts
# with them ("Senior police official Ghafoor Afridi"); the country or body before them is the office's.
PUBLIC_QUALIFIERS = frozenset(
    "provincial police presidential foreign ministry government defence defense information civil emergency services "
    "military army state federal district municipal city county deputy chief interior home intelligence health "
    "justice party prime cabinet election electoral parliamentary opposition ward".split()
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# "Minister of National Defense", "Secretary of State": the 'of' part belongs to
# the title when it names a portfolio, not an organisation with a name after it.
PORTFOLIOS = frozenset(
    [
        "State", "Defense", "Defence", "National Defense", "National Defence", "Foreign Affairs", "Homeland Security",
        "the Treasury", "Treasury", "Commerce", "Labor", "Justice", "Health", "Health and Human Services",
        "Education", "Energy", "the Interior", "Interior", "Agriculture", "Transportation", "Veterans Affairs",
        "Housing and Urban Development", "the Army", "the Navy", "the Air Force", "Finance", "Economy",
        "Economic Affairs", "Trade", "Staff", "Home Affairs", "Internal Affairs", "External Affairs", "Industry",
        "Culture", "Environment", "Digital Affairs", "Foreign Affairs and Trade", "National Security",
        "Public Security", "Foreign Trade", "Economy and Finance", "Natural Resources", "Labour", "Immigration",
        "War", "Veterans Affairs", "Homeland Security", "Housing", "Defense Policy", "the Environment",
        # the White House's own portfolios: "Director of Public Engagement Stephen Benjamin"
        "Public Engagement", "Legislative Affairs", "Intergovernmental Affairs", "Cabinet Affairs", "Political Affairs",
        "Presidential Personnel", "Speechwriting",
        # other governments' portfolios, as news names them: "Pakistani Minister of Information Tariq Azim Khan"
        "Information and Broadcasting", "Planning", "Tourism", "Railways",
        "Petroleum", "Mines", "Youth", "Sports", "Social Affairs", "Public Works", "Civil Affairs", "Higher Education",
        "Internal Security", "Water Resources", "Foreign and Commonwealth Affairs", "Foreign Relations",
        "External Relations",
    ]
)

LOWER_PORTFOLIOS = frozenset(p.lower() for p in PORTFOLIOS)

# Every office word or phrase, capitalised or not, for one trie-shaped scan of the text; with a capitalised portfolio
# before a lower-case "minister" ("was forced to resign as Foreign Affairs minister"), which adds no title word.
ALL_HEADS: tuple[str, ...] = tuple(dict.fromkeys(
    _HEADS + _LOWER_HEADS
    + [f"{p} minister" for p in sorted(PORTFOLIOS) if p[0].isupper() and p not in {"State", "Staff", "Youth"}]
    # a lower-case portfolio office opening a sentence: "Energy secretary Ed Miliband said" (no title word added)
    + sorted(o[0].upper() + o[1:] for o in PORTFOLIO_OFFICES)
))

MODIFIERS = (
    r"(?:former|Former|acting|Acting|then-|outgoing|incoming|late|newly\s+appointed|interim|current"
    r"|(?:one|two|three|four|five)-star)"
)

PORTFOLIO_PATTERN = _alternation(sorted(PORTFOLIOS))
# Single words of office titles: never part of a person's name.
# ("Public" and "Medical" are words of bodies' names too: "Public Citizen", "American Medical Association".)
TITLE_WORDS = frozenset(word for head in _HEADS for word in head.split()) - {
    "of", "the", "to", "for", "at", "Large", "Public", "Medical"
}
# Words that extend a title leftwards when written just before it ("Prime" + "Minister").
TITLE_PREFIXES = frozenset(
    "Prime Deputy Vice Assistant Under Associate Principal Senior Chief Executive Special Acting Lieutenant Rear "
    "Brigadier Major First Second Foreign Defense Defence Finance Interior Trade Health State Press Cabinet "
    "Federal Regional Secretary-General Commanding Presiding Ranking "
    # a portfolio written before its office stays in the title: "Commerce Secretary", "Labour Minister"
    "Treasury Commerce Labor Labour Justice Education Energy Agriculture Transportation Housing Economy Industry "
    "Culture Environment Immigration War".split()
)
