"""Is the embedded database whole? Checked when the application opens it — at most once a day,
and always after an unclean shutdown — so a damaged file is noticed before anyone adds to it.

A damaged database is opened read-only: the clerk can still look things up and print, nothing
new is written into a broken file, and the message names the newest backup that is whole.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from db.engine import DatabaseProblem
from db.sqlite_files import SQLITE_HEADER, check_file, integrity_problems

IN_USE = ".in-use"  # beside the file while a program has it open; left behind by a crash
CHECKED = ".checked"  # the day of the last check that passed


class DamagedDatabase(DatabaseProblem):
    """The database failed SQLite's check; ``str()`` says what to do in one Thai line."""

    def __init__(self, health: Health) -> None:
        super().__init__(health.message())
        self.health = health


@dataclass(frozen=True)
class Health:
    path: Path
    problems: tuple[str, ...] = ()
    last_good_backup: Path | None = None
    checked: bool = False

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    def message(self, *, opened_read_only: bool = False) -> str:
        then = "จึงเปิดแบบอ่านอย่างเดียว" if opened_read_only else "จึงไม่เปิดใช้งาน"
        said = f"ฐานข้อมูล {self.path.name} เสียหาย ({self.problems[0]}) {then}"
        if self.last_good_backup is None:
            return f"{said} ไม่พบสำเนาที่ใช้ได้ กรุณาแจ้งผู้ดูแลระบบ"
        return (
            f"{said} สำเนาล่าสุดที่ใช้ได้คือ {self.last_good_backup} "
            f'กู้คืนด้วยคำสั่ง labour-desk restore "{self.last_good_backup}"'
        )


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def needs_check(path: Path, today: dt.date) -> bool:
    if _side(path, IN_USE).exists():
        return True  # the last program to open it did not close it cleanly
    try:
        return _side(path, CHECKED).read_text(encoding="ascii").strip() != today.isoformat()
    except OSError:
        return True


def check_on_open(path: Path, today: dt.date, backups: Path) -> Health:
    """SQLite's ``quick_check`` when due; the newest whole backup when it fails."""
    if not path.exists() or not needs_check(path, today):
        return Health(path)
    with open(path, "rb") as f:
        header = f.read(16)
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem(f"ไฟล์ {path.name} ไม่ใช่ฐานข้อมูลของโปรแกรม กรุณาตรวจสอบที่อยู่ไฟล์")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            problems = integrity_problems(conn, quick=True)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        return Health(path, tuple(problems), last_good_backup(backups), checked=True)
    with suppress(OSError):
        _side(path, CHECKED).write_text(today.isoformat(), encoding="ascii")
    return Health(path, checked=True)


def last_good_backup(folder: Path, *, tries: int = 5) -> Path | None:
    """The newest backup in ``folder`` (automatic ones too) that passes the check."""
    found = sorted(
        (p for p in folder.rglob("*.sqlite3") if p.is_file()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    return next((p for p in found[:tries] if check_file(p).ok), None)


def mark_in_use(path: Path) -> Path:
    """Mark the file open; the returned mark is removed when the program closes it cleanly."""
    mark = _side(path, IN_USE)
    with suppress(OSError):
        mark.write_text("", encoding="ascii")
    return mark
