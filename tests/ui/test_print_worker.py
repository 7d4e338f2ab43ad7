"""Long prints and exports run in the worker: progress comes from another thread, the result
reaches the window by signal, a cancel leaves no file, and ``run_op_in_worker`` reports
success (the data-changed signal) and failure as ``run_op`` does."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from factories import draft
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from services.case_builders import case_draft

from db.queries.cases import CaseFilter
from desktop.domain.errors import DeskError
from desktop.services.desk import Desk
from ui.cases.case_print_actions import CasePrintActions
from ui.mentoring.print_actions import MentoringPrintActions
from ui.operations import bus, run_op_in_worker
from ui.workers import SyncExecutor, ThreadExecutor

WAIT = 30_000  # ms: a generous ceiling on a slow shared machine, not a sleep


class WatchingExecutor(QObject):
    """A real thread pool that notes, before each job starts, its progress (and the thread it
    comes from) and how it ended; ``cancel_at_first_progress`` presses cancel in the worker."""

    ended = Signal(str)

    def __init__(self, pool: QThreadPool, *, cancel_at_first_progress: bool = False) -> None:
        super().__init__()
        self.threads = ThreadExecutor(pool)
        self.cancel_at_first_progress = cancel_at_first_progress
        self.progress: list[tuple[int, int]] = []
        self.worker_threads: set[int] = set()

    def submit(self, job):
        def seen(done: int, total: int) -> None:  # runs in the worker (direct connection)
            self.worker_threads.add(threading.get_ident())
            if self.cancel_at_first_progress:
                job.cancel()

        job.progress.connect(seen, Qt.ConnectionType.DirectConnection)
        job.progress.connect(lambda done, total: self.progress.append((done, total)))
        job.finished.connect(lambda _r: self.ended.emit("finished"))
        job.failed.connect(lambda exc: self.ended.emit(f"failed: {exc}"))
        job.cancelled.connect(lambda: self.ended.emit("cancelled"))
        return self.threads.submit(job)


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


@pytest.fixture
def cases(clerk) -> list[int]:
    desk = Desk(clerk)
    return [desk.cases.intake(case_draft(person_name=f"นายทดสอบ ที่{i}")).id for i in range(3)]


def case_actions(desk, folder, executor, opened) -> CasePrintActions:
    return CasePrintActions(
        desk,
        None,
        choose_path=lambda _p, _t, suggested: str(folder / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=executor,
    )


def out_folder(tmp_path):
    folder = tmp_path / "out"  # the test database lives in tmp_path itself
    folder.mkdir()
    return folder


def test_slips_run_in_the_worker_and_the_window_hears_of_them(qtbot, clerk, cases, tmp_path, pool):
    folder, opened = out_folder(tmp_path), []
    executor = WatchingExecutor(pool)
    actions = case_actions(Desk(clerk), folder, executor, opened)
    changes: list[str] = []
    bus().dataChanged.connect(changes.append)
    try:
        with qtbot.waitSignal(actions.printed, timeout=WAIT) as printed:
            actions.print_slips(cases)
    finally:
        bus().dataChanged.disconnect(changes.append)
    path = str(folder / "แบบส่งต่อ 3 เรื่อง.pdf")
    assert printed.args == [path] and opened == [path]
    assert executor.worker_threads and threading.get_ident() not in executor.worker_threads
    assert executor.progress[-1] == (6, 6)  # 3 cases loaded, 3 slips laid out
    assert changes == ["case"]  # each case's timeline shows the print
    assert all(any(e.kind == "print" for e in Desk(clerk).cases.get(i).events) for i in cases)


def test_a_cancelled_export_leaves_no_file(qtbot, clerk, cases, tmp_path, pool):
    folder, opened = out_folder(tmp_path), []
    executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    actions = case_actions(Desk(clerk), folder, executor, opened)
    printed: list[str] = []
    actions.printed.connect(printed.append)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        actions.export_excel(CaseFilter(), "เรื่องทั้งหมด")
    assert ended.args == ["cancelled"]
    assert list(folder.iterdir()) == [] and opened == [] and printed == []


def test_cancelled_slips_record_no_print(qtbot, clerk, cases, tmp_path, pool):
    folder, opened = out_folder(tmp_path), []
    executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    actions = case_actions(Desk(clerk), folder, executor, opened)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        actions.print_slips(cases)
    assert ended.args == ["cancelled"] and list(folder.iterdir()) == []
    assert not any(e.kind == "print" for e in Desk(clerk).cases.get(cases[0]).events)


def test_the_export_runs_in_the_worker(qtbot, clerk, cases, tmp_path, pool):
    folder, opened = out_folder(tmp_path), []
    executor = WatchingExecutor(pool)
    actions = case_actions(Desk(clerk), folder, executor, opened)
    with qtbot.waitSignal(actions.printed, timeout=WAIT) as printed:
        actions.export_excel(CaseFilter(), "เรื่องทั้งหมด")
    assert printed.args == [str(folder / "เรื่องทั้งหมด.xlsx")]
    assert executor.progress == [(3, 3)]
    assert threading.get_ident() not in executor.worker_threads


@pytest.fixture
def mentored(clerk, mentor) -> list[int]:
    people = [
        Desk(clerk).people.register(draft(i, first_name=name)).id
        for i, name in enumerate(("ปั้นหยา", "ตั้งใจ"), start=1)
    ]
    Desk(clerk).assignments.assign(people, Desk(mentor).user.id, dt.date(2026, 10, 1))
    return people


@pytest.mark.parametrize("print_it", ["visit_forms", "blank_sheets", "summary"])
def test_mentoring_prints_run_in_the_worker(qtbot, mentor, mentored, tmp_path, pool, print_it):
    folder, opened = out_folder(tmp_path), []
    executor = WatchingExecutor(pool)
    actions = MentoringPrintActions(
        Desk(mentor),
        None,
        choose_path=lambda _p, _t, suggested: str(folder / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=executor,
    )
    with qtbot.waitSignal(actions.printed, timeout=WAIT) as printed:
        if print_it == "summary":
            actions.summary(2570)
        else:
            getattr(actions, print_it)(mentored)
    assert printed.args == opened and (folder / opened[0].split("/")[-1]).stat().st_size > 1000
    assert executor.progress and executor.progress[-1][0] == executor.progress[-1][1]
    assert threading.get_ident() not in executor.worker_threads


def test_mentoring_cancel_leaves_no_file(qtbot, mentor, mentored, tmp_path, pool):
    folder = out_folder(tmp_path)
    executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    actions = MentoringPrintActions(
        Desk(mentor), None, choose_path=lambda *_: str(folder / "forms.pdf"), executor=executor
    )
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        actions.visit_forms(mentored)
    assert ended.args == ["cancelled"] and list(folder.iterdir()) == []


def test_run_op_in_worker_announces_success_and_reports_failure(qtbot, pool):
    results: list[object] = []
    with qtbot.waitSignal(bus().dataChanged, timeout=WAIT) as changed:
        run_op_in_worker(
            None,
            lambda progress, cancelled: 42,
            changed="person",
            on_done=results.append,
            executor=ThreadExecutor(pool),
        )
    assert changed.args == ["person"] and results == [42]

    refused: list[DeskError] = []

    def fail(progress, cancelled):
        raise DeskError("ไม่อนุญาต")

    run_op_in_worker(
        None,
        fail,
        changed="person",
        on_done=results.append,
        on_error=lambda exc: refused.append(exc) or True,
        executor=SyncExecutor(),
    )
    assert [e.message for e in refused] == ["ไม่อนุญาต"] and results == [42]


def test_a_report_is_written_in_the_worker_and_a_cancelled_one_leaves_no_file(
    qtbot, clerk, database, tmp_path, pool
):
    from sqlalchemy import func, select

    from db.models import AuditEvent
    from desktop.domain.reports import ReportPeriod
    from ui.reports.report_actions import ReportPrintActions, report_choices

    desk, folder = Desk(clerk), out_folder(tmp_path)
    choice = report_choices(desk)[0]

    def actions(executor, opened):
        return ReportPrintActions(
            desk,
            None,
            choose_path=lambda _p, _t, suggested: str(folder / suggested),
            open_file=opened.append,
            executor=executor,
        )

    def reports_audited() -> int:
        with database.sessions() as s:
            query = select(func.count()).where(AuditEvent.entity == "report")
            return s.scalar(query)

    cancelling = WatchingExecutor(pool, cancel_at_first_progress=True)
    with qtbot.waitSignal(cancelling.ended, timeout=WAIT) as ended:
        actions(cancelling, []).write(choice, ReportPeriod(2570), excel=False)
    assert ended.args == ["cancelled"] and list(folder.iterdir()) == [] and reports_audited() == 0

    opened: list[str] = []
    executor = WatchingExecutor(pool)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        actions(executor, opened).write(choice, ReportPeriod(2570), excel=True)
    assert ended.args == ["finished"] and executor.progress[-1] == (1, 1)
    assert threading.get_ident() not in executor.worker_threads
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT)
    assert opened[0].endswith(".xlsx") and reports_audited() == 1
