"""Who is at this shared PC: the window built for the signed-in user, and handing the PC over.

- **Sign out**: the window and everything in it (open records, the pages' data) is closed and
  destroyed, the sign-in dialog opens for anyone; cancelling it quits the application.
- **Switch user**: the sign-in dialog opens while the window is put aside (hidden, its dialogs
  veiled); when someone signs in, the window is destroyed and a new one is built for them;
  cancelling brings the previous user's window back as it was.
- **Lock**: after the office's idle minutes (``IdleWatch``) or on request, ``LockScreen``
  covers the window; only the same user's password opens it, and signing out from it leads
  to the sign-in dialog.

Each user gets a new ``Desk`` on a new ``ServiceContext`` (``Desk.signed_in_as``), so no
service keeps the previous user. Before anything is closed the window's ``confirm_discard()``
is asked, when it has one (the unsaved-changes check): False keeps everything as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.domain.records import UserInfo
from desktop.services.desk import Desk
from ui.dialogs.sign_in import SignInDialog
from ui.idle_lock import IdleWatch
from ui.lock_screen import LockScreen, Veil
from ui.operations import bus

MINUTE_MS = 60_000

WindowFactory = Callable[[Desk], QWidget]


def _main_window(desk: Desk) -> QWidget:
    from ui.main_window import MainWindow

    return MainWindow(desk)


class DeskSession(QObject):
    def __init__(
        self,
        desk: Desk,
        *,
        make_window: WindowFactory = _main_window,
        quit_app: Callable[[], None] | None = None,
        minute_ms: int = MINUTE_MS,
        idle_clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = desk.signed_in_as(None) if desk.user is not None else desk
        self.make_window = make_window
        self.quit_app = quit_app or QApplication.quit
        self.minute_ms = minute_ms
        self.window: QWidget | None = None
        self.lock_screen: LockScreen | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.idle = IdleWatch(clock=idle_clock, parent=self)
        self.idle.idle.connect(self.lock)
        bus().dataChanged.connect(self._on_data_changed)

    @property
    def user(self) -> UserInfo | None:
        return self.window.desk.user if self.window is not None else None

    # -- a user at the PC ------------------------------------------------------------------
    def start(self, user: UserInfo) -> QWidget:
        """Build and show the window for ``user`` (after the first sign-in, or a new one)."""
        window = self.make_window(self.base.signed_in_as(user))
        self.window = window
        for signal, slot in (
            ("signOutRequested", self.sign_out),
            ("switchUserRequested", self.switch_user),
            ("lockRequested", self.lock),
            ("closed", self._closed),
        ):
            if hasattr(window, signal):
                getattr(window, signal).connect(slot)
        if hasattr(window, "offer_session_actions"):
            window.offer_session_actions(True)
        self.lock_screen = LockScreen(window.desk.accounts, window)
        self.lock_screen.unlocked.connect(lambda _user: self._unlocked())
        self.lock_screen.signOutRequested.connect(lambda: self.sign_out(ask=False))
        window.show()
        self._watch_idle()
        return window

    def _watch_idle(self) -> None:
        office = self.window.desk.office() if self.window is not None else None
        minutes = office.idle_lock_minutes if office is not None else 0
        self.idle.set_idle_ms(minutes * self.minute_ms)
        self.idle.start()

    def _on_data_changed(self, what: str) -> None:
        # An administrator changed the office's idle minutes: this PC follows from now.
        window = self.window
        if what == "office" and window is not None and window.isVisible() and not self.is_locked():
            self._watch_idle()

    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.lock_screen.is_locked()

    def lock(self) -> LockScreen | None:
        if self.window is None or self.lock_screen is None:
            return None
        self.idle.stop()
        self.window.poller.pause()  # nobody reads the views while they are covered
        if not self.lock_screen.is_locked():
            self.lock_screen.lock()
        return self.lock_screen

    def _unlocked(self) -> None:
        if self.window is not None:
            self.window.poller.resume()
        self.idle.start()

    # -- handing the PC over ---------------------------------------------------------------
    def _may_discard(self) -> bool:
        confirm = getattr(self.window, "confirm_discard", None)
        return confirm is None or bool(confirm())

    def sign_out(self, *, ask: bool = True) -> SignInDialog | None:
        """Close this user's window (after ``confirm_discard`` unless ``ask`` is False, as
        from the lock screen, where whoever is at the PC must not save another's work) and
        open the sign-in dialog for anyone; None when the user chose to keep working."""
        if self.window is None or (ask and not self._may_discard()):
            return None
        self.window.desk.accounts.sign_out()
        dialog = self._ask_sign_in()
        self._close_window()
        dialog.accepted.connect(lambda: self.start(dialog.user()))
        dialog.rejected.connect(self.quit_app)
        return dialog

    def switch_user(self) -> SignInDialog | None:
        """Another user signs in here; the previous window stays, put aside, until they have."""
        if self.window is None or not self._may_discard():
            return None
        previous = self.window
        self.idle.stop()
        veil = Veil()
        previous.hide()
        dialog = self._ask_sign_in()

        def back() -> None:
            if shiboken6.isValid(previous) and self.window is previous:
                veil.lift()
                previous.show()
                self.idle.start()

        def signed_in() -> None:
            user = dialog.user()
            if user is None or (previous.desk.user and user.id == previous.desk.user.id):
                back()  # the same user again: their window as they left it
                return
            previous.desk.accounts.sign_out()
            self._close_window()
            self.start(user)

        dialog.accepted.connect(signed_in)
        dialog.rejected.connect(back)
        return dialog

    def _ask_sign_in(self) -> SignInDialog:
        office = self.base.office()
        dialog = SignInDialog(self.base.accounts, office.office_name if office else "")
        dialog.username.clear()  # for anyone: not the name of whoever used the PC last
        dialog.username.setFocus()
        self.sign_in_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _close_window(self) -> None:
        """Destroy the window with every dialog it owns: nothing of this user stays on screen."""
        window, self.window = self.window, None
        self.idle.stop()
        if window is None:
            return
        if self.lock_screen is not None:
            self.lock_screen.release(lift_veil=False)
        self.lock_screen = None
        if hasattr(window, "save_geometry"):
            window.save_geometry()
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)  # ends an exec() too
        window.hide()
        window.deleteLater()

    def _closed(self) -> None:
        """The window was closed (Quit, Ctrl+Q, the close button): the user has left, and
        the application ends (it does not quit by itself when its last window closes, since
        between two users no window is open)."""
        if self.window is not None:
            self.window.desk.accounts.sign_out()
            self.idle.stop()
            self.window = None
        self.quit_app()
