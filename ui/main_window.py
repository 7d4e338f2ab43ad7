"""The main window: navigation on the left, the chosen page on the right, who is signed in below."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from desktop import APP_NAME, APP_NAME_TH
from desktop.domain.cases.records import QueueView
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.admin.backup_actions import BackupActions
from ui.cases.case_desk import CaseDesk
from ui.cases.case_print_actions import CasePrintActions
from ui.change_poller import ChangePoller
from ui.dialogs.own_password import ChangePasswordDialog
from ui.dialogs.unsaved import confirm_leave, confirm_leave_all, parts_with_edits
from ui.domain_labels import label_of
from ui.file_menu import FileMenu
from ui.imports.kinds import ImportKind, case_kind, people_kind
from ui.imports.wizard import ImportWizard
from ui.navigation import PAGE_ROLE, Navigation
from ui.operations import bus
from ui.registry.person_dialog import PersonDialog
from ui.registry.print_actions import RegistryPrintActions
from ui.registry.registry_page import RegistryPage
from ui.widgets.screen_fit import fit_to_screen


class MainWindow(QMainWindow):
    # The File menu's session actions; ``ui.session.DeskSession`` answers them.
    signOutRequested = Signal()
    switchUserRequested = Signal()
    lockRequested = Signal()
    closed = Signal()  # the window was closed for good (Quit / Ctrl+Q / the close button)

    def __init__(
        self,
        desk: Desk,
        *,
        print_actions: RegistryPrintActions | None = None,
        case_print_actions: CasePrintActions | None = None,
        mentoring_print_actions=None,
        report_print_actions=None,
        backup_actions: BackupActions | None = None,
        change_poller: ChangePoller | None = None,
        import_options: dict | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        # The import wizard's injectables (executor, file dialogs), for tests.
        self.import_options = dict(import_options or {})
        office = desk.office()
        self.setWindowTitle(f"{APP_NAME_TH} — {office.office_name if office else APP_NAME}")
        self.resize(1280, 780)  # shrunk to a smaller screen when shown

        self.print_actions = print_actions or RegistryPrintActions(desk, self)
        self.registry = RegistryPage(desk)
        self.pages = QStackedWidget()
        self.nav = Navigation()
        from ui.dashboard.dashboard_page import DashboardPage

        self.dashboard = DashboardPage(desk)
        self.dashboard.openList.connect(self.open_list)
        self.nav.add_header(self.tr("ภาพรวม"))
        self._add_page(self.tr("ภาพรวมการดำเนินงาน"), self.dashboard)
        self.nav.add_header(self.tr("ทะเบียน"))
        self._add_page(self.tr("อาสาสมัครและบัณฑิตแรงงาน"), self.registry)
        self.cases: CaseDesk | None = None
        if desk.can(Permission.VIEW_CASES):
            self.cases = CaseDesk(desk, self, print_actions=case_print_actions)
            queue_index = self.pages.addWidget(self.cases.queue)
            self.cases.queue.importFile.connect(self.import_cases)
            self.nav.add_header(self.tr("งานส่งต่อ"))
            for view in self.cases.views():
                self.nav.add_view(view, queue_index)
            self.cases.queue.filters.changed.connect(self._remember_view)
            bus().dataChanged.connect(self._on_data_changed)
            self.cases.timer.timeout.connect(self._show_counts)
            self._show_counts()
        self.mentoring = None
        if desk.can(Permission.VIEW_MENTORING):
            from ui.mentoring.mentoring_desk import MentoringDesk

            self.mentoring = MentoringDesk(desk, self, print_actions=mentoring_print_actions)
            self.nav.add_header(self.tr("พี่เลี้ยง"))
            self._add_page(self.tr("งานพี่เลี้ยง: เยี่ยมและประเมิน"), self.mentoring.page)
            self.mentoring.openPerson.connect(self.open_person)
            self.mentoring.print_actions.printed.connect(self._saved)
            self.registry.assignMentor.connect(self.mentoring.assign)
        if desk.can(Permission.VIEW_REPORTS):
            from ui.reports.reports_page import ReportsPage

            self.reports_page = ReportsPage(desk, self, print_actions=report_print_actions)
            self.reports_page.print_actions.printed.connect(self._saved)
            self.nav.add_header(self.tr("รายงาน"))
            self._add_page(self.tr("รายงานประจำปีงบประมาณ"), self.reports_page)
        self.audit_page = None
        if desk.can(Permission.VIEW_AUDIT):
            from ui.admin.audit_page import AuditTrailPage

            self.audit_page = AuditTrailPage(desk)
            self.nav.add_header(self.tr("การตรวจสอบ"))
            self._add_page(self.tr("ประวัติการใช้งานระบบ"), self.audit_page)
        if desk.can(Permission.MANAGE_USERS):
            from ui.admin.users_page import UsersPage

            self.users_page = UsersPage(desk.accounts)
            self.nav.add_header(self.tr("ผู้ดูแลระบบ"))
            self._add_page(self.tr("ผู้ใช้งานระบบ"), self.users_page)
        if desk.can(Permission.MANAGE_SERVICE_LEVELS):
            from ui.admin.service_levels_page import ServiceLevelsPage

            self.service_levels_page = ServiceLevelsPage(desk)
            self._add_page(self.tr("ระยะเวลามาตรฐาน"), self.service_levels_page)
        self.retention_page = None
        if desk.can(Permission.ANONYMISE_PERSON):  # PDPA s.37(3): who is due to be erased
            from ui.admin.retention_page import RetentionPage

            self.retention_page = RetentionPage(desk)
            self._add_page(self.tr("ทบทวนระยะเวลาเก็บข้อมูล"), self.retention_page)
        if self.mentoring is not None and self.mentoring.setup_page is not None:
            self._add_page(self.tr("แบบประเมินและหัวข้อการเยี่ยม"), self.mentoring.setup_page)
        self.ropa_page = None
        if desk.can(Permission.MANAGE_OFFICE):  # the office answers for its processing (ม.39)
            from ui.admin.ropa_page import RopaPage

            self.ropa_page = RopaPage()
            self._add_page(self.tr("บันทึกการประมวลผลข้อมูลส่วนบุคคล"), self.ropa_page)
        self._show_page_item(self.registry)  # everyone's page, until the user's own is known
        self.pages.setCurrentWidget(self.registry)
        self.nav.pageRequested.connect(self._show_page)
        self._start_where_the_user_works()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.print_actions.printed.connect(self._saved)
        if self.cases is not None:
            self.cases.print_actions.printed.connect(self._saved)
        self.registry.openPerson.connect(self.open_person)
        self.registry.newPerson.connect(self.new_person)
        self.registry.printRoster.connect(
            lambda: self.print_actions.print_roster(self.registry.current_filter())
        )
        self.registry.printRecord.connect(self.print_actions.print_record)
        self.registry.importFile.connect(self.import_people)
        self.registry.exportList.connect(
            lambda csv: self.print_actions.export_people(self.registry.current_filter(), csv=csv)
        )

        self.backups = backup_actions or BackupActions(desk, self)
        self.backups.done.connect(lambda said: self.statusBar().showMessage(said, 15000))
        self._build_menu()
        user = desk.user
        self.who = who = QLabel(
            objectName="signedInUser",
            text=self.tr("ผู้ใช้: ")
            + (
                f"{user.full_name} ({', '.join(sorted(label_of(r) for r in user.roles))})"
                if user
                else "-"
            ),
        )
        self.statusBar().addPermanentWidget(who)
        self._restore_geometry()
        # Other clerks' saves refresh the views here too (pause() while locked).
        self.poller = change_poller or ChangePoller(desk.changes.changes_since, parent=self)
        self.poller.start()

    def _start_where_the_user_works(self) -> None:
        """A mentor opens on their workspace, a supervisor or the admin on the dashboard (its
        tiles lead on to the approvals waiting), a clerk on the registry."""
        roles = self.desk.user.roles if self.desk.user else frozenset()
        if self.mentoring is not None and roles == {Role.MENTOR}:
            self._show_page_item(self.mentoring.page)
        elif roles & {Role.SUPERVISOR, Role.ADMIN}:
            self._show_page_item(self.dashboard)

    def _show_page_item(self, page) -> None:
        """Select ``page``'s entry in the navigation (which shows the page)."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(PAGE_ROLE) == self.pages.indexOf(page):
                self.nav.setCurrentRow(row)
                return

    def open_list(self, link):
        """The list behind a dashboard number: the queue or the registry with the number's
        filter, or the subdistricts' coverage; returns the page or dialog shown."""
        from desktop.services.dashboard.records import CaseList, CoverageList, PeopleList

        if isinstance(link, CaseList) and self.cases is not None:
            if not self._may_leave(self.pages.currentWidget()):
                return None
            self.cases.queue.show_list(link.view, link.filter)
            self.pages.setCurrentWidget(self.cases.queue)
            self._remember_view()
            return self.cases.queue
        if isinstance(link, PeopleList):
            self.registry.show_list(link.filter)
            self._show_page_item(self.registry)
            return self.registry
        if isinstance(link, CoverageList):
            from ui.dashboard.coverage_dialog import CoverageDialog

            dialog = CoverageDialog(self.desk, link, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog
        return None

    def _add_page(self, title: str, widget) -> None:
        self.nav.add_page("    " + title, self.pages.addWidget(widget))

    def _show_page(self, index: int, view: str) -> None:
        current = self.pages.currentWidget()
        if self.pages.widget(index) is not current and not self._may_leave(current):
            return
        self.pages.setCurrentIndex(index)
        if view and self.cases is not None:
            self.cases.queue.set_view(QueueView(view))

    def _may_leave(self, page) -> bool:
        """A page with unsaved edits asks first (Save / Discard / Cancel); after Cancel the
        navigation shows that page again."""
        if not callable(getattr(page, "has_unsaved", None)) or confirm_leave(self, page):
            return True
        back = self.pages.indexOf(page)
        item = next(
            (
                self.nav.item(r)
                for r in range(self.nav.count())
                if self.nav.item(r).data(PAGE_ROLE) == back
            ),
            None,
        )
        if item is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        return False

    def show_queue(self, view: QueueView = QueueView.ALL_OPEN) -> None:
        self.nav.show_view(view)

    def _remember_view(self) -> None:
        """Keep the navigation's highlight on the view the queue shows."""
        if self.cases is not None:
            item = self.nav.view_item(self.cases.queue.view)
            if item is not None and self.nav.currentItem() is not item:
                self.nav.blockSignals(True)
                self.nav.setCurrentItem(item)
                self.nav.blockSignals(False)

    def _show_counts(self) -> None:
        if self.cases is not None:
            self.nav.set_counts(self.cases.counts or self.cases.refresh_counts())

    def _on_data_changed(self, what: str) -> None:
        if what in ("case", "person"):
            self._show_counts()

    def _saved(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("บันทึกไฟล์แล้ว: ") + path, 8000)

    def show_cases_reported_by(self, person_id: int, name: str) -> None:
        if self.cases is not None:
            self.cases.show_reporter(person_id, name)
            self._remember_view()
            self.pages.setCurrentWidget(self.cases.queue)

    def _build_menu(self) -> None:
        self.file_menu = FileMenu(self.menuBar().addMenu(self.tr("แฟ้ม")))
        # One Ctrl+N for the window (two shortcuts on one key would cancel each other out):
        # a new record on the registry, a new case on the queue.
        new = QAction(
            self.tr("ใหม่ (ลงทะเบียน / รับเรื่อง)"), self, shortcut=QKeySequence.StandardKey.New
        )
        new.triggered.connect(self.new_for_page)
        roster = QAction(self.tr("พิมพ์ทะเบียนรายชื่อ…"), self, shortcut=QKeySequence("Ctrl+P"))
        roster.triggered.connect(
            lambda: self.print_actions.print_roster(self.registry.current_filter())
        )
        self.file_menu.add(FileMenu.WORK, new, roster)
        if self.desk.can(Permission.REGISTER_PERSON):
            self.import_action = QAction(self.tr("นำเข้าจากไฟล์ Excel/CSV…"), self)
            self.import_action.triggered.connect(self.import_people)
            self.file_menu.add(FileMenu.DATA, self.import_action)
        if self.desk.can(Permission.INTAKE_CASE):
            self.import_cases_action = QAction(self.tr("นำเข้าเรื่องส่งต่อจากไฟล์ Excel/CSV…"), self)
            self.import_cases_action.triggered.connect(self.import_cases)
            self.file_menu.add(FileMenu.DATA, self.import_cases_action)
        if self.backups.available():
            backup = QAction(self.tr("สำรองฐานข้อมูลตอนนี้"), self)
            backup.triggered.connect(self.backups.backup_now)
            restore = QAction(self.tr("กู้คืนฐานข้อมูลจากสำเนา…"), self)
            restore.triggered.connect(self.backups.restore)
            self.file_menu.add(FileMenu.DATA, backup, restore)
            self.backup_action, self.restore_action = backup, restore
        if self.desk.can(Permission.MANAGE_OFFICE):
            server = QAction(self.tr("การเชื่อมต่อฐานข้อมูล (เซิร์ฟเวอร์สำนักงาน)…"), self)
            server.triggered.connect(self.open_server_settings)
            self.file_menu.add(FileMenu.SETTINGS, server)
            self.server_settings_action = server

        self.password_action = QAction(self.tr("เปลี่ยนรหัสผ่านของฉัน…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("ล็อกหน้าจอ"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lockRequested)
        self.switch_user_action = QAction(self.tr("สลับผู้ใช้…"), self)
        self.switch_user_action.triggered.connect(self.switchUserRequested)
        self.sign_out_action = QAction(self.tr("ออกจากระบบ"), self)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.file_menu.add(
            FileMenu.SESSION,
            self.password_action,
            self.lock_action,
            self.switch_user_action,
            self.sign_out_action,
        )
        self.offer_session_actions(False)  # until a DeskSession answers them
        # Ctrl+Q on every system: Qt's standard Quit key is none at all on Windows.
        self.quit_action = QAction(self.tr("ออกจากโปรแกรม"), self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.add(FileMenu.QUIT, self.quit_action)
        from ui.language_menu import build_language_menu

        self.language_menu = build_language_menu(self)
        self.menuBar().addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(self.tr("ช่วยเหลือ"))
        about = QAction(self.tr("เกี่ยวกับโปรแกรม"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def offer_session_actions(self, offered: bool) -> None:
        for action in (self.lock_action, self.switch_user_action, self.sign_out_action):
            action.setEnabled(offered)

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.desk.accounts, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("เปลี่ยนรหัสผ่านแล้ว"), 8000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_server_settings(self):
        from ui.admin.server_settings_dialog import ServerSettingsDialog

        dialog = ServerSettingsDialog(
            self.desk.connection_settings, self, mover=self.desk.move_to_server
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_person(self, person_id: int) -> PersonDialog:
        dialog = PersonDialog(self.desk, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.mentoring is not None:
            self.mentoring.connect_person_dialog(dialog)
        if self.cases is not None:
            dialog.openCase.connect(self.cases.open_case)
            dialog.showReportedCases.connect(self.show_cases_reported_by)
        dialog.open()
        return dialog

    def new_for_page(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "new_if_allowed"):
            page.new_if_allowed()

    def new_person(self) -> PersonDialog | None:
        if not self.desk.can(Permission.REGISTER_PERSON):
            return None
        dialog = PersonDialog(self.desk, None, self)
        dialog.open()
        return dialog

    def import_people(self) -> ImportWizard | None:
        """The import wizard for a registry sheet (one wizard at a time)."""
        return self.open_import(people_kind())

    def import_cases(self) -> ImportWizard | None:
        """The import wizard for a sheet of reported needs."""
        return self.open_import(case_kind())

    def open_import(self, kind: ImportKind) -> ImportWizard | None:
        if not self.desk.can(kind.permission):
            return None
        current = getattr(self, "import_wizard", None)
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        self.import_wizard = ImportWizard(self.desk, kind, self, **self.import_options)
        self.import_wizard.imported.connect(self._imported)
        self.import_wizard.open()
        return self.import_wizard

    def _imported(self, result) -> None:
        self.statusBar().showMessage(
            self.tr("นำเข้าแล้ว: เพิ่ม %1 ปรับปรุง %2 ข้าม %3 ไม่ได้นำเข้า %4")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
            .replace("%4", str(result.rejected)),
            15000,
        )

    def show_about(self) -> None:
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.isMaximized():  # a geometry saved on a bigger screen
            fit_to_screen(self)

    def save_geometry(self) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())

    def confirm_discard(self) -> bool:
        """Before signing out or switching user: pages and open windows with edits ask first
        (False: the user chose to stay)."""
        return confirm_leave_all(self, parts_with_edits(self))

    def closeEvent(self, event) -> None:
        # Ctrl+Q and the close button: pages and open windows with edits ask first.
        if not self.confirm_discard():
            event.ignore()
            return
        self.save_geometry()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
