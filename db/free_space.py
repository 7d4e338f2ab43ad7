"""After an erasure: no copy of the erased values left in the database's free space.

A row updated in place leaves its old bytes in the page's free space, a page let go keeps its
content on the free list, and SQLite's write-ahead log holds earlier images of the pages it
wrote — all readable in the raw file by anyone who copies it. So the erasure itself runs with
``secure_delete`` (freed content is zeroed as it is freed), and once it has committed the file
is rebuilt (``VACUUM``: the old pages, including what earlier edits left behind, are gone) and
the log folded in and cut to nothing (``wal_checkpoint(TRUNCATE)``).

On PostgreSQL the touched tables are vacuumed outside a transaction, so the dead row versions
are reclaimed for reuse; the server's own write-ahead log and files are its DBA's to manage
(and a role that does not own the tables is only warned that it may not vacuum them).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@contextmanager
def secure_delete(session: Session) -> Iterator[None]:
    """SQLite zeroes whatever this session's statements delete or overwrite, until the end of
    the block; the pooled connection then goes back to how it was."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA secure_delete = {int(before or 0)}")


def wipe_free_space(engine: Engine, tables: Sequence[str]) -> bool:
    """Rebuild the SQLite file and empty its log, or vacuum ``tables`` on PostgreSQL.
    False when SQLite could not finish (another program kept the log in use past the busy
    timeout): the data is erased, but the file may still hold old copies until it can."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("VACUUM")
                busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
                return not busy
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("VACUUM " + ", ".join(tables))
            return True
    except DBAPIError:
        log.warning("could not reclaim the free space after an erasure", exc_info=True)
        return False
