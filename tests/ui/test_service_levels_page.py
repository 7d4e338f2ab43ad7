"""The administrator edits service levels in a grid; others only read them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.cases.categories import Need
from desktop.domain.cases.service_levels import Step
from desktop.services.desk import Desk
from ui.admin.service_levels_page import NEEDS, STEPS, ServiceLevelsPage
from ui.main_window import MainWindow


def cell(page: ServiceLevelsPage, step: Step, need: Need):
    return page.model.index(NEEDS.index(need), STEPS.index(step))


def test_admin_changes_days_and_a_bad_number_is_refused(qtbot, admin):
    desk = Desk(admin)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    page = window.service_levels_page
    index = cell(page, Step.SCREEN, Need.JOB)
    assert index.data() == "7 วัน"
    assert page.model.setData(index, 5)
    assert desk.service_levels.table()[(Step.SCREEN, Need.JOB)] == 5
    assert (
        index.data() == "5 วัน" and index.data(Qt.ItemDataRole.FontRole).bold()
    )  # bold: not the default

    assert not page.model.setData(index, 0)
    assert "จำนวนวันต้องอยู่ระหว่าง 1 ถึง 365 วัน" in page.message.text()
    assert page.message.text().startswith(Need.JOB.label)
    assert desk.service_levels.table()[(Step.SCREEN, Need.JOB)] == 5


def test_clerk_sees_no_service_level_page(qtbot, clerk):
    window = MainWindow(Desk(clerk))
    qtbot.addWidget(window)
    assert not hasattr(window, "service_levels_page")
    page = ServiceLevelsPage(Desk(clerk))
    qtbot.addWidget(page)
    assert not page.model.flags(cell(page, Step.AGENCY, Need.SAFETY)) & Qt.ItemFlag.ItemIsEditable
