"""One organisation written several ways in an article: "U.S. Department of Justice" and "Department of
Justice", "General Assembly" and "United Nations General Assembly", "DOJ" and its full name. Plain Python.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from articles.extraction.known_organisations import FEDERAL_ACRONYMS, KNOWN_SHORT_FORMS
from articles.extraction.organisation_terms import KIND_BY_ACRONYM, KIND_BY_HEAD

_INITIALS_SPLIT = re.compile(r"[\s-]+")
US_PREFIX = re.compile(r"^(?:the |The )?(?:U\.S\.|US|United States)\s+(?=\S)")
_NON_WORD = re.compile(r"[^\w]+")
_DOTTED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})")  # "U.N.", "E.U.": the same letters as "UN", "EU"
_COMPANY_SUFFIX = re.compile(r" (?:inc|corp|corporation|company|co|llc|ltd|plc)$")
_LEGAL_SUFFIX = re.compile(r",? (?:Inc\.?|Corp\.?|LLC|Ltd\.?|plc|PBC)$")
_SHORT_DEPARTMENT = re.compile(r"(?:U\.S\. )?[A-Z]\w+ (?:Department|Ministry)")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")


@functools.lru_cache(maxsize=4096)
def initials(name: str) -> str:
    words = [w for w in _INITIALS_SPLIT.split(name.replace("U.S.", "US")) if w and w[0].isupper() and w not in {"The"}]
    return "".join(w[0] if w != "US" else "US" for w in words)


@functools.lru_cache(maxsize=4096)
def canonical(name: str) -> str:
    """The key two ways of writing one name share."""
    name = US_PREFIX.sub("", name).replace("Embassy in ", "Embassy ")  # "Embassy Harare" is the "Embassy in Harare"
    name = _DOTTED_INITIALS.sub(lambda m: m.group(1).replace(".", ""), name)  # "U.N. Security Council", "UN ..."
    return _NON_WORD.sub(" ", name.replace("&", "and").replace(" of the ", " of ").casefold()).strip()


def abbreviates(acronym: str, name: str) -> bool:
    """"NIH" for "National Institutes of Health", "CDC" for "Centers for Disease Control and Prevention"."""
    letters = initials(name)
    return len(acronym) > 2 and (letters == acronym or letters.startswith(acronym) and len(letters) - len(acronym) <= 1)


def spelled_out(acronym: str, found) -> str | None:
    """"DOJ" is the "Department of Justice" and "HHS" the "Department of Health and Human Services" named in the text."""
    full = FEDERAL_ACRONYMS.get(acronym) or KNOWN_SHORT_FORMS.get(acronym)
    if not full:
        return None
    key = canonical(full)
    return next((n for n in found if n != acronym and canonical(n) == key), None)


def _owned_by(prefix: str, found: dict) -> bool:
    """Is `prefix` an organisation named in the text, the White House (named in an event's or a venue's name, it is
    not listed, but its offices are still its own), or an acronym ("U.N.", "NSC")?"""
    return (
        prefix in found
        or prefix == "White House"
        or _DOTTED_ACRONYM.fullmatch(prefix) is not None
        or any(o.acronym == prefix for o in found.values())
    )


@functools.lru_cache(maxsize=4096)
def _company_keys(name: str) -> tuple[str, str]:
    """The key of a company's name without its legal suffix, and the key of the short form it has, if any."""
    key = _COMPANY_SUFFIX.sub("", canonical(name.replace("’s", "s").replace("'s", "s")))
    words = _LEGAL_SUFFIX.sub("", name).split(" ")
    if len(words) == 2 and (KIND_BY_HEAD.get(words[1]) == "company" or words[1] == "Foundation") and words[0][:1].isupper():
        return key, canonical(words[0])  # "Mozilla" for "Mozilla Foundation", "Cisco" for "Cisco Systems, Inc."
    return key, ""


# A country's generic institutions named with its demonym: "the Turkish Army", "the Pakistani Supreme Court" are
# "Army" and "Supreme Court" (clar. 68); a proper name that starts with one stays ("Israel Defense Forces").
_GENERIC_BODIES = frozenset(
    ["Army", "Navy", "Air Force", "Parliament", "Supreme Court", "Cabinet", "Police", "Coast Guard", "Foreign Ministry",
     "Defence Ministry", "Defense Ministry", "Interior Ministry", "Health Ministry", "Finance Ministry", "Senate",
     "Constitutional Court", "High Court", "Government", "Federal Police", "National Police", "Central Bank",
     "Postal Service", "Foreign Office", "Border Police", "Electoral Commission", "Election Commission",
     "Agency of Intelligence", "Intelligence Agency", "Intelligence Service", "Ministry of Health", "Ministry of Defence",
     "Ministry of Defense", "Ministry of the Interior", "Ministry of Foreign Affairs", "Ministry of Finance",
     "Ministry of Justice", "Ministry of Education", "Justice Ministry", "Education Ministry", "Trade Ministry",
     "Agriculture Ministry", "Energy Ministry", "Transport Ministry", "Culture Ministry", "Economy Ministry"]
)


def drop_demonyms(found: dict, countries: set[str], is_listed: Callable[[str], bool]) -> None:
    """"the Turkish Army" is the body "Army": renamed, or merged into it when the text names it so too. A body known by
    its full name keeps it ("Australian Federal Police")."""
    for name in [n for n in found if " " in n]:
        demonym, rest = name.split(" ", 1)
        demonym_of_a_country = demonym in countries and demonym.endswith(("an", "ese", "ish", "i", "ic", "ch"))
        if rest in _GENERIC_BODIES and demonym_of_a_country and not is_listed(name):
            body = found.pop(name)
            if rest in found:
                found[rest].count += body.count
            else:
                body.name = rest
                found[rest] = body


def merge_same_bodies(found: dict, acronyms: dict[str, str]) -> None:
    """Fold the shorter ways of writing a name in `found` (name -> FoundOrganisation) into the fullest one."""
    # "U.S. Department of Justice" and "United States Department of Justice" are one name written twice.
    by_key: dict[str, str] = {}
    for name in list(found):
        key = canonical(name)
        if key in by_key:
            keep, drop = sorted((by_key[key], name), key=len, reverse=True)
            found[keep].count += found.pop(drop).count if drop in found else 0
            by_key[key] = keep
        else:
            by_key[key] = name
    # "McDonalds" and "McDonald’s Corporation", "Cisco Systems" and "Cisco Systems, Inc.": one company, with and
    # without its legal suffix; "Mozilla" is the "Mozilla Foundation" named in the same article.
    by_key = {}
    for name in sorted(found, key=len, reverse=True):
        key, short = _company_keys(name)
        if short:
            by_key.setdefault(short, name)
        full = by_key.get(key)
        if full is None:
            by_key[key] = name
        elif full != name and name in found and full in found:
            found[full].count += found.pop(name).count
    # "the General Assembly" is the "United Nations General Assembly" named in the same article: a body named
    # after another one the text names ("United Nations", "U.N.") is that body's.
    by_last: dict[str, list[str]] = {}  # "Assembly" -> ["General Assembly", "United Nations General Assembly"]
    for name in found:
        by_last.setdefault(name[name.rfind(" ") + 1 :], []).append(name)
    for names in by_last.values():
        if len(names) < 2:
            continue
        for name in names:
            if " " not in name or name not in found:
                continue
            tail = " " + name
            full = next((n for n in names if n.endswith(tail) and n in found and _owned_by(n[: -len(tail)], found)), None)
            if full:
                found[full].count += found.pop(name).count
    # "Export-Import Bank" is the "Export Import Bank of the United States" named in the same article.
    if any(" of " in name for name in found):
        keyed = sorted((canonical(name), name) for name in found)
        keys = [key for key, _ in keyed]
        for key, name in keyed:
            i = bisect.bisect_left(keys, key + " of ")
            full = keyed[i][1] if i < len(keys) and keys[i].startswith(key + " of ") else None
            if full and full in found and name in found and " " in name:
                found[full].count += found.pop(name).count
    # "the House" is the "House of Representatives" named in the same article.
    if "House" in found:
        full = next((n for n in found if n.endswith("House of Representatives")), None)
        if full:
            found[full].count += found.pop("House").count
    # "State Department" is the "Department of State" named in the same article.
    for name in [n for n in found if _SHORT_DEPARTMENT.fullmatch(n)]:
        words = name.split()
        full = next(
            (n for n in found if n.endswith((f"{words[-1]} of {words[-2]}", f"{words[-1]} of the {words[-2]}"))), None
        )
        if full:
            found[full].count += found.pop(name).count
    # An acronym seen before its full name is the same organisation.
    for acronym in [n for n in found if n in KIND_BY_ACRONYM or n in acronyms]:
        full = acronyms.get(acronym) or next(
            (n for n in found if n != acronym and abbreviates(acronym, n)), None
        ) or spelled_out(acronym, found)
        if full and full in found:
            found[full].count += found.pop(acronym).count
            found[full].acronym = found[full].acronym or acronym
