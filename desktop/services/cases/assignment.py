"""Who works a case: giving open cases to an office user (or to nobody), and the users a case
may be given to, so the assign dialogs offer exactly whom ``assign`` accepts."""

from __future__ import annotations

from collections.abc import Sequence

from db.models import User
from db.queries import cases as q
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.services import audit
from desktop.services.accounts import user_info
from desktop.services.cases.mapping import event
from desktop.services.context import ServiceContext

# Who may be given a case to work on.
ASSIGNABLE_ROLES = frozenset({Role.CLERK.value, Role.SUPERVISOR.value, Role.ADMIN.value})


def assignable_users(ctx: ServiceContext) -> list[UserInfo]:
    """Active users ``assign`` accepts (clerks, supervisors, admins), by name."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        return [user_info(u) for u in q.users_with_any_role(s, sorted(ASSIGNABLE_ROLES))]


def assign(ctx: ServiceContext, case_ids: Sequence[int], user_id: int | None) -> int:
    """Give open cases to a clerk (None: to nobody); returns how many changed hands."""
    user = ctx.require(Permission.WORK_CASE)
    now = ctx.now()
    with ctx.unit_of_work() as s:
        name = ""
        if user_id is not None:
            assignee = s.get(User, user_id)
            if (
                assignee is None
                or not assignee.active
                or not (assignee.role_names & ASSIGNABLE_ROLES)
            ):
                raise ValidationError({"user_id": "มอบหมายได้เฉพาะเจ้าหน้าที่สำนักงานที่ยังใช้งานอยู่"})
            name = assignee.full_name
        found = q.by_ids(s, list(dict.fromkeys(case_ids)))
        if len(found) != len(set(case_ids)):
            raise NotFound("ไม่พบบางเรื่องที่เลือก")
        changed = 0
        for case in found:
            if not case.is_open or case.assigned_to_id == user_id:
                continue
            case.assigned_to_id = user_id
            s.add(
                event(
                    case.id,
                    user.id,
                    now,
                    "assign",
                    note=f"มอบหมายให้ {name}" if name else "ยกเลิกการมอบหมาย",
                )
            )
            audit.record(s, user, "assign", "case", case.id, {"assigned_to_id": user_id})
            changed += 1
        return changed
