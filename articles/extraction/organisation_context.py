"""Names the text itself says are bodies, though no organisation word is in them: a grouping of states spelled
out before its bracketed acronym ("Asia-Pacific Economic Cooperation (APEC)"), the members of a list of bodies
("companies from PayPal and Square, Lyft, and GoFundMe"), and a name an appositive or a following noun describes
as a body ("Rewiring America, a nonprofit working to ...", "the Power Forward Communities coalition").
Plain Python, no Django.
"""

from __future__ import annotations

import re

from articles.extraction.known_organisations import KNOWN_ORGANISATIONS
from articles.extraction.name_terms import GEO_WORDS
from articles.extraction.organisation_merging import initials
from articles.extraction.organisation_terms import KIND_BY_ACRONYM, KIND_BY_HEAD, LEADING, NOT_ORGANISATIONS, TITLE_WORDS


# "Asia-Pacific Economic Cooperation (APEC)", "Australia-United Kingdom-United States (AUKUS)": a known body's
# acronym in brackets after words whose initials it is names the body in full, head word or not.
_BRACKETED = re.compile(r" \((?P<acronym>[A-Z]{2,6})\)")
# Only groupings of states: a federal acronym spelled out is found by its head word ("Commission"), and letters
# that spell a programme ("Drug-Free Communities (DFC)") are not the agency they also stand for.
_KNOWN_ACRONYMS = {
    **{a: kind for a, kind in KIND_BY_ACRONYM.items() if len(a) > 2 and kind == "international"},
    **{n: kind for n, kind in KNOWN_ORGANISATIONS.items() if n.isupper() and n.isalpha() and len(n) > 2 and kind == "international"},
}
SPELLED_ACRONYMS = frozenset(_KNOWN_ACRONYMS)  # spelled_acronyms() has work only if one of these is written
_CONNECTOR_WORDS = frozenset("of for and the on in".split())


def spelled_acronyms(text: str) -> list[tuple[str, int, str]]:
    """(name, start, kind) of the known bodies spelled out before their bracketed acronym."""
    spelled = []
    for bracket in _BRACKETED.finditer(text):
        acronym = bracket.group("acronym")
        kind = _KNOWN_ACRONYMS.get(acronym)
        if kind is None:
            continue
        words = text[max(0, bracket.start() - 120) : bracket.start()].split(" ")
        for size in range(2, min(len(words), 9) + 1):
            tail = words[-size:]
            if tail[-1].endswith(("’s", "'s")):
                tail = [*tail[:-1], tail[-1][:-2]]  # "the Asian Development Bank’s (ADB) ..."
            if not tail[0][:1].isupper() or tail[0] in _CONNECTOR_WORDS:
                continue
            if not all(w[:1].isupper() or w in _CONNECTOR_WORDS for w in tail):
                break
            name = " ".join(tail)
            letters = initials(name)
            if letters == acronym and KIND_BY_HEAD.keys().isdisjoint(tail):
                spelled.append((name, bracket.start() - len(name), kind))
                break
            if len(letters) > len(acronym):
                break
    return spelled


# -- bodies the text says are bodies ---------------------------------------------------------------------------

# "companies from PayPal and Square, Lyft, and GoFundMe", "nonprofits including United Way ... and Bread for the
# World", "multiple corporations including Inovateus Solar in South Bend, Indiana, ...": a plural noun for bodies,
# then the list of them.
# Each connective is looked for as a literal (str.find), which costs far less than a regex scan of every
# position; the word before it says whether a plural noun for bodies introduces the list.
_BODY_NOUNS = frozenset(
    "organizations organisations companies corporations firms employers businesses nonprofits non-profits "
    "charities intermediaries partners foundations groups unions institutions universities colleges retailers "
    "manufacturers automakers banks brands NGOs".split()
)
_CONNECTIVES = ("includ", "such as ", " from ")


def _list_starts(text: str) -> dict[int, bool]:
    """Where lists of bodies start: position -> whether a plural noun for bodies introduces it (a strong cue)."""
    starts: dict[int, bool] = {}
    for word in _CONNECTIVES:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if word == "includ":  # "including", "include", "includes", "included"
                end = text.find(" ", end) + 1
                if end == 0 or end - at > 10:
                    at = text.find(word, at + len(word))
                    continue
            if (text[end : end + 1].isupper() or text[end : end + 2] == "(I") and (
                word[0] == " " or at == 0 or not text[at - 1].isalnum()
            ):
                before = text[max(0, at - 24) : at].rstrip(" ,")
                strong = before[before.rfind(" ") + 1 :] in _BODY_NOUNS
                if strong or word[0] != " ":  # "from" only after a noun for bodies
                    starts[end] = starts.get(end, False) or strong
            at = text.find(word, end)
    return starts


_ITEM_SPLIT = re.compile(r",? (?:and|or) |, ")
_CONNECTOR_LOWER = frozenset("of for the and in & de la del du des on at to".split())
_SENTENCE_STOP = re.compile(r"[;:\n]|\.(?=\s|$)")
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Z]|U\.S|Inc|St|Co|Corp|Ltd|Jr|Sr|Dr|Mr|Ms|Mrs|No|Ft|Mt)$")
_NOT_BODY_ENDS = frozenset(
    "Act Program Programs Programme Initiative Initiatives Plan Strategy Agreement Fund Funds Summit Conference "
    "Day Week Month Year Agencies Secretaries Members Leaders Officials Governments States Countries Nations "
    "Republicans Democrats Americans".split()
)


def _sentence_from(text: str, start: int) -> str:
    """`text` from `start` to the end of its sentence, at most 400 characters ("U.S." and "Inc." do not end it)."""
    segment = text[start : start + 400]
    for stop in _SENTENCE_STOP.finditer(segment):
        if stop.group(0) == "." and _ABBREVIATION_BEFORE.search(segment, max(0, stop.start() - 4), stop.start()):
            continue
        return segment[: stop.start()]
    return segment


def _item_name(item: str) -> tuple[str, bool]:
    """The capitalised name an item of a list starts with, and whether prose follows it in the item."""
    words = item.split(" ")
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    kept = []
    for word in words:
        if not word:
            continue
        if word[:1].isupper() or word[:1].isdigit() and kept or word in _CONNECTOR_LOWER and kept:
            kept.append(word)
        else:
            break
    prose = len(kept) < len([w for w in words if w])
    while kept and kept[-1] in _CONNECTOR_LOWER:
        kept.pop()
    name = " ".join(kept)
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    return name, prose


def _is_place_item(item: str, countries: set[str], places: frozenset[str]) -> bool:
    """"Indiana", "NY", "D.C.": a state, a country or an abbreviation listed after a place."""
    return item in places or item in countries or len(item) == 2 and item.isupper() or _DOTTED.fullmatch(item) is not None


_DOTTED = re.compile(r"(?:[A-Z]\.)+")


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _plain_body_name(name: str, countries: set[str], not_names: frozenset[str], listed: bool = False) -> bool:
    """Could `name`, an item of a list of bodies, be a body's name (not a place, a person's office, a programme)?"""
    words = name.split(" ")
    if not name or len(words) > 6 or name in countries or name in not_names:
        return False
    if words[-1] in _NOT_BODY_ENDS or words[0] in LEADING or not TITLE_WORDS.isdisjoint(words) or _DOTTED.fullmatch(name):
        return False
    if all(w in GEO_WORDS or w in _CONNECTOR_LOWER for w in words):
        return False  # "Western Hemisphere", "Middle East": a region
    if len(name) < 3:
        return False  # "IT", "HR": too short to tell from an abbreviation
    if len(words) == 1 and not listed and name in KIND_BY_HEAD:
        return False  # "The ... (CLEO) Institute, a ... non-profit": a name cut short, not a body's name
    if name in NOT_ORGANISATIONS or words[-1] not in KIND_BY_HEAD and _singular(words[-1]) in KIND_BY_HEAD:
        return False  # "Specially Designated Global Terrorists", "Tribal Colleges", "Universities": many bodies
    return words[0] not in countries  # "Japan Airlines" is found by its head word; "Korea Peninsula" is a place


def listed_organisations(text: str, recognised, countries: set[str], not_names: frozenset[str]) -> list[tuple[str, int]]:
    """(name, start) of the bodies named in lists of bodies: after "companies such as", or beside known bodies."""
    listed = []
    for start, strong in sorted(_list_starts(text).items()):
        sentence = _sentence_from(text, start)
        items = []  # (name, start)
        position = 0
        pieces = _ITEM_SPLIT.split(sentence)
        offsets = []
        for piece in pieces:
            found_at = sentence.find(piece, position)
            offsets.append(found_at)
            position = found_at + len(piece)
        for i, piece in enumerate(pieces):
            name, prose = _item_name(piece)
            # "Inovateus Solar in South Bend, Indiana": a place after the body, and its state as the next item
            if " in " in name and (
                name[name.rindex(" in ") + 4 :] in not_names or name[name.rindex(" in ") + 4 :] in countries
                or i + 1 < len(pieces) and _is_place_item(pieces[i + 1], countries, not_names)
            ):
                name = name[: name.index(" in ")]
            if _is_place_item(name, countries, not_names):
                continue  # a state or a country listed after a place
            if not name:
                break
            items.append((name, start + offsets[i] + piece.find(name)))
            if prose:
                break
        if len(items) < 2 and not (strong and items):
            continue
        known = [recognised(name) for name, _ in items]
        if not any(known) and not (strong and len(items) >= 2):
            continue
        if not strong and sum(known) * 2 < len(items):
            continue
        for (name, at), is_known in zip(items, known):
            if not is_known and _plain_body_name(name, countries, not_names, listed=True):
                listed.append((name, at))
    return listed


# "Rewiring America, a nonprofit working to ...", "Critical Path, the leading provider of ...": an appositive says
# what the body is. Found from the appositive's literal comma; the name is read back from it.
_DESCRIBED_AS_BODY = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?:nonprofit|non-profit|not-for-profit|organi[sz]ation|coalition|company|"
    r"firm|foundation|charity|association|startup|start-up|cooperative|think tank|advocacy group|trade group|"
    r"consortium|provider|manufacturer|maker|developer|retailer|utility)"
    r"(?=[,.;:]| (?:that|which|whose|working|dedicated|based|founded|focused|committed|serving|with|in|of|to|for|"
    r"from|devoted|helping|providing|specializing|headquartered)\b)"
)
_NAME_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<name>[A-Z][\w&’'.+-]*(?: (?:[A-Z0-9][\w&’'.+-]*|of|for|the|and|&|in|on)){0,6})\Z"
)
_OFFICE_OF = re.compile(
    r"(?:CEO|CFO|COO|CTO|Chief Executive|Founder|Co-Founder|Co-founder|President|Chair|Chairman|Director|Partner|"
    r"Head|Member|Trustee|Executive Director|Managing Director) (?:of|at) (?:the )?"
)
# "the Power Forward Communities coalition": a capitalised name, then what it is.
_BODY_NOUN_AFTER_NAME = (" coalition",)
_NAMED_BODY_NOUN = re.compile(
    r"coalition"
    r"(?=[,.;:]| (?:that|which|who|of|to|for|in|and|was|is|has|led|based|working|announced|will)\b)"
)


def described_organisations(text: str, countries: set[str], not_names: frozenset[str]) -> list[tuple[str, int]]:
    """(name, start) of the bodies an appositive or a following noun says are bodies."""
    described = []
    for article in (", a", ", the "):  # ", a " and ", an "
        at = text.find(article)
        while at >= 0:
            comma = at
            at = text.find(article, at + len(article))
            if not _DESCRIBED_AS_BODY.match(text, comma):
                continue
            before = _NAME_BEFORE_COMMA.search(text, max(0, comma - 80), comma)
            if before:
                name, _ = _item_name(before.group("name"))
                office = _OFFICE_OF.match(name)
                if office:
                    name = name[office.end() :]  # "CEO of Critical Path, the leading provider of ..."
                if _plain_body_name(name, countries, not_names) and name.split(" ")[0] not in _CONNECTOR_LOWER:
                    described.append((name, comma - len(before.group("name")) + before.group("name").find(name)))
    for word in _BODY_NOUN_AFTER_NAME:
        at = text.find(word)
        while at >= 0:
            noun = _NAMED_BODY_NOUN.match(text, at + 1)
            at = text.find(word, at + len(word))
            if not noun:
                continue
            before = _NAME_BEFORE_COMMA.search(text, max(0, noun.start() - 80), noun.start() - 1)
            if not before or text[before.start() - 4 : before.start()] != "the ":
                continue
            name, _ = _item_name(before.group("name"))
            if "-" in name and any(part in countries for part in name.split("-")):
                continue  # "the U.S.-Japan alliance": a relationship between states
            if _plain_body_name(name, countries, not_names):
                described.append((name, before.start() + before.group("name").find(name)))
    return described


def defined_otherwise(text: str, acronym: str, found) -> bool:
    """Does the text spell `acronym`, a known body's, out in brackets as something that is no body found here?
    "a Project Labor Agreement (PLA)", "the Northeast Corridor (NEC)": the letters stand for that, not the agency."""
    for bracket in (f" ({acronym})", f" ({acronym}s)"):  # "project labor agreements (PLAs)"
        if _spelled_otherwise(text, bracket, acronym, found):
            return True
    return False


def _spelled_otherwise(text: str, bracket: str, acronym: str, found) -> bool:
    at = text.find(bracket)
    while at > 0:
        words = text[max(0, at - 80) : at].split(" ")
        for size in range(1, min(len(words), len(acronym) + 2) + 1):
            phrase = " ".join(words[-size:])
            letters = "".join(w[:1] for w in re.split(r"[\s-]+", phrase) if w and w not in _CONNECTOR_WORDS).upper()
            if letters == acronym and words[-size][:1].isalpha():
                # a head word ("Customs and Border Protection") makes the phrase a body's name; a project is none
                # (an office's: "United States Trade Representative (USTR)" is the agency)
                return all((w not in KIND_BY_HEAD or w == "Project") and w not in TITLE_WORDS for w in words[-size:]) and (
                    phrase.strip(" ,;:") not in found and not any(phrase in name for name in found)
                )
        at = text.find(bracket, at + 1)
    return False

