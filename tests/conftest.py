"""Shared fixtures: a fresh, migrated database per test on SQLite, and on PostgreSQL too when
``TEST_DATABASE_URL`` is set (as the application role, migrated by ``TEST_DATABASE_OWNER_URL``,
when CI sets both); services signed in as each role."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHAINLP_DATA", str(Path(tempfile.gettempdir()) / "ld-pythainlp"))

from factories import make_user  # noqa: E402

from db.engine import Database  # noqa: E402
from db.migrate import upgrade_to_head  # noqa: E402
from db.models import Base  # noqa: E402
from desktop.domain.people import Role  # noqa: E402
from desktop.services import accounts, sign_in_throttle  # noqa: E402
from desktop.services.accounts import AccountService  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
# CI connects the tests as the application role and migrates as the schema's owner.
PG_OWNER_URL = os.environ.get("TEST_DATABASE_OWNER_URL", "") or PG_URL
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
FIXED_NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)  # 22 พ.ย. 2569, 10:00 in Bangkok


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Argon2 with its production cost takes about a quarter of a second per hash, and nearly
    every test signs up three or four users; the same argon2 code at the lowest cost keeps the
    hashing real (``$argon2id$…``, verify, rehash) while the suite stops waiting on it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
        )
        # Nor on the pause after a wrong password; tests of the pause inject their own sleeper.
        patch.setattr(sign_in_throttle, "sleep", lambda seconds: None)
        yield


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    upgrade_to_head(db.url, db.engine)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_owner():
    """The schema's owner: migrates and cleans up. Without ``TEST_DATABASE_OWNER_URL`` (a
    developer's superuser) the one URL does everything, as before the roles existed."""
    db = Database.open(PG_OWNER_URL)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def pg_migrated(pg_owner):
    """The migrated database, connected as the application role when CI runs with both."""
    with pg_owner.engine.begin() as conn:
        if PG_OWNER_URL == PG_URL:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            _drop_owned_schema(conn)
    upgrade_to_head(pg_owner.url, pg_owner.engine)
    if PG_OWNER_URL == PG_URL:
        yield pg_owner
        return
    db = Database.open(PG_URL)
    yield db
    db.dispose()


def _drop_owned_schema(conn) -> None:
    """What the migrations made, dropped by its owner; the schema itself, its grants and the
    DBA's pg_trgm stay (the owner may not drop the extension, nor should it)."""
    tables = conn.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"
        )
    ).scalars()
    for name in list(tables):
        conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    conn.execute(text("DROP FUNCTION IF EXISTS audit_event_append_only() CASCADE"))
    conn.execute(text("DROP FUNCTION IF EXISTS audit_event_redact(integer, text)"))


def _truncate_pg(db: Database) -> None:
    """Between tests, as the owner: TRUNCATE fires no row triggers, so the append-only
    audit trail is emptied without a superuser's ``session_replication_role``."""
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path) -> Database:
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        db = Database.open(f"sqlite:///{path}")
        yield db
        db.dispose()
    else:
        db = request.getfixturevalue("pg_migrated")
        _truncate_pg(request.getfixturevalue("pg_owner"))
        yield db


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture
def anonymous(database) -> ServiceContext:
    return ServiceContext(database, None, fixed_clock)


@pytest.fixture
def admin(anonymous) -> ServiceContext:
    user = AccountService(anonymous).set_up("50", "", "admin", "ผู้ดูแล ระบบ", "admin-pass-1")
    return anonymous.as_user(user)


@pytest.fixture
def clerk(admin) -> ServiceContext:
    return make_user(admin, "clerk", Role.CLERK)


@pytest.fixture
def supervisor(admin) -> ServiceContext:
    return make_user(admin, "supervisor", Role.SUPERVISOR)


@pytest.fixture
def mentor(admin) -> ServiceContext:
    return make_user(admin, "mentor", Role.MENTOR)
