"""First-run set-up, sign-in and user management."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
from desktop.services import audit
from desktop.services.context import ServiceContext

_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-zA-Z0-9._-]{3,64}$")
MIN_PASSWORD = 8


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(Role(r) for r in user.role_names),
        active=user.active,
        position=user.position,
    )


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
    if len(password or "") < MIN_PASSWORD:
        errors["password"] = f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร"
    if not list(roles):
        errors["roles"] = "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"
    if errors:
        raise ValidationError(errors)


class AccountService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

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
        failed = AuthenticationFailed("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
        failed_user_id: int | None = None
        with self.ctx.unit_of_work() as s:
            user = q.by_username(s, (username or "").strip())
            if user is None:
                raise failed
            try:
                _hasher.verify(user.password_hash, password or "")
            except (VerificationError, InvalidHashError):
                failed_user_id = user.id
            else:
                if not user.active:
                    raise AuthenticationFailed("บัญชีผู้ใช้นี้ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ")
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                info = user_info(user)
                audit.record(s, info, "login", "user", user.id)
                return info
        # In a unit of work of its own: raising inside the one above would roll this row back.
        with self.ctx.unit_of_work() as s:
            audit.record(s, None, "login_failed", "user", failed_user_id)
        raise failed

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
        if len(password or "") < MIN_PASSWORD:
            raise ValidationError({"password": f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร"})
        with self.ctx.unit_of_work() as s:
            user = self._get(s, username)
            user.password_hash = _hasher.hash(password)
            audit.record(s, actor, "reset_password", "user", user.id)
