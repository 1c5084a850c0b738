"""Officials (people named with an office) and other named people. Plain Python.

An official is found where an office is written next to a name:
- before it: "Minister of National Defense Wellington Koo", "National Security
  Bureau Director-General Tsai Ming-yen", "former Japanese military leader
  Shigeru Iwasaki", "the Second Gentleman of the United States, Douglas Emhoff";
- after it: "Tsai Ming-yen, director-general of the National Security Bureau",
  "Carol Spahn, Nominee for Director of the Peace Corps";
- as its predicate: "Carol Spahn is serving as Chief Executive Officer of ...".
Later references by surname ("Tsai said", "President Biden") count for the
person already found. People named without an office, but as speakers
("Jane Doe said"), are people, not officials.

Speed: every scan of the whole text is one compiled regex that starts with a
literal or a character class (offices as a trie, "," or " said" for names
whose office follows), so the regex engine skips ahead to candidates; names
are then read only in a short window around each candidate.

This module finds the offices next to names; reading a name (person_names),
the office patterns (office_patterns) and merging one person's mentions and
counting them (person_coreference) are their own modules.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from articles.extraction import titles
from articles.extraction.name_terms import NOT_NAME_WORDS, US_STATE_CODES, US_STATES
from articles.extraction.organisation_registry import word_counts as registry_word_counts
from articles.extraction.organisation_terms import KIND_BY_HEAD
from articles.extraction.office_patterns import (
    BECOMING,
    KEPT_POST_VERBS,
    LEFT_POST_LEAD,
    LEFT_POST_VERBS,
    RESIGNATION,
    OWNER_BEFORE_OFFICE,
    PLURAL_AT_LINE_START,
    PUBLIC_BODY,
    OFFICE_PHRASE,
    APPOINTED,
    TITLE_RE,
    THEN_TITLE,
    SINGULAR_OFFICE,
    FOLLOWING_OFFICES,
    AFTER_SPACE_KIND,
    AFTER_SPACE,
    PORTFOLIO_AFTER,
    SUB_PORTFOLIO,
    LISTED_ON,
    OF_AFTER,
    LEFT_MODIFIER,
    LEFT_QUALIFIER,
    SAID,
    PREDICATE,
    LIST,
    OFFICE_START,
    UNIT_OFFICE_START,
    APPOSITIVE,
    BODY_THEN_OFFICE,
    POSSESSIVE,
    LEADING_THE,
    GAP,
    COMMA_BODY,
    BODY_BEFORE,
    BRACKETED_ACRONYM,
    LIST_SEPARATOR,
    at_sentence_start,
)
from articles.extraction.known_organisations import FEDERAL_ACRONYMS, KNOWN_ORGANISATIONS
from articles.extraction.nominee_posts import nominee_biographies, private_nominee
from articles.extraction.person_coreference import SPOUSE_TITLE, Coreference, FoundPerson
from articles.extraction.person_names import NAME_BEFORE, NAME_RE, PLAIN_PERSON_NAME, UPPER, NameReader
from articles.extraction.private_bodies import (
    names_an_agency, is_civil_society_body, not_a_governments, private_body, public_body, says_private,
)

_INITIAL = re.compile(r"[A-Z]\.")
# An appointment written verb first: "announced British A. Robinson as the new Prosper Africa Coordinator".
_APPOINTED_BEFORE = re.compile(
    r"\b(?:announced|named|names|appointed|appoints|selected|tapped|designated|picked|hired|elected|elects)\s+\Z"
)
# The literal first, so that the scan jumps from " as " to " as " (a look-behind first is tried at every position).
_AS_POST_SCAN = re.compile(r" as (?<=[a-z.] as )(?:the |its |our |his |her )?(?:new |next |incoming )?(?=[A-Z])")
_AS_POST = re.compile(r"\s+as\s+(?:the\s+|its\s+|our\s+|his\s+|her\s+)?(?:new\s+|next\s+|incoming\s+)?")
# Between a spouse's office and the name: "the Second Gentleman of the United States, my husband, Doug Emhoff"; between
# any office and the name: "Your great senator and my friend, Bob Casey".
_KIN_BETWEEN = re.compile(r"(?P<kin>(?:my|our|his|her) (?:husband|wife), )|and my (?:dear |good )?friend, ")
# Lower-case offices that the speaker's "our", "my" or praise marks as a public office ("our mayor, Eric Garcetti",
# "the great governor, Wes Moore"); not "our wonderful director" or "the great leader".
_OWNED_OFFICES = frozenset(
    "president governor mayor senator congressman congresswoman representative lawmaker legislator secretary "
    "ambassador minister spokesperson spokesman spokeswoman general admiral".split()
)
_PRAISED = r"(?:great|good|dear|wonderful|incredible|extraordinary|outstanding|terrific|brilliant|fantastic|amazing)"
_FULL_NAME = re.compile(r"[A-Z][^\W\d_]+(?: [A-Z]\.)? [A-Z][^\W\d_]+")  # "Roberto Córdova" too
_PLACE_NAMED_AFTER = re.compile(r"(?:[’']s)? (?:County|Island|Parish|Sound)\b")
# Where a clause ends after a name ("the lieutenant governor, Garlin Gilchrist."), and where a name can end at all.
_CLAUSE_ENDS = r"[.;:]|\s+[—(]"
_CLAUSE_END = re.compile(_CLAUSE_ENDS)
_NAME_ENDS = re.compile(rf"[,)]|{_CLAUSE_ENDS}|\s*\Z")
_OWNED_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:(?:[Oo]ur|[Mm]y|[Yy]our)(?: {_PRAISED}| public| new| own| next| soon-to-be)?"
    rf"|[Tt]he {_PRAISED}) \Z"
)
# Up to three public-sector words just before a lower-case office, the first capitalised or not.
_PUBLIC_QUALIFIER = "|".join(sorted({*titles.PUBLIC_QUALIFIERS, *(w.capitalize() for w in titles.PUBLIC_QUALIFIERS)}))
# Offices written as letters, which other things are written as too ("1:00 PM", "MP Materials", "MLA Handbook"): a full
# name must follow.
_ABBREVIATED_OFFICES = frozenset({"PM", "MP", "MEP", "MSP", "MLA", "MPP"})
_NUMBER_AFTER = re.compile(r" \d")
_COUNTRY_LEAD = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?(?= )")
_LAST_WORD = re.compile(r"([\w’'-]+) \Z")
_PRINCIPALITIES = frozenset({"Monaco", "Liechtenstein"})
_REGNAL_NUMBER = re.compile(r" (?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_OF_COUNTRY = re.compile(r",? of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")
_NOT_A_GOVERNMENTS_WORDS = frozenset("Student Students School Camp Youth Model Mock Club Team Board".split())
_PLURAL_MARKS = frozenset("local parish independent senior tory green labour conservative liberal".split())
# Whose an office is, in the words just before it: a possessive ("the club's", "Ryanair's", "students'") or a body no
# government has ("Club sports secretary", "the tenants' association housing secretary").
_POSSESSIVE_OWNER = re.compile(r"([\w.&-]+(?: [A-Z][\w.&-]*)?)(?:[’']s|s[’'])(?: [\w-]+){0,2} \Z")
_PRIVATE_WORDS = (
    r"[Cc]lub|[Uu]nion|[Ss]chool|[Ss]ociety|[Aa]ssociation|[Cc]ollege|[Uu]niversity|[Cc]hurch|[Tt]eam|[Cc]ompany|[Ff]irm|"
    r"[Ll]eague|[Cc]harity|[Ss]tudents?|[Aa]irline|[Bb]ank|[Hh]ospital|[Mm]useum|[Ss]ixth [Ff]orm|F\.?C\.?"
)
_PRIVATE_SUBJECT = re.compile(rf"\b(?:{_PRIVATE_WORDS}|[Bb]oard|[Cc]orporation|[Mm]embers)\b")
_PRIVATE_OWNER_WORDS = re.compile(rf"\b(?:{_PRIVATE_WORDS})(?:[’']s?)?(?: [\w-]+){{0,2}} \Z")
# "Development secretary Alan Jones of the Rotary Club", "welfare secretary Helen Ward of the students' union"
_PRIVATE_BODY_AFTER = re.compile(
    rf",? (?:of|at|from|for) (?:the |a |his |her )?(?:[\w’'-]+ ){{0,3}}?(?:{_PRIVATE_WORDS})(?:[’']s?)?\b"
)
# A peer by the style and name the House of Lords knows them by ("Lord Alli", "Baroness Stowell of Beeston"), not an
# office styled so ("Lord Chancellor", "Lord Speaker", "Lord Mayor") nor "the Lord" of prayer.
_PEER = re.compile(
    r"(?<![Tt]he )\b(?P<style>Lord|Baroness)\s+(?P<name>(?!(?:Chancellor|Speaker|Mayor|Chief|President|Privy|Justice|"
    r"Lieutenant|Advocate|Provost|High|God|Jesus|Christ|Almighty|Krishna|Shiva|Vishnu|Rama|Buddha|Ganesha|Protector|"
    r"Bishop|Voldemort|Lord|Baroness|Lady)\b)[A-Z][a-z’'-]+(?:\s+of\s+[A-Z][a-z’'-]+)?)"
)
# The paragraph of a peer's mention speaks of the House's business; a place is named after a lord ("Lord Howe Island").
_LORDS_BUSINESS = re.compile(r"\b(?:Lords|[Pp]eers?|debate|Bill|amendments?|Parliament|[Gg]overnment|legislation)\b")
_NOT_A_PEER_AFTER = re.compile(r"[’']?s? (?:Island|Street|Square|Road|Cricket|Ground|Bridge|Park)\b")
# A subject after a sentence's opening phrase: "In May, Maxime Bernier was forced to resign as ..."
_AFTER_OPENING_PHRASE = re.compile(
    r"(?:[.!?][\"”’]?\s+|\n)(?:(?:In|On|By)\s+(?:(?:early|late|mid-?)\s*)?(?:\d|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Earlier|Later|"
    r"Meanwhile|Yesterday|Today)\b[^,.;:\n]{0,30},\s+\Z"
)
# A head of government's or state's own spokesman: "the Prime Minister's spokesperson Mark Regev"
_HOLDERS_POSSESSIVE = re.compile(
    r"\b[Tt]he (?:President|Prime Minister|Premier|Vice President|Foreign Minister|Secretary of State)[’']s "
    r"(?:(?:chief|senior|top|press|deputy|official|national security|economic|foreign policy) )?\Z"
)
_PUBLIC_QUALIFIERS_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?:{_PUBLIC_QUALIFIER}) ){{1,3}}\Z")
# Lower-case offices a word before them can make public (see _Finder.named_before_office): a place's ("Alberta
# premier", "Calgary mayor"), a person's spokesman ("Sarkozy spokeswoman"), and with a party any of them
# ("Republican senator", "Democratic president", "Labour minister").
_PLACE_OFFICES = frozenset("premier vice-premier mayor governor senator".split())
_ONLY_PUBLIC_OFFICES = _PLACE_OFFICES - {"vice-premier"}  # "the mayor Luca Pastorino"; no company has these
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
_NAMED_OFFICES = _PLACE_OFFICES | _SPOKESPEOPLE | {"president", "minister", "ambassador", "speaker", "leader", "chancellor"}
_PARTY_ADJECTIVES = frozenset("Republican Democratic Democrat Labour Labor Conservative Liberal Socialist".split())
# Capitalised offices a company or a team has as well: no public office of the name after them.
_NOT_PUBLIC_HEADS = frozenset(
    "Chairman Chairwoman Chair Chairperson Captain Capt. Director Administrator Coordinator Advisor Adviser Counselor "
    "Counsellor Member Treasurer Controller Comptroller Officer Specialist Spokesperson Spokesman Spokeswoman".split()
)
# A capitalised office, then up to two capitalised words, just before a point: "President Nicolas " before "Sarkozy".
_OFFICE_AND_NAMES_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(h) for h in sorted(titles.ALL_HEADS, key=len, reverse=True) if h[0].isupper() and " " not in h)
    + r")(?: [A-Z][\w.’'-]*){0,2} \Z"
)
# "the president of the Lombardy region, Roberto Maroni": a lower-case office's place or body before a comma and a name.
_PUBLIC_OF = re.compile(r" (?P<phrase>(?:of|to|for) [^,.;:!?\n()“”\"]{3,60}?), (?=[A-Z])")
_PUBLIC_PLACE = re.compile(
    r"\b(?:region|province|municipality|government|police|ministry|assembly|parliament|presidency|army|military)s?\b|"
    r"\b(?:county|district|island) of\b"
)
_COMMA_GAP = re.compile(r", ")
# "kept his post as", "resigned as", "quit as": said of club and company posts too, so only a clearly public office.
_LEFT_OFFICE = re.compile(
    rf"\s*(?:{LEFT_POST_LEAD}(?:{'|'.join((*KEPT_POST_VERBS, *LEFT_POST_VERBS))})|{RESIGNATION}|{BECOMING})\b"
)
_CLEARLY_PUBLIC = frozenset(
    "minister president secretary governor mayor senator ambassador premier speaker judge envoy".split()
)
_MORE_PORTFOLIO = re.compile(r" (?:Technology|and|Systems|Resources|Management|Security|Services|Communications)\b")
_OF_PLACE = re.compile(r" (?:of|from) (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,| and\b)")
_SPOKEN_FOR = re.compile(r"for (?:[A-Z][\w’'-]* )?([A-Z][\w’'-]+)")
# Lower-case offices no private body has, public before a name with nothing else to mark them ("regional lawmaker Ann
# Roe"); with a minister, a senator and a mayor, public by themselves in an appositive ("Manuel Maiguashca, vice
# minister of energy and mines,"; not a church's minister), as is an office of the police ("director-general of police").
_ALWAYS_PUBLIC_HEADS = frozenset("legislator lawmaker congressman congresswoman".split())
_PUBLIC_APPOSITIVE_HEADS = _ALWAYS_PUBLIC_HEADS | {"minister", "senator", "mayor"}
# ... unless the text says whose it is and it is no government's: "a senator at the university's academic senate",
# "The student union's minister for welfare"
_PRIVATE_CONTEXT = re.compile(
    r"[^.;,\n]{0,20}?\b(?:at|of|for|in|with)\b[^.;,\n]{0,30}?\b(?:[Uu]niversity|[Cc]ollege|[Ss]chool|[Ss]tudents?|"
    r"[Aa]cademic|[Cc]hurch|[Pp]arish|[Cc]lub|[Uu]nion|[Cc]ongregation|[Mm]ission|[Cc]hapel|[Cc]athedral|[Mm]osque|"
    r"[Ss]ynagogue)\b"
)
_KNOWN_OFFICES_LOWER = frozenset(h.lower() for h in titles.ALL_HEADS)
# Public-sector words only a government's office carries ("the chief government administrator of Peshawar"), not a
# club's or a company's ("the chief health officer of the San Francisco 49ers", "the emergency spokesman for Qantas").
_GOVERNMENT_WORDS = re.compile(
    r"\b(?:government|provincial|municipal|civil|presidential|federal|ministry|police|military|army|interior|"
    r"intelligence|parliamentary|cabinet|district|county|city|state)\b",
    re.I,
)
# An always-public office is not a role played or a student body's: "who played congressman Frank Underwood", "student lawmaker Ava Chen"
_NOT_REALLY_BEFORE = re.compile(
    r"\b(?:student|students|youth|mock|model|fictional|played|plays|playing|portrays|portrayed|portraying|as)"
    r"(?: [a-z]+)? \Z"
)
# A counterpart is an official's only where the text names an office before it ("his Australian counterpart Pat
# Cummins" is a cricket captain's).
_OFFICE_NAMED = re.compile(
    r"\b(?:[Mm]inisters?|[Ss]ecretar(?:y|ies)|[Pp]residents?|[Aa]mbassadors?|[Pp]remiers?|[Cc]hancellors?|[Ee]nvoys?|"
    r"[Dd]iplomats?|[Gg]overnors?|[Mm]ayors?|[Ss]enators?|[Pp]rime)\b"
)
# "the 49ers' chief health officer", "Qantas's emergency spokesman": a possessive owner before the office's words.
_OWNER_BEFORE = re.compile(r"([A-Z0-9][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,2})(?:[’']s|s[’']) \Z")
# Offices whose lower-case portfolio is a government's: "James Baker, secretary of state,".
_PORTFOLIO_HEADS = frozenset("secretary undersecretary under-secretary director-general commissioner".split())
# A lower-case secretary's portfolio that is a cabinet's, not a club's ("secretary of finance" presents club accounts).
_SECRETARIES_PORTFOLIOS = frozenset(
    "state defense defence war treasury homeland security interior health education energy labor labour commerce "
    "agriculture transportation".split()
) | {"the treasury", "the interior", "homeland security", "veterans affairs", "housing and urban development"}
_DENOMINATION_BEFORE = re.compile(
    r"\b(?:Baptist|Methodist|Lutheran|Presbyterian|Anglican|Catholic|Episcopal|Pentecostal|Evangelical|Unitarian|church)"
    r"(?: [a-z]+)? \Z"
)
_OF_POLICE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?police\b")
# The lower-case portfolio after such an office, as written: "vice minister of energy and mines".
_LOWER_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?P<p>(?:the\s+)?[a-z]+(?:\s+(?:and|of)\s+[a-z]+)?)(?=[,.;)]|\s+(?:said|told|says)\b)")
_COUNTRY_POSSESSIVE = re.compile(r"(?<![\w-])((?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})[’']s (?:new |former |current |then )?\Z")
_FIRST_NAME_OF = re.compile(r"(?:of|to|for) (?:the )?([A-Z][\w’'-]*)")
# The word just before an office, when it is capitalised or a number.
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]*|\d+) \Z")
# Words before "General" that make it a rank: "Adjutant General Kenneth Hara", "Confederate General Robert E. Lee".
_GENERALS_OF = frozenset("Adjutant Confederate Union Continental Revolutionary Army".split())
# The head words of bodies that are not a government's: "Union", "Institute", "Museum", "Federation", "Forum" ...
_NON_GOVERNMENT_HEADS = frozenset(word for word, kind in KIND_BY_HEAD.items() if kind != "government")
# A judicial nominee's heading line, and the form with the name in capitals on the line above it.
_COURT = r"(?P<court>[^\n]*?\bCourts?\b[^\n]*?)"
_COURT_NOMINEE = re.compile(
    rf"^(?:[-•*][ \t]+|\d+\.[ \t]+)?(?P<name>[{UPPER}][^\n:,]{{2,60}}?)[:,]?[ \t]+(?P<title>Nominee|Candidate|Nominated)[ \t]+"
    rf"(?:for|to)[ \t]+(?:the[ \t]+)?{_COURT}[ \t]*$",
    re.M,
)
_COURT_NOMINEE_BELOW = re.compile(
    rf"^(?P<name>[{UPPER}][{UPPER}.’'-]*(?:[ \t]+[{UPPER}][{UPPER}.’'-]*){{1,4}})[ \t]*\n"
    rf"(?P<title>Nominated|Nominee|Candidate)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?{_COURT}[ \t]*$",
    re.M,
)
# Offices that also end the names of bodies ("... for Reproductive Justice", "... Attorney General").
_NAME_ENDINGS = frozenset(("Justice", "General"))
# A second office that only the head of a private body holds: "President & CEO", "President and Founder".
_PRIVATE_PAIR = re.compile(r"\s*(?:&|and)\s+(?:CEO|COO|CFO|CTO|Founder|Co-Founder|Co-founder|Chief [A-Z][a-z]+ Officer)\b")
# Offices that head a body of any kind; the body they head says whether they are public ones.
_HEAD_TITLES = frozenset(
    "President Director Chair Chairman Chairwoman Chairperson CEO Founder Co-Founder Partner Minister Chancellor".split()
)
# The rest of a participant line after its office: ", the Center for Reproductive Rights", ", Blackstone",
# ", Global Affairs, Google & Alphabet", ending the line or followed by a colon and a quote ("..., Earthworks: “...").
_REST_OF_LINE = re.compile(r"(?:\s*(?:&|and|/)\s*[A-Z][\w -]*?)?,\s+(?P<r>[^\n]{2,200}?)\s*(?:\n|\Z|:\s*[“\"])")
# The last parts of such a line that say where the body is: "New York, New York", "Los Angeles, CA", ", Inc.".
_WHERE = re.compile(r"(?:[A-Z]{2}|Inc\.?|LLC|D\.C\.)")
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def _line_body(rest: str, start: int, countries: dict[str, str]) -> str:
    """The body a participant line names last after an office ("" if the rest of `rest` is no such line)."""
    line = _REST_OF_LINE.match(rest, start)
    if not line:
        return ""
    parts = [LEADING_THE.sub("", part.strip()) for part in _BRACKETED.sub("", line.group("r")).split(",")]
    if not all(part[:1].isupper() or part[:1].isdigit() or part[:1] == "#" for part in parts):
        return ""  # a clause, not a list of an office's parts
    while len(parts) > 1 and (parts[-1] in US_STATES or parts[-1] in countries or _WHERE.fullmatch(parts[-1])):
        state = parts.pop() in US_STATES or len(parts[-1].split()) <= 3
        if state and len(parts) > 1 and len(parts[-1].split()) <= 2 and not KIND_BY_HEAD.keys() & set(parts[-1].split()):
            parts.pop()  # the city before its state
    return parts[-1].rpartition(" at ")[2]  # "..., Operations Management at Apple"


# Only a list marker, a number or an honorific before a name on its line: a participant line.
_LINE_START_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*]|\d+\.)?[ \t]*(?:(?:Dr|Mr|Ms|Mrs|Rev|Reverend|Hon)\.?\s+)?\Z")
_TO_THE_PRESIDENT = re.compile(r"\bto (?:the )?(?:Vice )?President\b")
_LINE_END = re.compile(r"\s*(?:\([^)\n]*\))?\s*(?:\n|\Z)")
# What follows a name that ends a list item or a clause.
_HOLDER_ENDS = re.compile(r"[,;.]|\s*$|\s*\n|\s+and\s|\s+(?:said|says|will|has|had|is|was|who|met|[a-z]+ed)\b")
# Degrees and post-nominal letters between a name and its office: ", MD, MPH", ", Ph.D.", ", FACP".
_DEGREES = (
    r"(?:,\s*(?:MD|M\.D\.|MPH|MPP|MPA|PhD|Ph\.D\.|JD|J\.D\.|BA|BS|MBA|MA|MS|MSc|RN|DrPH|DNP|DDS|EdD|Ed\.D\.|MSW|LCSW|"
    r"FACP|FACS|FAAP|FACEP|Esq\.))+"
)
# ... or a bracketed nation or affiliation: "Shelly C. Lowe (Navajo), Chair, ...".
_AFTER_NAME = rf"(?:{_DEGREES}|\s*\([A-Z][a-z][\w .’'-]{{0,40}}\))+"
_CREDENTIALS = re.compile(rf"{_AFTER_NAME}(?=,)")
_CREDENTIALS_BEFORE = re.compile(rf"{_AFTER_NAME}\Z")
# After a post and a name ends the sentence or a list, or a place's state or setting follows: no name was there.
_NO_NAME_AFTER = re.compile(r"\.(?:\s|$)|,? and\b|,? in\b|, [A-Z]{2}\b|’s\b")
_GENERAL_COMPANY = re.compile(r" (?:Mills|Motors|Electric|Dynamics|Atomics)\b")
# "Sec. 4.  General Provisions.": the heading of an order's closing section, not a general named Provisions
_GENERAL_HEADING = re.compile(r" (?:Provisions|Policy|Definitions|Authorities|Authority|Duties|Functions)\b")
# A signature: the last line of a presidential action or letter is its signer's name in capitals ("JOSEPH R. BIDEN JR.",
# "DONALD J. TRUMP"), and the text says it is the President's ("By the authority vested in me as President", "IN
# WITNESS WHEREOF, I have hereunto set my hand", a letter to the Speaker of the House).
# An order or a notice dates it after the signature, "THE WHITE HOUSE, May 4, 2023.": the President's signature.
_SIGNATURE = re.compile(
    r"\n(?P<name>(?:[A-Z]\.|[A-Z][A-Z’'-]+)(?: (?:[A-Z]\.|[A-Z][A-Z’'-]+\.?)){1,4})"
    r"(?P<dated>\s+THE WHITE HOUSE,?\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\.?)?\s*\Z"
)
# How the Presidents since 1989 sign: a memorandum or an order signed so is the President's, whatever else its text
# says (a memorandum may also be the National Security Advisor's, "JAKE SULLIVAN", so its layout alone is no cue).
_PRESIDENTS_SIGNATURES = frozenset(
    ["JOSEPH R. BIDEN JR.", "DONALD J. TRUMP", "BARACK OBAMA", "GEORGE W. BUSH", "WILLIAM J. CLINTON", "GEORGE BUSH"]
)
# A memorandum or an order by its layout ("MEMORANDUM FOR THE SECRETARY OF STATE", "Section 1.  Policy."), not a news
# story that happens to end with a former President's name in capitals.
_PRESIDENTIAL_DOCUMENT = re.compile(r"^(?:MEMORANDUM FOR |Sec(?:tion|\.) 1\. )", re.M)
# A letter to a person ("A Letter to Dr. Eric S. Lander", "Letter from President Biden to Secretary Xavier Becerra"):
# its signature is a letter's, not an official act's (the guidelines); a letter to Congress is _PRESIDENTS_LETTER's.
_A_LETTER = re.compile(r"(?:Text of )?(?:an? )?Letters? (?:from|to)\b", re.I)
_TEAMS_NAMED_SENATORS = ("Ottawa", "Binghamton", "Belleville")  # ice hockey clubs (not "Texas Senators Cornyn and Cruz")
_AND_OTHERS = re.compile(r",? and (?:many |several |all the |the )?others\b")
_I_THE_PRESIDENT = re.compile(r"\bI, (?P<name>[A-Z][A-Z.’' -]+[A-Z.]), President of the United States(?! [A-Z])")
_PRESIDENTS_TEXT = re.compile(r"vested in me (?:as President|by the Constitution)|hereunto set my hand|, President of the United States")
_PRESIDENTS_LETTER = re.compile(
    r"(?:Text of )?(?:an? )?(?:(?:Letters?|Message) (?:from the President )?to (?:the |certain |select )?(?:Speaker|President of the "
    r"Senate|Congress|Congressional|Chairm[ae]n|Chairs))",
    re.I,
)
# "Nominations Sent to the Senate": "Loren E. Sweatt, of Virginia, to be a Member of the National Mediation Board for a term
# expiring July 1, 2026.  (Reappointment)", "Sharon L. Cromer, of New York, a Career Member of the Senior Foreign
# Service, Class of Career Minister, to be Ambassador ...". A nominee is an official only where the line names a post
# held: the one renewed, or a career in the Senior Foreign or Executive Service (clarifications 6 and 90).
_NOMINATION_LINE = re.compile(
    r"(?m)^(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,4}(?:,? Jr\.|,? III|,? II)?), of [A-Z][\w .’'-]+?, "
    r"(?P<career>a Career Member of the Senior (?:Foreign|Executive) Service(?:, Class of [\w -]+)?, )?"
    r"to be (?:an? |the )?(?P<post>[^,.\n]+?)(?=,| for (?:a|the) (?:term|remainder)|\.)(?P<rest>[^\n]*)$"
)
_STYLES = frozenset({"Hon.", "Hon"})
# "Mark Kelly (D-Ariz.)", "Chip Roy (R-Texas)", "Bernie Sanders (I-Vt.)", "Young Kim (R-CA-40)": a member of Congress by
# the party and the state written after the name
_STATE_MARKS = US_STATE_CODES + (  # the postal codes, the newspapers' abbreviations, the names they write whole
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. "
    "Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah"
).split()
_PARTY_MARK = re.compile(
    r" \((?:D|R|I)-(?:" + "|".join(re.escape(m) for m in sorted(_STATE_MARKS, key=len, reverse=True)) + r")(?:-\d{1,2})?\)"
)
_PRESIDENTS_COUNTRY = re.compile(r"(?:\bI, [A-Z][\w. ]+, |vested in me as )President of the United States")


def _signed_by_the_president(text: str, signature: re.Match) -> bool:
    """Is the capitalised last line of `text` the President's signature? It is when the White House dates it, when the
    text says it is the President's ("vested in me as President", "hereunto set my hand"), when the title line is a
    letter or message to Congress, or when a memorandum or an order is signed the way a President signs (not a letter
    to a person)."""
    return bool(
        signature.group("dated")
        or _PRESIDENTS_TEXT.search(text)
        or _PRESIDENTS_LETTER.match(text)
        or (
            signature.group("name") in _PRESIDENTS_SIGNATURES
            and _PRESIDENTIAL_DOCUMENT.search(text)
            and not _A_LETTER.match(text)
        )
    )

__all__ = ["FoundPerson", "find_people"]

# Prepositions a title-case headline capitalises: "Press Secretary Karine Jean-Pierre Aboard Air Force One".
_TITLE_CASE_PREPOSITIONS = frozenset("Aboard At In On From With To For Of During After Before Via En".split())



_JOINS = frozenset("and And with With".split())


def _after_a_holder(words: list[str]) -> int:
    """How many of a capitalised run's first words are an office, its holder's name and the word joining the rest to
    them: 4 in "Secretary Janet Yellen and Federal Reserve"; 0 when no office is followed by a name."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _JOINS:
            held = any(
                words[j - 1] in titles.TITLE_WORDS and words[j][:1].isupper() and words[j] not in titles.TITLE_WORDS
                and words[j] not in KIND_BY_HEAD and words[j] not in ("Of", "For", "On")
                for j in range(1, i)
            )
            return i + 1 if held else 0
    return 0

class _Finder(NameReader, Coreference):
    def __init__(self, text: str, country_terms: dict[str, str], organisation_names: dict[str, str], body_start: int):
        self.text = text
        self.country_terms = country_terms
        self.organisation_names = organisation_names
        self.body_start = body_start  # names in the headline are cut to what the body confirms
        self.mentions: list[tuple[int, str, str, str, str]] = []  # position, name, title, organisation, country
        self._common: dict[str, bool] = {}
        self._named_with_an_office: dict[str, bool] = {}  # surname -> is it written after a public office somewhere
        self.titled: set[str] = set()  # names as written that an office was found for, in the body
        self.after_space = [(m, AFTER_SPACE_KIND[" ".join(m.group("w").split())]) for m in AFTER_SPACE.finditer(text)]
        self._body_plain: str | None = None
        self.people: dict[str, FoundPerson] = {}

    def add(
        self, name: str, position: int, *, title: str = "", organisation: str = "", country: str = "", min_tokens: int = 1
    ) -> None:
        for word in name.split():
            if word in _TITLE_CASE_PREPOSITIONS:
                break  # "Karine Jean-Pierre Aboard Air Force One": a title-case preposition ends the name and the body
            if word.rstrip(".,") in KIND_BY_HEAD:
                return  # "Umatilla Tribal Community Foundation" is an organisation, whatever is cut from it
        name = self.clean_name(name, position)
        if self.valid(name) and len(name.split()) >= min_tokens:
            self.mentions.append((position, name, title, organisation, country))

    # -- the office next to a name ------------------------------------------------

    def left_context(self, start: int) -> tuple[str, str, str, str]:
        """(modifier, organisation, country, title prefix) written just before an office."""
        window = self.text[max(0, start - 120) : start]
        window = window[max(0, window.rfind("\n")) :]  # no qualifier reaches back into the line before, or the title
        modifier = organisation = country = prefix = ""
        last_word = (window.split() or [""])[-1].lstrip("(“\"")  # after a space or a line break
        # Only a capitalised word just before the office can end a qualifier ("Bureau Director-General").
        qualifier_match = LEFT_QUALIFIER.search(window) if last_word[:1].isupper() or last_word[:3] in {
            "al-", "el-"} else None
        if qualifier_match:
            qualifier = qualifier_match.group("q")
            bare = POSSESSIVE.sub("", qualifier)
            words = bare.split()
            # Take the longest tail of the capitalised run that is an organisation or a country, not reaching back past
            # another office and its holder: "Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell",
            # "President Biden Before Meeting With Treasury Secretary Janet Yellen".
            for size in range(len(words) - _after_a_holder(words), 0, -1):
                tail = " ".join(words[-size:])
                tail_plain = LEADING_THE.sub("", tail)
                if " ".join(words[-size - 1 :]) in US_STATES:
                    break  # "New Mexico Governor Michelle Lujan Grisham": the state's office, not Mexico's
                if tail_plain in self.country_terms:
                    country = self.country_terms[tail_plain]
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    break
                if tail_plain in self.organisation_names or size > 1 and (
                    tail_plain.split()[-1] in KIND_BY_HEAD or private_body(tail_plain)  # "United Steelworkers President"
                ):
                    organisation = tail_plain
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    break
                if " ".join([tail_plain, "X"]).split()[0] in titles.TITLE_PREFIXES and size == 1:
                    prefix = tail_plain
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    # "Japanese Commerce Minister Taro Yamada": a country before the prefix is the office's
                    country = self.country_ending(words[:-1])
                    # "Energy Fair Trade Coalition Executive Director": a private body before the prefix
                    organisation = next(
                        (" ".join(words[-n:-1]) for n in range(len(words), 2, -1) if private_body(" ".join(words[-n:-1]))), ""
                    )
                    break
        window = window.rstrip()
        # A modifier is the last word or two: read only the end of the window.
        modifier_match = LEFT_MODIFIER.search(window, max(0, len(window) - 20))
        if modifier_match:
            modifier = modifier_match.group("m").lower()
        return modifier, organisation, country, prefix

    def country_ending(self, words: list[str]) -> str:
        """The country the last one or two of `words` name, if any; none for a US state's name ("New Mexico State
        Senator", "Georgia State Representative", "New Jersey ...")."""
        if any(" ".join(words[-k:]) in US_STATES for k in (1, 2, 3) if len(words) >= k):
            return ""
        for size in (2, 1):
            term = LEADING_THE.sub("", " ".join(words[-size:])) if len(words) >= size else ""
            if term in self.country_terms:
                return self.country_terms[term]
        return ""

    def from_offices(self) -> None:
        text = self.text
        offices = [(m.start(), m.end(), m.group(0)) for m in TITLE_RE.finditer(text)]
        offices += [(m.start("w"), m.end(), m.group("w")) for m, kind in self.after_space if kind == "t"]
        if "then-" in text:  # "then-Chairman Susan Collins", "then-Senator Biden"
            offices += [(m.start("t"), m.end(), m.group("t")) for m in THEN_TITLE.finditer(text)]
        for start, position, title in offices:
            title = " ".join(title.split())
            if title == "General" and (
                text[max(0, start - 10) : start] == "Consulate " or _GENERAL_COMPANY.match(text, position)
            ):
                continue  # "the U.S. Consulate General, Lagos", "General Mills": a consulate's or company's name, not an office
            if title == "General" and _GENERAL_HEADING.match(text, position):
                continue  # "Sec. 4.  General Provisions."
            if title in ("General", "Justice") and (previous := _WORD_BEFORE.search(text, max(0, start - 30), start)) and (
                previous.group(1)[0].isdigit()
                or previous.group(1) not in KIND_BY_HEAD
                and previous.group(1) not in titles.TITLE_WORDS
                and previous.group(1) not in self.country_terms  # "British General Phineas Riall"
                and previous.group(1) not in _GENERALS_OF
            ):
                continue  # "its 2025 General Provisions", "the Climate and Economic Justice Screening Tool": a word of a name
            if title == "Minister of Information" and _MORE_PORTFOLIO.match(text, position):
                # "Minister of Information and Broadcasting Anurag Thakur", "Minister of Information Technology ...":
                # a longer portfolio, read after "Minister"
                title, position = "Minister", start + len("Minister")
            lower = title[0].islower()
            portfolio = PORTFOLIO_AFTER.match(text, position)
            if portfolio:
                title = f"{title} of {portfolio.group('p')}"
                position = portfolio.end()
            # "Under Secretary of War for Policy Elbridge Colby", "Senior Advisor for Clean Energy Innovation and
            # Implementation John Podesta": the post, then the name
            post = self.post_in_portfolio(position) if not lower and text.startswith(" for ", position) else None
            if post:
                title, position = f"{title} for {post[0]}", post[1]
            organisation = country = ""
            # "the Second Gentleman of the United States, Douglas Emhoff"
            of = self.of_after(text, position)
            name_start = None
            apposed = False  # the name follows the office and its body after a comma
            if of and not portfolio:
                target = of.group("o")
                # "Administrator of the National Aeronautics and Space Administration (NASA), Bill Nelson"
                acronym = BRACKETED_ACRONYM.match(text, of.end()) if text[of.end() : of.end() + 2] == " (" else None
                of_end = acronym.end() if acronym else of.end()
                words = target.split()
                # "Director of the Office of Public Engagement Stephen Benjamin, and ...": the body, then the name
                known = self.body_before_holder(words, of.end()) if not acronym else None
                if known is None and not acronym and " and " in target:  # "... Cedric Richmond and Environmental ..."
                    cut = target.index(" and ")
                    known = self.body_before_holder(target[:cut].split(), of.start("o") + cut)
                if text[of_end : of_end + 1] == "," and known is None:
                    # "the Second Gentleman of the United States, Douglas Emhoff"
                    if target in self.country_terms:
                        country = self.country_terms[target]
                    elif target.split()[-1] in KIND_BY_HEAD or target in self.organisation_names:
                        organisation = target
                    elif self.office_of_a_place(title, target, of_end + 2):
                        title = f"{title} of {target}"  # "the governor of North Carolina, Roy Cooper"
                        apposed = True
                    elif self.portfolio_then_holder(title, of, of_end):
                        # "The Brazilian Minister of Agrarian Development, Miguel Rossetto, said": a portfolio no list
                        # holds, then its holder between commas
                        title = f"{title} {text[of.start() : of_end].strip(' ,')}"
                        apposed = True
                    apposed = apposed or bool(country or organisation)
                    if apposed:
                        position = of_end + 1
                if not apposed:
                    # "Speaker of the House Nancy Pelosi": the organisation ends at its head word (a comma after the
                    # name too: "..., Speaker of the House Melissa Hortman, Senate Majority Leader ...").
                    for i, word in enumerate(words[:-1]):
                        if known is not None and i != known:
                            continue
                        head = " ".join(words[: i + 1])
                        if known is not None or word in KIND_BY_HEAD or word == "House" or head in self.country_terms or (
                            # "Governor of Colorado Jared Polis": the state is the post's, a person's name follows
                            head in US_STATES and i < 2 and all(self.name_like(w) for w in words[i + 1 :])
                            and registry_word_counts()[words[i + 1]] <= 1  # "... of Alabama Technology Network": a body
                        ):
                            if head in US_STATES and known is None and (
                                head not in self.country_terms or title.endswith(("Governor", "Attorney General"))
                            ):
                                title = f"{title} of {head}"  # "Governor of Georgia Brian Kemp": a state, not the country
                            elif head in self.country_terms:
                                country = self.country_terms[head]
                            else:
                                organisation = head
                            rest_name = NAME_RE.match(text, of.start("o") + len(head) + 1)
                            if rest_name and len(rest_name.group(0).split()) >= 2 and not (
                                # before a comma, not a body's words: "Coordinator of the White House Cancer Moonshot,"
                                text[of_end : of_end + 1] == "," and registry_word_counts()[rest_name.group(0).split()[0]] > 1
                            ):  # a full name after it
                                name_start = of.start("o") + len(head) + 1
                            break
            if name_start is not None:
                position = name_start - 1
            elif text[position : position + 2] == " (":
                # "Director of the Office of Management and Budget (OMB) Russ Vought": the acronym, then the name
                acronym = BRACKETED_ACRONYM.match(text, position)
                position = acronym.end() if acronym else position
            gap = GAP.match(text, position, position + 3)
            if not gap:
                continue
            # "the Second Gentleman of the United States, my husband, Doug Emhoff": a kinship between office and name
            kin = _KIN_BETWEEN.match(text, gap.end()) if apposed or lower else None
            if kin and kin.group("kin") and not SPOUSE_TITLE.search(title):
                kin = None  # "the Governor of Delaware, my wife, Jill Biden": she is no governor
            name_match = NAME_RE.match(text, kin.end() if kin else gap.end())
            if not name_match and not lower:
                # "Coordinator for the Middle East and North Africa Brett McGurk": the name ends the phrase.
                name_match = self.trailing_name(position)
            qualified = _PUBLIC_QUALIFIERS_BEFORE.search(text, max(0, start - 60), start) if lower else None
            if not name_match and (lower or at_sentence_start(text, start)) and (
                public_of := self.public_office_of(
                    start, position, title, bool(qualified and _GOVERNMENT_WORDS.search(qualified.group(0)))
                )
            ):
                # "the president of the Lombardy region, Roberto Maroni,", "Spokesman for the government, Lambert
                # Mende,": the office's place or body in lower case, then the name
                phrase, name_match, place_country = public_of
                title, apposed, gap = f"{title} {phrase}", True, _COMMA_GAP.match(text, name_match.start() - 2)
                country = country or place_country
            if not name_match:
                continue
            # "our mayor, Eric Garcetti": a lower-case office that is the speaker's or the listeners' is an office.
            owned = lower and title.split()[-1] in _OWNED_OFFICES and (
                _OWNED_BEFORE.search(text, max(0, start - 24), start) is not None
                # "the mayor Luca Pastorino": "the" and a full name, for an office no company or club has ("the
                # president, Joan Laporta," may head a club)
                or title in _ONLY_PUBLIC_OFFICES and text[max(0, start - 4) : start] in ("the ", "The ")
                and len(name_match.group(0).split()) >= 2
                and ("," not in gap.group(0) or text[name_match.end() : name_match.end() + 1] == ",")
            )
            if lower and "," in gap.group(0) and not (
                len(name_match.group(0).split()) >= 2
                and (
                    text[name_match.end() : name_match.end() + 1] == ","
                    # "Provincial governor, Arnon Manasvanich said": public-sector words before the office
                    or qualified and SAID.match(text, name_match.end())
                    # "Afghanistan's president, Hamid Karzai criticized", "Iraq's new president, Jalal Talabani,"
                    or self.country_possessive_before(start)
                    or owned and not apposed
                    # "the lieutenant governor, Garlin Gilchrist.": a two-word office, the name ending the clause
                    or len(title.split()) > 1 and _CLAUSE_END.match(text, name_match.end())
                )
            ):
                continue  # "an Irish mayor, San Francisco elected ..." but "the French president, Emmanuel Macron,"
            raw_name = name_match.group(0)
            if lower and (raw_name in self.country_terms or " ".join(
                [*text[max(0, name_match.start() - 12) : name_match.start()].split()[-1:], raw_name]
            ) in self.country_terms):
                continue  # "the former Democrat governor of the U.S. Virgin Islands": a place, not the holder
            if title in _ABBREVIATED_OFFICES and (len(raw_name.split()) < 2 or text[max(0, start - 2) : start].strip()[-1:].isdigit()):
                continue  # "1:00 PM ET", "MP Materials announced": a time, a company
            if title in ("Prince", "Princess") and not (
                _REGNAL_NUMBER.search(raw_name)
                or (ruled := _OF_COUNTRY.match(text, name_match.end())) and ruled.group(1) in _PRINCIPALITIES
            ):
                continue  # a prince is no office (clar. 56, 82) unless he reigns: "Prince Albert of Monaco", "Hans-Adam II"
            if _PLACE_NAMED_AFTER.search(raw_name) or _PLACE_NAMED_AFTER.match(text, name_match.end()):
                continue  # "Prince George’s County, Maryland", "Prince Edward Island": a place named after a person
            if text[name_match.end() : name_match.end() + 1] == "-":
                continue  # "President Ze- — Zelenskyy": a word broken off in speech
            if raw_name in self.titled and name_match.start() >= self.body_start:
                continue  # "President Biden" again: the first mention with an office already gave it
            if qualified:
                # "provincial information minister Mian Iftekhar", "Afghan presidential spokesman Humayoon Hamedzada":
                # the words say whose office it is; the country or body is read before them
                title = f"{' '.join(qualified.group(0).split())} {title}"
                start = qualified.start()
            modifier, left_org, left_country, prefix = self.left_context(start)
            if lower:
                # Lower-case offices only with something that marks them as offices.
                words = title.split()
                if not (
                    left_org or left_country or modifier or len(words) > 1 and title != "press secretary" or apposed or owned
                    # "President Tokayev’s press secretary, Ruslan Zheldibay,": a leader's, like a spokesman
                    or title == "press secretary" and self.named_before_office(start, "spokesman")
                    or title.startswith("ex-")  # "ex-president Mary McAleese"
                    or words[-1] in _ALWAYS_PUBLIC_HEADS  # "Ireland regional lawmaker Orla Byrne"
                    and not _NOT_REALLY_BEFORE.search(text, max(0, start - 30), start)
                    or self.country_possessive_before(start)  # "Iraq's new president, Jalal Talabani,"
                    or self.named_before_office(start, words[-1])
                    or words[-1] in _SPOKESPEOPLE and _HOLDERS_POSSESSIVE.search(text, max(0, start - 60), start)
                ):
                    continue
                if words[0] == "press" and (self.owned_privately(start, name_match.end()) or not (
                    left_org or left_country or qualified or self.country_possessive_before(start)
                    or _HOLDERS_POSSESSIVE.search(text, max(0, start - 60), start)
                    or self.named_before_office(start, "spokesman")  # "President Tokayev’s press secretary"
                )):
                    continue  # "The airline's press spokesman", "Leeds United press spokesman": whose must be said
                if words[-1] == "chancellor" and not (
                    left_country or self.country_possessive_before(start) or self.named_before_office(start, "chancellor")
                ):
                    continue  # "Interim chancellor Jane Doe": a university's; "German chancellor", "Labour chancellor"
                # this sentence or the one before it ("... Foreign Minister Laurent Fabius. His UK counterpart, X,")
                previous = text.rfind(". ", 0, max(0, max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))))
                if words[-1] == "counterpart" and not _OFFICE_NAMED.search(text, max(previous, start - 300, 0), start):
                    continue  # "his Australian counterpart Pat Cummins": a captain's
            if title.lower() in titles.PORTFOLIO_OFFICES and self.owned_privately(start, name_match.end()):
                continue  # "the club's development secretary", "Sports minister John Smith of the Baptist church"
            if prefix and (prefix != "Under" or title.startswith("Secretary")):  # "Under President Trump’s leadership"
                title = f"{prefix} {title}"
            if modifier in {"former", "acting", "then", "interim"}:
                title = f"{modifier} {title}"
            if self.not_public(organisation or left_org) and not (country or left_country or title.startswith("Nominee")):
                # "Toyota spokesman Paul Nolasco": a company's; "Nucor Corporation President Leon Topalian", "Harvard
                # University President Alan Garber": the head of a private body is no official
                title = ""
            owner = _OWNER_BEFORE.search(text, max(0, start - 50), start) if lower and qualified else None
            if owner and owner.group(1) not in self.country_terms and self.not_public(owner.group(1)):
                title = ""  # "Harvard's chief health officer", "Toyota's emergency spokesman": a company's or a college's
            # an acronym stands for the body found in full: "CIA spokesman" is the Central Intelligence Agency's
            left_org = self.organisation_names.get(left_org, left_org)
            details = {"title": title, "organisation": organisation or left_org, "country": country or left_country}
            # "Deputy Chief of Staff, Logistics": one capitalised word after a comma is the office's portfolio.
            single_after_comma = "," in gap.group(0) and name_start is None and not (country or organisation)
            self.add(raw_name, name_match.start(), **details, min_tokens=2 if single_after_comma else 1)
            if name_match.start() >= self.body_start:
                self.titled.add(raw_name)
            # "Representative Brendan Boyle, Mary Gay Scanlon, and Donald Norcross": one office, a list of names.
            listed = LIST.match(text, name_match.end())
            if listed:
                for name in LIST_SEPARATOR.split(listed.group(0).strip(" ,")):
                    # not "Detectives Michael Collazo": an office in the plural starts a list of its own
                    if len(name.split()) >= 2 and titles.TITLE_WORDS.isdisjoint(name.split()) and name.split()[0] not in SINGULAR_OFFICE:
                        self.add(name, name_match.end(), **details)

    def public_before_plural(self, start: int) -> bool:
        """Is a lower-case office in the plural marked as a government's by the word before it: a party, a place or a
        country ("Labour MSPs", "Chicago aldermen", "Democratic senators"), or a public qualifier ("district
        councillors")?"""
        before = _LAST_WORD.search(self.text, max(0, start - 40), start + 1)  # the scan's match starts with its space
        if not before:
            return False
        word = before.group(1)
        if _NOT_A_GOVERNMENTS_WORDS.intersection([word, *self.text[max(0, before.start(1) - 20) : before.start(1)].split()[-1:]]):
            return False  # "Student councillors", "Model UN senators"
        if word.lower() in titles.PUBLIC_QUALIFIERS or word.lower() in _PLURAL_MARKS or word in _PARTY_ADJECTIVES:
            return True  # "district councillors", "Local councillors", "Democratic senators"
        return word[:1].isupper() and not at_sentence_start(self.text, before.start(1)) or word in self.country_terms

    def owned_privately(self, start: int, name_end: int) -> bool:
        """Do the words around an office say a body no government has holds it: "the club's", "The students' union",
        "Club sports secretary", "... John Smith of the Rotary Club", a possessive body known as private?"""
        before = self.text[max(0, start - 40) : start]
        if _PRIVATE_OWNER_WORDS.search(before) or _PRIVATE_BODY_AFTER.match(self.text, name_end):
            return True
        owner = _POSSESSIVE_OWNER.search(before)
        return owner is not None and owner.group(1)[:1].isupper() and self.not_public(LEADING_THE.sub("", owner.group(1)))

    def country_possessive_before(self, start: int) -> bool:
        """A country's possessive before the office, opening a sentence or an item of a list ("Afghanistan's
        president", "... and Spain's prime minister"), not after a preposition ("asked about France's president, Bob
        Jones said")."""
        owner = _COUNTRY_POSSESSIVE.search(self.text, max(0, start - 50), start)
        if owner is None or LEADING_THE.sub("", owner.group(1)) not in self.country_terms:
            return False
        before = self.text[max(0, owner.start() - 5) : owner.start()]
        return at_sentence_start(self.text, owner.start()) or before.endswith((" and ", ", "))

    def portfolio_then_holder(self, title: str, of: re.Match, of_end: int) -> bool:
        """"Minister of Agrarian Development, Miguel Rossetto,": a minister's "of" portfolio, then a full name between
        commas (or before a verb of speech)."""
        if title.split()[-1] not in ("Minister", "Secretary") or not of.group(0).lstrip(", ").startswith(("of ", "for ")):
            return False
        name = NAME_RE.match(self.text, of_end + 2)
        return bool(name) and len(name.group(0).split()) >= 2 and (
            self.text[name.end() : name.end() + 1] == "," or SAID.match(self.text, name.end()) is not None
        )

    def named_before_office(self, start: int, head: str) -> bool:
        """A word just before a lower-case office that makes it public: a party ("Republican senator"), a person the
        text names with an office before a spokesman ("Sarkozy spokeswoman", "Mugabe's spokesman, ..."), a place
        before a place's office ("Alberta premier Ed Stelmach"); not a sentence's first common word nor a body."""
        if head not in _NAMED_OFFICES:
            return False
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        if not before or not before.group(1)[0].isupper():
            return False
        word = POSSESSIVE.sub("", before.group(1))
        if at_sentence_start(self.text, before.start()) and self.is_common_word(word.lower()):
            return False  # "Yesterday president ...": a sentence's first word the article also writes in lower case
        if word in _PARTY_ADJECTIVES:
            return True  # "Republican senator John McCain", "Democratic president Barack Obama"
        if head in _SPOKESPEOPLE:
            # "Sarkozy spokeswoman", "Mugabe's spokesman": a person's, whom the text names with an office elsewhere
            # ("President Sarkozy"); not "Ford spokesman" or "Airline spokesman"
            return self.named_with_an_office(word)
        if head not in _PLACE_OFFICES:
            return False  # "Acme president", "Baptist minister", "Rolex ambassador": many bodies have these
        if word in self.organisation_names or word in KNOWN_ORGANISATIONS:
            return False  # "Toyota spokesman", "Harvard president": a body's, public or not, which the body decides
        return word not in titles.TITLE_WORDS and word not in NOT_NAME_WORDS and not private_body(word)

    def named_with_an_office(self, word: str) -> bool:
        """Does the text write `word`, a surname, after a public office somewhere ("President Sarkozy"; not "Spurs
        Chairman Levy" nor "Captain Ramos")?"""
        known = self._named_with_an_office.get(word)
        if known is None:
            known = self._named_with_an_office[word] = any(
                (office := _OFFICE_AND_NAMES_BEFORE.search(self.text, max(0, m.start() - 120), m.start()))
                and office.group(0).split()[0] not in _NOT_PUBLIC_HEADS
                for m in re.finditer(rf"(?<= ){re.escape(word)}\b", self.text)
            )
        return known

    def not_public(self, name: str) -> bool:
        """Is `name`, a body written with an office, one whose heads hold no public office: a company, a trade body, a
        union, a university, a school, a church, a club, a charity (or the body an acronym stands for)?"""
        if not name:
            return False
        for body in dict.fromkeys((name, self.organisation_names.get(name, name))):
            known = KNOWN_ORGANISATIONS.get(body)
            if private_body(body) or known in ("company", "other"):
                return True
            if not_a_governments(body) and not (known in ("international", "government") and not is_civil_society_body(body)):
                return True  # not "President of the Paris Club": a forum of governments
        return False

    def public_target(self, name: str) -> bool:
        """Is `name`, the body or place after an office, a country or a body a government or governments make up ("the
        United Nations", "the African Union", "the Ministry of ...")?"""
        if name in self.country_terms or PUBLIC_BODY.search(name):
            return True
        full = self.organisation_names.get(name, name)
        return KNOWN_ORGANISATIONS.get(full) in ("international", "government") and not is_civil_society_body(full) or (
            KIND_BY_HEAD.get(full.split()[-1]) in ("government", "legislature", "military", "international")
            and not self.not_public(full)
        )

    def of_after(self, text: str, position: int) -> re.Match | None:
        """The body after an office ("of", "for", "at", "to" a body; "with" only a body: "an official with the Israeli
        Foreign Ministry", not "the mayor, with Governor Maura Healey")."""
        of = OF_AFTER.match(text, position)
        if of and of.group(0).lstrip(", ").startswith("with"):
            target = POSSESSIVE.sub("", of.group("o"))
            if not (target.split()[-1] in KIND_BY_HEAD or target in self.organisation_names):
                return None
        return of

    def public_office_of(
        self, start: int, position: int, title: str, qualified: bool
    ) -> tuple[str, re.Match, str] | None:
        """After a lower-case office: "of" (or "to", "for") a public place or body, or a minister's portfolio ("the
        Palestinian minister for civil affairs, Mohammed Dahlan,"), or anything after an office public words qualify
        ("the chief government administrator of Peshawar, Sahibzada Anis,"), a comma and a full name ending at a comma
        or a verb of speech: (the phrase, the name, the country it names)."""
        of = _PUBLIC_OF.match(self.text, position)
        if not of:
            return None
        name = NAME_RE.match(self.text, of.end())
        if not name or len(name.group(0).split()) < 2 or not (
            self.text[name.end() : name.end() + 1] == "," or SAID.match(self.text, name.end())
        ):
            return None
        phrase = of.group("phrase")
        first = _FIRST_NAME_OF.match(phrase)  # "of Pakistan's tribal regions", not "of Nissan's American unit"
        country = self.country_terms.get(POSSESSIVE.sub("", first.group(1)), "") if first else ""
        # a country's minister: "the Palestinian minister for civil affairs, Mohammed Dahlan,", not "the Baptist
        # minister for youth" nor "The student union's minister for welfare"
        minister = title.lower().endswith("minister") and not phrase.startswith("to ") and (
            (before := _WORD_BEFORE.search(self.text, max(0, start - 40), start)) is not None
            and POSSESSIVE.sub("", before.group(1)) in self.country_terms
        )
        # "A spokesman for Gaddafi, Moussa Ibrahim,": a spokesman of a person the text names with an office
        speaks_for = title.split()[-1].lower() in _SPOKESPEOPLE and (owner := _SPOKEN_FOR.fullmatch(phrase)) is not None and (
            self.named_with_an_office(owner.group(1))
        )
        if qualified and (" student" in phrase or first and self.not_public(phrase.split(" ", 1)[1].removeprefix("the "))):
            qualified = False  # "the election officer of the students' union", "the state director of AARP Florida"
        if not (country or _PUBLIC_PLACE.search(phrase) or minister or qualified or speaks_for):
            return None
        return phrase, name, country

    def from_nomination_list(self) -> None:
        """The nominees of a list sent to the Senate who hold a post already (see _NOMINATION_LINE)."""
        if "to be " not in self.text or "Senate" not in self.text[: self.body_start]:
            return
        for line in _NOMINATION_LINE.finditer(self.text):
            if line.group("career") or "(Reappointment)" in line.group("rest"):
                self.mentions.append((line.start("name"), line.group("name"), line.group("post"), "", ""))

    def from_party_marks(self) -> None:
        """Members of Congress named with their party and state: "Mark Kelly (D-Ariz.)" (see _PARTY_MARK)."""
        if " (D-" not in self.text and " (R-" not in self.text and " (I-" not in self.text:
            return
        for mark in _PARTY_MARK.finditer(self.text):
            before = NAME_BEFORE.search(self.text, max(0, mark.start() - 60), mark.start())
            if not before:
                continue
            words, start = before.group(0).split(), before.start()
            while words and (words[0] in titles.TITLE_WORDS or words[0][:-1] in titles.TITLE_WORDS):
                start += len(words.pop(0)) + 1  # "Senators Michael B. Enzi (R-WY)": the office before the name
            if len(words) >= 2:
                self.add(" ".join(words), start, title="Member of Congress", min_tokens=2)

    def from_peers(self) -> None:
        """"Lord Alli", "Baroness Stowell" in a text about the House of Lords: its members, who sit in a legislature."""
        if "House of Lords" not in self.text:
            return
        breaks = [m.start() for m in re.finditer("\n", self.text)]
        business: dict[int, bool] = {}  # paragraph index -> does it speak of the Lords' business?
        for peer in _PEER.finditer(self.text):
            line = bisect_right(breaks, peer.start())
            if line not in business:
                start = breaks[line - 1] + 1 if line else 0
                business[line] = bool(_LORDS_BUSINESS.search(self.text, start, breaks[line] if line < len(breaks) else len(self.text)))
            if business[line] and not _NOT_A_PEER_AFTER.match(self.text, peer.end()):
                self.add(peer.group("name"), peer.start("name"), title=peer.group("style"), organisation="House of Lords")

    def from_signature(self) -> None:
        """The President who signs a proclamation, an order or a letter to Congress: "JOSEPH R. BIDEN JR." last."""
        signature = _SIGNATURE.search(self.text, max(0, len(self.text) - 120))
        if signature is None or len(signature.group("name").replace(".", "").split()) < 2:
            # An unsigned proclamation still names its President: "NOW, THEREFORE, I, DONALD J. TRUMP, President of the
            # United States of America, by virtue of ..." (clar. 96)
            named = _I_THE_PRESIDENT.search(self.text) if ", President of the United States" in self.text else None
            if named:
                self.mentions.append((named.start("name"), named.group("name"), "President", "", "US"))
            return
        if not _signed_by_the_president(self.text, signature):
            return
        country = "US" if _PRESIDENTS_COUNTRY.search(self.text) else ""
        self.mentions.append((signature.start("name"), signature.group("name"), "President", "", country))

    def office_of_a_place(self, title: str, place: str, name_start: int) -> bool:
        """Is "<title> of <place>, " before `name_start` a state's or a town's office and then its holder? "the governor of
        North Carolina, Roy Cooper", "the Mayor of Miami Beach, Dan Gelber"; not "Mayor of Orangeburg, SC", "Mayor of the
        Borough of Mendham, New Jersey" or "the mayor of Juneau, Alaska Native leaders"."""
        office = title.lower()
        if place in US_STATES and office.endswith(("governor", "attorney general", "senator")):
            return True
        if not office.endswith("mayor") or len(place.split()) > 3:
            return False
        full = _FULL_NAME.match(self.text, name_start)
        return (
            full is not None
            and full.group(0).split()[0] not in US_STATES
            and _NAME_ENDS.match(self.text, full.end()) is not None
        )

    def body_before_holder(self, words: list[str], end: int) -> int | None:
        """The index of a body's last word when `words`, a capitalised run after "Director of the", are the body and then
        its holder's name, written last in a list or a sentence ("... Office of Public Engagement Stephen Benjamin,")."""
        if not _HOLDER_ENDS.match(self.text, end):
            return None
        for size in (2, 3):
            body, holder = words[:-size], words[-size:]
            if len(body) < 3 or not PLAIN_PERSON_NAME.fullmatch(" ".join(holder)) or body[-1] in self.country_terms:
                continue  # "Board of the American Conservatory Theater": a demonym goes on into the name
            if not all(self.name_like(w) or _INITIAL.fullmatch(w) for w in holder) or registry_word_counts()[holder[0]] > 1:
                continue  # "... Office of Science and Technology Policy": topic words, not a given name
            heads = [i for i, w in enumerate(body[:-1]) if w in KIND_BY_HEAD and body[i + 1] in ("of", "for", "on")]
            if heads or " ".join(body) in self.organisation_names:
                return len(body) - 1
        return None

    def post_in_portfolio(self, position: int) -> tuple[str, int] | None:
        """The post written after a portfolio ("for Political Affairs" before "Victoria Nuland") and where it ends.

        Followed by a comma, the whole run is the post; otherwise the run ends with the name: its last two
        words, or three with a middle initial ("for Civil Works Michael L. Connor").
        """
        run = SUB_PORTFOLIO.match(self.text, position)
        if not run:
            return None
        words = run.group("p").split()
        if self.text[run.end() : run.end() + 1] == ",":
            if LISTED_ON.match(self.text, run.end()):
                return None  # "for Democracy, Human Rights, and Labor": the post is a list
            after = NAME_RE.match(self.text, run.end() + 2)
            if after and len(after.group(0).split()) >= 2 and all(
                self.name_like(word) or _INITIAL.fullmatch(word) for word in after.group(0).split()
            ):
                return run.group("p"), run.end()  # "for Civil Works, D. Lee Forsgren"
        if _NO_NAME_AFTER.match(self.text, run.end()):
            return None  # "Director for Salt Lake City, UT", "Advisor for the Dhi Qar Province in Nasiriyah": a place
        size = 3 if len(words) >= 4 and _INITIAL.fullmatch(words[-2]) else 2
        post, name = words[:-size], words[-size:]
        if not post or post[-1] in {"and", "of", "on", "the"} or not all(
            self.name_like(word) or _INITIAL.fullmatch(word) for word in name
        ):
            return None
        post_text = " ".join(post)  # the run is spaced by single spaces: the post is its start
        return post_text, run.start("p") + len(post_text)

    def trailing_name(self, position: int) -> re.Match | None:
        """The two-word name that ends the capitalised phrase after an office, if its last words look like one."""
        phrase = OFFICE_PHRASE.match(self.text, position)
        if not phrase:
            return None
        words = phrase.group(0).split()
        if len(words) < 3:
            return None
        cut = len(words)
        for i, word in enumerate(words):
            if word[:1].isupper() and word in titles.TITLE_WORDS:  # "... McGurk and Deputy ...": another office
                cut = i
                break
        words = words[:cut]
        while words and words[-1] in {"and", "of", "for", "on", "the"}:
            words.pop()
        tail = words[-2:]
        complement = [w for w in words[:-2] if w not in {"and", "of", "for", "on", "the"}]
        if not complement or not all(self.name_like(w) for w in tail) or self.name_like(words[-3]) or (
            words[-3] in {"and", "of", "for", "on", "the"}  # "... for Enforcement and Compliance Assurance": the portfolio
        ):
            return None
        if self.text.count(tail[-1].rstrip(".,")) < 2:
            return None  # a person named there is named again ("Hochstein and McGurk also welcomed ...")
        start = phrase.start() + phrase.group(0).index(" ".join(tail)) if " ".join(tail) in phrase.group(0) else -1
        return NAME_RE.match(self.text, start) if start >= 0 else None

    def from_appositives_and_speech(self) -> None:
        """"Jane Doe, director of ...", "Jane Doe is serving as ...", "Jane Doe said"."""
        text = self.text
        ends = {m.start() for m in APPOSITIVE.finditer(text)}
        for verb, kind in self.after_space:
            if kind != "verb":
                continue
            predicate = PREDICATE.match(text, verb.start())
            owner = OWNER_BEFORE_OFFICE.match(text, predicate.end()) if predicate else None
            if predicate and (
                OFFICE_START.match(text, predicate.end())
                or owner and owner.group("owner") in self.country_terms and OFFICE_START.match(text, owner.end())
                # "named Australian foreign minister": a country's word, then the office (read below)
                or (lead := _COUNTRY_LEAD.match(text, predicate.end()))
                and (lead.group(0) in self.country_terms or lead.group(0).split()[0] in self.country_terms)
                or (verb.group("w") == "will" and UNIT_OFFICE_START.match(text, predicate.end()))
            ):
                ends.add(verb.start())
        ends.update(m.start() for m in BODY_THEN_OFFICE.finditer(text))  # "Jane Doe, Department of X Deputy Secretary"
        if " as " in text:  # "announced British A. Robinson as the new Prosper Africa Coordinator"
            ends.update(m.start() for m in _AS_POST_SCAN.finditer(text))
        for verb, kind in self.after_space:
            if kind != "said":
                continue
            end = verb.start()
            if text[end - 1 : end] == ",":  # "Jane Doe, the agency's director, said"
                opening = text.rfind(",", max(0, end - 83), end - 1)
                if opening >= 0 and SAID.match(text, opening):
                    ends.add(opening)
            while end and text[end - 1].isspace():
                end -= 1
            ends.add(end)
        # Where a name read with its office before it starts: "... Council on Environmental Quality Brenda Mallory,
        # Senior Advisor to the President ... John Podesta": the office after the comma is the next name's.
        titled_starts = sorted(position for position, _, title, _, _ in self.mentions if title)
        for end in sorted(ends):
            degrees = _CREDENTIALS_BEFORE.search(text, max(0, end - 60), end) if text[end - 1 : end].isupper() or (
                text[end - 1 : end] == ")"
            ) else None
            match = NAME_BEFORE.search(text, max(0, end - 80), degrees.start() if degrees else end)
            if not match:
                continue
            before = text[max(0, match.start() - 4) : match.start()]
            if before[-3:] in ("in ", "In ", "at ") and not before[:-3][-1:].isalnum() and not SAID.match(text, end):
                continue  # "in Las Vegas, the President will ...": a place, then another clause
            words = match.group(0).split()
            bad = [i for i, w in enumerate(words[:-2]) if w in NOT_NAME_WORDS or w in titles.TITLE_WORDS or w in titles.PORTFOLIOS]
            if bad:
                # "U.S. Marshal Biographies Eddie Frizell, U.S. Marshal nominee": a heading run into the name
                skip = match.start() + len(" ".join(words[: bad[-1] + 1])) + 1
                match = NAME_BEFORE.search(text, skip, end)
                if not match:
                    continue
            body = BODY_BEFORE.search(text, max(0, match.start() - 30), match.start()) if text[
                match.start() - 4 : match.start()
            ] in (" of ", "for ", " on ") else None
            if body and body.group(1) in KIND_BY_HEAD:
                continue  # "the Trust for Public Land, Executive Director ...": the end of a body's name
            if body and body.group(1) in titles.TITLE_WORDS:
                continue  # "the Minister of Planning Investment, Minister of ...": an office's portfolio
            if SAID.match(text, end):
                self.add(match.group(0), match.start())
            inside = bisect_right(titled_starts, match.start())
            if inside < len(titled_starts) and titled_starts[inside] < match.end() and not SAID.match(text, end):
                continue  # the end of "... Environmental Quality Brenda Mallory", read with its office already
            end = match.end()
            credentials = _CREDENTIALS.match(text, end)  # "Mandy Cohen, MD, MPH, Director for ...": degrees, then the office
            if credentials:
                end = credentials.end()
            rest = text[end : end + 160]
            appositive = APPOSITIVE.match(rest)
            predicate = PREDICATE.match(rest) if not appositive else None
            body_first = None
            if appositive and rest[appositive.end() : appositive.end() + 1] == " ":
                following = NAME_RE.match(rest, appositive.end() + 1)
                if following and self.clean_name(following.group(0), self.body_start):
                    continue  # "the Tulsa Race Massacre, President Biden announced": Biden's title
            if appositive and rest[appositive.end() : appositive.end() + 2] in ("’s", "'s"):
                continue  # "Jane Doe, who was the President's lawyer,": another's office
            if appositive:
                title = " ".join(appositive.group("title").split())
                after = appositive.end()
                modifier = appositive.group("former") or ""
                qualifier = appositive.group("qualifier") or ""
            elif (
                (body_first := BODY_THEN_OFFICE.match(rest))
                and _LINE_START_BEFORE.search(text, max(0, match.start() - 20), match.start())
                and public_body(body_first.group("body"))
                and not says_private(body_first.group("body"))  # "United States Hispanic Chamber Senior Advisor"
                and body_first.group("title") not in _NAME_ENDINGS  # "National Latina Institute for Reproductive Justice"
            ):
                # "Kathleen Hicks, Department of Defense Deputy Secretary": a participant line, the body first
                title = " ".join(body_first.group("title").split())
                after = body_first.end("title")
                modifier = qualifier = ""
            elif predicate and (
                at_sentence_start(text, match.start())
                or APPOINTED.search(predicate.group(0))
                or _AFTER_OPENING_PHRASE.search(text, max(0, match.start() - 50), match.start())
            ):
                office = OFFICE_START.match(rest, predicate.end())
                qualifier = ""
                if not office and (owner := OWNER_BEFORE_OFFICE.match(rest, predicate.end())) and (
                    owner.group("owner") in self.country_terms
                ):
                    office = OFFICE_START.match(rest, owner.end())  # "... is Ghana’s foreign minister"
                    if office and (of_owner := self.of_after(rest, office.end())) and not self.public_target(
                        POSSESSIVE.sub("", of_owner.group("o"))
                    ):
                        office = None  # "is Britain's ambassador for Save the Children", "Director of Football"
                    qualifier = owner.group("owner") if office else ""
                if not office and (lead := _COUNTRY_LEAD.match(rest, predicate.end())):
                    # "Kevin Rudd named Australian foreign minister": a country's word, then the office
                    for size in (2, 1):
                        words_ = lead.group(0).split()[:size]
                        if len(words_) == size and " ".join(words_) in self.country_terms:
                            office = OFFICE_START.match(rest, predicate.end() + len(" ".join(words_)) + 1)
                            qualifier = " ".join(words_) if office else ""
                            break
                if office and _LEFT_OFFICE.match(predicate.group(0)) and (
                    office.group("title").split(" of ")[0].split()[-1].lower() not in _CLEARLY_PUBLIC
                    or _PRIVATE_CONTEXT.match(rest, office.end())
                ):
                    office = None  # "resigned as Chief Executive of Oxfam", "quit as Chairman of Liverpool"
                if not office and predicate.group(0).lstrip().startswith("will"):
                    office = UNIT_OFFICE_START.match(rest, predicate.end())
                if not office:
                    continue
                title = " ".join(office.group("title").split())
                after = office.end()
                modifier = predicate.group("former") or ""
            elif _APPOINTED_BEFORE.search(text, max(0, match.start() - 12), match.start()) and (
                (as_post := _AS_POST.match(rest)) and (office := UNIT_OFFICE_START.match(rest, as_post.end()) or OFFICE_START.match(rest, as_post.end()))
            ) and not _PRIVATE_SUBJECT.search(text[max(0, match.start() - 60) : match.start()].rpartition(". ")[2]):
                # (not "The club elected John Smith as the new President": who appoints says whose the post is)
                # "the Administration announced British A. Robinson as the new Prosper Africa Coordinator"
                title = " ".join(office.group("title").split())
                after = office.end()
                modifier = qualifier = ""
            else:
                continue
            if title == "MEP" and qualifier.removesuffix(" State") in US_STATES:
                continue  # "Rustyn Stoops, Delaware MEP": a state's Manufacturing Extension Partnership
            organisation = body_first.group("body") if body_first else ""
            country = ""
            of = self.of_after(rest, after)
            if title.lower().endswith("minister") and (
                _PRIVATE_CONTEXT.match(rest, after) or _DENOMINATION_BEFORE.search(f"{qualifier} {title[: -len('minister')]}")
            ):
                continue  # "John Smith, a minister at the First Baptist Church", "a Methodist minister": a church's
            # a lower-case office in an appositive with no body after it: public by itself, or by its portfolio?
            bare_lower = bool(appositive) and title[0].islower() and not of
            police = _OF_POLICE.match(rest, after) if bare_lower else None
            portfolio = _LOWER_PORTFOLIO.match(rest, after) if bare_lower else None
            if title.endswith("minister") and title.lower() not in _KNOWN_OFFICES_LOWER and not (
                qualifier and POSSESSIVE.sub("", qualifier) in self.country_terms
            ):
                continue  # "an ordained minister": only a country's unlisted portfolio ("the Israeli economic minister")
            public_itself = (
                bare_lower
                and rest[after : after + 2] not in ("’s", "'s")  # "the mayor's chief of staff"
                and not _PRIVATE_CONTEXT.match(rest, after)
            ) and (
                title.split()[-1] in _PUBLIC_APPOSITIVE_HEADS or police
                # "James Baker, secretary of state,": a government's portfolio in lower case
                or portfolio and title.split()[-1] in _PORTFOLIO_HEADS and portfolio.group("p") in titles.LOWER_PORTFOLIOS
                and (title.split()[-1] != "secretary" or portfolio.group("p") in _SECRETARIES_PORTFOLIOS)
            )
            if title[0].islower() and not (of or qualifier or public_itself or title.startswith(("nominee", "candidate")) or (
                appositive and appositive.group("public")
            )):
                continue  # "South Carolina, the vice president in Georgia": no office of anything
            if police:
                title = f"{title} of police"
            elif public_itself and portfolio:
                title = f"{title} of {' '.join(portfolio.group('p').split())}"  # "vice minister of energy and mines"
            if of:
                target = POSSESSIVE.sub("", of.group("o"))
                if target in self.country_terms:
                    country = self.country_terms[target]
                elif target in titles.PORTFOLIOS:
                    title = f"{title} of {target}"
                elif target.split(" for ")[0] in titles.PORTFOLIOS:
                    # "Secretary of State for the Trump administration": the portfolio, then whose it is
                    title = f"{title} of {target.split(' for ')[0]}"
                else:
                    organisation = target
            if qualifier:
                bare = POSSESSIVE.sub("", qualifier)
                country = country or self.country_terms.get(bare, "")
                if qualifier in titles.TITLE_PREFIXES:
                    title = f"{qualifier} {title}"  # "Jane Doe, Deputy Secretary of State": the office as written
                elif not country and self.not_public(bare):
                    title = ""  # "John Doe, a Google official", "a senior FIFA official": a company's, a club's
            if not of and not organisation:
                # "Nominee for Chief Information Officer, Department of Defense": the body after a comma
                body = COMMA_BODY.match(rest, after)
                organisation = body.group("o") if body and PUBLIC_BODY.match(body.group("o")) else ""
                if body and not organisation and private_body(body.group("o")) and not title.startswith(("Nominee", "nominee")):
                    title = ""  # "Sarah Meitner, Executive Director, Heartland Community Foundation (Kansas)"
            # "Nancy Northup, President, the Center for Reproductive Rights": a participant line names the body the
            # office heads; the head of a body that is not a government's is no official (clar. 33, 48)
            # The body may follow the office's portfolio: "Sakira Cook, Director of Federal Policy, Southern Poverty
            # Law Center".
            own_line = appositive and _LINE_START_BEFORE.search(text, max(0, match.start() - 20), match.start())
            line = _line_body(rest, of.end() if of else after, self.country_terms) if (
                own_line and title and not country and not title.startswith(("Nominee", "nominee"))
            ) else ""
            body = line
            if not line and of and organisation and own_line and _LINE_END.match(rest, of.end()):
                # "Keith Phillips, Executive Director of Alabama Technology Network": the body ends the line, and says it
                # is a civic group or a company, or is named as a body that is not a government's ("Executive Director of
                # the American Civil Liberties Union"); a portfolio ("Director of Legislative Affairs") or a board is
                # taken for a public body, as before
                body = organisation if says_private(organisation) or (
                    not public_body(organisation) and _NON_GOVERNMENT_HEADS.intersection(organisation.split())
                ) else ""
            # "Nivory Gordon Jr., USDA State Director, Rural Development, Alabama": a federal department's office, whatever
            # the unit after it
            federal = qualifier.removesuffix(" State") in FEDERAL_ACRONYMS
            if body and not _HEAD_TITLES.isdisjoint(title.split()) and not public_body(body) and not (
                _TO_THE_PRESIDENT.search(title) or federal
            ):
                title = ""
            if _PRIVATE_PAIR.match(rest, after) and not (
                country or PUBLIC_BODY.search(organisation) or line and names_an_agency(line)
            ):  # "Sandra Watson, President & CEO, Arizona Commerce Authority" heads a state's agency
                title = ""  # "Michael Jefferson, President & Founder, ...": a founder or a CEO heads a private body
            if title.endswith("Officer") and not (country or PUBLIC_BODY.search(organisation)):
                title = ""  # a company's chief officers are not officials; a public corporation's are
            elif organisation and not country and self.not_public(organisation) and not title.startswith(
                ("Nominee", "nominee")
            ):
                title = ""  # "Jane Doe, President of the Aluminum Association": the head of a private body
            if title.islower():
                title = title[0].upper() + title[1:]
            if modifier and title:
                title = f"{modifier.lower()} {title}"
            self.add(
                match.group(0), match.start(), title=title, organisation=organisation, country=country, min_tokens=2
            )

    def from_court_nominees(self) -> None:
        """"Lara E. Montecalvo: Nominee for the United States Court of Appeals for the First Circuit", or the name in
        capitals on its own line and "Nominated to the United States District Court ..." under it: a judicial nominee,
        the court the body (clar. 53, 78). Whether the biography names a public post is asked afterwards."""
        text = self.text
        if "Court" not in text:
            return
        for pattern in (_COURT_NOMINEE, _COURT_NOMINEE_BELOW):
            for heading in pattern.finditer(text):
                name = " ".join(heading.group("name").split())
                words = name.split()
                while len(words) > 2 and (
                    words[0].isupper() and len(words[0]) > 2 and not name.isupper() or words[0] in titles.TITLE_WORDS
                ):
                    # "CIRCUIT COURT Arianna J. Freeman: Nominee ...": a section heading run into the line; "Judge Gina R.
                    # Méndez-Miró Candidate for ...": the office she holds, which her biography gives
                    words.pop(0)
                name = " ".join(words)
                if name.isupper():  # "TOBY J. HEYTENS": as the biography under it writes it, else capitalised
                    written = re.search(re.escape(name), text[heading.end() : heading.end() + 600], re.I)
                    name = written.group(0) if written and not written.group(0).isupper() else name.title()
                court = heading.group("court")
                # at the line's start, where drop_private_nominees looks for the heading that opens a biography
                self.add(name, heading.start("name"), title=heading.group("title"), organisation=court, min_tokens=2)

    def drop_bare_styles(self) -> None:
        """"Hon. Bob Barr, Hon. Gresham Barrett, Hon. Joe Barton, ...": a list of people styled "Hon." with no office or
        body written is a list of names (clar. 77: a style with no office is left out). One "Hon." can stand for an office
        the text implies (a judge a nominee clerked for), so only where three or more of them have none."""
        bare = [p for p in self.people.values() if p.official and p.title in _STYLES and not p.organisation and not p.country]
        if len(bare) >= 3:
            for person in bare:
                person.official = False
                person.title = ""

    def drop_private_nominees(self) -> None:
        """Nominees whose biographies name no public post they hold or held are people, not officials (clar. 6)."""
        biographies: dict[str, list[str]] = {}
        for name, bio in nominee_biographies(self.text, self.mentions, self.text[: self.body_start]):
            biographies.setdefault(self.canonical.get(name, name), []).append(bio)
        for name, bios in biographies.items():
            person = self.people.get(name)
            if person is not None and person.official and private_nominee(bios):
                person.official = False
                person.title = person.organisation = person.country = ""

    def from_plural_offices(self) -> None:
        """"Representatives Brendan Boyle, Madeleine Dean, and Joe Courtney": one office for a list of names.

        The office may carry its portfolio ("Secretaries of State John Kerry and Hillary Clinton").
        """
        text = self.text
        plurals = [m for m, kind in self.after_space if kind == "plural"]
        plurals += PLURAL_AT_LINE_START.finditer(text, self.body_start)
        for match in plurals:
            if match.group("w") == "Senators" and text.endswith(_TEAMS_NAMED_SENATORS, 0, match.start()):
                continue  # "Ottawa Senators Brady Tkachuk and Tim Stützle": hockey players
            owner = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start() + 1)
            if owner and self.not_public(owner.group(1)):
                continue  # "former FIFA Secretaries-General Jerome Valcke and Urs Linsi": a sports body's
            if match.group("w")[0].islower() and not self.public_before_plural(match.start()):
                continue  # "school governors", "Student councillors", "the bank's governors": no government's
            title, position = SINGULAR_OFFICE[" ".join(match.group("w").split())], match.end()
            portfolio = PORTFOLIO_AFTER.match(text, position)
            if portfolio:
                title, position = f"{title} of {portfolio.group('p')}", portfolio.end()
            if text[position : position + 1] == " " and text[position + 1 : position + 2].isupper():
                self._name_list(position + 1, title)
        for match in FOLLOWING_OFFICES.finditer(text):
            if text[max(0, match.start() - 4) : match.start()] not in {"The ", "the "}:
                continue
            office = match.group("w")
            self._name_list(match.end(), SINGULAR_OFFICE[office[0].upper() + office[1:]])

    def _name_list(self, position: int, title: str) -> None:
        """The names from `position` on, each given `title`. Surnames alone count only as a list: joined by "and"
        ("Governors McAuliffe and Northam"), or ended by "and many others" or by the next office's list ("Senators
        Lee, Luján, and many others", "Representatives Foxx, Budd, Bishop, Senators Burr and Tillis"); one
        capitalised word alone is as often a heading."""
        text = self.text
        names = []
        next_office = False
        while True:
            name = NAME_RE.match(text, position)
            if not name:
                break
            words = name.group(0).split()
            if words[0] in SINGULAR_OFFICE or words[0] in titles.TITLE_WORDS:
                next_office = True  # "Representatives Latta, and Senators Barrasso, Coons ...", "..., Resident Commissioner"
                break
            if len(words) < 2 and not (self.name_like(words[0]) and not words[0].isupper()):
                break
            if len(words) < 2 and _NUMBER_AFTER.match(text, name.end()):
                break  # "aldermen Proco Moreno and Chicago 40th ward alderman ...": the next office's place
            # "Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine": each one's state
            place = _OF_PLACE.match(text, name.end())
            if place and not (place.group("place") in US_STATES or place.group("place") in self.country_terms):
                names = []  # "Presidents Claudine Gay of Harvard, Liz Magill of ...": heads of bodies, not a state's
                break
            names.append(name)
            separator = LIST_SEPARATOR.match(text, place.end() if place else name.end())
            if not separator:
                break
            position = separator.end()
        if position < self.body_start and len(names) < 2:
            return  # "... With Nevada State Legislators To Discuss Reproductive Healthcare": a headline's capitals
        joined = len(names) > 1 and (
            "and" in text[names[0].end() : names[-1].start()].split()
            or next_office
            or _AND_OTHERS.match(text, names[-1].end()) is not None
        )
        for name in names:
            if len(name.group(0).split()) < 2 and not joined:
                break
            self.add(name.group(0), name.start(), title=title, min_tokens=1 if joined else 2)


def find_people(
    text: str, country_terms: dict[str, str], organisation_names: dict[str, str], body_start: int = 0
) -> list[FoundPerson]:
    """People named in `text`, officials marked. `text[:body_start]` is the headline."""
    finder = _Finder(text, country_terms, organisation_names, body_start)
    finder.from_offices()
    finder.from_appositives_and_speech()
    finder.from_plural_offices()
    finder.from_court_nominees()
    finder.from_signature()
    finder.from_party_marks()
    finder.from_peers()
    finder.from_nomination_list()
    finder.resolve()
    finder.drop_private_nominees()
    finder.drop_bare_styles()
    finder.count()
    return list(finder.people.values())
