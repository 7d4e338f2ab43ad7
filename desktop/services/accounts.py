"""First-run set-up, sign-in and user management."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from db.models import Office, User, UserRole
from db.queries import accounts as q
from desktop import areas
from desktop.domain import field_lengths
from desktop.domain.errors import (
    AuthenticationFailed,
    DeskError,
    DuplicateError,
    NotFound,
    ValidationError,
)
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.domain.records import OfficeInfo, UserInfo
from desktop.domain.sessions import idle_lock_error, new_password_error
from desktop.services import audit
from desktop.services import sign_in_throttle as throttle
from desktop.services.context import ServiceContext
from desktop.services.sign_in_throttle import (
    DEFAULT_POLICY,
    WRONG_PASSWORD,
    SignInPolicy,
    Sleeper,
    UnknownNames,
    locked_message,
)

_hasher = PasswordHasher()
_dummy: tuple[PasswordHasher, str] | None = None
_USERNAME = re.compile(r"^[a-zA-Z0-9._-]{3,64}$")
SUSPENDED = "บัญชีผู้ใช้นี้ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ"
WRONG_UNLOCK = "รหัสผ่านไม่ถูกต้อง"
WRONG_CURRENT = "รหัสผ่านปัจจุบันไม่ถูกต้อง"


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(Role(r) for r in user.role_names),
        active=user.active,
        position=user.position,
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy_hash() -> str:
    """A hash with the same cost as the real ones, to verify against when there is no account
    (or it is locked): the answer then takes as long as for a real, unlocked one."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash("no account has this password"))
    return _dummy[1]


@dataclass(frozen=True)
class _Refusal:
    message: str
    pause: float = 0.0


def _check_new_user(
    username: str, full_name: str, password: str, roles: Iterable[Role], position: str = ""
) -> None:
    errors = field_lengths.length_errors(
        field_lengths.USER, {"full_name": full_name, "position": position}
    )
    if not _USERNAME.match(username or ""):
        errors["username"] = "ชื่อผู้ใช้ต้องเป็นตัวอักษรอังกฤษ ตัวเลข หรือ . _ - ยาว 3–64 ตัว"
    if not (full_name or "").strip():
        errors["full_name"] = "กรุณากรอกชื่อ-สกุลของผู้ใช้"
    if problem := new_password_error(password):
        errors["password"] = problem
    if not list(roles):
        errors["roles"] = "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"
    if errors:
        raise ValidationError(errors)


class AccountService:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        policy: SignInPolicy = DEFAULT_POLICY,
        sleep: Sleeper | None = None,
        unknown: UnknownNames | None = None,
    ) -> None:
        self.ctx = ctx
        self.policy = policy
        self._sleep = sleep
        self._unknown = unknown if unknown is not None else throttle.unknown_names

    def is_first_run(self) -> bool:
        with self.ctx.unit_of_work() as s:
            return q.office(s) is None or q.user_count(s) == 0

    def required_office(self) -> OfficeInfo:
        """The office a document is printed for; printing before the set-up is refused."""
        office = self.office()
        if office is None:
            raise DeskError("ยังไม่ได้ตั้งค่าสำนักงาน")
        return office

    def office(self) -> OfficeInfo | None:
        with self.ctx.unit_of_work() as s:
            o = q.office(s)
            if o is None:
                return None
            return OfficeInfo(
                o.province_code,
                areas.province_name(o.province_code),
                o.office_name,
                o.case_prefix,
                o.visit_every_days,
                o.idle_lock_minutes,
            )

    def set_up(
        self, province_code: str, office_name: str, username: str, full_name: str, password: str
    ) -> UserInfo:
        """First run: the office's province and its first administrator, in one transaction."""
        if not areas.province_name(province_code):
            raise ValidationError({"province_code": "กรุณาเลือกจังหวัดของสำนักงาน"})
        if errors := field_lengths.length_errors(
            field_lengths.OFFICE, {"office_name": office_name}
        ):
            raise ValidationError(errors)
        _check_new_user(username, full_name, password, [Role.ADMIN])
        with self.ctx.unit_of_work() as s:
            if q.office(s) is not None and q.user_count(s) > 0:
                raise DeskError("ระบบได้ตั้งค่าไว้แล้ว")
            name = office_name.strip() or f"สำนักงานแรงงานจังหวัด{areas.province_name(province_code)}"
            s.add(Office(province_code=province_code, office_name=name))
            user = User(
                username=username, full_name=full_name.strip(), password_hash=_hasher.hash(password)
            )
            user.roles = [UserRole(role=Role.ADMIN.value)]
            s.add(user)
            s.flush()
            info = user_info(user)
            audit.record(s, info, "setup", "office", None, {"province_code": province_code})
            audit.record(
                s, info, "create", "user", user.id, {"username": username, "roles": ["admin"]}
            )
            return info

    def authenticate(self, username: str, password: str) -> UserInfo:
        """Sign in, or raise ``AuthenticationFailed``. Every attempt verifies one hash (a dummy
        one for a made-up name or a locked account), so no answer comes quicker than another;
        a wrong password pauses a little longer each time and the fifth in a row locks."""
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            outcome = self._attempt(s, (username or "").strip(), password or "", now)
        if isinstance(outcome, UserInfo):
            return outcome
        self._pause(outcome)
        raise AuthenticationFailed(outcome.message)

    def _attempt(self, s, username: str, password: str, now: dt.datetime) -> UserInfo | _Refusal:
        # Refusals are returned, not raised: raising would roll back their audit rows.
        user = q.by_username(s, username)
        if user is None:
            _verify(_dummy_hash(), password)
            audit.record(s, None, "login_failed", "user", None)
            failures = self._unknown.count(username, now, self.policy)
            return _Refusal(WRONG_PASSWORD, self.policy.pause_after(failures))
        if refusal := self._password_refusal(s, user, password, now, WRONG_PASSWORD):
            return refusal
        if not user.active:
            # Said only after the right password, so a guess cannot tell a suspended account.
            raise AuthenticationFailed(SUSPENDED)
        self._passed(s, user, password)
        info = user_info(user)
        audit.record(s, info, "login", "user", user.id)
        return info

    def _password_refusal(
        self, s, user: User, password: str, now: dt.datetime, wrong_message: str
    ) -> _Refusal | None:
        """None for the right password of an unlocked account; a wrong one counts towards the
        lock wherever it is typed (sign-in, the lock screen, changing one's password)."""
        if user.locked_until is not None and user.locked_until > now:
            _verify(_dummy_hash(), password)  # even the right password waits for the lock
            audit.record(s, None, "login_failed", "user", user.id, {"locked": True})
            return _Refusal(locked_message(user.locked_until))
        if _verify(user.password_hash, password):
            return None
        failures = q.count_failed_sign_in(s, user.id)
        audit.record(s, None, "login_failed", "user", user.id)
        if failures < self.policy.max_failures:
            return _Refusal(wrong_message, self.policy.pause_after(failures))
        until = self.policy.lock_until(now)
        q.lock_user(s, user.id, until)
        audit.record(s, None, "lock", "user", user.id, {"username": user.username, "until": until})
        return _Refusal(locked_message(until))

    def _passed(self, s, user: User, password: str) -> None:
        if user.failed_sign_ins or user.locked_until is not None:
            q.clear_sign_in_failures(s, user.id)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)

    def _pause(self, refusal: _Refusal) -> None:
        if refusal.pause:
            (self._sleep or throttle.sleep)(refusal.pause)

    def _signed_in(self, s) -> User:
        me = self.ctx.user
        if me is None:
            raise AuthenticationFailed("กรุณาเข้าสู่ระบบก่อน")
        user = q.by_id(s, me.id)
        if user is None:
            raise AuthenticationFailed("ไม่พบบัญชีผู้ใช้นี้แล้ว กรุณาติดต่อผู้ดูแลระบบ")
        return user

    # -- the signed-in user's own session -----------------------------------------------------
    def unlock_session(self, password: str) -> UserInfo:
        """The locked window opens again for the signed-in user's own password only; wrong
        passwords pause and lock the account as at sign-in (then only signing out is left)."""
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            user = self._signed_in(s)
            refusal = self._password_refusal(s, user, password or "", now, WRONG_UNLOCK)
            if refusal is None:
                if not user.active:
                    raise AuthenticationFailed(SUSPENDED)
                self._passed(s, user, password)
                info = user_info(user)
                audit.record(s, info, "unlock_screen", "user", user.id)
                return info
        self._pause(refusal)
        raise AuthenticationFailed(refusal.message)

    def change_own_password(self, current: str, new: str) -> None:
        """The signed-in user replaces their own password, knowing the current one (a wrong
        one counts towards the sign-in lock, so an open window is no way to guess it)."""
        errors = {}
        if problem := new_password_error(new):
            errors["password"] = problem
        elif new == current:
            errors["password"] = "รหัสผ่านใหม่ต้องไม่เหมือนรหัสผ่านปัจจุบัน"
        if errors:
            raise ValidationError(errors)
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            user = self._signed_in(s)
            refusal = self._password_refusal(s, user, current or "", now, WRONG_CURRENT)
            if refusal is None:
                self._passed(s, user, current)
                user.password_hash = _hasher.hash(new)
                audit.record(s, self.ctx.user, "change_password", "user", user.id)
                return
        self._pause(refusal)
        raise ValidationError({"current": refusal.message})

    def sign_out(self) -> None:
        """Audited when the signed-in user signs out or another user takes the PC over."""
        me = self.ctx.user
        if me is None:
            return
        with self.ctx.unit_of_work() as s:
            audit.record(s, me, "logout", "user", me.id)

    # -- the office's idle lock ---------------------------------------------------------------
    def set_idle_lock_minutes(self, minutes: int) -> int:
        """After how many minutes without input every PC of the office locks (0 = never)."""
        actor = self.ctx.require(Permission.MANAGE_OFFICE)
        if problem := idle_lock_error(minutes):
            raise ValidationError({"idle_lock_minutes": problem})
        with self.ctx.unit_of_work() as s:
            office = q.office(s)
            if office is None:
                raise NotFound("ยังไม่ได้ตั้งค่าสำนักงาน")
            before = office.idle_lock_minutes
            if before != minutes:
                office.idle_lock_minutes = minutes
                audit.record(
                    s,
                    actor,
                    "update",
                    "office",
                    office.id,
                    {"idle_lock_minutes": [before, minutes]},
                )
            return minutes

    def refuse_without_password(self, username: str) -> None:
        """A command run with no password given: audited as a failed sign-in, not counted
        towards the lock (a misconfigured scheduled task must not lock the admin out)."""
        with self.ctx.unit_of_work() as s:
            user = q.by_username(s, (username or "").strip())
            details = {"reason": "no_password"}
            audit.record(s, None, "login_failed", "user", user.id if user else None, details)

    def unlock(self, username: str) -> UserInfo:
        """An administrator lifts a lock (and forgets the wrong passwords so far)."""
        actor = self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            was_locked = user.locked_until is not None and user.locked_until > self.ctx.now()
            q.clear_sign_in_failures(s, user.id)
            audit.record(s, actor, "unlock", "user", user.id, {"was_locked": was_locked})
            return user_info(user)

    def is_locked(self, username: str) -> bool:
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            return user.locked_until is not None and user.locked_until > self.ctx.now()

    def list_users(self) -> list[UserInfo]:
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as s:
            return [user_info(u) for u in q.all_users(s)]

    def users_with_role(self, role: Role) -> list[UserInfo]:
        with self.ctx.unit_of_work() as s:
            return [user_info(u) for u in q.users_with_role(s, role.value)]

    def add_user(
        self,
        username: str,
        full_name: str,
        password: str,
        roles: Iterable[Role],
        position: str = "",
    ) -> UserInfo:
        actor = self.ctx.require(Permission.MANAGE_USERS)
        roles = list(dict.fromkeys(roles))
        _check_new_user(username, full_name, password, roles, position)
        with self.ctx.unit_of_work() as s:
            if q.by_username(s, username) is not None:
                raise DuplicateError(f"มีผู้ใช้ชื่อ {username} อยู่แล้ว")
            user = User(
                username=username,
                full_name=full_name.strip(),
                position=position.strip(),
                password_hash=_hasher.hash(password),
            )
            user.roles = [UserRole(role=r.value) for r in roles]
            s.add(user)
            s.flush()
            audit.record(
                s,
                actor,
                "create",
                "user",
                user.id,
                {"username": username, "roles": sorted(r.value for r in roles)},
            )
            return user_info(user)

    def _get(self, s, username: str) -> User:
        user = q.by_username(s, username)
        if user is None:
            raise NotFound(f"ไม่พบผู้ใช้ {username}")
        return user

    def set_active(self, username: str, active: bool) -> UserInfo:
        actor = self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            if not active and user.id == actor.id:
                raise DeskError("ไม่สามารถระงับบัญชีของตัวเองได้")
            user.active = active
            audit.record(s, actor, "enable" if active else "disable", "user", user.id)
            return user_info(user)

    def set_roles(self, username: str, roles: Iterable[Role]) -> UserInfo:
        actor = self.ctx.require(Permission.MANAGE_USERS)
        roles = sorted({r.value for r in roles})
        if not roles:
            raise ValidationError({"roles": "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"})
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            if user.id == actor.id and Role.ADMIN.value not in roles:
                raise DeskError("ไม่สามารถถอดบทบาทผู้ดูแลระบบของตัวเองได้")
            before = sorted(user.role_names)
            user.roles = [UserRole(role=r) for r in roles]
            audit.record(s, actor, "update", "user", user.id, {"roles": [before, roles]})
            return user_info(user)

    def reset_password(self, username: str, password: str) -> None:
        actor = self.ctx.require(Permission.MANAGE_USERS)
        if problem := new_password_error(password):
            raise ValidationError({"password": problem})
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            user.password_hash = _hasher.hash(password)
            audit.record(s, actor, "reset_password", "user", user.id)
