"""Engine and session factory for SQLite (embedded) or PostgreSQL (office server).

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed registration survives a
crash or power cut; WAL needs shared memory, which network file systems do not provide, so a
database file on a network drive or UNC path is refused.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs"}


class DatabaseProblem(ValueError):
    """The database cannot be used as it is; ``str()`` is one Thai line saying what to do."""

    @property
    def message(self) -> str:
        return str(self)


class UnsafeDatabaseLocation(DatabaseProblem):
    """The SQLite file would live somewhere WAL cannot work safely."""


def _is_unc(path: str) -> bool:
    return path.startswith("\\\\") or path.startswith("//")


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def _linux_fs_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def check_sqlite_location(file_path: str) -> None:
    message = (
        "ไม่สามารถเปิดฐานข้อมูล SQLite บนไดรฟ์เครือข่ายหรือที่อยู่แบบ UNC ได้ ({path}) "
        "เพราะอาจทำให้ข้อมูลเสียหาย หากหลายเครื่องต้องใช้ข้อมูลร่วมกัน "
        "ให้ใช้ฐานข้อมูล PostgreSQL ของสำนักงาน (--database postgresql+psycopg://...)"
    )
    if _is_unc(file_path):
        raise UnsafeDatabaseLocation(message.format(path=file_path))
    path = Path(file_path)
    if sys.platform == "win32":
        if _windows_drive_is_remote(path.absolute()):
            raise UnsafeDatabaseLocation(message.format(path=file_path))
    elif _linux_fs_type(path.absolute().parent) in NETWORK_FS_TYPES:
        raise UnsafeDatabaseLocation(message.format(path=file_path))


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def sqlite_file_of(url: str) -> str | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    db = u.database or ""
    if db in ("", ":memory:") or db.startswith("file:"):
        return None
    return db


def make_engine(url: str, *, echo: bool = False) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        file_path = sqlite_file_of(url)
        if file_path:
            check_sqlite_location(file_path)
            Path(file_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, echo=echo, connect_args={"timeout": 10})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    return create_engine(u, echo=echo, pool_pre_ping=True)


@dataclass
class Database:
    """An engine plus the one session factory the services use."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str) -> Database:
        engine = make_engine(url)
        return cls(url, engine, sessionmaker(engine, expire_on_commit=False))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
