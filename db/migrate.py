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

from sqlalchemy import Engine, inspect, text

from db.engine import sqlite_file_of

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


def head_revision() -> str:
    """The one revision no other migration builds on (the chain is linear; a test checks it)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if found := _DOWN.search(source):
            parents.add(found.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return backup


def copy_file(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
