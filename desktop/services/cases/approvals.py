"""A supervisor's approval of the steps that need it: request, then approve or deny with a
comment. Approving takes the step asked for, through the same ``steps.take_step`` as a move."""

from __future__ import annotations

from db.models import ApprovalRequest
from db.queries import accounts as account_queries
from db.queries import cases as q
from desktop.domain.cases.records import ApprovalInfo, CaseDetail
from desktop.domain.cases.workflow import Approval, CaseStatus
from desktop.domain.errors import DeskError, NotFound, ValidationError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases import loading, steps
from desktop.services.cases.mapping import approval_info, event
from desktop.services.cases.service_levels import table_in
from desktop.services.context import ServiceContext


def request_approval(
    ctx: ServiceContext, case_id: int, expected_version: int, target: CaseStatus, note: str
) -> CaseDetail:
    """Ask a supervisor for a step that needs approval (rejecting, closing unresolved)."""
    user = ctx.require(Permission.WORK_CASE)
    if not (note or "").strip():
        raise ValidationError({"note": "กรุณาระบุเหตุผลของคำขออนุมัติ"})
    target, now = CaseStatus(target), ctx.now()
    with ctx.unit_of_work() as s:
        case = loading.locked(s, case_id, expected_version)
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
        return loading.detail(s, case, ctx.today())


def decide(ctx: ServiceContext, approval_id: int, approve: bool, comment: str) -> CaseDetail:
    """A supervisor's answer: approving takes the step asked for; denying (with a reason)
    leaves the case where it was, free for the clerk's next step."""
    user = ctx.require(Permission.APPROVE_CASE)
    comment = (comment or "").strip()
    if not approve and not comment:
        raise ValidationError({"comment": "กรุณาระบุเหตุผลที่ไม่อนุมัติ"})
    today, now = ctx.today(), ctx.now()
    with ctx.unit_of_work() as s:
        request = q.approval(s, approval_id)
        if request is None:
            raise NotFound(f"ไม่พบคำขออนุมัติรหัส {approval_id}")
        case = loading.locked(s, request.case_id, None)
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
        return loading.detail(s, case, ctx.today())


def pending_approvals(ctx: ServiceContext) -> list[ApprovalInfo]:
    """Requests waiting for a supervisor, oldest first."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        pending = q.pending_approvals(s)
        users = account_queries.full_names(s, (a.requested_by_id for a, _ in pending))
        return [approval_info(a, case_no, users) for a, case_no in pending]
