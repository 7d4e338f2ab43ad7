"""Migration 0012 down and up again: the person table keeps the search triggers of 0001 (a
batch-mode copy of the table would lose them), and on PostgreSQL the erasure's way past the
append-only guard goes with the downgrade and comes back with the upgrade."""

from __future__ import annotations

import pytest
from alembic import command
from pg_scratch import needs_pg, scratch_database
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import alembic_config


def _triggers(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        return set(conn.execute(text(sql)).scalars())


def _redact_function(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT count(*) FROM pg_proc WHERE proname = 'audit_event_redact'")
            ).scalar()
        )


def _down_and_up(db: Database) -> None:
    cfg = alembic_config(db.engine)
    command.upgrade(cfg, "head")
    triggers = _triggers(db)
    command.downgrade(cfg, "0011")
    assert "anonymised_at" not in {c["name"] for c in inspect(db.engine).get_columns("person")}
    assert "retention_years" not in {c["name"] for c in inspect(db.engine).get_columns("office")}
    assert _triggers(db) == triggers
    if db.dialect == "postgresql":
        assert not _redact_function(db)
    command.upgrade(cfg, "head")
    assert _triggers(db) == triggers
    if db.dialect == "postgresql":
        assert _redact_function(db)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_event (at, username, action, category, entity, details) VALUES ('2026-01-01 00:00:00', 'x', 'login', 'sign_in', 'user', '{}')"
            )
        )
        conn.execute(text("UPDATE audit_event SET details = '{}'"))


def test_sqlite_down_and_up(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        _down_and_up(db)
        assert {"person_fts_ai", "person_fts_ad", "person_fts_au"} <= _triggers(db)
    finally:
        db.dispose()


@needs_pg
def test_postgresql_down_and_up():
    with scratch_database("erasure") as url:
        db = Database.open(url)
        try:
            _down_and_up(db)
        finally:
            db.dispose()
