"""Scratch PostgreSQL databases for the server-settings and move-up tests, and an in-memory
credential store so no test touches the machine's real one.

A scratch database is made beside ``TEST_DATABASE_URL``'s through ``TEST_DATABASE_ADMIN_URL``
(a role that may create databases and roles: ``.ci/run`` gives the ``postgres`` superuser), or
through the owner's / the test URL when that role may; otherwise the test is skipped."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
PG_OWNER_URL = os.environ.get("TEST_DATABASE_OWNER_URL", "") or PG_URL
ADMIN_URL = os.environ.get("TEST_DATABASE_ADMIN_URL", "") or PG_OWNER_URL

needs_pg = pytest.mark.skipif(not PG_URL, reason="needs TEST_DATABASE_URL (PostgreSQL)")


class MemoryKeyring(KeyringBackend):
    """The credential store, in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def admin_engine():
    return create_engine(make_url(ADMIN_URL), isolation_level="AUTOCOMMIT")


def url_of(database: str, user: str | None = None) -> str:
    u = make_url(ADMIN_URL)
    if user is None:
        return u.set(database=database).render_as_string(hide_password=False)
    # ``URL.set(password=None)`` keeps the password: the URL is built again without one.
    u = URL.create(u.drivername, user, None, u.host, u.port, database, dict(u.query))
    return u.render_as_string(hide_password=False)


@contextmanager
def scratch_database(what: str) -> Iterator[str]:
    """A new, empty database for one test (dropped afterwards); yields its admin URL."""
    name = f"ld_{what}_{uuid.uuid4().hex[:8]}"
    engine = admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except DBAPIError as exc:
        engine.dispose()
        pytest.skip(f"cannot create a scratch database: {type(exc.orig).__name__}")
    try:
        yield url_of(name)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@contextmanager
def scratch_role(name: str) -> Iterator[str]:
    engine = admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    except DBAPIError as exc:
        engine.dispose()
        pytest.skip(f"cannot create a role: {type(exc.orig).__name__}")
    try:
        yield name
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        engine.dispose()
