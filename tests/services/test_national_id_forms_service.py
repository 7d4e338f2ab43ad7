"""One national ID typed four ways is one person; search finds it whatever digits are typed."""

from __future__ import annotations

import pytest
from case_builders import case_draft
from factories import draft

from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain import national_id as nid
from desktop.domain.errors import DuplicateError, ValidationError
from desktop.services.people.service import PeopleService

ID = nid.make_valid("310060044563")
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FORMS = [
    nid.format_id(ID).translate(THAI),
    ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ID.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    nid.format_id(ID).replace("-", "\u2013"),
]


def test_four_forms_of_one_id_register_once(clerk):
    service = PeopleService(clerk)
    first = service.register(draft(1, national_id=FORMS[0]))
    assert first.national_id == ID
    for i, typed in enumerate(FORMS[1:], start=2):
        with pytest.raises(DuplicateError):
            service.register(draft(i, national_id=typed, first_name=f"คนที่{i}"))
    assert service.count(PersonFilter()) == 1


def test_ascii_search_finds_a_person_registered_with_thai_digits(clerk):
    service = PeopleService(clerk)
    person = service.register(draft(1, national_id=nid.format_id(ID).translate(THAI)))
    for typed in (ID, nid.format_id(ID), ID[:7], nid.format_id(ID).translate(THAI)):
        assert [r.id for r in service.rows(PersonFilter(text=typed))] == [person.id], typed
    assert service.find_by_national_id(ID).id == person.id


def test_a_tab_inside_the_id_is_refused_naming_the_field(clerk):
    service = PeopleService(clerk)
    with pytest.raises(ValidationError) as err:
        service.register(draft(1, national_id=ID[:6] + "\t" + ID[6:]))
    assert "เลขประจำตัวประชาชน" in err.value.fields["national_id"]
    assert service.count(PersonFilter()) == 0


def test_a_case_keyed_with_thai_digits_is_stored_and_found_as_ascii(cases):
    typed = nid.format_id(ID).translate(THAI)
    detail = cases.intake(case_draft(person_national_id=typed))
    assert detail.person_national_id == ID
    assert [r.id for r in cases.rows(CaseFilter(text=ID))] == [detail.id]
    assert [r.id for r in cases.rows(CaseFilter(text=typed))] == [detail.id]
    assert [r.id for r in cases.possible_duplicates(typed, "", "")] == [detail.id]


def test_a_tab_inside_a_case_id_is_refused_naming_the_field(cases):
    with pytest.raises(ValidationError) as err:
        cases.intake(case_draft(person_national_id=ID[:6] + "\n" + ID[6:]))
    assert "เลขประจำตัวประชาชน" in err.value.fields["person_national_id"]
