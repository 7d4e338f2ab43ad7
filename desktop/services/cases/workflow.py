"""The workflow part of the case service: the steps a user may take now, taking one, and the
supervisor's approval of the steps that need it (request → approve or deny with a comment)."""

from __future__ import annotations

import datetime as dt

from db.models import ApprovalRequest
from db.queries import accounts as account_queries
from db.queries import cases as q
from desktop.domain.cases.records import ApprovalInfo, CaseDetail
from desktop.domain.cases.workflow import (
    Agency,
    Approval,
    CaseStatus,
    Outcome,
    Transition,
    allowed_from,
)
from desktop.domain.errors import DeskError, NotFound, ValidationError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases import steps
from desktop.services.cases.loading import CaseServiceBase
from desktop.services.cases.mapping import approval_info, event
from desktop.services.cases.service_levels import table_in


class CaseWorkflow(CaseServiceBase):
    def actions(self, detail: CaseDetail) -> list[Transition]:
        """The steps the signed-in user may start now (approval steps included: the UI turns
        them into requests for users who cannot approve). While a request waits, none: the
        supervisor decides on the case as it was when asked."""
        user = self.ctx.user
        if user is None or not self.ctx.can(Permission.WORK_CASE):
            return []
        if detail.pending_approval is not None and detail.pending_approval.pending:
            return []
        return allowed_from(detail.status, user.roles)

    def move(
        self,
        case_id: int,
        expected_version: int,
        target: CaseStatus,
        note: str = "",
        *,
        agency: Agency | str | None = None,
        agency_contact: str = "",
        outcome: Outcome | str | None = None,
        outcome_on: dt.date | None = None,
        outcome_note: str = "",
        duplicate_of_id: int | None = None,
    ) -> CaseDetail:
        """Take one step of the workflow table. A step that needs approval is done here only
        by a supervisor or admin (it counts as approved and is recorded so); a clerk is told
        to request it."""
        user = self.ctx.require(Permission.WORK_CASE)
        target = CaseStatus(target)
        details = steps.StepDetails(
            note=note or "",
            agency=Agency(agency) if agency else None,
            agency_contact=agency_contact or "",
            outcome=Outcome(outcome) if outcome else None,
            outcome_on=outcome_on,
            outcome_note=outcome_note or "",
            duplicate_of_id=duplicate_of_id,
        )
        today, now = self.ctx.today(), self.ctx.now()
        with self.ctx.unit_of_work() as s:
            case = self._locked(s, case_id, expected_version)
            step = steps.checked_step(case, target, user)
            steps.require_approval_right(step, user)
            original = steps.check_details(s, case, step, details, today)
            if step.approval is not None:
                steps.record_own_approval(s, user, case, step, details.note, now)
            steps.take_step(
                s,
                user,
                case,
                step,
                details,
                today=today,
                now=now,
                table=table_in(s),
                original=original,
                approved_by_mover=step.approval is not None,
            )
            s.flush()
            return self._detail(s, case)

    def request_approval(
        self, case_id: int, expected_version: int, target: CaseStatus, note: str
    ) -> CaseDetail:
        """Ask a supervisor for a step that needs approval (rejecting, closing unresolved)."""
        user = self.ctx.require(Permission.WORK_CASE)
        if not (note or "").strip():
            raise ValidationError({"note": "กรุณาระบุเหตุผลของคำขออนุมัติ"})
        target, now = CaseStatus(target), self.ctx.now()
        with self.ctx.unit_of_work() as s:
            case = self._locked(s, case_id, expected_version)
            step = steps.checked_step(case, target, user)
            if step.approval is None:
                raise DeskError(f"“{step.label}” ไม่ต้องขออนุมัติ ดำเนินการได้เลย")
            s.add(
                ApprovalRequest(
                    case_id=case.id,
                    kind=step.approval.value,
                    target_status=target.value,
                    requested_by_id=user.id,
                    requested_at=now,
                    note=note.strip(),
                    comment="",
                )
            )
            case.pending_approval = step.approval.value
            s.add(
                event(
                    case.id,
                    user.id,
                    now,
                    "approval_requested",
                    source=CaseStatus(case.status),
                    target=target,
                    note=f"{step.approval.label}: {note.strip()}",
                )
            )
            audit.record(
                s,
                user,
                "approval_request",
                "case",
                case.id,
                {"kind": step.approval.value, "to": target.value},
            )
            s.flush()
            return self._detail(s, case)

    def decide(self, approval_id: int, approve: bool, comment: str) -> CaseDetail:
        """A supervisor's answer: approving takes the step asked for; denying (with a reason)
        leaves the case where it was, free for the clerk's next step."""
        user = self.ctx.require(Permission.APPROVE_CASE)
        comment = (comment or "").strip()
        if not approve and not comment:
            raise ValidationError({"comment": "กรุณาระบุเหตุผลที่ไม่อนุมัติ"})
        today, now = self.ctx.today(), self.ctx.now()
        with self.ctx.unit_of_work() as s:
            request = q.approval(s, approval_id)
            if request is None:
                raise NotFound(f"ไม่พบคำขออนุมัติรหัส {approval_id}")
            case = self._locked(s, request.case_id, None)
            # Another supervisor may have decided while this one waited for the case's lock.
            s.refresh(request)
            if request.approved is not None:
                raise DeskError("คำขออนุมัตินี้ได้รับการพิจารณาไปแล้ว")
            kind, target = Approval(request.kind), CaseStatus(request.target_status)
            request.approved, request.comment = approve, comment
            request.decided_by_id, request.decided_at = user.id, now
            case.pending_approval = None
            s.add(
                event(
                    case.id,
                    user.id,
                    now,
                    "approved" if approve else "denied",
                    source=CaseStatus(case.status),
                    target=target,
                    note=f"{kind.label}" + (f": {comment}" if comment else ""),
                )
            )
            audit.record(
                s,
                user,
                "approve" if approve else "deny",
                "case",
                case.id,
                {"approval_id": request.id, "kind": kind.value, "to": target.value},
            )
            if approve:
                step = steps.checked_step(case, target, user)
                steps.take_step(
                    s,
                    user,
                    case,
                    step,
                    steps.StepDetails(note=request.note),
                    today=today,
                    now=now,
                    table=table_in(s),
                )
            s.flush()
            return self._detail(s, case)

    def pending_approvals(self) -> list[ApprovalInfo]:
        """Requests waiting for a supervisor, oldest first."""
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            pending = q.pending_approvals(s)
            users = account_queries.full_names(s, (a.requested_by_id for a, _ in pending))
            return [approval_info(a, case_no, users) for a, case_no in pending]
