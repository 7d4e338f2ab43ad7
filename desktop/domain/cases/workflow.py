"""Referral cases (ชี้เป้า คัดกรอง ส่งต่อ): states, approvals and the one transition table.

The categories a case is sorted by (needs, agencies, channels, outcomes) are in
:mod:`desktop.domain.cases.categories`.

Both the services and the UI consult ``TRANSITIONS``: the UI offers only what it allows now,
and the services refuse anything else.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.people import Role


class CaseStatus(enum.StrEnum):
    RECEIVED = "received"
    SCREENING = "screening"
    REFERRED = "referred"
    IN_PROGRESS = "in_progress"
    HANDLED_BY_OFFICE = "handled_by_office"
    RETURNED = "returned"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STATES


STATUS_LABELS = {
    CaseStatus.RECEIVED: "รับเรื่อง",
    CaseStatus.SCREENING: "คัดกรอง",
    CaseStatus.REFERRED: "ส่งต่อแล้ว",
    CaseStatus.IN_PROGRESS: "หน่วยงานรับดำเนินการ",
    CaseStatus.HANDLED_BY_OFFICE: "สำนักงานดำเนินการเอง",
    CaseStatus.RETURNED: "หน่วยงานส่งคืน",
    CaseStatus.RESOLVED: "แก้ไขแล้ว",
    CaseStatus.CLOSED: "ปิดเรื่อง",
    CaseStatus.REJECTED: "ไม่เข้าเกณฑ์",
    CaseStatus.DUPLICATE: "เรื่องซ้ำ",
}
CLOSED_STATES = frozenset({CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.DUPLICATE})


class Approval(enum.StrEnum):
    """What needs a supervisor's yes before it happens."""

    REJECT = "reject"
    CLOSE_UNRESOLVED = "close_unresolved"

    @property
    def label(self) -> str:
        return {
            "reject": "ขออนุมัติไม่รับเรื่อง (ไม่เข้าเกณฑ์)",
            "close_unresolved": "ขออนุมัติปิดเรื่องที่ยังไม่แก้ไข",
        }[self.value]


OFFICE_STAFF = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class Transition:
    source: CaseStatus
    target: CaseStatus
    label: str
    roles: frozenset[Role] = OFFICE_STAFF
    approval: Approval | None = None
    needs_consent: bool = False
    needs_agency: bool = False
    needs_original: bool = False
    needs_outcome: bool = False


S = CaseStatus
_TABLE = [
    Transition(S.RECEIVED, S.SCREENING, "เริ่มคัดกรอง"),
    Transition(S.SCREENING, S.REFERRED, "ส่งต่อหน่วยงาน", needs_consent=True, needs_agency=True),
    Transition(S.SCREENING, S.HANDLED_BY_OFFICE, "สำนักงานดำเนินการเอง"),
    Transition(S.SCREENING, S.REJECTED, "ไม่เข้าเกณฑ์", approval=Approval.REJECT),
    Transition(S.SCREENING, S.DUPLICATE, "เรื่องซ้ำ", needs_original=True),
    Transition(S.REFERRED, S.IN_PROGRESS, "หน่วยงานรับดำเนินการ"),
    Transition(S.REFERRED, S.RETURNED, "หน่วยงานส่งคืน"),
    Transition(S.RETURNED, S.SCREENING, "คัดกรองใหม่"),
    Transition(S.IN_PROGRESS, S.RESOLVED, "บันทึกผลแก้ไขแล้ว", needs_outcome=True),
    Transition(S.HANDLED_BY_OFFICE, S.RESOLVED, "บันทึกผลแก้ไขแล้ว", needs_outcome=True),
    Transition(S.RESOLVED, S.CLOSED, "ปิดเรื่อง"),
]
# Closing a case that was never resolved is possible from any open state, with approval.
_TABLE += [
    Transition(s, S.CLOSED, "ปิดเรื่อง (ยังไม่แก้ไข)", approval=Approval.CLOSE_UNRESOLVED)
    for s in (S.RECEIVED, S.SCREENING, S.REFERRED, S.IN_PROGRESS, S.HANDLED_BY_OFFICE, S.RETURNED)
]
TRANSITIONS: dict[tuple[CaseStatus, CaseStatus], Transition] = {
    (t.source, t.target): t for t in _TABLE
}
APPROVERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


def transition(source: CaseStatus, target: CaseStatus) -> Transition | None:
    return TRANSITIONS.get((source, target))


def allowed_from(source: CaseStatus, roles: Iterable[Role]) -> list[Transition]:
    """What the user may do now, in table order (the UI's action buttons).

    Steps that need approval are included for everyone who may ask for them; whether the user
    does the step or asks a supervisor for it is ``may_decide``'s question.
    """
    held = set(roles)
    return [t for t in _TABLE if t.source == source and held & t.roles]


def may_decide(roles: Iterable[Role]) -> bool:
    """Whether these roles approve steps themselves (a supervisor's own step counts as approved)."""
    return bool(set(roles) & APPROVERS)
