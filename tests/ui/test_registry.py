"""The registry window as a clerk uses it: search, register by typing, invalid input, stale saves."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft, valid_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from thai_typing import type_text

from db.queries.people import PersonFilter
from desktop.domain.national_id import format_id
from desktop.services.desk import Desk
from desktop.services.people.service import PeopleService
from ui.main_window import MainWindow
from ui.registry.person_dialog import PersonDialog
from ui.registry.registry_page import RegistryPage


@pytest.fixture
def clerk_desk(clerk) -> Desk:
    svc = PeopleService(clerk)
    for i, (first, last) in enumerate(
        [("สมชาย", "ใจดี"), ("สมหญิง", "รักงาน"), ("ประเสริฐ", "ศรีสุข"), ("เกรียงไกร", "มั่นคง")]
    ):
        svc.register(draft(100 + i, first_name=first, last_name=last, phone=f"08100000{i:02d}"))
    return Desk(clerk)


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_search_narrows_the_list(qtbot, clerk_desk):
    page = RegistryPage(clerk_desk)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "พบ 4 คน"
    # Thai order: ก-initial name first, leading vowel เ sorted by its consonant.
    assert [page.model.row_at(i).first_name for i in range(4)] == [
        "เกรียงไกร",
        "ประเสริฐ",
        "สมชาย",
        "สมหญิง",
    ]
    type_text(qtbot, page.search, "สมห")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).last_name == "รักงาน"
    assert page.count_label.text() == "พบ 1 คน"
    page.search.clear()
    type_text(qtbot, page.search, valid_id(102)[-5:])
    qtbot.waitUntil(lambda: page.model.filter.text == valid_id(102)[-5:])
    assert page.model.rowCount() == 1 and page.model.row_at(0).first_name == "ประเสริฐ"


def test_status_filter_and_column_sort(qtbot, clerk_desk):
    page = RegistryPage(clerk_desk)
    qtbot.addWidget(page)
    choose(page.status, "resigned")
    assert page.model.rowCount() == 0 and page.count_label.text() == "พบ 0 คน"
    choose(page.status, "active")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).first_name == "สมหญิง"


def test_model_fetches_rows_on_demand(qtbot, clerk):
    from desktop.demo.seed import seed_people

    seed_people(clerk, 450, "50")
    page = RegistryPage(Desk(clerk))
    qtbot.addWidget(page)
    assert page.model.total == 450
    assert page.model.rowCount() == 200  # one page, not the whole table
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400


def fill_new_person(qtbot, dialog: PersonDialog, national_id: str) -> None:
    form = dialog.form
    type_text(qtbot, form.national_id, national_id)
    type_text(qtbot, form.first_name, "ปั้นหยา")
    type_text(qtbot, form.last_name, "ตั้งใจดี")
    type_text(qtbot, form.phone, "0812345678")
    type_text(qtbot, form.appointed_on.lineEdit(), "15/01/2568")
    form.appointed_on.lineEdit().editingFinished.emit()
    area = form.area
    choose(area.findChild(QComboBox, "districtCombo"), "5001")
    choose(area.findChild(QComboBox, "subdistrictCombo"), "500101")


def test_register_by_typing_and_choosing_an_area(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_person(qtbot, dialog, format_id(valid_id(555)))
    assert dialog.form.area.postcode() == "50200"
    assert dialog.form.term_end.date() == dt.date(2028, 1, 14)  # suggested from appointment
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    person = saved.args[0]
    assert (person.first_name, person.last_name, person.area.subdistrict) == (
        "ปั้นหยา",
        "ตั้งใจดี",
        "ศรีภูมิ",
    )
    assert clerk_desk.people.count(PersonFilter(text="ปั้นหยา")) == 1


def test_invalid_id_shows_the_message_and_saves_nothing(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_person(qtbot, dialog, "1234567890123")
    dialog.save_button.click()
    error = dialog.form.errors["national_id"]
    assert error.isVisible() and "เลขตรวจสอบ" in error.text()
    assert dialog.result() == 0 and dialog.isVisible()
    assert clerk_desk.people.count(PersonFilter()) == 4


def test_duplicate_id_is_shown_next_to_the_field(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_person(qtbot, dialog, format_id(valid_id(100)))
    dialog.save_button.click()
    assert "สมชาย ใจดี" in dialog.form.errors["national_id"].text()
    assert clerk_desk.people.count(PersonFilter()) == 4


def test_stale_save_is_refused_and_edits_stay(qtbot, clerk_desk, admin):
    person_id = clerk_desk.people.page(PersonFilter(text="สมชาย"), 0, 1)[0].id
    dialog = PersonDialog(clerk_desk, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else saves the same record while this dialog is open.
    other = PeopleService(admin)
    current = other.get(person_id)
    other.update(person_id, current.version, draft(100, phone="0899999999"))
    dialog.form.last_name.clear()
    type_text(qtbot, dialog.form.last_name, "ใจเย็น")
    dialog.save_button.click()
    # Nothing is overwritten: the two versions are shown side by side for the clerk to pick.
    assert "ผู้ใช้อื่นบันทึก" in dialog.banner.text() and dialog.isVisible()
    assert dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible()
    assert dialog.form.last_name.text() == "ใจเย็น"
    assert clerk_desk.people.get(person_id).last_name == "ใจดี"


def test_main_window_opens_records_and_prints_roster(qtbot, clerk_desk, tmp_path):
    from ui.registry.print_actions import RegistryPrintActions
    from ui.workers import SyncExecutor

    opened: list[str] = []
    window = MainWindow(clerk_desk)
    window.print_actions = RegistryPrintActions(
        clerk_desk,
        window,
        choose_path=lambda *_: str(tmp_path / "roster.pdf"),
        open_file=opened.append,
        executor=SyncExecutor(),
    )
    qtbot.addWidget(window)
    window.show()
    window.print_actions.print_roster(window.registry.current_filter())
    assert opened == [str(tmp_path / "roster.pdf")] and (tmp_path / "roster.pdf").stat().st_size > 0
    dialog = window.open_person(window.registry.model.row_at(0).id)
    qtbot.addWidget(dialog)
    assert dialog.form.first_name.text() == "เกรียงไกร"


def test_messages_appear_when_leaving_a_wrong_field(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.national_id, "12345")
    dialog.form.national_id.editingFinished.emit()
    assert "13 หลัก" in dialog.form.errors["national_id"].text()
    type_text(qtbot, dialog.form.phone, "0812")
    dialog.form.phone.editingFinished.emit()
    assert "เบอร์โทรศัพท์ไม่ถูกต้อง" in dialog.form.errors["phone"].text()
    dialog.form.national_id.clear()
    type_text(qtbot, dialog.form.national_id, valid_id(7))
    dialog.form.national_id.editingFinished.emit()
    assert dialog.form.errors["national_id"].isHidden()


def test_add_area_without_a_subdistrict_says_why_nothing_was_added(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    from PySide6.QtWidgets import QPushButton

    form.setCurrentIndex(1)  # the address tab
    button = form.findChild(QPushButton, "addAreaButton")
    message = form.errors["responsible_subdistricts"]
    choose(form.resp_picker.findChild(QComboBox, "districtCombo"), "5001")
    button.click()
    assert form.responsible_codes() == []
    assert message.isVisible()
    assert "ยังไม่ได้เลือกตำบล" in message.text() and "อำเภอ" in message.text()
    choose(form.resp_picker.findChild(QComboBox, "subdistrictCombo"), "500101")
    assert not message.isVisible()  # fixed: the message goes at once
    button.click()
    assert form.responsible_codes() == ["500101"] and not message.isVisible()
    button.click()
    assert form.responsible_codes() == ["500101"] and "อยู่ในรายการแล้ว" in message.text()


def test_the_banner_counts_the_fields_still_to_fix(qtbot, clerk_desk):
    dialog = PersonDialog(clerk_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(qtbot, form.national_id, "1234567890123")
    dialog.save_button.click()
    banner = dialog.banner
    assert banner.isVisible()
    n = int(banner.text().split("(")[1].split()[0])
    assert n >= 3  # the ID, the first and last names at least
    type_text(qtbot, form.first_name, "ปั้นหยา")
    assert not form.errors["first_name"].isVisible()
    assert f"({n - 1} ช่อง)" in banner.text()
    form.national_id.clear()
    type_text(qtbot, form.national_id, "12345")  # still wrong: the message stays
    assert form.errors["national_id"].isVisible() and f"({n - 1} ช่อง)" in banner.text()


def test_a_long_message_wraps_between_thai_words(qtbot):
    from ui.widgets.field_error import FieldError

    label = FieldError()
    qtbot.addWidget(label)
    long = "ยังไม่ได้เลือกตำบลกรุณาเลือกให้ครบก่อนกดเพิ่มพื้นที่" * 2  # no space to break at
    label.setError(long)
    assert label.wordWrap() and label.text() == long and label.error() == long
    assert "\u200b" in shown_text(label)  # break opportunities from the segmenter
    label.setFixedWidth(200)
    label.show()
    assert label.heightForWidth(200) > label.fontMetrics().height() * 2  # wrapped, not clipped


def shown_text(label) -> str:
    """What the label draws (``FieldError.text()`` gives the message without the hints)."""
    from PySide6.QtWidgets import QLabel

    return QLabel.text(label)


def test_the_status_dialog_clears_a_date_message_once_the_date_is_fixed(qtbot, clerk_desk):
    from ui.registry.status_dialog import StatusDialog

    person = clerk_desk.people.register(draft(31, first_name="ทดลอง"))
    dialog = StatusDialog(clerk_desk, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.effective.lineEdit().setText("31/02/2569")
    assert dialog.save() is None and dialog.errors["effective_on"].isVisible()
    dialog.effective.lineEdit().clear()
    type_text(qtbot, dialog.effective.lineEdit(), "30/02/256")
    assert dialog.errors["effective_on"].isVisible()  # still not a date
    dialog.effective.lineEdit().clear()
    type_text(qtbot, dialog.effective.lineEdit(), "28/02/2569")
    assert not dialog.errors["effective_on"].isVisible()
