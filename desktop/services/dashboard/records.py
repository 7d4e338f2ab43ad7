"""What the dashboard shows, as plain frozen records: tiles and charts, every number with the
list behind it. A link is the list's filter, not its rows: the queue or the registry opens
with it and counts the same cases or people the dashboard counted.

Labels are keys (a need, a status, an agency, a district code, a month): the window words
them in its language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain.cases.records import QueueView

__all__ = [
    "Bar",
    "CaseList",
    "Chart",
    "CoverageList",
    "Dashboard",
    "Link",
    "PeopleList",
    "Series",
    "Tile",
]


@dataclass(frozen=True)
class CaseList:
    """The queue's saved ``view`` with ``filter`` laid over it (``laid_over``)."""

    view: QueueView
    filter: CaseFilter = field(default_factory=CaseFilter)


@dataclass(frozen=True)
class PeopleList:
    """The registry with this filter."""

    filter: PersonFilter


@dataclass(frozen=True)
class CoverageList:
    """The province's subdistricts (one district's, when given) with their active
    volunteers: ``covered`` True those with one, False those without, None all."""

    district_code: str = ""
    covered: bool | None = None


Link = CaseList | PeopleList | CoverageList


@dataclass(frozen=True)
class Tile:
    """A headline number; ``before`` the number it is compared with (last month's), if any."""

    key: str
    value: int
    link: Link | None
    before: int | None = None
    before_link: Link | None = None


@dataclass(frozen=True)
class Bar:
    value: float
    link: Link | None
    cases: int | None = None  # how many the list holds, when the bar is not a count itself
    extra: float | None = None  # a second figure for the tooltip (the 90th percentile)


@dataclass(frozen=True)
class Series:
    """One colour of a chart: ``key`` names it (a need, "covered" …); series with the same
    ``group`` stack on each other, groups stand side by side (this year beside the last)."""

    key: str
    bars: tuple[Bar, ...]
    group: str = ""


@dataclass(frozen=True)
class Chart:
    key: str
    kind: Literal["stacked", "bar"]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    horizontal: bool = False


@dataclass(frozen=True)
class Dashboard:
    fiscal_year: int
    district_code: str
    as_of: dt.date  # the day the figures are counted on (today)
    month: tuple[int, int]  # (CE year, month) of "this month" (the year's last for a past FY)
    tiles: tuple[Tile, ...]
    charts: tuple[Chart, ...]

    def tile(self, key: str) -> Tile:
        return next(t for t in self.tiles if t.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)
