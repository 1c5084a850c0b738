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
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from articles.extraction import titles
from articles.extraction.matcher import trie_regex
from articles.extraction.name_terms import (
    NOT_NAME_WORDS,
    HEADLINE_VERBS as _HEADLINE_VERBS,
    PLACES as _PLACES,
    GEO_WORDS as _GEO_WORDS,
)
from articles.extraction.organisation_terms import KIND_BY_ACRONYM
from articles.extraction.organisations import KIND_BY_HEAD

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
# A capitalised word, or an initial ("R."); a dot elsewhere ends the sentence, not the name.
_TOKEN = (
    rf"(?:[{_UPPER}]\.(?=\s)|(?:[A-Z]\.){{2,}}|(?:(?:al|el|ad|as|ash|an|ar|at|bin|ibn|abu|da|de|di|du)-)?"
    rf"(?:Mc|Mac|O’|O')?[{_UPPER}](?:\w|[’'‘-](?=\w))*(?!\.\w))"
)
_PARTICLE = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|le|du|dos|di|ibn|y)"
_SUFFIX = r"(?:,? +(?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))"
# Up to five capitalised tokens with particles: "Joseph R. Biden, Jr.", "Ursula von der Leyen".
# Names never run across a line break: spaces only between their words.
NAME_RE = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.? +)?(?:(?:von|van|de|del|da|di|du|al|le|la)(?: der| den)? +(?=[{_UPPER}]))?{_TOKEN}(?: +(?:{_PARTICLE} +){{0,2}}{_TOKEN}){{0,4}}{_SUFFIX}?")
# A name of two or more words that ends where the text is read up to (searched for in a short window
# before an appositive, a predicate or a verb of speech, rather than scanning the text for names).
_SCAN_TOKEN = rf"[{_UPPER}](?<![\w’'-].)(?:\.(?=\s)|(?:\w|[’'-](?=\w))*(?!\.\w))"
# Possessive repeats: a run of words that does not reach the end will not when shortened either.
_NAME_BEFORE = re.compile(rf"{_SCAN_TOKEN}(?: +(?:{_PARTICLE} +){{0,2}}{_TOKEN}){{1,4}}+{_SUFFIX}?\Z")
# What can follow a name whose office comes after it. Each scan starts with a literal "," or " ",
# which the regex engine finds fast; the name is then looked for just before it.
_PUBLIC_BODY = re.compile(
    r"U\.S\.|\b(?:United States|National|Federal|Department|Ministry|Agency|Administration|Bureau|Commission|"
    r"Service|Authority|Government|Office|Corps|Council)\b"
)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,},?")
_OFFICE_PHRASE = re.compile(rf"(?:\s+(?:and|of|for|on|the)|\s+{_TOKEN}){{3,14}}")
_APPOINTED = re.compile(r"serve|selected|appointed|named|chosen|tapped|elected")
_REGION_ADJECTIVES = frozenset("Central Eastern Western Northern Southern Middle".split())
# Office and place words that are common surnames too: after a first and a middle name, at the end, they are the surname.
_SURNAME_WORDS = frozenset("White King Dean Bishop".split())

_HONORIFIC = re.compile(
    r"^(?:(?:The\s+)?(?:Right\s+)?(?:Honou?rable|Hon\.|His|Her|Their)\s+(?:Excellency|Majesty|Highness\s+)?\s*|"
    r"Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+|Sir\s+|Dame\s+|Madam\s+|Professor\s+|Prof\.\s+)+"
)

# The boundary check before an office looks back past its first letter, so the scan skips to candidate letters.
_TITLE_RE = re.compile(
    trie_regex([h for h in titles.ALL_HEADS if h[0].isupper()], after_first=r"(?<![\w’'-].)", space=r"\s+")
    + r"(?![\w-])"
)
_THEN_TITLE = re.compile(
    "then-(?P<t>" + trie_regex([h for h in titles.ALL_HEADS if h[0].isupper()], space=r"\s+") + r")(?![\w-])"
)
# Lower-case offices follow a space ("former Japanese military leader Shigeru Iwasaki"): a scan that
# starts with a space is a fast one, where one that starts with a lower-case letter would try every letter.
# One scan for the three, as each starts with a space: lower-case offices, verbs of speech, and the verbs
# that make an office a name's predicate.
_SINGULAR_OFFICE = {
    "Representatives": "Representative", "Reps.": "Rep.", "Senators": "Senator", "Sens.": "Sen.",
    "Governors": "Governor", "Mayors": "Mayor", "Congressmen": "Congressman", "Congresswomen": "Congresswoman",
    "Ministers": "Minister", "Ambassadors": "Ambassador", "Secretaries": "Secretary",
    "Members of Congress": "Member of Congress", "Prime Ministers": "Prime Minister", "Presidents": "President",
}
_AFTER_SPACE_KIND = {
    **{h: "t" for h in titles.ALL_HEADS if not h[0].isupper()},
    **{w: "said" for w in "said says told added explained noted wrote argued stressed emphasized emphasised".split()},
    **{w: "verb" for w in "is was has had currently serves served selected appointed named elected".split()},
    "to serve": "verb",
    **{plural: "plural" for plural in _SINGULAR_OFFICE},
}
_AFTER_SPACE = re.compile(" (?P<w>" + trie_regex(_AFTER_SPACE_KIND, space=r"\s+") + r")(?![\w-])")
_PORTFOLIO_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?P<p>{titles.PORTFOLIO_PATTERN})(?![\w-])")
_OF_AFTER = re.compile(rf",?\s+(?:of|for|at|to)\s+(?:the\s+)?(?P<o>{_TOKEN}(?:\s+(?:(?:and|of|for|on)\s+(?:the\s+)?)?{_TOKEN}){{0,7}})")
_LEFT_MODIFIER = re.compile(rf"(?<!\S)(?P<m>{titles.MODIFIERS}|then)\s*$", re.I)
# The capitalised run just before an office; it starts with a capital, so the search skips to capitals.
_LEFT_TOKEN = rf"[{_UPPER}](?<![^\s(“\"].)(?:\.(?=\s)|(?:\w|[’'-](?=\w))*(?!\.\w))"
_LEFT_QUALIFIER = re.compile(
    rf"(?P<q>{_LEFT_TOKEN}(?:(?:\s+(?:and|of|for|on|&)\s+(?:the\s+)?|\s+){_TOKEN}){{0,6}}+)\s*$"
)
_SAID = re.compile(r"\s*(?:,[^,.;]{3,80},\s*)?(?:said|says|told|added|explained|noted|wrote|argued|stressed|emphasized|emphasised)\b")
_PREDICATE = re.compile(
    r"\s+(?:(?:has\s+been\s+|was\s+|is\s+)?(?:selected|appointed|named|chosen|tapped|elected)(?:\s+to\s+serve)?|"
    r"is|was|has\s+been|had\s+been|currently\s+serves|serves|served|is\s+serving|was\s+serving|has\s+served|"
    r"to\s+serve)"
    r"(?:\s+as)?\s+(?:the\s+|an?\s+)?(?:(?P<former>former|acting)\s+)?"
)

_LIST_SEPARATOR = re.compile(r",? and |, (?=[A-Z])")
_HEADLINE_MAX_TOKENS = 5
_NOUN_ENDING = re.compile(r"(?:ments?|tions?|ities|ity|ism|ness|ship|ive|itus|ary|ance|ence)$")


def _IN_WORD(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


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
        self._common: dict[str, bool] = {}
        self.titled: set[str] = set()  # names as written that an office was found for, in the body
        self.after_space = [(m, _AFTER_SPACE_KIND[" ".join(m.group("w").split())]) for m in _AFTER_SPACE.finditer(text)]
        self._body_plain: str | None = None
        self.people: dict[str, FoundPerson] = {}

    # -- names ---------------------------------------------------------------

    def clean_name(self, name: str, position: int) -> str:
        name = " ".join(name.split()).strip(" ,")
        name = _HONORIFIC.sub("", name)
        # A possessive ends the name: "Jake Sullivan’s Meetings" is Jake Sullivan.
        name = _POSSESSIVE_END.split(name, maxsplit=1)[0]
        tokens = name.split()
        kept: list[str] = []
        for index, token in enumerate(tokens):
            bare = token.rstrip(".,")
            if bare in _SURNAME_WORDS and len(kept) >= 2 and index == len(tokens) - 1:
                kept.append(token)  # "William Isaac White", "Carolyn Dineen King": a word that is also a surname ends it
                break
            if _CONTRACTION.fullmatch(bare):
                return ""
            if _DOTTED.fullmatch(token):
                break  # "D.C.", "U.N.": an abbreviation ends a name
            if kept and len(bare) == 1 and token.endswith("."):
                kept.append(token)  # an initial, "Scott A. Nathan", even where "A" is a word
                continue
            if (bare in NOT_NAME_WORDS and kept) or bare in self.country_terms or bare in titles.TITLE_WORDS:
                break
            if bare in NOT_NAME_WORDS or not kept and bare in _HEADLINE_VERBS:
                return ""  # "The President Orders PREP Act ...": a title-case heading's verb starts no name
            kept.append(token)
        while kept and kept[-1].lower() in {"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "y"}:
            kept.pop()
        name = " ".join(kept).rstrip(",")
        if position < self.body_start and len(kept) > 1:
            name = self._confirmed_by_body(kept)
        return name

    def _in_body(self, words: list[str]) -> bool:
        phrase = " ".join(words).rstrip(",")
        if phrase.isascii():  # the common case, without folding the whole body
            return _has_word(self.text, phrase, self.body_start)
        if self._body_plain is None:
            self._body_plain = " ".join(_fold_tokens(self.text[self.body_start :]))
        return _has_word(self._body_plain, " ".join(_fold_tokens(phrase)))

    def _confirmed_by_body(self, tokens: list[str]) -> str:
        """Headlines are in title case: "Biden Announces Key Nominees". Keep what the body also says."""
        for size in range(min(len(tokens), 5), 1, -1):
            if self._in_body(tokens[:size]):
                return " ".join(tokens[:size])
        # Title case capitalises verbs too: "Biden Thanking U.S. ...", "Biden Expands Efforts" end the name.
        if tokens[0] in _HEADLINE_VERBS:
            return ""  # "The President Orders PREP Act ...": a headline's verb, not a name
        kept = []
        for token in tokens[:_HEADLINE_MAX_TOKENS]:
            if kept and (token.endswith("ing") and len(token) > 5 or token in _HEADLINE_VERBS or (
                token.endswith("s") and self.is_common_word(token.lower())
            )):
                break
            kept.append(token)
        return " ".join(kept)

    def valid(self, name: str) -> bool:
        if not name or name in self.country_terms or name in self.organisation_names or name in _PLACES:
            return False
        tokens = _plain_tokens(name)
        if any(t in KIND_BY_HEAD or t in KIND_BY_ACRONYM for t in tokens):
            return False  # "Criminal Investigative Service", "APEC Leaders" are organisations
        # A surname is rarely also an ordinary word of the same article ("Services", "Counsel", "Award").
        tokens = [t for t in tokens if not t[0].islower()]  # "von der Leyen": particles are lower-case anyway
        common = sum(1 for t in tokens if self.is_common_word(t.lower()))
        if not tokens or common * 2 >= len(tokens) + (len(tokens) > 1):
            return False
        if "-" in name and any("-" in t and t.split("-")[0] in titles.TITLE_WORDS and t.split("-")[1][:1].islower() for t in name.split()):
            return False  # "General-appointed": an office and a participle, not a name
        if tokens[0] in _REGION_ADJECTIVES:
            return False  # "Central African", "Southern Cone": a region's adjective does not start a name
        if len(tokens) == 1 and _NOUN_ENDING.search(tokens[0]):
            return False  # "Announcements", "Emeritus", "Legislative": words, not surnames
        letters = [ch for ch in name if ch.isalpha()]
        if not letters or name.isupper() and len(name) > 4:  # an ALL-CAPS heading or speaker label
            return False
        return len(name) >= 2

    def is_common_word(self, word: str) -> bool:
        """Is `word` written in lower case as a word of its own somewhere in the article?"""
        known = self._common.get(word)
        if known is None:
            known = False
            text = self.text
            if len(word) > 1 and word[0].islower():
                start = text.find(word)
                while start >= 0:
                    end = start + len(word)
                    if (start == 0 or not _IN_WORD(text[start - 1])) and (end == len(text) or not _IN_WORD(text[end])):
                        known = True
                        break
                    start = text.find(word, end)
            self._common[word] = known
        return known

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
                same_start = tokens[-1] == other_tokens[-1] and tokens[0][0] == other_tokens[0][0] and (
                    _same_given_name(tokens[0], other_tokens[0])
                )
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
            if not owners:
                # "President Chaves" is "Rodrigo Chaves Robles": a Spanish name's first surname is not its last word.
                owners = {canonical[f] for f in full_names if len(_plain_tokens(f)) > 2 and token in _plain_tokens(f)[1:-1]}
                if not owners and any(m[2] for m in by_name[name]) and len(token) > 2:
                    fuller = self._fuller_name(name)
                    if fuller:
                        canonical[fuller] = fuller
                        owners = {fuller}
            if len(owners) > 1:
                titles_here = {m[2] for m in by_name[name] if m[2]}
                owners = {o for o in owners if any(m[2] in titles_here for f in full_names if canonical[f] == o for m in by_name[f])} or owners
            if len(owners) == 1:
                # "President Biden" is not "First Lady Jill Biden": a spouse shares the surname, not the office.
                titles_here = {_SPOUSE.search(m[2]) is not None for m in by_name[name] if m[2]}
                owner = next(iter(owners))
                owner_titles = {_SPOUSE.search(m[2]) is not None for f in full_names if canonical[f] == owner for m in by_name[f] if m[2]}
                if len(titles_here) == 1 and len(owner_titles) == 1 and titles_here != owner_titles:
                    owners = set()
            canonical[name] = owners.pop() if len(owners) == 1 else name
        for name, mentions in by_name.items():
            person = self.people.setdefault(canonical[name], FoundPerson(canonical[name]))
            for _, _, title, organisation, country in mentions:
                if title and not person.official:
                    person.title, person.organisation, person.country, person.official = title, organisation, country, True

    def _fuller_name(self, surname: str) -> str:
        """"Bernardo Arévalo de León" for "President-elect Arévalo": the one full name in the body that goes on after the
        surname (a second surname), where no office was written next to it."""
        forms = set()
        text = self.text
        start = text.find(surname + " ", self.body_start)
        while start >= 0:
            end = start + len(surname)
            rest = _AFTER_SURNAME.match(text, end) if start == 0 or not _IN_WORD(text[start - 1]) else None
            given = _GIVEN_BEFORE.search(text, max(0, start - 40), start) if rest else None
            start = text.find(surname + " ", end)
            if not given or not all(self.name_like(w) and w.split("-")[0] not in titles.TITLE_WORDS for w in given.group(0).split()):
                continue
            name = self.clean_name(given.group(0) + surname + rest.group(0), given.start())
            if len(name.split()) > 2 and name.split()[-1] != surname and self.valid(name):
                forms.add(name)
        return forms.pop() if len(forms) == 1 else ""

    # -- the office next to a name ------------------------------------------------

    def left_context(self, start: int) -> tuple[str, str, str, str]:
        """(modifier, organisation, country, title prefix) written just before an office."""
        window = self.text[max(0, start - 120) : start]
        modifier = organisation = country = prefix = ""
        last_word = window[window.rstrip().rfind(" ") + 1 :].lstrip("(“\"")
        # Only a capitalised word just before the office can end a qualifier ("Bureau Director-General").
        qualifier_match = _LEFT_QUALIFIER.search(window) if last_word[:1].isupper() or last_word[:3] in {
            "al-", "el-"} else None
        if qualifier_match:
            qualifier = qualifier_match.group("q")
            bare = _POSSESSIVE.sub("", qualifier)
            words = bare.split()
            # Take the longest tail of the capitalised run that is an organisation or a country.
            for size in range(len(words), 0, -1):
                tail = " ".join(words[-size:])
                tail_plain = _LEADING_THE.sub("", tail)
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
        window = window.rstrip()
        # A modifier is the last word or two: read only the end of the window.
        modifier_match = _LEFT_MODIFIER.search(window, max(0, len(window) - 20))
        if modifier_match:
            modifier = modifier_match.group("m").lower()
        return modifier, organisation, country, prefix

    def from_offices(self) -> None:
        text = self.text
        offices = [(m.start(), m.end(), m.group(0)) for m in _TITLE_RE.finditer(text)]
        offices += [(m.start("w"), m.end(), m.group("w")) for m, kind in self.after_space if kind == "t"]
        if "then-" in text:  # "then-Chairman Susan Collins", "then-Senator Biden"
            offices += [(m.start("t"), m.end(), m.group("t")) for m in _THEN_TITLE.finditer(text)]
        for start, position, title in offices:
            title = " ".join(title.split())
            if title == "General" and text[max(0, start - 10) : start] == "Consulate ":
                continue  # "the U.S. Consulate General, Lagos": a consulate's name, not an office
            lower = title[0].islower()
            portfolio = _PORTFOLIO_AFTER.match(text, position)
            if portfolio:
                title = f"{title} of {portfolio.group('p')}"
                position = portfolio.end()
            organisation = country = ""
            # "the Second Gentleman of the United States, Douglas Emhoff"
            of = _OF_AFTER.match(text, position)
            name_start = None
            apposed = False  # the name follows the office and its body after a comma
            if of and not portfolio:
                target = of.group("o")
                # "Administrator of the National Aeronautics and Space Administration (NASA), Bill Nelson"
                acronym = _BRACKETED_ACRONYM.match(text, of.end()) if text[of.end() : of.end() + 2] == " (" else None
                of_end = acronym.end() if acronym else of.end()
                if text[of_end : of_end + 1] == ",":
                    # "the Second Gentleman of the United States, Douglas Emhoff"
                    if target in self.country_terms:
                        country = self.country_terms[target]
                    elif target.split()[-1] in KIND_BY_HEAD or target in self.organisation_names:
                        organisation = target
                    if country or organisation:
                        position = of_end + 1
                        apposed = True
                else:
                    # "Speaker of the House Nancy Pelosi": the organisation ends at its head word.
                    words = target.split()
                    for i, word in enumerate(words[:-1]):
                        if word in KIND_BY_HEAD or word == "House" or " ".join(words[: i + 1]) in self.country_terms:
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
            elif text[position : position + 2] == " (":
                # "Director of the Office of Management and Budget (OMB) Russ Vought": the acronym, then the name
                acronym = _BRACKETED_ACRONYM.match(text, position)
                position = acronym.end() if acronym else position
            gap = _GAP.match(text, position, position + 3)
            if not gap:
                continue
            name_match = NAME_RE.match(text, gap.end())
            if not name_match and not lower:
                # "Coordinator for the Middle East and North Africa Brett McGurk": the name ends the phrase.
                name_match = self.trailing_name(position)
            if not name_match:
                continue
            if lower and "," in gap.group(0) and not (
                len(name_match.group(0).split()) >= 2 and text[name_match.end() : name_match.end() + 1] == ","
            ):
                continue  # "an Irish mayor, San Francisco elected ..." but "the French president, Emmanuel Macron,"
            raw_name = name_match.group(0)
            if text[name_match.end() : name_match.end() + 1] == "-":
                continue  # "President Ze- — Zelenskyy": a word broken off in speech
            if raw_name in self.titled and name_match.start() >= self.body_start:
                continue  # "President Biden" again: the first mention with an office already gave it
            modifier, left_org, left_country, prefix = self.left_context(start)
            if lower:
                # Lower-case offices only with something that marks them as offices.
                words = title.split()
                if not (left_org or left_country or modifier or len(words) > 1 or apposed):
                    continue
            if prefix:
                title = f"{prefix} {title}"
            if modifier in {"former", "acting", "then", "interim"}:
                title = f"{modifier} {title}"
            details = {"title": title, "organisation": organisation or left_org, "country": country or left_country}
            # "Deputy Chief of Staff, Logistics": one capitalised word after a comma is the office's portfolio.
            single_after_comma = "," in gap.group(0) and name_start is None and not (country or organisation)
            self.add(raw_name, name_match.start(), **details, min_tokens=2 if single_after_comma else 1)
            if name_match.start() >= self.body_start:
                self.titled.add(raw_name)
            # "Representative Brendan Boyle, Mary Gay Scanlon, and Donald Norcross": one office, a list of names.
            listed = _LIST.match(text, name_match.end())
            if listed:
                for name in _LIST_SEPARATOR.split(listed.group(0).strip(" ,")):
                    if len(name.split()) >= 2 and titles.TITLE_WORDS.isdisjoint(name.split()):
                        self.add(name, name_match.end(), **details)

    def trailing_name(self, position: int) -> re.Match | None:
        """The two-word name that ends the capitalised phrase after an office, if its last words look like one."""
        phrase = _OFFICE_PHRASE.match(self.text, position)
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

    def name_like(self, word: str) -> bool:
        bare = word.rstrip(".,")
        return (
            bare[:1].isupper()
            and bare not in NOT_NAME_WORDS
            and bare not in titles.TITLE_WORDS
            and bare not in KIND_BY_HEAD
            and bare not in _GEO_WORDS
            and bare not in self.country_terms
            and not (bare.isupper() and len(bare) > 1)
            and bare not in _PLACES
            and not self.is_common_word(bare.lower())
        )

    def from_appositives_and_speech(self) -> None:
        """"Jane Doe, director of ...", "Jane Doe is serving as ...", "Jane Doe said"."""
        text = self.text
        ends = {m.start() for m in _APPOSITIVE.finditer(text)}
        for verb, kind in self.after_space:
            if kind != "verb":
                continue
            predicate = _PREDICATE.match(text, verb.start())
            if predicate and _OFFICE_START.match(text, predicate.end()):
                ends.add(verb.start())
        for verb, kind in self.after_space:
            if kind != "said":
                continue
            end = verb.start()
            if text[end - 1 : end] == ",":  # "Jane Doe, the agency's director, said"
                opening = text.rfind(",", max(0, end - 83), end - 1)
                if opening >= 0 and _SAID.match(text, opening):
                    ends.add(opening)
            while end and text[end - 1].isspace():
                end -= 1
            ends.add(end)
        for end in sorted(ends):
            match = _NAME_BEFORE.search(text, max(0, end - 80), end)
            if not match:
                continue
            before = text[max(0, match.start() - 4) : match.start()]
            if before[-3:] in ("in ", "In ", "at ") and not before[:-3][-1:].isalnum() and not _SAID.match(text, end):
                continue  # "in Las Vegas, the President will ...": a place, then another clause
            words = match.group(0).split()
            bad = [i for i, w in enumerate(words[:-2]) if w in NOT_NAME_WORDS or w in titles.TITLE_WORDS or w in titles.PORTFOLIOS]
            if bad:
                # "U.S. Marshal Biographies Eddie Frizell, U.S. Marshal nominee": a heading run into the name
                skip = match.start() + len(" ".join(words[: bad[-1] + 1])) + 1
                match = _NAME_BEFORE.search(text, skip, end)
                if not match:
                    continue
            body = _BODY_BEFORE.search(text, max(0, match.start() - 30), match.start()) if text[
                match.start() - 4 : match.start()
            ] in (" of ", "for ", " on ") else None
            if body and body.group(1) in KIND_BY_HEAD:
                continue  # "the Trust for Public Land, Executive Director ...": the end of a body's name
            if _SAID.match(text, end):
                self.add(match.group(0), match.start())
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
            elif predicate and (_at_sentence_start(text, match.start()) or _APPOINTED.search(predicate.group(0))):
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
                target = _POSSESSIVE.sub("", of.group("o"))
                if target in self.country_terms:
                    country = self.country_terms[target]
                elif target in titles.PORTFOLIOS:
                    title = f"{title} of {target}"
                else:
                    organisation = _trim_organisation(target)
            if qualifier:
                bare = _POSSESSIVE.sub("", qualifier)
                country = country or self.country_terms.get(bare, "")
            if not of and not organisation:
                # "Nominee for Chief Information Officer, Department of Defense": the body after a comma
                body = _COMMA_BODY.match(rest, after)
                organisation = body.group("o") if body and _PUBLIC_BODY.match(body.group("o")) else ""
            if title.endswith("Officer") and not (country or _PUBLIC_BODY.search(organisation)):
                title = ""  # a company's chief officers are not officials; a public corporation's are
            if title.islower():
                title = title[0].upper() + title[1:]
            if modifier:
                title = f"{modifier.lower()} {title}"
            self.add(
                match.group(0), match.start(), title=title, organisation=organisation, country=country, min_tokens=2
            )

    def from_plural_offices(self) -> None:
        """"Representatives Brendan Boyle, Madeleine Dean, and Joe Courtney": one office for a list of names."""
        text = self.text
        for match, kind in self.after_space:
            if kind == "plural" and text[match.end() : match.end() + 1] == " " and text[match.end() + 1 : match.end() + 2].isupper():
                self._name_list(match.end() + 1, _SINGULAR_OFFICE[" ".join(match.group("w").split())])

    def _name_list(self, position: int, title: str) -> None:
        text = self.text
        while True:
            name = NAME_RE.match(text, position)
            if not name or len(name.group(0).split()) < 2:
                return
            self.add(name.group(0), name.start(), title=title, min_tokens=2)
            separator = _LIST_SEPARATOR.match(text, name.end())
            if not separator:
                return
            position = separator.end()

    # -- counting -----------------------------------------------------------------

    def count(self) -> None:
        people = list(self.people.values())
        if not people:
            return
        forms: dict[str, FoundPerson] = {}
        for person in people:
            forms[person.name] = person
        owners = Counter(word for person in people for word in set(person.name.split()))
        for person in people:
            for short in _short_forms(person, owners):
                forms.setdefault(short, person)
        # Longest forms first; a shorter form inside a longer one already counted is not counted again.
        text = self.text
        taken: set[int] = set()
        for form in sorted(forms, key=len, reverse=True):
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if (
                    start not in taken
                    and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"))
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "_-"))
                ):
                    forms[form].count += 1
                    taken.update(range(start, end))
                start = text.find(form, end)
        for person in people:
            person.count = max(person.count, 1)


_NAME_2 = rf"{_TOKEN}(?: +(?:{_PARTICLE} +)?{_TOKEN}){{1,3}}"
_LIST = re.compile(rf"(?:,\s+{_NAME_2}){{0,6}},?\s+and\s+{_NAME_2}(?![\w-])")
# Words that qualify an office before its head word: "Principal Deputy Assistant Secretary".
_TITLE_QUALIFIERS = (
    r"(?:(?:Principal|Deputy|Assistant|Associate|Executive|Senior|Chief|Special|Acting|Vice|Under|Federal|First|"
    r"United\s+States|"
    r"principal|deputy|assistant|associate|executive|senior|chief|special|acting|vice|under)[\s-]+){0,4}"
)
# After "has served as": also the level of government ("the State Senator", "a County Commissioner").
_OFFICE_QUALIFIERS = (
    r"(?:(?:Principal|Deputy|Assistant|Associate|Executive|Senior|Chief|Special|Acting|Vice|Under|Federal|First|"
    r"State|County|City|Supervisory|Trial|United\s+States|U\.S\.|"
    r"principal|deputy|assistant|associate|executive|senior|chief|special|acting|vice|under)[\s-]+){0,4}"
)
_ALL_HEADS_TRIE = trie_regex(titles.ALL_HEADS, space=r"\s+")
_APPOSITIVE_HEADS_TRIE = trie_regex(
    dict.fromkeys([*titles.ALL_HEADS, *(h.lower() for h in titles.ALL_HEADS)]), space=r"\s+"
)
_OFFICE_START = re.compile(rf"(?P<title>{_OFFICE_QUALIFIERS}(?:{_ALL_HEADS_TRIE})(?:\s+(?:of|for)\s+(?:the\s+)?(?:{titles.PORTFOLIO_PATTERN}))?)(?![\w-])")
_APPOSITIVE = re.compile(
    rf"[,:](?:(?<=,)|(?=\s+(?:[{_UPPER}][\w.]*\s+){{0,3}}(?:Nominee|Candidate)\b))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|our\s+)?(?:(?P<former>{titles.MODIFIERS})\s+)?"
    rf"(?:(?P<qualifier>[{_UPPER}][\w.]*(?:[’']s)?)\s+(?=[\w-]+))?"
    rf"(?P<title>(?:(?:Nominee|nominee|Candidate|candidate)\s+(?:for|to\s+be)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:Position\s+of\s+)?(?:[{_UPPER}][\w-]*\s+){{0,5}})?"
    rf"{_TITLE_QUALIFIERS}(?:{_APPOSITIVE_HEADS_TRIE}))(?![\w-])"
)


# Short forms of given names that do not share their first two letters with the full name.
_NICKNAMES = {
    frozenset(p.split("/"))
    for p in "bill/william bob/robert dick/richard jim/james ted/edward chuck/charles peggy/margaret hank/henry "
    "jack/john ned/edward betsy/elizabeth liz/elizabeth beth/elizabeth sally/sarah polly/mary".split()
}


def _same_given_name(a: str, b: str) -> bool:
    """"Joe" and "Joseph", "J." and "Joseph" can be one person; "Jill" and "Joseph" cannot."""
    a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
    if len(a) <= 1 or len(b) <= 1 or a[:2] == b[:2]:
        return True
    return frozenset((a, b)) in _NICKNAMES


def _has_word(text: str, phrase: str, start: int = 0) -> bool:
    """Is `phrase` in `text` (from `start`) as whole words?"""
    position = text.find(phrase, start)
    while position >= 0:
        end = position + len(phrase)
        before = text[position - 1] if position else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        position = text.find(phrase, end)
    return False


@functools.lru_cache(maxsize=4096)
def _plain_tokens(name: str) -> list[str]:
    """Name tokens without suffixes and accents, for comparing two ways of writing one name (do not mutate)."""
    return _fold_tokens(name)


def _fold_tokens(name: str) -> list[str]:
    folded = name if name.isascii() else _COMBINING.sub("", unicodedata.normalize("NFKD", name))
    folded = _ARTICLE_PREFIX.sub("", folded)
    return [t for t in folded.replace(",", "").split() if t not in _NAME_SUFFIXES] or [folded]


_POSSESSIVE_END = re.compile(r"(?<=\w)[’']s\b")
_POSSESSIVE = re.compile(r"[’']s$")
_CONTRACTION = re.compile(r"(?:I|It|We|You|They|He|She|That|There|What)[’'][a-z]+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_GAP = re.compile(r",? +")
_SPOUSE = re.compile(r"(?:First|Second) (?:Lady|Gentleman|Gentlemen)", re.I)
_COMMA_BODY = re.compile(rf",\s+(?:the\s+)?(?P<o>{_TOKEN}(?:\s+(?:(?:and|of|for|on)\s+(?:the\s+)?)?{_TOKEN}){{0,7}})(?=\s*$|\s*\n|[,.;])")
_BODY_BEFORE = re.compile(r"([A-Z][a-z]+) (?:for|of|on) \Z")
_GIVEN_BEFORE = re.compile(rf"(?:{_TOKEN} +){{1,2}}\Z")
_AFTER_SURNAME = re.compile(rf" +(?:{_PARTICLE} +)?{_TOKEN}")
_BRACKETED_ACRONYM = re.compile(r" \([A-Z][A-Za-z&]{1,7}\)(?=[ ,])")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ARTICLE_PREFIX = re.compile(r"(?<![\w-])(?:al|el|Al|El|ad|as|ash|an|ar|at)-(?=[A-Z])")  # "al-Sudani" is "Sudani" too
_NAME_SUFFIXES = frozenset("Jr Sr II III IV Jr. Sr. II. III. IV.".split())
_SENTENCE_END = re.compile(r"[.!?:;]\s+$|^\s*$")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or before.endswith("\n") or bool(_SENTENCE_END.search(before))


def _trim_organisation(name: str) -> str:
    words = name.split()
    for i, word in enumerate(words):
        if word in KIND_BY_HEAD:
            last = i
    return name


def _short_forms(person: FoundPerson, owners: dict[str, int]) -> list[str]:
    """A full name's first or last word, where no other person's name has that word (`owners`: word -> names)."""
    tokens = [t for t in person.name.replace(",", "").split() if t not in _NAME_SUFFIXES]
    if len(tokens) < 2:
        return []
    own = set(person.name.split())
    forms = []
    for token in {tokens[0], tokens[-1].rstrip(".")}:
        if len(token) <= 2 or token in NOT_NAME_WORDS:
            continue
        if owners.get(token, 0) > (token in own):
            continue
        forms.append(token)
    return forms


def find_people(
    text: str, country_terms: dict[str, str], organisation_names: set[str], body_start: int = 0
) -> list[FoundPerson]:
    """People named in `text`, officials marked. `text[:body_start]` is the headline."""
    finder = _Finder(text, country_terms, organisation_names, body_start)
    finder.from_offices()
    finder.from_appositives_and_speech()
    finder.from_plural_offices()
    finder.resolve()
    finder.count()
    return list(finder.people.values())
