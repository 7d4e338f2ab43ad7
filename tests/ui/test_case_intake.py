"""Keying in a new case the way a clerk does: typing, picking a volunteer and an area, ticking needs."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft, valid_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from thai_typing import type_text

from desktop.domain.cases.categories import Channel, Need, Urgency
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.national_id import format_id
from desktop.services.desk import Desk
from desktop.services.people.service import PeopleService
from ui.cases.duplicate_dialog import DuplicateDialog
from ui.cases.intake_dialog import IntakeDialog
from ui.operations import bus

TODAY = dt.date(2026, 11, 22)  # the tests' clock: 22 พ.ย. 2569, fiscal year 2570


@pytest.fixture
def volunteer(clerk):
    people = PeopleService(clerk)
    people.register(draft(201, first_name="ประเสริฐ", last_name="ศรีสุข", phone="0810000201"))
    return people.register(draft(200, first_name="สมชาย", last_name="ใจดี", phone="0810000200"))


@pytest.fixture
def desk(clerk, volunteer) -> Desk:
    return Desk(clerk)


def no_duplicates_expected(rows):
    raise AssertionError(f"unexpected duplicate prompt: {rows}")


def open_dialog(qtbot, desk: Desk, prompt=no_duplicates_expected) -> IntakeDialog:
    dialog = IntakeDialog(desk, duplicate_prompt=prompt)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def tick(qtbot, box: QWidget) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_person(qtbot, dialog: IntakeDialog, national_id: str, name="มานี มีงานทำ") -> None:
    form = dialog.form
    type_text(qtbot, form.person_name, name)
    qtbot.keyClicks(form.person_national_id, national_id)
    qtbot.keyClicks(form.person_phone, "089-123-4567")
    choose(form.area.findChild(QComboBox, "districtCombo"), "5001")
    choose(form.area.findChild(QComboBox, "subdistrictCombo"), "500101")
    qtbot.keyClicks(form.village_no, "3")
    tick(qtbot, form.needs.boxes[Need.JOB])


def pick_volunteer(qtbot, dialog: IntakeDialog, text: str) -> None:
    picker = dialog.form.reporter
    type_text(qtbot, picker.search, text)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.personId() is not None
    assert not dialog.banner.isVisible()  # Enter chose the volunteer; it did not try to save


def test_intake_by_typing_numbers_the_case(qtbot, desk, volunteer):
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    assert form.received_on.date() == TODAY
    assert form.channel.currentData() == Channel.VOLUNTEER.value
    assert form.area.provinceCode() == "50"  # the office's province, locked
    pick_volunteer(qtbot, dialog, "สมชาย")
    assert form.reporter.personId() == volunteer.id
    assert "สมชาย ใจดี" in form.reporter.chosen_label.text()
    fill_person(qtbot, dialog, format_id(valid_id(901)))
    tick(qtbot, form.needs.boxes[Need.TRAINING])
    type_text(qtbot, form.description, "ตกงานจากโรงงานปิดกิจการ ต้องการหางานใกล้บ้านและฝึกอาชีพเสริม")
    choose(form.urgency, Urgency.URGENT.value)
    tick(qtbot, form.consent)
    assert form.consent_on.date() == TODAY

    with qtbot.waitSignal(bus().dataChanged) as changed, qtbot.waitSignal(dialog.caseCreated):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["case"]
    case = dialog.created()
    assert case.case_no == "ลป 2570/00001"
    assert (case.status, case.received_on, case.channel) == (
        CaseStatus.RECEIVED,
        TODAY,
        Channel.VOLUNTEER,
    )
    assert case.reporter_id == volunteer.id and "สมชาย" in case.reporter_name
    assert case.person_name == "มานี มีงานทำ"
    assert case.person_national_id == valid_id(901)
    assert case.needs == (Need.JOB, Need.TRAINING)
    assert (case.area.subdistrict, case.village_no) == ("ศรีภูมิ", "3")
    assert case.description.startswith("ตกงานจากโรงงานปิดกิจการ")
    assert case.urgency == Urgency.URGENT
    assert (case.consent, case.consent_on) == (True, TODAY)
    assert not dialog.isVisible()
    assert desk.cases.get(case.id).case_no == "ลป 2570/00001"


def test_walk_in_takes_a_reporter_note_instead_of_a_volunteer(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    choose(form.channel, Channel.WALK_IN.value)
    assert form.reporter_note.isVisible() and not form.reporter.isVisible()
    type_text(qtbot, form.reporter_note, "มาด้วยตนเอง ลูกสาวพามา")
    fill_person(qtbot, dialog, "")
    with qtbot.waitSignal(dialog.caseCreated) as created:
        dialog.save_button.click()
    case = created.args[0]
    assert case.channel == Channel.WALK_IN and case.reporter_id is None
    assert "ลูกสาวพามา" in case.reporter_name
    assert case.person_national_id == "" and case.case_no == "ลป 2570/00001"


def test_invalid_national_id_shows_the_message_and_saves_nothing(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    pick_volunteer(qtbot, dialog, "ประเสริฐ")
    fill_person(qtbot, dialog, "1234567890123")
    dialog.save_button.click()
    error = dialog.form.errors["person_national_id"]
    assert error.isVisible() and "เลขตรวจสอบ" in error.text()
    assert dialog.isVisible() and dialog.created() is None
    assert dialog.banner.isVisible()
    assert dialog.form.person_name.text() == "มานี มีงานทำ"  # what was typed stays
    assert desk.cases.find_by_no("ลป 2570/00001") is None


def test_service_messages_appear_next_to_their_fields(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    pick_volunteer(qtbot, dialog, "สมชาย")
    type_text(qtbot, dialog.form.person_name, "มานี มีงานทำ")  # no need ticked
    dialog.save_button.click()
    assert dialog.form.errors["needs"].isVisible() and dialog.form.errors["needs"].text()
    assert dialog.isVisible() and dialog.created() is None
    assert desk.cases.find_by_no("ลป 2570/00001") is None


def existing_case(desk: Desk, national_id: str):
    return desk.cases.intake(
        CaseDraft(
            received_on=TODAY - dt.timedelta(days=3),
            channel=Channel.PHONE,
            person_name="มานี มีงานทำ",
            needs=(Need.JOB,),
            reporter_note="โทรมาเอง",
            person_national_id=national_id,
            person_phone="0891234567",
        )
    )


def test_duplicate_prompt_links_the_new_case_to_the_open_one(qtbot, desk):
    original = existing_case(desk, valid_id(777))
    asked = []

    def prompt(rows):
        asked.append(rows)
        return "duplicate", rows[0].id

    dialog = open_dialog(qtbot, desk, prompt)
    pick_volunteer(qtbot, dialog, "สมชาย")
    fill_person(qtbot, dialog, format_id(valid_id(777)), name="นางมานี มีงานทำ")
    with qtbot.waitSignal(dialog.caseCreated):
        dialog.save_button.click()
    assert [r.case_no for r in asked[0]] == [original.case_no]
    case = dialog.created()
    assert case.case_no == "ลป 2570/00002"
    assert (case.duplicate_of_id, case.duplicate_of_no) == (original.id, original.case_no)


def test_going_back_from_the_duplicate_prompt_saves_nothing(qtbot, desk):
    existing_case(desk, valid_id(778))
    dialog = open_dialog(qtbot, desk, lambda rows: ("cancel", None))
    pick_volunteer(qtbot, dialog, "สมชาย")
    fill_person(qtbot, dialog, valid_id(778))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.created() is None
    assert desk.cases.find_by_no("ลป 2570/00002") is None


def test_duplicate_dialog_lists_open_cases_and_answers(qtbot, desk):
    first = existing_case(desk, valid_id(779))
    rows = desk.cases.possible_duplicates(valid_id(779), "มานี มีงานทำ", "0891234567")
    dialog = DuplicateDialog(rows)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first.case_no in texts and CaseStatus.RECEIVED.label in texts
    assert "xxxxx" in texts[3]  # the ID is masked
    dialog.duplicate_button.click()
    assert dialog.answer() == ("duplicate", first.id)

    again = DuplicateDialog(rows)
    qtbot.addWidget(again)
    again.new_button.click()
    assert again.answer() == ("new", None)


def test_a_fixed_field_loses_its_message_and_the_count_follows(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    pick_volunteer(qtbot, dialog, "ประเสริฐ")
    form = dialog.form
    qtbot.keyClicks(form.person_national_id, "1234567890123")
    qtbot.keyClicks(form.person_phone, "12")
    dialog.save_button.click()
    assert "(2 ช่อง)" in dialog.banner.text()
    # Still wrong after a keystroke: the message stays; right: it goes, and the count with it.
    form.person_national_id.clear()
    type_text(qtbot, form.person_national_id, "123")
    assert form.errors["person_national_id"].isVisible()
    form.person_national_id.clear()
    qtbot.keyClicks(form.person_national_id, valid_id(77))
    assert not form.errors["person_national_id"].isVisible()
    assert "(1 ช่อง)" in dialog.banner.text()
    form.person_phone.clear()
    qtbot.keyClicks(form.person_phone, "089-123-4567")
    assert not form.errors["person_phone"].isVisible()
    assert not dialog.banner.isVisible()


def test_a_suspended_volunteer_chosen_as_reporter_gets_a_warning(qtbot, desk, volunteer):
    from desktop.domain.people import PersonStatus

    desk.people.change_status(volunteer.id, volunteer.version, PersonStatus.SUSPENDED, TODAY, "พัก")
    dialog = open_dialog(qtbot, desk)
    picker = dialog.form.reporter
    pick_volunteer(qtbot, dialog, "สมชาย")
    assert picker.warning.isVisible()
    assert (
        "สมชาย ใจดี" in picker.warning.text()
        and PersonStatus.SUSPENDED.label in picker.warning.text()
    )
    picker.clear()
    assert not picker.warning.isVisible()
    pick_volunteer(qtbot, dialog, "ประเสริฐ")  # active: no warning
    assert not picker.warning.isVisible()
