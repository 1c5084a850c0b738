"""Which countries an article is about: names, aliases and demonyms, counted. Plain Python."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from articles.extraction.name_terms import US_STATE_CODES

if TYPE_CHECKING:
    from articles.extraction.gazetteer import Gazetteer


def _each(heads: str, tails: str) -> list[str]:
    return [f"{head} {tail}" for head in heads.split("|") for tail in tails.split("|")]


# Proper nouns that contain a country word but mean something else. They are put
# into the country matcher as phrases of no country, so the longest match at a
# position ("New Mexico" over "Mexico") swallows the country word in the same scan.
NOT_THE_COUNTRY: tuple[str, ...] = (
    *_each("Latin|South|North|Central", "America|American|Americans"),
    *_each("New", "Mexico|Mexican|Mexicans|Jersey"),
    *_each("Gulf of", "Mexico|America"),
    *_each("West|American", "Indian|Indians"),
    *_each("Pan", "American|Americans"),
    "Pan-American", "Indian Ocean", "South China Sea", "East China Sea", "South China Morning Post", "Sea of Japan",
    *_each("Guinea", "pig|pigs|fowl|fowls"),
    *_each("Georgia", "Tech|State"),
    "Jordan River", "Niger River", "Niger Delta", "Congo River", "Congo Basin", "Northern Ireland", "Greek yogurt",
    "Port of Spain", "East Palestine", "Gulf of Oman", "French Hill", "Beth Israel",
    # American Indian bodies and places: "Colorado River Indian Tribes", "Havasupai Indian Reservation"
    *_each("Indian", "Tribe|Tribes|Reservation|Reservations|Community|Communities|Health Service|Health Services|Affairs|"
           "Country|Nations|Education|Gaming|Child Welfare|Housing|Lands|Trust"),
    *_each("St.|St|Saint", "Martin de Porres|Martin De Porres"),
    *_each("Band|Tribe|Nation|Tribes", "of Indians"),
    *_each("Mexico|Guatemala|Panama|Kuwait|Belize|Djibouti|Luxembourg", "City"),
    # dogs and dishes: "an energetic German wirehaired pointer", "two French Bulldogs"
    *_each("German", "Shepherd|Shepherds|shepherd|shepherds|wirehaired|shorthaired|Pinscher"),
    *_each("French", "Bulldog|Bulldogs|bulldog|bulldogs|fries|toast|horn|press"),
    # American towns: "a clinic in French Camp, California"
    "French Camp", "French Lick", "Chinese Camp", "Spanish Fork", "Spanish Harlem", "Dutch Harbor", "Mexican Hat",
    "Russian River",
    # news agencies named after a country they only report from: "as quoted by Agence France-Presse"
    "Agence France-Presse", "Agence France Presse", "France-Presse",
)
# Places with a country's name that the article does not name the country by: Gaza or the West Bank alone
# are not Palestine (the labelling guidelines, clarification 13).
NOT_COUNTRY_ALONE = frozenset({"Gaza", "Gaza Strip", "West Bank"})
# Languages are not countries: "speaks French, Spanish, and Russian", "(Speaks in French.)", "has studied Chinese,
# Ukrainian, and French", "speaks fluent Spanish and conversational Arabic", "Mandarin Chinese", "Haitian Creole".
_LANGUAGE_CUES = ("speak", "Speak", "spoke", "fluent", "proficien", "language", "studied", "learn", "interpret", "translat")
_LEVEL = (
    r"(?:(?:some|basic|conversational|fluent|native|limited|working|elementary|intermediate|advanced|professional|"
    r"rudimentary|Modern|Mandarin|Haitian|Brazilian|Egyptian|Levantine|Iraqi|Moroccan|Castilian|Cantonese)\s+)*"
)
_LANGUAGE = (  # "Chinese (Simplified and Traditional)"
    rf"{_LEVEL}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:Chinese|Creole|Greek|Portuguese|Arabic|French|Spanish))?"
    r"(?:\s+\([A-Z][\w ]{1,40}\))?"
)
_LANGUAGES = re.compile(
    r"(?:(?<=\()(?:Speaks?|Spoke) in|[Ss]peaks?|[Ss]poke|spoken|speaking|fluent in|proficien(?:t|cy) in|languages?(?: other than English)?(?: include| are)?[:,]?|"
    r"studied|learn(?:ed|s|ing)?|"
    # "interpretation services in French, Spanish, Portuguese, and Vietnamese", "translated into Spanish"
    r"(?:interpret(?:ation|ers?|ing)|translat(?:ion|ions|ed|ors?|ing))(?:\s+services)?\s+(?:in|into))\s+(?:fluent\s+)?"
    rf"(?:{_LANGUAGE}(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)){{0,12}}{_LANGUAGE}"
    r"(?=\s+fluently\b|\s+and\s+[a-z]|[\s,.;)]*(?:languages?|$|\.|,|;|\)))"  # "speaks Russian and has studied ..."
)
# Languages named beside English: "bilingual (English/Spanish)", "sworn in with English and Spanish", "help in
# English, Spanish, and 150 other languages"; and a language used as an adjective: "Spanish-language", "French-speaking",
# "a native Spanish speaker".
# Also "available in English and in Spanish", "for English or Spanish", "English and Spanish" before a comma or a
# full stop, and one language alone after "in" at the end of a clause: "I finish in Spanish.", "available in Spanish as
# well" (a demonym there modifies nothing; "in Spain" and "in Japan" are places, so only language-shaped words).
_LANGUAGE_WORD = r"(?:[A-Z][a-z]+(?:ish|ese|ian|ic|ch|ean|ali)|German|Greek|Thai|Hebrew|Dutch)"
_WITH_ENGLISH = re.compile(
    r"English\s*/\s*[A-Z][a-z]+|[A-Z][a-z]+\s*/\s*English"
    r"|(?:(?<=\bin )|(?<=both )|(?<=with ))English(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][a-z]+)+"
    r"|English,?\s+(?:and|or)\s+(?:in\s+)?{language}(?=\s*[.,;:)!?]|\s+(?:as well|too)\b)"
    r"|{language}\s+(?:and|or)\s+English(?=\s*[.,;:)!?]|\s+(?:as well|too)\b)"
    # "Diplomatic Language, English, French, and Spanish.": English first in a list ending a clause, after "language"
    # ("The winners were English, French and Dutch." are peoples)
    r"|(?<=[Ll]anguage, )English(?:,\s+{language})+,?\s+(?:and|or)\s+{language}(?=\s*[.;:)!?])"
    .replace("{language}", _LANGUAGE_WORD)
)
# a language alone after "in" at the end of a clause, not the first of a list ("investors in Chinese, Japanese and ...")
_IN_A_LANGUAGE = re.compile(rf"in {_LANGUAGE_WORD}(?=\s*[.;:)!?]|,\s+(?!(?:and\s+)?[A-Z])|\s+(?:as well|too)\b)")
# "a Spanish-language ad", "Spanish text and chat services", "a better Spanish or other phrase", "a Spanish minor".
_LANGUAGE_ADJECTIVE = re.compile(
    r"[A-Z][a-z]+[- ](?:language|speaking|speakers?|translations?|captions|subtitles|accents?)\b"
    r"|”\)? in [A-Z][a-z]+(?=\))"  # "(“Llenatones” in Spanish)"
)
# "Portuguese, English, French and Spanish languages": a list the word "languages" closes
_LISTED_LANGUAGES = re.compile(
    rf"(?:{_LANGUAGE_WORD}|English)(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)(?:{_LANGUAGE_WORD}|English)){{1,12}}"
    r"\s+languages\b"
)
_ADJECTIVE_CUES = (
    "-language", "-speak", " language", " speaker", " speaking", " translation", " captions", " subtitles", "” in ",
    " accent",
)
# "a better Spanish or other phrase", "Spanish text and chat services", "a Spanish minor from ...": a language-shaped
# word only ("a Russian text on Gaza", "the Ukraine text" name their countries); read where a noun cue is.
_LANGUAGE_NOUN = re.compile(
    rf"(?<![\w-]){_LANGUAGE_WORD} (?:or other )?(?:phrases?|expressions?|words?|classes|class|courses?|instruction|immersion)\b"
    rf"|(?<![\w-]){_LANGUAGE_WORD} (?:text|minor)(?= and (?:chat|audio|video)\b| from\b)"
)
_NOUN_CUES = (" phrase", " expression", " word", " class", " course", " instruction", " immersion", " text", " minor")
# A town named like a country, written with its state's postal code: "Malta, NY", "Lebanon, OH". A state's full name
# is not enough: "positions in Germany, California, Kansas" is a list of places.
_US_STATE_AFTER = re.compile(rf", (?:{'|'.join(US_STATE_CODES)})\b")
# Words before a name that only a country takes: "Ambassador to the Republic of Chad", "the U.S. Embassy in Chad",
# "served in the Peace Corps in Niger". Not "State of" or "born in": Georgia and Jersey are American places too.
_COUNTRY_CUE = re.compile(
    r"(?:Republic of|Kingdom of|Embassy in|Embassy to|Consulate in|Ambassador to|Plenipotentiary to|Mission to|"
    r"Peace Corps in|Government of|Prime Minister of)\s+(?:the\s+)?\Z"
)
_FIRM_AFTER = re.compile(r" & [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?,? (?:LLP|LLC|L\.L\.P\.|PLLC|P\.C\.|Inc\b|Co\.|Company)")
_TRIBE_BEFORE = re.compile(r"\b(?:Band|Bands|Tribe|Tribes|Nation|Pueblo|Community) of (?:the )?(?:[A-Z][\w’'-]*\s+){1,3}\Z")
_LIST_NEIGHBOUR = re.compile(r"(?:,|\s+and|,\s+and|\s+or|,\s+or)\s+$")


def find_countries(text: str, gazetteer: Gazetteer) -> Counter[str]:
    """ISO code -> number of mentions. Ambiguous words ("Georgia", "Jordan") need evidence."""
    matches = [m for m in gazetteer.country_matcher.find(text) if m.value.code]
    languages = []
    for cue in _LANGUAGE_CUES:  # read only where a cue is, not the whole text
        position = text.find(cue)
        while position >= 0:
            if position == 0 or not text[position - 1].isalnum():
                found = _LANGUAGES.match(text, position)
                if found:
                    languages.append(found.span())
            position = text.find(cue, position + 1)
    position = text.find(" in ")
    while position >= 0:  # "I finish in Spanish.": read only where " in " is, not the whole text
        found = _IN_A_LANGUAGE.match(text, position + 1)
        if found:
            languages.append(found.span())
        position = text.find(" in ", position + 4)
    for cue, pattern, back in (
        ("English", _WITH_ENGLISH, 20),
        *((cue, _LANGUAGE_ADJECTIVE, 20) for cue in _ADJECTIVE_CUES),
        *((cue, _LANGUAGE_NOUN, 20) for cue in _NOUN_CUES),
        (" languages", _LISTED_LANGUAGES, 150),  # the list ends at its cue: read further back
    ):
        position = text.find(cue)  # a match covers its cue: read from a little before it
        while position >= 0:
            window_end = position + len(cue) + 60
            found = pattern.search(text, max(0, position - back), window_end)
            while found and found.end() <= position:  # an earlier cue's match: look on for this cue's own
                found = pattern.search(text, found.end(), window_end)
            if found and found.start() <= position:
                languages.append(found.span())
            position = text.find(cue, position + 1)
    if languages:
        # a match inside any span: the spans sorted by start, each match checked against the furthest end before it
        languages.sort()
        starts = [s for s, _ in languages]
        furthest = list(itertools.accumulate((e for _, e in languages), max))
        matches = [m for m in matches if not (i := bisect.bisect_right(starts, m.start)) or furthest[i - 1] <= m.start]
    matches = [m for m in matches if m.value.code == "US" or not _US_STATE_AFTER.match(text, m.end)]
    # "Holland & Hart LLP": a firm named for its partners; "the Pechanga Band of Luiseño Indians": a tribe
    matches = [m for m in matches if not _FIRM_AFTER.match(text, m.end) and not (
        m.text.startswith("Indian") and _TRIBE_BEFORE.search(text, max(0, m.start - 60), m.start)
    )]
    plain: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    for i, match in enumerate(matches):
        if match.value.ambiguous and not _listed_with_countries(text, matches, i) and not (
            _COUNTRY_CUE.search(text[max(0, match.start - 40) : match.start])
        ) and not (
            # "the US government": "US" before a lower-case word is not "us" in an all-caps headline.
            match.text == "US" and text[match.end : match.end + 1] == " " and text[match.end + 1 : match.end + 2].islower()
        ) and not (
            # "the American people", "American values": the adjective before a common noun is the country's
            match.text == "American" and text[match.end : match.end + 1] == " " and text[match.end + 1 : match.end + 2].islower()
        ):
            ambiguous[match.value.code] += 1
        else:
            plain[match.value.code] += 1
    for code in [c for c in ambiguous if c in plain]:
        plain[code] += ambiguous.pop(code)
    if ambiguous:  # only now is the text read again, for the few hints of the codes still in doubt
        evidence = {m.value for m in gazetteer.evidence_matcher.find(text)}
        for code, count in ambiguous.items():
            if code in evidence:
                plain[code] += count
    return plain


def _listed_with_countries(text: str, matches: list, i: int) -> bool:
    """"Botswana, Guinea, Nigeria": an ambiguous name in a list of countries is a country."""
    neighbours = []
    if i > 0:
        neighbours.append((matches[i - 1], text[matches[i - 1].end : matches[i].start]))
    if i + 1 < len(matches):
        neighbours.append((matches[i + 1], text[matches[i].end : matches[i + 1].start]))
    return any(not m.value.ambiguous and _LIST_NEIGHBOUR.fullmatch(between) for m, between in neighbours)
