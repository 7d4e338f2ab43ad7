"""the audit page: each row's kind (category), and indexes for newest-first within one kind,
one user or one record

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:10:00
"""

from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The kinds as they were when this migration was written (a migration does not follow the code).
CATEGORIES: dict[str, list[str]] = {
    "view": ["view"],
    "create": ["create"],
    "update": ["update", "note", "assign", "assign_mentor", "unassign_mentor", "consent"],
    "status": ["approval_request", "approve", "deny", "status", "transition"],
    "print": ["print"],
    "export": ["export"],
    "import": ["import"],
    "sign_in": ["login", "logout", "unlock_screen"],
    "sign_in_failed": ["login_failed", "lock"],
    "settings": [
        "setup",
        "settings",
        "connection_settings",
        "change_password",
        "reset_password",
        "unlock",
        "enable",
        "disable",
        "backup",
        "restore",
        "move_to_server",
    ],
    "erase": ["anonymise"],
}


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("category", sa.String(length=16), server_default="other", nullable=False)
        )
    audit = sa.table("audit_event", sa.column("action"), sa.column("category"))
    with _append_only_lifted():
        for category, actions in CATEGORIES.items():
            op.execute(audit.update().where(audit.c.action.in_(actions)).values(category=category))
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id", "at"])
    op.create_index("ix_audit_event_category_at", "audit_event", ["category", "at"])
    op.create_index("ix_audit_event_username_at", "audit_event", ["username", "at"])


@contextmanager
def _append_only_lifted():
    """The trail is append-only (0001's triggers); filling in a new column of its own rows is
    the one write the migration makes, with the guard back on before it commits."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    yield
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
        )
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")


def downgrade() -> None:
    op.drop_index("ix_audit_event_username_at", table_name="audit_event")
    op.drop_index("ix_audit_event_category_at", table_name="audit_event")
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("category")
