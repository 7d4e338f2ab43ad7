"""First run on an empty database and signing in, driven the way a clerk types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from thai_typing import type_text

from desktop.domain.errors import AuthenticationFailed
from desktop.services.accounts import AccountService
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.sign_in import LAST_USERNAME_KEY, SignInDialog

WRONG = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
SUSPENDED = "บัญชีผู้ใช้นี้ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """A settings file of the test's own, so nothing reaches the real user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- first run -----------------------------------------------------------------------------


def open_first_run(qtbot, anonymous) -> tuple[FirstRunDialog, AccountService]:
    accounts = AccountService(anonymous)
    assert accounts.is_first_run()
    dialog = FirstRunDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, accounts


def choose_province(dialog: FirstRunDialog, code: str) -> None:
    index = dialog.province.findData(code)
    assert index >= 0, code
    dialog.province.setCurrentIndex(index)


def fill_admin(qtbot, dialog: FirstRunDialog, *, password="a-strong-pass", confirm=None) -> None:
    qtbot.keyClicks(dialog.username, "boss")
    type_text(qtbot, dialog.full_name, "สมศรี ผู้ดูแล")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.confirm, password if confirm is None else confirm)


def test_first_run_creates_the_office_and_its_administrator(qtbot, anonymous):
    dialog, accounts = open_first_run(qtbot, anonymous)
    assert dialog.province.count() == 77
    choose_province(dialog, "50")
    fill_admin(qtbot, dialog)
    click(qtbot, dialog.ok_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user().username == "boss"
    assert not accounts.is_first_run()
    office = accounts.office()
    assert (office.province_code, office.office_name) == ("50", "สำนักงานแรงงานจังหวัดเชียงใหม่")
    assert accounts.authenticate("boss", "a-strong-pass").full_name == "สมศรี ผู้ดูแล"


def test_office_name_follows_the_province_until_the_user_types_one(qtbot, anonymous):
    dialog, accounts = open_first_run(qtbot, anonymous)
    assert dialog.office_name.text() == ""
    choose_province(dialog, "50")
    assert dialog.office_name.text() == "สำนักงานแรงงานจังหวัดเชียงใหม่"
    choose_province(dialog, "10")
    assert dialog.office_name.text() == "สำนักงานแรงงานจังหวัดกรุงเทพมหานคร"

    dialog.office_name.clear()
    type_text(qtbot, dialog.office_name, "สำนักงานแรงงานกรุงเทพมหานครพื้นที่ 1")
    choose_province(dialog, "50")
    assert dialog.office_name.text() == "สำนักงานแรงงานกรุงเทพมหานครพื้นที่ 1"
    fill_admin(qtbot, dialog)
    click(qtbot, dialog.ok_button)
    assert accounts.office().office_name == "สำนักงานแรงงานกรุงเทพมหานครพื้นที่ 1"


def test_mismatched_confirmation_saves_nothing(qtbot, anonymous):
    dialog, accounts = open_first_run(qtbot, anonymous)
    choose_province(dialog, "50")
    fill_admin(qtbot, dialog, confirm="a-strong-pasS")
    click(qtbot, dialog.ok_button)

    assert dialog.isVisible() and dialog.user() is None
    assert dialog.errors["confirm"].isVisible()
    assert dialog.errors["confirm"].error() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    assert accounts.is_first_run()


def test_invalid_fields_show_their_messages_and_save_nothing(qtbot, anonymous):
    dialog, accounts = open_first_run(qtbot, anonymous)
    qtbot.keyClicks(dialog.username, "bo")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["province_code"].error() == "กรุณาเลือกจังหวัดของสำนักงาน"

    choose_province(dialog, "50")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    click(qtbot, dialog.ok_button)

    shown = {name: e.error() for name, e in dialog.errors.items() if e.isVisible()}
    assert shown == {
        "username": "ชื่อผู้ใช้ต้องเป็นตัวอักษรอังกฤษ ตัวเลข หรือ . _ - ยาว 3–64 ตัว",
        "full_name": "กรุณากรอกชื่อ-สกุลของผู้ใช้",
        "password": "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร",
    }
    assert dialog.isVisible() and accounts.is_first_run()


# -- sign-in -------------------------------------------------------------------------------


def open_sign_in(qtbot, anonymous, settings) -> SignInDialog:
    dialog = SignInDialog(AccountService(anonymous), "สำนักงานแรงงานจังหวัดเชียงใหม่", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_shows_why_and_keeps_the_dialog_open(qtbot, admin, anonymous, settings):
    dialog = open_sign_in(qtbot, anonymous, settings)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    sign_in(qtbot, dialog, "admin", "not-my-password")

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and dialog.error.error() == WRONG
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    assert dialog.user() is None
    assert settings.value(LAST_USERNAME_KEY) is None


def test_right_password_signs_in_and_the_username_is_remembered(qtbot, admin, anonymous, settings):
    dialog = open_sign_in(qtbot, anonymous, settings)
    sign_in(qtbot, dialog, "admin", "wrong-one")
    qtbot.keyClicks(dialog.password, "admin-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user().username == "admin"
    assert settings.value(LAST_USERNAME_KEY) == "admin"

    again = open_sign_in(qtbot, anonymous, settings)
    assert again.username.text() == "admin"
    assert again.focusWidget() is again.password


def test_a_suspended_user_is_told_so(qtbot, admin, clerk, anonymous, settings):
    AccountService(admin).set_active("clerk", False)
    dialog = open_sign_in(qtbot, anonymous, settings)
    sign_in(qtbot, dialog, "clerk", "password-123")

    assert dialog.isVisible() and dialog.user() is None
    assert dialog.error.error() == SUSPENDED
    with pytest.raises(AuthenticationFailed):
        AccountService(anonymous).authenticate("clerk", "password-123")
