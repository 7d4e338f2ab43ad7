"""A person saved by two clerks at once: the fields that differ, as the clerk reads them, and
what the audit trail keeps of the side that did not win."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from desktop import areas
from desktop.domain import national_id
from desktop.domain.conflicts import EditConflict, differing_fields
from desktop.domain.field_lengths import PERSON
from desktop.domain.people import GENDER_LABELS, Gender, PersonDraft, PersonKind, format_phone
from desktop.domain.records import PersonDetail
from desktop.domain.thai_dates import format_medium
from desktop.services.people.mapping import DATE_FIELDS, draft_values, to_draft

LABELS = {
    **{name: label for name, (label, _limit) in PERSON.items()},
    "kind": "ประเภท",
    "national_id": "เลขประจำตัวประชาชน",
    "gender": "เพศ",
    "birth_date": "วันเกิด",
    "phone": "โทรศัพท์",
    "subdistrict_code": "ตำบล/อำเภอ/จังหวัด",
    "postcode": "รหัสไปรษณีย์",
    "contract_start": "วันเริ่มสัญญาจ้าง",
    "contract_end": "วันสิ้นสุดสัญญาจ้าง",
    "appointed_on": "วันที่ได้รับแต่งตั้ง",
    "term_end": "วันครบวาระ",
    "responsible_subdistricts": "พื้นที่รับผิดชอบ",
    "notes": "หมายเหตุ",
}
NAMES = tuple(f.name for f in fields(PersonDraft))
EMPTY = "—"


def comparable(draft: PersonDraft, name: str) -> Any:
    """The value as it would be stored: a phone typed with dashes equals the stored digits."""
    if name == "responsible_subdistricts":
        return list(dict.fromkeys(draft.responsible_subdistricts))
    return draft_values(draft)[name]


def shown(draft: PersonDraft, name: str) -> str:
    value = comparable(draft, name)
    if name == "kind":
        return PersonKind(value).label
    if name == "gender":
        return GENDER_LABELS[Gender(value)] if value else EMPTY
    if name in DATE_FIELDS:
        return format_medium(value) if value else EMPTY
    if name == "phone":
        return format_phone(value) if value else EMPTY
    if name == "national_id":
        return national_id.format_id(value) if value else EMPTY
    if name == "subdistrict_code":
        return areas.area_names(value).line() if value else EMPTY
    if name == "responsible_subdistricts":
        return ", ".join(areas.area_names(c).line() for c in value) or EMPTY
    return str(value) if value else EMPTY


def person_conflict(
    stored: PersonDetail, mine: PersonDraft, opened: PersonDraft | None, saved_by: str = ""
) -> EditConflict[PersonDraft]:
    theirs = to_draft(stored)
    return EditConflict(
        entity="person",
        entity_id=stored.id,
        version=stored.version,
        mine=mine,
        theirs=theirs,
        fields=differing_fields(mine, theirs, opened, NAMES, LABELS.__getitem__, comparable, shown),
        saved_by=saved_by,
        saved_at=stored.updated_at,
    )


def overridden_detail(
    stored: PersonDraft, resolved: PersonDraft, mine: PersonDraft | None, version: int
) -> dict[str, Any]:
    """For the audit row of a resolved save: the stored values it replaced (the other clerk's)
    and the values this clerk typed but gave up for theirs — national IDs masked."""

    def kept(draft: PersonDraft, name: str) -> Any:
        value = comparable(draft, name)
        return national_id.mask_id(value) if name == "national_id" and value else value

    overridden = {
        n: kept(stored, n) for n in NAMES if comparable(stored, n) != comparable(resolved, n)
    }
    given_up = (
        {n: kept(mine, n) for n in NAMES if comparable(mine, n) != comparable(resolved, n)}
        if mine is not None
        else {}
    )
    return {"resolved_against_version": version, "overridden": overridden, "given_up": given_up}
