"""A shared office PC: sign out, switch user, change my password, the idle lock and Ctrl+Q,
driven through the window's File menu the way a clerk uses it."""

from __future__ import annotations

import pytest
import shiboken6
from factories import draft
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from thai_typing import type_text

from db.models import AuditEvent
from desktop.services.accounts import AccountService
from desktop.services.desk import Desk
from desktop.services.people.service import PeopleService
from ui.dialogs.own_password import ChangePasswordDialog
from ui.file_menu import FileMenu
from ui.session import DeskSession

PASSWORD = "password-123"  # tests/factories.make_user
TYPED = "สมปอง"


class Quits:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def people(clerk) -> None:
    svc = PeopleService(clerk)
    for i, first in enumerate(["สมชาย", "ประเสริฐ"]):
        svc.register(draft(200 + i, first_name=first))


@pytest.fixture
def sessions(qapp, admin, people, mentor):
    """Sessions on the test database; their windows go away at the end without signing out."""
    made: list[DeskSession] = []

    def make(**kwargs) -> DeskSession:
        session = DeskSession(Desk(admin.as_user(None)), quit_app=Quits(), **kwargs)
        made.append(session)
        return session

    yield make
    for session in made:
        session.idle.stop()
        session.window = None
    for w in QApplication.topLevelWidgets():
        if w.parent() is None:  # a parent takes its popups and dialogs with it
            w.hide()
            w.deleteLater()
    flush_deletes()


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def user_of(ctx, username: str):
    return AccountService(ctx).authenticate(username, PASSWORD)


def sign_in(qtbot, dialog, username: str, password: str = PASSWORD) -> None:
    assert dialog.isVisible() and dialog.username.text() == ""  # for anyone: no name kept
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def audited(ctx, action: str) -> list[str]:
    with ctx.unit_of_work() as s:
        return list(
            s.scalars(
                select(AuditEvent.username)
                .where(AuditEvent.action == action)
                .order_by(AuditEvent.id)
            )
        )


def open_record_and_type(qtbot, window):
    """The clerk opens the first record and types a new first name, not saved yet."""
    dialog = window.open_person(window.registry.model.row_at(0).id)
    field = dialog.form.first_name
    field.clear()
    type_text(qtbot, field, TYPED)
    return dialog, field


def test_the_file_menu_holds_the_session_actions_in_order(sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    menu = window.file_menu
    assert menu.menu.title() == "แฟ้ม"
    assert [a.text() for a in menu.actions_in(FileMenu.SESSION)] == [
        "เปลี่ยนรหัสผ่านของฉัน…",
        "ล็อกหน้าจอ",
        "สลับผู้ใช้…",
        "ออกจากระบบ",
    ]
    assert [a.text() for a in menu.actions_in(FileMenu.QUIT)] == ["ออกจากโปรแกรม"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert all(a.isEnabled() for a in menu.actions_in(FileMenu.SESSION))
    # Another feature's action lands in its own section, the quit action stays last.
    extra = window.file_menu.menu.addAction("x")
    window.file_menu.menu.removeAction(extra)
    window.file_menu.add(FileMenu.DATA, extra)
    assert menu.actions_in(FileMenu.DATA)[-1] is extra
    assert menu.menu.actions()[-2] is window.quit_action  # then its section's end


def test_sign_out_then_another_user_sees_nothing_of_the_first(qtbot, sessions, anonymous):
    session = sessions()
    first = session.start(user_of(anonymous, "clerk"))
    first_ctx = first.desk.ctx
    assert "ผู้ใช้ clerk" in first.who.text()
    type_text(qtbot, first.registry.search, "สมชาย")
    record, _field = open_record_and_type(qtbot, first)

    first.sign_out_action.trigger()
    dialog = session.sign_in_dialog
    assert visible_windows() == [dialog]  # the window and the open record are gone
    flush_deletes()
    assert not shiboken6.isValid(first) and not shiboken6.isValid(record)
    assert audited(anonymous, "logout") == ["clerk"]

    sign_in(qtbot, dialog, "mentor")
    second = session.window
    assert dialog.error.error() == "", dialog.error.error()
    assert second is not None and second.desk.user.username == "mentor"
    assert second.desk.ctx is not first_ctx and first_ctx.user.username == "clerk"
    assert "ผู้ใช้ mentor" in second.who.text() and "clerk" not in second.who.text()
    assert second.registry.search.text() == ""
    assert visible_windows() == [second]
    assert session.quit_app.count == 0


def test_cancelling_the_sign_in_after_signing_out_quits(qtbot, sessions, anonymous):
    session = sessions()
    session.start(user_of(anonymous, "clerk")).sign_out_action.trigger()
    session.sign_in_dialog.reject()
    assert session.quit_app.count == 1 and session.window is None


def test_switch_user_keeps_the_first_window_until_someone_else_signs_in(
    qtbot, sessions, anonymous, unsaved_answers
):
    session = sessions()
    first = session.start(user_of(anonymous, "clerk"))
    record, field = open_record_and_type(qtbot, first)

    unsaved_answers.answer = "cancel"  # the typed record asks first; the clerk stays
    first.switch_user_action.trigger()
    assert unsaved_answers.asked and session.sign_in_dialog is None
    assert first.isVisible() and field.text() == TYPED

    record.discard()
    first.switch_user_action.trigger()  # nothing typed: nothing to ask
    assert not first.isVisible()  # nothing of it shows
    session.sign_in_dialog.reject()  # nobody signed in: the clerk carries on
    assert first.isVisible() and session.window is first
    assert audited(anonymous, "logout") == []

    first.switch_user_action.trigger()
    sign_in(qtbot, session.sign_in_dialog, "admin", "admin-pass-1")
    second = session.window
    assert second is not first and second.desk.user.username == "admin"
    assert visible_windows() == [second]
    flush_deletes()
    assert not shiboken6.isValid(first)
    assert audited(anonymous, "logout") == ["clerk"]
    assert session.quit_app.count == 0


def test_signing_out_asks_the_windows_discard_check_first(qtbot, sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    answers = [False, True]
    window.confirm_discard = lambda: answers.pop(0)
    window.sign_out_action.trigger()  # "cancel": nothing happens
    assert window.isVisible() and session.window is window and session.sign_in_dialog is None
    window.sign_out_action.trigger()
    assert not window.isVisible() and session.sign_in_dialog.isVisible()


def test_ctrl_q_quits_and_signs_out(qtbot, sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert session.quit_app.count == 1
    assert audited(anonymous, "logout") == ["clerk"]


# -- my own password -----------------------------------------------------------------------


def open_password_dialog(window) -> ChangePasswordDialog:
    window.password_action.trigger()
    (dialog,) = [d for d in window.findChildren(ChangePasswordDialog) if d.isVisible()]
    return dialog


def change(qtbot, dialog, current: str, new: str, repeat: str | None = None) -> None:
    for field in (dialog.current, dialog.password, dialog.confirm):
        field.clear()
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.password, new)
    qtbot.keyClicks(dialog.confirm, new if repeat is None else repeat)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_change_my_password_from_the_file_menu(qtbot, sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    dialog = open_password_dialog(window)
    assert dialog.focusWidget() is dialog.current or dialog.current.hasFocus()

    change(qtbot, dialog, "not-my-password", "new-password-1")
    assert dialog.isVisible()
    assert dialog.errors["current"].error() == "รหัสผ่านปัจจุบันไม่ถูกต้อง"
    assert dialog.current.text() == ""  # typed again, never left in the field

    change(qtbot, dialog, PASSWORD, "new-password-1", "new-password-2")
    assert dialog.isVisible()
    assert dialog.errors["confirm"].error() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    assert dialog.errors["current"].isHidden()

    change(qtbot, dialog, PASSWORD, "short")
    assert dialog.errors["password"].error() == "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร"

    change(qtbot, dialog, PASSWORD, "new-password-1")
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "เปลี่ยนรหัสผ่านแล้ว"
    assert audited(anonymous, "change_password") == ["clerk"]

    # Signed out, the clerk comes back with the new password only.
    window.sign_out_action.trigger()
    login = session.sign_in_dialog
    qtbot.keyClicks(login.username, "clerk")
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.isVisible() and session.window is None
    login.password.clear()
    qtbot.keyClicks(login.password, "new-password-1")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert session.window is not None and session.window.desk.user.username == "clerk"


# -- the idle lock -------------------------------------------------------------------------


def test_idle_lock_covers_the_window_and_keeps_the_typed_text(qtbot, sessions, admin, anonymous):
    AccountService(admin).set_idle_lock_minutes(1)
    session = sessions(minute_ms=150)  # one "minute" of the office's setting is 150 ms here
    window = session.start(user_of(anonymous, "clerk"))
    record, field = open_record_and_type(qtbot, window)
    assert session.idle.idle_ms == 150 and not session.is_locked()

    qtbot.waitUntil(session.is_locked, timeout=3000)
    lock = session.lock_screen
    assert lock.isVisible() and lock.isModal()
    assert lock.who.text() == "ผู้ใช้ที่เข้าสู่ระบบอยู่: ผู้ใช้ clerk (clerk)"
    assert record.windowOpacity() == 0.0  # the open record is hidden from view, not closed
    assert lock.geometry() == window.geometry()
    assert not window.poller.running  # no refreshes under the cover
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Escape does not open it
    assert lock.isVisible()

    qtbot.keyClicks(lock.password, "admin-pass-1")  # not the clerk's password
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert lock.isVisible() and lock.error.error() == "รหัสผ่านไม่ถูกต้อง"
    assert lock.password.text() == ""

    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not session.is_locked() and not lock.isVisible()
    assert record.isVisible() and record.windowOpacity() == 1.0
    assert field.text() == TYPED  # the work is kept
    assert session.idle.is_watching()  # and the next idle spell locks again
    assert window.poller.running
    assert audited(anonymous, "unlock_screen") == ["clerk"]


def test_wrong_passwords_at_the_lock_lock_the_account(qtbot, sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    window.lock_action.trigger()
    lock = session.lock_screen
    for _ in range(5):
        qtbot.keyClicks(lock.password, "guessing")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert "ถูกล็อกชั่วคราว" in lock.error.error()
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert lock.isVisible() and "ถูกล็อกชั่วคราว" in lock.error.error()

    # What is left is signing out, without the discard question (not this person's work).
    window.confirm_discard = lambda: pytest.fail("asked whoever is at the lock")
    qtbot.mouseClick(lock.sign_out_button, Qt.MouseButton.LeftButton)
    assert visible_windows() == [session.sign_in_dialog]  # the window went with all in it
    assert session.window is None and audited(anonymous, "logout") == ["clerk"]
    sign_in(qtbot, session.sign_in_dialog, "mentor")
    assert session.window.desk.user.username == "mentor"


def test_input_keeps_the_lock_away(qtbot, sessions, anonymous):
    now = [0.0]
    session = sessions(idle_clock=lambda: now[0])
    window = session.start(user_of(anonymous, "clerk"))  # 10 minutes: the office's default
    assert session.idle.idle_ms == 10 * 60_000
    now[0] = 9 * 60.0
    assert not session.idle.check()
    type_text(qtbot, window.registry.search, "ส")  # someone is there
    now[0] = 18 * 60.0
    assert not session.idle.check() and not session.is_locked()
    qtbot.mouseClick(window.registry.search, Qt.MouseButton.LeftButton)
    now[0] = 27 * 60.0
    assert not session.idle.check()
    now[0] = 37 * 60.0 + 1
    assert session.idle.check() and session.is_locked()


def test_the_office_can_turn_the_lock_off(qtbot, sessions, admin, anonymous):
    now = [0.0]
    session = sessions(idle_clock=lambda: now[0])
    window = session.start(user_of(anonymous, "clerk"))
    assert session.idle.is_watching()
    AccountService(admin).set_idle_lock_minutes(0)
    bus_signal().emit("office")  # as the administrator's page announces it
    assert not session.idle.is_watching()
    now[0] = 10_000.0
    assert not session.idle.check() and not session.is_locked()
    assert window.lock_action.isEnabled()  # locking by hand still works
    window.lock_action.trigger()
    assert session.is_locked()


def test_the_administrator_sets_the_idle_minutes_on_the_users_page(qtbot, admin, clerk):
    from ui.admin.users_page import UsersPage

    page = UsersPage(AccountService(admin))
    qtbot.addWidget(page)
    assert page.idle_minutes.value() == 10
    page.idle_minutes.setValue(0)
    assert page.idle_minutes.text() == "ไม่ล็อก"
    page.idle_minutes.setValue(25)
    with qtbot.waitSignal(bus_signal(), check_params_cb=lambda what: what == "office"):
        page.save_idle_lock()
    assert AccountService(clerk).office().idle_lock_minutes == 25

    clerks_page = UsersPage(AccountService(clerk))  # a clerk sees no office setting
    qtbot.addWidget(clerks_page)
    assert not hasattr(clerks_page, "idle_minutes")


def bus_signal():
    from ui.operations import bus

    return bus().dataChanged


def test_switching_to_oneself_keeps_the_window(qtbot, sessions, anonymous):
    session = sessions()
    window = session.start(user_of(anonymous, "clerk"))
    _record, field = open_record_and_type(qtbot, window)
    window.switch_user_action.trigger()
    sign_in(qtbot, session.sign_in_dialog, "clerk")
    assert session.window is window and window.isVisible() and field.text() == TYPED
    assert audited(anonymous, "logout") == [] and session.idle.is_watching()
