"""What kind of thing an audit row records: the groups the audit page filters by.

Each service writes its own action word ("transition", "login_failed", ...); the page and the
incident report speak of a handful of kinds. The kind is stored with the row (``category``) so
that a filter on it reads one index range even at a million rows.
"""

from __future__ import annotations

import enum


class AuditCategory(enum.StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    STATUS = "status"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SETTINGS = "settings"
    ERASE = "erase"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[AuditCategory, str] = {
    AuditCategory.VIEW: "เปิดดู",
    AuditCategory.CREATE: "สร้าง",
    AuditCategory.UPDATE: "แก้ไข",
    AuditCategory.STATUS: "เปลี่ยนสถานะ",
    AuditCategory.PRINT: "พิมพ์",
    AuditCategory.EXPORT: "ส่งออก",
    AuditCategory.IMPORT: "นำเข้า",
    AuditCategory.SIGN_IN: "เข้าสู่ระบบ",
    AuditCategory.SIGN_IN_FAILED: "เข้าสู่ระบบไม่สำเร็จ",
    AuditCategory.SETTINGS: "ตั้งค่าระบบ",
    AuditCategory.ERASE: "ลบข้อมูลระบุตัวตน",
    AuditCategory.OTHER: "อื่น ๆ",
}

_C = AuditCategory
CATEGORY_OF: dict[str, AuditCategory] = {
    "view": _C.VIEW,
    "create": _C.CREATE,
    "update": _C.UPDATE,
    "note": _C.UPDATE,
    "assign": _C.UPDATE,
    "assign_mentor": _C.UPDATE,
    "unassign_mentor": _C.UPDATE,
    "consent": _C.UPDATE,
    "approval_request": _C.STATUS,
    "approve": _C.STATUS,
    "deny": _C.STATUS,
    "status": _C.STATUS,
    "transition": _C.STATUS,
    "print": _C.PRINT,
    "export": _C.EXPORT,
    "import": _C.IMPORT,
    "login": _C.SIGN_IN,
    "logout": _C.SIGN_IN,
    "unlock_screen": _C.SIGN_IN,
    "login_failed": _C.SIGN_IN_FAILED,
    "lock": _C.SIGN_IN_FAILED,
    "setup": _C.SETTINGS,
    "settings": _C.SETTINGS,
    "connection_settings": _C.SETTINGS,
    "change_password": _C.SETTINGS,
    "reset_password": _C.SETTINGS,
    "unlock": _C.SETTINGS,
    "enable": _C.SETTINGS,
    "disable": _C.SETTINGS,
    "backup": _C.SETTINGS,
    "restore": _C.SETTINGS,
    "move_to_server": _C.SETTINGS,
    "anonymise": _C.ERASE,
}

# Actions whose words the page shows (the category says the rest).
ACTION_LABELS: dict[str, str] = {
    "view": "เปิดดู",
    "create": "สร้าง",
    "update": "แก้ไข",
    "note": "บันทึกข้อความ",
    "assign": "มอบหมายผู้รับผิดชอบ",
    "assign_mentor": "กำหนดพี่เลี้ยง",
    "unassign_mentor": "ยกเลิกพี่เลี้ยง",
    "consent": "ความยินยอม",
    "approval_request": "ขออนุมัติ",
    "approve": "อนุมัติ",
    "deny": "ไม่อนุมัติ",
    "status": "เปลี่ยนสถานะ",
    "transition": "เปลี่ยนขั้นตอน",
    "print": "พิมพ์",
    "export": "ส่งออก",
    "import": "นำเข้า",
    "login": "เข้าสู่ระบบ",
    "logout": "ออกจากระบบ",
    "unlock_screen": "ปลดล็อกหน้าจอ",
    "login_failed": "เข้าสู่ระบบไม่สำเร็จ",
    "lock": "ล็อกบัญชี",
    "setup": "ตั้งค่าสำนักงาน",
    "settings": "ตั้งค่า",
    "connection_settings": "ตั้งค่าการเชื่อมต่อ",
    "change_password": "เปลี่ยนรหัสผ่าน",
    "reset_password": "ตั้งรหัสผ่านใหม่",
    "unlock": "ปลดล็อกบัญชี",
    "enable": "เปิดใช้บัญชี",
    "disable": "ปิดใช้บัญชี",
    "backup": "สำรองฐานข้อมูล",
    "restore": "กู้คืนฐานข้อมูล",
    "move_to_server": "ย้ายไปเครื่องแม่ข่าย",
    "anonymise": "ลบข้อมูลระบุตัวตน",
    "seed": "ข้อมูลตัวอย่าง",
}


def category_of(action: str) -> AuditCategory:
    return CATEGORY_OF.get(action, AuditCategory.OTHER)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


ENTITY_LABELS: dict[str, str] = {
    "person": "บุคคล",
    "case": "เรื่องส่งต่อ",
    "user": "ผู้ใช้",
    "office": "สำนักงาน",
    "database": "ฐานข้อมูล",
    "visit": "การเยี่ยม",
    "visit_topic": "หัวข้อการเยี่ยม",
    "follow_up": "งานติดตาม",
    "evaluation": "การประเมิน",
    "evaluation_template": "แบบประเมิน",
    "award": "รางวัล",
    "mentoring": "งานพี่เลี้ยง",
    "report": "รายงาน",
    "service_level": "ระยะเวลามาตรฐาน",
    "audit": "บันทึกการใช้งาน",
}


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


# What a print or export row's ``document`` detail names, in the words the office uses.
DOCUMENT_LABELS: dict[str, str] = {
    "roster": "ทะเบียนรายชื่อ",
    "record_form": "ทะเบียนประวัติ",
    "people_export": "ทะเบียนรายชื่อ (ไฟล์)",
    "person_data": "ข้อมูลส่วนบุคคลทั้งหมด",
    "case_summary": "สรุปเรื่อง",
    "referral_slip": "แบบส่งต่อ",
    "consent_form": "ใบยินยอมให้ส่งต่อข้อมูล",
    "queue_list": "รายการเรื่องส่งต่อ",
    "excel_export": "รายการเรื่องส่งต่อ (Excel)",
    "csv_export": "รายการเรื่องส่งต่อ (CSV)",
    "case_list_csv": "รายการเรื่องส่งต่อ (CSV)",
    "evaluation_sheets": "แบบประเมิน",
    "visit_forms": "แบบบันทึกการเยี่ยม",
    "visit_record": "บันทึกการเยี่ยม",
    "workspace_export": "รายชื่อผู้ดูแลของพี่เลี้ยง (ไฟล์)",
    "evaluations_export": "ผลการประเมิน (ไฟล์)",
    "audit_trail": "ประวัติการใช้งานระบบ",
    # The reports by their titles (a test holds them to the reports' own).
    "report_referrals": "รายงานการชี้เป้า คัดกรอง และส่งต่อความต้องการด้านแรงงาน",
    "report_network": "รายงานเครือข่ายอาสาสมัครแรงงานและบัณฑิตแรงงาน",
    "report_mentoring": "รายงานการเยี่ยมและประเมินผลของเจ้าหน้าที่พี่เลี้ยง",
    "report_summary": "รายงานสรุปผลการดำเนินงานประจำเดือน",
}


def document_label(document: str) -> str:
    return DOCUMENT_LABELS.get(document, document)
