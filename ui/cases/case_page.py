"""One case in its own window: details, timeline, the pending approval, and what can be done now.

Every change goes through a small dialog (``case_dialogs``, ``move_dialog``, ``approval_dialog``)
that runs one service call with the version of the case this page last loaded; afterwards the
page shows the new state and the app-wide ``dataChanged("case")`` refreshes the queues. When
someone else changed the case first, the page says so and reloads.

Sub-dialogs are built by ``create_*`` methods and opened with ``open()``, never ``exec()``:
tests fill them in (or replace the factories) without blocking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.records import CaseDetail
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.cases.approval_dialog import ApprovalPanel, DecisionDialog
from ui.cases.case_actions import ActionBar, CaseAction, case_actions
from ui.cases.case_details import CaseDetails, CaseHeader
from ui.cases.case_dialogs import (
    AssignDialog,
    CaseOpDialog,
    ConsentDialog,
    NoteDialog,
    WithdrawConsentDialog,
)
from ui.cases.move_dialog import MoveDialog
from ui.cases.timeline_view import TimelineView
from ui.dialogs.base import Dialog
from ui.errors import show_error
from ui.operations import ReloadsOnChange
from ui.widgets.flow_layout import FlowLayout

BANNER_STYLE = "background:#fdecea; color:#8c1d18; padding:6px; border-radius:4px;"


class CasePage(ReloadsOnChange, Dialog):
    printSlip = Signal(int)  # case id
    printSummary = Signal(int)  # case id
    printConsent = Signal(int)  # case id: the consent form to be signed
    caseChanged = Signal(object)  # CaseDetail, after a change made on this page
    reload_on = ("case", "person")

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.active_dialog: CaseOpDialog | None = None
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self._build()
        self.listen_for_changes()
        self.reload(opening=True)  # audited: who looked at this case
        self.resize(1100, 800)  # shrunk to the screen when shown (ui.dialogs.base)
        first = next(iter(self.actions.buttons.values()), self.close_button)
        first.setFocus()  # the next step, rather than a cell of the timeline

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = CaseHeader()
        self.banner = QLabel(objectName="bannerLabel")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.approval = ApprovalPanel()
        self.approval.approveClicked.connect(self.approve)
        self.approval.denyClicked.connect(self.deny)
        self.details = CaseDetails()
        self.timeline = TimelineView()

        self.actions = ActionBar()
        self.actions.triggered.connect(self.start_action)
        actions_box = QGroupBox(self.tr("ขั้นตอนถัดไป"))
        QHBoxLayout(actions_box).addWidget(self.actions)

        def button(text: str, name: str, slot) -> QPushButton:
            b = QPushButton(text, objectName=name)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            return b

        self.assign_button = button(self.tr("มอบหมาย…"), "assignButton", self.assign)
        self.note_button = button(self.tr("บันทึกเพิ่มเติม…"), "noteButton", self.add_note)
        self.consent_button = button(
            self.tr("บันทึกความยินยอม…"), "consentButton", self.record_consent
        )
        self.withdraw_button = button(
            self.tr("บันทึกการถอนความยินยอม…"), "withdrawConsentButton", self.withdraw_consent
        )
        self.consent_form_button = button(
            self.tr("พิมพ์ใบยินยอม"), "consentFormButton", self._print_consent
        )
        self.slip_button = button(self.tr("พิมพ์แบบส่งต่อ"), "slipButton", self._print_slip)
        self.summary_button = button(self.tr("พิมพ์สรุปเรื่อง"), "summaryButton", self._print_summary)
        self.close_button = button(self.tr("ปิดหน้าต่าง"), "closeButton", self.close)
        bottom = FlowLayout()
        for b in (
            self.assign_button,
            self.note_button,
            self.consent_button,
            self.withdraw_button,
            self.consent_form_button,
            self.slip_button,
            self.summary_button,
            self.close_button,
        ):
            bottom.addWidget(b)

        # The case scrolls inside the window when the screen is short (1280×720); the buttons
        # below stay in view.
        content = QWidget(objectName="caseContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.header)
        inner.addWidget(self.banner)
        inner.addWidget(self.approval)
        inner.addWidget(self.details)  # not in a splitter: wrapped labels need their height
        self.access_history = None
        if self.desk.can(Permission.VIEW_AUDIT):
            from ui.admin.access_history import AccessHistoryView

            case_id = self.case_id
            self.access_history = AccessHistoryView(
                self.desk, lambda: self.desk.audit_trail.case_history(case_id), autoload=False
            )
            self.history_tabs = QTabWidget(objectName="caseHistoryTabs")
            self.history_tabs.addTab(self.timeline, self.tr("ลำดับการดำเนินการ"))
            self.history_tabs.addTab(self.access_history, self.tr("ประวัติการเข้าถึง"))
            inner.addWidget(self.history_tabs, 1)
        else:
            timeline_box = QGroupBox(self.tr("ลำดับการดำเนินการ"))
            QVBoxLayout(timeline_box).addWidget(self.timeline)
            inner.addWidget(timeline_box, 1)
        inner.addWidget(actions_box)
        self.scroll = QScrollArea(objectName="caseScroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, *, opening: bool = False) -> CaseDetail | None:
        try:
            cases = self.desk.cases
            detail = cases.open(self.case_id) if opening else cases.get(self.case_id)
        except DeskError as exc:
            show_error(self, exc)
            return None
        self.show_detail(detail)
        if self.access_history is not None:  # after the opening, which is in it now
            self.access_history.reload()
        return detail

    def show_detail(self, d: CaseDetail) -> None:
        self.detail = d
        self.setWindowTitle(f"{d.case_no} — {d.person_name}")
        self.header.show_case(d)
        self.details.show_case(d)
        self.timeline.set_events(d.events)
        can_work = self.desk.can(Permission.WORK_CASE)
        can_approve = self.desk.can(Permission.APPROVE_CASE)
        self.approval.show_approval(d.pending_approval, can_approve)
        self.actions.set_actions(case_actions(d, self.desk.cases.actions(d), can_approve))
        is_open = d.status.is_open
        self.assign_button.setVisible(can_work and is_open)
        self.note_button.setVisible(can_work)
        withdrawn = d.consent_withdrawal is not None
        self.consent_button.setVisible(can_work and is_open and not d.consent and not withdrawn)
        self.withdraw_button.setVisible(can_work and is_open and d.consent)
        self.slip_button.setEnabled(d.agency is not None and not withdrawn)
        if withdrawn:
            self.slip_button.setToolTip(self.tr("ผู้ประสบปัญหาถอนความยินยอมแล้ว ส่งข้อมูลให้หน่วยงานไม่ได้"))
        else:
            self.slip_button.setToolTip(
                "" if d.agency is not None else self.tr("พิมพ์ได้เมื่อส่งต่อหน่วยงานแล้ว")
            )

    # -- the dialogs (factories: tests may replace them) -----------------------------------
    def create_move_dialog(self, action: CaseAction) -> CaseOpDialog:
        return MoveDialog(
            self.desk, self.detail, action.transition, request=action.request, parent=self
        )

    def create_decision_dialog(self, approve: bool) -> CaseOpDialog:
        return DecisionDialog(self.desk, self.detail, approve, self)

    def create_assign_dialog(self) -> CaseOpDialog:
        return AssignDialog(self.desk, self.detail, self)

    def create_note_dialog(self) -> CaseOpDialog:
        return NoteDialog(self.desk, self.detail, self)

    def create_consent_dialog(self) -> CaseOpDialog:
        return ConsentDialog(self.desk, self.detail, self)

    def create_withdraw_dialog(self) -> CaseOpDialog:
        return WithdrawConsentDialog(self.desk, self.detail, self)

    def _open(self, dialog: CaseOpDialog) -> CaseOpDialog:
        self._show_banner("")
        dialog.done.connect(self._changed)
        dialog.stale.connect(self._stale)
        dialog.finished.connect(self._closed)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # -- user actions ----------------------------------------------------------------------
    def start_action(self, action: CaseAction) -> CaseOpDialog:
        return self._open(self.create_move_dialog(action))

    def approve(self) -> CaseOpDialog:
        return self._open(self.create_decision_dialog(True))

    def deny(self) -> CaseOpDialog:
        return self._open(self.create_decision_dialog(False))

    def assign(self) -> CaseOpDialog:
        return self._open(self.create_assign_dialog())

    def add_note(self) -> CaseOpDialog:
        return self._open(self.create_note_dialog())

    def record_consent(self) -> CaseOpDialog:
        return self._open(self.create_consent_dialog())

    def withdraw_consent(self) -> CaseOpDialog:
        return self._open(self.create_withdraw_dialog())

    def _closed(self, _result: int) -> None:
        dialog = self.sender()
        if self.active_dialog is dialog:
            self.active_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        if self._reload_after_dialog:
            self._reload_after_dialog = False
            if self.isVisible():
                self.reload()

    _reload_after_dialog = False

    def _on_data_changed(self, what: str) -> None:
        """Someone changed data (here or another clerk): the details reload, unless the user
        is filling in a dialog for this case — that dialog is left alone, and the page
        reloads once it closes (a save from it that was too late reloads at once anyway)."""
        if what in self.reload_on and self.active_dialog is not None:
            self._reload_after_dialog = True
            return
        super()._on_data_changed(what)

    def _print_slip(self) -> None:
        self.printSlip.emit(self.case_id)

    def _print_summary(self) -> None:
        self.printSummary.emit(self.case_id)

    def _print_consent(self) -> None:
        self.printConsent.emit(self.case_id)

    def _changed(self, detail: CaseDetail) -> None:
        self.show_detail(detail)
        self.caseChanged.emit(detail)

    def _stale(self, message: str) -> None:
        detail = self.reload()
        self._show_banner(message)
        if detail is not None and self.active_dialog is not None:
            self.active_dialog.rebase(detail)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
