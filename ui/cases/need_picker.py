"""The need categories of a case as a column of check boxes (a case has one or more)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from desktop.domain.cases.categories import Need
from ui.domain_labels import label_of


class NeedPicker(QWidget):
    """``needs()`` in the order of ``Need``; ``changed`` fires on every tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Need, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for need in Need:
            box = QCheckBox(label_of(need), self, objectName=f"need_{need.value}")
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[need] = box
        self.setFocusProxy(self.boxes[Need.JOB])

    def needs(self) -> tuple[Need, ...]:
        return tuple(n for n, box in self.boxes.items() if box.isChecked())

    def setNeeds(self, needs: Iterable[Need]) -> None:
        chosen = set(needs)
        for need, box in self.boxes.items():
            box.setChecked(need in chosen)
