"""The machine-readable half of a data subject's export (PDPA s.31, portability): one UTF-8
JSON file, keys in English that do not change between versions of the program (``schema``
says which layout), dates as ISO dates with a Buddhist-Era display beside them, codes with
their Thai labels beside them."""

from __future__ import annotations

import datetime as dt
import enum
import json
from pathlib import Path
from typing import Any, BinaryIO

from desktop.domain.cases.records import CaseDetail, CaseEventInfo
from desktop.domain.national_id import format_id
from desktop.domain.person_data import SCHEMA, AccessEntry, PersonData, ReportedCase
from desktop.domain.records import AreaNames, OfficeInfo, PersonDetail, UserInfo
from desktop.domain.thai_dates import format_datetime, format_long

__all__ = ["LEGAL_BASIS", "person_data_json", "write_person_data_json"]

LEGAL_BASIS = "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30 และมาตรา 31"
REPORTED_NOTE = "เรื่องที่บุคคลนี้เป็นผู้แจ้งแทนผู้อื่น แสดงเฉพาะการแจ้งของบุคคลนี้ ไม่รวมข้อมูลส่วนบุคคลของผู้มีความต้องการ"
BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")


def _date(name: str, d: dt.date | None) -> dict[str, Any]:
    return {name: d.isoformat() if d else None, f"{name}_be": format_long(d) or None}


def _time(name: str, t: dt.datetime | None) -> dict[str, Any]:
    if t is None:
        return {name: None, f"{name}_be": None}
    local = t.astimezone(BANGKOK)
    return {name: local.isoformat(), f"{name}_be": format_datetime(local)}


def _code(name: str, value: enum.Enum | None) -> dict[str, Any]:
    label = getattr(value, "label", None) if value is not None else None
    return {name: value.value if value is not None else None, f"{name}_label": label}


def _area(a: AreaNames) -> dict[str, Any]:
    return {
        "subdistrict_code": a.subdistrict_code,
        "subdistrict": a.subdistrict,
        "district_code": a.district_code,
        "district": a.district,
        "province_code": a.province_code,
        "province": a.province,
    }


def _person(p: PersonDetail, data: PersonData) -> dict[str, Any]:
    return {
        "id": p.id,
        **_code("kind", p.kind),
        "national_id": p.national_id,
        "national_id_display": format_id(p.national_id),
        "title": p.title,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "full_name": p.full_name,
        **_code("gender", p.gender),
        **_date("birth_date", p.birth_date),
        "phone": p.phone,
        "line_id": p.line_id,
        "address": {
            "house_no": p.house_no,
            "village_no": p.village_no,
            "soi_road": p.soi_road,
            **_area(p.area),
            "postcode": p.postcode,
            "country": p.country,
            "line": p.address_line,
        },
        "occupation": p.occupation,
        "education": p.education,
        "degree": p.degree,
        **_date("contract_start", p.contract_start),
        **_date("contract_end", p.contract_end),
        **_date("appointed_on", p.appointed_on),
        "appointment_order": p.appointment_order,
        **_date("term_end", p.term_end),
        **_code("status", p.status),
        "notes": p.notes,
        **_time("registered_at", p.created_at),
        "registered_by": data.registered_by,
        **_time("updated_at", p.updated_at),
        "updated_by": data.updated_by,
        **_time("anonymised_at", p.anonymised_at),  # identifying data erased (PDPA s.33)
    }


def _event(e: CaseEventInfo, *, with_note: bool) -> dict[str, Any]:
    out = {
        **_time("at", e.at),
        "by": e.user,
        "kind": e.kind,
        "action": e.action,
        **_code("from_status", e.from_status),
        **_code("to_status", e.to_status),
    }
    if with_note:
        out["note"] = e.note
    return out


def _needs(needs) -> list[dict[str, str]]:
    return [{"need": n.value, "label": n.label} for n in needs]


def _reported(c: ReportedCase) -> dict[str, Any]:
    return {
        "id": c.id,
        "case_no": c.case_no,
        **_date("received_on", c.received_on),
        **_code("channel", c.channel),
        "needs": _needs(c.needs),
        "area": _area(c.area),
        **_code("status", c.status),
        **_date("status_since", c.status_since),
        **_code("agency", c.agency),
        **_date("referred_on", c.referred_on),
        **_code("outcome", c.outcome),
        **_date("outcome_on", c.outcome_on),
        **_date("closed_on", c.closed_on),
        "events": [_event(e, with_note=False) for e in c.events],
    }


def _about(c: CaseDetail, person_id: int) -> dict[str, Any]:
    pending = c.pending_approval
    return {
        "id": c.id,
        "case_no": c.case_no,
        "fiscal_year": c.fiscal_year,
        **_date("received_on", c.received_on),
        **_code("channel", c.channel),
        "reported_by": c.reporter_name,
        "reported_by_this_person": c.reporter_id == person_id,
        "person_name": c.person_name,
        "person_national_id": c.person_national_id,
        "person_national_id_display": format_id(c.person_national_id)
        if c.person_national_id
        else "",
        "person_phone": c.person_phone,
        "village_no": c.village_no,
        "area": _area(c.area),
        "needs": _needs(c.needs),
        "description": c.description,
        **_code("urgency", c.urgency),
        "consent": c.consent,
        **_date("consent_on", c.consent_on),
        **_code("status", c.status),
        **_date("status_since", c.status_since),
        **_date("due_on", c.due_on),
        **_code("agency", c.agency),
        "agency_contact": c.agency_contact,
        **_date("referred_on", c.referred_on),
        "assigned_to": c.assigned_to,
        "duplicate_of": c.duplicate_of_no or None,
        **_code("outcome", c.outcome),
        **_date("outcome_on", c.outcome_on),
        "outcome_note": c.outcome_note,
        **_date("closed_on", c.closed_on),
        "pending_approval": None
        if pending is None
        else {
            **_code("kind", pending.kind),
            "requested_by": pending.requested_by,
            **_time("requested_at", pending.requested_at),
            "note": pending.note,
        },
        "events": [_event(e, with_note=True) for e in c.events],
    }


def _access(a: AccessEntry) -> dict[str, Any]:
    return {
        **_time("at", a.at),
        "username": a.username,
        "user_name": a.user_name,
        "action": a.action,
        "action_label": a.action_label,
        "record": a.entity,
        "record_id": a.entity_id,
        "case_no": a.case_no or None,
        "document": a.document or None,
        "fields": list(a.fields),
    }


def person_data_json(
    data: PersonData, office: OfficeInfo, *, generated_at: dt.datetime, prepared_by: UserInfo
) -> dict[str, Any]:
    """The whole file as one dict, in the order it is written."""
    p = data.person
    return {
        "schema": SCHEMA,
        **_time("generated_at", generated_at),
        "office": {
            "name": office.office_name,
            "province_code": office.province_code,
            "province": office.province_name,
        },
        "prepared_by": {"username": prepared_by.username, "name": prepared_by.full_name},
        "legal_basis": LEGAL_BASIS,
        "sections": data.section_counts(),
        "notes": {"cases_reported": REPORTED_NOTE},
        "person": _person(p, data),
        "status_history": [
            {
                **_code("status", h.status),
                **_date("effective_on", h.effective_on),
                "reason": h.reason,
                "changed_by": h.changed_by,
                **_time("changed_at", h.changed_at),
            }
            for h in p.status_history
        ],
        "areas": [_area(a) for a in p.responsible_areas],
        "mentor_assignments": [
            {
                "mentor_name": a.mentor_name,
                **_date("from_date", a.from_date),
                **_date("to_date", a.to_date),
                "current": a.current,
                "assigned_by": a.assigned_by,
            }
            for a in data.assignments
        ],
        "visits": [
            {
                "id": v.id,
                **_date("visited_on", v.visited_on),
                **_code("mode", v.mode),
                "place": v.place,
                "mentor_name": v.mentor_name,
                "entered_by": v.entered_by,
                "topics": list(v.topics),
                "notes": v.notes,
                "problems": v.problems,
                "advice": v.advice,
                **_date("next_visit_on", v.next_visit_on),
                "follow_ups": [
                    {
                        "action": f.action,
                        **_date("due_on", f.due_on),
                        **_date("done_on", f.done_on),
                        "done": not f.open,
                    }
                    for f in v.follow_ups
                ],
            }
            for v in data.visits
        ],
        "evaluations": [
            {
                "id": e.id,
                "fiscal_year": e.fiscal_year,
                **_date("evaluated_on", e.evaluated_on),
                "evaluator": e.evaluator,
                "entered_by": e.entered_by,
                "template": {"name": e.template.name, "version": e.template.version},
                "scores": [
                    {
                        "position": i,
                        "criterion": c.text,
                        "weight": c.weight,
                        "max_score": c.max_score,
                        "score": score,
                    }
                    for i, (c, score) in enumerate(
                        zip(e.template.criteria, e.scores, strict=False), start=1
                    )
                ],
                "total": e.total,
                "grade": e.grade,
                "strengths": e.strengths,
                "to_improve": e.to_improve,
                "comments": e.comments,
            }
            for e in data.evaluations
        ],
        "awards": [
            {
                "id": a.id,
                "fiscal_year": a.fiscal_year,
                "title": a.title,
                **_date("awarded_on", a.awarded_on),
                "note": a.note,
                "recorded_by": a.recorded_by,
            }
            for a in data.awards
        ],
        "cases_reported": [_reported(c) for c in data.cases_reported],
        "cases_about": [_about(c, p.id) for c in data.cases_about],
        "access_history": [_access(a) for a in data.access],
    }


def write_person_data_json(
    out: str | Path | BinaryIO,
    data: PersonData,
    office: OfficeInfo,
    *,
    generated_at: dt.datetime,
    prepared_by: UserInfo,
) -> None:
    """Write the file (a path or a binary stream) as UTF-8, Thai as Thai (not ``\\u0e..``)."""
    body = person_data_json(data, office, generated_at=generated_at, prepared_by=prepared_by)
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8", newline="\n")
    else:
        out.write(text.encode("utf-8"))
