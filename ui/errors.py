"""One way to show expected errors, and a last-resort hook for unexpected ones."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.errors import DeskError
from desktop.services.context import UnsafeDatabaseLocation

log = logging.getLogger(__name__)


def message_of(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return exc.message
    if isinstance(exc, UnsafeDatabaseLocation):
        return str(exc)
    if isinstance(exc, OSError):
        return f"ไม่สามารถอ่านหรือเขียนไฟล์ได้: {exc.strerror or exc} {exc.filename or ''}".strip()
    return f"เกิดข้อผิดพลาดที่ไม่คาดคิด: {type(exc).__name__}"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show an expected error (validation, permission, stale record …) to the user."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("errors", "ไม่สามารถดำเนินการได้"))
    box.setText(message_of(exc))
    box.open() if _is_test_run() else box.exec()


def _is_test_run() -> bool:
    return "pytest" in sys.modules


def install_excepthook() -> None:
    """Unexpected errors: log them (no personal data in the message) and show a copyable report."""

    def hook(exc_type, exc, tb):
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error: %s", report)
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("errors", "เกิดข้อผิดพลาด"))
        box.setText(
            QApplication.translate(
                "errors",
                "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วไม่สูญหาย "
                "กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลระบบ",
            )
        )
        box.setDetailedText(report)
        box.exec()

    sys.excepthook = hook
