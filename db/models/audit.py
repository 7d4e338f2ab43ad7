"""The append-only audit trail: who did what to which record, and when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        # The audit page shows the newest first within one record, one kind or one user.
        Index("ix_audit_event_entity", "entity", "entity_id", "at"),
        Index("ix_audit_event_category_at", "category", "at"),
        Index("ix_audit_event_username_at", "username", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    # desktop.domain.audit_actions.AuditCategory of ``action``, for the audit page's filter.
    category: Mapped[str] = mapped_column(String(16), default="other", server_default="other")
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column()
    # JSON text: changed fields (old -> new) or what was printed; never national IDs in clear.
    details: Mapped[str] = mapped_column(Text, default="{}")
