"""Where an office is written next to a name: the office before it ("Secretary Blinken", "opposition lawmaker
Kim"), after it as an appositive ("Jane Doe, director of ...") or a predicate ("... is serving as ..."), a verb
of speech after a name, and what qualifies an office on its left. Compiled patterns only. Plain Python, no Django.
"""

from __future__ import annotations

import re

from articles.extraction import titles
from articles.extraction.matcher import trie_regex
from articles.extraction.person_names import PARTICLE, TOKEN, UPPER


# What can follow a name whose office comes after it. Each scan starts with a literal "," or " ",
# which the regex engine finds fast; the name is then looked for just before it.
PUBLIC_BODY = re.compile(
    r"U\.S\.|\b(?:United States|National|Federal|Department|Ministry|Agency|Administration|Bureau|Commission|"
    r"Service|Authority|Government|Office|Corps|Council)\b"
)
OFFICE_PHRASE = re.compile(rf"(?:\s+(?:and|of|for|on|the)|\s+{TOKEN}){{3,14}}")
APPOINTED = re.compile(r"serve|selected|appointed|named|chosen|tapped|elected|sworn")
# The boundary check before an office looks back past its first letter, so the scan skips to candidate letters.
TITLE_RE = re.compile(
    trie_regex([h for h in titles.ALL_HEADS if h[0].isupper()], after_first=r"(?<![\w’'-].)", space=r"\s+")
    + r"(?![\w-])"
)
THEN_TITLE = re.compile(
    "then-(?P<t>" + trie_regex([h for h in titles.ALL_HEADS if h[0].isupper()], space=r"\s+") + r")(?![\w-])"
)
# Lower-case offices follow a space ("former Japanese military leader Shigeru Iwasaki"): a scan that
# starts with a space is a fast one, where one that starts with a lower-case letter would try every letter.
# One scan for the three, as each starts with a space: lower-case offices, verbs of speech, and the verbs
# that make an office a name's predicate.
SINGULAR_OFFICE = {
    "Representatives": "Representative", "Reps.": "Rep.", "Senators": "Senator", "Sens.": "Sen.",
    "Governors": "Governor", "Mayors": "Mayor", "Congressmen": "Congressman", "Congresswomen": "Congresswoman",
    "Ministers": "Minister", "Ambassadors": "Ambassador", "Secretaries": "Secretary",
    "Members of Congress": "Member of Congress", "Prime Ministers": "Prime Minister", "Presidents": "President",
    "Detectives": "Detective", "Judges": "Judge", "Secretaries-General": "Secretary-General",
    "Secretaries General": "Secretary-General",
    "Councillors": "Councillor", "Councilors": "Councilor", "Councilmembers": "Councilmember",
    "Council Members": "Council Member", "Aldermen": "Alderman", "Commissioners": "Commissioner",
    "Lawmakers": "Lawmaker", "Legislators": "Legislator", "Members of Parliament": "Member of Parliament", "MPs": "MP",
    "MEPs": "MEP", "MSPs": "MSP", "MLAs": "MLA",
    # in lower case too, offices no company or club has: "councillors Alvin Yeung and Fernando Cheung"
    **{plural: singular for plural, singular in (
        ("senators", "senator"), ("councillors", "councillor"), ("councilors", "councilor"), ("lawmakers", "lawmaker"),
        ("legislators", "legislator"), ("governors", "governor"), ("mayors", "mayor"), ("aldermen", "alderman"),
        ("members of parliament", "member of parliament"), ("congressmen", "congressman"),
    )},
}
# "The following governors have pledged ...: Kay Ivey, Sarah Huckabee Sanders, ... and Patrick Morrisey":
# an office in the plural introducing, after a colon in the same sentence, the list of its holders.
FOLLOWING_OFFICES = re.compile(
    r"following (?P<w>"  # a plain word first, so the scan skips to it; "the" before it is read by the caller
    + "|".join(dict.fromkeys(re.escape(p[0].lower() + p[1:]) for p in SINGULAR_OFFICE if not p.endswith(".")))
    + r")\b[^.:;!?\n]{0,120}:\s*(?=[A-Z])"
)
# "Elias Murr kept his post as Defense Minister", "... resigned as Prime Minister": verbs of keeping or leaving a post.
KEPT_POST_VERBS = ("kept", "retained", "retains", "assumed")
# "Jacinda Ardern becomes Prime Minister": said of club and company posts too, so held to the clearly-public check of
# leaving a post (people._LEFT_OFFICE)
BECOMING = r"(?:becomes|became)"
# "Jim Murphy announces resignation as Scottish Labour Party leader"
RESIGNATION = r"(?:announce[sd]?|tender(?:s|ed)?|submit(?:s|ted)?|offer(?:s|ed)?)\s+(?:his\s+|her\s+|their\s+)?resignation"
# "was forced to resign as Foreign Minister"
LEFT_POST_LEAD = r"(?:(?:was\s+forced|were\s+forced|had|chose|agreed|decided)\s+to\s+)?"
LEFT_POST_VERBS = ("resigned", "resigns", "resign", "quit")
AFTER_SPACE_KIND = {
    **{h: "t" for h in titles.ALL_HEADS if not h[0].isupper()},
    **{w: "said" for w in "said says told added explained noted wrote argued stressed emphasized emphasised".split()},
    **{w: "verb" for w in "is was has had currently serves served selected appointed named elected will".split()},
    # the first words of PREDICATE's other forms: "announces resignation as", "agreed to resign as", "X sworn in as",
    # "X becomes Prime Minister"
    **{w: "verb" for w in (
        "announces announced announce tenders tendered submits submitted offers offered agreed decided chose sworn "
        "becomes became"
    ).split()},
    **{w: "verb" for w in (*KEPT_POST_VERBS, *LEFT_POST_VERBS)},
    "to serve": "verb",
    **{plural: "plural" for plural in SINGULAR_OFFICE},
}
AFTER_SPACE = re.compile(" (?P<w>" + trie_regex(AFTER_SPACE_KIND, space=r"\s+") + r")(?![\w-])")
# An office in the plural opening a paragraph: "Senators Mark Warner and Tim Kaine voted" (no space before it; the
# scan starts with the line break, a literal the engine finds fast).
PLURAL_AT_LINE_START = re.compile(
    r"\n(?P<w>" + trie_regex([p for p in SINGULAR_OFFICE if not p.endswith(".")], space=r"\s+") + r")(?![\w-])"
)
PORTFOLIO_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?P<p>{titles.PORTFOLIO_PATTERN})(?![\w-])")
# "Under Secretary of State for Political Affairs Victoria Nuland": after a portfolio, the post within it
# ("for Civil Works", "for Policy"), the name following as the run's last words.
SUB_PORTFOLIO = re.compile(rf" for (?P<p>(?:the )?{TOKEN}(?: (?:(?:and|of|on) (?:the )?)?{TOKEN}){{0,8}})")
LISTED_ON = re.compile(rf", (?:{TOKEN} )*{TOKEN},? and ")
# (a body's name stays on its line: "... prime minister of India" ending a headline is not "India The ...")
OF_AFTER = re.compile(
    rf",?\s+(?:of|for|at|to|with)\s+(?:the\s+)?(?P<o>{TOKEN}(?:[ \t]+(?:(?:and|of|for|on)[ \t]+(?:the[ \t]+)?)?{TOKEN}){{0,7}})"
)
LEFT_MODIFIER = re.compile(rf"(?<!\S)(?P<m>{titles.MODIFIERS}|then)\s*$", re.I)
# The capitalised run just before an office; it starts with a capital, so the search skips to capitals.
# (an initial, "U.S." or "U.N.", or a word)
_LEFT_TOKEN = rf"[{UPPER}](?<![^\s(“\"].)(?:\.(?=\s)|(?:\.[{UPPER}])+\.(?=\s)|(?:\w|[’'-](?=\w))*(?!\.\w))"
LEFT_QUALIFIER = re.compile(
    rf"(?P<q>{_LEFT_TOKEN}(?:(?:\s+(?:and|of|for|on|&)\s+(?:the\s+)?|\s+){TOKEN}){{0,6}}+)\s*$"
)
SAID = re.compile(r"\s*(?:,[^,.;]{3,80},\s*)?(?:said|says|told|added|explained|noted|wrote|argued|stressed|emphasized|emphasised)\b")
_BODY_RUN = rf"[{UPPER}][\w.’'&-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[{UPPER}][\w.’'&-]*){{0,6}}"
PREDICATE = re.compile(
    # leaving a post first: "was forced to resign as" is not "was"
    rf"\s+(?:{LEFT_POST_LEAD}(?:{'|'.join(LEFT_POST_VERBS)})(?=\s+as\s)|{RESIGNATION}(?=\s+as\s)|"
    r"(?:has\s+been\s+|was\s+|is\s+)?(?:selected|appointed|named|chosen|tapped|elected|confirmed|sworn\s+in)(?:\s+to\s+serve)?|"
    r"is|was|has\s+been|had\s+been|currently\s+serves|serves|served|is\s+serving|was\s+serving|has\s+served|"
    rf"{BECOMING}|"
    r"to\s+serve|will\s+(?:continue\s+to\s+)?serve|"
    rf"(?:{'|'.join(KEPT_POST_VERBS)})\s+(?:his|her|the|their)\s+(?:post|position|job|role|office)(?=\s+as\s)|"
    # "Jane Doe will join the White House as ...", "... will return to the Department of State as ..."
    rf"will\s+(?:join|rejoin|return\s+to)\s+(?:the\s+)?{_BODY_RUN}(?=\s+as\s))"
    r"(?:\s+as)?\s+(?:the\s+|an?\s+)?(?:(?P<former>former|acting)\s+)?(?:(?:new|next)\s+)?"
)
_NAME_2 = rf"{TOKEN}(?: +(?:{PARTICLE} +)?{TOKEN}){{1,3}}"
LIST = re.compile(rf"(?:,\s+{_NAME_2}){{0,6}},?\s+and\s+{_NAME_2}(?![\w-])")
# Words that qualify an office before its head word: "Principal Deputy Assistant Secretary".
_QUALIFIER_WORDS = (
    r"(?:Principal|Deputy|Assistant|Associate|Executive|Senior|Chief|Special|Acting|Vice|Under|Federal|First|Regional)"
)
_LOWER_QUALIFIER_WORDS = r"principal|deputy|assistant|associate|executive|senior|chief|special|acting|vice|under|local|regional"
_TITLE_QUALIFIERS = rf"(?:(?:{_QUALIFIER_WORDS}|United\s+States|{_LOWER_QUALIFIER_WORDS})[\s-]+){{0,4}}"
# After "has served as": also the level of government ("the State Senator", "a County Commissioner").
_OFFICE_QUALIFIERS = (
    rf"(?:(?:{_QUALIFIER_WORDS}|State|County|City|Supervisory|Trial|United\s+States|U\.S\.|{_LOWER_QUALIFIER_WORDS})"
    r"[\s-]+){0,4}"
)
_ALL_HEADS_TRIE = trie_regex(titles.ALL_HEADS, space=r"\s+")
_PUBLIC_LOWER = "|".join(sorted(titles.PUBLIC_QUALIFIERS))
# ("deputy" alone heads no appositive: "X, the deputy assistant defense secretary,")
_APPOSITIVE_HEADS_TRIE = trie_regex(
    dict.fromkeys(h for h in [*titles.ALL_HEADS, *(h.lower() for h in titles.ALL_HEADS)] if h != "deputy"), space=r"\s+"
)
OFFICE_START = re.compile(rf"(?P<title>{_OFFICE_QUALIFIERS}(?:{_ALL_HEADS_TRIE})(?:\s+(?:of|for)\s+(?:the\s+)?(?:{titles.PORTFOLIO_PATTERN}))?)(?![\w-])")
# "Akwasi Osei-Adjei is Ghana’s foreign minister": whose office, before it (the caller asks if it is a country's).
OWNER_BEFORE_OFFICE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)[’']s\s+(?:new\s+|current\s+)?")
# After "will join ... as" / "will serve as", an appointment: the office may carry the name of its unit
# ("Rapid Response Director", "Cabinet Communications Director", "White House Director of Research").
UNIT_OFFICE_START = re.compile(
    rf"(?P<title>(?:[{UPPER}][\w-]*\s+){{1,3}}{_OFFICE_QUALIFIERS}(?:{_ALL_HEADS_TRIE})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:{titles.PORTFOLIO_PATTERN}))?)(?![\w-])"
)
APPOSITIVE = re.compile(
    rf"[,:](?:(?<=,)|(?=\s+(?:[{UPPER}][\w.]*\s+){{0,3}}(?:Nominee|Candidate)\b))"
    # a relative clause reads as the appositive: "Imtiaz Shahid Qureshi, who serves as Law Minister,"
    r"(?:\s+who(?:\s+(?:is|was|also|now|currently|then|serves|served|serving|has\s+been|had\s+been)){1,3}"
    r"(?:\s+as)?(?=\s))?"
    rf"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|our\s+|my\s+|your\s+)?"
    # "Bismullah Khan Muhammadi, the country's defence minister,": the country the text is about
    r"(?:(?:country|nation)[’']s\s+|party[’']s\s+(?![Cc]andidate|[Nn]ominee))?"
    # a word of judgement or of tenure: "Evo Morales, the worthy president of Bolivia,"
    r"(?:(?:incumbent|outgoing|embattled|longtime|long-time|popular|controversial|beleaguered|powerful|influential|"
    r"worthy|respected|newly\s+elected|newly\s+appointed|recently\s+appointed|democratically\s+elected|proposed)\s+)?"
    # an ordinal: "Suharto, second president of Indonesia,"
    r"(?:(?:first(?!\s+(?:minister|lady|secretary|deputy|vice)\b)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"last|\d+(?:st|nd|rd|th))\s+)?"
    rf"(?:(?P<former>{titles.MODIFIERS})\s+)?"
    # a rank before the body: "Mahmoud Zahar, a senior Hamas official,"
    r"(?:(?:senior|top|high-ranking|veteran)\s+(?=[A-Z]))?"
    # one capitalised word, or a place or the White House before the office ("New York State Comptroller")
    rf"(?:(?P<qualifier>(?:White\s+House|(?:[{UPPER}][a-z]+\s+){{1,2}}(?:State|County)|[{UPPER}]{{2,5}}\s+State|[{UPPER}][\w.]*(?:[’']s)?(?:\s+(?!(?:{_QUALIFIER_WORDS}|Prime)\b)[{UPPER}][a-z]+(?:[’']s(?=\s+(?:new|current)\s))?(?=\s+(?:(?:new|current)\s+)?[{UPPER}]))?))\s+(?:(?:new|current)\s+(?=[{UPPER}]))?(?=[\w-]+))?"
    rf"(?P<title>(?:(?:Nominee|nominee|Candidate|candidate)\s+(?:for|to\s+be)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:Position\s+of\s+)?(?:[{UPPER}][\w-]*\s+){{0,5}})?"
    # "a civil defence official", "a local emergency services official": public-sector words before a lower-case office
    # ("the deputy assistant defense secretary": office words before the public ones too)
    rf"(?:(?:{_LOWER_QUALIFIER_WORDS})\s+){{0,2}}?(?P<public>(?:(?:{_PUBLIC_LOWER})\s+){{1,3}})?"
    # a minister's portfolio in lower case, whatever it is: "the Israeli economic minister"
    rf"(?:{_TITLE_QUALIFIERS}(?:{_APPOSITIVE_HEADS_TRIE})|(?:[a-z][a-z-]+\s+){{1,2}}minister))(?![\w-])"
)
# A participant line that names the body before the office, the office ending the line: "Kathleen Hicks, Department
# of Defense Deputy Secretary", "Dawn Bystry, Social Security Administration Acting Associate Commissioner".
BODY_THEN_OFFICE = re.compile(
    rf",[ \t]+(?:the[ \t]+)?(?P<body>[{UPPER}][\w.&’'-]*(?:[ \t]+(?:of|for|on|and|the|[{UPPER}][\w.&’'-]*)){{1,8}}?)[ \t]+"
    rf"(?P<title>{_TITLE_QUALIFIERS}(?:{_ALL_HEADS_TRIE})(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[{UPPER}][\w’'-]*[ \t]*){{1,4}})?)"
    rf"[ \t]*(?:\n|\Z)"
)
POSSESSIVE = re.compile(r"[’']s$")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
GAP = re.compile(r",? +")
COMMA_BODY = re.compile(rf",\s+(?:the\s+)?(?P<o>{TOKEN}(?:\s+(?:(?:and|of|for|on)\s+(?:the\s+)?)?{TOKEN}){{0,7}})(?=\s*$|\s*\n|[,.;]|\s+\([A-Z])")
BODY_BEFORE = re.compile(r"([A-Z][a-z]+) (?:for|of|on) \Z")
BRACKETED_ACRONYM = re.compile(r" \([A-Z][A-Za-z&]{1,7}\)(?=[ ,])")
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SENTENCE_END = re.compile(r"[.!?:;]\s+$|^\s*$")


def at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or before.endswith("\n") or bool(_SENTENCE_END.search(before))
