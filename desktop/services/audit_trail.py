"""Reading the audit trail: the audit page, a row's details, a record's access history.

Every read goes to the database a page at a time (the trail grows to millions of rows); the
filter's parts each land on an index of ``audit_event`` (see the model). Personal values an
edit changed are masked unless the reader may see them (``Permission.SEE_AUDIT_VALUES``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from db.models import AuditEvent
from db.queries import audit as q
from db.queries import cases as case_queries
from db.queries import people as people_queries
from desktop.domain.audit_actions import (
    AuditCategory,
    action_label,
    document_label,
    entity_label,
)
from desktop.domain.audit_trail import (
    COUNT_CAP,
    AuditDetail,
    AuditFilter,
    AuditPage,
    AuditRow,
    AuditSort,
    FieldChange,
)
from desktop.domain.errors import NotFound
from desktop.domain.national_id import digits_only, mask_id, stored_form
from desktop.domain.permissions import Permission
from desktop.domain.thai_dates import format_medium
from desktop.exchange.column_mapping import FIELDS
from desktop.services.context import BANGKOK, ServiceContext, local_time

_ORDER = {AuditSort.AT: "at", AuditSort.USER: "username", AuditSort.CATEGORY: "category"}

FIELD_LABELS: dict[str, str] = {
    **FIELDS,
    "subdistrict_code": "ตำบล",
    "district_code": "อำเภอ",
    "province_code": "จังหวัด",
    "responsible_subdistricts": "ตำบลที่รับผิดชอบ",
    "person_name": "ชื่อผู้มีความต้องการ",
    "person_national_id": "เลขประจำตัวประชาชน",
    "person_phone": "โทรศัพท์",
    "description": "รายละเอียด",
    "status": "สถานะ",
    "effective_on": "วันที่มีผล",
    "document": "เอกสาร",
    "documents": "เอกสาร",
    "file": "แฟ้ม",
    "rows": "จำนวนแถว",
    "people": "จำนวนบุคคล",
    "cases": "จำนวนเรื่อง",
    "count": "จำนวน",
    "reason": "เหตุผล",
    "consent": "ความยินยอม",
    "on": "วันที่",
    "roles": "บทบาท",
    "fields": "ช่องที่บันทึก",
    "source": "ที่มา",
    "full_id": "เลขประจำตัวเต็ม",
    "filter": "เงื่อนไข",
    "format": "รูปแบบแฟ้ม",
}

# Values a reader without SEE_AUDIT_VALUES sees masked (IDs are masked when written already).
PERSONAL_FIELDS = frozenset(
    {
        "title",
        "first_name",
        "last_name",
        "full_name",
        "birth_date",
        "phone",
        "line_id",
        "house_no",
        "village_no",
        "soi_road",
        "postcode",
        "notes",
        "person_name",
        "person_phone",
        "person_national_id",
        "national_id",
        "description",
    }
)


def local_bounds(
    date_from: dt.date | None, date_to: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Office dates (both ends included) as the UTC instants the trail stores."""

    def start(d: dt.date) -> dt.datetime:
        return dt.datetime.combine(d, dt.time(0), BANGKOK).astimezone(dt.UTC)

    since = start(date_from) if date_from else None
    before = start(date_to + dt.timedelta(days=1)) if date_to else None
    return since, before


def masked_value(field: str, value: Any, may_see: bool) -> str:
    text = _text(value)
    if may_see or not text or field not in PERSONAL_FIELDS:
        return text
    if field in ("national_id", "person_national_id"):
        return mask_id(text) if len(digits_only(text)) == 13 else text
    if field in ("phone", "person_phone"):
        digits = digits_only(text)
        return "x" * max(0, len(digits) - 3) + digits[-3:]
    return "•••"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{FIELD_LABELS.get(k, k)}: {_text(v)}" for k, v in value.items())
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_medium(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


class AuditTrailService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the page ---------------------------------------------------------------------------
    def users(self) -> list[tuple[str, str]]:
        """(username, full name) for the user filter; ``system`` writes sign-in failures."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            return [("system", "ระบบ (ผู้ใช้ไม่ทราบชื่อ)"), *q.user_names(s)]

    def find_person(self, text: str) -> tuple[int, str]:
        """The registered person a supervisor names for the person filter, as (id, name): by
        national ID, or by a name (or part of one) that only one person in the registry has."""
        self.ctx.require(Permission.VIEW_AUDIT)
        typed = (text or "").strip()
        with self.ctx.unit_of_work() as s:
            if len(digits_only(typed)) == 13:
                person = people_queries.by_national_id(s, stored_form(typed))
                if person is None:
                    raise NotFound("ไม่พบบุคคลที่มีเลขประจำตัวประชาชนนี้ในทะเบียน")
            else:
                found = people_queries.page(s, people_queries.PersonFilter(text=typed), 0, 2)
                if not found:
                    raise NotFound(f"ไม่พบบุคคลชื่อ “{typed}” ในทะเบียน")
                if len(found) > 1:
                    raise NotFound(
                        f"มีหลายคนที่ชื่อตรงกับ “{typed}” กรุณาพิมพ์ชื่อ-สกุลให้ครบ หรือเลขประจำตัวประชาชน"
                    )
                person = found[0]
            return person.id, f"{person.title}{person.first_name} {person.last_name}".strip()

    def find_case(self, case_no: str) -> int:
        from desktop.services.cases.lookup import id_by_no

        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            case_id = id_by_no(s, case_no)
            if case_id is None:
                raise NotFound(f"ไม่พบเรื่องเลขที่ {case_no}")
            return case_id

    def page(self, f: AuditFilter, offset: int = 0, limit: int = 100) -> AuditPage:
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            filters = self._filters(s, f)
            total = q.count_upto(s, COUNT_CAP, **filters)
            rows = self._read(s, f, filters, offset, limit)
        return AuditPage(rows, offset, min(total, COUNT_CAP), total > COUNT_CAP)

    def all_rows(self, f: AuditFilter, chunk: int = 5_000):
        """Every row the filter matches, a chunk of rows at a time (for the export)."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            filters = self._filters(s, f)  # the person's cases etc. once, not per chunk
        offset = 0
        while True:
            with self.ctx.unit_of_work() as s:
                rows = self._read(s, f, filters, offset, chunk)
            if not rows:
                return
            yield rows
            offset += len(rows)

    def _read(
        self, s: Session, f: AuditFilter, filters: dict[str, Any], offset: int, limit: int
    ) -> list[AuditRow]:
        order, descending = _ORDER[f.sort], f.descending
        events = q.page(
            s, order=order, descending=descending, offset=offset, limit=limit, **filters
        )
        return self._rows(s, events)

    def count(self, f: AuditFilter) -> int:
        """How many rows match, exactly (the export says how many it wrote)."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            return q.count_upto(s, 10**9, **self._filters(s, f))

    def detail(self, event_id: int) -> AuditDetail:
        self.ctx.require(Permission.VIEW_AUDIT)
        may_see = self.ctx.can(Permission.SEE_AUDIT_VALUES)
        with self.ctx.unit_of_work() as s:
            event = q.by_id(s, event_id)
            if event is None:
                raise NotFound("ไม่พบรายการนี้ในประวัติการใช้งาน")
            row = self._rows(s, [event])[0]
            names = dict(q.user_names(s))
        details = json.loads(event.details or "{}")
        changes: list[FieldChange] = []
        for name, pair in (details.pop("changes", None) or {}).items():
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            changes.append(
                FieldChange(
                    name,
                    FIELD_LABELS.get(name, name),
                    masked_value(name, old, may_see),
                    masked_value(name, new, may_see),
                )
            )
        facts = [
            (FIELD_LABELS.get(k, k), masked_value(k, v, may_see))
            for k, v in sorted(details.items())
        ]
        return AuditDetail(row, names.get(event.username, ""), changes, facts)

    # -- a record's access history ------------------------------------------------------------
    def person_history(self, person_id: int, limit: int = 500) -> AuditPage:
        """Who did what with this person's record, and the cases, visits, ... about them."""
        return self.page(AuditFilter(person_id=person_id), limit=limit)

    def case_history(self, case_id: int, limit: int = 500) -> AuditPage:
        return self.page(AuditFilter(case_id=case_id), limit=limit)

    # -- helpers -----------------------------------------------------------------------------
    def _filters(self, s: Session, f: AuditFilter) -> dict[str, Any]:
        subjects: list[tuple[str, list[int]]] = []
        if f.person_id is not None:
            person = people_queries.by_id(s, f.person_id)
            if person is None:
                raise NotFound("ไม่พบบุคคลนี้ในทะเบียน")
            subjects = q.subjects_of_person(s, person.id, person.national_id)
        if f.case_id is not None:
            cases = [f.case_id]
            if subjects:  # both: the case, if it is one of the person's
                cases = [c for c in dict(subjects).get("case", []) if c == f.case_id]
            subjects = [("case", cases)] if cases else [("case", [-1])]
        since, before = local_bounds(f.date_from, f.date_to)
        return dict(
            categories=[f.category.value] if f.category else [],
            username=f.username,
            subjects=subjects,
            since=since,
            before=before,
        )

    def _rows(self, s: Session, events: list[AuditEvent]) -> list[AuditRow]:
        people = q.person_names(
            s, {e.entity_id for e in events if e.entity == "person" and e.entity_id}
        )
        case_ids = {e.entity_id for e in events if e.entity == "case" and e.entity_id}
        cases = case_queries.case_nos(s, case_ids) if case_ids else {}
        accounts = q.usernames(
            s, {e.entity_id for e in events if e.entity == "user" and e.entity_id}
        )
        return [
            AuditRow(
                id=e.id,
                at=local_time(e.at),
                username=e.username,
                action=e.action,
                action_label=action_label(e.action),
                category=_category(e.category),
                entity=e.entity,
                entity_id=e.entity_id,
                subject=_subject(e, people, cases, accounts),
            )
            for e in events
        ]


def _category(value: str) -> AuditCategory:
    try:
        return AuditCategory(value)
    except ValueError:
        return AuditCategory.OTHER


def _subject(
    e: AuditEvent, people: dict[int, str], cases: dict[int, str], accounts: dict[int, str]
) -> str:
    if e.entity == "person" and e.entity_id in people:
        return people[e.entity_id]
    if e.entity == "user" and e.entity_id in accounts:
        return f"ผู้ใช้ {accounts[e.entity_id]}"
    if e.entity == "case" and e.entity_id in cases:
        return f"เรื่อง {cases[e.entity_id]}"
    label = entity_label(e.entity)
    if e.entity_id is not None:
        return f"{label} #{e.entity_id}"
    try:
        details = json.loads(e.details or "{}")
    except ValueError:
        details = {}
    document = details.get("document") or details.get("file")
    return f"{label}: {document_label(str(document))}" if document else label


def describe(trail: AuditTrailService, f: AuditFilter) -> str:
    """The filter in words, for the export's title line and its audit row."""
    from desktop.domain.thai_dates import format_medium as medium

    parts = []
    if f.username:
        parts.append(f"ผู้ใช้: {f.username}")
    if f.person_id is not None:
        with trail.ctx.unit_of_work() as s:
            name = q.person_names(s, {f.person_id}).get(f.person_id, f"#{f.person_id}")
        parts.append(f"บุคคล: {name}")
    if f.case_id is not None:
        with trail.ctx.unit_of_work() as s:
            no = case_queries.case_nos(s, {f.case_id}).get(f.case_id, f"#{f.case_id}")
        parts.append(f"เรื่อง: {no}")
    if f.category is not None:
        parts.append(f"การกระทำ: {f.category.label}")
    if f.date_from or f.date_to:
        parts.append(f"ช่วงวันที่: {medium(f.date_from) or '…'} – {medium(f.date_to) or '…'}")
    return " · ".join(parts)
