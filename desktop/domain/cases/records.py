"""Plain, frozen records of referral cases that cross from services into the UI, PDFs and exports.

Like :mod:`desktop.domain.records`, nothing here is an ORM object: the case service copies what
callers need into these inside its unit of work.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.cases.categories import Agency, Channel, Need, Outcome, Urgency
from desktop.domain.cases.service_levels import Health
from desktop.domain.cases.workflow import Approval, CaseStatus, transition
from desktop.domain.records import AreaNames


class QueueView(enum.StrEnum):
    """The saved views in the navigation, each with a live count."""

    MINE = "mine"
    TO_SCREEN = "to_screen"
    WAITING_AGENCY = "waiting_agency"
    OVERDUE = "overdue"
    AWAITING_APPROVAL = "awaiting_approval"
    ALL_OPEN = "all_open"
    ALL = "all"

    @property
    def label(self) -> str:
        return {
            "mine": "มอบหมายให้ฉัน",
            "to_screen": "รอคัดกรอง",
            "waiting_agency": "ส่งต่อแล้ว รอหน่วยงาน",
            "overdue": "เกินกำหนด",
            "awaiting_approval": "รออนุมัติ",
            "all_open": "เรื่องที่ยังไม่ปิดทั้งหมด",
            "all": "ทุกเรื่อง",
        }[self.value]


@dataclass(frozen=True)
class CaseDraft:
    """What a clerk keys in at intake; checked by ``validate_case_draft`` in the domain."""

    received_on: dt.date
    channel: Channel
    person_name: str
    needs: tuple[Need, ...]
    description: str = ""
    reporter_id: int | None = None  # a volunteer or graduate from the registry
    reporter_note: str = ""  # who reported, when not someone in the registry
    person_national_id: str = ""
    person_phone: str = ""
    subdistrict_code: str = ""
    village_no: str = ""
    urgency: Urgency = Urgency.NORMAL
    consent: bool = False
    consent_on: dt.date | None = None
    duplicate_of_id: int | None = None  # the clerk marked it a duplicate of this open case


@dataclass(frozen=True)
class CaseRow:
    """One line of a queue, the queue list PDF, an export or a volunteer's page."""

    id: int
    case_no: str
    received_on: dt.date
    status: CaseStatus
    person_name: str
    person_national_id: str
    person_phone: str
    needs: tuple[Need, ...]
    area: AreaNames
    reporter_name: str
    agency: Agency | None
    assigned_to: str  # full name, "" when nobody
    due_on: dt.date | None
    health: Health | None  # None for closed cases
    urgency: Urgency = Urgency.NORMAL
    pending_approval: Approval | None = None
    outcome: Outcome | None = None
    channel: Channel = Channel.VOLUNTEER
    reporter_id: int | None = None
    assigned_to_id: int | None = None
    outcome_on: dt.date | None = None
    closed_on: dt.date | None = None
    # The rest of the intake record, for the export that re-imports.
    village_no: str = ""
    description: str = ""
    consent: bool = False
    consent_on: dt.date | None = None

    @property
    def needs_label(self) -> str:
        return ", ".join(n.label for n in self.needs)


# The timeline kind of a withdrawal of consent (PDPA s.19 para. 5): once a case has one, it
# is never referred again (see ``rules.move_errors``).
CONSENT_WITHDRAWN = "consent_withdrawn"


@dataclass(frozen=True)
class CaseEventInfo:
    """One line of the timeline."""

    at: dt.datetime  # aware, UTC
    user: str  # full name of who did it
    kind: str  # "intake", "transition", "assign", "approval_requested", "approved", "denied", "print", "consent", "consent_withdrawn", "note"
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    note: str = ""

    @property
    def label(self) -> str:
        if self.kind == "transition" and self.to_status is not None:
            return self.to_status.label
        return EVENT_LABELS.get(self.kind, self.kind)

    @property
    def action(self) -> str:
        """A step says what was done (``ส่งต่อหน่วยงาน``); ``status_change`` says where it went."""
        if (
            self.kind == "transition"
            and self.from_status is not None
            and self.to_status is not None
        ):
            step = transition(self.from_status, self.to_status)
            if step is not None:
                return step.label
        return self.label

    @property
    def status_change(self) -> str:
        source, target = self.from_status, self.to_status
        if source is not None and target is not None and source != target:
            return f"{source.label} → {target.label}"
        return self.to_status.label if self.to_status is not None else ""


EVENT_LABELS = {
    "intake": "รับเรื่อง",
    "transition": "เปลี่ยนสถานะ",
    "assign": "มอบหมายงาน",
    "approval_requested": "ขออนุมัติ",
    "approved": "อนุมัติ",
    "denied": "ไม่อนุมัติ",
    "print": "พิมพ์เอกสาร",
    "consent": "บันทึกความยินยอม",
    CONSENT_WITHDRAWN: "ถอนความยินยอม",
    "note": "บันทึกเพิ่มเติม",
}


@dataclass(frozen=True)
class ApprovalInfo:
    id: int
    case_id: int
    case_no: str
    kind: Approval
    target_status: CaseStatus
    requested_by: str
    requested_at: dt.datetime
    note: str
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    approved: bool | None = None
    comment: str = ""

    @property
    def pending(self) -> bool:
        return self.approved is None


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case page, the referral slip and the case summary show."""

    id: int
    version: int
    case_no: str
    fiscal_year: int
    received_on: dt.date
    channel: Channel
    reporter_id: int | None
    reporter_name: str  # the volunteer's full name, or the reporter note
    reporter_phone: str
    person_name: str
    person_national_id: str
    person_phone: str
    area: AreaNames
    village_no: str
    needs: tuple[Need, ...]
    description: str
    urgency: Urgency
    consent: bool
    consent_on: dt.date | None
    status: CaseStatus
    status_since: dt.date
    due_on: dt.date | None
    sla_days: int | None
    health: Health | None
    agency: Agency | None = None
    agency_contact: str = ""
    referred_on: dt.date | None = None
    assigned_to_id: int | None = None
    assigned_to: str = ""
    duplicate_of_id: int | None = None
    duplicate_of_no: str = ""
    outcome: Outcome | None = None
    outcome_on: dt.date | None = None
    outcome_note: str = ""
    closed_on: dt.date | None = None
    pending_approval: ApprovalInfo | None = None
    events: tuple[CaseEventInfo, ...] = field(default_factory=tuple)
    created_by: str = ""

    @property
    def needs_label(self) -> str:
        return ", ".join(n.label for n in self.needs)

    @property
    def consent_withdrawal(self) -> CaseEventInfo | None:
        """The timeline line of the person's withdrawal of consent, if they withdrew it."""
        return next((e for e in reversed(self.events) if e.kind == CONSENT_WITHDRAWN), None)

    @property
    def area_line(self) -> str:
        village = f"หมู่ที่ {self.village_no} " if self.village_no else ""
        return f"{village}{self.area.line()}".strip()
