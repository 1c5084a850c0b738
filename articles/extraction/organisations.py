"""Named organisations: government bodies, legislatures, parties, militaries, companies, international bodies.

Plain Python. An organisation is a run of capitalised words (joined by "of",
"for", "and", "&", ...) that contains an organisation word — "National
Security Bureau", "Legislative Yuan", "Ministry of National Defense",
"University of Utah", "Winston & Strawn LLP" — trimmed of the office or
person written around it, or a well-known acronym. An acronym defined in
brackets, or whose letters are the initials of a name in the same article,
is that organisation, not another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KIND_BY_HEAD = {
    "government": "Ministry Department Bureau Agency Office Administration Authority Service Services Cabinet "
    "Secretariat Commission Council Yuan Police Guard Board Directorate Inspectorate Treasury Embassy "
    "Consulate Mission Patrol Customs Reserve Census",
    "legislature": "Committee Subcommittee Caucus Parliament Congress Senate Assembly Legislature Diet Duma Knesset "
    "Majlis Chamber",
    "party": "Party",
    "military": "Army Navy Forces Force Corps Command Marines Brigade Division Fleet",
    "company": "Company Corporation Corp. Inc. LLC LLP Ltd. Group Holdings Bank Airlines Motors Technologies "
    "Partners Capital Systems",
    "international": "Organization Organisation Union Alliance Nations Fund Funds Federation Coalition Forum",
    "other": "Institute Institutes Foundation Association Society Center Centers Centre University College School "
    "Court Tribunal Network Academy Conference Project Bar Hospital Church Nation League Club Laboratory "
    "Laboratories",
}
KIND_BY_HEAD = {word: kind for kind, words in _KIND_BY_HEAD.items() for word in words.split()}

# Organisations named by one word or an acronym.
SINGLE_NAMES = {
    "Congress": "legislature", "Senate": "legislature", "Pentagon": "military", "Kremlin": "government",
    "Kuomintang": "party", "Hamas": "other", "Hezbollah": "other", "Taliban": "other", "Interpol": "international",
    "Navy": "military", "Quad": "international",
}
ACRONYMS = {
    "international": "NATO UN EU AU ASEAN APEC OECD OSCE OPEC IMF WTO WHO IAEA UNICEF UNHCR UNESCO ICC ICJ G7 G20 "
    "BRICS AUKUS GCC SCO",
    "government": "NSC NEC OMB OSTP USTR DOJ DOD DHS DOE DOT HHS HUD USDA EPA FDA CDC NIH FEMA FBI CIA NSA ICE CBP "
    "TSA ATF DEA IRS SEC FCC FTC FERC NRC NASA NOAA USAID DFC SBA OPM GSA CISA MOFA",
    "party": "DPP KMT CCP TPP LDP",
    "military": "PLA IDF",
    "other": "AFL-CIO NAACP ACLU ISIS ISIL",
}
KIND_BY_ACRONYM = {acronym: kind for kind, words in ACRONYMS.items() for acronym in words.split()}

# Capitalised words of a name: words, acronyms, "U.S.", "St.", "&"; connectors may join them.
_WORD = r"(?:U\.S\.|U\.K\.|D\.C\.|St\.|Inc\.|Corp\.|Ltd\.|Co\.|[A-Z][\w’'-]*(?:[.](?=[A-Z]))?|&)"
_CONNECTOR = r"(?:of|for|and|on|the|de|du|des|la|le|del|in|at)"
_RUN = re.compile(rf"(?<![\w’'.-]){_WORD}(?:(?: {_CONNECTOR})* {_WORD})*(?:, (?:Inc\.|LLC|LLP|Ltd\.))?")
_ACRONYM_DEF = re.compile(r" ?\((?P<acronym>[A-Z][A-Za-z&-]{1,9})\)")
_LEADING = frozenset(
    """The A An This That These Those Its Their His Her Our On In At By For From With And But As Under After Before
    During When While Both Former Acting Then Today Both Every Each Last Next Joint Top Aboard Dear Thank""".split()
)
_TITLE_WORDS = frozenset(
    """Secretary Director Directors Chief Officer Officers Member Members Chair Chairman Chairwoman Chairperson
    President Vice Deputy Assistant Associate Commissioner Administrator Ambassador Head Commanding General
    Advisor Adviser Counsel Counselor Spokesperson Spokesman Governor Mayor Senator Representative Professor
    Fellow Dean Partner Founder Executive Manager Leader Minister Speaker Nominee Candidate Lead Staff Treasurer
    Controller Trustee Distinguished Managing Special Summit Meeting Session Anniversary Ministerial""".split()
)
_PRESIDENTS = frozenset("Biden Trump Obama Bush Clinton Reagan Carter Harris Vance Biden-Harris Trump-Vance Obama-Biden".split())
_VENUE_WHITE_HOUSE = re.compile(r"\b(?:at|in|to|from|outside|inside|leave|leaves|left|arrive|arrives|into|on) the White House\b(?! (?:Office|Council|Press|Counsel|Chief))")


_SINGLE_WORD = re.compile(r"(?<![\w’'.-])(?:the House(?! of)|[A-Z][A-Za-z&-]{1,9}|G7|G20)(?![\w’'-])")


class _Intervals:
    """Is a position inside one of these (start, end) spans? Sorted once, bisected per question."""

    def __init__(self, spans: list[tuple[int, int]]):
        import bisect

        self._bisect = bisect.bisect_right
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def contains(self, position: int) -> bool:
        i = self._bisect(self._starts, position) - 1
        return any(s <= position < e for s, e in self._spans[max(0, i - 3) : i + 1])


@dataclass
class FoundOrganisation:
    name: str
    kind: str
    count: int = 1
    acronym: str = ""
    key: int | str | None = None  # an organisation the archive already knows


def clean_name(name: str) -> str:
    """Drop a leading article or possessive owner; keep the organisation's own words."""
    words = " ".join(name.split()).strip(" ,.;:").split(" ")
    while words and (words[0] in _LEADING or words[0].lower() in {"of", "for", "and", "on", "the", "in", "at"}):
        words.pop(0)
    while words and words[-1].lower() in {"of", "for", "and", "on", "the", "de", "in", "at", "&"}:
        words.pop()
    return " ".join(words)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name.replace("U.S.", "US")) if w and w[0].isupper() and w not in {"The"}]
    return "".join(w[0] if w != "US" else "US" for w in words)


_GENERIC_QUALIFIERS = frozenset(
    "Task Law Public Business Community Core Police State Local Regional County City Joint Executive Advisory "
    "Technical Special Working Steering Select Standing Federal National".split()
)
_PORTFOLIO_PHRASES = frozenset(["Health and Human Services", "Veterans Affairs", "Homeland Security", "Human Services"])
_PLACE_AFTER_HEAD = frozenset({"Embassy", "Consulate", "Mission"})  # "U.S. Embassy in Harare"
_TRAILING_QUALIFIERS = frozenset("Central North South East West Pacific Atlantic Europe Africa International".split())


def _segments(words: list[str]) -> list[list[str]]:
    """Split a capitalised run where one name ends and another begins."""
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        current = segments[-1]
        if word in {"at", "in"} and not (word == "in" and current and current[-1] in _PLACE_AFTER_HEAD):
            segments.append([])
        elif word == "and" and i + 1 < len(words) and words[i + 1] == "the":
            segments.append([])
            i += 1
        elif word == "and" and any(w in KIND_BY_HEAD for w in current) and any(
            w in KIND_BY_HEAD for w in _until_split(words[i + 1 :])
        ) and (words[i - 1] in KIND_BY_HEAD or words[i - 1] in _TRAILING_QUALIFIERS):
            segments.append([])  # "Wesleyan University and New York University School of Law"
        elif word == "on" and current and current[-1] not in KIND_BY_HEAD:
            segments.append([])  # "McMahon on State of the Union"; but "Committee on Banking"
        else:
            current.append(word)
        i += 1
    return [s for s in segments if s]


def _until_split(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word in {"at", "in", "and", "on"}:
            return words[:i]
    return words


def _name_in(words: list[str]) -> str:
    # "Chief Executive Officer of the Peace Corps", "Summit of the Gulf Cooperation Council":
    # whatever comes before "of" without an organisation word is not part of the name.
    stripped = True
    while stripped:
        stripped = False
        for i, word in enumerate(words):
            if word in {"of", "for"}:
                if i and not any(w in KIND_BY_HEAD for w in words[:i]):
                    words = words[i + 1 :]
                    while words and words[0] == "the":
                        words = words[1:]
                    stripped = True
                break
    heads = [i for i, w in enumerate(words) if w in KIND_BY_HEAD]
    if not heads:
        return ""
    end = heads[-1] + 1
    # After the last organisation word only its complement belongs to the name:
    # "... of Federal Financial Management", "... in Harare", "... Command Central", "... LLP".
    if end < len(words):
        following = words[end]
        deliberative = words[end - 1] in {"Committee", "Subcommittee", "Commission", "Council", "Force", "Conference"}
        if following in {"of", "for", "de", "del", "in"} or following in _TRAILING_QUALIFIERS or (
            following == "on" and deliberative
        ):
            end = len(words)
            # "Department of Health and Human Services for the Biden-Harris Transition": one name, then another.
            for i in range(heads[-1] + 2, len(words) - 1):
                if words[i] == "for" and words[i + 1] == "the" and "of" in words[: i]:
                    end = i
                    break
        elif following in {"Inc.", "LLC", "LLP", "Ltd.", "Co."}:
            end += 1
        if end < len(words) and words[end] == "One":  # "Air Force One" is an aircraft
            return ""
    return " ".join(words[:end])


def _canonical(name: str) -> str:
    name = re.sub(r"^(?:the |The )?(?:U\.S\.|US|United States)\s+(?=\S)", "", name)
    return re.sub(r"[^\w]+", " ", name.replace("&", "and").casefold()).strip()


def _abbreviates(acronym: str, name: str) -> bool:
    """"NIH" for "National Institutes of Health", "CDC" for "Centers for Disease Control and Prevention"."""
    initials = _initials(name)
    return len(acronym) > 2 and (initials == acronym or initials.startswith(acronym) and len(initials) - len(acronym) <= 1)


def _split_run(run: str) -> list[tuple[str, int]]:
    """The organisation names inside one capitalised run, with their offsets in it."""
    names = []
    for segment in _segments(run.split(" ")):
        name = _name_in(segment)
        if name:
            names.append((name, max(run.find(name), 0)))
    return names


def find_organisations(text: str, countries: set[str] | None = None) -> list[FoundOrganisation]:
    """Organisations named in `text`, with counts. `countries` are names not to take for organisations."""
    countries = countries or set()
    found: dict[str, FoundOrganisation] = {}
    acronyms: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    venues = {m.start() + m.group(0).index("White House") for m in _VENUE_WHITE_HOUSE.finditer(text)}

    def add(raw: str, start: int) -> None:
        owner, sep, owned = raw.rpartition("’s ") if "’s " in raw else raw.rpartition("'s ")
        if sep:
            owner_name = clean_name(owner)
            if owner_name.split() and owner_name.split()[-1] in KIND_BY_HEAD:
                # "the Legislative Yuan’s Foreign Affairs and National Defense Committee": both are named.
                add(owner_name, start)
            elif owned.split()[0] == "Cabinet" and owner_name in countries:
                # "Taiwan’s Cabinet": a country's cabinet, named.
                _record("Cabinet", "government", start)
                return
            start += len(owner) + len(sep)
            raw = owned
        name = clean_name(raw)
        words = name.split()
        if not words or name in countries:
            return
        head = next((w for w in reversed(words) if w.rstrip(",") in KIND_BY_HEAD), None)
        if head is None:
            return
        if len(words) == 1 and name not in SINGLE_NAMES:
            return  # "Committee", "Party": a common noun, not a name
        if len(words) == 2 and words[0] in _GENERIC_QUALIFIERS:
            return  # "Task Force", "Police Department", "State Assembly": a description, not a name
        if name in _PORTFOLIO_PHRASES:
            return  # "Health and Human Services" left over from "Secretary of Health and Human Services"
        if head == "Administration" and len(words) <= 2 and (
            words[0] in _PRESIDENTS or "-" in words[0] or words[0] == "Senior"
        ):
            return  # "the Biden-Harris Administration": a presidency; "Senior Administration Officials"
        if name == "White House" and start in venues:
            return
        kind = "legislature" if words[0] == "Legislative" or "Parliament" in words else KIND_BY_HEAD[head.rstrip(",")]
        _record(name, kind, start, len(raw))

    def _record(name: str, kind: str, start: int, length: int = 0) -> None:
        taken.append((start, start + (length or len(name))))
        if name in found:
            found[name].count += 1
        else:
            found[name] = FoundOrganisation(name, kind)
        definition = _ACRONYM_DEF.match(text, start + (length or len(name)))
        if definition and definition.group("acronym") not in countries:
            acronyms[definition.group("acronym")] = name
            found[name].acronym = definition.group("acronym")

    for match in _RUN.finditer(text):
        run = match.group(0)
        if " " not in run and run not in SINGLE_NAMES and run != "White":
            continue
        for name, offset in _split_run(run):
            add(name, match.start() + offset)

    # "the House" is the House of Representatives; one-word names and known acronyms.
    covered = _Intervals(taken)
    for match in _SINGLE_WORD.finditer(text):
        word = match.group(0)
        if word != "the House" and word not in SINGLE_NAMES and word not in KIND_BY_ACRONYM and word not in acronyms:
            continue
        if covered.contains(match.start()):
            continue
        if word == "the House":
            _record("House", "legislature", match.start() + 4, 5)
        elif word in SINGLE_NAMES or word in KIND_BY_ACRONYM or word in acronyms:
            target = acronyms.get(word) or next((n for n in found if _abbreviates(word, n)), None)
            if target:
                found[target].count += 1
                found[target].acronym = found[target].acronym or word
            else:
                _record(word, SINGLE_NAMES.get(word) or KIND_BY_ACRONYM.get(word, "other"), match.start())
    # "U.S. Department of Justice" and "United States Department of Justice" are one name written twice.
    by_key: dict[str, str] = {}
    for name in list(found):
        key = _canonical(name)
        if key in by_key:
            keep, drop = sorted((by_key[key], name), key=len, reverse=True)
            found[keep].count += found.pop(drop).count if drop in found else 0
            by_key[key] = keep
        else:
            by_key[key] = name
    # "State Department" is the "Department of State" named in the same article.
    for name in [n for n in found if re.fullmatch(r"(?:U\.S\. )?[A-Z]\w+ (?:Department|Ministry)", n)]:
        words = name.split()
        full = next((n for n in found if n.endswith(f"{words[-1]} of {words[-2]}")), None)
        if full:
            found[full].count += found.pop(name).count
    # An acronym seen before its full name is the same organisation.
    for acronym in [n for n in found if n in KIND_BY_ACRONYM or n in acronyms]:
        full = acronyms.get(acronym) or next((n for n in found if n != acronym and _abbreviates(acronym, n)), None)
        if full and full in found:
            found[full].count += found.pop(acronym).count
            found[full].acronym = found[full].acronym or acronym
    return list(found.values())
