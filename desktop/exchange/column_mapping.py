"""Matching a sheet's column headers to the fields of an import, in Thai and English.

Each kind of sheet has its own field table: ``people`` (the registry, :data:`FIELDS`) and
``cases`` (reported needs, :data:`CASE_FIELDS`); every function takes the kind.

A mapping is a plain dict ``{header: field}`` (JSON as it is): the auto-match proposes one,
the clerk (or ``--mapping FILE.json``) corrects it, and the office keeps the last one for
the next import. Headers are compared without spaces, dots, brackets and case, so
``เลขประจำตัว ประชาชน (13 หลัก)`` and ``เลขประจำตัวประชาชน`` are the same column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The fields a people sheet can fill, with their Thai label (for the wizard and messages).
FIELDS = {
    "national_id": "เลขประจำตัวประชาชน",
    "full_name": "ชื่อ-สกุล",
    "title": "คำนำหน้า",
    "first_name": "ชื่อ",
    "last_name": "นามสกุล",
    "gender": "เพศ",
    "birth_date": "วันเกิด",
    "phone": "โทรศัพท์",
    "line_id": "ไลน์",
    "address": "ที่อยู่",
    "house_no": "บ้านเลขที่",
    "village_no": "หมู่ที่",
    "soi_road": "ซอย/ถนน",
    "subdistrict": "ตำบล",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "postcode": "รหัสไปรษณีย์",
    "country": "ประเทศ",
    "kind": "ประเภท",
    "status": "สถานะ",
    "occupation": "อาชีพ",
    "education": "การศึกษา",
    "degree": "วุฒิ/สาขา",
    "appointed_on": "วันที่แต่งตั้ง",
    "appointment_order": "คำสั่งแต่งตั้ง",
    "term_end": "วันครบวาระ",
    "contract_start": "วันเริ่มสัญญา",
    "contract_end": "วันสิ้นสุดสัญญา",
    "notes": "หมายเหตุ",
}

# Header words for each field, compared after :func:`header_key`; exact matches first, then
# a header that starts with one of them.
_ALIASES: dict[str, tuple[str, ...]] = {
    "national_id": (
        "เลขประจำตัวประชาชน",
        "เลขบัตรประชาชน",
        "เลขบัตรประจำตัวประชาชน",
        "เลขบัตร",
        "บัตรประชาชน",
        "เลขประชาชน",
        "เลข13หลัก",
        "nationalid",
        "idcard",
        "citizenid",
        "pid",
        "id",
    ),
    "full_name": ("ชื่อสกุล", "ชื่อนามสกุล", "ชื่อและนามสกุล", "ชื่อ-สกุล", "fullname", "name"),
    "title": ("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำ", "title", "prefix"),
    "first_name": ("ชื่อ", "ชื่อจริง", "firstname", "givenname"),
    "last_name": ("นามสกุล", "สกุล", "lastname", "surname", "familyname"),
    "gender": ("เพศ", "gender", "sex"),
    "birth_date": ("วันเกิด", "วันเดือนปีเกิด", "วดปเกิด", "เกิด", "birthdate", "dateofbirth", "dob"),
    "phone": ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "เบอร์", "โทร", "มือถือ", "phone", "tel", "mobile"),
    "line_id": ("ไลน์", "ไอดีไลน์", "line", "lineid"),
    "address": ("ที่อยู่", "ที่อยู่ปัจจุบัน", "ที่อยู่ตามทะเบียนบ้าน", "address"),
    "house_no": ("บ้านเลขที่", "เลขที่", "houseno", "houseno"),
    "village_no": ("หมู่", "หมู่ที่", "ม", "moo", "villageno"),
    "soi_road": ("ซอย", "ถนน", "ซอยถนน", "road", "soi"),
    "subdistrict": ("ตำบล", "ตำบลแขวง", "แขวง", "ต", "subdistrict", "tambon"),
    "district": ("อำเภอ", "อำเภอเขต", "เขต", "อ", "district", "amphoe"),
    "province": ("จังหวัด", "จ", "province"),
    "postcode": ("รหัสไปรษณีย์", "ไปรษณีย์", "postcode", "zipcode", "zip"),
    "country": ("ประเทศ", "ประเทศที่ทำงาน", "country"),
    "kind": ("ประเภท", "ประเภทอาสาสมัคร", "kind", "type"),
    "status": ("สถานะ", "สถานภาพ", "status"),
    "occupation": ("อาชีพ", "occupation"),
    "education": ("การศึกษา", "วุฒิการศึกษา", "ระดับการศึกษา", "education"),
    "degree": ("สาขา", "วุฒิ", "degree"),
    "appointed_on": ("วันที่แต่งตั้ง", "วันแต่งตั้ง", "แต่งตั้ง", "appointed", "appointedon"),
    "appointment_order": ("คำสั่งแต่งตั้ง", "เลขที่คำสั่ง", "คำสั่ง", "order"),
    "term_end": ("วันครบวาระ", "ครบวาระ", "termend"),
    "contract_start": ("วันเริ่มสัญญา", "เริ่มสัญญา", "contractstart"),
    "contract_end": ("วันสิ้นสุดสัญญา", "สิ้นสุดสัญญา", "contractend"),
    "notes": ("หมายเหตุ", "notes", "note", "remark"),
}

# The fields a sheet of reported needs (referral cases) can fill, with their Thai label.
CASE_FIELDS = {
    "case_no": "เลขที่เรื่อง",
    "received_on": "วันที่รับเรื่อง",
    "person_name": "ชื่อผู้ขอรับบริการ",
    "title": "คำนำหน้า",
    "last_name": "นามสกุล",
    "person_national_id": "เลขประจำตัวประชาชน",
    "person_phone": "โทรศัพท์",
    "address": "ที่อยู่",
    "village_no": "หมู่ที่",
    "subdistrict": "ตำบล",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "postcode": "รหัสไปรษณีย์",
    "needs": "ความต้องการ",
    "description": "รายละเอียด",
    "reporter_name": "ผู้แจ้ง",
    "reporter_national_id": "เลขประจำตัวผู้แจ้ง",
    "channel": "ช่องทาง",
    "urgency": "ความเร่งด่วน",
    "consent": "ความยินยอม",
    "consent_on": "วันที่ยินยอม",
}
_CASE_ALIASES: dict[str, tuple[str, ...]] = {
    "case_no": ("เลขที่เรื่อง", "เลขเรื่อง", "เลขที่รับเรื่อง", "caseno", "casenumber"),
    "received_on": (
        "วันที่รับเรื่อง", "วันรับเรื่อง", "วันที่รับ", "วันที่แจ้ง", "วันแจ้ง", "วันที่ชี้เป้า",
        "received", "receivedon", "receiveddate", "datereceived", "date",
    ),
    "person_name": (
        "ชื่อผู้ขอรับบริการ", "ผู้ขอรับบริการ", "ชื่อสกุล", "ชื่อนามสกุล", "ชื่อและนามสกุล",
        "ชื่อ", "ผู้มีความต้องการ", "ชื่อผู้มีความต้องการ", "ผู้ร้อง", "ชื่อผู้ร้อง",
        "ชื่อผู้ขอรับบริการสกุล", "name", "fullname", "personname",
    ),
    "title": ("คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix"),
    "last_name": ("นามสกุล", "สกุล", "lastname", "surname"),
    "person_national_id": (
        "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน", "เลขประชาชน",
        "เลขประจำตัวประชาชนผู้ขอรับบริการ", "nationalid", "idcard", "citizenid",
    ),
    "person_phone": (
        "โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "เบอร์", "โทร", "มือถือ", "phone", "tel", "mobile",
    ),
    "address": ("ที่อยู่", "ที่อยู่ปัจจุบัน", "address"),
    "village_no": ("หมู่", "หมู่ที่", "ม", "moo", "villageno"),
    "subdistrict": ("ตำบล", "ตำบลแขวง", "แขวง", "ต", "subdistrict", "tambon"),
    "district": ("อำเภอ", "อำเภอเขต", "เขต", "อ", "district", "amphoe"),
    "province": ("จังหวัด", "จ", "province"),
    "postcode": ("รหัสไปรษณีย์", "ไปรษณีย์", "postcode", "zipcode"),
    "needs": (
        "ความต้องการ", "ประเภทความต้องการ", "ความต้องการด้าน", "ด้านความต้องการ", "เรื่องที่ต้องการ",
        "needs", "need",
    ),
    "description": ("รายละเอียด", "รายละเอียดความต้องการ", "รายละเอียดเรื่อง", "description", "details"),
    "reporter_name": (
        "ผู้แจ้ง", "อสรผู้แจ้ง", "ชื่อผู้แจ้ง", "ผู้ชี้เป้า", "อสรผู้ชี้เป้า", "ผู้รายงาน",
        "reporter", "reportername",
    ),
    "reporter_national_id": (
        "เลขประจำตัวผู้แจ้ง", "เลขประจำตัวประชาชนผู้แจ้ง", "เลขบัตรผู้แจ้ง", "เลขบัตรประชาชนผู้แจ้ง",
        "reporterid", "reporternationalid",
    ),
    "channel": ("ช่องทาง", "ช่องทางรับเรื่อง", "ช่องทางการแจ้ง", "channel"),
    "urgency": ("ความเร่งด่วน", "เร่งด่วน", "urgency"),
    "consent": ("ยินยอม", "ความยินยอม", "การยินยอม", "ยินยอมให้ส่งข้อมูล", "consent"),
    "consent_on": ("วันที่ยินยอม", "วันที่ให้ความยินยอม", "วันยินยอม", "consenton", "consentdate"),
}  # fmt: skip
# Headers matched only whole: as prefixes they would take other columns ("ชื่อผู้แจ้ง").
_CASE_EXACT_ONLY = {"ชื่อ", "ม", "ต", "อ", "จ", "โทร", "เบอร์"}

PEOPLE = "people"
CASES = "cases"
KINDS = (PEOPLE, CASES)

_PUNCT = re.compile(r"[\s.\-_/()\[\]:*#]+")
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")


def header_key(header: str) -> str:
    text = _BRACKETS.sub("", str(header or ""))
    return _PUNCT.sub("", text).lower()


def fields(kind: str = PEOPLE) -> dict[str, str]:
    """The fields (with their Thai labels) a sheet of ``kind`` can fill."""
    return CASE_FIELDS if kind == CASES else FIELDS


def _tables(labels: dict[str, str], aliases: dict[str, tuple[str, ...]], exact_only: set[str]):
    exact = {header_key(a): f for f, names in aliases.items() for a in names}
    exact.update({header_key(label): f for f, label in labels.items()})
    exact.update({f: f for f in labels})
    skip = {header_key(x) for x in exact_only}
    prefixes = sorted(
        ((k, f) for k, f in exact.items() if len(k) >= 4 and k not in skip),
        key=lambda t: -len(t[0]),
    )
    return exact, prefixes


_MATCHING = {
    PEOPLE: _tables(FIELDS, _ALIASES, set()),
    CASES: _tables(CASE_FIELDS, _CASE_ALIASES, _CASE_EXACT_ONLY),
}


def field_of(header: str, kind: str = PEOPLE) -> str | None:
    """The field a header names, or None."""
    key = header_key(header)
    if not key:
        return None
    exact, prefixes = _MATCHING[kind]
    if key in exact:
        return exact[key]
    for prefix, f in prefixes:
        if key.startswith(prefix):
            return f
    return None


def any_field_of(header: str) -> str | None:
    """The field a header names in a sheet of any kind (finding the header row)."""
    return next((f for kind in KINDS if (f := field_of(header, kind))), None)


def auto_mapping(headers: Iterable[str], kind: str = PEOPLE) -> dict[str, str]:
    """``{header: field}`` for every header that names a field; each field taken once (the
    first column wins)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for h in headers:
        f = field_of(h, kind)
        if f is not None and f not in taken:
            out[h] = f
            taken.add(f)
    return out


def merged_mapping(headers: list[str], saved: dict[str, str], kind: str = PEOPLE) -> dict[str, str]:
    """The office's saved mapping for the headers it knows, the auto-match for the rest."""
    known = fields(kind)
    out = {h: f for h, f in saved.items() if h in headers and f in known}
    taken = set(out.values())
    for h, f in auto_mapping((h for h in headers if h not in out), kind).items():
        if f not in taken:
            out[h] = f
            taken.add(f)
    return out


def mapping_errors(mapping: dict, headers: list[str], kind: str = PEOPLE) -> dict[str, str]:
    """Thai messages for a mapping that cannot be used with these headers."""
    errors: dict[str, str] = {}
    if not isinstance(mapping, dict):
        return {"mapping": "การจับคู่คอลัมน์ต้องเป็น JSON แบบ {หัวคอลัมน์: ช่องข้อมูล}"}
    known = fields(kind)
    for h, f in mapping.items():
        if f not in known:
            errors[str(h)] = f"ไม่รู้จักช่องข้อมูล “{f}” ของคอลัมน์ {h}"
        elif h not in headers:
            errors[str(h)] = f"ไม่พบคอลัมน์ “{h}” ในแผ่นงาน"
    seen: dict[str, str] = {}
    for h, f in mapping.items():
        if f in seen and f in known:
            errors[str(h)] = f"คอลัมน์ {seen[f]} และ {h} จับคู่กับ{known[f]}ทั้งคู่ เลือกได้คอลัมน์เดียว"
        seen.setdefault(f, str(h))
    chosen = set(mapping.values())
    if kind == CASES:
        if "received_on" not in chosen:
            errors["received_on"] = "ต้องมีคอลัมน์วันที่รับเรื่อง"
        if "person_name" not in chosen:
            errors["person_name"] = "ต้องมีคอลัมน์ชื่อผู้ขอรับบริการ (ชื่อ-สกุล)"
        if "needs" not in chosen:
            errors["needs"] = "ต้องมีคอลัมน์ความต้องการ"
        return errors
    if "national_id" not in chosen:
        errors["national_id"] = "ต้องมีคอลัมน์เลขประจำตัวประชาชน"
    if "full_name" not in chosen and not {"first_name", "last_name"} <= chosen:
        errors["name"] = "ต้องมีคอลัมน์ชื่อ-สกุล หรือคอลัมน์ชื่อและนามสกุล"
    return errors
