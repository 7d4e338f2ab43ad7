"""The administrator's choice of this PC's database: the local file or the office server.

The server's host, port, database, user, password and TLS mode; "test connection" tries the
server in the worker and shows the one Thai line the service gives (unreachable, wrong
password, no database, schema too old or too new …); an old schema the user owns can be
upgraded from here; the local file's data can be moved up to an empty server database (in the
worker, with progress; or merged into one that holds data, people matched by national ID).
Save keeps the settings (the password in the OS credential store) and
offers to start the program again on the new database.

Opened from the window's menu (signed in, audited) or, without a sign-in, from the start-up
message when the saved server cannot be reached, so a PC can always be set back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.services import connection_settings as settings
from desktop.services.connection_settings import (
    LOCAL,
    SERVER,
    ConnectionChoice,
    ConnectionSettingsService,
    ConnectionTest,
    ServerSettings,
)
from desktop.services.move_to_server import MoveToServerService
from ui.dialogs.form_dialog import FormDialog
from ui.operations import run_op, run_op_in_worker
from ui.workers import Executor, Job

TLS_MODES = ("", "require", "verify-ca", "verify-full")
OK_COLOUR, PROBLEM_COLOUR = "#1b6e2a", "#b3261e"


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def restart_program() -> None:
    """Start this program again with the same arguments, then close this one."""
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, list(getattr(sys, "orig_argv", sys.argv)[1:]))
    QApplication.quit()


class ServerSettingsDialog(FormDialog):
    tested = Signal(object)  # ConnectionTest
    moved = Signal(object)  # MoveReport

    def __init__(
        self,
        service: ConnectionSettingsService | None = None,
        parent: QWidget | None = None,
        *,
        mover: MoveToServerService | None = None,
        executor: Executor | None = None,
        ask: Callable[[QWidget | None, str, str], bool] = _ask,
        restart: Callable[[], None] | None = restart_program,
    ) -> None:
        super().__init__(parent)
        self.service, self.mover, self.executor = service, mover, executor
        self.ask, self.restart = ask, restart
        self.last_test: ConnectionTest | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("การเชื่อมต่อฐานข้อมูล"))
        self.setMinimumWidth(560)

        intro = QVBoxLayout()
        if service is not None:
            in_use = QLabel(self.tr("ตอนนี้ใช้: ") + self._describe(service.in_use()))
            in_use.setObjectName("inUseLabel")
            in_use.setWordWrap(True)
            intro.addWidget(in_use)
        self.local_radio = QRadioButton(self.tr("ไฟล์ฐานข้อมูลในเครื่องนี้"))
        self.server_radio = QRadioButton(self.tr("เซิร์ฟเวอร์ฐานข้อมูลของสำนักงาน (PostgreSQL)"))
        self.local_radio.setObjectName("localRadio")
        self.server_radio.setObjectName("serverRadio")
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        hint = QLabel(
            self.tr("ไฟล์ในเครื่องใช้ได้ทีละเครื่อง เซิร์ฟเวอร์ของสำนักงานให้ทุกเครื่องทำงานกับข้อมูลชุดเดียวกัน")
        )
        hint.setWordWrap(True)
        intro.addWidget(hint)
        intro.addWidget(self.local_radio)
        intro.addWidget(self.server_radio)
        self.body.insertLayout(0, intro)

        self.host = self.add_row("host", self.tr("เครื่องเซิร์ฟเวอร์ *"), QLineEdit())
        self.host.setPlaceholderText(self.tr("ชื่อเครื่องหรือ IP เช่น 192.168.1.10"))
        self.port = self.add_row("port", self.tr("พอร์ต *"), QLineEdit("5432"))
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.database = self.add_row("database", self.tr("ฐานข้อมูล *"), QLineEdit())
        self.user = self.add_row("user", self.tr("ผู้ใช้ฐานข้อมูล *"), QLineEdit())
        self.password = self.password_row("password", self.tr("รหัสผ่าน"))
        self.password.setPlaceholderText(self.tr("เก็บไว้ในที่เก็บรหัสผ่านของ Windows"))
        self.sslmode = QComboBox()
        self.sslmode.addItem(self.tr("ตามค่าปกติ (ใช้ TLS ถ้าเซิร์ฟเวอร์มี)"), "")
        self.sslmode.addItem(self.tr("require — ต้องเข้ารหัส"), "require")
        self.sslmode.addItem(self.tr("verify-ca — ต้องเข้ารหัสและตรวจใบรับรอง"), "verify-ca")
        self.sslmode.addItem(self.tr("verify-full — ตรวจใบรับรองและชื่อเครื่อง"), "verify-full")
        self.add_row("sslmode", self.tr("การเข้ารหัส TLS"), self.sslmode)

        actions = QHBoxLayout()
        self.test_button = QPushButton(self.tr("ทดสอบการเชื่อมต่อ"), objectName="testButton")
        self.upgrade_button = QPushButton(self.tr("ปรับปรุงโครงสร้าง"), objectName="upgradeButton")
        self.move_button = QPushButton(
            self.tr("ย้ายข้อมูลในเครื่องขึ้นเซิร์ฟเวอร์…"), objectName="moveButton"
        )
        self.merge_box = QCheckBox(
            self.tr("รวมกับข้อมูลที่มีอยู่บนเซิร์ฟเวอร์ (จับคู่บุคคลด้วยเลขประจำตัวประชาชน)"),
            objectName="mergeBox",
        )
        self.upgrade_button.hide()
        self.move_button.setVisible(mover is not None)
        self.merge_box.setVisible(mover is not None)
        for b in (self.test_button, self.upgrade_button, self.move_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.outcome = QLabel(objectName="testResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.body.insertLayout(self.body.indexOf(self.general), actions)
        self.body.insertWidget(self.body.indexOf(self.general), self.merge_box)
        self.body.insertWidget(self.body.indexOf(self.general), self.outcome)

        self.test_button.clicked.connect(self.test)
        self.upgrade_button.clicked.connect(self.upgrade)
        self.move_button.clicked.connect(self.move_up)
        self.server_radio.toggled.connect(self._enable)
        for edit in (self.host, self.port, self.database, self.user, self.password):
            edit.textEdited.connect(self._forget_test)
        self.sslmode.currentIndexChanged.connect(self._forget_test)
        self._load()

    # What is shown ---------------------------------------------------------------------

    def _describe(self, url: str) -> str:
        if url.startswith("sqlite"):
            return self.tr("ไฟล์ในเครื่อง ") + url.removeprefix("sqlite:///")
        return self.tr("เซิร์ฟเวอร์ ") + url.split("@", 1)[-1].split("?", 1)[0]

    def _load(self) -> None:
        choice = self.service.current() if self.service is not None else settings.load_choice()
        if choice.on_server:
            s = choice.server
            self.host.setText(s.host)
            self.port.setText(str(s.port))
            self.database.setText(s.database)
            self.user.setText(s.user)
            self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(s.sslmode)))
            if settings.saved_password(s):
                self.password.setPlaceholderText(self.tr("มีรหัสผ่านเก็บไว้แล้ว (พิมพ์เพื่อเปลี่ยน)"))
        self.server_radio.setChecked(choice.on_server)
        self.local_radio.setChecked(not choice.on_server)
        self._enable()

    def _enable(self) -> None:
        on_server = self.server_radio.isChecked()
        for w in (self.host, self.port, self.database, self.user, self.password, self.sslmode):
            w.setEnabled(on_server)
        self.test_button.setEnabled(on_server)
        self.move_button.setEnabled(on_server)
        self.merge_box.setEnabled(on_server)
        if not on_server:
            self._forget_test()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        first = self.host if self.server_radio.isChecked() else self.local_radio
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_test(self, *_ignored) -> None:
        self.last_test = None
        self.upgrade_button.hide()
        self.outcome.hide()

    def _show_result(self, test: ConnectionTest) -> None:
        self.last_test = test
        colour = OK_COLOUR if test.ok else PROBLEM_COLOUR
        self.outcome.setStyleSheet(f"color: {colour};")
        self.outcome.setText(test.message)
        self.outcome.show()
        self.upgrade_button.setVisible(test.offer_upgrade)
        self._grow_to_fit()
        self.tested.emit(test)

    # What the buttons do ---------------------------------------------------------------

    def server(self) -> ServerSettings | None:
        """The typed settings, or None with each wrong field's message under it."""
        try:
            server = settings.checked_server(
                self.host.text(),
                self.port.text(),
                self.database.text(),
                self.user.text(),
                self.sslmode.currentData() or "",
            )
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return None
        self.show_errors({})
        return server

    def typed_password(self, server: ServerSettings) -> str | None:
        """What was typed, else the stored one."""
        return self.password.text() or settings.saved_password(server)

    def test(self) -> Job | None:
        server = self.server()
        if server is None:
            return None
        password = self.typed_password(server)
        self.test_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("กำลังทดสอบการเชื่อมต่อ…"))
        self.outcome.show()

        def done(test: ConnectionTest) -> None:
            self.test_button.setEnabled(True)
            self._show_result(test)

        def watch(job: Job) -> None:
            job.failed.connect(lambda *_: self.test_button.setEnabled(True))

        self.job = run_op_in_worker(
            self,
            lambda **_: settings.test_connection(server, password),
            on_done=done,
            prepare=watch,
            executor=self.executor,
        )
        return self.job

    def upgrade(self) -> Job | None:
        server = self.server()
        if server is None:
            return None
        password = self.typed_password(server)

        def upgrade_and_test(**_) -> ConnectionTest:
            settings.upgrade_server(server, password)
            return settings.test_connection(server, password)

        return run_op_in_worker(
            self, upgrade_and_test, on_done=self._show_result, executor=self.executor
        )

    def move_up(self) -> Job | None:
        server = self.server()
        if server is None or self.mover is None:
            return None
        merge = self.merge_box.isChecked()
        if merge:
            question = self.tr(
                "รวมข้อมูลทั้งหมดจากไฟล์ในเครื่องนี้เข้ากับฐานข้อมูล %1 บุคคลที่เลขประจำตัวประชาชนตรงกัน"
                "จะไม่ซ้ำ (ไฟล์ในเครื่องยังอยู่เหมือนเดิม) ต้องการรวมหรือไม่"
            ).replace("%1", server.where())
        else:
            question = self.tr(
                "คัดลอกข้อมูลทั้งหมดจากไฟล์ในเครื่องนี้ขึ้นฐานข้อมูล %1 ซึ่งต้องยังว่างอยู่ "
                "(ไฟล์ในเครื่องยังอยู่เหมือนเดิม) ต้องการย้ายหรือไม่"
            ).replace("%1", server.where())
        if not self.ask(self, self.tr("ย้ายข้อมูลขึ้นเซิร์ฟเวอร์"), question):
            return None
        password = self.typed_password(server)
        mover = self.mover
        progress = QProgressDialog(
            self.tr("กำลังย้ายข้อมูลขึ้นเซิร์ฟเวอร์…"), self.tr("ยกเลิก"), 0, 100, self
        )
        progress.setWindowTitle(self.tr("ย้ายข้อมูลขึ้นเซิร์ฟเวอร์"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress_dialog = progress

        def watch(job: Job) -> None:
            job.progress.connect(
                lambda done, total: progress.setValue(int(100 * done / max(total, 1)))
            )
            progress.canceled.connect(job.cancel)
            for ended in (job.finished, job.failed, job.cancelled):
                ended.connect(lambda *_: progress.reset())

        def done(report) -> None:
            self.outcome.setStyleSheet(f"color: {OK_COLOUR};")
            self.outcome.setText(report.describe())
            self.outcome.show()
            self._grow_to_fit()
            self.moved.emit(report)

        self.job = run_op_in_worker(
            self,
            lambda progress, cancelled: mover.move(
                server, password, progress=progress, cancelled=cancelled, merge=merge
            ),
            on_done=done,
            prepare=watch,
            executor=self.executor,
        )
        return self.job

    def submit(self) -> bool:
        if self.local_radio.isChecked():
            choice, password = ConnectionChoice(LOCAL), None
        else:
            server = self.server()
            if server is None:
                return False
            choice, password = ConnectionChoice(SERVER, server), self.password.text() or None
            if self.last_test is None:
                test = settings.test_connection(server, self.typed_password(server))
                self._show_result(test)
            if not self.last_test.ok and not self.ask(
                self,
                self.tr("การเชื่อมต่อฐานข้อมูล"),
                self.last_test.message + "\n\n" + self.tr("บันทึกการตั้งค่านี้ทั้งที่ยังเชื่อมต่อไม่ได้หรือไม่"),
            ):
                return False

        def save() -> bool:
            if self.service is not None:
                self.service.save(choice, password)
            else:
                settings.save_choice(choice, password)
            return True

        if not run_op(self, save, on_error=self.on_error):
            return False
        self.accept()
        if (
            self.restart is not None
            and self.service is not None
            and self.ask(
                self.parentWidget(),
                self.tr("การเชื่อมต่อฐานข้อมูล"),
                self.tr("บันทึกแล้ว โปรแกรมจะใช้ฐานข้อมูลนี้เมื่อเริ่มใหม่ ต้องการเริ่มโปรแกรมใหม่ตอนนี้หรือไม่"),
            )
        ):
            self.restart()
        return True
