"""Rejecting, and closing a case that was not resolved, need a supervisor's approval: the
clerk is told to ask, the supervisor approves or denies with a comment, and a supervisor's own
step counts as approved."""

from __future__ import annotations

import pytest
from case_builders import audit_rows, case_draft
from sqlalchemy import select

from db.models import ApprovalRequest
from desktop.domain.cases.categories import Agency
from desktop.domain.cases.rules import ApprovalPending, ApprovalRequired
from desktop.domain.cases.workflow import Approval, CaseStatus
from desktop.domain.errors import DeskError, PermissionDenied, ValidationError
from desktop.services.cases.service import CaseService

S = CaseStatus


def test_clerk_is_told_to_request_approval(cases):
    case = _screened(cases)
    with pytest.raises(ApprovalRequired) as raised:
        cases.move(case.id, case.version, S.REJECTED, "นอกพื้นที่")
    assert "ขออนุมัติ" in raised.value.message and raised.value.approval == Approval.REJECT
    assert isinstance(raised.value, PermissionDenied)
    assert cases.get(case.id).status == S.SCREENING


def test_approval_flow_request_then_approve(cases, boss, database):
    case = _screened(cases)
    with pytest.raises(ValidationError):
        cases.request_approval(case.id, case.version, S.REJECTED, "  ")
    asked = cases.request_approval(case.id, case.version, S.REJECTED, "อยู่นอกพื้นที่รับผิดชอบ")
    pending = asked.pending_approval
    assert pending is not None and pending.pending and pending.kind == Approval.REJECT
    assert (pending.requested_by, pending.note) == ("ผู้ใช้ clerk", "อยู่นอกพื้นที่รับผิดชอบ")
    assert asked.status == S.SCREENING and asked.events[-1].kind == "approval_requested"
    assert cases.actions(asked) == []  # nothing moves while the supervisor decides
    with pytest.raises(ApprovalPending):
        cases.move(asked.id, asked.version, S.REFERRED, agency=Agency.EMPLOYMENT)
    with pytest.raises(ApprovalPending):
        cases.request_approval(asked.id, asked.version, S.CLOSED, "อีกครั้ง")
    assert [a.id for a in boss.pending_approvals()] == [pending.id]
    with pytest.raises(PermissionDenied):
        cases.decide(pending.id, True, "")  # a clerk cannot decide

    done = boss.decide(pending.id, True, "เห็นด้วย")
    assert done.status == S.REJECTED and done.pending_approval is None and not done.status.is_open
    assert [e.kind for e in done.events][-2:] == ["approved", "transition"]
    assert done.events[-1].user == "ผู้ใช้ supervisor" and "นอกพื้นที่" in done.events[-1].note
    assert boss.pending_approvals() == []
    with pytest.raises(DeskError):
        boss.decide(pending.id, False, "เปลี่ยนใจ")
    actions = [a for _, a, _ in audit_rows(database, case.id)]
    assert actions[-3:] == ["approval_request", "approve", "transition"]


def test_denied_request_leaves_the_case_free_for_another_step(cases, boss):
    case = _screened(cases)
    asked = cases.request_approval(case.id, case.version, S.CLOSED, "ผู้ร้องขอยุติเรื่อง")
    with pytest.raises(ValidationError) as raised:
        boss.decide(asked.pending_approval.id, False, "")
    assert set(raised.value.fields) == {"comment"}
    denied = boss.decide(asked.pending_approval.id, False, "ให้ติดต่อผู้ร้องอีกครั้ง")
    assert denied.status == S.SCREENING and denied.pending_approval is None
    assert denied.events[-1].kind == "denied" and "ติดต่อผู้ร้อง" in denied.events[-1].note
    assert S.HANDLED_BY_OFFICE in [t.target for t in cases.actions(denied)]
    moved = cases.move(denied.id, denied.version, S.HANDLED_BY_OFFICE, "โทรแนะนำเอง")
    assert moved.status == S.HANDLED_BY_OFFICE
    with cases.ctx.unit_of_work() as s:
        request = s.scalars(select(ApprovalRequest)).one()
        assert (request.approved, request.comment) == (False, "ให้ติดต่อผู้ร้องอีกครั้ง")


def test_supervisor_step_counts_as_approved_and_is_recorded(boss, database):
    case = _screened(boss)
    with pytest.raises(ValidationError) as raised:
        boss.move(case.id, case.version, S.REJECTED)
    assert set(raised.value.fields) == {"note"}
    done = boss.move(case.id, case.version, S.REJECTED, "ไม่ใช่ปัญหาด้านแรงงาน")
    assert done.status == S.REJECTED
    assert [e.kind for e in done.events][-2:] == ["approved", "transition"]
    with database.sessions() as s:
        request = s.scalars(select(ApprovalRequest)).one()
        assert request.approved and request.decided_by_id == request.requested_by_id
    assert boss.pending_approvals() == []


def test_steps_without_approval_cannot_be_requested(cases):
    case = _screened(cases)
    with pytest.raises(DeskError, match="ไม่ต้องขออนุมัติ"):
        cases.request_approval(case.id, case.version, S.HANDLED_BY_OFFICE, "ขอ")


def _screened(cases: CaseService):
    case = cases.intake(case_draft())
    return cases.move(case.id, case.version, S.SCREENING)
