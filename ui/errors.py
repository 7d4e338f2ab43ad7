"""One way to show expected errors, and a last-resort hook for unexpected ones."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.failures import expected_failure_message

log = logging.getLogger(__name__)


def message_of(exc: BaseException) -> str:
    if (said := expected_failure_message(exc)) is not None:
        return said
    if isinstance(exc, OSError):
        said = QApplication.translate("errors", "ไม่สามารถอ่านหรือเขียนไฟล์ได้: %1")
        return said.replace("%1", f"{exc.strerror or exc} {exc.filename or ''}").strip()
    said = QApplication.translate("errors", "เกิดข้อผิดพลาดที่ไม่คาดคิด: %1")
    return said.replace("%1", type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show an expected error (validation, permission, stale record …) to the user."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("errors", "ไม่สามารถดำเนินการได้"))
    box.setText(message_of(exc))
    _present(box)


def _wait_for_ok(box: QMessageBox) -> None:
    box.exec()


_present: Callable[[QMessageBox], None] = _wait_for_ok


def set_presenter(present: Callable[[QMessageBox], None] | None) -> None:
    """How ``show_error`` puts its box on screen: by default it waits for OK (``exec``); tests
    install one that opens the box without blocking, so they can read it and go on."""
    global _present
    _present = present or _wait_for_ok


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
