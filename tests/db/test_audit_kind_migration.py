"""Migration 0011 on a trail that already holds rows: each row gets its kind (the audit page
filters by it), past the append-only guard, which is back on afterwards — SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from pg_scratch import needs_pg, scratch_database
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import alembic_config

ROWS = [("login", "sign_in"), ("transition", "status"), ("print", "print"), ("seed", "other")]


def _upgrade_with_rows(db: Database) -> None:
    command.upgrade(alembic_config(db.engine), "0010")
    with db.engine.begin() as conn:
        for i, (action, _kind) in enumerate(ROWS, start=1):
            conn.execute(
                text(
                    "INSERT INTO audit_event (id, at, username, action, entity, details) "
                    "VALUES (:id, '2026-01-01 00:00:00', 'clerk', :action, 'case', '{}')"
                ),
                {"id": i, "action": action},
            )
    command.upgrade(alembic_config(db.engine), "head")
    with db.engine.connect() as conn:
        kinds = conn.execute(text("SELECT action, category FROM audit_event ORDER BY id")).all()
    assert [tuple(r) for r in kinds] == ROWS
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET category = 'view'"))


def test_sqlite_rows_get_their_kind(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        _upgrade_with_rows(db)
    finally:
        db.dispose()


@needs_pg
def test_postgresql_rows_get_their_kind():
    with scratch_database("audit_kind") as url:
        db = Database.open(url)
        try:
            _upgrade_with_rows(db)
        finally:
            db.dispose()
