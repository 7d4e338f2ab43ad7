"""Columns that hold no personal data, each with its one-word reason: a whole table
(``"service_level"``), one column (``"referral_case.status"``) or a column of every table
(``"*.id"``). A column the register (``entries``) lists is personal whatever this says of
its name; a new column in neither fails tests/domain/test_ropa.py, so it gets a decision."""

from __future__ import annotations

NOT_PERSONAL: dict[str, str] = {
    # Every table's keys and bookkeeping.
    "*.id": "กุญแจ",
    "*.created_at": "เวลาระบบ",
    "*.updated_at": "เวลาระบบ",
    "*.version": "ล็อกการแก้ไข",
    # References to a row whose own columns are registered (the person, the case, the visit).
    "*.person_id": "กุญแจ",
    "*.case_id": "กุญแจ",
    "*.visit_id": "กุญแจ",
    "*.evaluation_id": "กุญแจ",
    "*.template_id": "กุญแจ",
    "user_role.user_id": "กุญแจ",
    # When the identifying columns were erased: the row then says nothing of anyone.
    "person.anonymised_at": "ลบแล้ว",
    # The office's settings and the desk's own counters.
    "office": "หน่วยงาน",
    "service_level": "ตั้งค่า",
    "case_counter": "ตัวนับ",
    "change_counter": "ตัวนับ",
    "import_mapping": "ตั้งค่า",
    "visit_topic": "ตั้งค่า",
    "evaluation_template.fiscal_year": "แบบฟอร์ม",
    "evaluation_template.version": "แบบฟอร์ม",
    "evaluation_template.name": "แบบฟอร์ม",
    "template_criterion": "แบบฟอร์ม",
    "grade_band": "แบบฟอร์ม",
    "evaluation_score.position": "ลำดับ",
    # A case's place in the workflow and its number, not what it says of the person.
    "referral_case.case_no": "เลขเรื่อง",
    "referral_case.case_prefix": "เลขเรื่อง",
    "referral_case.fiscal_year": "เลขเรื่อง",
    "referral_case.seq": "เลขเรื่อง",
    "referral_case.status": "ขั้นตอนงาน",
    "referral_case.is_open": "ขั้นตอนงาน",
    "referral_case.status_since": "ขั้นตอนงาน",
    "referral_case.sla_days": "ขั้นตอนงาน",
    "referral_case.due_on": "ขั้นตอนงาน",
    "referral_case.pending_approval": "ขั้นตอนงาน",
    "referral_case.duplicate_of_id": "ขั้นตอนงาน",
    "case_event.kind": "ขั้นตอนงาน",
    "case_event.from_status": "ขั้นตอนงาน",
    "case_event.to_status": "ขั้นตอนงาน",
    "approval_request.kind": "ขั้นตอนงาน",
    "approval_request.target_status": "ขั้นตอนงาน",
    "approval_request.approved": "ขั้นตอนงาน",
    # What kind of thing happened, not to whom.
    "audit_event.action": "ประเภท",
    "audit_event.category": "ประเภท",
    "audit_event.entity": "ประเภท",
}
