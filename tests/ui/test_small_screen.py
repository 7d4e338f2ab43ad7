"""Everything fits a 1280×720 screen (the office laptop): the main window, every page and
every dialog, with the registry's and the queue's buttons and last columns in view, tables
whose columns shrink to the window or hide by the user's choice, and dialogs that never open
larger than the screen."""

from __future__ import annotations

import pytest
from every_window import dialog_classes, dialogs
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.cases.queue_model import COL_DUE, COL_STATUS
from ui.main_window import MainWindow
from ui.widgets.screen_fit import FRAME_ALLOWANCE, available_geometry
from ui.widgets.tables import column_chooser, column_fitter

SCREEN = QSize(1280, 720)
# A client area that still fits with a Windows title bar and borders around it.
ROOM = QSize(SCREEN.width() - FRAME_ALLOWANCE.width(), SCREEN.height() - FRAME_ALLOWANCE.height())


def fits(size: QSize, room: QSize = ROOM) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def test_the_tests_run_on_a_1280x720_screen(qapp):
    assert QGuiApplication.primaryScreen().availableGeometry().size() == SCREEN


@pytest.fixture
def window(qtbot, demo_office):
    QSettings().remove("main_window/geometry")
    QSettings().remove("tables")
    w = MainWindow(demo_office.desk)
    qtbot.addWidget(w)
    w.showMaximized()
    qtbot.waitExposed(w)
    return w


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_main_window_and_every_page_fit(window):
    assert fits(window.minimumSizeHint()), window.minimumSizeHint()
    assert available_geometry(window).contains(window.frameGeometry())
    shown = window.size()
    for i in range(window.pages.count()):
        window.pages.setCurrentIndex(i)
        QApplication.processEvents()
        page = window.pages.widget(i)
        assert fits(page.minimumSizeHint()), (type(page).__name__, page.minimumSizeHint())
        assert window.size() == shown, type(page).__name__  # no page pushes the window wider


def test_registry_buttons_are_in_view(window):
    registry = window.registry
    window.pages.setCurrentWidget(registry)
    QApplication.processEvents()
    for button in (registry.export_button, registry.csv_button, registry.new_button):
        assert button.isVisible() and inside(button, window), button.objectName()


def test_queue_buttons_and_status_column_are_in_view(window):
    queue = window.cases.queue
    window.pages.setCurrentWidget(queue)
    QApplication.processEvents()
    for button in (queue.export_button, queue.csv_button, queue.filters.clear_button):
        assert button.isVisible() and inside(button, window), button.objectName()
    table = queue.table
    viewport = table.viewport().width()
    for column in (COL_STATUS, COL_DUE):
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport, column
    assert not table.horizontalScrollBar().isVisible()


def test_columns_grow_back_when_the_window_is_wide(window):
    queue = window.cases.queue
    window.pages.setCurrentWidget(queue)
    window.resize(1900, 1000)
    QApplication.processEvents()
    fitter = column_fitter(queue.table)
    assert queue.table.columnWidth(0) == fitter.widths[0]  # its natural width, not shrunk


def test_hidden_columns_are_chosen_in_the_header_menu_and_remembered(window, qtbot, demo_office):
    table = window.registry.table
    chooser = column_chooser(table)
    menu = chooser.build_menu()
    assert [a.text() for a in menu.actions()] == [
        table.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(table.model().columnCount())
    ]
    assert all(a.isChecked() for a in menu.actions())
    menu.actions()[1].setChecked(False)  # the national ID column
    assert table.isColumnHidden(1)
    window.close()

    again = MainWindow(demo_office.desk)
    qtbot.addWidget(again)
    assert again.registry.table.isColumnHidden(1)
    assert not again.registry.table.isColumnHidden(0)
    assert not again.cases.queue.table.isColumnHidden(1)  # per table
    column_chooser(again.registry.table).set_visible(1, True)
    assert not again.registry.table.isColumnHidden(1)


def test_the_last_column_cannot_be_hidden(window):
    table = window.registry.table
    chooser = column_chooser(table)
    for column in range(table.model().columnCount()):
        chooser.set_visible(column, False)
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert len(shown) == 1
    assert not chooser.build_menu().actions()[shown[0]].isEnabled()
    for column in range(table.model().columnCount()):
        chooser.set_visible(column, True)


def test_every_dialog_class_is_checked(demo_office):
    built = {cls for _name, cls, _make in dialogs(demo_office)}
    assert dialog_classes() - built == set(), "add the new dialog to tests/ui/every_window.py"


def test_every_dialog_fits_the_screen(qtbot, demo_office):
    area = available_geometry()
    for name, _cls, make in dialogs(demo_office):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert fits(dialog.minimumSizeHint()), (name, dialog.minimumSizeHint())
        assert area.contains(dialog.frameGeometry()), (name, dialog.frameGeometry())
        dialog.close()


def test_a_dialog_asked_to_be_taller_than_the_screen_opens_within_it(qtbot, demo_office):
    from ui.cases.case_page import CasePage

    page = CasePage(demo_office.desk, demo_office.case.id)
    qtbot.addWidget(page)
    page.resize(1400, 1000)
    page.show()
    QApplication.processEvents()
    assert available_geometry(page).contains(page.frameGeometry())
    assert page.scroll.widget().height() >= page.scroll.viewport().height()


def test_a_flowing_row_wraps_when_narrow_and_stays_one_line_when_wide(qtbot):
    from PySide6.QtWidgets import QPushButton

    from ui.widgets.flow_layout import FlowLayout

    box = QWidget()
    qtbot.addWidget(box)
    row = FlowLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(f"ปุ่มที่ {i} สำหรับทดสอบ") for i in range(6)]
    for b in buttons:
        row.addWidget(b)
    one_line = row.sizeHint()
    box.resize(one_line.width() + 10, one_line.height())
    box.show()
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1
    narrow = buttons[0].sizeHint().width() * 2 + 20
    assert row.heightForWidth(narrow) >= 3 * buttons[0].sizeHint().height()
    box.resize(narrow, row.heightForWidth(narrow))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 3
    assert all(box.rect().contains(b.geometry()) for b in buttons)
    assert row.minimumSize().width() <= narrow


def test_a_column_the_user_drags_keeps_its_width(window, qtbot):
    from PySide6.QtCore import Qt as QtNS

    table = window.registry.table
    window.pages.setCurrentWidget(window.registry)
    QApplication.processEvents()
    header = table.horizontalHeader()
    fitter = column_fitter(table)
    window.resize(1000, 700)
    QApplication.processEvents()
    assert not fitter.user_sized
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, 5)
    qtbot.mousePress(header.viewport(), QtNS.MouseButton.LeftButton, pos=edge)
    header.resizeSection(0, 300)  # what dragging the edge does
    qtbot.mouseRelease(header.viewport(), QtNS.MouseButton.LeftButton, pos=edge)
    assert fitter.user_sized
    window.resize(1200, 700)
    QApplication.processEvents()
    assert table.columnWidth(0) == 300
