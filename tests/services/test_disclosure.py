"""Masks by role in every list the services hand out: the registry (page, rows, a record, the
export), the case queue and a case, the mentor's workspace. A mentor sees masked IDs, and
phones only of the people they mentor now; the office sees everything; a whole ID typed into
a search finds the person for everyone."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from factories import draft
from services.case_builders import case_draft

from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain.national_id import format_id, mask_id
from desktop.services.cases.printing import CasePrintService
from desktop.services.desk import Desk
from desktop.services.mentoring.printing import MentoringPrintService
from desktop.services.people.printing import RegistryPrintService

OWN_PHONE, OTHER_PHONE = "0811110001", "0822220002"


@pytest.fixture
def office(clerk, mentor):
    """Two volunteers: the mentor's own (``own``) and someone else's (``other``), each the
    reporter of one case."""
    desk = Desk(clerk)
    own = desk.people.register(draft(501, first_name="ของฉัน", phone=OWN_PHONE))
    other = desk.people.register(draft(502, first_name="คนอื่น", phone=OTHER_PHONE))
    desk.assignments.assign([own.id], Desk(mentor).user.id, dt.date(2026, 10, 1))
    for person, nid in ((own, "3100600111222"), (other, "")):
        desk.cases.intake(
            case_draft(
                reporter_id=person.id,
                person_name=f"ผู้ขอรับบริการของ{person.first_name}",
                person_national_id=nid,
                person_phone="0899998888",
            )
        )
    return {"own": own, "other": other}


def by_name(rows):
    return {r.first_name: r for r in rows}


def test_the_registry_list_masks_ids_and_other_people_s_phones_for_a_mentor(office, mentor, clerk):
    own, other = office["own"], office["other"]
    for rows in (
        Desk(mentor).people.page(PersonFilter(), 0, 50),
        Desk(mentor).people.rows(PersonFilter()),
    ):
        seen = by_name(rows)
        assert seen["ของฉัน"].national_id == mask_id(own.national_id)
        assert seen["คนอื่น"].national_id == mask_id(other.national_id)
        assert seen["ของฉัน"].phone == OWN_PHONE  # the mentor calls their own people
        assert seen["คนอื่น"].phone == "xxx-xxx-0002"
    seen = by_name(Desk(clerk).people.page(PersonFilter(), 0, 50))
    assert seen["คนอื่น"].national_id == other.national_id and seen["คนอื่น"].phone == OTHER_PHONE


def test_a_whole_id_finds_the_person_for_a_mentor_but_shows_masked(office, mentor):
    other = office["other"]
    desk = Desk(mentor)
    [found] = desk.people.page(PersonFilter(text=format_id(other.national_id)), 0, 50)
    assert found.id == other.id and found.national_id == mask_id(other.national_id)
    detail = desk.people.find_by_national_id(other.national_id)
    assert detail.id == other.id and detail.national_id == mask_id(other.national_id)


def test_a_record_opened_by_a_mentor_is_masked_and_whole_for_the_clerk(office, mentor, clerk):
    other, own = office["other"], office["own"]
    for detail in (Desk(mentor).people.open(other.id), Desk(mentor).people.get(other.id)):
        assert detail.national_id == mask_id(other.national_id)
        assert detail.phone == "xxx-xxx-0002"
    assert Desk(mentor).people.get(own.id).phone == OWN_PHONE
    whole = Desk(clerk).people.open(other.id)
    assert whole.national_id == other.national_id and whole.phone == OTHER_PHONE


def test_a_supervisor_sees_whole_ids_and_phones(office, supervisor):
    other = office["other"]
    seen = by_name(Desk(supervisor).people.rows(PersonFilter()))["คนอื่น"]
    assert seen.national_id == other.national_id and seen.phone == OTHER_PHONE


def test_the_registry_export_follows_the_list_s_rule_for_phones(office, mentor, clerk, tmp_path):
    def exported(ctx) -> dict[str, tuple]:
        path = tmp_path / f"{ctx.user.username}.xlsx"
        RegistryPrintService(ctx).export(PersonFilter(), path)
        ws = openpyxl.load_workbook(path).worksheets[0]
        headers = [c.value for c in ws[2]]
        at = headers.index("ชื่อ"), headers.index("โทรศัพท์")
        return {r[at[0]]: (r[0], r[at[1]]) for r in ws.iter_rows(min_row=3, values_only=True)}

    other = office["other"]
    by_mentor = exported(mentor)
    assert by_mentor["คนอื่น"] == (mask_id(other.national_id), "xxx-xxx-0002")
    assert by_mentor["ของฉัน"][1] == "081-111-0001"
    assert exported(clerk)["คนอื่น"] == (mask_id(other.national_id), "082-222-0002")


def test_the_case_queue_and_a_case_mask_the_person_for_a_mentor(office, mentor, clerk):
    cases = Desk(mentor).cases
    rows = {r.reporter_id: r for r in cases.rows(CaseFilter())}
    masked = rows[office["own"].id]
    assert masked.person_national_id == mask_id("3100600111222")
    assert masked.person_phone == "xxx-xxx-8888"  # the person in need is nobody's mentee
    assert {r.person_phone for r in cases.page(CaseFilter(), 0, 50)} == {"xxx-xxx-8888"}
    own_case = cases.open(masked.id)
    assert own_case.person_national_id == mask_id("3100600111222")
    assert own_case.person_phone == "xxx-xxx-8888"
    assert own_case.reporter_phone == OWN_PHONE  # their volunteer, whom they call
    other_case = cases.get(rows[office["other"].id].id)
    assert other_case.reporter_phone == "xxx-xxx-0002" and other_case.person_national_id == ""
    assert cases.find_by_no(own_case.case_no).person_phone == "xxx-xxx-8888"

    whole = Desk(clerk).cases.get(masked.id)
    assert whole.person_national_id == "3100600111222" and whole.person_phone == "0899998888"
    assert whole.reporter_phone == OWN_PHONE


def test_a_case_found_by_a_whole_id_in_the_queue_shows_it_masked(office, mentor):
    [row] = Desk(mentor).cases.rows(CaseFilter(text="3-1006-00111-22-2"))
    assert row.person_national_id == mask_id("3100600111222")


def test_the_case_export_follows_the_queue_s_rule(office, mentor, clerk, tmp_path):
    def phones(ctx) -> set[str]:
        path = tmp_path / f"{ctx.user.username}-cases.xlsx"
        CasePrintService(ctx).export_excel(CaseFilter(), path)
        ws = openpyxl.load_workbook(path).worksheets[0]
        return {r[4] for r in ws.iter_rows(min_row=3, values_only=True)}

    assert phones(mentor) == {"xxx-xxx-8888"}
    assert phones(clerk) == {"089-999-8888"}


def test_the_workspace_shows_a_mentor_only_their_own_people_s_phones(office, mentor, clerk):
    everyone = {p.name: p.phone for p in Desk(mentor).workspace.people(None)}
    assert everyone["นายของฉัน ใจดี"] == OWN_PHONE
    assert everyone["นายคนอื่น ใจดี"] == "xxx-xxx-0002"
    office_view = {p.name: p.phone for p in Desk(clerk).workspace.people(None)}
    assert office_view["นายคนอื่น ใจดี"] == OTHER_PHONE


def test_the_workspace_export_masks_what_the_workspace_masks(office, mentor, tmp_path):
    path = tmp_path / "workspace.xlsx"
    MentoringPrintService(mentor).export_workspace(path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    cells = {str(c) for r in ws.iter_rows(min_row=3, values_only=True) for c in r if c}
    assert "xxx-xxx-0002" in cells and "081-111-0001" in cells
    assert "082-222-0002" not in cells
