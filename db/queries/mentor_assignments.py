"""Who mentors whom: the open assignment of each person, the history, and the workspace rows
(a person with their current mentor, last visit, open follow-ups and this year's grade)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, and_, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Evaluation, FollowUp, MentorAssignment, Person, User, Visit


def current_for(session: Session, person_ids: Sequence[int]) -> dict[int, MentorAssignment]:
    """The open assignment of each person that has one."""
    rows = session.scalars(
        select(MentorAssignment).where(
            MentorAssignment.person_id.in_(list(person_ids)), MentorAssignment.to_date.is_(None)
        )
    ).all()
    return {r.person_id: r for r in rows}


def mentored_by(session: Session, mentor_id: int) -> set[int]:
    """The ids of the people ``mentor_id`` mentors now (their open assignments)."""
    return set(
        session.scalars(
            select(MentorAssignment.person_id).where(
                MentorAssignment.mentor_id == mentor_id, MentorAssignment.to_date.is_(None)
            )
        )
    )


def existing_person_ids(session: Session, person_ids: Sequence[int]) -> set[int]:
    return set(session.scalars(select(Person.id).where(Person.id.in_(list(person_ids)))))


def history(session: Session, person_id: int) -> Sequence[Row[Any]]:
    """(assignment, mentor's name, assigned by name or None), oldest first."""
    mentor, by = aliased(User), aliased(User)
    return session.execute(
        select(MentorAssignment, mentor.full_name, by.full_name)
        .join(mentor, mentor.id == MentorAssignment.mentor_id)
        .outerjoin(by, by.id == MentorAssignment.assigned_by_id)
        .where(MentorAssignment.person_id == person_id)
        .order_by(MentorAssignment.from_date, MentorAssignment.id)
    ).all()


def current_mentor_names(session: Session, person_ids: Sequence[int]) -> dict[int, str]:
    """{person id: the name of their current mentor} (the latest open assignment)."""
    out: dict[int, str] = {}
    ids = list(dict.fromkeys(person_ids))
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(MentorAssignment.person_id, User.full_name)
            .join(User, User.id == MentorAssignment.mentor_id)
            .where(
                MentorAssignment.person_id.in_(ids[i : i + 500]),
                MentorAssignment.to_date.is_(None),
            )
            .order_by(MentorAssignment.from_date, MentorAssignment.id)
        ).all()
        out.update(rows)  # oldest first: the latest open assignment wins
    return out


def workspace_rows(
    session: Session,
    *,
    fiscal_year: int,
    status: str,
    mentor_id: int | None = None,
    district_code: str = "",
    person_ids: Sequence[int] | None = None,
) -> Sequence[Row[Any]]:
    """One flat row per person in ``status``, in Thai name order: the person's columns a list
    shows (id, title, first_name, last_name, kind, subdistrict_code, country, phone), their open
    assignment (mentor_id, since — None without one), mentor_name, last (visit date),
    follow_ups (open), grade (this fiscal year, or None). Columns, not entities: a clerk's view
    of every mentor's people is thousands of rows."""
    last_visit = (
        select(Visit.person_id, func.max(Visit.visited_on).label("last"))
        .group_by(Visit.person_id)
        .subquery()
    )
    open_follow_ups = (
        select(Visit.person_id, func.count(FollowUp.id).label("n"))
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(FollowUp.done_on.is_(None))
        .group_by(Visit.person_id)
        .subquery()
    )
    mentor = aliased(User)
    stmt = (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.kind,
            Person.subdistrict_code,
            Person.country,
            Person.phone,
            MentorAssignment.mentor_id,
            MentorAssignment.from_date.label("since"),
            mentor.full_name.label("mentor_name"),
            last_visit.c.last,
            open_follow_ups.c.n.label("follow_ups"),
            Evaluation.grade,
        )
        .outerjoin(
            MentorAssignment,
            and_(MentorAssignment.person_id == Person.id, MentorAssignment.to_date.is_(None)),
        )
        .outerjoin(mentor, mentor.id == MentorAssignment.mentor_id)
        .outerjoin(last_visit, last_visit.c.person_id == Person.id)
        .outerjoin(open_follow_ups, open_follow_ups.c.person_id == Person.id)
        .outerjoin(
            Evaluation,
            and_(Evaluation.person_id == Person.id, Evaluation.fiscal_year == fiscal_year),
        )
        .where(Person.status == status)
        .order_by(Person.name_sort_key, Person.id)
    )
    if mentor_id is not None:
        stmt = stmt.where(MentorAssignment.mentor_id == mentor_id)
    if district_code:
        stmt = stmt.where(Person.district_code == district_code)
    if person_ids is not None:
        stmt = stmt.where(Person.id.in_(list(person_ids)))
    return session.execute(stmt).all()


def close(assignment: MentorAssignment, on: dt.date) -> None:
    """End an assignment on ``on`` (never before it began)."""
    assignment.to_date = max(on, assignment.from_date)
