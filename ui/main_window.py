"""The main window: navigation on the left, the chosen page on the right, who is signed in below."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from desktop import APP_NAME, APP_NAME_TH, __version__
from desktop.areas import AREA_DATA_CREDIT
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.registry.person_dialog import PersonDialog
from ui.registry.print_actions import PrintActions
from ui.registry.registry_page import RegistryPage


class MainWindow(QMainWindow):
    def __init__(
        self, desk: Desk, *, print_actions: PrintActions | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        office = desk.office()
        self.setWindowTitle(f"{APP_NAME_TH} — {office.office_name if office else APP_NAME}")
        self.resize(1280, 780)

        self.registry = RegistryPage(desk)
        self.pages = QStackedWidget()
        self.nav = QListWidget(objectName="navigation")
        self.nav.setMaximumWidth(220)
        self._add_page(self.tr("ทะเบียนอาสาสมัครและบัณฑิต"), self.registry)
        if desk.can(Permission.MANAGE_USERS):
            from ui.admin.users_page import UsersPage

            self.users_page = UsersPage(desk.accounts)
            self._add_page(self.tr("ผู้ใช้งานระบบ"), self.users_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.print_actions = print_actions or PrintActions(desk, self)
        self.print_actions.printed.connect(
            lambda path: self.statusBar().showMessage(self.tr("บันทึก PDF แล้ว: ") + path, 8000)
        )
        self.registry.openPerson.connect(self.open_person)
        self.registry.newPerson.connect(self.new_person)
        self.registry.printRoster.connect(
            lambda: self.print_actions.print_roster(self.registry.current_filter())
        )
        self.registry.printRecord.connect(self.print_actions.print_record)

        self._build_menu()
        user = desk.user
        who = QLabel(
            self.tr("ผู้ใช้: ")
            + (
                f"{user.full_name} ({', '.join(sorted(r.label for r in user.roles))})"
                if user
                else "-"
            )
        )
        self.statusBar().addPermanentWidget(who)
        self._restore_geometry()

    def _add_page(self, title: str, widget) -> None:
        self.nav.addItem(title)
        self.pages.addWidget(widget)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("แฟ้ม"))
        new = QAction(self.tr("ลงทะเบียนใหม่"), self, shortcut=QKeySequence.StandardKey.New)
        new.setEnabled(self.desk.can(Permission.REGISTER_PERSON))
        new.triggered.connect(self.new_person)
        roster = QAction(self.tr("พิมพ์ทะเบียนรายชื่อ…"), self, shortcut=QKeySequence("Ctrl+P"))
        roster.triggered.connect(
            lambda: self.print_actions.print_roster(self.registry.current_filter())
        )
        quit_action = QAction(
            self.tr("ออกจากโปรแกรม"), self, shortcut=QKeySequence.StandardKey.Quit
        )
        quit_action.triggered.connect(self.close)
        for a in (new, roster, quit_action):
            file_menu.addAction(a)
        help_menu = self.menuBar().addMenu(self.tr("ช่วยเหลือ"))
        about = QAction(self.tr("เกี่ยวกับโปรแกรม"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def open_person(self, person_id: int) -> PersonDialog:
        dialog = PersonDialog(self.desk, person_id, self)
        dialog.open()
        return dialog

    def new_person(self) -> PersonDialog | None:
        if not self.desk.can(Permission.REGISTER_PERSON):
            return None
        dialog = PersonDialog(self.desk, None, self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("เกี่ยวกับโปรแกรม"),
            f"<b>{APP_NAME_TH}</b><br>{APP_NAME} {__version__}<br><br>"
            + self.tr("แบบอักษร Sarabun (SIL Open Font License 1.1)")
            + f"<br>{AREA_DATA_CREDIT}<br>"
            + self.tr("ตัดคำภาษาไทยด้วย PyThaiNLP (Apache-2.0)"),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
