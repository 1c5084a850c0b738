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

Office words are found with one regex whose alternatives all begin with a
letter, so the scan runs in the regex engine; everything else looks only at
a short window around each office.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from articles.extraction import titles
from articles.extraction.organisations import KIND_BY_HEAD

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
# A capitalised word, or an initial ("R."); a dot elsewhere ends the sentence, not the name.
_TOKEN = (
    rf"(?:[{_UPPER}]\.(?=\s)|(?:(?:al|el|ad|as|ash|an|ar|at|bin|ibn|abu|da|de|di|du)-)?"
    rf"(?:Mc|Mac|O’|O')?[{_UPPER}](?:\w|[’'-](?=\w))*(?!\.\w))"
)
_PARTICLE = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|le|du|dos|di|ibn|y)"
_SUFFIX = r"(?:,? +(?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))"
# Up to five capitalised tokens with particles: "Joseph R. Biden, Jr.", "Ursula von der Leyen".
# Names never run across a line break: spaces only between their words.
NAME_RE = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.? +)?(?:(?:von|van|de|del|da|di|du|al|le|la)(?: der| den)? +(?=[{_UPPER}]))?{_TOKEN}(?: +(?:{_PARTICLE} +){{0,2}}{_TOKEN}){{0,4}}{_SUFFIX}?")
_HONORIFIC = re.compile(
    r"^(?:(?:The\s+)?(?:Right\s+)?(?:Honou?rable|Hon\.|His|Her|Their)\s+(?:Excellency|Majesty|Highness\s+)?\s*|"
    r"Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+|Sir\s+|Dame\s+|Madam\s+)+"
)

_TITLE_RE = re.compile(rf"(?<![\w’'-])(?:{titles.HEAD_PATTERN}|{titles.LOWER_HEAD_PATTERN})(?![\w-])")
_PORTFOLIO_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?P<p>{titles.PORTFOLIO_PATTERN})(?![\w-])")
_OF_AFTER = re.compile(rf",?\s+(?:of|for|at|to)\s+(?:the\s+)?(?P<o>{_TOKEN}(?:\s+(?:(?:and|of|for|on)\s+(?:the\s+)?)?{_TOKEN}){{0,7}})")
_LEFT_MODIFIER = re.compile(rf"(?:^|\s)(?P<m>{titles.MODIFIERS}|then)\s*$", re.I)
_LEFT_QUALIFIER = re.compile(
    rf"(?:^|[\s(“\"])(?P<q>(?:{_TOKEN}(?:\s+(?:and|of|for|on|&)\s+(?:the\s+)?|\s+)){{0,6}}{_TOKEN})\s*$"
)
_SAID = re.compile(r"\s*(?:,[^,.;]{3,80},\s*)?(?:said|says|told|added|explained|noted|wrote|argued|stressed|emphasized|emphasised)\b")
_PREDICATE = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|currently\s+serves|serves|served|is\s+serving|was\s+serving|has\s+served)"
    r"(?:\s+as)?\s+(?:the\s+|an?\s+)?(?:(?P<former>former|acting)\s+)?"
)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))")

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our On In At By For From With And
    But Or As Under After Before During When While Both Former Acting Then Today Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October November December
    Administration Act Day Week Month Year Summit Conference Plan Program Programme Initiative Strategy Agreement
    Treaty Office Department Ministry House Council Committee Assembly Staff States Affairs Security National
    International Federal Republic Kingdom Union Party Government Cabinet Bureau Agency Commission Service Forces
    Army Navy Court Congress Senate Parliament Yuan White Oval Room Also Here There Now Meanwhile However Moreover
    Consequently Officials Lawmakers Reuters Extraordinary Plenipotentiary Nominee Nominees Announces Announce
    Announced Statement Remarks Readout Press Briefing Gaggle Call Calls Meeting Meets Visit Visits Travels Travel
    Signs Signed Hosts Hosted Delivers Speaks Joins Welcomes Holds Launches Releases Celebrates Honors Honours
    Nominates Appoints Names Approves Applauds Condemns Congratulates En Route Aboard Air Force One Welcome So
    Thank Thanks Yes No Okay Well Good Morning Afternoon Evening Ladies Gentlemen Everyone Please Q What Why How
    Who Where Let Look Again Look, Sir Madam Excellency Majesty Highness Honorable Honourable Mr Mrs Ms Dr Jr Sr
    God America American Americans United Nations Washington Electric Motors Inc Corporation Company Group
    Bank Fund University College Institute School Center Centre Foundation Association Hospital Avenue Street
    Officer Officers Am Is Are Do Does Did Can Will Would Should Could Must Has Have Had Was Were Be Award Awards
    Prize Medal Fellowship Scholarship Fellow Fellows""".split()
)
_HEADLINE_MAX_TOKENS = 3
_PLACES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming London Paris Beijing Tokyo Moscow Kyiv Jerusalem Brussels Geneva Berlin Seoul Taipei""".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
     "South Carolina", "South Dakota", "West Virginia", "Puerto Rico", "District of Columbia", "San Francisco",
     "Los Angeles", "New Delhi", "Mexico City", "Hong Kong", "Camp David", "Air Force One", "Capitol Hill"}


@dataclass
class FoundPerson:
    name: str
    title: str = ""
    organisation: str = ""
    country: str = ""  # ISO code
    count: int = 0
    official: bool = False
    key: int | str | None = None  # a person the archive already knows


class _Finder:
    def __init__(self, text: str, country_terms: dict[str, str], organisation_names: set[str], body_start: int):
        self.text = text
        self.country_terms = country_terms
        self.organisation_names = organisation_names
        self.body_start = body_start  # names in the headline are cut to what the body confirms
        self.mentions: list[tuple[int, str, str, str, str]] = []  # position, name, title, organisation, country
        self._lower_words = frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))
        self.people: dict[str, FoundPerson] = {}

    # -- names ---------------------------------------------------------------

    def clean_name(self, name: str, position: int) -> str:
        name = " ".join(name.split()).strip(" ,")
        name = _HONORIFIC.sub("", name)
        # A possessive ends the name: "Jake Sullivan’s Meetings" is Jake Sullivan.
        name = re.split(r"(?<=\w)[’']s\b", name, maxsplit=1)[0]
        tokens = name.split()
        kept: list[str] = []
        for token in tokens:
            bare = token.rstrip(".,")
            if re.fullmatch(r"(?:I|It|We|You|They|He|She|That|There|What)[’'][a-z]+", bare):
                return ""
            if (bare in NOT_NAME_WORDS and kept) or bare in self.country_terms or bare in titles.TITLE_WORDS:
                break
            if bare in NOT_NAME_WORDS:
                return ""
            kept.append(token)
        while kept and kept[-1].lower() in {"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "y"}:
            kept.pop()
        name = " ".join(kept).rstrip(",")
        if position < self.body_start and len(kept) > 2:
            name = self._confirmed_by_body(kept)
        return name

    def _confirmed_by_body(self, tokens: list[str]) -> str:
        """Headlines are in title case: "Biden Announces Key Nominees". Keep what the body also says."""
        body = " ".join(_plain_tokens(self.text[self.body_start :]))
        plain = _plain_tokens(" ".join(tokens))
        for size in range(min(len(tokens), 5), 1, -1):
            if re.search(rf"(?<![\w-]){re.escape(' '.join(plain[:size]))}(?![\w-])", body):
                return " ".join(tokens[:size])
        # Title case capitalises verbs too: "Biden Thanking U.S. ..." ends the name at "Thanking".
        kept = []
        for token in tokens[:_HEADLINE_MAX_TOKENS]:
            if kept and token.endswith("ing") and len(token) > 5:
                break
            kept.append(token)
        return " ".join(kept)

    def valid(self, name: str) -> bool:
        if not name or name in self.country_terms or name in self.organisation_names or name in _PLACES:
            return False
        tokens = _plain_tokens(name)
        if any(t in KIND_BY_HEAD for t in tokens):
            return False  # "Criminal Investigative Service" is an organisation
        # A surname is rarely also an ordinary word of the same article ("Services", "Counsel", "Award").
        common = sum(1 for t in tokens if self._lower_words and t.lower() in self._lower_words)
        if common * 2 >= len(tokens) + (len(tokens) > 1):
            return False
        letters = [ch for ch in name if ch.isalpha()]
        if not letters or name.isupper() and len(name) > 4:  # an ALL-CAPS heading or speaker label
            return False
        return len(name) >= 2

    def add(
        self, name: str, position: int, *, title: str = "", organisation: str = "", country: str = "", min_tokens: int = 1
    ) -> None:
        if any(word.rstrip(".,") in KIND_BY_HEAD for word in name.split()):
            return  # "Umatilla Tribal Community Foundation" is an organisation, whatever is cut from it
        name = self.clean_name(name, position)
        if self.valid(name) and len(name.split()) >= min_tokens:
            self.mentions.append((position, name, title, organisation, country))

    def resolve(self) -> None:
        """Merge the mentions of one person: 'President Biden' and 'Joe Biden', 'Tsai' and 'Tsai Ming-yen'."""
        by_name: dict[str, list[tuple[int, str, str, str, str]]] = {}
        for mention in sorted(self.mentions):
            by_name.setdefault(mention[1], []).append(mention)
        full_names = [n for n in by_name if len(n.split()) > 1]
        canonical: dict[str, str] = {}
        # Longer names first, so "Joseph R. Biden, Jr." absorbs "Joe Biden" before "Biden" is placed.
        for name in sorted(full_names, key=lambda n: -len(n)):
            tokens = _plain_tokens(name)
            for other in list(canonical.values()):
                other_tokens = _plain_tokens(other)
                same_start = tokens[-1] == other_tokens[-1] and tokens[0][0] == other_tokens[0][0]
                # "López Obrador" is the end of "Andrés Manuel López Obrador".
                tail = len(tokens) < len(other_tokens) and other_tokens[-len(tokens) :] == tokens
                if same_start or tail:
                    canonical[name] = other
                    break
            else:
                canonical[name] = name
        for name in by_name:
            if name in canonical:
                continue
            token = _plain_tokens(name)[0]
            owners = {canonical[f] for f in full_names if token in (_plain_tokens(f)[0], _plain_tokens(f)[-1])}
            if len(owners) > 1:
                titles_here = {m[2] for m in by_name[name] if m[2]}
                owners = {o for o in owners if any(m[2] in titles_here for f in full_names if canonical[f] == o for m in by_name[f])} or owners
            canonical[name] = owners.pop() if len(owners) == 1 else name
        for name, mentions in by_name.items():
            person = self.people.setdefault(canonical[name], FoundPerson(canonical[name]))
            for _, _, title, organisation, country in mentions:
                if title and not person.official:
                    person.title, person.organisation, person.country, person.official = title, organisation, country, True

    # -- the office next to a name ------------------------------------------------

    def left_context(self, start: int) -> tuple[str, str, str, str]:
        """(modifier, organisation, country, title prefix) written just before an office."""
        window = self.text[max(0, start - 120) : start]
        modifier = organisation = country = prefix = ""
        qualifier_match = _LEFT_QUALIFIER.search(window)
        if qualifier_match:
            qualifier = qualifier_match.group("q")
            bare = re.sub(r"[’']s$", "", qualifier)
            words = bare.split()
            # Take the longest tail of the capitalised run that is an organisation or a country.
            for size in range(len(words), 0, -1):
                tail = " ".join(words[-size:])
                tail_plain = re.sub(r"^(?:the|The)\s+", "", tail)
                if tail_plain in self.country_terms:
                    country = self.country_terms[tail_plain]
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    break
                if tail_plain in self.organisation_names or tail_plain.split()[-1] in KIND_BY_HEAD and size > 1:
                    organisation = tail_plain
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    break
                if " ".join([tail_plain, "X"]).split()[0] in titles.TITLE_PREFIXES and size == 1:
                    prefix = tail_plain
                    window = window[: qualifier_match.start("q")] + " ".join(words[:-size])
                    break
        modifier_match = _LEFT_MODIFIER.search(window.rstrip())
        if modifier_match:
            modifier = modifier_match.group("m").lower()
        return modifier, organisation, country, prefix

    def from_offices(self) -> None:
        text = self.text
        for match in _TITLE_RE.finditer(text):
            title = " ".join(match.group(0).split())
            position = match.end()
            lower = title[0].islower()
            portfolio = _PORTFOLIO_AFTER.match(text, position)
            if portfolio:
                title = f"{title} of {portfolio.group('p')}"
                position = portfolio.end()
            organisation = country = ""
            # "the Second Gentleman of the United States, Douglas Emhoff"
            of = _OF_AFTER.match(text, position)
            name_start = None
            if of and not portfolio:
                target = of.group("o")
                if text[of.end() : of.end() + 1] == ",":
                    # "the Second Gentleman of the United States, Douglas Emhoff"
                    if target in self.country_terms:
                        country = self.country_terms[target]
                    elif target.split()[-1] in KIND_BY_HEAD or target in self.organisation_names:
                        organisation = target
                    if country or organisation:
                        position = of.end() + 1
                else:
                    # "Speaker of the House Nancy Pelosi": the organisation ends at its head word.
                    words = target.split()
                    for i, word in enumerate(words[:-1]):
                        if word in KIND_BY_HEAD or " ".join(words[: i + 1]) in self.country_terms:
                            head = " ".join(words[: i + 1])
                            if head in self.country_terms:
                                country = self.country_terms[head]
                            else:
                                organisation = head
                            rest_name = NAME_RE.match(text, of.start("o") + len(head) + 1)
                            if rest_name and len(rest_name.group(0).split()) >= 2:  # a full name after it
                                name_start = of.start("o") + len(head) + 1
                            break
            if name_start is not None:
                position = name_start - 1
            gap = re.match(r",? +", text[position : position + 3])
            if not gap:
                continue
            name_match = NAME_RE.match(text, position + gap.end())
            if not name_match:
                continue
            if lower and "," in gap.group(0) and not (
                len(name_match.group(0).split()) >= 2 and text[name_match.end() : name_match.end() + 1] == ","
            ):
                continue  # "an Irish mayor, San Francisco elected ..." but "the French president, Emmanuel Macron,"
            modifier, left_org, left_country, prefix = self.left_context(match.start())
            if lower:
                # Lower-case offices only with something that marks them as offices.
                words = title.split()
                if not (left_org or left_country or modifier or len(words) > 1):
                    continue
            if prefix:
                title = f"{prefix} {title}"
            if modifier in {"former", "acting", "then", "interim"}:
                title = f"{modifier} {title}"
            details = {"title": title, "organisation": organisation or left_org, "country": country or left_country}
            self.add(name_match.group(0), name_match.start(), **details)
            # "Representative Brendan Boyle, Mary Gay Scanlon, and Donald Norcross": one office, a list of names.
            listed = _LIST.match(text, name_match.end())
            if listed:
                for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(0).strip(" ,")):
                    if name.strip() and len(name.split()) >= 2:
                        self.add(name, name_match.end(), **details)

    def from_appositives(self) -> None:
        text = self.text
        for match in NAME_RE.finditer(text):
            if len(match.group(0).split()) < 2:
                continue  # "London, Senior Advisor": a bare word before an office is rarely a person
            end = match.end()
            rest = text[end : end + 160]
            appositive = _APPOSITIVE.match(rest)
            predicate = _PREDICATE.match(rest) if not appositive else None
            if appositive and rest[appositive.end() : appositive.end() + 1] == " ":
                following = NAME_RE.match(rest, appositive.end() + 1)
                if following and self.clean_name(following.group(0), self.body_start):
                    continue  # "the Tulsa Race Massacre, President Biden announced": Biden's title
            if appositive:
                title = " ".join(appositive.group("title").split())
                after = appositive.end()
                modifier = appositive.group("former") or ""
                qualifier = appositive.group("qualifier") or ""
            elif predicate and _at_sentence_start(text, match.start()):
                office = _OFFICE_START.match(rest, predicate.end())
                if not office:
                    continue
                title = " ".join(office.group("title").split())
                after = office.end()
                modifier = predicate.group("former") or ""
                qualifier = ""
            else:
                continue
            organisation = country = ""
            of = _OF_AFTER.match(rest, after)
            if title[0].islower() and not (of or qualifier or title.startswith(("nominee", "candidate"))):
                continue  # "South Carolina, the vice president in Georgia": no office of anything
            if of:
                target = re.sub(r"[’']s$", "", of.group("o"))
                if target in self.country_terms:
                    country = self.country_terms[target]
                elif target in titles.PORTFOLIOS:
                    title = f"{title} of {target}"
                else:
                    organisation = _trim_organisation(target)
            if qualifier:
                bare = re.sub(r"[’']s$", "", qualifier)
                country = country or self.country_terms.get(bare, "")
            if title.islower():
                title = title[0].upper() + title[1:]
            if modifier:
                title = f"{modifier.lower()} {title}"
            self.add(
                match.group(0), match.start(), title=title, organisation=organisation, country=country, min_tokens=2
            )

    def from_speech(self) -> None:
        for match in NAME_RE.finditer(self.text):
            if len(match.group(0).split()) >= 2 and _SAID.match(self.text, match.end()):
                self.add(match.group(0), match.start())

    # -- counting -----------------------------------------------------------------

    def count(self) -> None:
        people = list(self.people.values())
        if not people:
            return
        forms: dict[str, FoundPerson] = {}
        for person in people:
            forms[person.name] = person
        for person in people:
            for short in _short_forms(person, people):
                forms.setdefault(short, person)
        pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])"
        )
        for match in pattern.finditer(self.text):
            forms[match.group(0)].count += 1
        for person in people:
            person.count = max(person.count, 1)


_NAME_2 = rf"{_TOKEN}(?: +(?:{_PARTICLE} +)?{_TOKEN}){{1,3}}"
_LIST = re.compile(rf"(?:,\s+{_NAME_2}){{0,6}},?\s+and\s+{_NAME_2}(?![\w-])")
_OFFICE_START = re.compile(rf"(?P<title>(?:{titles.HEAD_PATTERN}|{titles.LOWER_HEAD_PATTERN})(?:\s+(?:of|for)\s+(?:the\s+)?(?:{titles.PORTFOLIO_PATTERN}))?)(?![\w-])")
_APPOSITIVE = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+)?(?:(?P<former>{titles.MODIFIERS})\s+)?"
    rf"(?:(?P<qualifier>[{_UPPER}][\w.]*(?:[’']s)?)\s+(?=[\w-]+))?"
    rf"(?P<title>(?:(?:Nominee|nominee|Candidate|candidate)\s+for\s+(?:the\s+)?(?:Position\s+of\s+)?"
    rf"(?:[{_UPPER}][\w-]*\s+){{0,5}})?"
    rf"(?:{titles.APPOSITIVE_HEAD_PATTERN}))(?![\w-])"
)


def _plain_tokens(name: str) -> list[str]:
    """Name tokens without suffixes and accents, for comparing two ways of writing one name."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return [t for t in folded.replace(",", "").split() if not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", t)] or [folded]


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or before.endswith("\n") or bool(re.search(r"[.!?:;]\s+$|^\s*$", before))


def _trim_organisation(name: str) -> str:
    words = name.split()
    for i, word in enumerate(words):
        if word in KIND_BY_HEAD:
            last = i
    return name


def _short_forms(person: FoundPerson, people: list[FoundPerson]) -> list[str]:
    tokens = [t for t in person.name.replace(",", "").split() if not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", t)]
    if len(tokens) < 2:
        return []
    forms = []
    for token in {tokens[0], tokens[-1].rstrip(".")}:
        if len(token) <= 2 or token in NOT_NAME_WORDS:
            continue
        if any(p is not person and token in p.name.split() for p in people):
            continue
        forms.append(token)
    return forms


def find_people(
    text: str, country_terms: dict[str, str], organisation_names: set[str], body_start: int = 0
) -> list[FoundPerson]:
    """People named in `text`, officials marked. `text[:body_start]` is the headline."""
    finder = _Finder(text, country_terms, organisation_names, body_start)
    finder.from_offices()
    finder.from_appositives()
    finder.from_speech()
    finder.resolve()
    finder.count()
    return list(finder.people.values())
