"""Volunteers and graduates: kinds, statuses, roles and the rules for a valid record."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from desktop.domain import field_lengths, national_id
from desktop.domain.thai_dates import add_years

TERM_YEARS = 3


class PersonKind(enum.StrEnum):
    DOMESTIC_VOLUNTEER = "domestic_volunteer"
    OVERSEAS_VOLUNTEER = "overseas_volunteer"
    GRADUATE = "graduate"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    PersonKind.DOMESTIC_VOLUNTEER: "อาสาสมัครแรงงาน (ในประเทศ)",
    PersonKind.OVERSEAS_VOLUNTEER: "อาสาสมัครแรงงาน (ต่างประเทศ)",
    PersonKind.GRADUATE: "บัณฑิตแรงงาน",
}


class PersonStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    RESIGNED = "resigned"
    DECEASED = "deceased"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    PersonStatus.ACTIVE: "ปฏิบัติหน้าที่",
    PersonStatus.SUSPENDED: "พักการปฏิบัติหน้าที่",
    PersonStatus.RESIGNED: "ลาออก",
    PersonStatus.DECEASED: "เสียชีวิต",
    PersonStatus.REMOVED: "พ้นสภาพ",
}


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"

    @property
    def label(self) -> str:
        return GENDER_LABELS[self]


GENDER_LABELS = {Gender.MALE: "ชาย", Gender.FEMALE: "หญิง", Gender.OTHER: "ไม่ระบุ/อื่น ๆ"}

# Titles before a Thai name, kept here once. The registry form offers the formal titles a
# person is registered with; in a referral the clerk keys a name as it was told, so matching
# and searching names also know the abbreviation and the children's titles.
_EVERYDAY_TITLES = ("นาย", "นาง", "นางสาว")
TITLES = (*_EVERYDAY_TITLES, "ว่าที่ร้อยตรี", "ดร.")  # the registry form's choices
NAME_TITLES = (*_EVERYDAY_TITLES, "น.ส.", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.")  # typed in a case
# Names keyed in Latin letters; the final dot of these is often left out.
LATIN_TITLES = ("mrs.", "mr.", "ms.", "miss")


class Role(enum.StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    MENTOR = "mentor"
    SUPERVISOR = "supervisor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "ผู้ดูแลระบบ",
    Role.CLERK: "เจ้าหน้าที่ทะเบียน",
    Role.MENTOR: "เจ้าหน้าที่พี่เลี้ยง",
    Role.SUPERVISOR: "หัวหน้างาน",
}


def person_name(p) -> str:
    """``นายสมชาย ใจดี``: title, first and last name of a person, a record or a query row with
    those attributes; empty for None. The one way a person's name is written."""
    if p is None:
        return ""
    return f"{p.title}{p.first_name} {p.last_name}".strip()


def default_term_end(appointed_on: dt.date) -> dt.date:
    """A volunteer's term runs three years from appointment (the day before the anniversary)."""
    return add_years(appointed_on, TERM_YEARS) - dt.timedelta(days=1)


_PHONE = re.compile(r"^0\d{8,9}$")


def phone_error(text: str) -> str | None:
    """Thai phone numbers: mobile 0X-XXXX-XXXX (10 digits) or landline 0X-XXX-XXXX (9)."""
    raw = (text or "").strip()
    if not raw:
        return None
    if re.search(r"[^\d\s\-+()]", raw):
        return "เบอร์โทรศัพท์มีตัวอักษรที่ไม่ใช่ตัวเลข"
    digits = national_id.digits_only(raw)
    if digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    if not _PHONE.match(digits):
        return "เบอร์โทรศัพท์ไม่ถูกต้อง (มือถือ 10 หลัก เช่น 081-234-5678 หรือโทรศัพท์บ้าน 9 หลัก)"
    return None


def normalize_phone(text: str) -> str:
    digits = national_id.digits_only(text or "")
    if digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    return digits


def format_phone(digits: str) -> str:
    d = national_id.digits_only(digits or "")
    if len(d) == 10:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if len(d) == 9:
        return f"{d[:2]}-{d[2:5]}-{d[5:]}"
    return digits or ""


@dataclass
class PersonDraft:
    """What a clerk has typed into the record form, before it is saved."""

    kind: PersonKind = PersonKind.DOMESTIC_VOLUNTEER
    national_id: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    gender: Gender | None = None
    birth_date: dt.date | None = None
    phone: str = ""
    line_id: str = ""
    house_no: str = ""
    village_no: str = ""
    soi_road: str = ""
    subdistrict_code: str = ""
    postcode: str = ""
    country: str = ""
    occupation: str = ""
    education: str = ""
    degree: str = ""
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    appointed_on: dt.date | None = None
    appointment_order: str = ""
    term_end: dt.date | None = None
    responsible_subdistricts: list[str] = field(default_factory=list)
    notes: str = ""


def validate_person(draft: PersonDraft, today: dt.date, area_exists) -> dict[str, str]:
    """Field name -> Thai message for every problem in ``draft`` (empty when valid).

    ``area_exists(code)`` says whether a subdistrict code is real; it comes from the areas
    package so this module stays free of data loading.
    """
    errors: dict[str, str] = field_lengths.draft_length_errors(field_lengths.PERSON, draft)
    if (e := national_id.validation_error(draft.national_id)) is not None:
        errors["national_id"] = e
    if not draft.first_name.strip():
        errors["first_name"] = "กรุณากรอกชื่อ"
    if not draft.last_name.strip():
        errors["last_name"] = "กรุณากรอกนามสกุล"
    if draft.birth_date is not None:
        if draft.birth_date > today:
            errors["birth_date"] = "วันเกิดต้องไม่อยู่ในอนาคต"
        elif add_years(draft.birth_date, 15) > today:
            errors["birth_date"] = "อายุต้องไม่น้อยกว่า 15 ปี"
    if (e := phone_error(draft.phone)) is not None:
        errors["phone"] = e
    if (
        "village_no" not in errors
        and draft.village_no.strip()
        and not draft.village_no.strip().isdigit()
    ):
        errors["village_no"] = "หมู่ที่ต้องเป็นตัวเลข"
    if draft.kind == PersonKind.OVERSEAS_VOLUNTEER:
        if not draft.country.strip():
            errors["country"] = "อาสาสมัครแรงงานในต่างประเทศต้องระบุประเทศ"
    else:
        if not draft.subdistrict_code:
            errors["subdistrict_code"] = "กรุณาเลือกจังหวัด อำเภอ และตำบลของที่อยู่"
        elif not area_exists(draft.subdistrict_code):
            errors["subdistrict_code"] = f"ไม่พบรหัสตำบล {draft.subdistrict_code}"
    if draft.postcode and not re.fullmatch(r"\d{5}", draft.postcode.strip()):
        errors["postcode"] = "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก"
    if draft.kind == PersonKind.GRADUATE:
        if draft.contract_start is None:
            errors["contract_start"] = "บัณฑิตแรงงานต้องระบุวันเริ่มสัญญาจ้าง"
        if draft.contract_end is None:
            errors["contract_end"] = "บัณฑิตแรงงานต้องระบุวันสิ้นสุดสัญญาจ้าง"
        elif draft.contract_start and draft.contract_end < draft.contract_start:
            errors["contract_end"] = "วันสิ้นสุดสัญญาต้องไม่ก่อนวันเริ่มสัญญา"
    if draft.appointed_on and draft.term_end and draft.term_end < draft.appointed_on:
        errors["term_end"] = "วันครบวาระต้องไม่ก่อนวันที่แต่งตั้ง"
    for code in draft.responsible_subdistricts:
        if not area_exists(code):
            errors["responsible_subdistricts"] = f"ไม่พบรหัสตำบล {code} ในพื้นที่รับผิดชอบ"
            break
    return errors
