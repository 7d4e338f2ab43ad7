"""the audit page's indexes: newest first within one action, one user or one record

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_event_action_at", "audit_event", ["action", "at"])
    op.create_index("ix_audit_event_user_at", "audit_event", ["user_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_user_at", table_name="audit_event")
    op.drop_index("ix_audit_event_action_at", table_name="audit_event")
