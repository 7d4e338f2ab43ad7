"""The administrator's list of user accounts: add, change roles, suspend or re-enable, new password,
and unlock an account locked after repeated wrong passwords.

Each action opens its dialog with ``open()`` and returns it, so the window stays responsive and
tests can fill the dialog in without a nested event loop. Every change goes through
``run_op``, whose "user" data-changed signal makes the page reload the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.domain.sessions import DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES_RANGE
from desktop.services.accounts import AccountService
from ui.admin.user_dialog import PasswordDialog, UserDialog
from ui.admin.users_model import COL_ROLES, USER_ROLE, UsersTableModel
from ui.operations import bus, run_op
from ui.widgets.field_error import FieldError, validation_into


class UsersPage(QWidget):
    def __init__(self, accounts: AccountService, parent=None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.model = UsersTableModel(self)
        self._build()
        bus().dataChanged.connect(self._on_data_changed)
        self.refresh()

    def _build(self) -> None:
        self.notice = QLabel(objectName="noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background:#fdecea; color:#8c1d18; padding:6px; border-radius:4px;"
        )
        self.notice.hide()

        self.table = QTableView(objectName="usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ROLES, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((140, 220, 200)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_roles())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("เพิ่มผู้ใช้…"), objectName="addUserButton")
        self.roles_button = QPushButton(self.tr("แก้ไขบทบาท…"), objectName="editRolesButton")
        self.active_button = QPushButton(self.tr("ระงับการใช้งาน"), objectName="toggleActiveButton")
        self.password_button = QPushButton(
            self.tr("ตั้งรหัสผ่านใหม่…"), objectName="resetPasswordButton"
        )
        self.unlock_button = QPushButton(self.tr("ปลดล็อก"), objectName="unlockButton")
        self.unlock_button.setToolTip(self.tr("ผู้ใช้นี้ใส่รหัสผ่านผิดหลายครั้งจนถูกล็อกชั่วคราว"))
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button.clicked.connect(self.unlock)
        self.roles_button.clicked.connect(self.edit_roles)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.count_label = QLabel(objectName="countLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for b in (
            self.add_button,
            self.roles_button,
            self.active_button,
            self.password_button,
            self.unlock_button,
        ):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if self.accounts.ctx.can(Permission.MANAGE_OFFICE):
            layout.addWidget(self._idle_lock_box())

    def _idle_lock_box(self) -> QGroupBox:
        """The office's idle lock: every PC locks after this many minutes without input."""
        self.idle_minutes = QSpinBox(objectName="idleLockMinutes")
        self.idle_minutes.setRange(*IDLE_LOCK_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" นาที"))
        self.idle_minutes.setSpecialValueText(self.tr("ไม่ล็อก"))
        office = run_op(self, self.accounts.office)
        self.idle_minutes.setValue(
            office.idle_lock_minutes if office is not None else DEFAULT_IDLE_LOCK_MINUTES
        )
        self.save_idle_button = QPushButton(self.tr("บันทึก"), objectName="saveIdleLock")
        self.save_idle_button.clicked.connect(self.save_idle_lock)
        self.idle_message = FieldError()
        box = QGroupBox(self.tr("ล็อกหน้าจอเมื่อไม่มีการใช้งาน"))
        b = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "ทุกเครื่องของสำนักงานจะล็อกหน้าจอเมื่อไม่มีการกดแป้นหรือเมาส์นานเท่านี้"
                " ผู้ใช้ปลดล็อกด้วยรหัสผ่านของตน งานที่เปิดค้างไว้ยังอยู่ (0 = ไม่ล็อก)"
            )
        )
        explain.setWordWrap(True)
        b.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("ล็อกเมื่อไม่มีการใช้งาน")))
        row.addWidget(self.idle_minutes)
        row.addWidget(self.save_idle_button)
        row.addStretch(1)
        b.addLayout(row)
        b.addWidget(self.idle_message)
        return box

    def save_idle_lock(self) -> int | None:
        minutes = self.idle_minutes.value()
        self.idle_message.setError(None)
        saved = run_op(
            self,
            lambda: self.accounts.set_idle_lock_minutes(minutes),
            changed="office",
            on_error=validation_into(self.idle_message),
        )
        if saved is not None:
            self.idle_message.setError(None)
        return saved

    # -- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_user()
        users = run_op(self, self.accounts.list_users, on_error=self._show_notice)
        self.model.set_users(users or [])
        self.add_button.setEnabled(users is not None)
        if users is not None:
            self.notice.hide()
            self.count_label.setText(self.tr("ผู้ใช้ %1 คน").replace("%1", str(len(users))))
        if keep is not None:
            self.select(keep.username)
        self._update_buttons()

    def _show_notice(self, exc: DeskError) -> bool:
        # A page that cannot load says why in place, rather than in a box on top of the window.
        self.notice.setText(exc.message)
        self.notice.show()
        self.count_label.clear()
        return True

    def _on_data_changed(self, what: str) -> None:
        if what == "user":
            self.refresh()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(USER_ROLE) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for b in (self.roles_button, self.active_button, self.password_button):
            b.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("เปิดใช้งาน") if user is not None and not user.active else self.tr("ระงับการใช้งาน")
        )
        self.unlock_button.setEnabled(user is not None and self._is_locked(user.username))

    def _is_locked(self, username: str) -> bool:
        try:
            return self.accounts.is_locked(username)
        except DeskError:  # gone meanwhile, or no longer allowed: nothing to unlock here
            return False

    # -- actions ---------------------------------------------------------------------------
    def add_user(self) -> UserDialog:
        dialog = UserDialog(self.accounts, None, self)
        dialog.saved.connect(lambda user: self.select(user.username))
        return self._open(dialog)

    def edit_roles(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self._open(UserDialog(self.accounts, user, self))

    def reset_password(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self._open(PasswordDialog(self.accounts, user.username, self))

    def toggle_active(self) -> UserInfo | None:
        user = self.selected_user()
        if user is None:
            return None
        return run_op(
            self, lambda: self.accounts.set_active(user.username, not user.active), changed="user"
        )

    def unlock(self) -> UserInfo | None:
        user = self.selected_user()
        if user is None:
            return None
        return run_op(self, lambda: self.accounts.unlock(user.username), changed="user")

    def _open(self, dialog):
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
