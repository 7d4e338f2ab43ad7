"""Write audit events (append-only) inside the caller's unit of work."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import AuditEvent
from db.queries import audit as audit_queries
from desktop.domain.audit_actions import category_of
from desktop.domain.records import UserInfo


def record(
    session: Session,
    user: UserInfo | None,
    action: str,
    entity: str,
    entity_id: int | None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(AuditEvent(**values(user, action, entity, entity_id, details)))


# Opening the same record again within this long is the same look (PDPA: who looked, when).
VIEW_WINDOW = dt.timedelta(minutes=5)


def record_view(
    session: Session, user: UserInfo | None, entity: str, entity_id: int, now: dt.datetime
) -> bool:
    """Note that ``user`` opened a person's record or a case, unless they already did within
    :data:`VIEW_WINDOW`; returns whether a row was written. Searches are not views."""
    user_id = user.id if user else None
    if audit_queries.viewed_since(session, user_id, entity, entity_id, now - VIEW_WINDOW):
        return False
    session.add(AuditEvent(at=now, **values(user, "view", entity, entity_id)))
    return True


def values(
    user: UserInfo | None,
    action: str,
    entity: str,
    entity_id: int | None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The columns of one audit row (``record`` adds it; a bulk import inserts many)."""
    return dict(
        user_id=user.id if user else None,
        username=user.username if user else "system",
        action=action,
        category=category_of(action).value,
        entity=entity,
        entity_id=entity_id,
        details=json.dumps(details or {}, ensure_ascii=False, default=str, sort_keys=True),
    )


@dataclass(frozen=True)
class AuditEntry:
    at: object
    username: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def entries_for(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    return [
        AuditEntry(e.at, e.username, e.action, e.entity, e.entity_id, json.loads(e.details))
        for e in audit_queries.for_entity(session, entity, entity_id)
    ]
