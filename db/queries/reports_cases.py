"""The figures of the Referrals report, each one GROUP BY in the database (SQLite and
PostgreSQL alike): nothing here loads case rows into Python, every result is a handful of
rows a group. The report, its Excel file and (later) the dashboard read the same functions.

A report's cases are those received in ``[first, last]`` (and in one district when asked);
duplicates are left out of every figure except "status now", which shows them as a status.
Durations are whole days between two dates. Percentiles are taken in Python from a
histogram the database groups (days → how many cases per agency): SQLite has no
``percentile_cont``, and one function for both engines gives both the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, cast, extract, func, literal, or_, select
from sqlalchemy import Integer as SAInteger
from sqlalchemy.orm import Session

from db.models import Case, CaseEvent, CaseNeed, Person
from db.models.cases import NEED_BITS

__all__ = [
    "Scope",
    "by_area",
    "by_channel",
    "by_status",
    "day_histograms",
    "needs_by_month",
    "outcomes",
    "returns_and_rejections",
    "top_reporters",
    "within_service_level",
]


@dataclass(frozen=True)
class Scope:
    """Cases received from ``first`` to ``last`` (inclusive), in ``district_code`` if given."""

    first: dt.date
    last: dt.date
    district_code: str = ""


def _where(scope: Scope, *, duplicates: bool = False) -> list[ColumnElement[bool]]:
    out = [Case.received_on >= scope.first, Case.received_on <= scope.last]
    if scope.district_code:
        out.append(Case.district_code == scope.district_code)
    if not duplicates:
        out.append(Case.status != "duplicate")
    return out


def _days(session: Session, later, earlier):
    """Whole days from ``earlier`` to ``later`` (two DATE columns)."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), SAInteger)
    return later - earlier  # date - date is an integer on PostgreSQL


def needs_by_month(session: Session, scope: Scope) -> list[tuple[str, int, int, int]]:
    """(need, CE year, month, cases) — a case with two needs counts once under each.

    Counted from the needs' bits on the case row (``needs_mask``, the column the queue
    filters by need) grouped per day, so the figures index's range is read alone, without a
    join to ``case_need``; the days fold into months here."""
    stmt = (
        select(Case.received_on, Case.needs_mask, func.count(Case.id))
        .where(*_where(scope))
        .group_by(Case.received_on, Case.needs_mask)
    )
    out: Counter[tuple[str, int, int]] = Counter()
    for day, mask, n in session.execute(stmt).all():
        for need, bit in NEED_BITS.items():
            if mask & bit:
                out[(need, day.year, day.month)] += n
    return [(need, y, m, n) for (need, y, m), n in out.items()]


def by_area(session: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(district code, subdistrict code, cases); "" for a case without an address."""
    stmt = (
        select(Case.district_code, Case.subdistrict_code, func.count(Case.id))
        .where(*_where(scope))
        .group_by(Case.district_code, Case.subdistrict_code)
    )
    return [(d or "", s or "", n) for d, s, n in session.execute(stmt).all()]


def by_channel(session: Session, scope: Scope) -> dict[str, int]:
    stmt = select(Case.channel, func.count(Case.id)).where(*_where(scope)).group_by(Case.channel)
    return {c: n for c, n in session.execute(stmt).all()}


def by_status(session: Session, scope: Scope) -> dict[str, int]:
    """Where the period's cases stand now (duplicates included, as a status of their own)."""
    stmt = (
        select(Case.status, func.count(Case.id))
        .where(*_where(scope, duplicates=True))
        .group_by(Case.status)
    )
    return {s: n for s, n in session.execute(stmt).all()}


def outcomes(session: Session, scope: Scope) -> dict[str, int]:
    stmt = (
        select(Case.outcome, func.count(Case.id))
        .where(*_where(scope), Case.outcome.is_not(None))
        .group_by(Case.outcome)
    )
    return {o: n for o, n in session.execute(stmt).all()}


def referred_counts(session: Session, scope: Scope) -> dict[str, int]:
    """Cases that went to each agency ("office": the office handled it itself)."""
    stmt = (
        select(Case.agency, func.count(Case.id))
        .where(*_where(scope), Case.agency.is_not(None))
        .group_by(Case.agency)
    )
    return {a: n for a, n in session.execute(stmt).all()}


def day_histograms(session: Session, scope: Scope, to: str) -> dict[str, dict[int, int]]:
    """Per agency, {days from received to ``to`` ("referred" or "outcome"): cases}."""
    end = Case.referred_on if to == "referred" else Case.outcome_on
    days = _days(session, end, Case.received_on)
    stmt = (
        select(Case.agency, days, func.count(Case.id))
        .where(*_where(scope), Case.agency.is_not(None), end.is_not(None))
        .group_by(Case.agency, days)
    )
    out: dict[str, dict[int, int]] = {}
    for agency, d, n in session.execute(stmt).all():
        out.setdefault(agency, {})[int(d)] = n
    return out


LEGS = ("screen", "agency", "office")


def within_service_level(
    session: Session, scope: Scope, table: Mapping[tuple[str, str], int]
) -> list[tuple[str, str, int, int]]:
    """(step, agency, steps finished, finished within the service level) for the steps a
    case's dates show: "screen" received → referred, "agency" referred → outcome at an
    agency, "office" referred → outcome when the office handled it itself.

    ``table`` is the office's service levels as the queue uses them, {(step, need): days}
    (defaults with the office's changes laid over); a case is allowed the tightest days of
    its needs, as its due date was set. One query: the days each case was allowed per step
    (a CASE over its needs, grouped per case), then per agency the steps finished and those
    finished in time."""
    fallback = {
        step: min((d for (s, _n), d in table.items() if s == step), default=0) for step in LEGS
    }
    other = {step: table.get((step, "other"), fallback[step]) for step in LEGS}

    def days_for(step: str):
        mapping = {n: d for (s, n), d in table.items() if s == step}
        return func.min(case(mapping, value=CaseNeed.need, else_=other[step]))

    allowed = (
        select(
            CaseNeed.case_id.label("case_id"),
            *(days_for(step).label(step) for step in LEGS),
        )
        .join(Case, Case.id == CaseNeed.case_id)
        .where(*_where(scope), Case.agency.is_not(None))
        .group_by(CaseNeed.case_id)
        .subquery()
    )
    screen_took = _days(session, Case.referred_on, Case.received_on)
    agency_took = _days(session, Case.outcome_on, Case.referred_on)
    done_screen = Case.referred_on.is_not(None)
    done_agency = and_(Case.referred_on.is_not(None), Case.outcome_on.is_not(None))
    at_office = Case.agency == "office"

    def allowed_days(step: str):
        return func.coalesce(allowed.c[step], other[step])  # a case without needs: "other"

    def tally(cond):
        return func.sum(case((cond, 1), else_=0))

    stmt = (
        select(
            Case.agency,
            tally(done_screen),
            tally(and_(done_screen, screen_took <= allowed_days("screen"))),
            tally(and_(done_agency, ~at_office)),
            tally(and_(done_agency, ~at_office, agency_took <= allowed_days("agency"))),
            tally(and_(done_agency, at_office)),
            tally(and_(done_agency, at_office, agency_took <= allowed_days("office"))),
        )
        .outerjoin(allowed, allowed.c.case_id == Case.id)
        .where(*_where(scope), Case.agency.is_not(None))
        .group_by(Case.agency)
    )
    out: list[tuple[str, str, int, int]] = []
    for agency, *counts in session.execute(stmt).all():
        for i, step in enumerate(LEGS):
            n, w = int(counts[2 * i] or 0), int(counts[2 * i + 1] or 0)
            if n:
                out.append((step, agency, n, w))
    return out


def returns_and_rejections(session: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(status "returned" or "rejected", the reason written with the step, times): every
    time a case of the period was sent back by an agency or found not eligible."""
    reason = func.coalesce(CaseEvent.note, literal(""))
    stmt = (
        select(CaseEvent.to_status, reason, func.count(CaseEvent.id))
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            *_where(scope),
            CaseEvent.kind == "transition",
            CaseEvent.to_status.in_(("returned", "rejected")),
        )
        .group_by(CaseEvent.to_status, reason)
    )
    return [(s, r, n) for s, r, n in session.execute(stmt).all()]


def top_reporters(
    session: Session, scope: Scope, limit: int = 10
) -> list[tuple[int, str, str, str, str, int]]:
    """(person id, kind, title, first name, last name, cases) of the volunteers and graduates
    who reported the most needs in the period, most first (ties by name)."""
    n = func.count(Case.id)
    stmt = (
        select(Person.id, Person.kind, Person.title, Person.first_name, Person.last_name, n)
        .join(Case, Case.reporter_id == Person.id)
        .where(*_where(scope))
        .group_by(Person.id, Person.kind, Person.title, Person.first_name, Person.last_name)
        .order_by(n.desc(), Person.first_name, Person.last_name, Person.id)
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt).all()]  # type: ignore[misc]


def received_total(session: Session, scope: Scope) -> int:
    return session.scalar(select(func.count(Case.id)).where(*_where(scope))) or 0


# -- the one-page summary (report 4): counts by the date something happened ----------------
def _finished_on():
    """The day a case was resolved (its outcome) or closed, whichever it has first recorded."""
    return func.coalesce(Case.outcome_on, Case.closed_on)


def _in_district(district_code: str) -> list[ColumnElement[bool]]:
    return [Case.district_code == district_code] if district_code else []


def happened_between(
    session: Session, what: str, first: dt.date, last: dt.date, district_code: str = ""
) -> int:
    """Cases (other than duplicates) "referred" (referred_on) or "finished" (resolved or
    closed) within ``[first, last]``, whenever they were received."""
    day = Case.referred_on if what == "referred" else _finished_on()
    stmt = select(func.count(Case.id)).where(
        day >= first, day <= last, Case.status != "duplicate", *_in_district(district_code)
    )
    return session.scalar(stmt) or 0


def open_on(
    session: Session, on: dt.date, district_code: str = "", *, overdue: bool = False
) -> int:
    """Cases open at the end of ``on``: received by then and not closed by then (a case
    closed without a closing date counts as closed); ``overdue``: of them, due before ``on``."""
    still_open = or_(and_(Case.closed_on.is_(None), Case.is_open.is_(True)), Case.closed_on > on)
    where = [
        Case.received_on <= on,
        Case.status != "duplicate",
        still_open,
        *_in_district(district_code),
    ]
    if overdue:
        where += [Case.due_on.is_not(None), Case.due_on < on]
    return session.scalar(select(func.count(Case.id)).where(*where)) or 0


def counts_by_month(session: Session, what: str, scope: Scope) -> dict[tuple[int, int], int]:
    """{(CE year, month): cases} "received" in the scope's months, or "finished" (resolved or
    closed) in them — duplicates left out."""
    day = Case.received_on if what == "received" else _finished_on()
    inner = (
        select(extract("year", day).label("y"), extract("month", day).label("m"))
        .where(
            day >= scope.first,
            day <= scope.last,
            Case.status != "duplicate",
            *_in_district(scope.district_code),
        )
        .subquery()
    )
    rows = session.execute(
        select(inner.c.y, inner.c.m, func.count()).group_by(inner.c.y, inner.c.m)
    ).all()
    return {(int(y), int(m)): n for y, m, n in rows}
