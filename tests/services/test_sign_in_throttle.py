"""Sign-in resists guessing: a growing pause, a temporary lock (audited, an admin unlocks), and
the same work for made-up names as for real ones; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.domain.errors import AuthenticationFailed, PermissionDenied
from desktop.services import accounts
from desktop.services.accounts import AccountService
from desktop.services.sign_in_throttle import SignInPolicy, UnknownNames


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(admin, clerk) -> Clock:
    return Clock(admin.now())


def signing_in(ctx, clock, pauses: list[float]) -> AccountService:
    anon = ctx.as_user(None)
    anon.clock = clock
    return AccountService(anon, sleep=pauses.append, unknown=UnknownNames())


def actions(ctx) -> list[str]:
    with ctx.unit_of_work() as s:
        return list(
            s.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.action.in_(["login", "login_failed", "lock", "unlock"]))
                .order_by(AuditEvent.id)
            )
        )


def wrong(svc: AccountService, username: str = "clerk") -> str:
    with pytest.raises(AuthenticationFailed) as refused:
        svc.authenticate(username, "not-the-password")
    return refused.value.message


def test_each_wrong_password_pauses_longer_and_the_fifth_locks(admin, clock):
    pauses: list[float] = []
    svc = signing_in(admin, clock, pauses)
    for _ in range(4):
        assert wrong(svc) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert pauses == [0.5, 1.0, 2.0, 4.0]
    said = wrong(svc)
    assert "ล็อก" in said and "\n" not in said
    assert actions(admin) == ["login_failed"] * 5 + ["lock"]

    # Locked: even the right password is refused, with no pause and an audit row.
    with pytest.raises(AuthenticationFailed) as refused:
        svc.authenticate("clerk", "password-123")
    assert "ล็อก" in refused.value.message
    assert pauses == [0.5, 1.0, 2.0, 4.0]
    assert actions(admin)[-1] == "login_failed"

    clock.now += dt.timedelta(minutes=16)  # the lock runs out by itself
    assert svc.authenticate("clerk", "password-123").username == "clerk"
    assert wrong(svc) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"  # counting starts again
    assert pauses[-1] == 0.5


def test_a_success_resets_the_count(admin, clock):
    pauses: list[float] = []
    svc = signing_in(admin, clock, pauses)
    for _ in range(4):
        wrong(svc)
    svc.authenticate("clerk", "password-123")
    for _ in range(4):
        wrong(svc)
    assert svc.authenticate("clerk", "password-123").username == "clerk"


def test_an_admin_unlocks_and_a_clerk_cannot(admin, clerk, clock):
    svc = signing_in(admin, clock, [])
    for _ in range(5):
        wrong(svc)
    assert AccountService(admin).is_locked("clerk")
    with pytest.raises(PermissionDenied):
        AccountService(clerk).unlock("clerk")
    AccountService(admin).unlock("clerk")
    assert not AccountService(admin).is_locked("clerk")
    assert svc.authenticate("clerk", "password-123").username == "clerk"
    assert actions(admin)[-2:] == ["unlock", "login"]


def test_a_lock_does_not_make_the_user_stale(admin, clock):
    """Failures are counted by plain UPDATEs: an admin's later change of the user still saves."""
    svc = signing_in(admin, clock, [])
    for _ in range(5):
        wrong(svc)
    AccountService(admin).reset_password("clerk", "fresh-pass-9")
    AccountService(admin).unlock("clerk")
    assert svc.authenticate("clerk", "fresh-pass-9").username == "clerk"


class CountingHasher:
    def __init__(self, inner) -> None:
        self.inner = inner
        self.verified = 0

    def hash(self, password: str) -> str:
        return self.inner.hash(password)

    def verify(self, hash_: str, password: str) -> bool:
        self.verified += 1
        return self.inner.verify(hash_, password)

    def check_needs_rehash(self, hash_: str) -> bool:
        return self.inner.check_needs_rehash(hash_)


def test_unknown_and_known_names_do_the_same_work(admin, clock, monkeypatch):
    counting = CountingHasher(accounts._hasher)
    monkeypatch.setattr(accounts, "_hasher", counting)
    pauses: list[float] = []
    svc = signing_in(admin, clock, pauses)
    accounts._dummy_hash()  # made once per hasher, before any answer is timed
    for name in ("clerk", "nobody-here"):
        before = counting.verified
        for _ in range(3):
            assert wrong(svc, name) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
        assert counting.verified - before == 3, name
    assert pauses == [0.5, 1.0, 2.0] * 2  # a made-up name pauses just like a real one
    for _ in range(2):
        wrong(svc)  # clerk is now locked; a locked answer verifies a hash too
    before = counting.verified
    wrong(svc)
    assert counting.verified - before == 1


def test_a_disabled_account_says_so_only_after_the_right_password(admin, clock):
    AccountService(admin).set_active("clerk", False)
    svc = signing_in(admin, clock, [])
    assert wrong(svc) == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    with pytest.raises(AuthenticationFailed) as refused:
        svc.authenticate("clerk", "password-123")
    assert "ระงับ" in refused.value.message


def test_the_policy_is_configurable():
    policy = SignInPolicy(max_failures=3, first_pause=1, max_pause=3)
    assert [policy.pause_after(n) for n in range(5)] == [0, 1, 2, 3, 3]
