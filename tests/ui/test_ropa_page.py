"""The record of processing page: the administrator's, under the admin section; one row per
personal column, read-only, a filter over every column, sensitive rows marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from thai_typing import type_text

from desktop.domain.ropa import ENTRIES
from desktop.services.desk import Desk
from ui.admin.ropa_page import COL_BASIS, COL_DATA, COL_SEEN_BY, SENSITIVE_COLOUR, RopaPage
from ui.main_window import MainWindow


def column(page: RopaPage, col: int) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def test_the_admin_finds_the_register_in_the_window(qtbot, admin):
    window = MainWindow(Desk(admin))
    qtbot.addWidget(window)
    page = window.ropa_page
    assert page is not None and window.pages.indexOf(page) >= 0
    assert page.proxy.rowCount() == len(ENTRIES)
    assert page.count_label.text() == f"{len(ENTRIES)} จาก {len(ENTRIES)} ช่อง"


def test_nobody_but_the_admin_has_the_page(qtbot, clerk, supervisor, mentor):
    for ctx in (clerk, supervisor, mentor):
        window = MainWindow(Desk(ctx))
        qtbot.addWidget(window)
        assert window.ropa_page is None


def test_the_filter_narrows_by_any_column(qtbot):
    page = RopaPage()
    qtbot.addWidget(page)
    type_text(qtbot, page.search, "ม.19")
    rows = [
        " ".join(page.proxy.index(r, c).data() for c in range(page.proxy.columnCount()))
        for r in range(page.proxy.rowCount())
    ]
    assert rows and all("ม.19" in row for row in rows) and len(rows) < len(ENTRIES)
    assert "ม.19" in column(page, COL_BASIS)[0]
    page.search.clear()
    type_text(qtbot, page.search, "หมายเลขโทรศัพท์")
    assert column(page, COL_DATA) == ["ทะเบียนบุคคล\nphone"]
    assert page.proxy.index(0, COL_DATA).data(Qt.ItemDataRole.ToolTipRole) == "person.phone"
    assert "ปิดบางส่วน: เจ้าหน้าที่พี่เลี้ยง" in column(page, COL_SEEN_BY)[0]
    assert page.count_label.text() == f"1 จาก {len(ENTRIES)} ช่อง"


def test_the_table_is_read_only_and_marks_sensitive_rows(qtbot):
    page = RopaPage()
    qtbot.addWidget(page)
    index = page.proxy.index(0, 0)
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    rows = {e.key: r for r, e in enumerate(page.model.entries)}
    description = page.model.index(rows["referral_case.description"], 0)
    assert description.data(Qt.ItemDataRole.BackgroundRole) == SENSITIVE_COLOUR
    assert page.model.index(rows["person.phone"], 0).data(Qt.ItemDataRole.BackgroundRole) is None
