"""The Reports page: a clerk picks a report and a period and gets the PDF and the Excel file
(written in the worker, audited, opened); a bad month is refused under its field; the reports
follow the registry; mentors have no such page."""

from __future__ import annotations

import json

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.desk import Desk
from desktop.services.reports import REPORTS, report_service
from ui.main_window import MainWindow
from ui.reports.report_actions import ReportPrintActions
from ui.reports.reports_page import ReportsPage
from ui.workers import SyncExecutor


def window_for(qtbot, desk: Desk, tmp_path, opened: list) -> MainWindow:
    out = tmp_path / "saved"
    out.mkdir(exist_ok=True)
    actions = ReportPrintActions(
        desk,
        None,
        choose_path=lambda _p, _t, suggested: str(out / suggested),
        open_file=opened.append,
        executor=SyncExecutor(),
    )
    window = MainWindow(desk, report_print_actions=actions)
    qtbot.addWidget(window)
    window.show()
    return window


def show_reports(window: MainWindow) -> ReportsPage:
    page = window.reports_page
    window.pages.setCurrentWidget(page)
    QApplication.processEvents()
    return page


def audited(database) -> list[dict]:
    with database.sessions() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == "report")).all()
        return [json.loads(r.details) for r in rows]


def test_the_page_lists_every_report_by_its_title_and_opens_on_the_list(qtbot, clerk, tmp_path):
    window = window_for(qtbot, Desk(clerk), tmp_path, [])
    page = show_reports(window)
    names = [page.reports.item(r).data(Qt.ItemDataRole.UserRole + 1).name for r in range(3)]
    assert page.reports.count() == len(REPORTS) and names == list(REPORTS)[:3]
    first = page.reports.item(0).text()
    assert first.startswith(report_service(names[0], clerk).title) and "\n" in first
    assert page.reports.hasFocus()
    assert page.form.fiscal_year.value() == 2570  # the fixed clock's 22 Nov 2569
    assert page.form.district.itemText(0) == "ทั้งจังหวัด" and page.form.district.count() > 1


def test_a_clerk_prints_a_report_as_pdf_and_exports_it_to_excel(qtbot, clerk, database, tmp_path):
    opened: list[str] = []
    window = window_for(qtbot, Desk(clerk), tmp_path, opened)
    page = show_reports(window)
    page.select("network")
    page.form.fiscal_year.setValue(2569)
    page.form.from_month.setText("11/2568")
    page.form.to_month.setText("03/2569")
    district = page.form.district.itemData(1)
    page.form.district.setCurrentIndex(1)

    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].endswith(".pdf")
    with open(opened[0], "rb") as f:
        assert f.read(5) == b"%PDF-"
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2 and opened[1].endswith(".xlsx")
    book = openpyxl.load_workbook(opened[1])
    assert book.sheetnames

    rows = audited(database)
    assert [r["format"] for r in rows] == ["pdf", "xlsx"]
    for row in rows:
        assert row["document"] == "report_network" and row["fiscal_year"] == 2569
        assert (row["first"], row["last"]) == ("2025-11-01", "2026-03-31")
        assert row["district"] == district
    assert window.statusBar().currentMessage().endswith(opened[1])


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        ("from", "13/2569", "เดือนต้องอยู่ระหว่าง 1 ถึง 12"),
        ("to", "03/2571", "ไม่อยู่ในปีงบประมาณ 2570"),
        ("from", "ต.ค.", "ดด/ปปปป"),
    ],
)
def test_a_bad_month_is_refused_under_its_field_and_nothing_is_written(
    qtbot, clerk, database, tmp_path, field, text, said
):
    opened: list[str] = []
    window = window_for(qtbot, Desk(clerk), tmp_path, opened)
    page = show_reports(window)
    (page.form.from_month if field == "from" else page.form.to_month).setText(text)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    error = page.form.errors[field]
    assert error.isVisible() and said in error.text()
    assert opened == [] and list((tmp_path / "saved").iterdir()) == [] and audited(database) == []
    # fixed, the same click writes it and the message goes
    (page.form.from_month if field == "from" else page.form.to_month).setText("")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible() and len(opened) == 1


def test_supervisors_and_the_admin_get_the_page_and_mentors_do_not(
    qtbot, admin, supervisor, mentor, tmp_path
):
    for ctx, has in ((admin, True), (supervisor, True), (mentor, False)):
        window = window_for(qtbot, Desk(ctx), tmp_path, [])
        titles = [window.nav.item(r).text().strip() for r in range(window.nav.count())]
        assert ("รายงานประจำปีงบประมาณ" in titles) is has
        assert hasattr(window, "reports_page") is has
