"""What the lines of the record of processing share: the PDPA bases, the retention
periods, and the words for staff columns and search indexes."""

from __future__ import annotations

from desktop.domain.ropa.model import Basis

PUBLIC = (Basis.PUBLIC_TASK,)
MEMBER = (Basis.PUBLIC_TASK, Basis.CONTRACT)  # a volunteer's task; a graduate's contract
CASE = (Basis.PUBLIC_TASK, Basis.CONSENT)  # taken in as a task; shared with an agency by consent

# The office sets the years (office.retention_years, 10 unless changed); then the identifying
# columns are erased (person.anonymised_at).
R_PERSON = "10 ปีหลังพ้นสภาพ (สำนักงานตั้งได้) แล้วลบข้อมูลระบุตัว"
R_CASE = "10 ปีหลังปิดเรื่อง"
R_MENTORING = "10 ปีหลังผู้รับการดูแลพ้นสภาพ"
R_ACCOUNT = "10 ปีหลังระงับบัญชี"
R_THROTTLE = "จนเข้าสู่ระบบสำเร็จหรือพ้นเวลาล็อก"
R_AUDIT = "10 ปี (แก้ไขหรือลบไม่ได้)"

STAFF = "ผู้ปฏิบัติงาน (เจ้าหน้าที่ที่บันทึก)"
STAFF_PURPOSE = "ระบุผู้รับผิดชอบงานและตรวจสอบย้อนหลังได้"
SEARCH = "ดัชนีค้นหา (สำเนาชื่อ เลขประจำตัว โทรศัพท์)"
SORT = "คีย์เรียงลำดับ (ได้จากชื่อหรืออำเภอ)"
DERIVED_PURPOSE = "ค้นหาและเรียงลำดับในฐานข้อมูล ไม่แสดงบนหน้าจอ"
