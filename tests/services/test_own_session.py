"""A user's own session on a shared PC: changing one's password, unlocking the locked window,
signing out, and the office's idle-lock setting; wrong passwords count towards the sign-in
lock wherever they are typed. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from desktop.services.accounts import AccountService
from desktop.services.sign_in_throttle import SignInPolicy

PASSWORD = "password-123"  # tests/factories.make_user


def audited(ctx, *names: str) -> list[tuple[str, int | None]]:
    with ctx.unit_of_work() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.user_id)
            .where(AuditEvent.action.in_(names))
            .order_by(AuditEvent.id)
        ).all()
    return [tuple(r) for r in rows]


def own(ctx, pauses: list[float] | None = None) -> AccountService:
    return AccountService(ctx, sleep=(pauses if pauses is not None else []).append)


def test_change_own_password_then_sign_in_with_the_new_one(clerk):
    own(clerk).change_own_password(PASSWORD, "a-new-password")

    signing_in = AccountService(clerk.as_user(None))
    assert signing_in.authenticate("clerk", "a-new-password").username == "clerk"
    with pytest.raises(AuthenticationFailed):
        signing_in.authenticate("clerk", PASSWORD)
    assert audited(clerk, "change_password") == [("change_password", clerk.user.id)]


def test_a_wrong_current_password_is_refused_and_counts_towards_the_lock(clerk):
    pauses: list[float] = []
    svc = own(clerk, pauses)
    for _ in range(4):
        with pytest.raises(ValidationError) as refused:
            svc.change_own_password("not-my-password", "a-new-password")
        assert refused.value.fields == {"current": "รหัสผ่านปัจจุบันไม่ถูกต้อง"}
    assert pauses == [0.5, 1.0, 2.0, 4.0]
    with pytest.raises(ValidationError) as refused:
        svc.change_own_password("not-my-password", "a-new-password")
    assert "ถูกล็อกชั่วคราว" in refused.value.fields["current"]
    # Locked now: not even the right current password changes it, nor signs in.
    with pytest.raises(ValidationError):
        svc.change_own_password(PASSWORD, "a-new-password")
    with pytest.raises(AuthenticationFailed):
        AccountService(clerk.as_user(None)).authenticate("clerk", PASSWORD)
    assert ("lock", None) in audited(clerk, "lock")


def test_new_password_rules(clerk):
    svc = own(clerk)
    with pytest.raises(ValidationError) as refused:
        svc.change_own_password(PASSWORD, "short")
    assert refused.value.fields == {"password": "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร"}
    with pytest.raises(ValidationError) as refused:
        svc.change_own_password(PASSWORD, PASSWORD)
    assert refused.value.fields == {"password": "รหัสผ่านใหม่ต้องไม่เหมือนรหัสผ่านปัจจุบัน"}
    # Neither was a wrong current password: nothing counted, the right one still signs in.
    assert AccountService(clerk.as_user(None)).authenticate("clerk", PASSWORD)


def test_nobody_signed_in_has_no_own_password(anonymous, admin):
    with pytest.raises(AuthenticationFailed):
        own(anonymous).change_own_password("admin-pass-1", "a-new-password")
    with pytest.raises(AuthenticationFailed):
        own(anonymous).unlock_session("admin-pass-1")


def test_unlock_takes_the_signed_in_users_password_only(clerk, admin):
    pauses: list[float] = []
    svc = own(clerk, pauses)
    with pytest.raises(AuthenticationFailed) as refused:
        svc.unlock_session("admin-pass-1")  # the admin's password opens no clerk's window
    assert refused.value.message == "รหัสผ่านไม่ถูกต้อง"
    assert pauses == [0.5]
    assert svc.unlock_session(PASSWORD).username == "clerk"
    assert audited(clerk, "unlock_screen") == [("unlock_screen", clerk.user.id)]
    # The right password forgot the wrong one: the next wrong one pauses from the start.
    with pytest.raises(AuthenticationFailed):
        svc.unlock_session("wrong-again")
    assert pauses == [0.5, 0.5]


def test_wrong_unlock_passwords_lock_the_account(clerk):
    svc = AccountService(clerk, policy=SignInPolicy(max_failures=2), sleep=lambda _s: None)
    with pytest.raises(AuthenticationFailed):
        svc.unlock_session("guess-1")
    with pytest.raises(AuthenticationFailed) as refused:
        svc.unlock_session("guess-2")
    assert "ถูกล็อกชั่วคราว" in refused.value.message
    with pytest.raises(AuthenticationFailed) as refused:
        svc.unlock_session(PASSWORD)
    assert "ถูกล็อกชั่วคราว" in refused.value.message


def test_a_suspended_user_cannot_unlock(admin, clerk):
    AccountService(admin).set_active("clerk", False)
    with pytest.raises(AuthenticationFailed) as refused:
        own(clerk).unlock_session(PASSWORD)
    assert refused.value.message == "บัญชีผู้ใช้นี้ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ"


def test_sign_out_is_audited(clerk):
    own(clerk).sign_out()
    own(clerk.as_user(None)).sign_out()  # nobody signed in: nothing to record
    assert audited(clerk, "logout") == [("logout", clerk.user.id)]


def test_the_office_idle_lock_setting(admin, clerk):
    assert AccountService(admin).office().idle_lock_minutes == 10  # the default
    assert AccountService(admin).set_idle_lock_minutes(5) == 5
    assert AccountService(clerk).office().idle_lock_minutes == 5
    assert AccountService(admin).set_idle_lock_minutes(0) == 0  # never
    with pytest.raises(ValidationError) as refused:
        AccountService(admin).set_idle_lock_minutes(241)
    assert "idle_lock_minutes" in refused.value.fields
    with pytest.raises(PermissionDenied):
        AccountService(clerk).set_idle_lock_minutes(15)
    assert AccountService(admin).office().idle_lock_minutes == 0
    with admin.unit_of_work() as s:
        details = s.scalars(
            select(AuditEvent.details).where(AuditEvent.entity == "office").order_by(AuditEvent.id)
        ).all()
    assert [d for d in details if "idle_lock" in d] == [
        '{"idle_lock_minutes": [10, 5]}',
        '{"idle_lock_minutes": [5, 0]}',
    ]
