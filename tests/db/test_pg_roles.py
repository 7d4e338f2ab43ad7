"""Least privilege on PostgreSQL: the application role writes data, only appends to the audit
trail, and changes no schema; the owner migrates; the shipped SQL is the generator's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db import migrate
from db.pg_roles import (
    BadRoleName,
    ExtensionMissing,
    require_extension,
    roles_script,
    roles_sql,
    secure_audit_table,
)
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("TEST_DATABASE_URL", "")
PG_OWNER_URL = os.environ.get("TEST_DATABASE_OWNER_URL", "") or PG_URL
INSUFFICIENT_PRIVILEGE = "42501"

needs_roles = pytest.mark.skipif(
    not PG_URL or PG_OWNER_URL == PG_URL,
    reason="needs TEST_DATABASE_URL (application role) and TEST_DATABASE_OWNER_URL (see .ci/run)",
)


def refused(conn, sql: str) -> str | None:
    """The SQLSTATE a statement is refused with (inside a savepoint), or None if it ran."""
    try:
        with conn.begin_nested():
            conn.execute(text(sql))
    except DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", "?")
    return None


def test_the_shipped_sql_file_is_what_db_roles_prints():
    shipped = (ROOT / "docs" / "postgresql-roles.sql").read_text(encoding="utf-8")
    assert shipped == roles_script(roles_sql("labour_desk_owner", "labour_desk_app", "labour_desk"))


@pytest.fixture(autouse=True)
def private_logs(tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("LABOUR_DESK_DATABASE_URL", raising=False)


def test_db_roles_prints_the_script_for_the_names_given(capsys):
    assert main(["db", "roles", "--owner", "desk_owner", "--app", "desk_app"]) == 0
    out = capsys.readouterr().out
    assert "ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public" in out
    assert "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.audit_event" in out
    assert "GRANT CONNECT ON DATABASE labour_desk TO desk_app" in out


@pytest.mark.parametrize("owner", ["Owner", "o; DROP TABLE person", "", "ผู้ดูแล"])
def test_db_roles_refuses_a_name_that_would_need_quoting_in_one_thai_line(owner, capsys):
    assert main(["db", "roles", "--owner", owner, "--app", "desk_app"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ใช้ไม่ได้" in err


def test_owner_and_application_must_differ():
    with pytest.raises(BadRoleName):
        roles_sql("same", "same", "labour_desk")


def test_an_extension_error_is_said_as_it_is_not_as_a_failed_upgrade(tmp_path, monkeypatch):
    """The DBA's one-time CREATE EXTENSION must reach the user, not 'the upgrade failed'."""
    from alembic import command

    from db.engine import Database

    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    said = "ให้เจ้าของฐานข้อมูลหรือผู้ดูแลเซิร์ฟเวอร์ (DBA) รันคำสั่ง CREATE EXTENSION pg_trgm;"

    def no_extension(*_a, **_k):
        raise ExtensionMissing(said)

    monkeypatch.setattr(command, "upgrade", no_extension)
    try:
        with pytest.raises(ExtensionMissing, match="CREATE EXTENSION pg_trgm"):
            migrate.upgrade_to_head(db.url, db.engine)
    finally:
        db.dispose()


@pytest.fixture
def app_conn(request):
    if not PG_URL:
        pytest.skip("PostgreSQL only (TEST_DATABASE_URL)")
    pg_migrated = request.getfixturevalue("pg_migrated")
    with pg_migrated.engine.connect() as conn:
        yield conn
        conn.rollback()


@pytest.fixture
def owner_conn(request):
    if not PG_URL:
        pytest.skip("PostgreSQL only (TEST_DATABASE_URL)")
    request.getfixturevalue("pg_migrated")
    pg_owner = request.getfixturevalue("pg_owner")
    with pg_owner.engine.connect() as conn:
        yield conn
        conn.rollback()


def test_a_missing_extension_the_role_cannot_make_names_the_dbas_command(owner_conn):
    with pytest.raises(ExtensionMissing) as caught:
        require_extension(owner_conn, "labour_desk_no_such_extension")
    said = str(caught.value)
    assert "CREATE EXTENSION labour_desk_no_such_extension" in said and "\n" not in said
    owner_conn.execute(text("SELECT 1"))  # the savepoint kept the transaction usable


def test_an_installed_extension_needs_no_privilege(app_conn):
    require_extension(app_conn, "pg_trgm")  # the DBA made it: even the application role passes


@needs_roles
def test_the_application_role_only_appends_to_the_audit_trail(app_conn):
    app_conn.execute(
        text(
            "INSERT INTO audit_event (at, username, action, entity, details) "
            "VALUES (now(), 'probe', 'probe', 'x', '{}')"
        )
    )
    assert (
        app_conn.execute(text("SELECT count(*) FROM audit_event WHERE action = 'probe'")).scalar()
        == 1
    )
    for sql in (
        "TRUNCATE audit_event",
        "UPDATE audit_event SET action = 'wiped'",
        "DELETE FROM audit_event",
    ):
        assert refused(app_conn, sql) == INSUFFICIENT_PRIVILEGE, sql
    assert (
        app_conn.execute(text("SELECT count(*) FROM audit_event WHERE action = 'probe'")).scalar()
        == 1
    )


@needs_roles
def test_the_application_role_changes_no_schema_and_cannot_disable_the_trigger(app_conn):
    assert not app_conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    for sql in (
        "CREATE TABLE sneaky (id int)",
        "CREATE TEMPORARY TABLE sneaky (id int)",
        "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
        "DROP TABLE audit_event",
        "CREATE SCHEMA sneaky",
        "UPDATE alembic_version SET version_num = 'x'",
    ):
        assert refused(app_conn, sql) == INSUFFICIENT_PRIVILEGE, sql


@needs_roles
def test_the_application_role_reads_and_writes_the_data_tables(app_conn):
    app = make_url(PG_URL).username
    rows = app_conn.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' "
            "AND c.relname NOT IN ('audit_event', 'alembic_version') "
            "AND NOT has_table_privilege(:app, c.oid, 'SELECT,INSERT,UPDATE,DELETE')"
        ),
        {"app": app},
    ).all()
    assert rows == []


@needs_roles
def test_a_table_of_a_later_migration_gets_the_grants_and_the_audit_fix_holds(owner_conn):
    app = make_url(PG_URL).username
    owner_conn.execute(text("CREATE TABLE later_migration (id serial PRIMARY KEY)"))
    assert owner_conn.execute(
        text("SELECT has_table_privilege(:a, 'later_migration', 'INSERT,UPDATE,DELETE')"),
        {"a": app},
    ).scalar()
    owner_conn.execute(text(f"GRANT UPDATE, DELETE, TRUNCATE ON audit_event TO {app}"))
    secure_audit_table(owner_conn)
    assert not owner_conn.execute(
        text(
            "SELECT has_table_privilege(:a, 'audit_event', 'UPDATE') "
            "OR has_table_privilege(:a, 'audit_event', 'DELETE') "
            "OR has_table_privilege(:a, 'audit_event', 'TRUNCATE')"
        ),
        {"a": app},
    ).scalar()
    assert owner_conn.execute(
        text("SELECT has_table_privilege(:a, 'audit_event', 'INSERT,SELECT')"), {"a": app}
    ).scalar()


@needs_roles
def test_an_upgrade_as_the_application_role_says_the_owner_must_run_it(app_conn):
    try:
        app_conn.execute(text("CREATE TABLE sneaky (id int)"))
    except DBAPIError as exc:
        said = migrate._upgrade_failed_message(None, exc)
    assert "db upgrade" in said and "ไม่มีสิทธิ์" in said


@needs_roles
def test_the_application_role_bumps_the_change_counters(app_conn):
    from sqlalchemy.orm import Session

    from db.change_tracking import bump, counters

    with Session(bind=app_conn) as s:
        before = counters(s)
        bump(s, ["person", "case"])
        after = counters(s)
    assert after["person"] == before["person"] + 1 and after["case"] == before["case"] + 1
