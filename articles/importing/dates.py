"""Finding the publication date in a line of text. Plain Python, no Django."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
# "Wednesday, December 17, 2025", "Dec. 17, 2025 10:32 AM", "17 December 2025", "2025-12-17".
_DATE_FORMS = [
    rf"(?:{_WEEKDAY}\s*)?(?P<a>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}){_TIME}",
    rf"(?:{_WEEKDAY}\s*)?(?P<b>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}){_TIME}",
    rf"(?P<c>\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?",
]
_WHOLE_LINE = re.compile(r"^\s*(?:" + "|".join(_DATE_FORMS) + r")\s*$", re.IGNORECASE)
_ANYWHERE = re.compile(r"(?:" + "|".join(_DATE_FORMS) + r")", re.IGNORECASE)
_FILENAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


_MONTHS = {name: number for number, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_DAY_YEAR = re.compile(r"([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3})[a-z]*\.?,?\s+(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _exact(text: str) -> dt.date | None | bool:
    """The date of one of the three forms the patterns accept, read directly; False if not one of them.

    dateutil reads them the same way but costs a millisecond a line, more than
    the rest of parsing a whole file.
    """
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        month, day, year = _MONTHS.get(match.group(1).lower()), int(match.group(2)), int(match.group(3))
    elif match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = int(match.group(1)), _MONTHS.get(match.group(2).lower()), int(match.group(3))
    else:
        return False
    if month is None:
        return False
    try:
        value = dt.date(year, month, day)
    except ValueError:  # 30 February: dateutil refuses it too
        return None
    return value if 1800 <= value.year <= 2200 else None


def _to_date(text: str) -> dt.date | None:
    if (exact := _exact(text)) is not False:
        return exact
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE).replace(" of ", " ")
    try:
        value = date_parser.parse(text, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    return value if 1800 <= value.year <= 2200 else None


def _from_match(match: re.Match) -> dt.date | None:
    return _to_date(match.group("a") or match.group("b") or match.group("c"))


def date_line(line: str) -> dt.date | None:
    """The date, if the whole line is a date (optionally with weekday and time)."""
    if len(line) > 60:
        return None
    match = _WHOLE_LINE.match(line)
    return _from_match(match) if match else None


def date_in(text: str) -> dt.date | None:
    """The first date written anywhere in a short piece of text ("Updated: Dec. 17, 2025 10:32 AM")."""
    match = _ANYWHERE.search(text)
    return _from_match(match) if match else None


def date_in_filename(name: str) -> dt.date | None:
    match = _FILENAME.search(name)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
