"""The window's list exports: the registry's and the mentoring workspace's Excel and CSV
buttons run the export in the worker (SyncExecutor here) with everything the filter shows —
not only the page the table has loaded — and a cancel in the worker leaves no file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from pathlib import Path

import openpyxl
import pytest
from factories import draft
from PySide6.QtCore import QThreadPool
from test_print_worker import WAIT, WatchingExecutor

from desktop.services.desk import Desk
from ui.main_window import MainWindow
from ui.mentoring.mentoring_desk import MentoringDesk
from ui.mentoring.print_actions import MentoringPrintActions
from ui.registry.people_model import PeopleTableModel
from ui.registry.print_actions import RegistryPrintActions
from ui.workers import SyncExecutor

NAMES = ("กมล", "ขวัญ", "คนึง", "งามตา", "จันทร์")


@pytest.fixture
def clerk_desk(clerk) -> Desk:
    for i, name in enumerate(NAMES):
        Desk(clerk).people.register(draft(400 + i, first_name=name, last_name="ใจดี"))
    return Desk(clerk)


def registry_window(qtbot, desk, tmp_path, executor, opened) -> MainWindow:
    window = MainWindow(desk)
    window.print_actions = RegistryPrintActions(
        desk,
        window,
        choose_path=lambda _p, _t, suggested: str(tmp_path / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=executor,
    )
    qtbot.addWidget(window)
    return window


def test_the_registry_exports_every_row_not_the_loaded_page(
    qtbot, clerk_desk, tmp_path, monkeypatch
):
    monkeypatch.setattr(PeopleTableModel, "PAGE", 2)
    opened: list[str] = []
    window = registry_window(qtbot, clerk_desk, tmp_path, SyncExecutor(), opened)
    page = window.registry
    page.apply_filter()
    assert page.model.rowCount() == 2 and page.model.total == len(NAMES)  # a page loaded
    page.export_button.click()
    assert opened == [str(tmp_path / "ทะเบียนรายชื่ออาสาสมัครแรงงาน.xlsx")]
    ws = openpyxl.load_workbook(opened[0]).worksheets[0]
    assert ws.max_row == 2 + len(NAMES) and ws.freeze_panes == "A3"
    page.csv_button.click()
    assert opened[-1].endswith(".csv")
    lines = list(csv.reader(io.StringIO(Path(opened[-1]).read_text(encoding="utf-8-sig"))))
    assert sorted(line[2] for line in lines[1:]) == sorted(NAMES)


def test_a_cancelled_registry_export_leaves_no_file(qtbot, clerk_desk, tmp_path):
    pool = QThreadPool()
    executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    folder = tmp_path / "out"
    folder.mkdir()
    opened: list[str] = []
    window = registry_window(qtbot, clerk_desk, folder, executor, opened)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        window.registry.export_button.click()
    pool.waitForDone()
    assert ended.args == ["cancelled"] and list(folder.iterdir()) == [] and opened == []
    assert executor.worker_threads and threading.get_ident() not in executor.worker_threads


def test_the_workspace_exports_the_list_as_filtered(qtbot, clerk, mentor, tmp_path):
    ids = [
        Desk(clerk).people.register(draft(500 + i, first_name=n)).id
        for i, n in enumerate(("ปั้นหยา", "ตั้งใจ"))
    ]
    Desk(clerk).assignments.assign(ids, Desk(mentor).user.id, dt.date(2026, 10, 1))
    opened: list[str] = []
    desk = Desk(mentor)
    actions = MentoringPrintActions(
        desk,
        None,
        choose_path=lambda _p, _t, suggested: str(tmp_path / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=SyncExecutor(),
    )
    mentoring = MentoringDesk(desk, None, print_actions=actions)
    qtbot.addWidget(mentoring.page)
    menu = mentoring.page.export_button.menu()
    excel, as_csv = menu.actions()
    excel.trigger()
    assert opened == [str(tmp_path / "งานพี่เลี้ยง.xlsx")]
    ws = openpyxl.load_workbook(opened[0]).worksheets[0]
    assert ws.max_row == 4 and "ผู้ใช้ mentor" in ws["A1"].value
    as_csv.trigger()
    assert opened[-1].endswith("งานพี่เลี้ยง.csv")
    evaluations = [a for a in mentoring.page.summary_button.menu().actions() if "CSV" in a.text()]
    actions.export_evaluations(2570, csv=True)
    assert opened[-1].endswith("ผลการประเมิน 2570.csv") and evaluations
