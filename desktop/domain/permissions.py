"""Which roles may do what: the one table both the services and the UI consult."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from desktop.domain.people import Role


class Permission(enum.StrEnum):
    VIEW_PEOPLE = "view_people"
    REGISTER_PERSON = "register_person"
    EDIT_PERSON = "edit_person"
    CHANGE_STATUS = "change_status"
    PRINT_PERSONAL_DATA = "print_personal_data"
    PRINT_FULL_ID = "print_full_id"
    MANAGE_USERS = "manage_users"
    MANAGE_OFFICE = "manage_office"
    VIEW_CASES = "view_cases"
    INTAKE_CASE = "intake_case"
    WORK_CASE = "work_case"
    APPROVE_CASE = "approve_case"
    MANAGE_SERVICE_LEVELS = "manage_service_levels"
    VIEW_MENTORING = "view_mentoring"
    ASSIGN_MENTOR = "assign_mentor"
    RECORD_VISIT = "record_visit"
    KEY_IN_FOR_MENTOR = "key_in_for_mentor"
    EVALUATE = "evaluate"
    MANAGE_MENTORING_SETUP = "manage_mentoring_setup"
    RECORD_AWARD = "record_award"
    BACKUP_DATABASE = "backup_database"
    RESTORE_DATABASE = "restore_database"
    VIEW_REPORTS = "view_reports"
    SEE_FULL_ID = "see_full_id"
    SEE_PHONE = "see_phone"
    VIEW_AUDIT = "view_audit"
    SEE_AUDIT_VALUES = "see_audit_values"
    EXPORT_PERSON_DATA = "export_person_data"
    ANONYMISE_PERSON = "anonymise_person"


_ALL = frozenset(Role)

ALLOWED: dict[Permission, frozenset[Role]] = {
    Permission.VIEW_PEOPLE: _ALL,
    Permission.REGISTER_PERSON: frozenset({Role.ADMIN, Role.CLERK}),
    Permission.EDIT_PERSON: frozenset({Role.ADMIN, Role.CLERK}),
    Permission.CHANGE_STATUS: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    Permission.PRINT_PERSONAL_DATA: _ALL,
    # Full IDs on a roster leave the building on paper: only those who answer for that.
    Permission.PRINT_FULL_ID: frozenset({Role.ADMIN, Role.SUPERVISOR}),
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.MANAGE_OFFICE: frozenset({Role.ADMIN}),
    # Mentors see the needs their volunteers reported, but the office works the cases.
    Permission.VIEW_CASES: _ALL,
    Permission.INTAKE_CASE: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    Permission.WORK_CASE: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    Permission.APPROVE_CASE: frozenset({Role.ADMIN, Role.SUPERVISOR}),
    Permission.MANAGE_SERVICE_LEVELS: frozenset({Role.ADMIN}),
    Permission.VIEW_MENTORING: _ALL,
    Permission.ASSIGN_MENTOR: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    # Mentors record their own visits; clerks key in paper forms on a mentor's behalf.
    Permission.RECORD_VISIT: frozenset({Role.ADMIN, Role.CLERK, Role.MENTOR}),
    Permission.KEY_IN_FOR_MENTOR: frozenset({Role.ADMIN, Role.CLERK}),
    Permission.EVALUATE: frozenset({Role.ADMIN, Role.CLERK, Role.MENTOR}),
    Permission.MANAGE_MENTORING_SETUP: frozenset({Role.ADMIN}),
    Permission.RECORD_AWARD: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    Permission.BACKUP_DATABASE: frozenset({Role.ADMIN}),
    Permission.RESTORE_DATABASE: frozenset({Role.ADMIN}),
    # The province's figures go upward from the office; mentors work with their own people.
    Permission.VIEW_REPORTS: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.CLERK}),
    # Whole national IDs on screen and in the lists the services hand out: those who register
    # people (the clerk checks the ID against the card), take in and refer cases (the agency
    # asks for it) and answer for the records. A mentor works with people by name, not by ID:
    # theirs is masked everywhere (desktop.services.disclosure). Printing it in full is the
    # narrower PRINT_FULL_ID, which only roles holding this one have.
    Permission.SEE_FULL_ID: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    # Every phone number: the office calls people back about their records and their needs.
    # A mentor calls only the people they mentor now; desktop.services.disclosure shows those
    # numbers person by person and masks the rest.
    Permission.SEE_PHONE: frozenset({Role.ADMIN, Role.CLERK, Role.SUPERVISOR}),
    # "Who looked at this person's record, and why": those who answer for the office's data.
    Permission.VIEW_AUDIT: frozenset({Role.ADMIN, Role.SUPERVISOR}),
    # The personal values an edit changed (old phone, old address) stay masked on the audit
    # page but for the administrator, who answers a data subject's or a breach's questions.
    Permission.SEE_AUDIT_VALUES: frozenset({Role.ADMIN}),
    # PDPA s.30 and s.31: everything the office holds about one person, full ID and all, in
    # a PDF and a JSON file handed to that person. Those who answer a data subject's request
    # at the counter; a mentor works with people, not with their whole file.
    Permission.EXPORT_PERSON_DATA: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.CLERK}),
    # Erasing a person for good (PDPA s.33, the retention review): the one who answers for it.
    Permission.ANONYMISE_PERSON: frozenset({Role.ADMIN}),
}

DENIED_MESSAGES: dict[Permission, str] = {
    Permission.VIEW_PEOPLE: "คุณไม่มีสิทธิ์ดูทะเบียน",
    Permission.REGISTER_PERSON: "เฉพาะเจ้าหน้าที่ทะเบียนหรือผู้ดูแลระบบเท่านั้นที่ลงทะเบียนบุคคลได้",
    Permission.EDIT_PERSON: "เฉพาะเจ้าหน้าที่ทะเบียนหรือผู้ดูแลระบบเท่านั้นที่แก้ไขทะเบียนได้",
    Permission.CHANGE_STATUS: "คุณไม่มีสิทธิ์เปลี่ยนสถานะของบุคคลในทะเบียน",
    Permission.PRINT_PERSONAL_DATA: "คุณไม่มีสิทธิ์พิมพ์ข้อมูลส่วนบุคคล",
    Permission.PRINT_FULL_ID: "เฉพาะหัวหน้างานหรือผู้ดูแลระบบเท่านั้นที่พิมพ์เลขประจำตัวประชาชนเต็มได้",
    Permission.MANAGE_USERS: "เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการผู้ใช้ได้",
    Permission.MANAGE_OFFICE: "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขข้อมูลสำนักงานได้",
    Permission.VIEW_CASES: "คุณไม่มีสิทธิ์ดูเรื่องส่งต่อ",
    Permission.INTAKE_CASE: "เฉพาะเจ้าหน้าที่สำนักงานเท่านั้นที่รับเรื่องได้",
    Permission.WORK_CASE: "เฉพาะเจ้าหน้าที่สำนักงานเท่านั้นที่ดำเนินการเรื่องส่งต่อได้",
    Permission.APPROVE_CASE: "เฉพาะหัวหน้างานหรือผู้ดูแลระบบเท่านั้นที่อนุมัติได้",
    Permission.MANAGE_SERVICE_LEVELS: "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขระยะเวลามาตรฐานได้",
    Permission.VIEW_MENTORING: "คุณไม่มีสิทธิ์ดูข้อมูลการเป็นพี่เลี้ยง",
    Permission.ASSIGN_MENTOR: "เฉพาะเจ้าหน้าที่สำนักงานเท่านั้นที่กำหนดพี่เลี้ยงได้",
    Permission.RECORD_VISIT: "เฉพาะพี่เลี้ยงหรือเจ้าหน้าที่ทะเบียนเท่านั้นที่บันทึกการเยี่ยมได้",
    Permission.KEY_IN_FOR_MENTOR: "เฉพาะเจ้าหน้าที่ทะเบียนเท่านั้นที่บันทึกแทนพี่เลี้ยงได้",
    Permission.EVALUATE: "เฉพาะพี่เลี้ยงหรือเจ้าหน้าที่ทะเบียนเท่านั้นที่บันทึกผลการประเมินได้",
    Permission.MANAGE_MENTORING_SETUP: "เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขแบบประเมิน หัวข้อการเยี่ยม และรอบการเยี่ยมได้",
    Permission.RECORD_AWARD: "เฉพาะเจ้าหน้าที่สำนักงานเท่านั้นที่บันทึกรางวัลได้",
    Permission.BACKUP_DATABASE: "เฉพาะผู้ดูแลระบบเท่านั้นที่สำรองฐานข้อมูลได้",
    Permission.RESTORE_DATABASE: "เฉพาะผู้ดูแลระบบเท่านั้นที่กู้คืนฐานข้อมูลได้",
    Permission.VIEW_REPORTS: "เฉพาะเจ้าหน้าที่สำนักงาน หัวหน้างาน หรือผู้ดูแลระบบเท่านั้นที่ดูรายงานได้",
    Permission.SEE_FULL_ID: "เฉพาะเจ้าหน้าที่สำนักงาน หัวหน้างาน หรือผู้ดูแลระบบเท่านั้นที่ดูเลขประจำตัวประชาชนเต็มได้",
    Permission.SEE_PHONE: "เฉพาะเจ้าหน้าที่สำนักงาน หัวหน้างาน หรือผู้ดูแลระบบเท่านั้นที่ดูหมายเลขโทรศัพท์ของทุกคนได้",
    Permission.VIEW_AUDIT: "เฉพาะหัวหน้างานหรือผู้ดูแลระบบเท่านั้นที่ดูประวัติการใช้งานได้",
    Permission.SEE_AUDIT_VALUES: "เฉพาะผู้ดูแลระบบเท่านั้นที่ดูค่าข้อมูลส่วนบุคคลในประวัติการใช้งานได้",
    Permission.EXPORT_PERSON_DATA: "เฉพาะเจ้าหน้าที่สำนักงาน หัวหน้างาน หรือผู้ดูแลระบบเท่านั้นที่ส่งออกข้อมูลทั้งหมดของบุคคลได้",
    Permission.ANONYMISE_PERSON: "เฉพาะผู้ดูแลระบบเท่านั้นที่ลบข้อมูลระบุตัวตนและทบทวนระยะเวลาเก็บข้อมูลได้",
}


def allowed(roles: Iterable[Role], permission: Permission) -> bool:
    return any(role in ALLOWED[permission] for role in roles)
