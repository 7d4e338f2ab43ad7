"""Merge one office's database into a server database that already holds data.

Unlike :mod:`db.copy_database` the ids cannot be kept: every row gets the target's next id
and every reference is re-pointed through a map of old → new ids, table by table in
foreign-key order, in **one transaction** on the target. What is the same thing on both sides
is not duplicated:

- a **person** with the same national ID is the target's person: their cases, visits,
  evaluations, areas, awards and status history from the source are attached to that person;
- a **user** with the same user name is the target's user (their roles are added once);
- the **office** row, the service levels, the import mappings, the visit topics (same text)
  and the evaluation templates (same fiscal year and version, with their criteria and grade
  bands) are the target's.

What cannot be merged without choosing between two versions stops the whole merge with one
Thai line naming it, and nothing is written: a case number on both sides, a person with a
current mentor on both sides, or an evaluation of the same person and fiscal year on both.
The audit trail's rows are copied with their user and (where it names a row of a table
merged here) their entity re-pointed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from db.copy_database import CopyCancelled, row_counts, tables
from db.engine import DatabaseProblem

BATCH = 500

# Audit rows name their record by entity and id; the entities that are rows of a table.
AUDIT_ENTITIES = {
    "person": "person",
    "case": "referral_case",
    "user": "app_user",
    "visit": "visit",
    "award": "award",
    "follow_up": "follow_up",
    "visit_topic": "visit_topic",
    "evaluation": "evaluation",
    "mentor_assignment": "mentor_assignment",
    "evaluation_template": "evaluation_template",
    "office": "office",
}

# Rows that are the same thing when these columns (after re-pointing) are equal.
MATCH_BY: dict[str, tuple[str, ...]] = {
    "person": ("national_id",),
    "app_user": ("username",),
    "user_role": ("user_id", "role"),
    "person_area": ("person_id", "subdistrict_code"),
    "service_level": ("step", "need"),
    "import_mapping": ("kind",),
    "visit_topic": ("text",),
    "evaluation_template": ("fiscal_year", "version"),
}
# Children that come with their parent: skipped when the parent was matched.
WITH_PARENT = {"template_criterion": "template_id", "grade_band": "template_id"}


class MergeConflict(DatabaseProblem):
    """Two versions of one thing; nothing was merged."""


@dataclass(frozen=True)
class MergeCount:
    table: str
    added: int
    matched: int


def merge_all(
    source: Engine,
    target: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_commit: Callable[[Connection, list[MergeCount]], None] | None = None,
) -> list[MergeCount]:
    with source.connect() as src, target.begin() as dst:
        total, done = sum(row_counts(src).values()), 0
        ids: dict[str, dict[object, object]] = {}
        matched_rows: dict[str, set] = {}
        counts: list[MergeCount] = []
        later: list[tuple[Table, object, dict]] = []
        for table in tables():
            added, matched = _merge_table(src, dst, table, ids, matched_rows, later, cancelled)
            counts.append(MergeCount(table.name, added, matched))
            done += added + matched
            if progress is not None:
                progress(done, total)
        for table, new_id, refs in later:  # references into the same table (duplicate_of)
            values = {name: ids[table.name].get(old) for name, old in refs.items()}
            dst.execute(update(table).where(table.c.id == new_id).values(**values))
        if before_commit is not None:
            before_commit(dst, counts)
        return counts


def _merge_table(src, dst, table, ids, matched_rows, later, cancelled) -> tuple[int, int]:
    name = table.name
    pk = list(table.primary_key.columns)
    single_id = len(pk) == 1 and pk[0].name == "id"
    ids.setdefault(name, {})
    matched_rows.setdefault(name, set())
    known = _target_keys(dst, table)
    added = matched = 0
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    for batch in src.execute(select(table).order_by(*pk)).partitions(BATCH):
        if cancelled is not None and cancelled():
            raise CopyCancelled()
        olds, rows, refs_of = [], [], []
        for source_row in batch:
            row = dict(source_row._mapping)
            old_id = row.get("id") if single_id else None
            parent = WITH_PARENT.get(name)
            if parent and row[parent] in matched_rows.get(_target_of(table, parent), set()):
                matched += 1  # the target's own template keeps its criteria and bands
                continue
            _repoint(table, row, ids, own)
            existing = _existing(dst, table, row, known)
            if existing is not None:
                if single_id:
                    ids[name][old_id] = existing
                    matched_rows[name].add(old_id)
                elif name == "case_counter":
                    _keep_higher_counter(dst, table, row)
                matched += 1
                continue
            refs = {n: row[n] for n in own if row[n] is not None}
            row.update(dict.fromkeys(refs))
            if single_id:
                row.pop("id")
            olds.append(old_id)
            rows.append(row)
            refs_of.append(refs)
        if not rows:
            continue
        new_ids = _insert(dst, table, rows, single_id)
        if single_id:
            for old_id, new_id, refs in zip(olds, new_ids, refs_of, strict=True):
                ids[name][old_id] = new_id
                if refs:
                    later.append((table, new_id, refs))
        added += len(rows)
    return added, matched


def _target_keys(dst: Connection, table: Table) -> dict[tuple, object]:
    """The target's rows of a matched table by their matching columns (→ id, or True)."""
    columns = MATCH_BY.get(table.name)
    if not columns:
        return {}
    single_id = "id" in table.c and len(table.primary_key.columns) == 1
    picked = [table.c[c] for c in columns] + ([table.c.id] if single_id else [])
    keys = {}
    for found in dst.execute(select(*picked)):
        keys[tuple(found[: len(columns)])] = found[-1] if single_id else True
    return keys


def _target_of(table: Table, column: str) -> str:
    return next(iter(table.c[column].foreign_keys)).column.table.name


def _repoint(table: Table, row: dict, ids: dict, own: list[str]) -> None:
    for fk in table.foreign_keys:
        column = fk.parent.name
        if column in own or row.get(column) is None:
            continue
        mapped = ids.get(fk.column.table.name, {})
        if row[column] in mapped:
            row[column] = mapped[row[column]]
    if table.name == "audit_event" and row.get("entity_id") is not None:
        entity_table = AUDIT_ENTITIES.get(row["entity"])
        if entity_table and row["entity_id"] in ids.get(entity_table, {}):
            row["entity_id"] = ids[entity_table][row["entity_id"]]


def _existing(dst: Connection, table: Table, row: dict, known: dict[tuple, object]):
    """The target's row that is the same thing (its id, or True for a composite key)."""
    name = table.name
    if name == "office":
        return dst.execute(select(table.c.id).order_by(table.c.id).limit(1)).scalar()
    if name == "case_counter":
        key = and_(
            table.c.case_prefix == row["case_prefix"], table.c.fiscal_year == row["fiscal_year"]
        )
        return True if dst.execute(select(table.c.last_number).where(key)).first() else None
    columns = MATCH_BY.get(name)
    if not columns:
        return None
    return known.get(tuple(row[c] for c in columns))


def _keep_higher_counter(dst: Connection, table: Table, row: dict) -> None:
    key = and_(table.c.case_prefix == row["case_prefix"], table.c.fiscal_year == row["fiscal_year"])
    current = dst.execute(select(table.c.last_number).where(key)).scalar_one()
    if row["last_number"] > current:
        dst.execute(update(table).where(key).values(last_number=row["last_number"]))


def _insert(dst: Connection, table: Table, rows: list[dict], single_id: bool) -> list:
    """Insert a batch (new ids in the rows' order); on a conflict find the row that has one."""
    try:
        with dst.begin_nested():
            return _insert_batch(dst, table, rows, single_id)
    except IntegrityError:
        pass
    for row in rows:  # the batch was rolled back to its savepoint: one by one, to name it
        try:
            with dst.begin_nested():
                _insert_batch(dst, table, [row], single_id)
        except IntegrityError:
            raise MergeConflict(_conflict_message(table.name, row)) from None
    raise MergeConflict(_conflict_message(table.name, rows[0]))


def _insert_batch(dst: Connection, table: Table, rows: list[dict], single_id: bool) -> list:
    if not single_id:
        dst.execute(insert(table), rows)
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(dst.execute(statement, rows).scalars())


def _conflict_message(table: str, row: dict) -> str:
    if table == "referral_case":
        return (
            f"เลขที่เรื่อง {row.get('case_no')} มีอยู่แล้วบนเซิร์ฟเวอร์ จึงรวมข้อมูลไม่ได้ "
            "(สองสำนักงานต้องใช้อักษรนำหน้าเลขที่เรื่องต่างกัน) ไม่ได้บันทึกข้อมูลใด"
        )
    if table == "mentor_assignment":
        return (
            "บุคคลเดียวกัน (เลขประจำตัวตรงกัน) มีพี่เลี้ยงปัจจุบันทั้งในไฟล์และบนเซิร์ฟเวอร์ "
            "กรุณาสิ้นสุดการมอบหมายด้านใดด้านหนึ่งก่อน ไม่ได้บันทึกข้อมูลใด"
        )
    if table == "evaluation":
        return (
            f"บุคคลเดียวกันมีผลการประเมินปีงบประมาณ {row.get('fiscal_year')} ทั้งในไฟล์และบนเซิร์ฟเวอร์ "
            "จึงรวมข้อมูลไม่ได้ ไม่ได้บันทึกข้อมูลใด"
        )
    return f"ข้อมูลในตาราง {table} ซ้ำกับที่มีบนเซิร์ฟเวอร์ จึงรวมข้อมูลไม่ได้ ไม่ได้บันทึกข้อมูลใด"
