"""Backing up, checking and restoring the embedded database, for the window and the CLI.

Backups and restores are the administrator's, and audited: a backup's own audit row is written
before the copy is taken (so the copy carries it), a restore's into the restored database.
The file work itself is :mod:`db.sqlite_files`; PostgreSQL is backed up with ``pg_dump``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.engine import Database, sqlite_file_of
from db.migrate import head_revision, known_revision, upgrade_to_head
from db.pg_dump import dump_database, find_pg_dump
from db.queries import accounts as account_queries
from db.sqlite_files import (
    COUNTED,
    BackupProblem,
    FileCheck,
    backup_file,
    check_file,
    is_live_file,
    restore_file,
)
from desktop.domain.permissions import Permission
from desktop.domain.thai_dates import format_datetime
from desktop.paths import backup_dir
from desktop.services import audit
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext, local_time


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    restored: FileCheck
    set_aside: Path | None

    def describe(self) -> str:
        kept = f" ไฟล์เดิมเก็บไว้ที่ {self.set_aside}" if self.set_aside else ""
        return f"กู้คืนฐานข้อมูลจาก {self.source.name} แล้ว: {describe(self.restored)}{kept}"


def describe(check: FileCheck) -> str:
    """``บุคคล 300 ผู้ใช้ 6 … ข้อมูลล่าสุดเมื่อ 22 พ.ย. 2569 10:00 น.`` for a checked file."""
    parts = [f"{label} {check.counts[t]:,}" for t, label in COUNTED.items() if t in check.counts]
    if check.last_change is not None:
        parts.append(f"ข้อมูลล่าสุดเมื่อ {format_datetime(local_time(check.last_change))}")
    return " · ".join(parts)


def live_file(url: str) -> Path:
    file_path = sqlite_file_of(url)
    if not file_path:
        raise BackupProblem(
            "คำสั่งนี้ใช้กับฐานข้อมูล SQLite เท่านั้น สำหรับ PostgreSQL ให้ใช้ pg_dump / pg_restore "
            "(ดู docs/deploy-server.md)"
        )
    return Path(file_path)


def default_backup_path(now: dt.datetime) -> Path:
    return backup_dir() / f"labour-desk-backup-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"


def checked_backup(path: Path) -> FileCheck:
    """A backup that may be restored: whole, of this application, not of a newer release."""
    check = check_file(path)
    if not check.ok:
        raise BackupProblem(check.problems[0])
    if check.revision is None or not known_revision(check.revision):
        raise BackupProblem(
            f"สำเนา {path.name} มาจากโปรแกรมรุ่นที่ใหม่กว่า (โครงสร้างรุ่น {check.revision}) "
            "กรุณาติดตั้งโปรแกรมรุ่นล่าสุดก่อนกู้คืน"
        )
    return check


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def backup_now(self, out: Path | None = None) -> FileCheck:
        user = self.ctx.require(Permission.BACKUP_DATABASE)
        live = live_file(self.ctx.db.url)
        target = Path(out) if out else default_backup_path(self.ctx.now().astimezone())
        if is_live_file(target, live):
            raise BackupProblem("ปลายทางของสำเนาเป็นไฟล์ฐานข้อมูลที่ใช้งานอยู่ กรุณาเลือกไฟล์อื่น")
        with self.ctx.unit_of_work() as s:
            audit.record(s, user, "backup", "database", None, {"file": target.name})
        raw = self.ctx.db.engine.raw_connection()
        try:
            return backup_file(raw.driver_connection, target)  # type: ignore[arg-type]
        finally:
            raw.close()

    def dump_server(self, out: Path | None = None) -> Path:
        """PostgreSQL: ``pg_dump -Fc`` into ``out`` or the backups folder, audited first (so the
        dump carries its own row); refused in one line when pg_dump is not on PATH."""
        user = self.ctx.require(Permission.BACKUP_DATABASE)
        exe = find_pg_dump()
        now = self.ctx.now().astimezone()
        target = Path(out) if out else backup_dir() / f"labour-desk-{now:%Y%m%d-%H%M%S}.dump"
        with self.ctx.unit_of_work() as s:
            audit.record(s, user, "backup", "database", None, {"file": target.name})
        return dump_database(self.ctx.db.url, target, exe, password=self.ctx.db.password)

    def check(self, path: Path) -> FileCheck:
        """Whether ``path`` is a backup that can be restored (raises with the reason if not)."""
        self.ctx.require(Permission.BACKUP_DATABASE)
        return checked_backup(Path(path))

    def restore(self, backup: Path) -> RestoreReport:
        """Put ``backup`` in place of the live database. The signed-in administrator's own
        connections are closed first; any other program using the file makes it refuse."""
        user = self.ctx.require(Permission.RESTORE_DATABASE)
        return restore_database(self.ctx.db, Path(backup), user.username, self.ctx.now())


def restore_database(db: Database, backup: Path, username: str, now: dt.datetime) -> RestoreReport:
    live = live_file(db.url)
    if is_live_file(backup, live):
        raise BackupProblem("ไฟล์ที่เลือกคือฐานข้อมูลที่ใช้งานอยู่ ไม่ใช่สำเนา")
    checked_backup(backup)
    db.engine.dispose()  # our own pooled connections would count as "open elsewhere"
    restored, aside = restore_file(backup, live, now.astimezone().strftime("%Y%m%d-%H%M%S"))
    if restored.revision != head_revision():
        upgrade_to_head(db.url, db.engine)  # a backup from an older release
    with db.sessions() as s, s.begin():
        found = account_queries.by_username(s, username)
        audit.record(
            s,
            user_info(found) if found is not None else None,
            "restore",
            "database",
            None,
            {
                "file": backup.name,
                "by": username,
                "set_aside": aside.name if aside else "",
                "counts": restored.counts,
            },
        )
    return RestoreReport(backup, restored, aside)


KEEP_DAILY = 7
KEEP_WEEKLY = 5
_AUTO = "labour-desk-auto-"


def automatic_backup(db: Database, now: dt.datetime, folder: Path | None = None) -> Path | None:
    """Today's automatic backup of the embedded database, unless there is one already; then
    only the last ``KEEP_DAILY`` days and one backup for each of the last ``KEEP_WEEKLY``
    weeks are kept. Runs for whoever is signed in (it is the office's, not the user's)."""
    if db.read_only or not sqlite_file_of(db.url):
        return None
    folder = Path(folder) if folder else backup_dir() / "auto"
    target = folder / f"{_AUTO}{now.strftime('%Y%m%d')}.sqlite3"
    if target.exists():
        return None
    with db.sessions() as s, s.begin():
        audit.record(s, None, "backup", "database", None, {"file": target.name, "automatic": True})
    raw = db.engine.raw_connection()
    try:
        backup_file(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()
    for old in expired_automatic_backups(folder):
        old.unlink(missing_ok=True)
    return target


def expired_automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups beyond the newest days and the newest of each recent week."""
    dated = []
    for p in folder.glob(f"{_AUTO}*.sqlite3"):
        try:
            dated.append((dt.datetime.strptime(p.stem.removeprefix(_AUTO), "%Y%m%d").date(), p))
        except ValueError:
            continue  # not ours
    dated.sort(reverse=True)
    keep = {p for _, p in dated[:KEEP_DAILY]}
    weeks: dict[tuple[int, int], Path] = {}
    for day, p in dated:
        weeks.setdefault(day.isocalendar()[:2], p)  # the newest of each week
    keep |= set(list(weeks.values())[:KEEP_WEEKLY])
    return [p for _, p in dated if p not in keep]
