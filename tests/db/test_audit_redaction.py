"""The audit trail's one exception to append-only (migration 0012): an erasure may give a row
new ``details`` — with the same fields — inside its own transaction; nothing else changes,
and afterwards (or after a rollback) the guard is whole again."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.models import AuditEvent
from db.queries.erasure import rewrite_audit_details


def _row(database) -> int:
    with database.sessions.begin() as s:
        event = AuditEvent(
            username="clerk",
            action="update",
            category="update",
            entity="person",
            entity_id=1,
            details=json.dumps({"changes": {"phone": ["0812345678", "0898765432"]}}),
        )
        s.add(event)
        s.flush()
        return event.id


def _refused(database, sql: str) -> bool:
    try:
        with database.engine.begin() as conn:
            conn.execute(text(sql))
    except DBAPIError:
        return True
    return False


def _touch(s) -> None:
    """An erasure writes its rows before the trail: the transaction is open by then."""
    s.execute(text("UPDATE office SET office_name = office_name"))


def test_details_change_and_the_guard_is_back(database):
    event_id = _row(database)
    redacted = json.dumps({"changes": {"phone": ["ลบแล้ว", "ลบแล้ว"]}}, ensure_ascii=False)
    with database.sessions.begin() as s:
        _touch(s)
        rewrite_audit_details(s, {event_id: redacted})
    with database.sessions() as s:
        assert s.scalar(select(AuditEvent.details).where(AuditEvent.id == event_id)) == redacted
    assert _refused(database, f"UPDATE audit_event SET details = '{{}}' WHERE id = {event_id}")
    assert _refused(database, f"DELETE FROM audit_event WHERE id = {event_id}")


def test_a_rollback_keeps_the_old_details_and_the_guard(database):
    event_id = _row(database)
    with pytest.raises(RuntimeError), database.sessions.begin() as s:
        _touch(s)
        rewrite_audit_details(s, {event_id: json.dumps({"changes": {}})})
        raise RuntimeError("the erasure failed later")
    with database.sessions() as s:
        assert "0812345678" in s.scalar(select(AuditEvent.details).where(AuditEvent.id == event_id))
    assert _refused(database, f"UPDATE audit_event SET details = '{{}}' WHERE id = {event_id}")


def test_outside_a_transaction_sqlite_refuses(database):
    if database.dialect != "sqlite":
        pytest.skip("PostgreSQL's function runs in the caller's transaction anyway")
    event_id = _row(database)
    with pytest.raises(RuntimeError), database.sessions() as s:
        rewrite_audit_details(s, {event_id: "{}"})


def test_postgresql_keeps_who_what_when_and_the_fields(database):
    if database.dialect != "postgresql":
        pytest.skip("the SECURITY DEFINER function is PostgreSQL's")
    event_id = _row(database)
    with pytest.raises(DBAPIError), database.sessions.begin() as s:
        s.execute(text("SELECT audit_event_redact(:i, :d)"), {"i": event_id, "d": '{"other": 1}'})
    # The setting the function uses does not open the trail to anything else.
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.execute(text("SET LOCAL labour_desk.redacting = 'on'"))
        conn.execute(text(f"UPDATE audit_event SET username = 'x' WHERE id = {event_id}"))
