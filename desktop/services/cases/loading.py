"""What every case use case shares, inside its unit of work: loading a case, locking it for a
change (refusing it when another user saved since it was read), and turning it into a
``CaseDetail``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import Case, Person
from db.queries import accounts as account_queries
from db.queries import cases as q
from desktop.domain.cases.records import CaseDetail
from desktop.domain.errors import NotFound, StaleRecordError
from desktop.services.cases.mapping import approval_info, to_detail


def load(s: Session, case_id: int | None) -> Case:
    case = q.by_id(s, case_id, with_details=True) if case_id is not None else None
    if case is None:
        raise NotFound(f"ไม่พบเรื่องรหัส {case_id}")
    return case


def locked(s: Session, case_id: int, expected_version: int | None) -> Case:
    """The case, locked until commit; ``expected_version`` None skips the staleness check."""
    case = q.for_update(s, case_id)
    if case is None:
        raise NotFound(f"ไม่พบเรื่องรหัส {case_id}")
    if expected_version is not None and case.version != expected_version:
        raise StaleRecordError()
    return case


def detail(s: Session, case: Case, today: dt.date) -> CaseDetail:
    events = q.events_of(s, case.id)
    pending = q.pending_approval_of(s, case.id)
    ids = {e.user_id for e in events} | {case.assigned_to_id, case.created_by_id}
    if pending is not None:
        ids.add(pending.requested_by_id)
    users = account_queries.full_names(s, ids)
    reporter = s.get(Person, case.reporter_id) if case.reporter_id else None
    dup = case.duplicate_of_id
    dup_no = q.case_nos(s, {dup}).get(dup, "") if dup else ""
    return to_detail(
        case,
        reporter=reporter,
        users=users,
        duplicate_of_no=dup_no,
        pending=approval_info(pending, case.case_no, users) if pending is not None else None,
        events=events,
        today=today,
    )
