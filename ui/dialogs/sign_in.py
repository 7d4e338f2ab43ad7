"""Sign-in on a shared office PC: username and password, the reason shown inline on failure."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop import APP_NAME_TH
from desktop.domain.errors import AuthenticationFailed
from desktop.domain.records import UserInfo
from desktop.services.accounts import AccountService
from ui.dialogs.entry_dialog import EntryDialog
from ui.widgets.field_error import FieldError

LAST_USERNAME_KEY = "ui/last_username"
FIELD_WIDTH = 260


class SignInDialog(EntryDialog):
    ask_before_discarding = False  # a half-typed password is nothing to keep

    def __init__(
        self,
        accounts: AccountService,
        office_name: str = "",
        parent=None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.settings = settings if settings is not None else QSettings()
        self._user: UserInfo | None = None
        self.setWindowTitle(self.tr("เข้าสู่ระบบ — ") + APP_NAME_TH)

        app_name = QLabel(APP_NAME_TH, objectName="appName")
        font = app_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        app_name.setFont(font)
        self.office_label = QLabel(office_name, objectName="officeName")
        self.office_label.setVisible(bool(office_name))

        self.username = QLineEdit(objectName="usernameField")
        self.password = QLineEdit(objectName="passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password):
            edit.setMinimumWidth(FIELD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("ชื่อผู้ใช้"), self.username)
        form.addRow(self.tr("รหัสผ่าน"), self.password)

        self.error = FieldError()
        self.error.setObjectName("signInError")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("เข้าสู่ระบบ"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)  # Enter in either field signs in
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ออก"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(app_name)
        layout.addWidget(self.office_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        last = str(self.settings.value(LAST_USERNAME_KEY, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    def first_field(self) -> QLineEdit:
        return self.password if self.username.text() else self.username

    def save(self) -> UserInfo | None:
        return self.submit()

    def user(self) -> UserInfo | None:
        return self._user

    def submit(self) -> UserInfo | None:
        username = self.username.text().strip()
        if not username:
            self._fail(self.tr("กรุณากรอกชื่อผู้ใช้"), self.username)
            return None
        try:
            user = self.accounts.authenticate(username, self.password.text())
        except AuthenticationFailed as exc:
            self.password.clear()
            self._fail(exc.message, self.password)
            return None
        self._user = user
        self.settings.setValue(LAST_USERNAME_KEY, user.username)
        self.error.setError(None)
        self.accept()
        return user

    def _fail(self, message: str, focus: QLineEdit) -> None:
        self.error.setError(message)
        focus.setFocus()
