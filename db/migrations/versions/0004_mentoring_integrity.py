"""mentoring integrity: one current mentor per person, who keyed in an evaluation, when a
template version was made

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CURRENT = sa.text("to_date IS NULL")


def upgrade() -> None:
    # Two clerks assigning at once could leave a person with two open assignments; keep the
    # newest open and close the others on their own start day before the index forbids it.
    op.execute(
        "UPDATE mentor_assignment SET to_date = from_date WHERE to_date IS NULL AND id NOT IN "
        "(SELECT MAX(id) FROM mentor_assignment WHERE to_date IS NULL GROUP BY person_id)"
    )
    with op.batch_alter_table("mentor_assignment", schema=None) as batch_op:
        batch_op.create_index(
            "uq_mentor_assignment_one_current",
            ["person_id"],
            unique=True,
            sqlite_where=_CURRENT,
            postgresql_where=_CURRENT,
        )

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entered_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluation_entered_by_id_app_user"),
            "app_user",
            ["entered_by_id"],
            ["id"],
        )

    # Existing template versions get the upgrade's time (naive UTC, as UTCDateTime stores it).
    with op.batch_alter_table("evaluation_template", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_at", db.types.UTCDateTime(), nullable=True))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.get_bind().execute(sa.text("UPDATE evaluation_template SET created_at = :now"), {"now": now})
    with op.batch_alter_table("evaluation_template", schema=None) as batch_op:
        batch_op.alter_column("created_at", existing_type=db.types.UTCDateTime(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("evaluation_template", schema=None) as batch_op:
        batch_op.drop_column("created_at")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_evaluation_entered_by_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_column("entered_by_id")
    with op.batch_alter_table("mentor_assignment", schema=None) as batch_op:
        batch_op.drop_index("uq_mentor_assignment_one_current")
