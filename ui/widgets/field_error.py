"""A small red message under a form field, shown only while the field has an error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldError(QLabel):
    """Hidden while empty. Connect a field's ``errorChanged(str)`` to ``setError``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def setError(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def error(self) -> str:
        return self.text()


def with_error(name: str, widget: QWidget) -> tuple[QWidget, FieldError]:
    """``widget`` with its message underneath, in one box a form row can hold.

    Object names ``<name>Field`` and ``<name>Error`` let tests and stylesheets find them; the
    box hands focus to the field so a form's "go to the first error" lands in it.
    """
    widget.setObjectName(f"{name}Field")
    error = FieldError()
    error.setObjectName(f"{name}Error")
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(widget)
    lay.addWidget(error)
    box.setFocusProxy(widget)
    return box, error
