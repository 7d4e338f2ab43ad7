"""The reports the province sends upward: the period they cover, and the plain records that
both the PDF and the Excel writer take (tables of figures, and the charts drawn from them).

A report covers one fiscal year in BE (1 October – 30 September), or a run of whole months
inside it (``--from 11/2569 --to 03/2570``), optionally one district. Figures themselves are
counted by the database (``db/queries/reports_*``); here are only the shapes they travel in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from desktop.domain.errors import ValidationError
from desktop.domain.fiscal_year import fiscal_year_bounds
from desktop.domain.thai_dates import MONTHS_ABBR, MONTHS_FULL, be_year, ce_year

__all__ = [
    "ChartSpec",
    "Report",
    "ReportPeriod",
    "ReportTable",
    "month_bounds",
    "month_label",
    "months_between",
    "parse_month",
    "percentile",
    "shift_month",
]

_MONTH = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
Cell = str | int | float | None


def parse_month(text: str, field_name: str) -> tuple[int, int]:
    """``"11/2569"`` → (2569, 11): a month as MM/BBBB (BE year); a Thai message otherwise."""
    m = _MONTH.match(text or "")
    if not m:
        raise ValidationError({field_name: f"เดือนต้องอยู่ในรูปแบบ ดด/ปปปป (พ.ศ.) เช่น 10/2569: {text}"})
    month, year = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ValidationError({field_name: f"เดือนต้องอยู่ระหว่าง 1 ถึง 12: {text}"})
    if year < 2400:
        raise ValidationError({field_name: f"ปีต้องเป็นปีพุทธศักราช เช่น 2569: {text}"})
    return year, month


def month_label(year_ce: int, month: int, *, full: bool = False) -> str:
    """``ต.ค. 68`` (short) or ``ตุลาคม 2568`` (full) for a CE year and month."""
    if full:
        return f"{MONTHS_FULL[month - 1]} {be_year(year_ce)}"
    return f"{MONTHS_ABBR[month - 1]} {be_year(year_ce) % 100:02d}"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month (CE year)."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(CE year, month) ``months`` later (earlier when negative)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """Every (CE year, month) from ``first``'s month to ``last``'s, in order."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass(frozen=True)
class ReportPeriod:
    """A fiscal year (BE), or the months ``from_month``–``to_month`` (BE year, month) inside
    it, and optionally one district (its 4-digit code)."""

    fiscal_year: int
    from_month: tuple[int, int] | None = None
    to_month: tuple[int, int] | None = None
    district_code: str = ""

    @classmethod
    def parse(
        cls, fiscal_year: int, from_text: str = "", to_text: str = "", district_code: str = ""
    ) -> ReportPeriod:
        """The period from what a user typed; raises ValidationError naming the field."""
        period = cls(
            fiscal_year,
            parse_month(from_text, "from") if from_text else None,
            parse_month(to_text, "to") if to_text else None,
            (district_code or "").strip(),
        )
        period.validate()
        return period

    def validate(self) -> None:
        if not isinstance(self.fiscal_year, int) or not 2500 <= self.fiscal_year <= 2700:
            raise ValidationError(
                {"fiscal_year": f"ปีงบประมาณต้องเป็นปีพุทธศักราช เช่น 2570: {self.fiscal_year}"}
            )
        start, end = fiscal_year_bounds(self.fiscal_year)
        for name, month, word in (("from", self.from_month, "เริ่ม"), ("to", self.to_month, "สิ้นสุด")):
            if month is None:
                continue
            day = dt.date(ce_year(month[0]), month[1], 1)
            if not start <= day <= end:
                raise ValidationError(
                    {
                        name: f"เดือน{word} {month[1]:02d}/{month[0]} ไม่อยู่ในปีงบประมาณ"
                        f" {self.fiscal_year} (ต.ค. {self.fiscal_year - 1} – ก.ย. {self.fiscal_year})"
                    }
                )
        first, last = self.bounds
        if first > last:
            raise ValidationError({"to": "เดือนสิ้นสุดต้องไม่อยู่ก่อนเดือนเริ่ม"})
        if self.district_code and not re.fullmatch(r"\d{4}", self.district_code):
            raise ValidationError({"district": f"รหัสอำเภอต้องเป็นตัวเลข 4 หลัก: {self.district_code}"})

    @property
    def bounds(self) -> tuple[dt.date, dt.date]:
        """First and last day (inclusive) the period covers."""
        start, end = fiscal_year_bounds(self.fiscal_year)
        if self.from_month is not None:
            start = dt.date(ce_year(self.from_month[0]), self.from_month[1], 1)
        if self.to_month is not None:
            y, m = ce_year(self.to_month[0]), self.to_month[1]
            end = month_bounds(y, m)[1]
        return start, end

    @property
    def months(self) -> list[tuple[int, int]]:
        return months_between(*self.bounds)

    def text(self, district_name: str = "") -> str:
        """``ปีงบประมาณ 2570 (ตุลาคม 2569 – กันยายน 2570) · อำเภอเมืองเชียงใหม่``."""
        first, last = self.bounds
        words = (
            f"ปีงบประมาณ {self.fiscal_year} ({month_label(first.year, first.month, full=True)}"
            f" – {month_label(last.year, last.month, full=True)})"
        )
        if self.district_code:
            words += f" · อำเภอ{district_name or self.district_code}"
        return words


@dataclass(frozen=True)
class ReportTable:
    """One table of a report: ``rows`` of cells under ``headers`` (text first, then numbers),
    ``totals`` the last row (already added up) or None."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    note: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """A chart drawn from figures already in a table: ``categories`` along the axis and one
    series (name, values) per bar colour or line. ``kind`` "bar" (series side by side),
    "stacked" or "line"."""

    title: str
    kind: Literal["bar", "stacked", "line"]
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str = ""


@dataclass(frozen=True)
class Report:
    title: str
    period_text: str
    tables: tuple[ReportTable, ...]
    charts: tuple[ChartSpec, ...] = field(default=())
    name: str = ""  # the command's name ("referrals"), for the audit row and file names
    one_page: bool = False  # laid out compactly to fit one A4 page (the monthly summary)


def percentile(histogram: dict[int, int] | list[tuple[int, int]], q: float) -> float | None:
    """The ``q`` (0–1) percentile of values given as {value: how many}, interpolated like
    PostgreSQL's ``percentile_cont``; None for no values."""
    items = sorted(histogram.items() if isinstance(histogram, dict) else histogram)
    total = sum(n for _, n in items)
    if total == 0:
        return None
    rank = q * (total - 1)  # 0-based position in the sorted values
    low, frac = int(rank), rank - int(rank)

    def at(position: int) -> int:
        seen = 0
        for value, n in items:
            seen += n
            if position < seen:
                return value
        return items[-1][0]

    a = at(low)
    if frac == 0:
        return float(a)
    return a + (at(low + 1) - a) * frac
