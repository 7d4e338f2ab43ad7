"""A small red message under a form field, shown only while the field has an error.

The message goes as soon as the field is fixed: ``watch`` listens to the field's edits and,
with a ``check`` (the field's own rule), clears the message once the check passes; without
one, once the field is changed at all (the save checks it again). ``changed`` lets a form keep
its "n fields to fix" count true while the user works. Long Thai messages wrap between words
(``thai_wrap``), also on Windows, instead of being cut off.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DeskError, ValidationError
from ui.widgets.thai_wrap import breakable

Check = Callable[[], str | None]


class FieldError(QLabel):
    """Hidden while empty. Connect a field's ``errorChanged(str)`` to ``setError``."""

    changed = Signal()  # the message appeared, changed or went

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        # Wrapped text needs its height: never squeezed to one clipped line by the form.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("color: #b3261e;")
        self._message = ""
        self._check: Callable[[], Check | None] = lambda: None
        self.hide()

    def setError(self, message: str | None) -> None:
        message = message or ""
        self.setText(breakable(message))
        self.setVisible(bool(message))
        if message != self._message:
            self._message = message
            self.changed.emit()

    def error(self) -> str:
        return self._message

    def text(self) -> str:  # the message as given, without the line-break hints
        return self._message

    def watch(self, field: QWidget, check: Check | None = None) -> None:
        """Clear the message as soon as ``field`` (or an input inside it) is fixed."""
        check = check if check is not None else getattr(field, "error", None)
        # Held weakly: a form's method kept here would tie the form to its own child.
        if hasattr(check, "__self__"):
            self._check = weakref.WeakMethod(check)
        else:
            self._check = lambda: check
        for signal in edit_signals(field):
            signal.connect(self._field_edited)

    def _field_edited(self, *_args) -> None:
        if not self._message:
            return  # new messages wait for the field to be left or the form to be saved
        check = self._check()
        if check is None or not check():
            self.setError(None)


def edit_signals(field: QWidget) -> list:
    """The signals that say the user changed ``field`` or an input inside it."""
    signals = []
    for w in (field, *field.findChildren(QWidget)):
        if isinstance(w, QLineEdit):
            signals.append(w.textEdited)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            signals.append(w.textChanged)
        elif isinstance(w, QComboBox):
            signals.append(w.currentIndexChanged)
        elif isinstance(w, QAbstractSpinBox) and hasattr(w, "valueChanged"):
            signals.append(w.valueChanged)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            signals.append(w.toggled)
        elif isinstance(w, QListWidget):
            signals.append(w.itemChanged)
            signals.append(w.model().rowsInserted)
    for name in ("areaChanged", "changed", "dateChanged"):  # the project's own pickers
        if hasattr(field, name):
            signals.append(getattr(field, name))
    return signals


def with_error(
    name: str, widget: QWidget, check: Check | None = None
) -> tuple[QWidget, FieldError]:
    """``widget`` with its message underneath, in one box a form row can hold.

    Object names ``<name>Field`` and ``<name>Error`` let tests and stylesheets find them; the
    box hands focus to the field so a form's "go to the first error" lands in it. The message
    clears as soon as the field is fixed (``check``: the field's rule, if it has one).
    """
    widget.setObjectName(f"{name}Field")
    error = FieldError()
    error.setObjectName(f"{name}Error")
    error.watch(widget, check)
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(widget)
    lay.addWidget(error)
    box.setFocusProxy(widget)
    return box, error


def count_errors(labels) -> int:
    """How many fields show a message (a label shared by two field names counts once)."""
    return len({id(label) for label in labels if label.error()})


def validation_into(label: FieldError) -> Callable[[DeskError], bool]:
    """``run_op``'s on_error: the messages of a refused save under the part of the page that
    was saved (other errors go to the usual dialog)."""

    def handle(exc: DeskError) -> bool:
        if isinstance(exc, ValidationError):
            label.setError("\n".join(exc.fields.values()))
            return True
        return False

    return handle
