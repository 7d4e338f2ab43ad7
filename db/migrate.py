"""Bring a database to the newest schema, copying a SQLite file first.

Alembic (with Mako and Pygments behind it) costs a third of a second to import, and on almost
every start the database is already at head. So the check reads the revision ids straight from
the migration files and the ``alembic_version`` table, and Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, inspect, text

from db.engine import DatabaseProblem, make_engine, sqlite_file_of

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


KEEP_UPGRADE_COPIES = 3


class SchemaTooNew(DatabaseProblem):
    """The database was made by a newer release: this one must not touch it."""


class UpgradeFailed(DatabaseProblem):
    """The upgrade stopped; the database is as it was, and a copy from before may exist."""


def _revisions() -> tuple[set[str], set[str]]:
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if found := _DOWN.search(source):
            parents.add(found.group(1))
    return revisions, parents


def known_revision(revision: str) -> bool:
    """A revision of this release's chain (a newer release's is not)."""
    return revision in _revisions()[0]


def head_revision() -> str:
    """The one revision no other migration builds on (the chain is linear; a test checks it)."""
    revisions, parents = _revisions()
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(url: str, engine: Engine) -> Path | None:
    """Copy the SQLite file (via the online backup API, WAL included) beside itself."""
    file_path = sqlite_file_of(url)
    if not file_path or not Path(file_path).exists() or Path(file_path).stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(file_path).with_name(f"{Path(file_path).stem}.before-upgrade-{stamp}.sqlite3")
    backup_sqlite_to(engine, target)
    _drop_old_upgrade_copies(Path(file_path))
    return target


def upgrade_copies(file_path: Path) -> list[Path]:
    """The copies made before upgrades of this file, oldest first (the stamp sorts by time)."""
    return sorted(file_path.parent.glob(f"{file_path.stem}.before-upgrade-*.sqlite3"))


def _drop_old_upgrade_copies(file_path: Path) -> None:
    for old in upgrade_copies(file_path)[:-KEEP_UPGRADE_COPIES]:
        old.unlink(missing_ok=True)


def backup_sqlite_to(engine: Engine, target: Path) -> Path:
    import sqlite3

    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(str(target))
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    return target


def _transactional_sqlite_engine(url: str) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE, so each
    CREATE/ALTER/DROP of a migration would commit on its own: a kill part-way left tables of
    the next revision beside the old ``alembic_version`` ("table … already exists" on every later
    start). Here the driver is put in autocommit mode and SQLAlchemy's begin emits BEGIN, so the
    whole upgrade commits or rolls back as one.
    """
    migrating = make_engine(url)

    @event.listens_for(migrating, "connect")
    def _autocommit_driver(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(migrating, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating


def upgrade_to_head(url: str, engine: Engine) -> Path | None:
    """Upgrade if needed; returns the backup copy made (SQLite) or None."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and not known_revision(current):
        raise SchemaTooNew(
            f"ฐานข้อมูลนี้สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า (โครงสร้างรุ่น {current}) "
            "กรุณาติดตั้งโปรแกรมรุ่นล่าสุดก่อนเปิดไฟล์นี้ โปรแกรมนี้ไม่ได้แก้ไขไฟล์"
        )
    backup = backup_sqlite(url, engine) if current is not None else None
    from alembic import command

    migrating = _transactional_sqlite_engine(url) if sqlite_file_of(url) else engine
    try:
        command.upgrade(alembic_config(migrating), "head")
        if engine.dialect.name == "postgresql":
            _secure_postgresql(engine)
    except DatabaseProblem:
        raise  # already one Thai line saying what to do (e.g. the DBA's CREATE EXTENSION)
    except Exception as exc:
        raise UpgradeFailed(_upgrade_failed_message(backup, exc)) from exc
    finally:
        if migrating is not engine:
            migrating.dispose()
    return backup


def _secure_postgresql(engine: Engine) -> None:
    """Default privileges gave the audit trail's new grants in full: take the writes back."""
    from db.pg_roles import secure_audit_table

    with engine.begin() as conn:
        secure_audit_table(conn)


def _upgrade_failed_message(backup: Path | None, exc: BaseException | None = None) -> str:
    said = "ปรับปรุงโครงสร้างฐานข้อมูลไม่สำเร็จ ข้อมูลยังเป็นเช่นเดิม"
    if _lacks_privilege(exc):
        # PostgreSQL: the application's role may not change the schema; its owner migrates.
        return (
            f"{said} เพราะผู้ใช้ฐานข้อมูลนี้ไม่มีสิทธิ์แก้ไขโครงสร้าง ให้ผู้ดูแลระบบรันคำสั่ง "
            "labour-desk --database <URL ของบัญชีเจ้าของฐานข้อมูล> db upgrade ก่อน"
        )
    if backup is None:
        return f"{said} กรุณาแจ้งผู้ดูแลระบบ"
    return (
        f"{said} สำเนาก่อนปรับปรุงอยู่ที่ {backup} "
        f'หากเปิดฐานข้อมูลไม่ได้ ให้กู้คืนด้วยคำสั่ง labour-desk restore "{backup}"'
    )


def _lacks_privilege(exc: BaseException | None) -> bool:
    from sqlalchemy.exc import DBAPIError

    orig = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    return getattr(orig, "sqlstate", None) == "42501"  # insufficient_privilege


def copy_file(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
