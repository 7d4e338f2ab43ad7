"""Accounts: first-run set-up, sign-in, roles and user management permissions."""

from __future__ import annotations

import pytest

from desktop.domain.errors import (
    AuthenticationFailed,
    DeskError,
    DuplicateError,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.people import Role
from desktop.services.accounts import AccountService


def test_first_run_then_sign_in(anonymous):
    svc = AccountService(anonymous)
    assert svc.is_first_run()
    admin = svc.set_up("50", "", "boss", "ผู้ดูแล", "a-strong-pass")
    assert admin.roles == frozenset({Role.ADMIN})
    assert not svc.is_first_run()
    assert svc.office().province_name == "เชียงใหม่"
    assert svc.office().office_name == "สำนักงานแรงงานจังหวัดเชียงใหม่"
    assert svc.authenticate("boss", "a-strong-pass").username == "boss"
    with pytest.raises(AuthenticationFailed):
        svc.authenticate("boss", "wrong-password")
    with pytest.raises(DeskError):
        svc.set_up("50", "", "again", "x", "a-strong-pass")


def test_password_is_hashed_with_argon2(admin):
    from sqlalchemy import select

    from db.models import User

    with admin.unit_of_work() as s:
        h = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert h.startswith("$argon2") and "admin-pass-1" not in h


def test_only_admin_manages_users(admin, clerk):
    with pytest.raises(PermissionDenied):
        AccountService(clerk).add_user("newbie", "คนใหม่", "password-123", [Role.CLERK])
    with pytest.raises(PermissionDenied):
        AccountService(clerk).list_users()
    u = AccountService(admin).add_user(
        "multi", "หลายบทบาท", "password-123", [Role.MENTOR, Role.SUPERVISOR]
    )
    assert u.roles == {Role.MENTOR, Role.SUPERVISOR}
    with pytest.raises(DuplicateError):
        AccountService(admin).add_user("MULTI", "ซ้ำ", "password-123", [Role.CLERK])


def test_disabled_user_cannot_sign_in(admin, clerk):
    AccountService(admin).set_active("clerk", False)
    with pytest.raises(AuthenticationFailed):
        AccountService(admin).authenticate("clerk", "password-123")
    with pytest.raises(DeskError):
        AccountService(admin).set_active("admin", False)


def test_new_user_validation(admin):
    with pytest.raises(ValidationError) as err:
        AccountService(admin).add_user("x", "", "short", [])
    assert set(err.value.fields) == {"username", "full_name", "password", "roles"}


def test_failed_and_successful_sign_ins_are_audited(admin):
    from sqlalchemy import select

    from db.models import AuditEvent

    svc = AccountService(admin)
    with pytest.raises(AuthenticationFailed):
        svc.authenticate("admin", "wrong-password")
    svc.authenticate("admin", "admin-pass-1")
    with admin.unit_of_work() as s:
        actions = s.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.in_(["login", "login_failed"]))
            .order_by(AuditEvent.id)
        ).all()
    assert actions == ["login_failed", "login"]
