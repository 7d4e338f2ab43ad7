"""Open the database the user asked for and bring it to the newest schema."""

from __future__ import annotations

import logging

from db.engine import Database
from db.migrate import upgrade_to_head
from desktop.paths import database_url

log = logging.getLogger(__name__)


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    db = Database.open(database_url(url))
    if upgrade:
        backup = upgrade_to_head(db.url, db.engine)
        if backup:
            log.info("database upgraded; previous copy kept at %s", backup)
    return db
