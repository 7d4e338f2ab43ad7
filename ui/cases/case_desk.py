"""Everything the main window does with cases: the queue, intake, case pages, bulk work, printing.

Case pages are non-modal, one per case: opening a case that is already open brings its page
to the front, so a clerk working from a stack of scanned slips never edits one case twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from desktop.domain.cases.records import QueueView
from desktop.domain.permissions import Permission
from desktop.services.cases.service import CaseFilter
from desktop.services.desk import Desk
from ui.cases.bulk_assign import BulkAssignDialog
from ui.cases.case_page import CasePage
from ui.cases.case_print_actions import CasePrintActions
from ui.cases.intake_dialog import IntakeDialog
from ui.cases.queue_page import CaseQueuePage
from ui.operations import bus
from ui.workers import Job

COUNTS_REFRESH_MS = 60_000  # other clerks' changes reach the counts within a minute


class CaseDesk(QObject):
    def __init__(
        self, desk: Desk, window: QWidget, *, print_actions: CasePrintActions | None = None
    ) -> None:
        super().__init__(window)
        self.desk, self.window = desk, window
        self.queue = CaseQueuePage(desk)
        self.print_actions = print_actions or CasePrintActions(desk, window)
        self.pages: dict[int, CasePage] = {}
        self.intake: IntakeDialog | None = None
        self.assign_dialog: BulkAssignDialog | None = None
        self.counts: dict[QueueView, int] = {}
        self.queue.openCase.connect(self.open_case)
        self.queue.newCase.connect(self.new_case)
        self.queue.assignCases.connect(self.assign)
        self.queue.printSlips.connect(self.print_slips)
        self.queue.printQueue.connect(self.print_queue)
        self.queue.exportQueue.connect(self.export_queue)
        self.queue.exportQueueCsv.connect(lambda: self.export_queue(csv=True))
        self.timer = QTimer(self, interval=COUNTS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_counts)
        self.timer.start()
        bus().dataChanged.connect(self._on_data_changed)

    def views(self) -> list[QueueView]:
        approver = self.desk.can(Permission.APPROVE_CASE)
        return [v for v in QueueView if v != QueueView.AWAITING_APPROVAL or approver]

    def refresh_counts(self) -> dict[QueueView, int]:
        self.counts = self.desk.cases.queue_counts()
        return self.counts

    def _on_data_changed(self, what: str) -> None:
        if what in ("case", "person"):
            self.refresh_counts()

    # -- one case ------------------------------------------------------------------------
    def new_case(self) -> IntakeDialog | None:
        if not self.desk.can(Permission.INTAKE_CASE):
            return None
        self.intake = IntakeDialog(self.desk, self.window)
        self.intake.caseCreated.connect(lambda detail: self.open_case(detail.id))
        self.intake.open()
        return self.intake

    def open_case(self, case_id: int) -> CasePage:
        page = self.pages.get(case_id)
        if page is None:
            page = CasePage(self.desk, case_id, self.window)
            page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.printSlip.connect(lambda i: self.print_slips([i]))
            page.printSummary.connect(self.print_summary)
            page.printConsent.connect(self.print_consent_form)
            page.finished.connect(lambda _r, i=case_id: self.pages.pop(i, None))
            self.pages[case_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    # -- bulk and printing -----------------------------------------------------------------
    def assign(self, case_ids: Sequence[int]) -> BulkAssignDialog | None:
        if not case_ids or not self.desk.can(Permission.WORK_CASE):
            return None
        self.assign_dialog = BulkAssignDialog(self.desk, case_ids, self.window)
        self.assign_dialog.open()
        return self.assign_dialog

    def print_slips(self, case_ids: Sequence[int]) -> Job | None:
        # The print actions announce the "case" change: each print shows in its timeline.
        return self.print_actions.print_slips(case_ids)

    def print_summary(self, case_id: int) -> Job | None:
        return self.print_actions.print_summary(case_id)

    def print_consent_form(self, case_id: int) -> Job | None:
        return self.print_actions.print_consent_form(case_id)

    def _selection_or_view(self) -> tuple[CaseFilter, str]:
        """Several rows selected: just those; otherwise everything the view shows."""
        f, description = self.queue.current_filter(), self.queue.describe()
        selected = self.queue.selected_ids()
        if len(selected) > 1:
            f = replace(f, ids=tuple(selected))
            description += self.tr(" · เฉพาะที่เลือก %1 เรื่อง").replace("%1", str(len(selected)))
        return f, description

    def print_queue(self):
        f, description = self._selection_or_view()
        return self.print_actions.print_queue(f, self.queue.view.label, description)

    def export_queue(self, *, csv: bool = False) -> Job | None:
        f, description = self._selection_or_view()
        return self.print_actions.export_excel(f, self.queue.view.label, description, csv=csv)

    def show_reporter(self, person_id: int, name: str) -> None:
        self.queue.set_reporter(person_id, name)
