"""Template helpers: shareable search URLs (add or remove one parameter value, keep the rest),
readable dates in <time>, canonical addresses and the timeline chart."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.text import slugify

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


# Dates as readers expect them ("17 December 2025"), machine-readable in <time>.


@register.filter
def as_time(value) -> str:
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), format_date(value, "j F Y"))


@register.filter
def as_month(value) -> str:
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', format_date(value, "Y-m"), format_date(value, "F Y"))


@register.simple_tag(takes_context=True)
def canonical_url(context, *keep: str) -> str:
    """The absolute address of this page, keeping only the named parameters (page 1 has no `page`)."""
    request = context.get("request")
    if request is None:
        return ""
    params = QueryDict(mutable=True)
    for key in keep:
        values = [v for v in request.GET.getlist(key) if v.strip()]
        if key == "page" and values in (["1"], []):
            continue
        if values:
            params.setlist(key, values)
    query = params.urlencode()
    return request.build_absolute_uri(request.path + ("?" + query if query else ""))


@register.inclusion_tag("articles/_timeline.html")
def timeline_chart(chart, title: str, level: int = 2):
    """An accessible SVG bar chart of `chart` (articles.timeline.Timeline) with a table fallback."""
    return {"chart": chart, "title": title, "chart_id": "timeline-" + slugify(title), "level": level}


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


@register.filter
def http_only(url: str) -> str:
    """`url` if it is a web address; never a javascript: or data: link taken from imported text."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""
