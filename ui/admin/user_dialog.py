"""Add a user or change a user's roles; set a new password for a user who forgot theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.domain.errors import DeskError, DuplicateError
from desktop.domain.people import Role
from desktop.domain.records import UserInfo
from desktop.services.accounts import AccountService
from ui.dialogs.form_dialog import FormDialog
from ui.domain_labels import label_of
from ui.operations import run_op


class UserDialog(FormDialog):
    """Without ``user``: a new account. With ``user``: that account's roles, nothing else."""

    saved = Signal(object)  # UserInfo

    def __init__(self, accounts: AccountService, user: UserInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.accounts, self.user = accounts, user
        editing = user is not None
        self.setWindowTitle(
            self.tr("แก้ไขบทบาท — ") + user.username if editing else self.tr("เพิ่มผู้ใช้")
        )
        if editing:
            self.form.addRow(self.tr("ชื่อผู้ใช้"), QLabel(user.username, objectName="usernameLabel"))
            self.form.addRow(self.tr("ชื่อ-สกุล"), QLabel(user.full_name, objectName="fullNameLabel"))
        else:
            self.username = self.add_row("username", self.tr("ชื่อผู้ใช้ (ภาษาอังกฤษ) *"), QLineEdit())
            self.username.setPlaceholderText(self.tr("เช่น somchai.j"))
            self.full_name = self.add_row("full_name", self.tr("ชื่อ-สกุล *"), QLineEdit())
            self.position = self.add_row("position", self.tr("ตำแหน่ง"), QLineEdit())
            self.password = self.password_row("password", self.tr("รหัสผ่าน *"))
            self.confirm = self.password_row("confirm", self.tr("ยืนยันรหัสผ่าน *"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(Role):
            box = QCheckBox(label_of(role), objectName=f"role_{role.value}")
            box.setChecked(editing and role in user.roles)
            self.role_boxes[role] = box
            grid.addWidget(box, i // 2, i % 2)
        self.add_row("roles", self.tr("บทบาท *"), roles, level_with=self.role_boxes[Role.ADMIN])

    def roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def submit(self) -> UserInfo | None:
        if self.user is None:
            errors = self.confirm_error(self.password, self.confirm)
            self.show_errors(errors)
            if errors:
                return None
        result = run_op(self, self._save, changed="user", on_error=self.on_error)
        if result is not None:
            self.saved.emit(result)
            self.accept()
        return result

    def _save(self) -> UserInfo:
        if self.user is not None:
            return self.accounts.set_roles(self.user.username, self.roles())
        return self.accounts.add_user(
            self.username.text().strip(),
            self.full_name.text(),
            self.password.text(),
            self.roles(),
            self.position.text(),
        )

    def on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, DuplicateError) and self.user is None:
            self.show_errors({"username": exc.message})
            return True
        return super().on_error(exc)


class PasswordDialog(FormDialog):
    """An administrator sets a new password; the user signs in with it and keeps it."""

    saved = Signal(str)  # the username

    def __init__(self, accounts: AccountService, username: str, parent=None) -> None:
        super().__init__(parent)
        self.accounts, self.username = accounts, username
        self.setWindowTitle(self.tr("ตั้งรหัสผ่านใหม่ — ") + username)
        self.ok_button.setText(self.tr("ตั้งรหัสผ่าน"))
        self.password = self.password_row("password", self.tr("รหัสผ่านใหม่"))
        self.confirm = self.password_row("confirm", self.tr("ยืนยันรหัสผ่านใหม่"))

    def submit(self) -> bool:
        errors = self.confirm_error(self.password, self.confirm)
        self.show_errors(errors)
        if errors:
            return False

        def reset() -> bool:
            self.accounts.reset_password(self.username, self.password.text())
            return True

        done = run_op(self, reset, changed="user", on_error=self.on_error)
        if done:
            self.saved.emit(self.username)
            self.accept()
        return bool(done)
