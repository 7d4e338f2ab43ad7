"""import mapping: the last column mapping the office used for each kind of sheet

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("kind", name=op.f("uq_import_mapping_kind")),
    )


def downgrade() -> None:
    op.drop_table("import_mapping")
