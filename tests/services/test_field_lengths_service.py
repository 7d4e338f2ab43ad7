"""Text longer than its column is refused with the field's Thai name on both engines, and
nothing is saved (PostgreSQL used to raise a raw DataError, SQLite to keep it whole)."""

from __future__ import annotations

import datetime as dt

import pytest
from case_builders import case_draft
from factories import draft

from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain.errors import ValidationError
from desktop.domain.people import Role
from desktop.services.accounts import AccountService
from desktop.services.people.awards import AwardService
from desktop.services.people.service import PeopleService

LONG = "ก" * 10_000


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("first_name", "ชื่อ ยาวเกิน 100 ตัวอักษร"),
        ("last_name", "นามสกุล ยาวเกิน 100 ตัวอักษร"),
        ("soi_road", "ซอย/ถนน ยาวเกิน 200 ตัวอักษร"),
        ("house_no", "บ้านเลขที่ ยาวเกิน 50 ตัวอักษร"),
    ],
)
def test_a_10000_character_person_field_is_refused_naming_it(clerk, field, message):
    service = PeopleService(clerk)
    with pytest.raises(ValidationError) as err:
        service.register(draft(1, **{field: LONG}))
    assert err.value.fields[field] == message
    assert service.count(PersonFilter()) == 0


def test_an_edit_to_a_10000_character_name_is_refused_and_the_record_kept(clerk):
    service = PeopleService(clerk)
    person = service.register(draft(1))
    with pytest.raises(ValidationError) as err:
        service.update(person.id, person.version, draft(1, first_name=LONG))
    assert err.value.fields["first_name"] == "ชื่อ ยาวเกิน 100 ตัวอักษร"
    assert service.get(person.id).first_name == "สมชาย"


def test_a_10000_character_case_name_is_refused_naming_it(cases):
    with pytest.raises(ValidationError) as err:
        cases.intake(case_draft(person_name=LONG, reporter_note=LONG))
    assert err.value.fields["person_name"] == "ชื่อ–นามสกุลของผู้มีความต้องการ ยาวเกิน 200 ตัวอักษร"
    assert err.value.fields["reporter_note"] == "ข้อความผู้แจ้ง ยาวเกิน 200 ตัวอักษร"
    assert cases.count(CaseFilter()) == 0


def test_a_10000_character_user_name_or_position_is_refused(admin):
    accounts = AccountService(admin)
    before = len(accounts.list_users())
    with pytest.raises(ValidationError) as err:
        accounts.add_user("longname", LONG, "password-123", [Role.CLERK], position=LONG)
    assert err.value.fields["full_name"] == "ชื่อ-สกุลของผู้ใช้ ยาวเกิน 200 ตัวอักษร"
    assert err.value.fields["position"] == "ตำแหน่ง ยาวเกิน 200 ตัวอักษร"
    assert len(accounts.list_users()) == before


def test_a_10000_character_award_title_is_refused(clerk, supervisor):
    person = PeopleService(clerk).register(draft(1))
    awards = AwardService(supervisor)
    with pytest.raises(ValidationError) as err:
        awards.record(person.id, LONG, dt.date(2026, 1, 5))
    assert err.value.fields["title"] == "ชื่อรางวัล ยาวเกิน 200 ตัวอักษร"
