"""Reading a person's name: the capitalised tokens of a name ("Joseph R. Biden, Jr.", "Ursula von der Leyen",
"Tsai Ming-yen"), where it ends, whether a run of capitalised words is a name at all, and whether two ways of
writing a given name can be one person's. Plain Python, no Django.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from articles.extraction import titles
from articles.extraction.name_terms import (
    NOT_NAME_WORDS,
    HEADLINE_VERBS as _HEADLINE_VERBS,
    PLACES as _PLACES,
    GEO_WORDS as _GEO_WORDS,
)
from articles.extraction.organisation_terms import KIND_BY_ACRONYM, KIND_BY_HEAD

# A plain person's name: a given name, an optional initial, a surname ("Cedric Richmond", "Sarah B. Kapnick").
PLAIN_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")


UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
# A capitalised word, or an initial ("R."); a dot elsewhere ends the sentence, not the name.
TOKEN = (
    rf"(?:[{UPPER}]\.(?=\s)|(?:[A-Z]\.){{2,}}|(?:(?:al|el|ad|as|ash|an|ar|at|bin|ibn|abu|da|de|di|du)-)?"
    rf"(?:Mc|Mac|O’|O')?[{UPPER}](?:\w|[’'‘-](?=\w))*(?!\.\w))"
)
PARTICLE = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|le|du|dos|di|ibn|y)"
# "Charles the III": a regnal number written with "the" ends a name like a suffix.
_SUFFIX = r"(?:,? +(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])| +the +(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?![\w]))"
# Inside a name as written: a nickname in quotes ("Dan ‘Razin’ Caine", "Stephen T. “Web” Koehler") before another
# word, and a transcript's bracketed correction after a word ("Riana [Rania]"). A word is read whole: "LL.M" is no "L".
_NICKNAME = rf"[‘“][{UPPER}][\w.-]*[’”](?= +[{UPPER}])"
_CORRECTION = rf"(?: +\[[{UPPER}][\w’'-]*\])?"
_NAME_WORD = rf"(?:{TOKEN}(?!\w)|{_NICKNAME}){_CORRECTION}"
# Up to five capitalised tokens with particles: "Joseph R. Biden, Jr.", "Ursula von der Leyen".
# Names never run across a line break: spaces only between their words.
NAME_RE = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.? +)?(?:(?:von|van|de|del|da|di|du|al|le|la)(?: der| den)? +(?=[{UPPER}]))?{TOKEN}(?!\w){_CORRECTION}(?: +(?:{PARTICLE} +){{0,2}}{_NAME_WORD}){{0,4}}{_SUFFIX}?")
# A name of two or more words that ends where the text is read up to (searched for in a short window
# before an appositive, a predicate or a verb of speech, rather than scanning the text for names).
_SCAN_TOKEN = rf"[{UPPER}](?<![\w’'-].)(?:\.(?=\s)|(?:\w|[’'-](?=\w))*(?!\.\w))"
# Possessive repeats: a run of words that does not reach the end will not when shortened either. "Jr" and "Sr" are
# left to the suffix: taken as words, "Nivory Gordon Jr." would not reach the end at the dot.
# Dotted abbreviations that are places or bodies, never a person's initials.
# Initials written together start a name too ("P.S. Pasricha", "J.D. Vance"), not an abbreviation ("U.S.").
_ABBREVIATIONS = frozenset("U.S. U.S.A. D.C. U.K. U.N. E.U. N.Y. L.A. P.R. U.A.E. R.O.C. P.R.C. S.F.".split())
_SCAN_INITIALS = (
    r"(?<![\w.])(?!(?:" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![A-Z]))"
    r"(?:[A-Z]\.){2,3}(?= )"
)
NAME_BEFORE = re.compile(
    rf"(?:{_SCAN_INITIALS}|{_SCAN_TOKEN})(?: +(?:{PARTICLE} +){{0,2}}(?!(?:Jr|Sr)\b)(?:{TOKEN}|{_NICKNAME}|\[{TOKEN}\])){{1,4}}+{_SUFFIX}?\Z"
)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,},?")
_REGION_ADJECTIVES = frozenset("Central Eastern Western Northern Southern Middle".split())
# Office and place words that are common surnames too: after a given name, at the end, they are the surname.
_SURNAME_WORDS = frozenset("White King Dean Bishop Washington Monaco May".split())
_HONORIFIC = re.compile(
    r"^(?:(?:The\s+)?(?:Right\s+)?(?:Honou?rable|Hon\.|His|Her|Their)\s+(?:Excellency|Majesty|Highness\s+)?\s*|"
    r"Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+|Sir\s+|Dame\s+|Madam\s+|Professor\s+|Prof\.\s+|Saint\s+(?=\S+\s))+"
)
_HEADLINE_MAX_TOKENS = 5
_TITLE_CASE_CONNECTORS = frozenset("Of And The For At In On To With".split())
_TITLE_CASE_BREAKS = frozenset("To Of".split())  # the others are NOT_NAME_WORDS; "To Lam" starts with one
_INITIAL = re.compile(r"[A-Z]\.")
_RANK_ABBREVIATIONS = frozenset("Lt Gen Col Maj Sgt Capt Adm Cmdr Brig Cpl Pvt Lieut".split())
_ABSTRACT_NOUN = re.compile(r"(?:tions?|ities|ism)$")  # no surname ends so; "Clement" and "Ness" do end like nouns
# "-ance"/"-ence" only in longer words: "Assistance", "Conference" are words, "Vance", "Pence", "Spence" surnames.
_NOUN_ENDING = re.compile(r"(?:ments?|tions?|ities|ity|ism|ness|ship|ive|itus|ary|(?<=\w{3})(?:ance|ence))$")
_POSSESSIVE_END = re.compile(r"(?<=\w)[’']s\b")
_CONTRACTION = re.compile(r"(?:I|It|We|You|They|He|She|That|There|What)[’'][a-z]+")
# A surname run into the verb after it, where a scraped page dropped a space: "Joni Ernstsaid", "Chuck Grassleycalled".
_GLUED_SPEECH = re.compile(r"([A-Z][a-z]{2,}?)(?:said|says|called|added)")
_GLUED_WORD = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]+)")
_ARTICLE_PREFIX = re.compile(r"(?<![\w-])(?:al|el|Al|El|ad|as|ash|an|ar|at)-(?=[A-Z])")  # "al-Sudani" is "Sudani" too
NAME_SUFFIXES = frozenset("Jr Sr II III IV Jr. Sr. II. III. IV.".split())
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Short forms of given names that do not share their first two letters with the full name.
_NICKNAMES = {
    frozenset(p.split("/"))
    for p in "bill/william bob/robert dick/richard jim/james ted/edward chuck/charles peggy/margaret hank/henry "
    "jack/john ned/edward betsy/elizabeth liz/elizabeth beth/elizabeth sally/sarah polly/mary".split()
}


def in_word(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


_SURNAME_VERBS = frozenset(["Marks"])  # "FDA Commissioner Peter Marks": a heading's verb that is also a surname
_NUMBER_AFTER = re.compile(r",?\s+\d")
# A determiner and a capitalised word after a name ending in -ing: a law's title goes on ("... Heath Robinson Honoring
# Our PACT Act", "... Honoring our Promise"), where a sentence would not ("Thomas R. Pickering the next day").
_VERB_OBJECT_AFTER = re.compile(
    r"\s+(?:[Oo]ur|[Tt]he|an?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Yy]our|[Aa]ll|[Ee]very)\s+[A-Z]"
)
# The commonest Chinese surnames in pinyin, written first in a Chinese name.
_CHINESE_SURNAMES = frozenset(
    """Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han
    Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Zhong Cui Tan
    Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao Kong Mao Hao Qian Wen Kang
    Gu Xi Bo Hua Zhu Qi Ji""".split()
)
# A given name of one or two pinyin syllables (an initial, then a final): "Jinping", "Xiaoming", "Keqiang".
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
    r"ia|ie|iu|ua|uo|ui|er|a|e|i|o|u)){1,2}"
)


class NameReader:
    """Names as one article writes them: what it capitalises, what it writes in lower case, its headline."""

    text: str
    country_terms: dict[str, str]
    organisation_names: dict[str, str]  # each name or acronym found, to the body's name
    body_start: int
    _common: dict[str, bool]
    _body_plain: str | None

    def clean_name(self, name: str, position: int) -> str:
        end = position + len(name.rstrip(" ,"))  # where the name as written ends in the text
        name = " ".join(name.split()).strip(" ,")
        if name.startswith("T.H. "):
            name = name[5:]  # "T.H. Chris Coons, United States Senator": The Honorable, in a delegation's list
        elif name.startswith("H. ") and self.text[max(0, position - 2) : position] == "T.":
            name = name[3:]
        name = _HONORIFIC.sub("", name)
        # A possessive ends the name: "Jake Sullivan’s Meetings" is Jake Sullivan.
        name = _POSSESSIVE_END.split(name, maxsplit=1)[0]
        tokens = name.split()
        kept: list[str] = []
        for index, token in enumerate(tokens):
            bare = token.rstrip(".,")
            if bare in _SURNAME_WORDS and kept and index == len(tokens) - 1 and not _NUMBER_AFTER.match(self.text, end):
                # "Knox White", "Carolyn Dineen King": a word that is also a surname ends it ("Since May 2022": a month)
                kept.append(token)
                break
            if kept and bare in _TITLE_CASE_BREAKS:
                break  # "Vice President Harris To Make Announcement": title case capitalises "to", which no name has
            if kept and bare in self.country_terms and index == len(tokens) - 1 and _INITIAL.fullmatch(kept[-1]):
                kept.append(token)  # "Lisa O. Monaco": after a middle initial, the surname, though it is a country too
                break
            if _CONTRACTION.fullmatch(bare):
                return ""
            glued = _GLUED_SPEECH.fullmatch(bare) if kept else None
            if glued:
                kept.append(glued.group(1))  # "Sen. Joni Ernstsaid": a page that lost the space before the verb
                break
            glued = _GLUED_WORD.fullmatch(bare)
            if glued and glued.group(2) in NOT_NAME_WORDS:
                # "Governor Tim WalzAfter the ...", "President BidenAnd Prime Minister ...": a page that lost a space
                kept.append(glued.group(1))
                break
            if kept and bare.endswith(("n’t", "n't")):
                break  # "President Trump Isn’t Backing Down": a headline's verb
            if len(kept) >= 2 and bare.endswith("ing") and position >= self.body_start and (
                _VERB_OBJECT_AFTER.match(self.text, end)
                if index == len(tokens) - 1
                else _VERB_OBJECT_AFTER.match(" " + " ".join(tokens[index + 1 : index + 3]))
            ):
                # "Sergeant First Class Heath Robinson Honoring our Promise ... Act": a verb and its object after the
                # name; a law's or a programme's name, not a mention of the person it is named for
                return ""
            if not kept and bare in _RANK_ABBREVIATIONS and token.endswith(".") and index + 1 < len(tokens):
                continue  # "Chief of Staff Lt. Gen. Eyal Zamir": an abbreviated rank before the name
            if _DOTTED.fullmatch(token):
                following = tokens[index + 1].rstrip(".,") if index + 1 < len(tokens) else ""
                if not kept and following[:1].isupper() and token not in _ABBREVIATIONS and following not in NOT_NAME_WORDS and (
                    following not in titles.TITLE_WORDS and following not in self.country_terms
                ):
                    kept.append(token)  # "J.D. Vance", "J.B. Pritzker": initials, then the surname
                    continue
                break  # "D.C.", "U.N.": an abbreviation ends a name
            if kept and len(bare) == 1 and token.endswith("."):
                kept.append(token)  # an initial, "Scott A. Nathan", even where "A" is a word
                continue
            if (bare in NOT_NAME_WORDS and kept) or bare in self.country_terms or bare in titles.TITLE_WORDS:
                break
            if kept and bare in _HEADLINE_VERBS and bare not in _SURNAME_VERBS:
                break  # "Fred Gray Receives Presidential Medal", "Biden Asks Congress": a title-case heading's verb
            if bare in NOT_NAME_WORDS or not kept and bare in _HEADLINE_VERBS:
                return ""  # "The President Orders PREP Act ...": a title-case heading's verb starts no name
            if kept and len(bare) > 2 and bare.isupper() and not kept[-1].isupper() and bare.isalpha() and (
                bare.strip("IVX")
            ):
                break  # "President Trump KEEPS HIS PROMISES": capitals after a mixed-case name are shouting, not a name
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
            if kept and token in _TITLE_CASE_CONNECTORS:
                break  # "Prime Minister Draghi Of Italy": title case capitalises "of", which no name has
            if kept and (
                token.endswith("ing") and len(token) > 5 and not self._pinyin_name(kept[-1], token)
                or token in _HEADLINE_VERBS
                or token.endswith(("s", "ed")) and self.is_common_word(token.lower())
            ):
                break
            if kept and token.endswith("s") and self._in_body(kept) and not self._in_body([token]):
                break  # "President Trump Champions ...": the body names Trump, never "Champions": a headline's verb
            kept.append(token)
        return " ".join(kept)

    def _pinyin_name(self, surname: str, token: str) -> bool:
        """Is `token`, a capitalised word ending in "ing" after `surname`, a Chinese given name ("Xi Jinping", "Li
        Keqiang"), not a headline's verb ("Trump Ending", "Biden Taking")? A Chinese surname before it, the word spelled
        in pinyin syllables, and neither it nor its stem a word the article writes in lower case."""
        stem = token[:-3].lower()
        return surname in _CHINESE_SURNAMES and _PINYIN.fullmatch(token.lower()) is not None and not any(
            self.is_common_word(w) for w in (token.lower(), stem, stem + "e", stem[:-1], stem + "s")
        )

    def valid(self, name: str) -> bool:
        if not name or name in self.country_terms or name in self.organisation_names or name in _PLACES:
            return False
        tokens = plain_tokens(name)
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
        if any(_ABSTRACT_NOUN.search(t) for t in tokens):
            return False  # "Minister for the Environment, Nature Conservation and ...": a portfolio, not a name
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
                    if (start == 0 or not in_word(text[start - 1])) and (end == len(text) or not in_word(text[end])):
                        known = True
                        break
                    start = text.find(word, end)
            self._common[word] = known
        return known

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


def same_given_name(a: str, b: str) -> bool:
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
def plain_tokens(name: str) -> list[str]:
    """Name tokens without suffixes and accents, for comparing two ways of writing one name (do not mutate)."""
    return _fold_tokens(name)


def _fold_tokens(name: str) -> list[str]:
    folded = name if name.isascii() else _COMBINING.sub("", unicodedata.normalize("NFKD", name))
    folded = _ARTICLE_PREFIX.sub("", folded)
    return [t for t in folded.replace(",", "").split() if t not in NAME_SUFFIXES] or [folded]
