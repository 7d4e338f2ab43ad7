"""The workflow buttons of the case page: one per step the domain table allows now.

The transitions come from ``CaseService.actions`` (the same table the service enforces), so a
button exists only for what would succeed. A step that needs approval becomes a request
("ขออนุมัติ…") for users who cannot approve it; while a request is pending no second one is offered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.domain.cases.records import CaseDetail
from desktop.domain.cases.workflow import Transition
from ui.cases.move_dialog import action_text
from ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class CaseAction:
    transition: Transition
    request: bool  # ask a supervisor instead of doing it

    @property
    def text(self) -> str:
        return action_text(self.transition, self.request)

    @property
    def name(self) -> str:
        """``action_referred``, ``request_rejected``: object names tests and styles use."""
        return f"{'request' if self.request else 'action'}_{self.transition.target.value}"


def case_actions(
    detail: CaseDetail, transitions: Sequence[Transition], can_approve: bool
) -> list[CaseAction]:
    pending = detail.pending_approval is not None and detail.pending_approval.pending
    return [
        CaseAction(t, request=t.approval is not None and not can_approve)
        for t in transitions
        if not (t.approval is not None and pending)
    ]


class ActionBar(QWidget):
    """``triggered(CaseAction)`` when a button is clicked."""

    triggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self._layout = FlowLayout(self)  # the buttons wrap when the window is narrow
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self._actions: dict[str, CaseAction] = {}
        self.empty = QLabel(self.tr("ไม่มีขั้นตอนที่ดำเนินการได้ในสถานะนี้"), objectName="noActions")
        self.empty.setStyleSheet("color: palette(mid);")
        self._layout.addWidget(self.empty)

    def set_actions(self, actions: Sequence[CaseAction]) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; it must vanish now
            button.deleteLater()
        self.buttons, self._actions = {}, {}
        for i, action in enumerate(actions):
            button = QPushButton(action.text, self, objectName=action.name)
            button.setAutoDefault(False)
            if action.transition.approval is not None:
                button.setToolTip(self.tr("ต้องได้รับอนุมัติจากหัวหน้างาน"))
            button.clicked.connect(self._clicked)
            self._layout.insertWidget(i, button)
            button.show()  # at once, not when the layout's queued show runs
            self.buttons[action.name] = button
            self._actions[action.name] = action
        self.empty.setVisible(not actions)

    def _clicked(self) -> None:
        button = self.sender()
        if button is not None and button.objectName() in self._actions:
            self.triggered.emit(self._actions[button.objectName()])

    def texts(self) -> list[str]:
        return [b.text() for b in self.buttons.values()]
