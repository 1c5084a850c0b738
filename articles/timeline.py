"""Articles per month as a bar chart: one aggregate query, drawn as server-rendered SVG.

`timeline(articles, link_params)` counts the articles of any queryset per month
(one GROUP BY query, however many articles there are), fills the empty months,
and lays the bars out for `templates/articles/_timeline.html`. Each bar links to
/search/ narrowed to its month plus the page's own filter (`link_params`).
Spans too long for readable monthly bars are drawn per year instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth
from django.http import QueryDict
from django.urls import reverse
from django.utils.dateformat import format as format_date

MIN_MONTHS = 12  # a short history still gets a year-wide axis, so one bar is not the whole chart
MAX_MONTH_BARS = 180  # past fifteen years, one bar per year

# SVG geometry, in viewBox units; the chart scales to its container's width.
WIDTH, HEIGHT = 720, 170
LEFT, RIGHT, TOP, BOTTOM = 34, 6, 10, 26
MAX_BAR_WIDTH = 28


@dataclass(frozen=True)
class Bar:
    start: dt.date
    end: dt.date
    count: int
    label: str  # "March 2024" or "2024"
    href: str
    x: str = ""
    y: str = ""
    width: str = ""
    height: str = ""
    slot_x: str = ""  # the whole column above the bar, so a short bar is easy to hit
    slot_width: str = ""


@dataclass(frozen=True)
class Tick:
    position: str
    label: str
    anchor: str = "start"


@dataclass
class Timeline:
    bars: list[Bar]
    unit: str  # "month" or "year"
    total: int
    peak: int
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    baseline: int = HEIGHT - BOTTOM

    @property
    def first(self) -> Bar:
        return self.bars[0]

    @property
    def last(self) -> Bar:
        return self.bars[-1]

    @property
    def busiest(self) -> Bar:
        return max(self.bars, key=lambda bar: (bar.count, bar.start))

    @property
    def first_seen(self) -> dt.date:
        return self.nonempty[0].start

    @property
    def last_seen(self) -> dt.date:
        return self.nonempty[-1].start

    @property
    def nonempty(self) -> list[Bar]:
        return [bar for bar in self.bars if bar.count]

    @property
    def description(self) -> str:
        per = "month" if self.unit == "month" else "year"
        return (
            f"{self.total} article{'s' if self.total != 1 else ''} from {self.first.label} to {self.last.label}, "
            f"one bar per {per}; the busiest {per} was {self.busiest.label} with {self.busiest.count}."
        )


def month_counts(articles: QuerySet) -> dict[dt.date, int]:
    """{first day of month: number of articles} for `articles`, in one GROUP BY query."""
    rows = (
        articles.order_by()
        .annotate(month=TruncMonth("published_on"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    counts: dict[dt.date, int] = {}
    for month, n in rows:
        if isinstance(month, dt.datetime):  # some backends hand back a datetime at midnight
            month = month.date()
        counts[month] = counts.get(month, 0) + n
    return counts


def timeline(articles: QuerySet, link_params: Mapping[str, Iterable[str] | str] | QueryDict | None = None) -> Timeline | None:
    """The timeline of `articles`, or None when there are none."""
    return build_timeline(month_counts(articles), link_params)


def build_timeline(
    counts: Mapping[dt.date, int], link_params: Mapping[str, Iterable[str] | str] | QueryDict | None = None
) -> Timeline | None:
    if not counts:
        return None
    params = _base_params(link_params)
    first, last = min(counts), max(counts)
    months = list(_months(_add_months(last, -(MIN_MONTHS - 1)) if _months_between(first, last) < MIN_MONTHS else first, last))
    if len(months) > MAX_MONTH_BARS:
        years: dict[int, int] = {}
        for month, n in counts.items():
            years[month.year] = years.get(month.year, 0) + n
        bars = [
            _bar(dt.date(year, 1, 1), dt.date(year, 12, 31), years.get(year, 0), str(year), params)
            for year in range(first.year, last.year + 1)
        ]
        unit = "year"
    else:
        bars = [
            _bar(month, _month_end(month), counts.get(month, 0), format_date(month, "F Y"), params) for month in months
        ]
        unit = "month"
    return _layout(bars, unit)


def _layout(bars: list[Bar], unit: str) -> Timeline:
    peak = max(bar.count for bar in bars)
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    step = plot_width / len(bars)
    gap = min(step * 0.2, 4) if step > 3 else 0
    bar_width = min(max(step - gap, 0.6), MAX_BAR_WIDTH)
    laid = []
    for i, bar in enumerate(bars):
        height = plot_height * bar.count / peak if peak else 0
        if bar.count and height < 2:
            height = 2  # a month with one article among thousands stays visible
        laid.append(
            Bar(
                bar.start, bar.end, bar.count, bar.label, bar.href,
                x=_num(LEFT + i * step + (step - bar_width) / 2), y=_num(HEIGHT - BOTTOM - height),
                width=_num(bar_width), height=_num(height),
                slot_x=_num(LEFT + i * step), slot_width=_num(step),
            )
        )
    chart = Timeline(bars=laid, unit=unit, total=sum(b.count for b in bars), peak=peak)
    chart.x_ticks = _x_ticks(bars, unit, step)
    chart.y_ticks = [Tick(_num(HEIGHT - BOTTOM), "0")]
    if peak:
        chart.y_ticks.append(Tick(_num(TOP), str(peak)))
        if peak >= 4:
            half = peak // 2
            chart.y_ticks.append(Tick(_num(HEIGHT - BOTTOM - plot_height * half / peak), str(half)))
    return chart


def _x_ticks(bars: list[Bar], unit: str, step: float) -> list[Tick]:
    """Year labels under the axis, thinned out so they never overlap (about 48 units each)."""
    if unit == "year":
        every = max(1, int(48 // step) + 1) if step < 48 else 1
        return [
            Tick(_num(LEFT + (i + 0.5) * step), bar.label, "middle")
            for i, bar in enumerate(bars)
            if (bars[0].start.year + i) % every == 0
        ]
    if len(bars) <= 24:
        # A short span: label every quarter, the first label and each January with the year.
        ticks: list[Tick] = []
        for i, bar in enumerate(bars):
            if bar.start.month in (1, 4, 7, 10):
                label = format_date(bar.start, "M Y" if not ticks or bar.start.month == 1 else "M")
                ticks.append(Tick(_num(LEFT + (i + 0.5) * step), label, "middle"))
        return ticks
    starts = [(i, bar) for i, bar in enumerate(bars) if bar.start.month == 1 or i == 0]
    year_width = step * 12
    every = 1 if year_width >= 48 else int(48 // year_width) + 1
    ticks = []
    for i, bar in starts:
        if bar.start.year % every:
            continue
        if i == 0 and bar.start.month > 9 and len(starts) > 1:
            continue  # a stub of a year at the left edge would collide with the next label
        ticks.append(Tick(_num(LEFT + i * step), str(bar.start.year)))
    return ticks


def _bar(start: dt.date, end: dt.date, count: int, label: str, params: QueryDict) -> Bar:
    link = params.copy()
    link["date_from"], link["date_to"] = start.isoformat(), end.isoformat()
    return Bar(start, end, count, label, reverse("articles:search") + "?" + link.urlencode())


def _base_params(link_params) -> QueryDict:
    params = QueryDict(mutable=True)
    if link_params is None:
        return params
    if isinstance(link_params, QueryDict):
        for key, values in link_params.lists():
            params.setlist(key, values)
    else:
        for key, value in link_params.items():
            params.setlist(key, [value] if isinstance(value, str) else list(value))
    for key in ("page", "date_from", "date_to", "more"):
        params.pop(key, None)
    return params


def _months(first: dt.date, last: dt.date):
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = _add_months(month, 1)


def _add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
