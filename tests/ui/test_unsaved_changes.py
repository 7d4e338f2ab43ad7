"""Typed work is never dropped silently: Escape, the close button, leaving a set-up page and
Ctrl+Q ask Save / Discard / Cancel, and each answer does what it says."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft, valid_id
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from thai_typing import type_text

from desktop.domain.cases.categories import Channel, Need
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.service_levels import Step
from desktop.services.desk import Desk
from ui.cases.case_dialogs import NoteDialog
from ui.dialogs.unsaved import set_unsaved_prompt
from ui.main_window import MainWindow
from ui.navigation import PAGE_ROLE
from ui.registry.person_dialog import PersonDialog

TODAY = dt.date(2026, 11, 22)


def escape(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        )


@pytest.fixture
def person(clerk):
    return Desk(clerk).people.register(draft(7, first_name="ปั้นหยา"))


def open_person(qtbot, desk, person_id):
    dialog = PersonDialog(desk, person_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_edited_record_asks_on_escape_and_cancel_keeps_the_text(
    qtbot, clerk, person, unsaved_answers
):
    dialog = open_person(qtbot, Desk(clerk), person.id)
    type_text(qtbot, dialog.form.occupation, "ช่างไม้")
    unsaved_answers.answer = "cancel"
    escape(dialog.form.occupation)
    assert unsaved_answers.asked == [dialog.windowTitle()]
    assert dialog.isVisible() and dialog.form.occupation.text() == "ช่างไม้"
    dialog.close()  # the window's close button asks too
    assert len(unsaved_answers.asked) == 2 and dialog.isVisible()


def test_discard_closes_and_saves_nothing(qtbot, clerk, person, unsaved_answers):
    desk = Desk(clerk)
    dialog = open_person(qtbot, desk, person.id)
    type_text(qtbot, dialog.form.occupation, "ช่างไม้")
    unsaved_answers.answer = "discard"
    escape(dialog.form.occupation)
    assert not dialog.isVisible()
    assert desk.people.get(person.id).occupation == person.occupation


def test_save_saves_the_record_and_closes(qtbot, clerk, person, unsaved_answers):
    desk = Desk(clerk)
    dialog = open_person(qtbot, desk, person.id)
    type_text(qtbot, dialog.form.occupation, "ช่างไม้")
    unsaved_answers.answer = "save"
    with qtbot.waitSignal(dialog.saved):
        escape(dialog.form.occupation)
    assert not dialog.isVisible()
    assert desk.people.get(person.id).occupation == "ช่างไม้"


def test_a_refused_save_keeps_the_dialog_open_with_the_messages(
    qtbot, clerk, person, unsaved_answers
):
    dialog = open_person(qtbot, Desk(clerk), person.id)
    dialog.form.first_name.clear()
    type_text(qtbot, dialog.form.first_name, " ")
    unsaved_answers.answer = "save"
    escape(dialog.form.first_name)
    assert dialog.isVisible() and dialog.form.errors["first_name"].isVisible()


def test_an_untouched_record_closes_without_asking(qtbot, clerk, person, unsaved_answers):
    dialog = open_person(qtbot, Desk(clerk), person.id)
    dialog.form.setCurrentIndex(2)  # looking at another tab is not an edit
    escape(dialog)
    assert not dialog.isVisible() and unsaved_answers.asked == []


def test_the_question_box_itself(qtbot, clerk, person):
    """The real box: three Thai buttons; "ไม่บันทึก" discards."""
    set_unsaved_prompt(None)
    dialog = open_person(qtbot, Desk(clerk), person.id)
    type_text(qtbot, dialog.form.occupation, "ช่างไม้")
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "ไม่บันทึก").click()

    QTimer.singleShot(0, answer)
    dialog.reject()
    assert not dialog.isVisible()
    assert {"บันทึก", "ไม่บันทึก", "ยกเลิก กลับไปแก้ไข"} <= set(seen)
    assert any("ยังไม่ได้บันทึก" in t and dialog.windowTitle() in t for t in seen)


def test_a_step_note_is_saved_from_the_question(qtbot, clerk, unsaved_answers):
    desk = Desk(clerk)
    case = desk.cases.intake(
        CaseDraft(
            received_on=TODAY,
            channel=Channel.WALK_IN,
            person_name="บุญมี ขยันงาน",
            needs=(Need.JOB,),
            reporter_note="มาติดต่อด้วยตนเอง",
            person_national_id=valid_id(4242),
        )
    )
    dialog = NoteDialog(desk, case)
    qtbot.addWidget(dialog)
    dialog.open()
    type_text(qtbot, dialog.note, "โทรติดตามแล้ว ผู้ร้องได้งานแล้ว")
    unsaved_answers.answer = "save"
    dialog.close()
    assert not dialog.isVisible()
    notes = [e.note for e in desk.cases.get(case.id).events]
    assert "โทรติดตามแล้ว ผู้ร้องได้งานแล้ว" in notes


# -- set-up pages and the main window --------------------------------------------------------


def window_for(qtbot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def go_to(window: MainWindow, page) -> None:
    index = window.pages.indexOf(page)
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).data(PAGE_ROLE) == index)
    window.nav.setCurrentRow(row)


def edited_setup(qtbot, admin):
    window = window_for(qtbot, Desk(admin))
    setup = window.mentoring.setup_page
    go_to(window, setup)
    assert window.pages.currentWidget() is setup
    assert not setup.has_unsaved()
    setup.name.setText("แบบประเมินที่แก้ไขแล้ว")
    assert setup.has_unsaved()
    return window, setup


def test_leaving_an_edited_template_asks_and_cancel_stays(qtbot, admin, unsaved_answers):
    window, setup = edited_setup(qtbot, admin)
    unsaved_answers.answer = "cancel"
    go_to(window, window.registry)
    assert unsaved_answers.asked == [setup.windowTitle()]
    assert window.pages.currentWidget() is setup
    assert window.nav.currentItem().data(PAGE_ROLE) == window.pages.indexOf(setup)
    assert setup.name.text() == "แบบประเมินที่แก้ไขแล้ว"


def test_leaving_an_edited_template_and_discarding_reloads_it(qtbot, admin, unsaved_answers):
    window, setup = edited_setup(qtbot, admin)
    unsaved_answers.answer = "discard"
    go_to(window, window.registry)
    assert window.pages.currentWidget() is window.registry
    assert setup.name.text() != "แบบประเมินที่แก้ไขแล้ว" and not setup.has_unsaved()


def test_leaving_an_edited_template_and_saving_it(qtbot, admin, unsaved_answers):
    window, setup = edited_setup(qtbot, admin)
    unsaved_answers.answer = "save"
    go_to(window, window.registry)
    assert window.pages.currentWidget() is window.registry
    year = setup.year.value()
    assert Desk(admin).evaluations.template_for(year).name == "แบบประเมินที่แก้ไขแล้ว"


def test_another_fiscal_year_asks_before_reloading_the_template(qtbot, admin, unsaved_answers):
    window, setup = edited_setup(qtbot, admin)
    year = setup.year.value()
    unsaved_answers.answer = "cancel"
    setup.year.setValue(year + 1)
    assert setup.year.value() == year and setup.name.text() == "แบบประเมินที่แก้ไขแล้ว"
    unsaved_answers.answer = "save"
    setup.year.setValue(year + 1)
    assert Desk(admin).evaluations.template_for(year).name == "แบบประเมินที่แก้ไขแล้ว"
    assert setup.year.value() == year  # saved on the year that was edited


def test_an_unsaved_visit_rule_and_topic_count_too(qtbot, admin, unsaved_answers):
    window = window_for(qtbot, Desk(admin))
    setup = window.mentoring.setup_page
    setup.every_days.setValue(30)
    setup.new_topic.setText("แนะนำบริการจัดหางาน")
    assert setup.has_unsaved() and setup.save()
    assert Desk(admin).workspace.visit_every_days() == 30
    assert "แนะนำบริการจัดหางาน" in [t.text for t in Desk(admin).visits.topics()]
    assert not setup.has_unsaved()


def test_closing_the_window_with_an_edited_page_asks(qtbot, admin, unsaved_answers):
    window, setup = edited_setup(qtbot, admin)
    unsaved_answers.answer = "cancel"
    window.close()
    assert window.isVisible() and unsaved_answers.asked == [setup.windowTitle()]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.quit_action.trigger()
    assert window.isVisible() and len(unsaved_answers.asked) == 2
    unsaved_answers.answer = "discard"
    window.close()
    assert not window.isVisible()


def test_closing_the_window_with_an_open_edited_record_asks(qtbot, admin, person, unsaved_answers):
    window = window_for(qtbot, Desk(admin))
    dialog = window.open_person(person.id)
    type_text(qtbot, dialog.form.occupation, "ช่างไม้")
    unsaved_answers.answer = "save"
    window.close()
    assert Desk(admin).people.get(person.id).occupation == "ช่างไม้"
    assert not window.isVisible()


def test_an_untouched_window_closes_without_asking(qtbot, admin, unsaved_answers):
    window = window_for(qtbot, Desk(admin))
    window.close()
    assert not window.isVisible() and unsaved_answers.asked == []


def _edit_cell(qtbot, window):
    page = window.service_levels_page
    go_to(window, page)
    from ui.admin.service_levels_page import NEEDS, STEPS

    index = page.model.index(NEEDS.index(Need.JOB), STEPS.index(Step.SCREEN))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    editor.setValue(12)
    return page, editor


def test_an_open_service_level_cell_asks_before_the_window_closes(qtbot, admin, unsaved_answers):
    window = window_for(qtbot, Desk(admin))
    page, _editor = _edit_cell(qtbot, window)
    assert page.has_unsaved()
    unsaved_answers.answer = "save"
    window.close()
    assert unsaved_answers.asked == [page.windowTitle()]
    assert Desk(admin).service_levels.table()[(Step.SCREEN, Need.JOB)] == 12


def test_the_question_does_not_commit_an_open_cell_by_taking_the_focus(qtbot, admin):
    """The box takes the focus from the cell editor; Cancel must leave the edit open and
    unsaved, Discard must drop it."""
    set_unsaved_prompt(None)
    desk = Desk(admin)
    window = window_for(qtbot, desk)
    page, editor = _edit_cell(qtbot, window)
    editor.setFocus()
    before = desk.service_levels.table()[(Step.SCREEN, Need.JOB)]

    def click(text: str):
        def answer() -> None:
            box = QApplication.activeModalWidget()
            box.setFocus()
            qtbot.wait(0)
            next(b for b in box.buttons() if b.text() == text).click()

        return answer

    QTimer.singleShot(0, click("ยกเลิก กลับไปแก้ไข"))
    window.close()
    assert window.isVisible() and page.has_unsaved()
    assert desk.service_levels.table()[(Step.SCREEN, Need.JOB)] == before
    QTimer.singleShot(0, click("ไม่บันทึก"))
    window.close()
    assert not window.isVisible()
    assert desk.service_levels.table()[(Step.SCREEN, Need.JOB)] == before
