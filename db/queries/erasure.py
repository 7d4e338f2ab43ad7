"""Erasing a person (PDPA): every row that holds a copy of their data, the free texts elsewhere
that mention them, and the audit rows to rewrite — past the trail's append-only guard, which
lets an erasure change a row's ``details`` and nothing else (migration 0012).

The tables and their copies of a person, checked against every model in ``db.models``:

- ``person`` (name, ID, contact, address, free text, ``search_text`` and ``name_sort_key``,
  and on SQLite the ``person_fts`` index fed from ``search_text`` by triggers);
  ``status_history.reason``; ``person_area`` holds area codes only.
- ``referral_case`` about them (their ID, or their name without an ID): the person's name,
  sort key, ID, phone, description, notes and ``search_text`` (``case_fts`` on SQLite);
  ``case_event.note``, ``approval_request.note``/``comment`` of those cases.
- ``visit`` (place, notes, problems, advice), ``follow_up.action``, ``evaluation``'s
  comments, ``award.note``; ``mentor_assignment``, ``visit_topic_link`` and
  ``evaluation_score`` hold ids and numbers only.
- ``audit_event.details``: the old/new values of their edits, and anything naming them.
- None: ``app_user``, ``user_role``, ``office``, ``case_need``, ``case_counter``,
  ``service_level``, ``visit_topic``, ``evaluation_template``, ``template_criterion``,
  ``grade_band`` (the office's own lists), ``import_mapping`` (sheet headers),
  ``change_counter``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, and_, bindparam, false, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import (
    ApprovalRequest,
    AuditEvent,
    Award,
    Case,
    CaseEvent,
    Evaluation,
    FollowUp,
    Person,
    StatusHistory,
    Visit,
)

# Free texts anyone may have typed a person's name or ID into, in any row: a match there is
# replaced, the rest of the text kept (the rows of the person's own records are blanked whole).
FREE_TEXTS: tuple[InstrumentedAttribute, ...] = (
    Person.notes,
    StatusHistory.reason,
    Case.description,
    Case.outcome_note,
    Case.reporter_note,
    Case.agency_contact,
    CaseEvent.note,
    ApprovalRequest.note,
    ApprovalRequest.comment,
    Visit.place,
    Visit.notes,
    Visit.problems,
    Visit.advice,
    FollowUp.action,
    Evaluation.strengths,
    Evaluation.to_improve,
    Evaluation.comments,
    Award.note,
)

# What an erasure writes, for a vacuum afterwards (PostgreSQL).
TABLES = (
    "person",
    "status_history",
    "referral_case",
    "case_event",
    "approval_request",
    "visit",
    "follow_up",
    "evaluation",
    "award",
    "audit_event",
)


def cases_about(
    session: Session, national_id: str, names: Sequence[str], phone: str
) -> Sequence[Case]:
    """The cases whose subject is this person: their national ID, or, keyed without an ID,
    their name (with or without the title) and no other phone number."""
    about = []
    if national_id:
        about.append(Case.person_national_id == national_id)
    if names:
        by_name = [Case.person_national_id == "", Case.person_name.in_(names)]
        if phone:
            by_name.append(or_(Case.person_phone == "", Case.person_phone == phone))
        about.append(and_(*by_name))
    if not about:
        return []
    return session.scalars(select(Case).where(or_(*about)).order_by(Case.id)).all()


def approvals_of(session: Session, case_ids: Sequence[int]) -> Sequence[ApprovalRequest]:
    if not case_ids:
        return []
    return session.scalars(
        select(ApprovalRequest).where(ApprovalRequest.case_id.in_(case_ids))
    ).all()


def scrub_free_texts(session: Session, found: Sequence[str], label: str) -> int:
    """Replace each of ``found`` by ``label`` in every free text of every row: one scan of
    each table (once per erasure, however many people it erases). Rows with a version move it
    on, so a clerk's form opened before cannot save the old text back. Returns how many rows
    changed."""
    if not found:
        return 0
    by_model: dict[Any, list[InstrumentedAttribute]] = {}
    for column in FREE_TEXTS:
        by_model.setdefault(column.class_, []).append(column)
    changed = 0
    for model, columns in by_model.items():
        values: dict[str, Any] = {}
        for column in columns:
            replaced: Any = column
            for needle in found:
                replaced = func.replace(replaced, needle, label)
            values[column.key] = replaced
        if "version" in model.__table__.c:
            values["version"] = model.version + 1
        mentions = [c.contains(n, autoescape=True) for c in columns for n in found]
        stmt = (
            update(model)
            .where(or_(*mentions))
            .values(values)
            .execution_options(synchronize_session=False)
        )
        changed += session.execute(stmt).rowcount or 0
    return changed


# -- the audit trail -------------------------------------------------------------------------
def audit_rows_about(
    session: Session, subjects: Iterable[tuple[str, Sequence[int]]]
) -> Sequence[Row[Any]]:
    """(id, details) of the rows about these records ((entity, ids) pairs)."""
    about = [
        and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
        for entity, ids in subjects
        if ids
    ]
    return session.execute(
        select(AuditEvent.id, AuditEvent.details).where(or_(false(), *about))
    ).all()


def audit_rows_mentioning(session: Session, found: Sequence[str]) -> Sequence[Row[Any]]:
    """(id, details) of every row whose details hold one of ``found`` (a scan of the trail)."""
    if not found:
        return []
    return session.execute(
        select(AuditEvent.id, AuditEvent.details).where(
            or_(*(AuditEvent.details.contains(n, autoescape=True) for n in found))
        )
    ).all()


_GUARD = "audit_event_no_update"


def rewrite_audit_details(session: Session, details: dict[int, str]) -> None:
    """Give these audit rows new ``details`` (their other columns cannot change), inside the
    caller's transaction: on PostgreSQL through the owner's ``audit_event_redact``; on SQLite
    by lifting the append-only trigger for these statements and putting it back, all in the
    same transaction (SQLite's DDL is transactional: a rollback restores the trigger too)."""
    if not details:
        return
    rows = [{"event_id": i, "redacted": d} for i, d in sorted(details.items())]
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(
            select(func.audit_event_redact(bindparam("event_id"), bindparam("redacted"))), rows
        )
        return
    if not conn.connection.dbapi_connection.in_transaction:
        raise RuntimeError("the audit trail is rewritten only inside the erasure's transaction")
    guard = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_GUARD,)
    ).scalar()
    table = AuditEvent.__table__
    stmt = (
        update(table)
        .where(table.c.id == bindparam("event_id"))
        .values(details=bindparam("redacted"))
    )
    if guard:
        conn.exec_driver_sql(f"DROP TRIGGER {_GUARD}")
    conn.execute(stmt, rows)
    if guard:
        conn.exec_driver_sql(guard)


def merge_search_indexes(session: Session) -> None:
    """SQLite's FTS5 keeps an old text's trigrams, marked deleted, until its segments merge:
    merge them now, so the index holds only what the rows hold."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        for fts in ("person_fts", "case_fts"):
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


# -- retention -------------------------------------------------------------------------------
def left_network_histories(session: Session) -> dict[int, list[tuple[str, dt.date]]]:
    """For each person not active and not anonymised: their status history, in the order
    it was recorded, as (status, effective on)."""
    rows = session.execute(
        select(StatusHistory.person_id, StatusHistory.status, StatusHistory.effective_on)
        .join(Person, Person.id == StatusHistory.person_id)
        .where(Person.status != "active", Person.anonymised_at.is_(None))
        .order_by(StatusHistory.person_id, StatusHistory.id)
    ).all()
    out: dict[int, list[tuple[str, dt.date]]] = {}
    for person_id, status, effective_on in rows:
        out.setdefault(person_id, []).append((status, effective_on))
    return out


def left_network(session: Session) -> Sequence[Row[Any]]:
    """(id, title, first_name, last_name, kind, status, updated_at) of the people not active
    and not anonymised, in name order."""
    return session.execute(
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.kind,
            Person.status,
            Person.updated_at,
        )
        .where(Person.status != "active", Person.anonymised_at.is_(None))
        .order_by(Person.name_sort_key, Person.id)
    ).all()
