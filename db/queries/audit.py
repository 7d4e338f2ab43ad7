"""Reading the audit trail."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, bindparam, false, func, or_, select
from sqlalchemy.orm import Session

from db.models import AuditEvent


def for_entity(session: Session, entity: str, entity_id: int) -> Sequence[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return session.scalars(stmt).all()


def viewed_since(session: Session, user_id: int | None, entity: str, entity_id: int, since) -> bool:
    """Whether this user's opening of the record is already in the trail since ``since``."""
    stmt = select(AuditEvent.id).where(
        AuditEvent.action == "view",
        AuditEvent.entity == entity,
        AuditEvent.entity_id == entity_id,
        AuditEvent.user_id == user_id,
        AuditEvent.at >= since,
    )
    return session.scalar(stmt.limit(1)) is not None


def edits_of(
    session: Session, entity: str, entity_id: int, actions: Sequence[str]
) -> Sequence[AuditEvent]:
    """The rows of these ``actions`` about one record, oldest first (a record's field history)."""
    stmt = (
        select(AuditEvent)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.entity_id == entity_id,
            AuditEvent.action.in_(actions),
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return session.scalars(stmt).all()


def recent(session: Session, limit: int = 200, action: str | None = None) -> Sequence[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    return session.scalars(stmt).all()


def _conditions(
    *,
    categories: Sequence[str] = (),
    username: str | None = None,
    subjects: Sequence[tuple[str, Sequence[int]]] = (),
    since=None,
    before=None,
) -> list:
    where = []
    # Kinds and users are skewed (a million views, a few hundred settings): their values go
    # into the SQL text, so PostgreSQL's prepared statements never settle on one plan for all.
    if categories:
        where.append(
            AuditEvent.category.in_(bindparam("categories", list(categories), literal_execute=True))
        )
    if username is not None:
        where.append(AuditEvent.username == bindparam("username", username, literal_execute=True))
    if subjects:
        where.append(
            or_(
                *(
                    and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
                    for entity, ids in subjects
                    if ids
                ),
                false(),
            )
        )
    if since is not None:
        where.append(AuditEvent.at >= since)
    if before is not None:
        where.append(AuditEvent.at < before)
    return where


def page(
    session: Session,
    *,
    order: str = "at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
    **filters,
) -> Sequence[AuditEvent]:
    """One page of the trail; ``order`` is at, username or category (then newest/oldest),
    each read from its own index (see the model) so the page costs the same at 1M rows."""
    keys = {"at": [], "username": [AuditEvent.username], "category": [AuditEvent.category]}[order]
    keys = [*keys, AuditEvent.at, AuditEvent.id]
    stmt = (
        select(AuditEvent)
        .where(*_conditions(**filters))
        .order_by(*(k.desc() if descending else k.asc() for k in keys))
        .offset(offset)
        .limit(limit)
    )
    return session.scalars(stmt).all()


def count_upto(session: Session, cap: int, **filters) -> int:
    """How many rows match, but stop counting past ``cap``."""
    inner = select(AuditEvent.id).where(*_conditions(**filters)).limit(cap + 1).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def by_id(session: Session, event_id: int) -> AuditEvent | None:
    return session.get(AuditEvent, event_id)


def subjects_of_person(
    session: Session, person_id: int, national_id: str
) -> list[tuple[str, list[int]]]:
    """The records about one person whose audit rows are theirs too: the record itself, the
    cases they reported or that are about them, their visits, evaluations and awards."""
    from db.models import Award, Case, Evaluation, Visit

    about = [Case.reporter_id == person_id]
    if national_id:
        about.append(Case.person_national_id == national_id)
    cases = session.scalars(select(Case.id).where(or_(*about))).all()
    visits = session.scalars(select(Visit.id).where(Visit.person_id == person_id)).all()
    evaluations = session.scalars(
        select(Evaluation.id).where(Evaluation.person_id == person_id)
    ).all()
    awards = session.scalars(select(Award.id).where(Award.person_id == person_id)).all()
    return [
        ("person", [person_id]),
        ("case", list(cases)),
        ("visit", list(visits)),
        ("evaluation", list(evaluations)),
        ("award", list(awards)),
    ]


def person_names(session: Session, ids: set[int]) -> dict[int, str]:
    from db.models import Person

    if not ids:
        return {}
    rows = session.execute(
        select(Person.id, Person.title, Person.first_name, Person.last_name).where(
            Person.id.in_(ids)
        )
    )
    return {i: f"{t}{f} {last}".strip() for i, t, f, last in rows}


def usernames(session: Session, ids: set[int]) -> dict[int, str]:
    from db.models import User

    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def user_names(session: Session) -> list[tuple[str, str]]:
    """(username, full name) of every account, for the page's user filter."""
    from db.models import User

    return [
        (u, n)
        for u, n in session.execute(select(User.username, User.full_name).order_by(User.username))
    ]
