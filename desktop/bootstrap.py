"""Open the database the user asked for: check the embedded file, then bring it to the newest
schema. A damaged file is refused, or opened read-only where the caller can work with that.

Which database: ``--database``, else ``LABOUR_DESK_DATABASE_URL``, else the choice saved in
the server settings (its password from the OS credential store), else the local file."""

from __future__ import annotations

import datetime as dt
import logging
from contextlib import suppress
from pathlib import Path

from db.engine import Database, sqlite_file_of
from db.migrate import upgrade_to_head
from desktop.paths import backup_dir
from desktop.services.connection_settings import resolve_database
from desktop.services.database_health import DamagedDatabase, check_on_open, mark_in_use

log = logging.getLogger(__name__)


def open_database(
    url: str | None = None, *, upgrade: bool = True, read_only_if_damaged: bool = False
) -> Database:
    url, password = resolve_database(url)
    file_path = sqlite_file_of(url)
    if file_path:
        health = check_on_open(Path(file_path), dt.date.today(), backup_dir())
        if health.damaged:
            log.error("database failed its check on open")
            if not read_only_if_damaged:
                raise DamagedDatabase(health)
            return Database.open(url, read_only=True)
    db = Database.open(url, password=password)
    if upgrade:
        backup = upgrade_to_head(db.url, db.engine)
        if backup:
            log.info("database upgraded; previous copy kept at %s", backup)
    if file_path:
        mark = mark_in_use(Path(file_path))
        db.on_dispose.append(lambda: _unmark(mark))
    return db


def _unmark(mark: Path) -> None:
    with suppress(OSError):
        mark.unlink(missing_ok=True)
