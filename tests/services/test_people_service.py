"""Registering, editing and finding people — on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from factories import draft, make_user, valid_id
from sqlalchemy import select

from db.models import AuditEvent
from db.queries.people import PersonFilter
from desktop.domain.errors import (
    DuplicateError,
    PermissionDenied,
    StaleRecordError,
    ValidationError,
)
from desktop.domain.national_id import format_id
from desktop.domain.people import PersonKind, PersonStatus, Role
from desktop.services.people.service import PeopleService


def audit_rows(ctx, action=None):
    with ctx.unit_of_work() as s:
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            stmt = stmt.where(AuditEvent.action == action)
        return [
            (e.username, e.action, e.entity, e.entity_id, json.loads(e.details))
            for e in s.scalars(stmt)
        ]


def test_register_fills_derived_fields_and_history(clerk):
    person = PeopleService(clerk).register(draft())
    assert person.id > 0 and person.version == 1
    assert person.area.district == "เมืองเชียงใหม่" and person.postcode == "50200"
    assert person.term_end == dt.date(2028, 1, 14)  # three years from appointment
    assert person.status == PersonStatus.ACTIVE
    assert [h.reason for h in person.status_history] == ["ลงทะเบียน"]
    assert [a.subdistrict for a in person.responsible_areas] == ["ศรีภูมิ"]
    assert audit_rows(clerk, "create")[-1][:4] == ("clerk", "create", "person", person.id)


def test_duplicate_national_id_is_refused_naming_the_existing_record(clerk):
    service = PeopleService(clerk)
    first = service.register(draft(1))
    with pytest.raises(DuplicateError) as err:
        service.register(draft(1, first_name="สมหญิง"))
    assert "สมชาย ใจดี" in err.value.message and err.value.existing_id == first.id
    assert service.count(PersonFilter()) == 1


def test_invalid_record_saves_nothing(clerk):
    service = PeopleService(clerk)
    bad = draft(2, national_id="1234567890123", first_name="", subdistrict_code="")
    with pytest.raises(ValidationError) as err:
        service.register(bad)
    assert set(err.value.fields) >= {"national_id", "first_name", "subdistrict_code"}
    assert service.count(PersonFilter()) == 0


def test_update_with_stale_version_is_refused(clerk, admin):
    service = PeopleService(clerk)
    opened = service.register(draft(3))
    # Another clerk saves first …
    PeopleService(admin).update(opened.id, opened.version, draft(3, phone="0899999999"))
    # … so saving over the version this clerk opened is refused and changes nothing.
    with pytest.raises(StaleRecordError):
        service.update(opened.id, opened.version, draft(3, first_name="สมศักดิ์"))
    now = service.get(opened.id)
    assert now.first_name == "สมชาย" and now.phone == "0899999999" and now.version == 2


def test_update_audits_changed_fields(clerk):
    service = PeopleService(clerk)
    p = service.register(draft(4))
    service.update(p.id, p.version, draft(4, last_name="รักงาน"))
    (_, _, _, _, details) = audit_rows(clerk, "update")[-1]
    assert details["changes"] == {"last_name": ["ใจดี", "รักงาน"]}


def test_status_history_is_dated_and_ordered(supervisor, clerk):
    p = PeopleService(clerk).register(draft(5))
    svc = PeopleService(supervisor)
    p = svc.change_status(
        p.id, p.version, PersonStatus.SUSPENDED, dt.date(2026, 6, 1), "ขาดการติดต่อ"
    )
    p = svc.change_status(p.id, p.version, PersonStatus.ACTIVE, dt.date(2026, 8, 1), "กลับมาปฏิบัติงาน")
    assert p.status == PersonStatus.ACTIVE
    assert [(h.status, h.effective_on) for h in p.status_history] == [
        (PersonStatus.ACTIVE, dt.date(2025, 1, 15)),
        (PersonStatus.SUSPENDED, dt.date(2026, 6, 1)),
        (PersonStatus.ACTIVE, dt.date(2026, 8, 1)),
    ]
    assert len(audit_rows(clerk, "status")) == 2


def test_status_change_needs_a_reason(clerk):
    p = PeopleService(clerk).register(draft(6))
    with pytest.raises(ValidationError) as err:
        PeopleService(clerk).change_status(
            p.id, p.version, PersonStatus.RESIGNED, dt.date(2026, 1, 1), " "
        )
    assert "reason" in err.value.fields


@pytest.mark.parametrize("role", [Role.MENTOR, Role.SUPERVISOR])
def test_only_clerks_and_admins_register(admin, role):
    ctx = make_user(admin, "someone", role)
    with pytest.raises(PermissionDenied):
        PeopleService(ctx).register(draft(7))


def test_mentor_cannot_change_status_but_can_view(mentor, clerk):
    p = PeopleService(clerk).register(draft(8))
    with pytest.raises(PermissionDenied):
        PeopleService(mentor).change_status(
            p.id, p.version, PersonStatus.RESIGNED, dt.date(2026, 1, 1), "x"
        )
    assert PeopleService(mentor).get(p.id).first_name == "สมชาย"


def test_overseas_and_graduate_kinds(clerk):
    svc = PeopleService(clerk)
    overseas = svc.register(
        draft(
            9,
            kind=PersonKind.OVERSEAS_VOLUNTEER,
            country="ไต้หวัน",
            subdistrict_code="",
            responsible_subdistricts=[],
        )
    )
    assert overseas.country == "ไต้หวัน" and overseas.area.subdistrict_code == ""
    with pytest.raises(ValidationError) as err:
        svc.register(draft(10, kind=PersonKind.GRADUATE))
    assert {"contract_start", "contract_end"} <= set(err.value.fields)
    grad = svc.register(
        draft(
            10,
            kind=PersonKind.GRADUATE,
            degree="ศศ.บ.",
            contract_start=dt.date(2026, 10, 1),
            contract_end=dt.date(2027, 9, 30),
        )
    )
    assert grad.degree == "ศศ.บ."


def test_search_filters_and_thai_order(clerk):
    svc = PeopleService(clerk)
    names = ["ไก่", "ขวด", "กา", "เกม", "แกะ", "โกง"]
    for i, name in enumerate(names):
        svc.register(draft(20 + i, first_name=name, last_name="ทดสอบ", phone=f"08123400{i:02d}"))
    svc.register(draft(30, first_name="สมปอง", last_name="มั่นคง", subdistrict_code="500204"))
    rows = svc.page(PersonFilter(text="ทดสอบ"), 0, 50)
    assert [r.first_name for r in rows] == ["กา", "เกม", "แกะ", "โกง", "ไก่", "ขวด"]
    assert svc.count(PersonFilter(text="มั่นค")) == 1
    assert svc.count(PersonFilter(text="กา")) == 1  # short query: prefix
    assert svc.count(PersonFilter(text=valid_id(22)[-6:])) == 1  # ID digits anywhere
    assert svc.count(PersonFilter(text=format_id(valid_id(22)))) == 1  # dashes ignored
    assert svc.count(PersonFilter(text="1-0000-00000-2")) == 6  # a typed prefix of many IDs
    assert svc.count(PersonFilter(text="0812340003")) == 1  # phone
    assert svc.count(PersonFilter(district_code="5002")) == 1
    assert svc.count(PersonFilter(statuses=("resigned",))) == 0
    desc = svc.page(PersonFilter(text="ทดสอบ", descending=True), 0, 2)
    assert [r.first_name for r in desc] == ["ขวด", "ไก่"]


def test_term_ending_filter(clerk):
    svc = PeopleService(clerk)
    svc.register(draft(40, appointed_on=dt.date(2023, 12, 1)))  # term ends 30 Nov 2026
    svc.register(draft(41, appointed_on=dt.date(2025, 12, 1)))
    assert svc.count(PersonFilter(term_ending_within_days=30)) == 1
    assert svc.count(PersonFilter(term_ending_within_days=5)) == 0
