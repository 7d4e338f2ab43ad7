"""How long each field a clerk types may be, and the Thai message when it is longer.

SQLite stores any length in a ``VARCHAR(n)`` while PostgreSQL refuses the row with a raw
error, so the limit is checked here, the same on both engines, before anything is written.
The numbers are the database columns' ``String(n)`` widths; the domain may not import the
models, so ``tests/domain/test_field_lengths.py`` asserts that every limit here equals its
column — a column widened in a migration fails that test until the limit follows.

Each table maps a field name (as the draft or the service argument names it) to its Thai
label and its limit. Lengths are counted in characters after trimming the ends, as stored.
"""

from __future__ import annotations

from collections.abc import Mapping

Limits = Mapping[str, tuple[str, int]]

PERSON: Limits = {
    "title": ("คำนำหน้า", 40),
    "first_name": ("ชื่อ", 100),
    "last_name": ("นามสกุล", 100),
    "line_id": ("ไลน์ไอดี", 100),
    "house_no": ("บ้านเลขที่", 50),
    "village_no": ("หมู่ที่", 10),
    "soi_road": ("ซอย/ถนน", 200),
    "country": ("ประเทศ", 100),
    "occupation": ("อาชีพ", 200),
    "education": ("การศึกษา", 200),
    "degree": ("วุฒิการศึกษา", 200),
    "appointment_order": ("คำสั่งแต่งตั้ง", 100),
}
CASE: Limits = {
    "person_name": ("ชื่อ–นามสกุลของผู้มีความต้องการ", 200),
    "reporter_note": ("ข้อความผู้แจ้ง", 200),
    "village_no": ("หมู่ที่", 10),
}
CASE_STEP: Limits = {"agency_contact": ("ข้อความผู้ประสานงาน", 300)}
VISIT: Limits = {"place": ("สถานที่", 200)}
VISIT_TOPIC: Limits = {"topic": ("หัวข้อ", 200)}
TEMPLATE: Limits = {"name": ("ชื่อแบบประเมิน", 200)}
GRADE_BAND: Limits = {"bands": ("ชื่อระดับผลการประเมิน", 50)}
AWARD: Limits = {"title": ("ชื่อรางวัล", 200)}
USER: Limits = {
    "username": ("ชื่อผู้ใช้", 64),
    "full_name": ("ชื่อ-สกุลของผู้ใช้", 200),
    "position": ("ตำแหน่ง", 200),
}
OFFICE: Limits = {"office_name": ("ชื่อสำนักงาน", 200)}


def too_long(label: str, limit: int, value: str | None) -> str | None:
    """``ชื่อ ยาวเกิน 100 ตัวอักษร`` when ``value`` (trimmed) is longer than ``limit``."""
    if len((value or "").strip()) > limit:
        return f"{label} ยาวเกิน {limit} ตัวอักษร"
    return None


def length_errors(limits: Limits, values: Mapping[str, str | None]) -> dict[str, str]:
    """Field name -> Thai message for every value in ``values`` longer than its limit."""
    errors: dict[str, str] = {}
    for name, value in values.items():
        if name in limits and (message := too_long(*limits[name], value)) is not None:
            errors[name] = message
    return errors


def draft_length_errors(limits: Limits, draft: object) -> dict[str, str]:
    """``length_errors`` over the attributes of a draft dataclass that ``limits`` names."""
    return length_errors(limits, {name: getattr(draft, name, "") for name in limits})
