"""The case page and consent (PDPA s.19): the consent form is printed from it, and a withdrawal
is recorded there and shown — who, when, and that the case is referred no more."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt
from services.case_builders import TODAY, bring_to, case_draft

from desktop.domain.cases.workflow import CaseStatus
from desktop.services.desk import Desk
from ui.cases.case_dialogs import WithdrawConsentDialog
from ui.cases.case_page import CasePage
from ui.cases.case_print_actions import CasePrintActions
from ui.main_window import MainWindow
from ui.operations import bus
from ui.workers import SyncExecutor


@pytest.fixture
def screening(clerk):
    cases = Desk(clerk).cases
    case = bring_to(cases, cases.intake(case_draft()), CaseStatus.SCREENING)
    return cases.set_consent(case.id, case.version, True, TODAY)


def open_page(qtbot, desk: Desk, case_id: int) -> CasePage:
    page = CasePage(desk, case_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_withdrawal_recorded_on_the_page_shows_who_when_and_stops_the_referral(
    qtbot, clerk, screening
):
    page = open_page(qtbot, Desk(clerk), screening.id)
    assert "action_referred" in page.actions.buttons
    assert not page.consent_button.isVisible()  # consent is on record: it can be withdrawn
    click(qtbot, page.withdraw_button)
    dialog = page.active_dialog
    assert isinstance(dialog, WithdrawConsentDialog) and dialog.isVisible()
    assert screening.person_name in dialog.intro.text()
    with qtbot.waitSignal(bus().dataChanged):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    consent = page.details.values["consent"].text().replace("\u200b", "")  # break hints
    assert consent.startswith("ถอนความยินยอมแล้ว เมื่อ 22 พ.ย. 2569")
    assert "ผู้ใช้ clerk" in consent and "ส่งต่อเรื่องนี้ไม่ได้" in consent
    assert "action_referred" not in page.actions.buttons
    assert "action_handled_by_office" in page.actions.buttons  # the office may still help
    assert not page.withdraw_button.isVisible() and not page.consent_button.isVisible()
    assert not page.slip_button.isEnabled() and "ถอนความยินยอม" in page.slip_button.toolTip()
    model = page.timeline.model()
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "ผู้ใช้ clerk"
    assert model.index(last, 2).data() == "ถอนความยินยอม"


def test_the_withdraw_dialog_starts_on_cancel(qtbot, clerk, screening):
    dialog = WithdrawConsentDialog(Desk(clerk), screening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert Desk(clerk).cases.get(screening.id).consent  # nothing was recorded


def test_the_consent_form_is_printed_from_the_case_page(qtbot, clerk, screening, tmp_path):
    opened: list[str] = []
    desk = Desk(clerk)
    actions = CasePrintActions(
        desk,
        None,
        choose_path=lambda _parent, _title, suggested: str(tmp_path / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=SyncExecutor(),
    )
    window = MainWindow(desk, case_print_actions=actions)
    qtbot.addWidget(window)
    page = window.cases.open_case(screening.id)
    qtbot.addWidget(page)
    click(qtbot, page.consent_form_button)
    assert [p.rsplit("/", 1)[-1] for p in opened] == ["ใบยินยอม ลป 2570-00001.pdf"]
    text = pypdf.PdfReader(opened[0]).pages[0].extract_text()
    assert "ลป 2570/00001" in text
    # The print is in the case's timeline, which the page shows at once.
    last = page.timeline.model().rowCount() - 1
    note = page.timeline.model().index(last, 4).data().replace("\u200b", "")  # break hints
    assert note == "พิมพ์ใบยินยอมให้ส่งต่อข้อมูล"
