"""BeDateEdit: BE text in and out, Thai error messages, and the BE calendar popup."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox, QTableView, QToolButton  # noqa: E402
from thai_typing import type_text  # noqa: E402

from ui.widgets import BeDateEdit  # noqa: E402

TODAY = dt.date(2026, 11, 22)  # 22 พ.ย. 2569


@pytest.fixture
def edit(qtbot) -> BeDateEdit:
    widget = BeDateEdit(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enter(qtbot, edit: BeDateEdit, text: str) -> None:
    """Type into the field and press Enter, as a clerk would."""
    edit.lineEdit().clear()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Return)


def open_popup(qtbot, edit: BeDateEdit):
    qtbot.mouseClick(edit.findChild(QToolButton, "calendarButton"), Qt.MouseButton.LeftButton)
    popup = edit.popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


def click_day(qtbot, popup, day: dt.date) -> None:
    grid = popup.findChild(QTableView, "calendarGrid")
    index = grid.model().index_of(day)
    assert index.isValid(), f"{day} is not on the page"
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center()
    )


# -- text in, text out ---------------------------------------------------------------------


def test_set_date_shows_buddhist_era(edit):
    edit.setDate(dt.date(2026, 11, 22))
    assert edit.lineEdit().text() == "22/11/2569"
    assert edit.date() == dt.date(2026, 11, 22)
    assert edit.isValid() and edit.error() is None


def test_placeholder_is_thai(edit):
    assert edit.lineEdit().placeholderText() == "วว/ดด/ปปปป"


def test_typing_a_be_date_gives_the_ce_date_and_signals(qtbot, edit):
    with qtbot.waitSignal(edit.dateChanged, timeout=1000) as blocker:
        enter(qtbot, edit, "22/11/2569")
    assert blocker.args == [dt.date(2026, 11, 22)]
    assert edit.date() == dt.date(2026, 11, 22)


@pytest.mark.parametrize("typed", ["22 พ.ย. 2569", "22 พฤศจิกายน 69", "22/11/69", "22.11.2569"])
def test_other_forms_are_read_and_shown_the_short_way(qtbot, edit, typed):
    with qtbot.waitSignal(edit.dateChanged, timeout=1000) as blocker:
        enter(qtbot, edit, typed)
    assert blocker.args == [dt.date(2026, 11, 22)]
    assert edit.lineEdit().text() == "22/11/2569"


def test_impossible_day_is_invalid_with_a_thai_message(qtbot, edit):
    with qtbot.assertNotEmitted(edit.dateChanged), qtbot.waitSignal(edit.errorChanged) as err:
        enter(qtbot, edit, "31/02/2569")
    assert not edit.isValid()
    assert edit.date() is None
    assert edit.error() == "ไม่มีวันที่ 31/2/2569 ในปฏิทิน"
    assert err.args == [edit.error()]
    assert edit.lineEdit().property("invalid") is True
    assert edit.lineEdit().toolTip() == edit.error()
    assert edit.lineEdit().text() == "31/02/2569"  # the clerk's text stays for correcting


def test_ce_looking_year_is_rejected(qtbot, edit):
    with qtbot.assertNotEmitted(edit.dateChanged):
        enter(qtbot, edit, "22/11/2026")
    assert edit.date() is None
    assert "ค.ศ." in edit.error() and "2569" in edit.error()


def test_garbage_is_rejected(qtbot, edit):
    enter(qtbot, edit, "พรุ่งนี้")
    assert edit.error().startswith("รูปแบบวันที่ไม่ถูกต้อง")


def test_error_clears_as_soon_as_the_text_is_fixed(qtbot, edit):
    enter(qtbot, edit, "31/02/2569")
    with qtbot.waitSignal(edit.errorChanged) as err:
        qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Backspace)  # "31/02/256" — still wrong
        edit.lineEdit().clear()
        type_text(qtbot, edit, "28/02/2569")
    assert err.args == [""]
    assert edit.lineEdit().property("invalid") is False


def test_empty_is_valid_unless_required(qtbot, edit):
    assert edit.isValid() and edit.date() is None
    edit.setRequired(True)
    assert edit.error() == "กรุณากรอกวันที่"
    edit.setRequired(False)
    assert edit.isValid()


def test_clearing_a_date_signals_none(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    with qtbot.waitSignal(edit.dateChanged) as blocker:
        edit.clear()
    assert blocker.args == [None]
    assert edit.lineEdit().text() == ""


def test_same_date_again_does_not_signal(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    with qtbot.assertNotEmitted(edit.dateChanged):
        edit.setDate(dt.date(2026, 11, 22))
        enter(qtbot, edit, "22 พ.ย. 2569")


def test_minimum_and_maximum(qtbot, edit):
    edit.setMinimumDate(dt.date(2026, 1, 1))
    edit.setMaximumDate(dt.date(2026, 12, 31))
    enter(qtbot, edit, "31/12/2568")
    assert edit.error() == "วันที่ต้องไม่ก่อน 01/01/2569"
    enter(qtbot, edit, "01/01/2570")
    assert edit.error() == "วันที่ต้องไม่หลัง 31/12/2569"
    enter(qtbot, edit, "01/01/2569")
    assert edit.date() == dt.date(2026, 1, 1)


# -- the popup -----------------------------------------------------------------------------


def test_popup_header_shows_thai_month_and_be_year(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    popup = open_popup(qtbot, edit)
    assert popup.findChild(QComboBox, "monthCombo").currentText() == "พฤศจิกายน"
    assert popup.findChild(QSpinBox, "yearSpin").text() == "2569"
    assert popup.headerText() == "พฤศจิกายน 2569"
    grid = popup.findChild(QTableView, "calendarGrid")
    heads = [grid.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert heads == ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"]
    # 1 Nov 2026 is a Sunday: the first row starts on Monday 26 Oct.
    assert grid.model().index(0, 6).data() == "1"
    assert grid.currentIndex().data() == "22"


def test_picking_a_day_sets_the_date_and_signals(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    popup = open_popup(qtbot, edit)
    with qtbot.waitSignal(edit.dateChanged, timeout=1000) as blocker:
        click_day(qtbot, popup, dt.date(2026, 11, 5))
    assert blocker.args == [dt.date(2026, 11, 5)]
    assert edit.lineEdit().text() == "05/11/2569"
    assert not popup.isVisible()


def test_empty_field_opens_on_today_and_today_button_picks_it(qtbot, edit):
    popup = open_popup(qtbot, edit)
    assert popup.headerText() == "พฤศจิกายน 2569"
    with qtbot.waitSignal(edit.dateChanged) as blocker:
        qtbot.mouseClick(popup.findChild(QPushButton, "todayButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [TODAY]
    assert edit.lineEdit().text() == "22/11/2569"


def test_next_month_rolls_the_be_year(qtbot, edit):
    edit.setDate(dt.date(2026, 12, 31))
    popup = open_popup(qtbot, edit)
    qtbot.mouseClick(popup.findChild(QToolButton, "nextMonthButton"), Qt.MouseButton.LeftButton)
    assert popup.headerText() == "มกราคม 2570"
    assert popup.currentDate() == dt.date(2027, 1, 31)
    qtbot.mouseClick(popup.findChild(QToolButton, "prevMonthButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(popup.findChild(QToolButton, "prevMonthButton"), Qt.MouseButton.LeftButton)
    assert popup.headerText() == "พฤศจิกายน 2569"
    assert popup.currentDate() == dt.date(2026, 11, 30)


def test_year_spin_is_in_be(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    popup = open_popup(qtbot, edit)
    popup.findChild(QSpinBox, "yearSpin").setValue(2570)
    assert popup.shownMonth() == (2570, 11)
    assert popup.currentDate() == dt.date(2027, 11, 22)


def test_keyboard_only(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    edit.lineEdit().setFocus()
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup()
    qtbot.waitUntil(popup.isVisible)
    grid = popup.findChild(QTableView, "calendarGrid")
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # 23 Nov
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 30 Nov
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # 1 Dec: crosses into the next month
    assert popup.headerText() == "ธันวาคม 2569"
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)  # 1 Jan 2570
    assert popup.headerText() == "มกราคม 2570"
    with qtbot.waitSignal(edit.dateChanged) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [dt.date(2027, 1, 1)]
    assert edit.lineEdit().text() == "01/01/2570"


def test_escape_closes_without_picking(qtbot, edit):
    edit.setDate(dt.date(2026, 11, 22))
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_F4)
    popup = edit.popup()
    qtbot.waitUntil(popup.isVisible)
    grid = popup.findChild(QTableView, "calendarGrid")
    with qtbot.assertNotEmitted(edit.dateChanged):
        qtbot.keyClick(grid, Qt.Key.Key_Left)
        qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert edit.date() == dt.date(2026, 11, 22)


def test_days_outside_the_range_cannot_be_picked(qtbot, edit):
    edit.setMaximumDate(dt.date(2026, 11, 25))
    edit.setDate(dt.date(2026, 11, 22))
    popup = open_popup(qtbot, edit)
    with qtbot.assertNotEmitted(edit.dateChanged):
        click_day(qtbot, popup, dt.date(2026, 11, 26))
    assert popup.isVisible()
    qtbot.keyClick(popup.findChild(QTableView, "calendarGrid"), Qt.Key.Key_PageDown)
    assert popup.currentDate() == dt.date(2026, 11, 25)  # the cursor stops at the maximum


# -- the Thai typing helper these tests rely on ----------------------------------------------


@pytest.mark.parametrize("text", ["สมชาย ใจดี", "0812345678", "ที่นี่ 22/11/2569"])
def test_type_text_types_thai_and_digits(qtbot, text):
    from PySide6.QtWidgets import QLineEdit

    line = QLineEdit()
    qtbot.addWidget(line)
    edits: list[str] = []
    line.textEdited.connect(edits.append)
    type_text(qtbot, line, text)
    assert line.text() == text
    assert len(edits) == len(text)  # one keystroke per character, like a clerk


@pytest.mark.parametrize("typed", ["15032569", "150369"])
def test_a_date_typed_without_slashes_is_read_and_shown_with_them(qtbot, edit, typed):
    enter(qtbot, edit, typed)
    assert edit.date() == dt.date(2026, 3, 15)
    assert edit.text() == "15/03/2569" and edit.error() is None
