"""The PC's choice of database: the settings file without a password, the password in the
credential store, the start-up using the saved choice, and "test connection" saying in Thai
what stands in the way — against the CI PostgreSQL where it can be shown for real."""

from __future__ import annotations

import json

import pytest
from pg_scratch import PG_URL, memory_keyring, needs_pg, scratch_database, scratch_role, url_of
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import Database
from db.migrate import head_revision
from db.server_check import Problem, classify
from desktop.bootstrap import open_database
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.paths import DATABASE_ENV
from desktop.services import connection_settings as cs
from desktop.services.connection_settings import (
    SERVER,
    ConnectionChoice,
    ConnectionSettingsService,
    ServerSettings,
    checked_server,
)

__all__ = ["memory_keyring"]  # the fixture, imported for pytest


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("LABOUR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)


def settings_of(url: str, **changes) -> ServerSettings:
    u = make_url(url)
    fields = dict(
        host=u.host or "127.0.0.1", database=u.database, user=u.username, port=u.port or 5432
    )
    fields.update(changes)
    return ServerSettings(**fields)


SERVER_SETTINGS = ServerSettings("db.office.local", "labour_desk", "desk_app", 5433, "require")


def test_the_settings_file_holds_no_password_and_the_credential_store_does(memory_keyring):
    cs.save_choice(ConnectionChoice(SERVER, SERVER_SETTINGS), "s3cret-ผ่าน")
    written = cs.settings_path().read_text(encoding="utf-8")
    assert "s3cret" not in written
    assert json.loads(written)["server"]["host"] == "db.office.local"
    key = (cs.KEYRING_SERVICE, "desk_app@db.office.local:5433/labour_desk")
    assert memory_keyring.passwords[key] == "s3cret-ผ่าน"
    assert cs.load_choice() == ConnectionChoice(SERVER, SERVER_SETTINGS)


def test_the_url_carries_no_password_and_the_engine_still_gets_it():
    url = SERVER_SETTINGS.url()
    assert url == "postgresql+psycopg://desk_app@db.office.local:5433/labour_desk?sslmode=require"
    db = Database.open(url, password="s3cret")
    try:
        assert "s3cret" not in repr(db) and "s3cret" not in db.url
        assert "s3cret" not in str(db.engine.url)
    finally:
        db.dispose()


def test_the_saved_server_is_what_the_program_opens_unless_told_otherwise(monkeypatch):
    cs.save_choice(ConnectionChoice(SERVER, SERVER_SETTINGS), "pw")
    assert cs.resolve_database() == (SERVER_SETTINGS.url(), "pw")
    assert cs.resolve_database("sqlite:///x.sqlite3") == ("sqlite:///x.sqlite3", None)
    monkeypatch.setenv(DATABASE_ENV, "sqlite:///env.sqlite3")
    assert cs.resolve_database() == ("sqlite:///env.sqlite3", None)


def test_back_to_the_local_file():
    cs.save_choice(ConnectionChoice(SERVER, SERVER_SETTINGS), "pw")
    cs.save_choice(ConnectionChoice())
    url, password = cs.resolve_database()
    assert url.startswith("sqlite:///") and url.endswith("labour-desk.sqlite3") and password is None


def test_a_damaged_or_partial_settings_file_falls_back_to_the_local_file():
    cs.settings_path().parent.mkdir(parents=True)
    cs.settings_path().write_text("{not json", encoding="utf-8")
    assert cs.load_choice() == ConnectionChoice()
    cs.settings_path().write_text('{"kind": "server", "server": {"host": ""}}', encoding="utf-8")
    assert cs.load_choice() == ConnectionChoice()


def test_each_wrong_field_is_named_in_thai():
    with pytest.raises(ValidationError) as caught:
        checked_server(" ", "99999", "", "", "sometimes")
    assert set(caught.value.fields) == {"host", "port", "database", "user", "sslmode"}
    assert "พอร์ต" in caught.value.fields["port"]
    assert checked_server(" db ", " 5432 ", "ld", "app") == ServerSettings("db", "ld", "app", 5432)


def test_only_an_administrator_changes_the_connection_and_it_is_audited(admin, clerk):
    with pytest.raises(PermissionDenied):
        ConnectionSettingsService(clerk).save(ConnectionChoice(SERVER, SERVER_SETTINGS), "pw")
    ConnectionSettingsService(admin).save(ConnectionChoice(SERVER, SERVER_SETTINGS), "pw")
    with admin.db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT username, details FROM audit_event WHERE action = 'connection_settings'")
        ).one()
    assert row.username == "admin" and "db.office.local" in row.details and "pw" not in row.details


# What libpq and the server say (English, no SQLSTATE on a failed connection), and its meaning.
LIBPQ_SAYS = [
    (
        'connection failed: FATAL:  password authentication failed for user "desk_app"',
        Problem.LOGIN,
    ),
    ("connection failed: fe_sendauth: no password supplied", Problem.LOGIN),
    ('connection failed: FATAL:  role "nobody" does not exist', Problem.LOGIN),
    ('connection failed: FATAL:  database "ld" does not exist', Problem.NO_DATABASE),
    (
        'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "desk_app", database "ld", no encryption',
        Problem.TLS,
    ),
    (
        'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "desk_app", database "ld", SSL encryption',
        Problem.NOT_ALLOWED,
    ),
    ("connection failed: server does not support SSL, but SSL was required", Problem.TLS),
    ("connection failed: SSL error: certificate verify failed", Problem.TLS),
    ("received invalid response to SSL negotiation: H", Problem.NOT_POSTGRESQL),
    (
        'FATAL:  permission denied for database "ld"\nDETAIL:  User does not have CONNECT privilege.',
        Problem.NO_PERMISSION,
    ),
    ("FATAL:  sorry, too many clients already", Problem.SERVER_BUSY),
    ("FATAL:  the database system is starting up", Problem.SERVER_BUSY),
    ('connection to server at "127.0.0.1", port 1 failed: Connection refused', Problem.UNREACHABLE),
    ("connection failed: timeout expired", Problem.UNREACHABLE),
    (
        "failed to resolve host 'db.office': [Errno -2] Name or service not known",
        Problem.UNREACHABLE,
    ),
    (
        'could not translate host name "db.office" to address: No such host is known.',
        Problem.UNREACHABLE,
    ),
    ("something nobody has seen", Problem.OTHER),
]


@pytest.mark.parametrize(("said", "problem"), LIBPQ_SAYS)
def test_what_libpq_says_is_classified(said, problem):
    class FakeOperationalError(Exception):
        sqlstate = None

    assert classify(FakeOperationalError(said)) is problem


@pytest.mark.parametrize(
    ("state", "problem"),
    [("28P01", Problem.LOGIN), ("3D000", Problem.NO_DATABASE), ("42501", Problem.NO_PERMISSION)],
)
def test_a_sqlstate_when_the_driver_gives_one_decides(state, problem):
    class WithState(Exception):
        sqlstate = state

    assert classify(WithState("whatever the server's language")) is problem


@pytest.mark.parametrize("problem", list(Problem))
def test_every_problem_has_a_thai_line_without_english_driver_text(problem):
    state = cs.ServerState(problem, revision="0006", head=head_revision(), may_upgrade=True)
    said = cs._message(state, SERVER_SETTINGS)
    assert said and "sqlalche.me" not in said and "\n" not in said
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in said)


# Against the server ------------------------------------------------------------------------


@needs_pg
def test_the_right_settings_connect(pg_migrated):
    result = cs.test_connection(settings_of(PG_URL), make_url(PG_URL).password)
    assert result.ok and result.problem is Problem.NONE
    assert "พร้อมใช้งาน" in result.message


@needs_pg
def test_an_unknown_user_is_a_wrong_user_or_password():
    result = cs.test_connection(settings_of(PG_URL, user="nobody_h4_test"), "wrong")
    assert not result.ok and result.problem is Problem.LOGIN
    assert "ชื่อผู้ใช้ nobody_h4_test หรือรหัสผ่านไม่ถูกต้อง" in result.message


@needs_pg
def test_a_port_nobody_listens_on_is_unreachable_quickly():
    import time

    started = time.monotonic()
    result = cs.test_connection(settings_of(PG_URL, host="127.0.0.1", port=1), None)
    assert result.problem is Problem.UNREACHABLE and "พอร์ต 1" in result.message
    assert time.monotonic() - started < 10


@needs_pg
def test_a_missing_database_is_named():
    result = cs.test_connection(settings_of(PG_URL, database="no_such_db_h4"), None)
    assert result.problem is Problem.NO_DATABASE and "no_such_db_h4" in result.message


@needs_pg
def test_an_empty_database_is_fine_for_its_owner():
    with scratch_database("empty") as url:
        result = cs.test_connection(settings_of(url), make_url(url).password)
    assert result.ok and result.problem is Problem.SCHEMA_EMPTY and result.may_upgrade


@needs_pg
def test_an_older_schema_is_offered_an_upgrade_and_upgraded():
    from alembic import command

    from db.migrate import alembic_config

    with scratch_database("old") as url:
        engine = create_engine(url)
        command.upgrade(alembic_config(engine), "0006")
        engine.dispose()
        settings = settings_of(url)
        result = cs.test_connection(settings, make_url(url).password)
        assert result.problem is Problem.SCHEMA_TOO_OLD and result.may_upgrade and not result.ok
        assert "ปรับปรุงโครงสร้าง" in result.message
        cs.upgrade_server(settings, make_url(url).password)
        assert cs.test_connection(settings, make_url(url).password).ok


@needs_pg
def test_a_newer_programs_schema_is_not_touched():
    with scratch_database("new") as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
        engine.dispose()
        result = cs.test_connection(settings_of(url), make_url(url).password)
    assert result.problem is Problem.SCHEMA_TOO_NEW and not result.ok
    assert "รุ่นที่ใหม่กว่า" in result.message and "9999_from_the_future" in result.message


@needs_pg
def test_a_user_without_connect_privilege_has_no_permission():
    with scratch_role("ld_h4_nobody") as role, scratch_database("locked") as url:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            name = make_url(url).database
            conn.execute(text(f'REVOKE CONNECT ON DATABASE "{name}" FROM PUBLIC'))
        engine.dispose()
        result = cs.test_connection(settings_of(url_of(name, role)), None)
    assert result.problem is Problem.NO_PERMISSION and "ไม่มีสิทธิ์" in result.message


@needs_pg
def test_the_program_starts_on_the_saved_server(pg_migrated):
    settings = settings_of(PG_URL)
    cs.save_choice(ConnectionChoice(SERVER, settings), make_url(PG_URL).password or "")
    db = open_database()
    try:
        assert db.dialect == "postgresql" and db.url == settings.url()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.dispose()
