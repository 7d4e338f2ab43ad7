"""The follow-up actions of a visit: one row each (what, due, done), added and removed freely."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.mentoring.visits import FollowUpDraft
from ui.widgets.be_date_edit import BeDateEdit


class FollowUpEditor(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[tuple[QLineEdit, BeDateEdit, BeDateEdit, QPushButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate((self.tr("สิ่งที่ต้องติดตาม"), self.tr("กำหนด"), self.tr("เสร็จเมื่อ"))):
            self.grid.addWidget(QLabel(text), 0, col)
        self.grid.setColumnStretch(0, 1)
        self.add_button = QPushButton(self.tr("เพิ่มรายการติดตาม"), objectName="addFollowUp")
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def add_row(
        self, draft: FollowUpDraft | None = None
    ) -> tuple[QLineEdit, BeDateEdit, BeDateEdit]:
        action = QLineEdit(draft.action if draft else "")
        action.setPlaceholderText(self.tr("เช่น ส่งแบบฟอร์มสมัครมาตรา 40"))
        due, done = BeDateEdit(today=self.today), BeDateEdit(today=self.today)
        due.setDate(draft.due_on if draft else None)
        done.setDate(draft.done_on if draft else None)
        done.setMaximumDate(self.today())
        remove = QPushButton("✕")
        remove.setToolTip(self.tr("ลบรายการนี้"))
        remove.setFixedWidth(32)
        row = (action, due, done, remove)
        remove.clicked.connect(self._remove_clicked)  # a method, not a lambda holding self
        line = len(self.rows) + 1
        for col, w in enumerate(row):
            self.grid.addWidget(w, line, col)
        self.rows.append(row)
        self.changed.emit()
        return action, due, done

    def set_follow_ups(self, items: Iterable[FollowUpDraft]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for item in items:
            self.add_row(item)

    def follow_ups(self) -> tuple[FollowUpDraft, ...]:
        """Rows with anything typed; a blank row is not a follow-up."""
        out = []
        for action, due, done, _ in self.rows:
            if action.text().strip() or due.date() or done.date():
                out.append(FollowUpDraft(action.text().strip(), due.date(), done.date()))
        return tuple(out)

    def date_error(self) -> str | None:
        for i, (_, due, done, _) in enumerate(self.rows, start=1):
            for edit in (due, done):
                if edit.error():
                    return self.tr("รายการติดตามที่ %1: ").replace("%1", str(i)) + edit.error()
        return None

    def _add_clicked(self) -> None:
        self.add_row()[0].setFocus()

    def _remove_clicked(self) -> None:
        row = next((r for r in self.rows if r[3] is self.sender()), None)
        if row is not None:
            self._remove(row)

    def _remove(self, row) -> None:
        self.rows.remove(row)
        for w in row:
            self.grid.removeWidget(w)
            w.deleteLater()
        self.changed.emit()
