"""A sheet row for a case already in the database: which case it is, and what "fill the
empty fields" and "update all" would change, field by field, before anything is applied.

A row is that case when it gives the case's number, or, without a number, the same
requester's national ID, a need in common and the same received date. What makes the case
(its number, received date, channel and needs, which set its due date) is never changed by
an import; consent is given through the consent step (recorded on the timeline), and only
to an open case.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from db.models import Case
from db.queries.cases import search_text_for
from desktop.domain.cases.categories import Urgency
from desktop.domain.cases.records import CaseDraft
from desktop.domain.collation import thai_sort_key
from desktop.services.cases.mapping import apply_draft, needs_of
from desktop.services.imports.records import FieldChange, ImportRow

# Fields an import may change on a registered case, with their Thai label.
COMPARED = {
    "person_name": "ชื่อผู้ขอรับบริการ",
    "person_national_id": "เลขประจำตัวประชาชน",
    "person_phone": "โทรศัพท์",
    "subdistrict_code": "ตำบล",
    "village_no": "หมู่ที่",
    "description": "รายละเอียด",
    "urgency": "ความเร่งด่วน",
    "consent": "ความยินยอม",
}
# The sheet fields each compared field comes from.
_FROM = {
    "person_name": {"person_name", "last_name", "title"},
    "person_national_id": {"person_national_id"},
    "person_phone": {"person_phone"},
    "subdistrict_code": {"subdistrict", "district", "province", "address"},
    "village_no": {"village_no", "address"},
    "description": {"description"},
    "urgency": {"urgency"},
    "consent": {"consent"},
}


def given_fields(mapping: dict[str, str]) -> set[str]:
    fields = set(mapping.values())
    return {f for f, sources in _FROM.items() if sources & fields}


def stored_form(draft: CaseDraft) -> SimpleNamespace:
    """The draft as the case table would keep it (on a plain namespace, not a mapped row)."""
    case = SimpleNamespace(case_no="")
    apply_draft(case, draft)
    return case


def _empty(field: str, value: Any) -> bool:
    if field == "urgency":
        return value in (None, "", Urgency.NORMAL.value)
    return value in (None, "", False)


def changes(
    case: Case, draft: CaseDraft, given: set[str], fill_only: bool
) -> tuple[FieldChange, ...]:
    """What applying ``draft`` to ``case`` changes: fields the sheet gave (``given``) and has
    a value for; with ``fill_only`` only the case's empty fields."""
    new_case = stored_form(draft)
    out = []
    for field, label in COMPARED.items():
        if field not in given:
            continue
        new, old = getattr(new_case, field), getattr(case, field)
        if _empty(field, new) or (fill_only and not _empty(field, old)):
            continue
        if field == "consent" and not case.is_open:
            continue  # a closed case's consent is not changed
        if old != new:
            out.append(FieldChange(field, label, _shown(field, old), _shown(field, new)))
    return tuple(out)


def _shown(field: str, value: Any) -> Any:
    if field == "urgency":
        return Urgency(value).label
    if field == "consent":
        return "ยินยอม" if value else ""
    return value


def apply_changes(case: Case, draft: CaseDraft, chosen: tuple[FieldChange, ...]) -> dict:
    """Write the ``chosen`` changes (but consent, which the caller records) onto ``case``;
    the derived columns follow. Returns ``{field: [old, new]}`` for the audit."""
    new_case = stored_form(draft)
    applied = {}
    for change in chosen:
        if change.field == "consent":
            continue
        old, new = getattr(case, change.field), getattr(new_case, change.field)
        setattr(case, change.field, new)
        applied[change.field] = [old, new]
    if "person_name" in applied:
        case.person_sort_key = thai_sort_key(case.person_name)
    if "subdistrict_code" in applied:
        case.district_code = new_case.district_code
    case.search_text = search_text_for(
        case.case_no, case.person_name, case.person_national_id, case.person_phone
    )
    return applied


def same_case(row: ImportRow, candidates: list[Case]) -> Case | None:
    """The registered case among ``candidates`` (one person's) a numberless row repeats."""
    draft = row.draft
    for case in candidates:
        if case.received_on == draft.received_on and set(needs_of(case)) & set(draft.needs):
            return case
    return None
