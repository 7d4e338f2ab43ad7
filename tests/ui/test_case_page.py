"""The case page as clerks and supervisors work it: only allowed steps, a growing timeline, approvals."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import valid_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from thai_typing import type_text

from desktop.domain.cases.categories import Agency, Channel, Need, Outcome
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import CaseStatus
from desktop.services.desk import Desk
from ui.cases.approval_dialog import DecisionDialog
from ui.cases.case_dialogs import AssignDialog, NoteDialog
from ui.cases.case_page import CasePage
from ui.cases.move_dialog import MoveDialog
from ui.operations import bus

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def case(clerk):
    return Desk(clerk).cases.intake(
        CaseDraft(
            received_on=TODAY,
            channel=Channel.WALK_IN,
            person_name="บุญมี ขยันงาน",
            needs=(Need.JOB,),
            description="ถูกเลิกจ้างเมื่อเดือนที่แล้ว ต้องการหางานใหม่ในอำเภอเมือง",
            reporter_note="มาติดต่อด้วยตนเอง",
            person_national_id=valid_id(4242),
            person_phone="0812223333",
            subdistrict_code="500101",
            village_no="5",
        )
    )


def open_page(qtbot, desk: Desk, case_id: int) -> CasePage:
    page = CasePage(desk, case_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start(qtbot, page: CasePage, name: str):
    click(qtbot, page.actions.buttons[name])
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def confirm(qtbot, page: CasePage, dialog) -> None:
    with qtbot.waitSignal(bus().dataChanged):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()


def plain(text: str) -> str:
    """Long Thai text on the page carries zero-width spaces between words (line-break hints)."""
    return text.replace("\u200b", "")


def rows(page: CasePage) -> int:
    return page.timeline.model().rowCount()


def test_page_shows_the_case_with_a_masked_id(qtbot, clerk, case):
    page = open_page(qtbot, Desk(clerk), case.id)
    assert page.header.case_no.text() == "ลป 2570/00001"
    assert page.header.status.text() == "รับเรื่อง"
    assert "ครบกำหนด" in page.header.due.text()
    values = page.details.values
    assert (
        values["national_id"].text()
        == f"{valid_id(4242)[0]}-{valid_id(4242)[1:5]}-xxxxx-xx-{valid_id(4242)[-1]}"
    )
    assert "หมู่ที่ 5" in values["area"].text() and "ศรีภูมิ" in values["area"].text()
    assert values["consent"].text() == "ยังไม่ได้รับความยินยอม"
    assert rows(page) == 1 and page.timeline.model().index(0, 2).data() == "รับเรื่อง"
    with qtbot.waitSignal(page.printSummary) as printed:
        click(qtbot, page.summary_button)
    assert printed.args == [case.id]
    assert not page.slip_button.isEnabled()  # nothing to address a slip to yet


def test_clerk_runs_a_case_from_screening_to_closure(qtbot, clerk, case):
    page = open_page(qtbot, Desk(clerk), case.id)
    assert set(page.actions.buttons) == {"action_screening", "request_closed"}

    confirm(qtbot, page, start(qtbot, page, "action_screening"))
    assert page.detail.status == CaseStatus.SCREENING and rows(page) == 2
    assert set(page.actions.buttons) == {
        "action_referred",
        "action_handled_by_office",
        "request_rejected",
        "action_duplicate",
        "request_closed",
    }

    # Refer: the agency is suggested from the need; consent is asked for first.
    dialog = start(qtbot, page, "action_referred")
    assert isinstance(dialog, MoveDialog)
    assert dialog.agency.currentData() == Agency.EMPLOYMENT.value
    type_text(qtbot, dialog.agency_contact, "สำนักงานจัดหางานจังหวัดเชียงใหม่ คุณวิภา")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.errors["consent"].isVisible()
    assert page.detail.status == CaseStatus.SCREENING
    tick = dialog.consent
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    type_text(qtbot, dialog.note, "ส่งต่อเพื่อจับคู่ตำแหน่งงาน")
    confirm(qtbot, page, dialog)
    detail = page.detail
    assert detail.status == CaseStatus.REFERRED and detail.agency == Agency.EMPLOYMENT
    assert detail.consent and detail.consent_on == TODAY
    assert "คุณวิภา" in detail.agency_contact
    assert rows(page) >= 4  # consent and the referral
    assert page.slip_button.isEnabled()
    with qtbot.waitSignal(page.printSlip) as printed:
        click(qtbot, page.slip_button)
    assert printed.args == [case.id]
    assert set(page.actions.buttons) == {"action_in_progress", "action_returned", "request_closed"}

    before = rows(page)
    confirm(qtbot, page, start(qtbot, page, "action_in_progress"))
    assert page.detail.status == CaseStatus.IN_PROGRESS and rows(page) == before + 1
    assert set(page.actions.buttons) == {"action_resolved", "request_closed"}

    dialog = start(qtbot, page, "action_resolved")
    assert dialog.outcome.currentData() == Outcome.PLACED.value
    type_text(qtbot, dialog.outcome_note, "ได้งานพนักงานขายที่ห้างในตัวเมือง")
    confirm(qtbot, page, dialog)
    assert page.detail.status == CaseStatus.RESOLVED and rows(page) == before + 2
    assert page.detail.outcome == Outcome.PLACED and page.detail.outcome_on == TODAY
    assert "ได้งานทำ เมื่อ 22 พ.ย. 2569" in plain(page.details.values["outcome"].text())
    assert set(page.actions.buttons) == {"action_closed"}

    confirm(qtbot, page, start(qtbot, page, "action_closed"))
    assert page.detail.status == CaseStatus.CLOSED and rows(page) == before + 3
    assert page.actions.buttons == {} and page.actions.empty.isVisible()
    assert not page.assign_button.isVisible() and not page.consent_button.isVisible()
    assert page.header.status.text() == "ปิดเรื่อง"
    whats = [page.timeline.model().index(r, 2).data() for r in range(rows(page))]
    assert whats[0] == "รับเรื่อง" and whats[-1] == "ปิดเรื่อง"


def test_clerk_reject_becomes_a_request_the_supervisor_approves(qtbot, clerk, supervisor, case):
    Desk(clerk).cases.move(case.id, case.version, CaseStatus.SCREENING, "")
    page = open_page(qtbot, Desk(clerk), case.id)
    button = page.actions.buttons["request_rejected"]
    assert button.text().startswith("ขออนุมัติ") and "ไม่เข้าเกณฑ์" in button.text()
    dialog = start(qtbot, page, "request_rejected")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["note"].isVisible()  # a request says why
    type_text(qtbot, dialog.note, "อยู่นอกพื้นที่รับผิดชอบของจังหวัด")
    confirm(qtbot, page, dialog)
    assert page.detail.status == CaseStatus.SCREENING
    assert page.detail.pending_approval is not None and page.approval.isVisible()
    assert not page.approval.approve_button.isVisible()  # a clerk cannot approve
    assert "นอกพื้นที่" in page.approval.text.text()
    assert not any(n.startswith("request_") for n in page.actions.buttons)

    boss = open_page(qtbot, Desk(supervisor), case.id)
    assert boss.approval.isVisible() and boss.approval.approve_button.isVisible()
    deny = boss.deny()
    assert isinstance(deny, DecisionDialog)
    click(qtbot, deny.ok_button)
    assert deny.isVisible() and deny.errors["comment"].isVisible()  # a denial says why
    deny.reject()
    before = rows(boss)
    click(qtbot, boss.approval.approve_button)
    approve = boss.active_dialog
    type_text(qtbot, approve.comment, "เห็นด้วย")
    confirm(qtbot, boss, approve)
    assert boss.detail.status == CaseStatus.REJECTED
    assert not boss.approval.isVisible() and rows(boss) > before
    # The clerk's page heard about the change and shows it too.
    assert page.detail.status == CaseStatus.REJECTED and not page.approval.isVisible()


def test_stale_version_is_refused_and_the_page_reloads(qtbot, clerk, supervisor, case):
    page = open_page(qtbot, Desk(clerk), case.id)
    dialog = start(qtbot, page, "action_screening")
    # Someone else records consent meanwhile (outside this window).
    Desk(supervisor).cases.set_consent(case.id, case.version, True, TODAY)
    click(qtbot, dialog.ok_button)
    assert "ผู้ใช้อื่นแก้ไข" in page.banner.text() and page.banner.isVisible()
    assert page.detail.consent  # reloaded
    assert page.detail.status == CaseStatus.RECEIVED
    assert dialog.isVisible() and "ผู้ใช้อื่นแก้ไข" in dialog.general.text()
    # Having seen the newer case, the clerk can save again.
    confirm(qtbot, page, dialog)
    assert page.detail.status == CaseStatus.SCREENING


def test_assign_note_and_consent(qtbot, clerk, admin, case):
    page = open_page(qtbot, Desk(clerk), case.id)
    dialog = page.assign()
    assert isinstance(dialog, AssignDialog)
    index = dialog.user.findText("ผู้ใช้ clerk")
    assert index > 0
    dialog.user.setCurrentIndex(index)
    confirm(qtbot, page, dialog)
    assert page.details.values["assigned"].text() == "ผู้ใช้ clerk"

    dialog = page.add_note()
    assert isinstance(dialog, NoteDialog)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.errors["note"].isVisible()
    type_text(qtbot, dialog.note, "โทรนัดผู้ร้องมาสัมภาษณ์วันจันทร์")
    before = rows(page)
    confirm(qtbot, page, dialog)
    assert rows(page) == before + 1
    assert plain(page.timeline.model().index(before, 4).data()) == "โทรนัดผู้ร้องมาสัมภาษณ์วันจันทร์"

    click(qtbot, page.consent_button)
    confirm(qtbot, page, page.active_dialog)
    assert page.detail.consent and not page.consent_button.isVisible()


def test_assign_dialog_offers_supervisors_and_admins(qtbot, clerk, supervisor, mentor, case):
    page = open_page(qtbot, Desk(clerk), case.id)
    dialog = page.assign()
    names = [dialog.user.itemText(i) for i in range(1, dialog.user.count())]
    assert {"ผู้ใช้ clerk", "ผู้ใช้ supervisor", "ผู้ดูแล ระบบ"} <= set(names)
    assert "ผู้ใช้ mentor" not in names
    dialog.user.setCurrentIndex(dialog.user.findText("ผู้ใช้ supervisor"))
    confirm(qtbot, page, dialog)
    assert page.details.values["assigned"].text() == "ผู้ใช้ supervisor"


def test_a_refused_referral_saves_no_consent(qtbot, clerk, case):
    """Consent and the step are one call: when the step is refused, the consent is not kept."""
    desk = Desk(clerk)
    desk.cases.move(case.id, case.version, CaseStatus.SCREENING)
    page = open_page(qtbot, desk, case.id)
    dialog = start(qtbot, page, "action_referred")
    dialog.consent.setChecked(True)
    dialog.agency_contact.setText("ก" * 301)  # longer than the service accepts
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.errors["agency_contact"].isVisible()
    assert not desk.cases.get(case.id).consent
    assert dialog.consent.isVisible()  # still asked for: nothing was saved
    dialog.agency_contact.setText("สำนักงานจัดหางานจังหวัด")
    confirm(qtbot, page, dialog)
    assert page.detail.status == CaseStatus.REFERRED and page.detail.consent


def test_a_mentor_sees_the_case_but_no_actions(qtbot, mentor, case):
    page = open_page(qtbot, Desk(mentor), case.id)
    assert page.header.case_no.text() == case.case_no
    assert page.actions.buttons == {}
    assert not page.assign_button.isVisible() and not page.note_button.isVisible()
