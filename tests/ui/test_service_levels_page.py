"""The administrator edits service levels in a grid; others only read them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.cases.categories import Need
from desktop.domain.cases.service_levels import Step, default_table
from desktop.services.desk import Desk
from ui.admin.service_levels_page import NEEDS, STEPS, ServiceLevelsModel, ServiceLevelsPage
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


def test_the_model_hands_edits_to_its_owner_and_shows_only_what_was_saved(qtbot):
    asked = []
    answers = iter([False, True])

    def save(step, need, days):
        asked.append((step, need, days))
        return next(answers)

    model = ServiceLevelsModel(default_table(), save)
    index = model.index(NEEDS.index(Need.TRAINING), STEPS.index(Step.AGENCY))
    before = index.data()
    assert not model.setData(index, 9)  # refused by the owner: the cell keeps its number
    assert index.data() == before
    assert model.setData(index, 9)
    assert index.data() == "9 วัน"
    assert asked == [(Step.AGENCY, Need.TRAINING, 9)] * 2
    read_only = ServiceLevelsModel(default_table(), None)
    assert not read_only.setData(index, 3)
    assert not read_only.flags(index) & Qt.ItemFlag.ItemIsEditable
