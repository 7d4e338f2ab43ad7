"""Copy every table of one database into another, empty one, keeping every id.

Used once per office to move the local SQLite file up to its PostgreSQL server: the tables go
in foreign-key order (parents first), rows in id order in batches, all in **one transaction**
on the target, so a failure or a cancel leaves the server as empty as it was. A column that
points into its own table (a duplicate case's original) is filled in a second pass, since the
original may have a higher id. PostgreSQL's sequences are then set past the highest id copied,
so the next person registered on the server gets the next number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, Table, func, insert, select, text, update

from db.engine import DatabaseProblem
from db.models import Base

BATCH = 1000


class TargetNotEmpty(DatabaseProblem):
    """The target already holds data: copying into it would mix two offices' records."""


class CopyCancelled(Exception):
    """The user stopped the copy; the target was rolled back."""


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


# Bookkeeping of the database it lives in, not data: the server's own counters go on counting.
NOT_COPIED = {"change_counter"}


def tables() -> list[Table]:
    """Every table of the models that holds the office's data, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def row_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()
    }


def non_empty_tables(conn: Connection) -> list[str]:
    return [name for name, n in row_counts(conn).items() if n]


def copy_all(
    source: Engine,
    target: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_commit: Callable[[Connection, list[TableCount]], None] | None = None,
) -> list[TableCount]:
    """Copy every row of ``source`` into the empty ``target`` (same schema revision); one
    transaction on the target. ``before_commit(conn, counts)`` adds what must commit with the copy
    (the audit row). Raises ``TargetNotEmpty`` naming the tables that hold rows."""
    with source.connect() as src, target.begin() as dst:
        if filled := non_empty_tables(dst):
            raise TargetNotEmpty(
                "ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว (ตาราง "
                + ", ".join(filled[:5])
                + (" …" if len(filled) > 5 else "")
                + ") จึงไม่คัดลอกทับ กรุณาใช้ฐานข้อมูลว่างบนเซิร์ฟเวอร์ "
                "หรือสั่งรวมข้อมูลโดยจับคู่บุคคลด้วยเลขประจำตัวประชาชน (--merge)"
            )
        counts = row_counts(src)
        total, done = sum(counts.values()), 0
        copied: list[TableCount] = []
        for table in tables():
            rows = _copy_table(src, dst, table, cancelled)
            done += rows
            copied.append(TableCount(table.name, rows))
            if progress is not None:
                progress(done, total)
        if dst.dialect.name == "postgresql":
            fix_sequences(dst)
        if before_commit is not None:
            before_commit(dst, copied)
        return copied


def _copy_table(
    src: Connection, dst: Connection, table: Table, cancelled: Callable[[], bool] | None
) -> int:
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[tuple[dict, dict]] = []  # (primary key, own-table references) for pass two
    order = list(table.primary_key.columns)
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    count = 0
    for batch in result.partitions(BATCH):
        if cancelled is not None and cancelled():
            raise CopyCancelled()
        rows = [dict(row._mapping) for row in batch]
        for row in rows:
            refs = {name: row[name] for name in own if row[name] is not None}
            if refs:
                later.append(({c.name: row[c.name] for c in order}, refs))
                row.update(dict.fromkeys(refs))
        dst.execute(insert(table), rows)
        count += len(rows)
    for key, refs in later:
        where = [table.c[name] == value for name, value in key.items()]
        dst.execute(update(table).where(*where).values(**refs))
    return count


def fix_sequences(conn: Connection) -> None:
    """Each serial or identity id's sequence set past the highest id (or reset when empty)."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if not seq:
            continue
        conn.execute(
            text(
                f'SELECT setval(:seq, COALESCE((SELECT MAX("{pk[0].name}") FROM "{table.name}"), 1), '
                f'(SELECT MAX("{pk[0].name}") FROM "{table.name}") IS NOT NULL)'
            ),
            {"seq": seq},
        )
