"""The record of processing: the people who sign in, and the audit trail of what they did."""

from __future__ import annotations

from desktop.domain.permissions import Permission as P
from desktop.domain.ropa.model import Basis, Group
from desktop.domain.ropa.shared import PUBLIC, R_ACCOUNT, R_AUDIT, R_THROTTLE

GROUPS: tuple[Group, ...] = (
    Group(
        "app_user",
        ("username", "full_name", "position", "active"),
        "บัญชีผู้ใช้",
        "ควบคุมการเข้าถึงและระบุผู้ปฏิบัติงาน",
        PUBLIC,
        R_ACCOUNT,
        P.MANAGE_USERS,
        note="ชื่อผู้ปฏิบัติงานปรากฏในเรื่องและบันทึกที่เขาทำ",
    ),
    Group(
        "app_user",
        ("password_hash",),
        "รหัสผ่าน (แฮช argon2)",
        "ยืนยันตัวตนเมื่อเข้าสู่ระบบ",
        (Basis.LEGAL_OBLIGATION,),
        R_ACCOUNT,
        None,
    ),
    Group(
        "app_user",
        ("failed_sign_ins", "locked_until"),
        "การเข้าสู่ระบบผิดพลาด",
        "ป้องกันการเดารหัสผ่าน (มาตรการรักษาความปลอดภัย ม.37)",
        (Basis.LEGAL_OBLIGATION,),
        R_THROTTLE,
        P.MANAGE_USERS,
    ),
    Group(
        "user_role",
        ("role",),
        "บทบาทผู้ใช้",
        "กำหนดสิทธิ์การเข้าถึงข้อมูล",
        PUBLIC,
        R_ACCOUNT,
        P.MANAGE_USERS,
    ),
    # -- the audit trail -----------------------------------------------------------------
    Group(
        "audit_event",
        ("user_id", "username", "at"),
        "ผู้ใช้และเวลาที่ใช้งาน",
        "ตรวจสอบว่าใครเข้าถึงหรือแก้ไขข้อมูลส่วนบุคคลเมื่อใด (ม.37)",
        (Basis.LEGAL_OBLIGATION,),
        R_AUDIT,
        P.VIEW_AUDIT,
    ),
    Group(
        "audit_event",
        ("entity_id",),
        "บุคคลหรือเรื่องที่ถูกเข้าถึง",
        "ตอบเจ้าของข้อมูลว่าใครดูข้อมูลของตน",
        (Basis.LEGAL_OBLIGATION,),
        R_AUDIT,
        P.VIEW_AUDIT,
    ),
    Group(
        "audit_event",
        ("details",),
        "ค่าที่เปลี่ยน (เดิม → ใหม่) และสิ่งที่พิมพ์",
        "หลักฐานการแก้ไขและการพิมพ์ข้อมูลส่วนบุคคล",
        (Basis.LEGAL_OBLIGATION,),
        R_AUDIT,
        P.VIEW_AUDIT,
        P.SEE_AUDIT_VALUES,
        note="ไม่เก็บเลขประจำตัวประชาชนแบบเต็ม",
    ),
)
