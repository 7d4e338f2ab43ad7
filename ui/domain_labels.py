"""The window's words for the domain's labels: workflow states and steps, need categories,
agencies, outcomes, queue views, roles… in the language the user chose.

The domain keeps its labels in Thai (``CaseStatus.REFERRED.label``): printed slips, rosters
and exports are Thai whatever the window's language. The window shows ``label_of(member)``
instead, which looks the Thai label up here and translates it with Qt (context = the enum's
name, so "ปิดเรื่อง" can be "Closed" as a status and "Close the case" as a step). Each table
below repeats the domain's Thai words so that ``pyside6-lupdate`` finds them;
tests/ui/test_domain_labels.py holds the tables equal to the domain.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.audit_actions import ACTION_LABELS, AuditCategory
from desktop.domain.cases.categories import Agency, Channel, Need, Outcome, Urgency
from desktop.domain.cases.records import CaseEventInfo, QueueView
from desktop.domain.cases.service_levels import Health, Step
from desktop.domain.cases.workflow import Approval, CaseStatus, Transition, transition
from desktop.domain.mentoring.visits import VisitMode
from desktop.domain.people import Gender, PersonKind, PersonStatus, Role
from desktop.domain.thai_dates import be_year

# Per enum: two enums may share a value (Need.OTHER == Outcome.OTHER == "other").
LABELS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    AuditCategory: {
        AuditCategory.VIEW: QT_TRANSLATE_NOOP("AuditCategory", "เปิดดู"),
        AuditCategory.CREATE: QT_TRANSLATE_NOOP("AuditCategory", "สร้าง"),
        AuditCategory.UPDATE: QT_TRANSLATE_NOOP("AuditCategory", "แก้ไข"),
        AuditCategory.STATUS: QT_TRANSLATE_NOOP("AuditCategory", "เปลี่ยนสถานะ"),
        AuditCategory.PRINT: QT_TRANSLATE_NOOP("AuditCategory", "พิมพ์"),
        AuditCategory.EXPORT: QT_TRANSLATE_NOOP("AuditCategory", "ส่งออก"),
        AuditCategory.IMPORT: QT_TRANSLATE_NOOP("AuditCategory", "นำเข้า"),
        AuditCategory.SIGN_IN: QT_TRANSLATE_NOOP("AuditCategory", "เข้าสู่ระบบ"),
        AuditCategory.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditCategory", "เข้าสู่ระบบไม่สำเร็จ"),
        AuditCategory.SETTINGS: QT_TRANSLATE_NOOP("AuditCategory", "ตั้งค่าระบบ"),
        AuditCategory.ERASE: QT_TRANSLATE_NOOP("AuditCategory", "ลบข้อมูลระบุตัวตน"),
        AuditCategory.OTHER: QT_TRANSLATE_NOOP("AuditCategory", "อื่น ๆ"),
    },
    CaseStatus: {
        CaseStatus.RECEIVED: QT_TRANSLATE_NOOP("CaseStatus", "รับเรื่อง"),
        CaseStatus.SCREENING: QT_TRANSLATE_NOOP("CaseStatus", "คัดกรอง"),
        CaseStatus.REFERRED: QT_TRANSLATE_NOOP("CaseStatus", "ส่งต่อแล้ว"),
        CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseStatus", "หน่วยงานรับดำเนินการ"),
        CaseStatus.HANDLED_BY_OFFICE: QT_TRANSLATE_NOOP("CaseStatus", "สำนักงานดำเนินการเอง"),
        CaseStatus.RETURNED: QT_TRANSLATE_NOOP("CaseStatus", "หน่วยงานส่งคืน"),
        CaseStatus.RESOLVED: QT_TRANSLATE_NOOP("CaseStatus", "แก้ไขแล้ว"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatus", "ปิดเรื่อง"),
        CaseStatus.REJECTED: QT_TRANSLATE_NOOP("CaseStatus", "ไม่เข้าเกณฑ์"),
        CaseStatus.DUPLICATE: QT_TRANSLATE_NOOP("CaseStatus", "เรื่องซ้ำ"),
    },
    Approval: {
        Approval.REJECT: QT_TRANSLATE_NOOP("Approval", "ขออนุมัติไม่รับเรื่อง (ไม่เข้าเกณฑ์)"),
        Approval.CLOSE_UNRESOLVED: QT_TRANSLATE_NOOP("Approval", "ขออนุมัติปิดเรื่องที่ยังไม่แก้ไข"),
    },
    Need: {
        Need.JOB: QT_TRANSLATE_NOOP("Need", "หางาน / บรรจุงาน"),
        Need.TRAINING: QT_TRANSLATE_NOOP("Need", "ฝึกอบรมพัฒนาทักษะฝีมือ"),
        Need.SOCIAL_SECURITY: QT_TRANSLATE_NOOP("Need", "ประกันสังคม (มาตรา 40 และอื่น ๆ)"),
        Need.PROTECTION: QT_TRANSLATE_NOOP("Need", "ร้องเรียนคุ้มครองแรงงาน (ค่าจ้าง เลิกจ้าง สิทธิ)"),
        Need.SAFETY: QT_TRANSLATE_NOOP("Need", "ความปลอดภัยในการทำงาน"),
        Need.ABROAD: QT_TRANSLATE_NOOP("Need", "ไปทำงานต่างประเทศ"),
        Need.OTHER: QT_TRANSLATE_NOOP("Need", "อื่น ๆ"),
    },
    Agency: {
        Agency.EMPLOYMENT: QT_TRANSLATE_NOOP("Agency", "กรมการจัดหางาน"),
        Agency.SKILL: QT_TRANSLATE_NOOP("Agency", "กรมพัฒนาฝีมือแรงงาน"),
        Agency.PROTECTION: QT_TRANSLATE_NOOP("Agency", "กรมสวัสดิการและคุ้มครองแรงงาน"),
        Agency.SOCIAL_SECURITY: QT_TRANSLATE_NOOP("Agency", "สำนักงานประกันสังคม"),
        Agency.OSH: QT_TRANSLATE_NOOP(
            "Agency", "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน"
        ),
        Agency.OFFICE: QT_TRANSLATE_NOOP("Agency", "สำนักงานแรงงานจังหวัด"),
    },
    Channel: {
        Channel.VOLUNTEER: QT_TRANSLATE_NOOP("Channel", "อาสาสมัคร/บัณฑิตแรงงานชี้เป้า"),
        Channel.WALK_IN: QT_TRANSLATE_NOOP("Channel", "มาติดต่อด้วยตนเอง"),
        Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "โทรศัพท์"),
        Channel.LINE: QT_TRANSLATE_NOOP("Channel", "LINE"),
    },
    Urgency: {
        Urgency.NORMAL: QT_TRANSLATE_NOOP("Urgency", "ปกติ"),
        Urgency.URGENT: QT_TRANSLATE_NOOP("Urgency", "ด่วน"),
        Urgency.CRITICAL: QT_TRANSLATE_NOOP("Urgency", "ด่วนที่สุด"),
    },
    Outcome: {
        Outcome.PLACED: QT_TRANSLATE_NOOP("Outcome", "ได้งานทำ"),
        Outcome.TRAINED: QT_TRANSLATE_NOOP("Outcome", "เข้ารับการฝึกอบรม"),
        Outcome.SECTION40: QT_TRANSLATE_NOOP("Outcome", "สมัครประกันสังคมมาตรา 40"),
        Outcome.SOCIAL_SECURITY_OTHER: QT_TRANSLATE_NOOP("Outcome", "ได้รับสิทธิประกันสังคมอื่น"),
        Outcome.COMPLAINT_SETTLED: QT_TRANSLATE_NOOP("Outcome", "ข้อร้องเรียนได้รับการแก้ไข"),
        Outcome.SAFETY_FIXED: QT_TRANSLATE_NOOP("Outcome", "แก้ไขความไม่ปลอดภัยแล้ว"),
        Outcome.ADVISED: QT_TRANSLATE_NOOP("Outcome", "ให้คำแนะนำแล้ว"),
        Outcome.ABROAD_PROCESSED: QT_TRANSLATE_NOOP("Outcome", "ดำเนินการไปทำงานต่างประเทศ"),
        Outcome.NOT_REACHABLE: QT_TRANSLATE_NOOP("Outcome", "ติดต่อผู้ร้องไม่ได้"),
        Outcome.OTHER: QT_TRANSLATE_NOOP("Outcome", "อื่น ๆ"),
    },
    QueueView: {
        QueueView.MINE: QT_TRANSLATE_NOOP("QueueView", "มอบหมายให้ฉัน"),
        QueueView.TO_SCREEN: QT_TRANSLATE_NOOP("QueueView", "รอคัดกรอง"),
        QueueView.WAITING_AGENCY: QT_TRANSLATE_NOOP("QueueView", "ส่งต่อแล้ว รอหน่วยงาน"),
        QueueView.OVERDUE: QT_TRANSLATE_NOOP("QueueView", "เกินกำหนด"),
        QueueView.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("QueueView", "รออนุมัติ"),
        QueueView.ALL_OPEN: QT_TRANSLATE_NOOP("QueueView", "เรื่องที่ยังไม่ปิดทั้งหมด"),
        QueueView.ALL: QT_TRANSLATE_NOOP("QueueView", "ทุกเรื่อง"),
    },
    Step: {
        Step.SCREEN: QT_TRANSLATE_NOOP("Step", "คัดกรองและส่งต่อ"),
        Step.AGENCY: QT_TRANSLATE_NOOP("Step", "หน่วยงานดำเนินการ"),
        Step.OFFICE: QT_TRANSLATE_NOOP("Step", "สำนักงานดำเนินการเอง"),
        Step.CLOSE: QT_TRANSLATE_NOOP("Step", "ปิดเรื่อง"),
    },
    Health: {
        Health.ON_TRACK: QT_TRANSLATE_NOOP("Health", "ตามกำหนด"),
        Health.AT_RISK: QT_TRANSLATE_NOOP("Health", "ใกล้ครบกำหนด"),
        Health.OVERDUE: QT_TRANSLATE_NOOP("Health", "เกินกำหนด"),
    },
    PersonKind: {
        PersonKind.DOMESTIC_VOLUNTEER: QT_TRANSLATE_NOOP("PersonKind", "อาสาสมัครแรงงาน (ในประเทศ)"),
        PersonKind.OVERSEAS_VOLUNTEER: QT_TRANSLATE_NOOP(
            "PersonKind", "อาสาสมัครแรงงาน (ต่างประเทศ)"
        ),
        PersonKind.GRADUATE: QT_TRANSLATE_NOOP("PersonKind", "บัณฑิตแรงงาน"),
    },
    PersonStatus: {
        PersonStatus.ACTIVE: QT_TRANSLATE_NOOP("PersonStatus", "ปฏิบัติหน้าที่"),
        PersonStatus.SUSPENDED: QT_TRANSLATE_NOOP("PersonStatus", "พักการปฏิบัติหน้าที่"),
        PersonStatus.RESIGNED: QT_TRANSLATE_NOOP("PersonStatus", "ลาออก"),
        PersonStatus.DECEASED: QT_TRANSLATE_NOOP("PersonStatus", "เสียชีวิต"),
        PersonStatus.REMOVED: QT_TRANSLATE_NOOP("PersonStatus", "พ้นสภาพ"),
    },
    Gender: {
        Gender.MALE: QT_TRANSLATE_NOOP("Gender", "ชาย"),
        Gender.FEMALE: QT_TRANSLATE_NOOP("Gender", "หญิง"),
        Gender.OTHER: QT_TRANSLATE_NOOP("Gender", "ไม่ระบุ/อื่น ๆ"),
    },
    Role: {
        Role.ADMIN: QT_TRANSLATE_NOOP("Role", "ผู้ดูแลระบบ"),
        Role.CLERK: QT_TRANSLATE_NOOP("Role", "เจ้าหน้าที่ทะเบียน"),
        Role.MENTOR: QT_TRANSLATE_NOOP("Role", "เจ้าหน้าที่พี่เลี้ยง"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "หัวหน้างาน"),
    },
    VisitMode: {
        VisitMode.FIELD: QT_TRANSLATE_NOOP("VisitMode", "ลงพื้นที่เยี่ยม"),
        VisitMode.PHONE: QT_TRANSLATE_NOOP("VisitMode", "ทางโทรศัพท์"),
        VisitMode.MEETING: QT_TRANSLATE_NOOP("VisitMode", "ประชุม/อบรม"),
        VisitMode.ONLINE: QT_TRANSLATE_NOOP("VisitMode", "ออนไลน์"),
    },
}
# The workflow's steps (the buttons of the case page), by their Thai label.
STEP_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Transition", "เริ่มคัดกรอง"),
    QT_TRANSLATE_NOOP("Transition", "ส่งต่อหน่วยงาน"),
    QT_TRANSLATE_NOOP("Transition", "สำนักงานดำเนินการเอง"),
    QT_TRANSLATE_NOOP("Transition", "ไม่เข้าเกณฑ์"),
    QT_TRANSLATE_NOOP("Transition", "เรื่องซ้ำ"),
    QT_TRANSLATE_NOOP("Transition", "หน่วยงานรับดำเนินการ"),
    QT_TRANSLATE_NOOP("Transition", "หน่วยงานส่งคืน"),
    QT_TRANSLATE_NOOP("Transition", "คัดกรองใหม่"),
    QT_TRANSLATE_NOOP("Transition", "บันทึกผลแก้ไขแล้ว"),
    QT_TRANSLATE_NOOP("Transition", "ปิดเรื่อง"),
    QT_TRANSLATE_NOOP("Transition", "ปิดเรื่อง (ยังไม่แก้ไข)"),
)
# Timeline entries that are not a status change.
EVENT_LABELS: dict[str, str] = {
    "intake": QT_TRANSLATE_NOOP("CaseEvent", "รับเรื่อง"),
    "transition": QT_TRANSLATE_NOOP("CaseEvent", "เปลี่ยนสถานะ"),
    "assign": QT_TRANSLATE_NOOP("CaseEvent", "มอบหมายงาน"),
    "approval_requested": QT_TRANSLATE_NOOP("CaseEvent", "ขออนุมัติ"),
    "approved": QT_TRANSLATE_NOOP("CaseEvent", "อนุมัติ"),
    "denied": QT_TRANSLATE_NOOP("CaseEvent", "ไม่อนุมัติ"),
    "print": QT_TRANSLATE_NOOP("CaseEvent", "พิมพ์เอกสาร"),
    "consent": QT_TRANSLATE_NOOP("CaseEvent", "บันทึกความยินยอม"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("CaseEvent", "ถอนความยินยอม"),
    "note": QT_TRANSLATE_NOOP("CaseEvent", "บันทึกเพิ่มเติม"),
}
# Dates on screen stay Buddhist Era in either language; only the month's name is translated.
MONTH_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Months", "ม.ค."),
    QT_TRANSLATE_NOOP("Months", "ก.พ."),
    QT_TRANSLATE_NOOP("Months", "มี.ค."),
    QT_TRANSLATE_NOOP("Months", "เม.ย."),
    QT_TRANSLATE_NOOP("Months", "พ.ค."),
    QT_TRANSLATE_NOOP("Months", "มิ.ย."),
    QT_TRANSLATE_NOOP("Months", "ก.ค."),
    QT_TRANSLATE_NOOP("Months", "ส.ค."),
    QT_TRANSLATE_NOOP("Months", "ก.ย."),
    QT_TRANSLATE_NOOP("Months", "ต.ค."),
    QT_TRANSLATE_NOOP("Months", "พ.ย."),
    QT_TRANSLATE_NOOP("Months", "ธ.ค."),
)


def medium_date(d: dt.date | None) -> str:
    """``22 พ.ย. 2569`` / ``22 Nov 2569`` (printouts use ``thai_dates.format_medium``)."""
    if d is None:
        return ""
    month = QCoreApplication.translate("Months", MONTH_LABELS[d.month - 1])
    return f"{d.day} {month} {be_year(d.year)}"


def date_time(t: dt.datetime | None) -> str:
    """``22 พ.ย. 2569 10:00 น.`` / ``22 Nov 2569 10:00``."""
    if t is None:
        return ""
    clock = f"{t.hour:02d}:{t.minute:02d}"
    return f"{medium_date(t.date())} " + QCoreApplication.translate("Dates", "%1 น.").replace(
        "%1", clock
    )


def label_of(member: enum.Enum | None) -> str:
    """The member's label in the window's language; "" for None."""
    if member is None:
        return ""
    source = LABELS.get(type(member), {}).get(member)
    if source is None:  # a member this table does not know yet shows the domain's Thai
        return getattr(member, "label", str(member))
    return QCoreApplication.translate(type(member).__name__, source)


def label_of_text(kind: type[enum.Enum], thai: str) -> str:
    """The window's words for a label a service already wrote out in Thai (``kind_label``)."""
    for member in LABELS.get(kind, {}):
        if member.label == thai:
            return label_of(member)
    return thai


# A person's mentoring timeline: what kind of entry each line is.
TIMELINE_KINDS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("MentoringTimeline", "สถานะ"),
    "mentor": QT_TRANSLATE_NOOP("MentoringTimeline", "พี่เลี้ยง"),
    "visit": QT_TRANSLATE_NOOP("MentoringTimeline", "การเยี่ยม"),
    "evaluation": QT_TRANSLATE_NOOP("MentoringTimeline", "การประเมิน"),
    "award": QT_TRANSLATE_NOOP("MentoringTimeline", "รางวัล"),
    "case": QT_TRANSLATE_NOOP("MentoringTimeline", "เรื่องที่แจ้ง"),
}


def timeline_kind(kind: str, thai: str) -> str:
    source = TIMELINE_KINDS.get(kind)
    return QCoreApplication.translate("MentoringTimeline", source) if source else thai


def step_label(step: Transition) -> str:
    """A workflow step's name: ``ส่งต่อหน่วยงาน`` / "Refer to an agency"."""
    return QCoreApplication.translate("Transition", step.label)


def needs_label(needs: Iterable[Need]) -> str:
    return ", ".join(label_of(n) for n in needs)


def event_label(e: CaseEventInfo) -> str:
    if e.kind == "transition" and e.to_status is not None:
        return label_of(e.to_status)
    source = EVENT_LABELS.get(e.kind)
    return QCoreApplication.translate("CaseEvent", source) if source else e.kind


def event_action(e: CaseEventInfo) -> str:
    """What was done: the step's name for a status change, else the kind of entry."""
    if e.kind == "transition" and e.from_status is not None and e.to_status is not None:
        step = transition(e.from_status, e.to_status)
        if step is not None:
            return step_label(step)
    return event_label(e)


def event_status_change(e: CaseEventInfo) -> str:
    """``คัดกรอง → ส่งต่อแล้ว``, or the status the entry left the case in."""
    source, target = e.from_status, e.to_status
    if source is not None and target is not None and source != target:
        return f"{label_of(source)} → {label_of(target)}"
    return label_of(target)


# What an audit row records, in the window's words (desktop.domain.audit_actions).
AUDIT_ACTIONS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("AuditAction", "เปิดดู"),
    "create": QT_TRANSLATE_NOOP("AuditAction", "สร้าง"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "แก้ไข"),
    "note": QT_TRANSLATE_NOOP("AuditAction", "บันทึกข้อความ"),
    "assign": QT_TRANSLATE_NOOP("AuditAction", "มอบหมายผู้รับผิดชอบ"),
    "assign_mentor": QT_TRANSLATE_NOOP("AuditAction", "กำหนดพี่เลี้ยง"),
    "unassign_mentor": QT_TRANSLATE_NOOP("AuditAction", "ยกเลิกพี่เลี้ยง"),
    "consent": QT_TRANSLATE_NOOP("AuditAction", "ความยินยอม"),
    "approval_request": QT_TRANSLATE_NOOP("AuditAction", "ขออนุมัติ"),
    "approve": QT_TRANSLATE_NOOP("AuditAction", "อนุมัติ"),
    "deny": QT_TRANSLATE_NOOP("AuditAction", "ไม่อนุมัติ"),
    "status": QT_TRANSLATE_NOOP("AuditAction", "เปลี่ยนสถานะ"),
    "transition": QT_TRANSLATE_NOOP("AuditAction", "เปลี่ยนขั้นตอน"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "พิมพ์"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "ส่งออก"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "นำเข้า"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "เข้าสู่ระบบ"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "ออกจากระบบ"),
    "unlock_screen": QT_TRANSLATE_NOOP("AuditAction", "ปลดล็อกหน้าจอ"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "เข้าสู่ระบบไม่สำเร็จ"),
    "lock": QT_TRANSLATE_NOOP("AuditAction", "ล็อกบัญชี"),
    "setup": QT_TRANSLATE_NOOP("AuditAction", "ตั้งค่าสำนักงาน"),
    "settings": QT_TRANSLATE_NOOP("AuditAction", "ตั้งค่า"),
    "connection_settings": QT_TRANSLATE_NOOP("AuditAction", "ตั้งค่าการเชื่อมต่อ"),
    "change_password": QT_TRANSLATE_NOOP("AuditAction", "เปลี่ยนรหัสผ่าน"),
    "reset_password": QT_TRANSLATE_NOOP("AuditAction", "ตั้งรหัสผ่านใหม่"),
    "unlock": QT_TRANSLATE_NOOP("AuditAction", "ปลดล็อกบัญชี"),
    "enable": QT_TRANSLATE_NOOP("AuditAction", "เปิดใช้บัญชี"),
    "disable": QT_TRANSLATE_NOOP("AuditAction", "ปิดใช้บัญชี"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "สำรองฐานข้อมูล"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "กู้คืนฐานข้อมูล"),
    "move_to_server": QT_TRANSLATE_NOOP("AuditAction", "ย้ายไปเครื่องแม่ข่าย"),
    "anonymise": QT_TRANSLATE_NOOP("AuditAction", "ลบข้อมูลระบุตัวตน"),
    "seed": QT_TRANSLATE_NOOP("AuditAction", "ข้อมูลตัวอย่าง"),
}


def audit_action(action: str) -> str:
    source = AUDIT_ACTIONS.get(action)
    return (
        QCoreApplication.translate("AuditAction", source)
        if source
        else ACTION_LABELS.get(action, action)
    )


def audit_action_text(action: str, category: enum.Enum) -> str:
    """``พิมพ์`` or ``เปลี่ยนขั้นตอน (เปลี่ยนสถานะ)``: the action, and its kind when that says more."""
    words, kind = audit_action(action), label_of(category)
    return words if words == kind else f"{words} ({kind})"
