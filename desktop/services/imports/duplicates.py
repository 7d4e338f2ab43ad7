"""A sheet row for someone already registered: what "fill the empty fields" and "update all"
would change, listed field by field before anything is applied."""

from __future__ import annotations

from typing import Any

from db.models import Person
from desktop.domain import field_lengths
from desktop.domain.people import PersonDraft
from desktop.services.imports.records import FieldChange

# Draft fields an import may change on a registered person, with their Thai label.
COMPARED = (
    "kind", "title", "first_name", "last_name", "gender", "birth_date", "phone", "line_id",
    "house_no", "village_no", "soi_road", "subdistrict_code", "postcode", "country",
    "occupation", "education", "degree", "appointed_on", "appointment_order", "term_end",
    "contract_start", "contract_end", "notes",
)  # fmt: skip
_LABELS = {
    "kind": "ประเภท",
    "gender": "เพศ",
    "subdistrict_code": "ตำบล",
    "phone": "โทรศัพท์",
    "postcode": "รหัสไปรษณีย์",
    "notes": "หมายเหตุ",
}


def label(field: str) -> str:
    if field in field_lengths.PERSON:
        return field_lengths.PERSON[field][0]
    return _LABELS.get(field) or _DATE_LABELS.get(field, field)


_DATE_LABELS = {
    "birth_date": "วันเกิด",
    "appointed_on": "วันที่แต่งตั้ง",
    "term_end": "วันครบวาระ",
    "contract_start": "วันเริ่มสัญญา",
    "contract_end": "วันสิ้นสุดสัญญา",
}


def _stored(field: str, value: Any) -> Any:
    """A draft's value as the Person model keeps it."""
    if hasattr(value, "value"):  # an enum
        return value.value
    if isinstance(value, str):
        return value.strip()
    return value


def _empty(value: Any) -> bool:
    return value is None or value == ""


def changes(
    person: Person, draft: PersonDraft, given: set[str], fill_only: bool
) -> tuple[FieldChange, ...]:
    """What applying ``draft`` to ``person`` changes: only fields the sheet gave (``given``)
    and has a value for; with ``fill_only`` only the person's empty fields."""
    out = []
    for field in COMPARED:
        if field not in given:
            continue
        new = _stored(field, getattr(draft, field))
        if _empty(new):
            continue
        old = getattr(person, field)
        if fill_only and not _empty(old):
            continue
        if old != new:
            out.append(FieldChange(field, label(field), old, new))
    return tuple(out)


def given_fields(mapping: dict[str, str]) -> set[str]:
    """The draft fields a mapping fills."""
    fields = set(mapping.values())
    out = fields & set(COMPARED)
    if "full_name" in fields:
        out |= {"title", "first_name", "last_name"}
    if fields & {"subdistrict", "address"}:
        out |= {"subdistrict_code", "postcode"}
    if fields & {"address"}:
        out |= {"house_no", "village_no", "soi_road"}
    if "title" in out or "full_name" in fields:
        out.add("gender")
    return out
