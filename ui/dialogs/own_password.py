"""The signed-in user changes their own password: the current one, the new one twice.

A wrong current password counts towards the sign-in lock (the service pauses and locks as at
sign-in), so an unattended open window is no way to take an account over.
"""

from __future__ import annotations

from desktop.domain.errors import DeskError, ValidationError
from desktop.services.accounts import AccountService
from ui.dialogs.form_dialog import FormDialog
from ui.operations import run_op


class ChangePasswordDialog(FormDialog):
    def __init__(self, accounts: AccountService, parent=None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        user = accounts.ctx.user
        self.setWindowTitle(self.tr("เปลี่ยนรหัสผ่านของฉัน") + (f" — {user.username}" if user else ""))
        self.ok_button.setText(self.tr("เปลี่ยนรหัสผ่าน"))
        self.current = self.password_row("current", self.tr("รหัสผ่านปัจจุบัน"))
        self.password = self.password_row("password", self.tr("รหัสผ่านใหม่"))
        self.confirm = self.password_row("confirm", self.tr("ยืนยันรหัสผ่านใหม่"))
        self.current.setFocus()

    def submit(self) -> bool:
        errors = self.confirm_error(self.password, self.confirm)
        self.show_errors(errors)
        if errors:
            return False

        def change() -> bool:
            self.accounts.change_own_password(self.current.text(), self.password.text())
            return True

        done = run_op(self, change, changed="user", on_error=self.on_error)
        if done:
            self.accept()
        return bool(done)

    def on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, ValidationError) and "current" in exc.fields:
            self.current.clear()  # a refused password is typed again, never left in the field
        return super().on_error(exc)
