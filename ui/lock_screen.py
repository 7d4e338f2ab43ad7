"""The locked window: a cover over the main window that says who is signed in and opens
again only for that user's password (wrong ones pause and lock the account as at sign-in), or
signs out. Everything underneath stays as it was: open dialogs and what was typed in them.

The cover is an application-modal dialog laid over the window, so nothing under it takes a
key or a click. The application's other windows (a record being edited, a question box) are
made transparent while it is up rather than hidden: hiding a dialog would end its ``exec()``
and lose what it was doing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME_TH
from desktop.domain.errors import AuthenticationFailed
from desktop.domain.records import UserInfo
from desktop.services.accounts import AccountService
from ui.widgets.field_error import FieldError


class Veil:
    """The application's other visible windows made transparent, and given back as they were."""

    def __init__(self, *keep: QWidget) -> None:
        self._veiled: list[tuple[QWidget, float]] = []
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w not in keep and w.windowOpacity() > 0:
                self._veiled.append((w, w.windowOpacity()))
                w.setWindowOpacity(0.0)

    def veiled(self) -> list[QWidget]:
        return [w for w, _ in self._veiled if shiboken6.isValid(w)]

    def lift(self) -> None:
        for w, opacity in self._veiled:
            if shiboken6.isValid(w):
                w.setWindowOpacity(opacity)
        self._veiled.clear()


class LockScreen(QDialog):  # covers the window exactly: never fit_to_screen
    unlocked = Signal(object)  # UserInfo
    signOutRequested = Signal()

    def __init__(self, accounts: AccountService, window: QWidget) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.accounts = accounts
        self.window_under = window
        self._open = False
        self._veil: Veil | None = None
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("หน้าจอถูกล็อก — ") + APP_NAME_TH)
        self.setStyleSheet("#lockScreen { background: #24364b; } #lockPanel { background: white; }")

        user = accounts.ctx.user
        title = QLabel(APP_NAME_TH)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        locked = QLabel(self.tr("หน้าจอถูกล็อกไว้ งานที่เปิดค้างอยู่ยังอยู่ครบ"))
        locked.setWordWrap(True)
        self.who = QLabel(
            self.tr("ผู้ใช้ที่เข้าสู่ระบบอยู่: ") + (f"{user.full_name} ({user.username})" if user else "-"),
            objectName="lockedUser",
        )
        self.who.setWordWrap(True)
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("รหัสผ่านของผู้ใช้นี้"))
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = FieldError()
        self.error.setObjectName("unlockError")
        self.unlock_button = QPushButton(self.tr("ปลดล็อก"), objectName="unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(self.tr("ออกจากระบบ…"), objectName="lockSignOut")
        self.sign_out_button.setToolTip(
            self.tr("ออกจากระบบเพื่อให้ผู้อื่นเข้าใช้ งานที่ยังไม่ได้บันทึกของผู้ใช้นี้จะหายไป")
        )
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.signOutRequested)

        panel = QFrame(objectName="lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        p = QVBoxLayout(panel)
        p.setContentsMargins(24, 20, 24, 20)
        for w in (title, locked, self.who, self.password, self.error):
            p.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        p.addLayout(buttons)
        panel.setMaximumWidth(480)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def lock(self) -> None:
        """Cover the window (and veil the others) now."""
        self._open = True
        self._veil = Veil(self, self.window_under)
        self.setGeometry(self.window_under.geometry())
        self.password.clear()
        self.error.setError(None)
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def is_locked(self) -> bool:
        return self._open

    def try_unlock(self) -> UserInfo | None:
        try:
            user = self.accounts.unlock_session(self.password.text())
        except AuthenticationFailed as exc:
            self.password.clear()
            self.error.setError(exc.message)
            self.password.setFocus()
            return None
        self.release()
        self.unlocked.emit(user)
        return user

    def release(self, *, lift_veil: bool = True) -> None:
        """Take the cover away; the veiled windows come back unless the session is ending."""
        self._open = False
        if self._veil is not None and lift_veil:
            self._veil.lift()
        self._veil = None
        self.password.clear()
        self.hide()

    # The cover goes only by the password or signing out: not by Escape, nor Alt+F4.
    def reject(self) -> None:
        if not self._open:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        if self._open:
            event.ignore()
        else:
            super().closeEvent(event)
