"""The figures of the network and mentoring reports, each counted by the database (GROUP BY),
the same SQL on SQLite and PostgreSQL: no engine's own date arithmetic — dates to compare
against (age band boundaries, the visit rule's cutoff) are computed by the caller.

Counts are grouped in an outer query over a subquery that names the grouped value, so
PostgreSQL never has to match a CASE expression with bound parameters in GROUP BY."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, and_, case, exists, extract, func, literal, or_, select, union
from sqlalchemy.orm import Session

from db.models import Evaluation, MentorAssignment, Person, PersonArea, StatusHistory, User, Visit

VOLUNTEER_KINDS = ("domestic_volunteer", "overseas_volunteer")


def _in_district(stmt, district_code: str | None):
    return stmt.where(Person.district_code == district_code) if district_code else stmt


def _grouped(session: Session, value, *where, district_code: str | None) -> dict[str, int]:
    """{value: number of people} over the people matching ``where``."""
    inner = _in_district(select(value.label("v")).where(*where), district_code).subquery()
    rows = session.execute(select(inner.c.v, func.count()).group_by(inner.c.v)).all()
    return {(v or ""): n for v, n in rows}


def people_by(
    session: Session, column: str, *, status: str | None, district_code: str | None
) -> dict[str, int]:
    """{kind | status | district_code | gender ('' for none): people}, of ``status`` (None:
    every status)."""
    where = [Person.status == status] if status else []
    return _grouped(session, getattr(Person, column), *where, district_code=district_code)


def people_by_age_band(
    session: Session,
    boundaries: Sequence[tuple[str, dt.date | None]],
    unknown: str,
    *,
    status: str,
    district_code: str | None,
) -> dict[str, int]:
    """{band label: people}. ``boundaries`` lists the bands youngest first, each with the
    date its members are born after (the last birth date of someone old enough for the next
    band); a person falls in the first band whose date their birth date is after, the oldest
    band (None) takes the rest, and ``unknown`` those without a birth date."""
    whens = [(Person.birth_date.is_(None), literal(unknown))]
    last = unknown
    for label, born_after in boundaries:
        if born_after is None:
            last = label
            break
        whens.append((Person.birth_date > born_after, literal(label)))
    band = case(*whens, else_=literal(last))
    return _grouped(session, band, Person.status == status, district_code=district_code)


def appointed_between(
    session: Session, first: dt.date, last: dt.date, *, district_code: str | None
) -> int:
    """People whose appointment date (or a graduate's contract start) falls in the range."""
    began = func.coalesce(Person.appointed_on, Person.contract_start)
    stmt = select(func.count(Person.id)).where(began.between(first, last))
    return session.scalar(_in_district(stmt, district_code)) or 0


def status_changes_between(
    session: Session, status: str, first: dt.date, last: dt.date, *, district_code: str | None
) -> int:
    """People who moved to ``status`` (by the status history) with effect within the range."""
    stmt = (
        select(func.count(func.distinct(StatusHistory.person_id)))
        .join(Person, Person.id == StatusHistory.person_id)
        .where(StatusHistory.status == status, StatusHistory.effective_on.between(first, last))
    )
    return session.scalar(_in_district(stmt, district_code)) or 0


def terms_ending(
    session: Session, first: dt.date, last: dt.date, *, status: str, district_code: str | None
) -> Sequence[Row[Any]]:
    """(id, title, first_name, last_name, kind, district_code, ends_on) of the people in
    ``status`` whose term (a graduate's contract) ends within the range, soonest first."""
    ends = func.coalesce(Person.term_end, Person.contract_end)
    stmt = (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.kind,
            Person.district_code,
            ends.label("ends_on"),
        )
        .where(Person.status == status, ends.between(first, last))
        .order_by(ends, Person.name_sort_key, Person.id)
    )
    return session.execute(_in_district(stmt, district_code)).all()


def active_volunteers_by_subdistrict(
    session: Session, *, status: str, district_code: str | None
) -> dict[str, int]:
    """{subdistrict code: volunteers in ``status`` answering for it}. A volunteer answers for
    the subdistricts listed as their areas; one with none listed, for where they live."""
    has_areas = exists().where(PersonArea.person_id == Person.id)
    answers_for = union(
        select(PersonArea.person_id, PersonArea.subdistrict_code),
        select(Person.id.label("person_id"), Person.subdistrict_code).where(
            ~has_areas, Person.subdistrict_code != ""
        ),
    ).subquery()
    stmt = (
        select(answers_for.c.subdistrict_code, func.count(func.distinct(Person.id)))
        .join(Person, Person.id == answers_for.c.person_id)
        .where(Person.status == status, Person.kind.in_(VOLUNTEER_KINDS))
        .group_by(answers_for.c.subdistrict_code)
    )
    if district_code:
        # The subdistrict's own district (its code's first four digits), not the volunteer's.
        stmt = stmt.where(answers_for.c.subdistrict_code.startswith(district_code))
    return dict(session.execute(stmt).all())


def visits_by_mentor_month(
    session: Session, first: dt.date, last: dt.date, *, district_code: str | None
) -> Sequence[Row[Any]]:
    """(mentor id, mentor name, year, month, visits) within the range, by the visited
    person's district when given."""
    year = extract("year", Visit.visited_on)
    month = extract("month", Visit.visited_on)
    inner = _in_district(
        select(Visit.mentor_id, year.label("y"), month.label("m"))
        .join(Person, Person.id == Visit.person_id)
        .where(Visit.visited_on.between(first, last)),
        district_code,
    ).subquery()
    return session.execute(
        select(inner.c.mentor_id, User.full_name, inner.c.y, inner.c.m, func.count())
        .join(User, User.id == inner.c.mentor_id)
        .group_by(inner.c.mentor_id, User.full_name, inner.c.y, inner.c.m)
        .order_by(User.full_name, inner.c.mentor_id, inner.c.y, inner.c.m)
    ).all()


def due_for_visit_by_mentor(
    session: Session, cutoff: dt.date, today: dt.date, *, status: str, district_code: str | None
) -> Sequence[Row[Any]]:
    """(current mentor id or None, mentor name or None, people) of the people in ``status``
    due a visit: last visited on or before ``cutoff``, or never visited once their mentoring
    began (``since`` on or before ``today``; always, without a mentor) — the workspace's rule
    (``desktop.domain.mentoring.visits.is_due_for_visit``) with ``last_visit_cutoff``."""
    last_visit = (
        select(Visit.person_id, func.max(Visit.visited_on).label("last"))
        .group_by(Visit.person_id)
        .subquery()
    )
    due = or_(
        last_visit.c.last <= cutoff,
        and_(
            last_visit.c.last.is_(None),
            or_(MentorAssignment.from_date.is_(None), MentorAssignment.from_date <= today),
        ),
    )
    inner = _in_district(
        select(MentorAssignment.mentor_id.label("mentor_id"))
        .select_from(Person)
        .outerjoin(
            MentorAssignment,
            and_(MentorAssignment.person_id == Person.id, MentorAssignment.to_date.is_(None)),
        )
        .outerjoin(last_visit, last_visit.c.person_id == Person.id)
        .where(Person.status == status, due),
        district_code,
    ).subquery()
    return session.execute(
        select(inner.c.mentor_id, User.full_name, func.count())
        .outerjoin(User, User.id == inner.c.mentor_id)
        .group_by(inner.c.mentor_id, User.full_name)
        .order_by(User.full_name, inner.c.mentor_id)
    ).all()


def evaluation_progress_by_district(
    session: Session, fiscal_year: int, *, status: str, district_code: str | None
) -> Sequence[Row[Any]]:
    """(district code, people in ``status``, of them evaluated in ``fiscal_year``)."""
    evaluated = exists().where(
        Evaluation.person_id == Person.id, Evaluation.fiscal_year == fiscal_year
    )
    inner = _in_district(
        select(
            Person.district_code.label("d"),
            case((evaluated, 1), else_=0).label("done"),
        ).where(Person.status == status),
        district_code,
    ).subquery()
    return session.execute(
        select(inner.c.d, func.count(), func.sum(inner.c.done))
        .group_by(inner.c.d)
        .order_by(inner.c.d)
    ).all()


def visits_between(
    session: Session, first: dt.date, last: dt.date, *, district_code: str | None
) -> int:
    """Visits made within the range, by the visited person's district when given."""
    stmt = (
        select(func.count(Visit.id))
        .join(Person, Person.id == Visit.person_id)
        .where(Visit.visited_on.between(first, last))
    )
    return session.scalar(_in_district(stmt, district_code)) or 0


def evaluations_between(
    session: Session, first: dt.date, last: dt.date, *, district_code: str | None
) -> int:
    """Evaluations done (by their evaluation date) within the range."""
    stmt = (
        select(func.count(Evaluation.id))
        .join(Person, Person.id == Evaluation.person_id)
        .where(Evaluation.evaluated_on.between(first, last))
    )
    return session.scalar(_in_district(stmt, district_code)) or 0
