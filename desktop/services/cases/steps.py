"""Taking a workflow step on a case, inside the caller's unit of work.

``CaseService.move``, ``decide`` (approving performs the step) and intake of a duplicate all
come through ``take_step``, so every status change is checked against the one table in
:mod:`desktop.domain.cases.workflow`, recalculates the due date, and leaves an event and an audit row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import ApprovalRequest, Case
from db.queries import cases as q
from desktop.domain.cases.categories import Agency, Outcome
from desktop.domain.cases.records import CONSENT_WITHDRAWN
from desktop.domain.cases.rules import (
    ApprovalPending,
    ApprovalRequired,
    TransitionNotAllowed,
    move_errors,
)
from desktop.domain.cases.workflow import Approval, CaseStatus, Transition, may_decide, transition
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.records import UserInfo
from desktop.services import audit
from desktop.services.cases.mapping import ServiceTable, enter_status, event


@dataclass(frozen=True)
class StepDetails:
    """What the user chose for a step (only some steps use each)."""

    note: str = ""
    agency: Agency | None = None
    agency_contact: str = ""
    outcome: Outcome | None = None
    outcome_on: dt.date | None = None
    outcome_note: str = ""
    duplicate_of_id: int | None = None


def checked_step(case: Case, target: CaseStatus, user: UserInfo) -> Transition:
    """The table's step from the case's status to ``target``, if this user may take or ask it."""
    source = CaseStatus(case.status)
    step = transition(source, target)
    if step is None:
        raise TransitionNotAllowed(source, target)
    if not (set(user.roles) & step.roles):
        raise PermissionDenied(f"คุณไม่มีสิทธิ์ “{step.label}”")
    if case.pending_approval:
        raise ApprovalPending(Approval(case.pending_approval))
    return step


def original_case(session: Session, case: Case, original_id: int) -> Case:
    """The open-or-closed case this one repeats; never itself, never another duplicate."""
    original = q.by_id(session, original_id)
    if original is None:
        raise ValidationError({"duplicate_of_id": "ไม่พบเรื่องเดิมที่ระบุ"})
    if original.id == case.id:
        raise ValidationError({"duplicate_of_id": "เรื่องเดิมต้องเป็นเรื่องอื่น ไม่ใช่เรื่องนี้"})
    if original.status == CaseStatus.DUPLICATE.value:
        # Link to the first report, so a chain of duplicates never forms.
        root = q.case_nos(session, {original.duplicate_of_id or 0}).get(
            original.duplicate_of_id or 0
        )
        raise ValidationError(
            {
                "duplicate_of_id": f"เรื่อง {original.case_no} เป็นเรื่องซ้ำอยู่แล้ว"
                + (f" กรุณาระบุเรื่องเดิม {root}" if root else "")
            }
        )
    return original


def check_details(
    session: Session, case: Case, step: Transition, d: StepDetails, today: dt.date
) -> Case | None:
    """Raise ValidationError naming every missing piece; returns the original of a duplicate."""
    withdrawn = step.needs_consent and q.has_event(session, case.id, CONSENT_WITHDRAWN)
    errors = move_errors(
        step,
        consent=case.consent,
        consent_withdrawn=withdrawn,
        received_on=case.received_on,
        today=today,
        note=d.note,
        agency=d.agency,
        agency_contact=d.agency_contact,
        outcome=d.outcome,
        outcome_on=d.outcome_on,
        duplicate_of_id=d.duplicate_of_id,
    )
    if errors:
        raise ValidationError(errors)
    if step.needs_original and d.duplicate_of_id is not None:
        return original_case(session, case, d.duplicate_of_id)
    return None


def take_step(
    session: Session,
    user: UserInfo,
    case: Case,
    step: Transition,
    details: StepDetails,
    *,
    today: dt.date,
    now: dt.datetime,
    table: ServiceTable,
    original: Case | None = None,
    approved_by_mover: bool = False,
) -> None:
    """Record ``step`` as done by ``user`` today (after ``checked_step`` and ``check_details``)."""
    source = enter_status(
        case,
        step.target,
        today,
        table,
        agency=details.agency,
        agency_contact=details.agency_contact,
        outcome=details.outcome,
        outcome_on=details.outcome_on,
        outcome_note=details.outcome_note,
        duplicate_of_id=original.id if original is not None else None,
    )
    session.add(
        event(
            case.id,
            user.id,
            now,
            "transition",
            source=source,
            target=step.target,
            note=_event_note(step, details, original),
        )
    )
    audit.record(
        session,
        user,
        "transition",
        "case",
        case.id,
        {
            "from": source.value if source else None,
            "to": step.target.value,
            "agency": details.agency.value if details.agency and step.needs_agency else None,
            "outcome": details.outcome.value if details.outcome and step.needs_outcome else None,
            "duplicate_of": original.id if original is not None else None,
            "approval": step.approval.value if step.approval else None,
            "approved_by_mover": approved_by_mover,
        },
    )


def record_own_approval(
    session: Session, user: UserInfo, case: Case, step: Transition, note: str, now: dt.datetime
) -> None:
    """A supervisor who takes an approval step approves it: kept as a decided request."""
    assert step.approval is not None and may_decide(user.roles)
    session.add(
        ApprovalRequest(
            case_id=case.id,
            kind=step.approval.value,
            target_status=step.target.value,
            requested_by_id=user.id,
            requested_at=now,
            note=note.strip(),
            decided_by_id=user.id,
            decided_at=now,
            approved=True,
            comment="อนุมัติโดยผู้ดำเนินการ (หัวหน้างาน)",
        )
    )
    session.add(
        event(
            case.id,
            user.id,
            now,
            "approved",
            source=CaseStatus(case.status),
            target=step.target,
            note=f"{step.approval.label}: อนุมัติด้วยตนเอง",
        )
    )


def require_approval_right(step: Transition, user: UserInfo) -> None:
    if step.approval is not None and not may_decide(user.roles):
        raise ApprovalRequired(step.approval)


def _event_note(step: Transition, d: StepDetails, original: Case | None) -> str:
    parts: list[str] = []
    if step.needs_agency and d.agency is not None:
        contact = (d.agency_contact or "").strip()
        parts.append(f"ส่งต่อ {d.agency.label}" + (f" ({contact})" if contact else ""))
    if step.needs_outcome and d.outcome is not None:
        outcome = d.outcome.label
        parts.append(
            f"ผล: {outcome}" + (f" — {d.outcome_note.strip()}" if d.outcome_note.strip() else "")
        )
    if original is not None:
        parts.append(f"ซ้ำกับเรื่อง {original.case_no}")
    if d.note.strip():
        parts.append(d.note.strip())
    return "\n".join(parts)
