"""Matching a sheet's column headers to the registry's fields, in Thai and English.

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

_PUNCT = re.compile(r"[\s.\-_/()\[\]:*#]+")
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")


def header_key(header: str) -> str:
    text = _BRACKETS.sub("", str(header or ""))
    return _PUNCT.sub("", text).lower()


_EXACT = {header_key(a): f for f, aliases in _ALIASES.items() for a in aliases}
_EXACT.update({header_key(label): f for f, label in FIELDS.items()})
_EXACT.update({f: f for f in FIELDS})
_PREFIXES = sorted(((k, f) for k, f in _EXACT.items() if len(k) >= 4), key=lambda t: -len(t[0]))


def field_of(header: str) -> str | None:
    """The field a header names, or None."""
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for prefix, f in _PREFIXES:
        if key.startswith(prefix):
            return f
    return None


def auto_mapping(headers: Iterable[str]) -> dict[str, str]:
    """``{header: field}`` for every header that names a field; each field taken once (the
    first column wins)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for h in headers:
        f = field_of(h)
        if f is not None and f not in taken:
            out[h] = f
            taken.add(f)
    return out


def merged_mapping(headers: list[str], saved: dict[str, str]) -> dict[str, str]:
    """The office's saved mapping for the headers it knows, the auto-match for the rest."""
    out = {h: f for h, f in saved.items() if h in headers and f in FIELDS}
    taken = set(out.values())
    for h, f in auto_mapping(h for h in headers if h not in out).items():
        if f not in taken:
            out[h] = f
            taken.add(f)
    return out


def mapping_errors(mapping: dict, headers: list[str]) -> dict[str, str]:
    """Thai messages for a mapping that cannot be used with these headers."""
    errors: dict[str, str] = {}
    if not isinstance(mapping, dict):
        return {"mapping": "การจับคู่คอลัมน์ต้องเป็น JSON แบบ {หัวคอลัมน์: ช่องข้อมูล}"}
    for h, f in mapping.items():
        if f not in FIELDS:
            errors[str(h)] = f"ไม่รู้จักช่องข้อมูล “{f}” ของคอลัมน์ {h}"
        elif h not in headers:
            errors[str(h)] = f"ไม่พบคอลัมน์ “{h}” ในแผ่นงาน"
    seen: dict[str, str] = {}
    for h, f in mapping.items():
        if f in seen and f in FIELDS:
            errors[str(h)] = f"คอลัมน์ {seen[f]} และ {h} จับคู่กับ{FIELDS[f]}ทั้งคู่ เลือกได้คอลัมน์เดียว"
        seen.setdefault(f, str(h))
    fields = set(mapping.values())
    if "national_id" not in fields:
        errors["national_id"] = "ต้องมีคอลัมน์เลขประจำตัวประชาชน"
    if "full_name" not in fields and not {"first_name", "last_name"} <= fields:
        errors["name"] = "ต้องมีคอลัมน์ชื่อ-สกุล หรือคอลัมน์ชื่อและนามสกุล"
    return errors
