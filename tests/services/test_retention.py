"""The retention review (PDPA s.37(3)): who left the network at least the office's retention
period ago and is not yet anonymised, by the status history, on the fixed clock (22 Nov 2026);
the administrator sets the period, and the change is audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from factories import draft
from sqlalchemy import select

from db.models import AuditEvent
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.people import PersonStatus
from desktop.services.people.anonymise import AnonymiseService
from desktop.services.people.retention import RetentionService
from desktop.services.people.service import PeopleService

S = PersonStatus
D = dt.date


def _person(clerk, seed: int, *changes: tuple[PersonStatus, dt.date]) -> int:
    people = PeopleService(clerk)
    p = people.register(draft(seed, first_name=f"คนที่{seed}", appointed_on=D(2005, 1, 1)))
    for status, on in changes:
        p = people.change_status(p.id, p.version, status, on, "ทดสอบ")
    return p.id


@pytest.fixture
def people(clerk, admin) -> dict[str, int]:
    ids = {
        "today": _person(clerk, 1, (S.RESIGNED, D(2016, 11, 22))),  # due today, to the day
        "tomorrow": _person(clerk, 2, (S.RESIGNED, D(2016, 11, 23))),
        # suspended first, then removed: they stopped being active on the first change
        "suspended_first": _person(
            clerk, 3, (S.SUSPENDED, D(2010, 1, 1)), (S.REMOVED, D(2012, 5, 1))
        ),
        "active": _person(clerk, 4),
        # left, came back, left again: counted from the last time they left
        "came_back": _person(
            clerk,
            5,
            (S.RESIGNED, D(2000, 1, 1)),
            (S.ACTIVE, D(2015, 1, 1)),
            (S.REMOVED, D(2020, 2, 29)),
        ),
        "erased": _person(clerk, 6, (S.DECEASED, D(2001, 1, 1))),
    }
    AnonymiseService(admin).anonymise(ids["erased"], "ครบระยะเวลาเก็บข้อมูล")
    return ids


def test_who_is_due_after_ten_years(people, admin):
    due = RetentionService(admin).due()
    assert [(r.person_id, r.left_on, r.due_on) for r in due] == [
        (people["suspended_first"], D(2010, 1, 1), D(2020, 1, 1)),
        (people["today"], D(2016, 11, 22), D(2026, 11, 22)),
    ]
    row = due[0]
    assert (row.name, row.kind, row.status) == ("นายคนที่3 ใจดี", "domestic_volunteer", S.REMOVED)


def test_a_shorter_period_brings_more_people_due_and_is_audited(people, admin, database):
    service = RetentionService(admin)
    assert service.retention_years() == 10
    assert service.set_retention_years(5) == 5
    due = {r.person_id: r.due_on for r in service.due()}
    assert due[people["came_back"]] == D(2025, 2, 28)  # 29 Feb falls back to 28 Feb
    assert due[people["tomorrow"]] == D(2021, 11, 23)
    assert people["active"] not in due and people["erased"] not in due
    with database.sessions() as s:
        row = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (row.action, row.category, row.entity, row.username) == (
        "settings",
        "settings",
        "office",
        "admin",
    )
    assert json.loads(row.details) == {"retention_years": [10, 5]}


@pytest.mark.parametrize("years", [0, 51, -1])
def test_the_period_is_checked_in_thai(admin, years):
    with pytest.raises(ValidationError) as err:
        RetentionService(admin).set_retention_years(years)
    assert "ระยะเวลาเก็บข้อมูล" in err.value.fields["retention_years"]


def test_only_the_admin_reviews_and_sets_it(clerk, supervisor):
    for ctx in (clerk, supervisor):
        with pytest.raises(PermissionDenied):
            RetentionService(ctx).due()
        with pytest.raises(PermissionDenied):
            RetentionService(ctx).set_retention_years(5)
