"""Visits, their follow-ups and the visit checklist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from db.models import FollowUp, Person, Visit, VisitTopic


def topics(session: Session, *, active_only: bool) -> Sequence[VisitTopic]:
    stmt = select(VisitTopic).order_by(VisitTopic.position, VisitTopic.id)
    if active_only:
        stmt = stmt.where(VisitTopic.active)
    return session.scalars(stmt).all()


def any_topic(session: Session) -> bool:
    return session.scalar(select(VisitTopic.id).limit(1)) is not None


def last_topic_position(session: Session) -> int:
    return session.scalar(select(func.max(VisitTopic.position))) or 0


def topic_texts(session: Session, topic_ids: Iterable[int]) -> dict[int, str]:
    ids = list(topic_ids)
    if not ids:
        return {}
    return dict(
        session.execute(select(VisitTopic.id, VisitTopic.text).where(VisitTopic.id.in_(ids))).all()
    )


def for_person(session: Session, person_id: int) -> Sequence[Visit]:
    """Newest first."""
    return session.scalars(
        select(Visit)
        .where(Visit.person_id == person_id)
        .order_by(Visit.visited_on.desc(), Visit.id.desc())
    ).all()


def count_between(session: Session, person_id: int, first: dt.date, last: dt.date) -> int:
    return (
        session.scalar(
            select(func.count(Visit.id)).where(
                Visit.person_id == person_id, Visit.visited_on.between(first, last)
            )
        )
        or 0
    )


def open_follow_ups(
    session: Session, *, mentor_id: int | None = None, due_by: dt.date | None = None
) -> Sequence[Row[Any]]:
    """(follow-up, person) not yet done, soonest due first (undated last)."""
    stmt = (
        select(FollowUp, Person)
        .join(Visit, Visit.id == FollowUp.visit_id)
        .join(Person, Person.id == Visit.person_id)
        .where(FollowUp.done_on.is_(None))
        .order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id)
    )
    if mentor_id is not None:
        stmt = stmt.where(Visit.mentor_id == mentor_id)
    if due_by is not None:
        stmt = stmt.where(FollowUp.due_on <= due_by)
    return session.execute(stmt).all()
