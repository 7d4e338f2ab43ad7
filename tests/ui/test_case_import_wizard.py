"""The import wizard for a sheet of reported needs, as a clerk reaches it from the case queue:
the file, the suggested columns, the preview with every problem, the import of the valid rows
— numbered in their received date's fiscal year — and the error workbook."""

from __future__ import annotations

import pytest
from case_sheets import INVALID_ROWS, case_workbook, register_reporters, requester
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from test_import_wizard import Dialogs, close_boxes

from db.queries.cases import CaseFilter
from desktop.domain.cases.workflow import CaseStatus
from desktop.exchange.import_errors import REASON_HEADER
from desktop.services.cases.service import CaseService
from desktop.services.desk import Desk
from ui import file_dialogs
from ui.imports.file_page import LAST_FOLDER_KEY
from ui.imports.kinds import case_kind
from ui.main_window import MainWindow
from ui.workers import SyncExecutor


@pytest.fixture
def desk(clerk, tmp_path, monkeypatch) -> Desk:
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path / "Documents"))
    QSettings().remove(LAST_FOLDER_KEY)
    register_reporters(clerk)
    return Desk(clerk)


def test_a_sheet_of_reported_needs_from_the_queue_to_numbered_cases(qtbot, desk, tmp_path):
    path = case_workbook(tmp_path / "cases.xlsx")
    dialogs = Dialogs(str(path))
    window = MainWindow(
        desk,
        import_options={
            "executor": SyncExecutor(),
            "choose_file": dialogs.choose_file,
            "choose_save": dialogs.choose_save,
            "open_folder": dialogs.folders.append,
        },
    )
    qtbot.addWidget(window)
    window.show()
    queue = window.cases.queue
    assert queue.import_button.isEnabled()
    queue.import_button.click()
    wizard = window.import_wizard
    assert wizard.kind.name == "cases" and wizard.windowTitle() == case_kind().title

    wizard.file_page.browse.click()
    wizard.next()
    mapping = wizard.mapping_page.model.mapping()
    assert set(mapping.values()) >= {"received_on", "person_name", "needs", "consent"}
    wizard.next()
    p = wizard.preview
    assert (p.new, p.invalid) == (5, 5)
    assert "ใหม่ 5" in wizard.preview_page.counts.text()
    # Every problem is shown per row, in Thai, with the sheet's row number.
    problem_rows = {r.row for r in p.rows if r.errors}
    assert problem_rows == set(INVALID_ROWS)

    wizard.next()
    wizard.next()  # all or nothing with invalid rows: refused, nothing written
    assert any("5 แถว" in said for said in close_boxes())
    cases = CaseService(desk.ctx)
    assert cases.rows(CaseFilter()) == []

    wizard.import_page.keep_valid.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert wizard.done_page.created.text().startswith("5")
    numbers = {r.person_national_id: r.case_no for r in cases.rows(CaseFilter())}
    assert numbers[requester(1)] == "ลป 2570/00003" and numbers[requester(2)] == "ลป 2569/00001"
    assert {r.status for r in cases.rows(CaseFilter())} == {CaseStatus.RECEIVED}
    assert queue.model.total == 5  # the queue reloaded
    errors_file = tmp_path / "cases - แถวที่ไม่ได้นำเข้า.xlsx"
    ws = load_workbook(errors_file).active
    assert [c.value for c in ws[1]][-1] == REASON_HEADER
    assert [r[-2] for r in ws.iter_rows(min_row=2, values_only=True)] == list(INVALID_ROWS)


def test_mentors_have_no_case_import(qtbot, mentor):
    window = MainWindow(Desk(mentor))
    qtbot.addWidget(window)
    assert window.import_cases() is None
    assert not hasattr(window, "import_cases_action")
