"""Everything about one person, read in a fixed number of queries whatever they hold (the
export of a data subject's data, PDPA s.30/s.31): their visits with topics and follow-ups,
evaluations with scores and templates, the cases they reported or that are about them with
needs and timelines, and the audit rows of who looked at them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    ApprovalRequest,
    AuditEvent,
    Case,
    Evaluation,
    EvaluationTemplate,
    Person,
    User,
    Visit,
)


def visits(session: Session, person_id: int) -> Sequence[Visit]:
    """Oldest first, with their topic links and follow-ups (two more queries in all)."""
    return session.scalars(
        select(Visit)
        .where(Visit.person_id == person_id)
        .options(selectinload(Visit.topics), selectinload(Visit.follow_ups))
        .order_by(Visit.visited_on, Visit.id)
    ).all()


def evaluations(session: Session, person_id: int) -> Sequence[Evaluation]:
    """Oldest fiscal year first, with their scores."""
    return session.scalars(
        select(Evaluation)
        .where(Evaluation.person_id == person_id)
        .options(selectinload(Evaluation.scores))
        .order_by(Evaluation.fiscal_year, Evaluation.id)
    ).all()


def templates(session: Session, template_ids: Iterable[int]) -> dict[int, EvaluationTemplate]:
    """The templates those evaluations were scored on, with criteria and grade bands."""
    ids = set(template_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(EvaluationTemplate)
        .where(EvaluationTemplate.id.in_(ids))
        .options(selectinload(EvaluationTemplate.criteria), selectinload(EvaluationTemplate.bands))
    ).all()
    return {t.id: t for t in rows}


def cases(session: Session, person_id: int, national_id: str) -> Sequence[Case]:
    """Cases the person reported, and cases about them (their national ID on the case),
    oldest first, with needs and timelines."""
    about = [Case.reporter_id == person_id]
    if national_id:
        about.append(Case.person_national_id == national_id)
    return session.scalars(
        select(Case)
        .where(or_(*about))
        .options(selectinload(Case.needs), selectinload(Case.events))
        .order_by(Case.received_on, Case.id)
    ).all()


def people(session: Session, person_ids: Iterable[int]) -> dict[int, Person]:
    """The reporters of those cases (a name on a case about the person)."""
    ids = set(person_ids)
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def pending_approvals(session: Session, case_ids: Iterable[int]) -> dict[int, ApprovalRequest]:
    """The open approval request of each case that has one (the newest)."""
    ids = set(case_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(ApprovalRequest)
        .where(ApprovalRequest.case_id.in_(ids), ApprovalRequest.approved.is_(None))
        .order_by(ApprovalRequest.id)
    ).all()
    return {a.case_id: a for a in rows}  # by id: the newest wins


def access_events(
    session: Session,
    person_id: int,
    case_ids: Sequence[int],
    case_actions: Sequence[str],
    records: Sequence[tuple[str, Sequence[int]]] = (),
) -> Sequence[Row[Any]]:
    """(audit row, the user's full name or None), oldest first: every row about the person's
    record and about the ``records`` (entity, ids) of theirs, e.g. their visits, and the rows
    of ``case_actions`` (views, prints) on the cases in ``case_ids``."""
    about = [and_(AuditEvent.entity == "person", AuditEvent.entity_id == person_id)]
    about += [
        and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(list(ids)))
        for entity, ids in records
        if ids
    ]
    if case_ids:
        about.append(
            and_(
                AuditEvent.entity == "case",
                AuditEvent.entity_id.in_(list(case_ids)),
                AuditEvent.action.in_(list(case_actions)),
            )
        )
    return session.execute(
        select(AuditEvent, User.full_name)
        .outerjoin(User, User.id == AuditEvent.user_id)
        .where(or_(*about))
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
