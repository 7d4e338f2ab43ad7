"""A dialog of labelled fields, each with a red message under it, and OK/Cancel buttons.

An ``EntryDialog``: it opens in its first field and asks before dropping edits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DeskError, ValidationError
from ui.dialogs.entry_dialog import EntryDialog
from ui.widgets.field_error import FieldError, with_error

FIELD_WIDTH = 300


class FormDialog(EntryDialog):
    """Subclasses add rows with ``add_row`` and implement ``submit`` (OK and Enter call it)."""

    def __init__(self, parent=None, *, field_width: int = FIELD_WIDTH) -> None:
        super().__init__(parent)
        self.field_width = field_width
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.general = FieldError()  # messages for fields the form does not show
        self.general.setObjectName("generalError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("บันทึก"))
        self.ok_button.setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.general)
        self.body.addWidget(buttons)

    def add_row(self, name: str, label: str, widget: QWidget, level_with: QWidget | None = None):
        """A labelled field with its message underneath; the label stays level with the
        field (or with ``level_with``, e.g. the first of several checkboxes)."""
        widget.setMinimumWidth(self.field_width)
        box, self.errors[name] = with_error(name, widget)
        self.form.addRow(label, box)
        # QFormLayout tops the label but lets it grow with a tall row (field + message), and
        # the text is centred in it: capped at the field's height it stays beside the field.
        self.form.labelForField(box).setMaximumHeight((level_with or widget).sizeHint().height())
        self.fields[name] = widget
        return widget

    def password_row(self, name: str, label: str) -> QLineEdit:
        edit = self.add_row(name, label, QLineEdit())
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def confirm_error(self, password: QLineEdit, confirm: QLineEdit) -> dict[str, str]:
        if password.text() != confirm.text():
            return {"confirm": self.tr("รหัสผ่านทั้งสองช่องไม่ตรงกัน")}
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setError(errors.get(name))
        self.general.setError("\n".join(m for n, m in errors.items() if n not in self.errors))
        first = next((n for n in self.errors if n in errors), None)
        if first:
            self.fields[first].setFocus()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        # A top-level window grows to its layout's minimum size, but that ignores the extra
        # lines of a wrapped message: without this a long message overlaps the next field.
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def on_error(self, exc: DeskError) -> bool:
        """Field messages go under their fields; ``run_op`` shows any other error."""
        if isinstance(exc, ValidationError):
            self.show_errors(exc.fields)
            return True
        return False

    def submit(self) -> object:
        raise NotImplementedError

    def save(self) -> object:
        return self.submit()
