"""erasure and retention (PDPA): when a person was anonymised, the office's retention period,
and on PostgreSQL the one way an erasure may rewrite the details of audit rows

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 10:00:00

The audit trail stays append-only: nobody may delete a row or change who did what, when, to
which record. An erasure must still take the person's old values out of the rows' details
(PDPA s.33). On SQLite the erasure lifts the trigger inside its own transaction
(``db.queries.erasure``); on PostgreSQL the application role has no UPDATE right on
``audit_event`` at all, so the owner's ``audit_event_redact`` (SECURITY DEFINER) does it: it
changes ``details`` only, keeps its top-level keys, and the trigger lets exactly that through.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The trigger function of 0001, with one exception: an UPDATE made by audit_event_redact.
_GUARD = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('labour_desk.redacting', true) = 'on'
     AND (to_jsonb(NEW) - 'details') = (to_jsonb(OLD) - 'details') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only';
END $$
"""

_REDACT = """
CREATE OR REPLACE FUNCTION audit_event_redact(event_id integer, redacted text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  old_details text;
BEGIN
  SELECT details INTO old_details FROM public.audit_event WHERE id = event_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(old_details::jsonb) AS k)
     IS DISTINCT FROM
     (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(redacted::jsonb) AS k) THEN
    RAISE EXCEPTION 'a redaction keeps the audit row''s fields';
  END IF;
  PERFORM set_config('labour_desk.redacting', 'on', true);
  UPDATE public.audit_event SET details = redacted WHERE id = event_id;
  PERFORM set_config('labour_desk.redacting', 'off', true);
END $$
"""

_GUARD_0001 = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", db.types.UTCDateTime(), nullable=True))
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retention_years", sa.Integer(), server_default="10", nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_GUARD)
        op.execute(_REDACT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_event_redact(integer, text)")
        op.execute(_GUARD_0001)
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_column("retention_years")
    # Not in batch mode: SQLite's batch copies the table, and the copy has none of the
    # person_fts triggers of 0001; its own ALTER TABLE DROP COLUMN (3.35+) keeps them.
    op.drop_column("person", "anonymised_at")
