"""The SQLite file itself: checking it, backing it up and restoring it, always through SQLite.

A database file is never copied byte for byte: a copy taken while the application writes, or a
file put back beside a ``-wal`` left by a crash (SQLite replays that log onto whatever file
is there), is a corrupt database. Backups go through the online backup API into a temporary
file that is checked before it takes the target's name; a restore sets the current file aside
together with its ``-wal``/``-shm``, so nothing stale is left for SQLite to replay.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from db.engine import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
# What a restore reports back, by table (the tables exist at every schema revision).
COUNTED = {"person": "บุคคล", "app_user": "ผู้ใช้", "audit_event": "รายการประวัติการใช้งาน"}


class BackupProblem(DatabaseProblem):
    """A backup or restore was refused or failed; nothing was changed."""


@dataclass(frozen=True)
class FileCheck:
    path: Path
    problems: tuple[str, ...] = ()
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    last_change: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def is_live_file(target: Path, live: Path) -> bool:
    """``target`` is the live database or one of its side files (``-wal``, ``-shm``)."""
    if same_file(target, live):
        return True
    resolved = os.path.normcase(str(target.resolve()))
    live_name = os.path.normcase(str(live.resolve()))
    return resolved == live_name or any(resolved == live_name + s for s in _SIDE_FILES)


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's own check of every page and index (``quick_check`` skips index contents)."""
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [r[0] for r in rows]
    return [] if found == ["ok"] else found


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    # Read-only, so checking somebody's backup can never change it.
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        yield conn


def check_file(path: Path) -> FileCheck:
    """Is this a whole, readable database of this application? Counts of what it holds."""
    path = Path(path)
    if not path.is_file():
        return FileCheck(path, (f"ไม่พบไฟล์ {path}",))
    with open(path, "rb") as f:
        if f.read(16) != SQLITE_HEADER:
            return FileCheck(path, (f"ไฟล์ {path.name} ไม่ใช่ไฟล์ฐานข้อมูลของโปรแกรม",))
    try:
        with _reading(path) as conn:
            problems = integrity_problems(conn)
            if problems:
                return FileCheck(path, (f"ไฟล์ {path.name} เสียหาย ({problems[0]})",))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                return FileCheck(path, (f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้",))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 (names above)
                for t in COUNTED
                if t in tables
            }
            last = (
                conn.execute("SELECT max(at) FROM audit_event").fetchone()[0]
                if "audit_event" in tables
                else None
            )
    except sqlite3.DatabaseError as exc:
        return FileCheck(path, (f"เปิดไฟล์ {path.name} ไม่ได้ ({exc})",))
    last_change = dt.datetime.fromisoformat(last) if isinstance(last, str) else None
    return FileCheck(path, (), revision[0] if revision else None, counts, last_change)


def _disk_full(exc: BaseException) -> bool:
    return "full" in str(exc).lower() or getattr(exc, "errno", None) == 28


def backup_file(source: sqlite3.Connection, target: Path) -> FileCheck:
    """Copy the open database ``source`` into ``target`` (one self-contained file), checked.

    The copy is made as ``target.partial`` and renamed only once it passed the integrity check,
    so a full disk or a cancelled run never leaves a 0-byte or half-written backup behind.
    """
    problems = integrity_problems(source)
    if problems:
        raise BackupProblem(
            f"ฐานข้อมูลเสียหาย ({problems[0]}) จึงไม่สำรองทับสำเนาที่ดีไว้ "
            "กรุณากู้คืนจากสำเนาล่าสุดด้วยคำสั่ง labour-desk restore"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(partial)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one file, no -wal beside it
        checked = check_file(partial)
        if not checked.ok:
            raise BackupProblem(f"สำเนาที่ได้ตรวจสอบไม่ผ่าน: {checked.problems[0]}")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        if _disk_full(exc):
            raise BackupProblem(f"พื้นที่ดิสก์ไม่พอสำหรับสำเนาที่ {target.parent}") from None
        raise BackupProblem(f"สำรองฐานข้อมูลไปที่ {target} ไม่สำเร็จ: {exc}") from None
    finally:
        for leftover in (partial, *(Path(f"{partial}{s}") for s in _SIDE_FILES)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return replace_path(checked, target)


def replace_path(check: FileCheck, path: Path) -> FileCheck:
    return FileCheck(path, check.problems, check.revision, check.counts, check.last_change)


def refuse_if_open_elsewhere(live: Path) -> None:
    """Leaving WAL mode needs the only connection to the file: any other one makes it fail."""
    if not live.exists():
        return
    try:
        with closing(sqlite3.connect(live, timeout=0)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupProblem(
                "ฐานข้อมูลกำลังเปิดใช้งานอยู่ในโปรแกรมอื่น กรุณาปิดโปรแกรมทุกหน้าต่างที่ใช้ฐานข้อมูลนี้ก่อนกู้คืน"
            ) from None
    except sqlite3.DatabaseError:
        pass  # a damaged file: it is set aside as it is


def set_aside(live: Path, stamp: str) -> Path | None:
    """Rename the live file and its side files together; returns the new name."""
    if not live.exists():
        return None
    aside = live.with_name(f"{live.stem}.replaced-{stamp}{live.suffix}")
    live.rename(aside)
    for suffix in _SIDE_FILES:
        side = Path(f"{live}{suffix}")
        if side.exists():
            side.rename(Path(f"{aside}{suffix}"))
    return aside


def put_back(aside: Path | None, live: Path) -> None:
    for suffix in _SIDE_FILES:
        with suppress(OSError):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
    with suppress(OSError):
        live.unlink(missing_ok=True)
    if aside is None:
        return
    aside.rename(live)
    for suffix in _SIDE_FILES:
        side = Path(f"{aside}{suffix}")
        if side.exists():
            side.rename(Path(f"{live}{suffix}"))


def restore_file(backup: Path, live: Path, stamp: str) -> tuple[FileCheck, Path | None]:
    """Replace ``live`` by the content of ``backup`` (already checked); the old file is set
    aside and put back if anything goes wrong. Returns the restored file's check and where
    the old one now is."""
    refuse_if_open_elsewhere(live)
    aside = set_aside(live, stamp)
    try:
        with _reading(backup) as src, closing(sqlite3.connect(live)) as dest:
            src.backup(dest)
        restored = check_file(live)
        if not restored.ok:
            raise BackupProblem(f"ฐานข้อมูลที่กู้คืนตรวจสอบไม่ผ่าน: {restored.problems[0]}")
    except BaseException:
        put_back(aside, live)
        raise
    return restored, aside
