"""Bring a database to the newest schema, copying a SQLite file first."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.engine import sqlite_file_of

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def backup_sqlite(url: str, engine: Engine) -> Path | None:
    """Copy the SQLite file (via the online backup API, WAL included) beside itself."""
    file_path = sqlite_file_of(url)
    if not file_path or not Path(file_path).exists() or Path(file_path).stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(file_path).with_name(f"{Path(file_path).stem}.before-upgrade-{stamp}.sqlite3")
    backup_sqlite_to(engine, target)
    return target


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


def upgrade_to_head(url: str, engine: Engine) -> Path | None:
    """Upgrade if needed; returns the backup copy made (SQLite) or None."""
    if not needs_upgrade(engine):
        return None
    backup = backup_sqlite(url, engine) if current_revision(engine) is not None else None
    command.upgrade(alembic_config(engine), "head")
    return backup


def copy_file(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
