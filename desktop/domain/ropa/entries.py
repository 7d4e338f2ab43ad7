"""Every personal-data column the desk keeps, by group (tests/domain/test_ropa.py fails on a
model column that is neither here nor in ``not_personal``, and on a line naming no column).

Bases: a volunteer (อสร.) serves under the ministry's volunteer regulation, so their record
rests on the office's public task (ม.24(4)); a labour graduate (บัณฑิตแรงงาน) is also under
contract (ม.24(3)). A referral is the office's labour-protection task; what a case tells of
health or safety is sensitive data kept under ม.26(5)(ค), and handing the case to an agency
needs the person's consent (ม.19, the case's ``consent``). The audit trail is the security
measure the Act requires of a controller (ม.37(1)): a legal obligation (ม.24(6)).

Retention follows the office's paper files (ระเบียบงานสารบรรณ: ten years), counted from when
the person leaves the network or the case is closed.
"""

from __future__ import annotations

from desktop.domain.ropa import accounts, cases, mentoring, registry
from desktop.domain.ropa.model import Group

GROUPS: tuple[Group, ...] = (
    *registry.GROUPS,
    *cases.GROUPS,
    *mentoring.GROUPS,
    *accounts.GROUPS,
)

# What each table holds, as the record of processing names it.
TABLE_LABELS = {
    "person": "ทะเบียนบุคคล",
    "person_area": "พื้นที่รับผิดชอบ",
    "status_history": "ประวัติสถานภาพ",
    "referral_case": "เรื่องส่งต่อ",
    "case_need": "ความต้องการของเรื่อง",
    "case_event": "ความคืบหน้าของเรื่อง",
    "approval_request": "การขออนุมัติ",
    "mentor_assignment": "การกำหนดพี่เลี้ยง",
    "visit": "การเยี่ยม",
    "visit_topic_link": "หัวข้อการเยี่ยม",
    "follow_up": "การติดตามหลังเยี่ยม",
    "evaluation": "การประเมิน",
    "evaluation_score": "คะแนนการประเมิน",
    "award": "รางวัล",
    "evaluation_template": "แบบประเมิน",
    "app_user": "ผู้ใช้ระบบ",
    "user_role": "บทบาทผู้ใช้",
    "audit_event": "ประวัติการใช้งาน",
}
