"""The Thai government fiscal year (ปีงบประมาณ): 1 October – 30 September, named by BE end year."""

from __future__ import annotations

import datetime as dt

from desktop.domain.thai_dates import be_year, ce_year


def fiscal_year_of(d: dt.date) -> int:
    """The BE fiscal year containing ``d``: 1 Oct 2025 – 30 Sep 2026 is 2569."""
    end_ce = d.year + 1 if d.month >= 10 else d.year
    return be_year(end_ce)


def fiscal_year_bounds(fy_be: int) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of BE fiscal year ``fy_be``."""
    end_ce = ce_year(fy_be)
    return dt.date(end_ce - 1, 10, 1), dt.date(end_ce, 9, 30)
