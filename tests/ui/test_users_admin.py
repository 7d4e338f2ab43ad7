"""The administrator's users page: add a user by typing, change roles, suspend, new password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from thai_typing import type_text

from desktop.domain.errors import AuthenticationFailed, PermissionDenied
from desktop.domain.people import Role
from desktop.services.accounts import AccountService
from desktop.services.desk import Desk
from ui.admin.users_model import (
    COL_FULL_NAME,
    COL_POSITION,
    COL_ROLES,
    COL_STATUS,
    COL_USERNAME,
)
from ui.admin.users_page import UsersPage


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_page(qtbot, ctx) -> UsersPage:
    page = UsersPage(Desk(ctx).accounts)
    qtbot.addWidget(page)
    page.show()
    return page


def row_text(page: UsersPage, username: str) -> dict[int, str]:
    row = page.model.row_of(username)
    assert row >= 0, username
    return {c: page.model.index(row, c).data() for c in range(page.model.columnCount())}


def usernames(page: UsersPage) -> list[str]:
    return [page.model.user_at(r).username for r in range(page.model.rowCount())]


def test_admin_adds_a_user_through_the_dialog(qtbot, admin):
    page = open_page(qtbot, admin)
    assert usernames(page) == ["admin"]
    dialog = page.add_user()
    qtbot.keyClicks(dialog.username, "somchai.j")
    type_text(qtbot, dialog.full_name, "สมชาย ใจดี")
    type_text(qtbot, dialog.position, "นักวิชาการแรงงาน")
    qtbot.keyClicks(dialog.password, "somchai-pass")
    qtbot.keyClicks(dialog.confirm, "somchai-pass")
    click(qtbot, dialog.role_boxes[Role.CLERK])
    click(qtbot, dialog.role_boxes[Role.MENTOR])
    assert dialog.roles() == [Role.CLERK, Role.MENTOR]
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ok_button)

    assert usernames(page) == ["admin", "somchai.j"]
    assert row_text(page, "somchai.j") == {
        COL_USERNAME: "somchai.j",
        COL_FULL_NAME: "สมชาย ใจดี",
        COL_POSITION: "นักวิชาการแรงงาน",
        COL_ROLES: "เจ้าหน้าที่ทะเบียน, เจ้าหน้าที่พี่เลี้ยง",
        COL_STATUS: "ใช้งาน",
    }
    assert page.selected_user().username == "somchai.j"
    assert AccountService(admin).authenticate("somchai.j", "somchai-pass").roles == {
        Role.CLERK,
        Role.MENTOR,
    }


def test_add_user_shows_messages_next_to_fields_and_saves_nothing(qtbot, admin):
    page = open_page(qtbot, admin)
    dialog = page.add_user()
    qtbot.keyClicks(dialog.username, "admin")
    type_text(qtbot, dialog.full_name, "ซ้ำ ชื่อเดิม")
    qtbot.keyClicks(dialog.password, "password-123")
    qtbot.keyClicks(dialog.confirm, "password-124")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["confirm"].error() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "password-123")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["roles"].isVisible()
    assert dialog.errors["roles"].error() == "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"
    assert not dialog.errors["confirm"].isVisible()

    click(qtbot, dialog.role_boxes[Role.CLERK])
    click(qtbot, dialog.ok_button)
    assert dialog.errors["username"].error() == "มีผู้ใช้ชื่อ admin อยู่แล้ว"
    assert dialog.isVisible() and usernames(page) == ["admin"]


def test_suspend_and_re_enable_a_user(qtbot, admin, clerk):
    page = open_page(qtbot, admin)
    page.select("clerk")
    assert page.active_button.text() == "ระงับการใช้งาน"
    click(qtbot, page.active_button)

    assert row_text(page, "clerk")[COL_STATUS] == "ระงับ"
    assert page.selected_user().username == "clerk"
    assert page.active_button.text() == "เปิดใช้งาน"
    with pytest.raises(AuthenticationFailed):
        AccountService(admin).authenticate("clerk", "password-123")

    click(qtbot, page.active_button)
    assert row_text(page, "clerk")[COL_STATUS] == "ใช้งาน"
    assert AccountService(admin).authenticate("clerk", "password-123").username == "clerk"


def test_suspending_yourself_is_refused_with_a_message(qtbot, admin):
    page = open_page(qtbot, admin)
    page.select("admin")
    click(qtbot, page.active_button)
    box = page.findChild(QMessageBox)
    assert box is not None and box.text() == "ไม่สามารถระงับบัญชีของตัวเองได้"
    assert row_text(page, "admin")[COL_STATUS] == "ใช้งาน"


def test_change_roles(qtbot, admin, clerk):
    page = open_page(qtbot, admin)
    page.select("clerk")
    dialog = page.edit_roles()
    assert [r for r, box in dialog.role_boxes.items() if box.isChecked()] == [Role.CLERK]
    click(qtbot, dialog.role_boxes[Role.CLERK])
    click(qtbot, dialog.ok_button)
    assert dialog.errors["roles"].error() == "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"

    click(qtbot, dialog.role_boxes[Role.SUPERVISOR])
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ok_button)
    assert row_text(page, "clerk")[COL_ROLES] == "หัวหน้างาน"


def test_set_a_new_password(qtbot, admin, clerk):
    page = open_page(qtbot, admin)
    page.select("clerk")
    dialog = page.reset_password()
    qtbot.keyClicks(dialog.password, "fresh-pass-9")
    qtbot.keyClicks(dialog.confirm, "fresh-pass-8")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["confirm"].error() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    AccountService(admin).authenticate("clerk", "password-123")  # unchanged so far

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "fresh-pass-9")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ok_button)
    assert AccountService(admin).authenticate("clerk", "fresh-pass-9").username == "clerk"


def test_a_clerk_cannot_manage_users(qtbot, clerk):
    with pytest.raises(PermissionDenied):
        Desk(clerk).accounts.list_users()
    page = open_page(qtbot, clerk)
    assert page.model.rowCount() == 0
    assert page.notice.isVisible() and page.notice.text()
    assert not page.add_button.isEnabled() and not page.active_button.isEnabled()


def test_unlock_a_user_locked_by_wrong_passwords(qtbot, admin, clerk):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            AccountService(admin).authenticate("clerk", "guess-again")
    page = open_page(qtbot, admin)
    page.select("admin")
    assert not page.unlock_button.isEnabled()
    page.select("clerk")
    assert page.unlock_button.isEnabled()
    with pytest.raises(AuthenticationFailed):
        AccountService(admin).authenticate("clerk", "password-123")
    click(qtbot, page.unlock_button)
    assert not page.unlock_button.isEnabled()
    assert AccountService(admin).authenticate("clerk", "password-123").username == "clerk"
