"""Ask why, and for a confirmation, before erasing one or more people's identifying data for
good (PDPA): the person dialog's action and the retention review's both open this one.

The dialog only asks; ``anonymise(reason)`` (a service call given by the caller) does the
work in a worker (it scans every free text and the audit trail, then rebuilds the database
file), the dialog busy and not to be closed until it is done; ``anonymised`` says whether the
file's free space was wiped too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

from desktop.domain.erasure import reason_errors
from ui.dialogs.form_dialog import FormDialog
from ui.operations import run_op_in_worker
from ui.workers import Executor, Job

SHOWN_NAMES = 5


class AnonymiseDialog(FormDialog):
    anonymised = Signal(bool)  # True: the database file holds no old copy either

    def __init__(
        self,
        names: Sequence[str],
        anonymise: Callable[[str], bool],
        parent=None,
        *,
        reason: str = "",
        executor: Executor | None = None,
    ) -> None:
        super().__init__(parent, field_width=420)
        self.anonymise = anonymise
        self.executor = executor
        self.setWindowTitle(self.tr("ลบข้อมูลระบุตัวตน (PDPA)"))
        who = ", ".join(names[:SHOWN_NAMES])
        if len(names) > SHOWN_NAMES:
            who += self.tr(" และอีก %1 คน").replace("%1", str(len(names) - SHOWN_NAMES))
        intro = QLabel(
            self.tr(
                "จะลบชื่อ เลขประจำตัวประชาชน ที่อยู่ โทรศัพท์ LINE และข้อความบันทึกของ %1 "
                "ออกจากทะเบียน เรื่องส่งต่อ การเยี่ยม การประเมิน และประวัติการใช้งานทั้งหมด "
                "โดยยังเก็บประเภท สถานะ พื้นที่ และวันที่ไว้ให้รายงานนับได้ถูกต้อง "
                "ลบแล้วกู้คืนไม่ได้"
            ).replace("%1", who),
            objectName="anonymiseIntro",
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.reason = self.add_row("reason", self.tr("เหตุผล"), QLineEdit(reason))
        self.reason.setPlaceholderText(self.tr("เช่น เจ้าของข้อมูลขอให้ลบ หรือ ครบระยะเวลาเก็บข้อมูล"))
        self.confirm = self.add_row(
            "confirm",
            self.tr("ยืนยัน"),
            QCheckBox(self.tr("เข้าใจแล้วว่าข้อมูลที่ลบจะกู้คืนไม่ได้"), objectName="confirmBox"),
        )
        self.ok_button.setText(self.tr("ลบข้อมูลระบุตัวตน"))
        self.working = QLabel(self.tr("กำลังลบข้อมูลและล้างแฟ้มฐานข้อมูล…"), objectName="working")
        self.working.hide()
        self.body.insertWidget(self.body.count() - 1, self.working)
        self.busy = False

    def submit(self) -> Job | None:
        reason = self.reason.text().strip()
        errors = reason_errors(reason)
        if not self.confirm.isChecked():
            errors["confirm"] = self.tr("กรุณายืนยันว่าต้องการลบข้อมูล ซึ่งกู้คืนไม่ได้")
        if errors:
            self.show_errors(errors)
            return None
        self._busy(True)

        def watch(job: Job) -> None:
            job.failed.connect(lambda *_: self._busy(False))

        return run_op_in_worker(
            self,
            lambda **_: self.anonymise(reason),
            changed="person",
            on_done=self._done,
            on_error=self.on_error,
            prepare=watch,
            executor=self.executor,
        )

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.working.setVisible(busy)
        for widget in (self.reason, self.confirm, self.findChild(QDialogButtonBox)):
            widget.setEnabled(not busy)

    def _done(self, wiped: bool) -> None:
        self._busy(False)
        self.anonymised.emit(wiped)
        self.accept()

    def reject(self) -> None:
        if not self.busy:  # half-way through, the erasure finishes: the dialog waits for it
            super().reject()
