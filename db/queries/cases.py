"""Finding referral cases: queue filters, substring search and sorting, all in the database.

Also the few statements that must be atomic in SQL rather than in Python: taking the next case
number of an office's fiscal year, and the service-level overrides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.orm import Session, selectinload

from db.models import (
    ApprovalRequest,
    Case,
    CaseCounter,
    CaseEvent,
    Person,
    ServiceLevel,
    User,
    UserRole,
)
from db.models.cases import CASE_STATUS_NAMES, NEED_BITS


class CaseNoParts(NamedTuple):
    """A case number as the domain read it out of the search text."""

    prefix: str  # "" matches every prefix (a scanner may have typed it on another layout)
    fiscal_year: int
    seq: int


@dataclass(frozen=True)
class CaseFilter:
    """What a queue shows; every field is optional and all of them narrow the list."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    district_code: str = ""
    subdistrict_code: str = ""
    reporter_id: int | None = None
    agency: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    assigned_to_id: int | None = None
    open_only: bool = False
    due_before: dt.date | None = None  # overdue: open and due_on < today
    awaiting_approval: bool = False
    sort: str = "received_on"  # or case_no, person_name, due_on, status
    descending: bool = False
    ids: tuple[int, ...] = ()  # a selection (bulk print and export)
    unassigned_only: bool = False
    # The lists behind the dashboard's numbers, as the reports count them.
    without_duplicates: bool = False
    has_outcome: bool = False  # an outcome recorded (days to outcome by agency)
    finished_from: dt.date | None = None  # resolved or closed within [from, to]
    finished_to: dt.date | None = None
    # Filled in by the service from ``text``: db/ knows no case-number or name rules of its own.
    case_no: CaseNoParts | None = None  # ``text`` is a whole case number: match it exactly
    name_titles: tuple[str, ...] = ()  # titles typed before a name, looked past in short searches


class CaseLine(NamedTuple):
    """A case with the names a queue row shows beside it (one query, no lazy loads)."""

    case: Case
    reporter_title: str | None
    reporter_first: str | None
    reporter_last: str | None
    assigned_to: str | None


# Workflow order, so "sort by status" reads like the process rather than the alphabet.
_STATUS_RANK = case({name: i for i, name in enumerate(CASE_STATUS_NAMES)}, value=Case.status)
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "received_on": (Case.received_on,),
    "case_no": (Case.fiscal_year, Case.seq),
    "person_name": (Case.person_sort_key,),
    "due_on": (Case.due_on,),
    "status": (_STATUS_RANK, Case.received_on),
}

_DIGITS_ONLY = re.compile(r"^[\d\s-]+$")
_TOP = "\U0010ffff"
# "is_open = true" rather than "IS true": the form both databases match against an index.
_OPEN = Case.is_open == true()


def needs_mask(needs: Sequence[str]) -> int:
    """The bits of ``needs`` in ``referral_case.needs_mask`` (any of them matches)."""
    mask = 0
    for need in needs:
        mask |= NEED_BITS[need]
    return mask


def search_text_for(case_no: str, person_name: str, national_id: str, phone: str) -> str:
    return f"{case_no} {person_name} {national_id} {phone}"


def normalize_search(value: str) -> str:
    """ID and phone numbers are searched as digits: ``1-2345-67890-12-3`` finds the ID."""
    t = (value or "").strip()
    if _DIGITS_ONLY.match(t):
        return re.sub(r"\D", "", t)
    return t


def _text_condition(session: Session, f: CaseFilter) -> ColumnElement[bool] | None:
    if f.case_no is not None:
        # A whole case number names one case: match it exactly (indexed), not as a substring.
        cond = and_(Case.fiscal_year == f.case_no.fiscal_year, Case.seq == f.case_no.seq)
        if f.case_no.prefix:
            cond = and_(cond, Case.case_prefix == f.case_no.prefix)
        return cond
    needle = normalize_search(f.text)
    if not needle:
        return None
    dialect = session.get_bind().dialect.name
    if len(needle) < 3:
        return _prefix_condition(dialect, needle, f.name_titles)
    if dialect == "sqlite":
        phrase = '"' + needle.replace('"', '""') + '"'
        fts = text("SELECT rowid FROM case_fts WHERE case_fts MATCH :case_phrase").bindparams(
            case_phrase=phrase
        )
        return Case.id.in_(fts.columns(literal_column("rowid")))
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Case.search_text.ilike(f"%{escaped}%", escape="\\")


def _prefix_condition(dialect: str, needle: str, titles: Sequence[str]) -> ColumnElement[bool]:
    """One or two letters: the start of a first name (after any title), an ID or a phone.

    Trigram indexes need three characters; a prefix keeps short searches on plain indexes
    (binary ranges on SQLite) and gives both databases the same answer. "ส" finds นางสมศรี
    but not every นางสาว, and "นา" finds นารี but not every นาย.
    """

    def starts(start: str, col=Case.person_name) -> ColumnElement[bool]:
        if dialect == "sqlite":
            return (col >= start) & (col < start + _TOP)
        return col.startswith(start, autoescape=True)

    names = []
    for title in ("", *titles):
        cond = starts(title + needle)
        for longer in (t for t in titles if t != title and t.startswith(title)):
            cond = cond & ~starts(longer)  # that title's own branch looks after its names
        names.append(cond)
    return or_(
        *names,
        starts(needle, Case.person_national_id),
        starts(needle, Case.person_phone),
    )


def conditions(session: Session, f: CaseFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if (f.text.strip() or f.case_no) and (cond := _text_condition(session, f)) is not None:
        out.append(cond)
    if f.statuses:
        out.append(Case.status.in_([str(s) for s in f.statuses]))
    if f.needs:
        out.append(Case.needs_mask.op("&")(needs_mask([str(n) for n in f.needs])) != 0)
    if f.district_code:
        out.append(Case.district_code == f.district_code)
    if f.subdistrict_code:
        out.append(Case.subdistrict_code == f.subdistrict_code)
    if f.reporter_id is not None:
        out.append(Case.reporter_id == f.reporter_id)
    if f.agency:
        out.append(Case.agency == str(f.agency))
    if f.received_from is not None:
        out.append(Case.received_on >= f.received_from)
    if f.received_to is not None:
        out.append(Case.received_on <= f.received_to)
    if f.assigned_to_id is not None:
        out.append(Case.assigned_to_id == f.assigned_to_id)
    if f.unassigned_only:
        out.append(Case.assigned_to_id.is_(None))
    if f.open_only:
        out.append(_OPEN)
    if f.due_before is not None:
        out.append(Case.due_on < f.due_before)  # closed cases have no due date
    if f.awaiting_approval:
        out.append(Case.pending_approval.is_not(None))
    if f.ids:
        out.append(Case.id.in_(f.ids))
    if f.without_duplicates:
        out.append(Case.status != "duplicate")
    if f.has_outcome:
        out.append(Case.outcome_on.is_not(None))
    finished = func.coalesce(Case.outcome_on, Case.closed_on)  # as the summary report counts
    if f.finished_from is not None:
        out.append(finished >= f.finished_from)
    if f.finished_to is not None:
        out.append(finished <= f.finished_to)
    return out


def _ordered(stmt: Select, f: CaseFilter) -> Select:
    cols = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["received_on"])
    order = []
    for c in cols:
        o = c.desc() if f.descending else c.asc()
        # Closed cases have no due date; they go last either way, on both databases.
        order.append(o.nulls_last() if c is Case.due_on else o)
    return stmt.order_by(*order, Case.id.desc() if f.descending else Case.id.asc())


def _lines() -> Select:
    return (
        select(Case, Person.title, Person.first_name, Person.last_name, User.full_name)
        .outerjoin(Person, Person.id == Case.reporter_id)
        .outerjoin(User, User.id == Case.assigned_to_id)
        .options(selectinload(Case.needs))
    )


def count(session: Session, f: CaseFilter) -> int:
    return session.scalar(select(func.count(Case.id)).where(*conditions(session, f))) or 0


def page(session: Session, f: CaseFilter, offset: int, limit: int) -> list[CaseLine]:
    stmt = _ordered(_lines().where(*conditions(session, f)), f).offset(offset).limit(limit)
    return [CaseLine(*r) for r in session.execute(stmt).all()]


def all_matching(session: Session, f: CaseFilter) -> list[CaseLine]:
    stmt = _ordered(_lines().where(*conditions(session, f)), f)
    return [CaseLine(*r) for r in session.execute(stmt).all()]


def count_views(session: Session, filters: dict[Any, CaseFilter]) -> dict[Any, int]:
    """Counts of several queue views in two queries: one over open cases, one over all.

    Each view's own filter is turned into a ``SUM(CASE WHEN …)``, so the numbers in the
    navigation are exactly what opening the view lists.
    """
    out: dict[Any, int] = {}
    open_views = {k: f for k, f in filters.items() if f.open_only}
    if open_views:
        sums = []
        for f in open_views.values():
            conds = conditions(session, replace(f, open_only=False))
            sums.append(
                func.coalesce(func.sum(case((and_(*conds), 1), else_=0)), 0)
                if conds
                else func.count()
            )
        row = session.execute(select(*sums).where(_OPEN)).one()
        out.update(zip(open_views, (int(n or 0) for n in row), strict=True))
    for key, f in filters.items():
        if key not in out:
            out[key] = count(session, f)
    return out


def by_id(session: Session, case_id: int, *, with_details: bool = False) -> Case | None:
    stmt = select(Case).where(Case.id == case_id)
    if with_details:
        stmt = stmt.options(selectinload(Case.needs), selectinload(Case.events))
    return session.scalars(stmt).first()


def for_update(session: Session, case_id: int) -> Case | None:
    """The case row, locked on PostgreSQL until commit, so two saves to one case queue up."""
    stmt = select(Case).where(Case.id == case_id).options(selectinload(Case.needs))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Case)
    return session.scalars(stmt).first()


def by_ids(session: Session, ids: Sequence[int]) -> list[Case]:
    return list(session.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id)).all())


def id_by_case_no(session: Session, case_no: str) -> int | None:
    return session.scalar(select(Case.id).where(Case.case_no == case_no))


def case_nos(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids))).all())


def open_with_id_or_phone(session: Session, national_id: str, phone: str) -> list[CaseLine]:
    """Open cases that may be the same person (same ID, or same phone; names compared after)."""
    either = []
    if national_id:
        either.append(Case.person_national_id == national_id)
    if phone:
        either.append(Case.person_phone == phone)
    if not either:
        return []
    stmt = _lines().where(_OPEN, or_(*either)).order_by(Case.received_on, Case.id)
    return [CaseLine(*r) for r in session.execute(stmt).all()]


def reported_counts(
    session: Session, fiscal_year: int, person_id: int | None = None
) -> dict[int, int]:
    """Cases each reporter brought in during a fiscal year, not counting duplicates."""
    stmt = (
        select(Case.reporter_id, func.count(Case.id))
        .where(
            Case.fiscal_year == fiscal_year,
            Case.reporter_id.is_not(None),
            Case.status != "duplicate",
        )
        .group_by(Case.reporter_id)
    )
    if person_id is not None:
        stmt = stmt.where(Case.reporter_id == person_id)
    return {pid: n for pid, n in session.execute(stmt).all()}


# -- approvals -----------------------------------------------------------------------------
def pending_approval_of(session: Session, case_id: int) -> ApprovalRequest | None:
    stmt = (
        select(ApprovalRequest)
        .where(ApprovalRequest.case_id == case_id, ApprovalRequest.approved.is_(None))
        .order_by(ApprovalRequest.id.desc())
    )
    return session.scalars(stmt).first()


def approval(session: Session, approval_id: int) -> ApprovalRequest | None:
    return session.get(ApprovalRequest, approval_id)


def pending_approvals(session: Session) -> list[tuple[ApprovalRequest, str]]:
    stmt = (
        select(ApprovalRequest, Case.case_no)
        .join(Case, Case.id == ApprovalRequest.case_id)
        .where(ApprovalRequest.approved.is_(None))
        .order_by(ApprovalRequest.requested_at, ApprovalRequest.id)
    )
    return [(a, no) for a, no in session.execute(stmt).all()]


def events_of(session: Session, case_id: int) -> list[CaseEvent]:
    stmt = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
    return list(session.scalars(stmt).all())


def has_event(session: Session, case_id: int, kind: str) -> bool:
    """Whether the case's timeline has a line of ``kind`` (a withdrawal of consent)."""
    stmt = select(CaseEvent.id).where(CaseEvent.case_id == case_id, CaseEvent.kind == kind)
    return session.scalar(stmt.limit(1)) is not None


# -- case numbers --------------------------------------------------------------------------
def _insert_counter(session: Session, prefix: str, fiscal_year: int) -> None:
    """Make sure the counter row exists; a concurrent creator wins and nothing is raised."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(
        insert(CaseCounter)
        .values(case_prefix=prefix, fiscal_year=fiscal_year, last_number=0)
        .on_conflict_do_nothing()
    )


def take_case_number(session: Session, prefix: str, fiscal_year: int) -> int:
    """The next number of an office's fiscal year, in the caller's transaction.

    ``UPDATE … SET last_number = last_number + 1 RETURNING`` locks the counter row until the
    transaction ends (PostgreSQL row lock; SQLite's single writer), so two clerks saving at
    once get different numbers, and a rolled-back intake gives its number back.
    """
    _insert_counter(session, prefix, fiscal_year)
    table = CaseCounter.__table__
    stmt = (
        update(table)
        .where(table.c.case_prefix == prefix, table.c.fiscal_year == fiscal_year)
        .values(last_number=table.c.last_number + 1)
        .returning(table.c.last_number)
    )
    return int(session.execute(stmt).scalar_one())


def reserve_case_numbers(session: Session, prefix: str, fiscal_year: int, n: int) -> int:
    """Take ``n`` consecutive numbers at once (bulk-loaded demo and benchmark cases); returns
    the first. Same lock as ``take_case_number``, so it never overlaps a clerk's intake."""
    _insert_counter(session, prefix, fiscal_year)
    table = CaseCounter.__table__
    stmt = (
        update(table)
        .where(table.c.case_prefix == prefix, table.c.fiscal_year == fiscal_year)
        .values(last_number=table.c.last_number + n)
        .returning(table.c.last_number)
    )
    return int(session.execute(stmt).scalar_one()) - n + 1


def keep_case_number(session: Session, prefix: str, fiscal_year: int, number: int) -> None:
    """A case keeps the number a sheet gives it (an import): the counter moves up to it, so
    the numbers intake takes next come after it. Same lock as ``take_case_number``."""
    _insert_counter(session, prefix, fiscal_year)
    table = CaseCounter.__table__
    stmt = (
        update(table)
        .where(
            table.c.case_prefix == prefix,
            table.c.fiscal_year == fiscal_year,
            table.c.last_number < number,
        )
        .values(last_number=number)
    )
    session.execute(stmt)


# -- service levels ------------------------------------------------------------------------
def service_levels(session: Session) -> list[tuple[str, str, int]]:
    stmt = select(ServiceLevel.step, ServiceLevel.need, ServiceLevel.days)
    return [(s, n, d) for s, n, d in session.execute(stmt).all()]


def service_level(session: Session, step: str, need: str) -> ServiceLevel | None:
    return session.get(ServiceLevel, (step, need))


# -- who works cases -----------------------------------------------------------------------
def users_with_any_role(session: Session, roles: Iterable[str]) -> list[User]:
    """Active users holding at least one of ``roles``, by name (the assign dialogs' choices)."""
    holders = select(UserRole.user_id).where(UserRole.role.in_(list(roles)))
    stmt = select(User).where(User.id.in_(holders), User.active.is_(True)).order_by(User.full_name)
    return list(session.scalars(stmt).all())
