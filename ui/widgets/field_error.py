"""A small red message under a form field, shown only while the field has an error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


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
