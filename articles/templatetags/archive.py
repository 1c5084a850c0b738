"""Template helpers for shareable search URLs: add or remove one parameter value, keep the rest."""

from __future__ import annotations

from django import template
from django.http import QueryDict

register = template.Library()


def _copy(params: QueryDict) -> QueryDict:
    copy = params.copy()
    copy.pop("page", None)
    return copy


@register.simple_tag
def query_add(params: QueryDict, key: str, value) -> str:
    """`params` with `value` added to the repeatable `key` (and back to page 1)."""
    copy = _copy(params)
    values = copy.getlist(key)
    if str(value) not in values:
        copy.setlist(key, [*values, str(value)])
    return "?" + copy.urlencode()


@register.simple_tag
def query_set(params: QueryDict, key: str, value) -> str:
    copy = _copy(params)
    copy[key] = str(value)
    return "?" + copy.urlencode()


@register.simple_tag
def query_year(params: QueryDict, year) -> str:
    """Narrow to one year (or month, given "YYYY-MM") through the date range."""
    copy = _copy(params)
    text = str(year)
    if len(text) == 7:
        import calendar

        y, m = int(text[:4]), int(text[5:])
        copy["date_from"], copy["date_to"] = f"{text}-01", f"{text}-{calendar.monthrange(y, m)[1]:02}"
    else:
        copy["date_from"], copy["date_to"] = f"{text}-01-01", f"{text}-12-31"
    return "?" + copy.urlencode()


@register.simple_tag
def query_remove(params: QueryDict, key: str, value=None) -> str:
    """`params` without `key` (or without only that value of it)."""
    copy = _copy(params)
    if value is None:
        copy.pop(key, None)
    else:
        copy.setlist(key, [v for v in copy.getlist(key) if v.upper() != str(value).upper()])
    query = copy.urlencode()
    return "?" + query if query else "?"


@register.simple_tag
def page_url(params: QueryDict, number: int) -> str:
    copy = params.copy()
    copy["page"] = str(number)
    return "?" + copy.urlencode()
