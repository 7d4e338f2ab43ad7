"""The dashboard in the window: where a supervisor starts, every tile and bar opening its list
with the same count, the pickers, the keyboard, and a refresh when data changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from services.case_builders import bring_to, case_draft

from desktop.domain.cases.categories import Need
from desktop.domain.cases.records import QueueView
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.dashboard.records import CaseList, CoverageList, PeopleList
from desktop.services.desk import Desk
from ui.dashboard.coverage_dialog import CoverageDialog
from ui.main_window import MainWindow
from ui.operations import bus


def window_for(qtbot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def listed(window: MainWindow, shown) -> int:
    """How many rows the list the window opened holds, as its user reads it."""
    if shown is window.cases.queue:
        assert window.pages.currentWidget() is shown
        return int(shown.count_label.text().split()[0].replace(",", ""))
    if shown is window.registry:
        assert window.pages.currentWidget() is shown
        return int(shown.count_label.text().split()[1].replace(",", ""))
    assert isinstance(shown, CoverageDialog)
    count = shown.model.rowCount()
    assert shown.count.text().startswith(f"{count:,}")
    shown.close()
    return count


def back_to_dashboard(window: MainWindow) -> None:
    window._show_page_item(window.dashboard)
    assert window.pages.currentWidget() is window.dashboard


@pytest.fixture
def supervisor_window(qtbot, demo_office):
    return window_for(qtbot, demo_office.desk)


def test_a_supervisor_starts_on_the_dashboard(supervisor_window):
    window = supervisor_window
    assert window.pages.currentWidget() is window.dashboard
    board = window.dashboard.board
    assert board is not None and board.fiscal_year == fiscal_year_of(board.as_of)
    for tile in board.tiles:
        assert window.dashboard.tiles[tile.key].value.text() == f"{tile.value:,}"


def test_every_tile_opens_a_list_of_its_number(qtbot, supervisor_window):
    window = supervisor_window
    page = window.dashboard
    for tile in page.board.tiles:
        back_to_dashboard(window)
        button = page.tiles[tile.key]
        with qtbot.waitSignal(page.openList):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        shown = _last_shown(window, tile.link)
        assert listed(window, shown) == tile.value, tile.key
    received = page.board.tile("received")
    back_to_dashboard(window)
    qtbot.mouseClick(page.tiles["received"].before, Qt.MouseButton.LeftButton)
    assert listed(window, window.cases.queue) == received.before


def _last_shown(window: MainWindow, link):
    if isinstance(link, CaseList):
        return window.cases.queue
    if isinstance(link, PeopleList):
        return window.registry
    dialogs = window.findChildren(CoverageDialog)
    assert dialogs, "the coverage list did not open"
    return dialogs[-1]


def test_every_bar_opens_a_list_of_its_number(qtbot, supervisor_window):
    window = supervisor_window
    page = window.dashboard
    checked = 0
    for key, chart in page.charts.items():
        spec = page.board.chart(key)
        bars = {id(b.link): b for s in spec.series for b in s.bars}
        for i, hit in enumerate(chart.hits):
            back_to_dashboard(window)
            bar = bars[id(hit.link)]
            expected = bar.cases if bar.cases is not None else int(bar.value)
            chart.activate(i)
            assert listed(window, _last_shown(window, hit.link)) == expected, (key, i)
            checked += 1
    assert checked > 30


def test_a_click_on_a_bar_is_the_bar_under_the_mouse(qtbot, supervisor_window):
    window = supervisor_window
    chart = window.dashboard.charts["status"]
    hit = chart.hits[0]
    view = chart.getPlotItem().getViewBox()
    scene = view.mapViewToScene(hit.rect.center())
    assert chart.hit_at(scene) is hit
    point = chart.mapFromScene(scene)
    with qtbot.waitSignal(chart.barActivated) as got:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert got.args[0] is hit.link


def test_the_queue_shows_what_the_number_counts(qtbot, supervisor_window):
    window = supervisor_window
    page = window.dashboard
    chart = page.board.chart("days_to_outcome")
    bar = next(b for b in chart.series[0].bars if b.cases)
    window.open_list(bar.link)
    filters = window.cases.queue.filters
    assert filters.agency.currentData() == bar.link.filter.agency
    assert filters.received_from.date() == bar.link.filter.received_from
    assert filters.preset_box.isVisibleTo(filters)
    assert "มีผลการดำเนินการแล้ว" in filters.preset_label.text()
    assert "มีผลการดำเนินการแล้ว" in window.cases.queue.describe()  # and on its printout
    total = window.cases.queue.model.total
    qtbot.mouseClick(filters.preset_clear, Qt.MouseButton.LeftButton)
    assert not filters.preset_box.isVisibleTo(filters)
    assert window.cases.queue.model.total >= total


def test_the_registry_shows_what_the_number_counts(supervisor_window):
    window = supervisor_window
    board = window.dashboard.board
    window.open_list(board.tile("active_volunteers").link)
    assert window.registry.kind.currentData() == "volunteers"
    window.open_list(board.tile("evaluations_due").link)
    assert window.registry.evaluation.currentData() == board.fiscal_year
    assert window.registry.kind.currentData() is None


def test_year_and_district_pickers(qtbot, supervisor_window):
    page = supervisor_window.dashboard
    this_year = page.board.fiscal_year
    page.district.setCurrentIndex(page.district.findData("5001"))
    assert page.board.district_code == "5001"
    assert page.board.chart("coverage").categories == ("5001",)
    page.year.setCurrentIndex(page.year.findData(this_year - 1))
    assert page.board.fiscal_year == this_year - 1
    assert page.board.month[1] == 9  # a past year's last month stands for "this month"
    assert str(this_year - 1) in page.tiles["resolved"].title.text()


def test_the_keyboard_reaches_every_bar(qtbot, supervisor_window):
    window = supervisor_window
    chart = window.dashboard.charts["status"]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.barActivated) as got:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert got.args[0] is chart.hits[1].link
    assert window.pages.currentWidget() is window.cases.queue


def test_a_coverage_bar_lists_its_subdistricts(qtbot, supervisor_window):
    window = supervisor_window
    dialog = window.open_list(CoverageList("5001", covered=False))
    assert dialog.district.hasFocus() or dialog.focusWidget() is dialog.district
    rows = dialog.model.rows
    assert rows and all(r.active_count == 0 and r.district_code == "5001" for r in rows)
    dialog.show_only.setCurrentIndex(dialog.show_only.findData(None))
    assert dialog.model.rowCount() >= len(rows)
    dialog.close()


def test_a_clerk_starts_on_the_registry_and_a_change_refreshes_the_dashboard(
    qtbot, clerk, supervisor
):
    boss = Desk(supervisor)
    bring_to(
        boss.cases, boss.cases.intake(case_draft(person_name="มานะ ส่งต่อ")), CaseStatus.REFERRED
    )
    window = window_for(qtbot, Desk(clerk))
    assert window.pages.currentWidget() is window.registry
    back_to_dashboard(window)
    page = window.dashboard
    assert page.board.tile("open").value == 1
    boss.cases.intake(case_draft(person_name="ใหม่ ล่าสุด", needs=(Need.TRAINING,)))
    bus().dataChanged.emit("case")  # the change poller's word that another clerk saved
    qtbot.waitUntil(lambda: page.board.tile("open").value == 2, timeout=3000)
    assert page.tiles["open"].value.text() == "2"
    assert page.board.tile("open").link.view == QueueView.ALL_OPEN
