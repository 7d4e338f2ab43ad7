"""The retention review page (admin): who is due, the retention period, "anonymise selected"
through the reason-and-confirmation dialog; the person dialog's PDPA action, the same dialog;
an anonymised record opens read only."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft
from PySide6.QtCore import QItemSelectionModel
from thai_typing import type_text

from desktop.domain.erasure import ANONYMOUS_FIRST_NAME
from desktop.domain.people import PersonStatus
from desktop.services.desk import Desk
from ui.admin.retention_page import RetentionPage
from ui.main_window import MainWindow
from ui.registry.anonymise_dialog import AnonymiseDialog
from ui.registry.person_dialog import PersonDialog

S = PersonStatus


def _left(desk: Desk, seed: int, first: str, on: dt.date, status=S.RESIGNED) -> int:
    p = desk.people.register(draft(seed, first_name=first, last_name="ทดสอบลบ"))
    return desk.people.change_status(p.id, p.version, status, on, "ลาออก").id


@pytest.fixture
def office(admin, clerk):
    desk = Desk(clerk)
    return {
        "old": _left(desk, 1, "เก่ามาก", dt.date(2010, 1, 1)),
        "older": _left(desk, 2, "เก่ากว่า", dt.date(2005, 6, 1), S.REMOVED),
        "recent": _left(desk, 3, "เพิ่งออก", dt.date(2025, 6, 1)),
        "active": desk.people.register(draft(4, first_name="ยังอยู่")).id,
    }


def select_rows(page: RetentionPage, *rows: int) -> None:
    sm = page.table.selectionModel()
    sm.clearSelection()
    for r in rows:
        sm.select(
            page.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_the_admin_finds_the_page_under_admin_and_a_clerk_does_not(qtbot, admin, clerk, office):
    window = MainWindow(Desk(admin))
    qtbot.addWidget(window)
    assert isinstance(window.retention_page, RetentionPage)
    window = MainWindow(Desk(clerk))
    qtbot.addWidget(window)
    assert window.retention_page is None


def test_who_is_due_and_anonymising_the_selected(qtbot, admin, office):
    page = RetentionPage(Desk(admin))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "นายเก่ากว่า ทดสอบลบ",
        "นายเก่ามาก ทดสอบลบ",
    ]
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        "อาสาสมัครแรงงาน (ในประเทศ)",
        "พ้นสภาพ",
        "1 มิ.ย. 2548",
        "1 มิ.ย. 2558",
    ]
    assert page.count_label.text() == "ครบกำหนด 2 คน"
    assert page.years.value() == 10
    assert not page.anonymise_button.isEnabled()
    select_rows(page, 0, 1)
    assert page.anonymise_button.isEnabled()
    dialog = page.anonymise_selected()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AnonymiseDialog) and dialog.isVisible()
    assert (
        "นายเก่ากว่า ทดสอบลบ, นายเก่ามาก ทดสอบลบ"
        in dialog.findChild(type(page.count_label), "anonymiseIntro").text()
    )
    assert dialog.reason.text() == "ครบระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย"
    dialog.submit()  # not confirmed yet: asked, nothing erased
    assert dialog.isVisible() and "ยืนยัน" in dialog.errors["confirm"].text()
    assert model.rowCount() == 2
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.anonymised):
        dialog.submit()
    assert not dialog.isVisible()
    assert model.rowCount() == 0 and page.count_label.text() == "ยังไม่มีผู้ที่ครบกำหนด"
    assert page.message.text() == "ลบข้อมูลระบุตัวตนแล้ว 2 คน"
    people = Desk(admin).people
    assert people.get(office["old"]).first_name == ANONYMOUS_FIRST_NAME
    assert people.get(office["recent"]).first_name == "เพิ่งออก"


def test_a_shorter_period_lists_more(qtbot, admin, office):
    page = RetentionPage(Desk(admin))
    qtbot.addWidget(page)
    page.show()
    page.years.setValue(1)
    assert page.save_years() == 1
    assert page.model.rowCount() == 3  # the "data changed" signal read the list again
    assert Desk(admin).retention.retention_years() == 1


def test_the_reason_is_required_and_typed_thai_lands_in_it(qtbot, admin, office):
    asked = []
    dialog = AnonymiseDialog(["นายเก่ามาก ทดสอบลบ"], lambda reason: asked.append(reason) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.reason
    dialog.confirm.setChecked(True)
    dialog.submit()
    assert "เหตุผล" in dialog.errors["reason"].text() and asked == []
    type_text(qtbot, dialog.reason, "เจ้าของข้อมูลขอให้ลบ")
    with qtbot.waitSignal(dialog.anonymised) as done:
        dialog.submit()
    assert asked == ["เจ้าของข้อมูลขอให้ลบ"] and done.args == [True]


def test_the_person_dialog_action_is_the_admins_and_the_record_turns_read_only(
    qtbot, admin, clerk, office
):
    mine = PersonDialog(Desk(clerk), office["old"])
    qtbot.addWidget(mine)
    assert mine.anonymise_button is None
    active = PersonDialog(Desk(admin), office["active"])
    qtbot.addWidget(active)
    assert not active.anonymise_button.isEnabled()
    assert "ยังปฏิบัติหน้าที่" in active.anonymise_button.toolTip()

    dialog = PersonDialog(Desk(admin), office["old"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.anonymise_button.text() == "ลบข้อมูลระบุตัวตน (PDPA)…"
    assert dialog.anonymise_button.isEnabled()
    asking = dialog.anonymise()
    qtbot.addWidget(asking)
    type_text(qtbot, asking.reason, "เจ้าของข้อมูลขอให้ลบ")
    asking.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        asking.submit()
    assert dialog.person.first_name == ANONYMOUS_FIRST_NAME
    assert dialog.form.first_name.isReadOnly() and not dialog.save_button.isEnabled()
    assert not dialog.anonymise_button.isEnabled() and not dialog.status_button.isEnabled()
    assert "ลบข้อมูลระบุตัวตนของบุคคลนี้แล้ว" in dialog.banner.text()
    assert not dialog.has_unsaved()
    again = PersonDialog(Desk(clerk), office["old"])
    qtbot.addWidget(again)
    assert not again.save_button.isEnabled() and again.banner.text()


class Held:
    """An executor that keeps the job until the test runs it: the dialog while it works."""

    job = None

    def submit(self, job):
        self.job = job
        return job


def test_while_it_works_the_dialog_waits_and_a_refusal_gives_it_back(qtbot):
    from desktop.domain.errors import DeskError

    held = Held()
    answers = iter([DeskError("บุคคลนี้ยังปฏิบัติหน้าที่อยู่"), False])

    def anonymise(reason: str) -> bool:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    dialog = AnonymiseDialog(["นายเก่ามาก ทดสอบลบ"], anonymise, reason="ขอให้ลบ", executor=held)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm.setChecked(True)
    dialog.submit()
    assert dialog.busy and dialog.working.isVisible() and not dialog.ok_button.isEnabled()
    dialog.reject()  # Escape half-way: the erasure goes on, so does the dialog
    assert dialog.isVisible()
    held.job.run()  # refused: the dialog is back, the reason still typed
    assert not dialog.busy and dialog.ok_button.isEnabled() and dialog.reason.text() == "ขอให้ลบ"
    dialog.submit()
    with qtbot.waitSignal(dialog.anonymised) as done:
        held.job.run()
    assert done.args == [False] and not dialog.isVisible()
