"""A case's pending approval on the case page, and the supervisor's approve / deny dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.cases.records import ApprovalInfo, CaseDetail
from desktop.services.context import local_time
from desktop.services.desk import Desk
from ui.cases.case_dialogs import CaseOpDialog, note_edit
from ui.domain_labels import date_time, label_of


class ApprovalPanel(QFrame):
    """A yellow band: what is asked, by whom, when and why; approvers get the two buttons."""

    approveClicked = Signal()
    denyClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self.setStyleSheet(
            "#approvalPanel { background:#fff3cd; border:1px solid #ffda6a; border-radius:4px; }"
            " #approvalPanel QLabel { color:#664d03; }"
        )
        self.text = QLabel(objectName="approvalText")
        self.text.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("อนุมัติ…"), objectName="approveButton")
        self.deny_button = QPushButton(self.tr("ไม่อนุมัติ…"), objectName="denyButton")
        self.approve_button.clicked.connect(self.approveClicked)
        self.deny_button.clicked.connect(self.denyClicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.approve_button)
        layout.addWidget(self.deny_button)
        self.hide()

    def show_approval(self, approval: ApprovalInfo | None, can_decide: bool) -> None:
        self.setVisible(approval is not None and approval.pending)
        if approval is None:
            return
        when = date_time(local_time(approval.requested_at))
        text = (
            self.tr("รออนุมัติ — %1\nขอโดย %2 เมื่อ %3")
            .replace("%1", label_of(approval.kind))
            .replace("%2", approval.requested_by)
            .replace("%3", when)
        )
        if approval.note:
            text += "\n" + self.tr("เหตุผล: ") + approval.note
        self.text.setText(text)
        self.approve_button.setVisible(can_decide)
        self.deny_button.setVisible(can_decide)


class DecisionDialog(CaseOpDialog):
    """อนุมัติ / ไม่อนุมัติ with a comment; a denial must say why."""

    def __init__(self, desk: Desk, detail: CaseDetail, approve: bool, parent=None) -> None:
        title = self.tr("อนุมัติ") if approve else self.tr("ไม่อนุมัติ")
        super().__init__(desk, detail, title, title, parent)
        self.approve = approve
        approval = detail.pending_approval
        assert approval is not None
        self.approval = approval
        self.set_intro(
            f"{label_of(approval.kind)}: {label_of(detail.status)} → "
            f"{label_of(approval.target_status)}"
            + ("\n" + self.tr("เหตุผลของผู้ขอ: ") + approval.note if approval.note else "")
        )
        self.comment = self.add_row(
            "comment",
            self.tr("ความเห็น") if approve else self.tr("เหตุผลที่ไม่อนุมัติ *"),
            note_edit(),
        )

    def validate(self) -> dict[str, str]:
        if not self.approve and not self.comment.toPlainText().strip():
            return {"comment": self.tr("กรุณาระบุเหตุผลที่ไม่อนุมัติ")}
        return {}

    def perform(self) -> CaseDetail:
        return self.desk.cases.decide(
            self.approval.id, self.approve, self.comment.toPlainText().strip()
        )
