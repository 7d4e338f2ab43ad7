"""Engine and session factory for SQLite (embedded) or PostgreSQL (office server).

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed registration survives a
crash or power cut; WAL needs shared memory, which network file systems do not provide, so a
database file on a network drive or UNC path is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from db.sqlite_location import (
    DatabaseProblem,
    UnsafeDatabaseLocation,
    check_sqlite_location,
    file_of_uri,
)

__all__ = ["Database", "DatabaseProblem", "UnsafeDatabaseLocation", "check_sqlite_location"]

BAD_URL = (
    "ที่อยู่ฐานข้อมูลไม่ถูกต้อง ตัวอย่างที่ใช้ได้: sqlite:///C:/ข้อมูล/labour-desk.sqlite3 "
    "หรือ postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล"
)


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _refuse_writes(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseProblem(BAD_URL) from None


def sqlite_file_of(url: str) -> str | None:
    """The file a SQLite URL names (``file:`` URIs too); None for memory or another engine."""
    u = parse_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    db = u.database or ""
    if db.startswith("file:"):
        return file_of_uri(db, dict(u.query))
    return None if db in ("", ":memory:") else db


# How long a PostgreSQL connection attempt waits for an office server that does not answer
# (libpq's own default is to wait for the operating system, minutes on Windows).
CONNECT_SECONDS = 10


def make_engine(
    url: str,
    *,
    echo: bool = False,
    busy_seconds: float = 10.0,
    read_only: bool = False,
    password: str | None = None,
    connect_seconds: int = CONNECT_SECONDS,
) -> Engine:
    """The engine for ``url``; SQL errors never carry the bound values (names, IDs) in their
    text, so nothing personal reaches a log or a message box through an exception.

    ``password`` (PostgreSQL) is handed to the driver at each connect and never becomes part
    of the URL, so it cannot reach a log, a message or ``Database.url``."""
    u = parse_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        file_path = sqlite_file_of(url)
        if not file_path:
            raise DatabaseProblem(
                "ฐานข้อมูล SQLite ต้องเป็นไฟล์ (sqlite:///C:/ข้อมูล/labour-desk.sqlite3) "
                "ฐานข้อมูลในหน่วยความจำจะทำให้ข้อมูลที่บันทึกหายทั้งหมดเมื่อปิดโปรแกรม"
            )
        check_sqlite_location(file_path)
        Path(file_path).parent.mkdir(parents=True, exist_ok=True)
        # ``timeout`` is SQLite's busy timeout: how long a write waits for another clerk's.
        engine = create_engine(
            u, echo=echo, connect_args={"timeout": busy_seconds}, hide_parameters=True
        )
        event.listen(engine, "connect", _configure_sqlite)
        if read_only:  # a damaged file is only read, so nothing makes it worse
            event.listen(engine, "connect", _refuse_writes)
        return engine
    if backend != "postgresql":
        raise DatabaseProblem(BAD_URL)
    try:
        engine = create_engine(
            u,
            echo=echo,
            pool_pre_ping=True,
            hide_parameters=True,
            connect_args={"connect_timeout": max(1, int(connect_seconds))},
        )
    except (ArgumentError, NoSuchModuleError):
        raise DatabaseProblem(BAD_URL) from None
    if password:

        @event.listens_for(engine, "do_connect")
        def _with_password(_dialect, _record, _cargs, cparams) -> None:
            cparams["password"] = password

    return engine


@dataclass
class Database:
    """An engine plus the one session factory the services use."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    # The server's password from the credential store (never in ``url``); pg_dump needs it.
    password: str | None = field(default=None, repr=False)
    # Run once the application is done with the database (e.g. mark a clean shutdown).
    on_dispose: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        url: str,
        *,
        busy_seconds: float = 10.0,
        read_only: bool = False,
        password: str | None = None,
    ) -> Database:
        from db.change_tracking import track_changes

        engine = make_engine(url, busy_seconds=busy_seconds, read_only=read_only, password=password)
        sessions = sessionmaker(engine, expire_on_commit=False)
        track_changes(sessions)  # other clerks' windows learn what this one wrote
        return cls(url, engine, sessions, read_only, password)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
        while self.on_dispose:
            self.on_dispose.pop()()
