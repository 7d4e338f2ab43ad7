"""Someone else saved the record first: their values beside mine, only the fields that differ.

The clerk keeps theirs, keeps mine, or chooses field by field (the choice starts from mine
where this clerk changed a field and theirs where only the other clerk did). The dialog only
resolves: ``resolved`` carries the draft to save, and the caller saves it over the version
the conflict was found at (the service audits what was overridden).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conflicts import EditConflict, Pick
from desktop.domain.thai_dates import format_datetime
from ui.dialogs.base import Dialog

SHOWN_CHARS = 36
LABEL_WIDTH = 240


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


class ConflictDialog(Dialog):
    resolved = Signal(object, str)  # the draft to save; "mine", "theirs" or "merge"

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("มีผู้ใช้อื่นบันทึกข้อมูลนี้ก่อน"))
        who = conflict.saved_by or self.tr("ผู้ใช้อื่น")
        when = format_datetime(conflict.saved_at) if conflict.saved_at else ""
        intro = QLabel(
            self.tr(
                "%1 บันทึกข้อมูลนี้เมื่อ %2 หลังจากที่คุณเปิด ช่องที่ไม่ตรงกันมี %3 ช่อง: "
                "เก็บของคุณทั้งหมด เก็บของอีกฝ่ายทั้งหมด หรือเลือกทีละช่อง"
            )
            .replace("%1", who)
            .replace("%2", when)
            .replace("%3", str(len(conflict.fields))),
            objectName="conflictIntro",
        )
        intro.setWordWrap(True)

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        for column, text in enumerate(
            (self.tr("ช่อง"), self.tr("ของคุณ (ยังไม่บันทึก)"), self.tr("ของอีกฝ่าย (บันทึกแล้ว)"))
        ):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        for row, f in enumerate(conflict.fields, start=1):
            label = QLabel(f.label)
            label.setWordWrap(True)  # a criterion's text can be a sentence
            label.setMinimumWidth(LABEL_WIDTH)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            mine = QRadioButton(_short(f.mine), objectName=f"mine_{f.name}")
            theirs = QRadioButton(_short(f.theirs), objectName=f"theirs_{f.name}")
            mine.setToolTip(f.mine)
            theirs.setToolTip(f.theirs)
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (mine if f.suggested == Pick.MINE else theirs).setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.groups[f.name] = group
            self.mine_buttons[f.name] = mine
            self.theirs_buttons[f.name] = theirs
        grid.setRowStretch(len(conflict.fields) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)

        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("เก็บของฉันทั้งหมด"), objectName="keepMineButton")
        self.theirs_button = QPushButton(self.tr("เก็บของอีกฝ่ายทั้งหมด"), objectName="keepTheirsButton")
        self.merge_button = QPushButton(self.tr("บันทึกตามที่เลือกทีละช่อง"), objectName="mergeButton")
        for b in (self.merge_button, self.mine_button, self.theirs_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.mine_button.clicked.connect(lambda: self._resolve(Pick.MINE, "mine"))
        self.theirs_button.clicked.connect(lambda: self._resolve(Pick.THEIRS, "theirs"))
        self.merge_button.clicked.connect(lambda: self._resolve(self.picks(), "merge"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, min(200 + 44 * len(conflict.fields), 600))
        self.merge_button.setDefault(True)
        first = next(iter(self.mine_buttons.values()), self.merge_button)
        first.setFocus()

    def picks(self) -> dict[str, Pick]:
        return {
            name: Pick.MINE if self.mine_buttons[name].isChecked() else Pick.THEIRS
            for name in self.groups
        }

    def pick(self, name: str, choice: Pick) -> None:
        (self.mine_buttons if choice == Pick.MINE else self.theirs_buttons)[name].setChecked(True)

    def _resolve(self, picks, how: str) -> None:
        self.accept()
        self.resolved.emit(self.conflict.resolved(picks), how)


def resolve_conflict(
    parent: QWidget, conflict: EditConflict, save: Callable[[Any], None]
) -> ConflictDialog | None:
    """The clerk's pick, handed to ``save``: the dialog opens beside ``parent``, or, when only
    the version moved (a status change, nothing to pick), mine is saved at once."""
    if not conflict.fields:
        save(conflict.resolved(Pick.MINE))
        return None
    dialog = ConflictDialog(conflict, parent)
    dialog.resolved.connect(lambda draft, _how: save(draft))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
