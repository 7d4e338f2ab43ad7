"""Everything the main window does with mentoring: the workspace, the admin's set-up page,
assigning mentors from the registry, and the mentoring printouts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.mentoring.print_actions import MentoringPrintActions
from ui.mentoring.small_dialogs import AssignMentorDialog
from ui.mentoring.workspace_page import MentoringPage


class MentoringDesk(QObject):
    openPerson = Signal(int)

    def __init__(
        self, desk: Desk, window: QWidget, *, print_actions: MentoringPrintActions | None = None
    ) -> None:
        super().__init__(window)
        self.desk, self.window = desk, window
        self.page = MentoringPage(desk)
        self.print_actions = print_actions or MentoringPrintActions(desk, window)
        self.setup_page = None
        if desk.can(Permission.MANAGE_MENTORING_SETUP):
            from ui.mentoring.setup_page import MentoringSetupPage

            self.setup_page = MentoringSetupPage(desk)
        self.assign_dialog: AssignMentorDialog | None = None
        self.page.openPerson.connect(self.openPerson)
        self.page.printBlankSheets.connect(self.print_actions.blank_sheets)
        self.page.printVisitForms.connect(self.print_actions.visit_forms)
        self.page.printSummary.connect(lambda excel: self.print_actions.summary(excel=excel))
        self.page.exportList.connect(
            lambda csv: self.print_actions.export_workspace(**self.page.export_filter(), csv=csv)
        )
        self.page.exportEvaluations.connect(
            lambda csv: self.print_actions.export_evaluations(csv=csv)
        )

    def assign(self, person_ids: Sequence[int]) -> AssignMentorDialog | None:
        if not person_ids or not self.desk.can(Permission.ASSIGN_MENTOR):
            return None
        self.assign_dialog = AssignMentorDialog(self.desk, person_ids, self.window)
        self.assign_dialog.open()
        return self.assign_dialog

    def connect_person_dialog(self, dialog) -> None:
        dialog.printSheet.connect(self.print_actions.filled_sheet)
        dialog.printVisit.connect(self.print_actions.visit_record)
