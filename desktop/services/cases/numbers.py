"""Taking a case number (``ลป 2570/00042``): unique per office prefix and fiscal year, never reused.

The number is taken from ``case_counter`` inside the intake's own transaction (see
``db.queries.cases.take_case_number``), and the unique constraint on the case table backs it.
How numbers are written and read is :mod:`desktop.domain.cases.numbers`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from db.queries import accounts as account_queries
from db.queries import cases as q
from desktop.domain.cases.numbers import CaseNumber
from desktop.domain.fiscal_year import fiscal_year_of

DEFAULT_PREFIX = "ลป"


def office_prefix(session: Session) -> str:
    office = account_queries.office(session)
    return (office.case_prefix if office else "") or DEFAULT_PREFIX


def next_case_number(session: Session, received_on: dt.date) -> CaseNumber:
    """Number a case by the fiscal year it was received in (30 Sep and 1 Oct differ)."""
    prefix = office_prefix(session)
    fiscal_year = fiscal_year_of(received_on)
    return CaseNumber(prefix, fiscal_year, q.take_case_number(session, prefix, fiscal_year))


def next_case_numbers(session: Session, received: Sequence[dt.date]) -> list[CaseNumber]:
    """Numbers for many cases at once (an import), in the order given: each fiscal year's
    block taken from the same counter as ``next_case_number``, under the same lock, so a
    case typed meanwhile gets a number before or after the block, never inside it."""
    prefix = office_prefix(session)
    years = [fiscal_year_of(d) for d in received]
    nxt = {
        fy: q.reserve_case_numbers(session, prefix, fy, n)
        for fy, n in sorted(Counter(years).items())
    }
    out = []
    for fy in years:
        out.append(CaseNumber(prefix, fy, nxt[fy]))
        nxt[fy] += 1
    return out
