"""Masks on screen: phone masks, an ID masked twice stays one mask, each record's fields, and
the permission table's promises the services rely on (those who change a record see it whole;
printing whole IDs is narrower than seeing them)."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import valid_id

from desktop.domain.disclosure import EVERYTHING, Disclosure, mask_phone
from desktop.domain.mentoring.records import MentoredPerson
from desktop.domain.national_id import format_id, is_masked, mask_id
from desktop.domain.people import PersonKind, PersonStatus, Role, format_phone
from desktop.domain.permissions import ALLOWED, Permission, allowed
from desktop.domain.records import PersonRow

NID = valid_id(4242)
MENTOR_VIEW = Disclosure(full_ids=False, all_phones=False, phones_of=frozenset({7}))


def row(person_id: int = 1, phone: str = "0812345678") -> PersonRow:
    return PersonRow(
        id=person_id,
        kind=PersonKind.DOMESTIC_VOLUNTEER,
        national_id=NID,
        title="นาย",
        first_name="สมชาย",
        last_name="ใจดี",
        phone=phone,
        status=PersonStatus.ACTIVE,
        district_code="5001",
        district="เมืองเชียงใหม่",
        subdistrict="ศรีภูมิ",
        address="",
        appointed_on=None,
        term_end=None,
    )


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("0812345678", "xxx-xxx-5678"),
        ("053123456", "xx-xxx-3456"),
        ("1234", "xxxx"),
        ("+66 81 234 5678", "xxxxxxx5678"),
        ("", ""),
    ],
)
def test_a_masked_phone_keeps_its_last_four_digits(phone, masked):
    assert mask_phone(phone) == masked
    assert mask_phone(masked) == masked  # masking twice changes nothing
    assert format_phone(masked) == masked  # nor does the list's formatting


def test_an_id_masked_twice_is_the_same_mask():
    masked = mask_id(NID)
    assert is_masked(masked) and not is_masked(NID) and not is_masked(format_id(NID))
    assert mask_id(masked) == masked and format_id(masked) == masked


def test_a_mentor_s_view_masks_the_id_and_other_people_s_phones():
    theirs = MENTOR_VIEW.person_row(row(person_id=1))
    assert theirs.national_id == mask_id(NID) and theirs.phone == "xxx-xxx-5678"
    own = MENTOR_VIEW.person_row(row(person_id=7))
    assert own.national_id == mask_id(NID) and own.phone == "0812345678"
    assert EVERYTHING.person_row(row()) == row()


def test_the_workspace_line_masks_only_the_phone():
    line = MentoredPerson(
        1,
        "สมชาย ใจดี",
        "อสร.",
        "",
        "0812345678",
        2,
        "",
        dt.date(2026, 1, 1),
        None,
        None,
        True,
        0,
        False,
    )
    assert MENTOR_VIEW.mentored(line).phone == "xxx-xxx-5678"
    assert Disclosure(full_ids=False, all_phones=True).mentored(line) == line


WRITES = (
    Permission.REGISTER_PERSON,
    Permission.EDIT_PERSON,
    Permission.INTAKE_CASE,
    Permission.WORK_CASE,
    Permission.APPROVE_CASE,
)


@pytest.mark.parametrize("write", WRITES)
def test_whoever_changes_records_sees_them_whole(write):
    """The services return a changed record unmasked: every role that may change one sees
    whole IDs and every phone, or a save would write the mask back."""
    for role in ALLOWED[write]:
        assert allowed([role], Permission.SEE_FULL_ID), (write, role)
        assert allowed([role], Permission.SEE_PHONE), (write, role)


def test_printing_whole_ids_is_narrower_than_seeing_them():
    assert ALLOWED[Permission.PRINT_FULL_ID] <= ALLOWED[Permission.SEE_FULL_ID]


def test_a_mentor_sees_neither_whole_ids_nor_every_phone():
    assert not allowed([Role.MENTOR], Permission.SEE_FULL_ID)
    assert not allowed([Role.MENTOR], Permission.SEE_PHONE)
    assert allowed([Role.MENTOR, Role.CLERK], Permission.SEE_FULL_ID)
