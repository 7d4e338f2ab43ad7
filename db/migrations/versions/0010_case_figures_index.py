"""the figures index: the reports' and the dashboard's GROUP BYs read a year of cases from it

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = [
    "received_on",
    "needs_mask",
    "status",
    "district_code",
    "agency",
    "outcome_on",
    "referred_on",
    "closed_on",
    "subdistrict_code",
    "channel",
    "outcome",
]


def upgrade() -> None:
    op.create_index("ix_case_figures", "referral_case", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_case_figures", table_name="referral_case")
