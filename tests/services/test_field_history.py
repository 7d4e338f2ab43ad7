"""Who last changed each field of a person's record: two clerks edit different fields, the
registration stands for the rest, a change of status is one more field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factories import draft, make_user

from desktop.domain.field_history import FieldStamp, RecordEdit, last_changes
from desktop.domain.people import PersonStatus, Role
from desktop.services.people.service import PeopleService

T0 = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)


def test_each_field_keeps_the_latest_edit_and_the_registration_stands_for_the_rest():
    later, last = T0 + dt.timedelta(hours=1), T0 + dt.timedelta(hours=2)
    edits = [
        RecordEdit(last, "b", "ผู้ใช้ บี", "update", {"changes": {"phone": ["1", "2"]}}),
        RecordEdit(T0, "a", "ผู้ใช้ เอ", "create", {"fields": ["first_name"]}),
        RecordEdit(later, "a", "ผู้ใช้ เอ", "update", {"changes": {"phone": ["", "1"]}}),
        RecordEdit(later, "c", "", "status", {"status": ["active", "resigned"]}),
    ]
    stamps = last_changes(edits, ("first_name", "phone", "notes"))
    assert stamps["phone"] == FieldStamp(last, "b", "ผู้ใช้ บี")
    assert stamps["first_name"] == stamps["notes"] == FieldStamp(T0, "a", "ผู้ใช้ เอ")
    assert stamps["status"].who == "c"  # a user since removed: the username stays


def test_two_clerks_change_different_fields(clerk, admin):
    other = make_user(admin, "clerk2", Role.CLERK)
    mine, theirs = PeopleService(clerk), PeopleService(other)
    person = mine.register(draft(5))
    person = mine.update(person.id, person.version, replace(draft(5), occupation="ช่างไม้"))
    person = theirs.update(
        person.id, person.version, replace(draft(5), occupation="ช่างไม้", phone="0899990000")
    )
    PeopleService(admin).change_status(
        person.id, person.version, PersonStatus.RESIGNED, clerk.today(), "ลาออก"
    )
    stamps = mine.field_history(person.id)
    assert stamps["phone"].who == "ผู้ใช้ clerk2" and stamps["phone"].username == "clerk2"
    assert stamps["occupation"].who == "ผู้ใช้ clerk"
    assert stamps["first_name"].who == "ผู้ใช้ clerk"  # registered, never changed since
    assert stamps["status"].who == "ผู้ดูแล ระบบ"
    assert stamps["first_name"].at <= stamps["occupation"].at <= stamps["phone"].at
    assert stamps["phone"].at.tzinfo is not None
