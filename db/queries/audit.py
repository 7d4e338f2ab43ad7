"""Reading the audit trail."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
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


def recent(session: Session, limit: int = 200, action: str | None = None) -> Sequence[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    return session.scalars(stmt).all()
