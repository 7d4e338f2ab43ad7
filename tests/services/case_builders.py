"""Builders for the referral-case tests: drafts, staff without password hashing, and a helper
that walks a case to any status along the workflow table (as a supervisor would)."""

from __future__ import annotations

import datetime as dt
import json
from collections import deque

from sqlalchemy import select

from db.engine import Database
from db.models import AuditEvent, Office, User, UserRole
from desktop.domain.cases.categories import Agency, Channel, Need, Outcome
from desktop.domain.cases.records import CaseDetail, CaseDraft
from desktop.domain.cases.workflow import TRANSITIONS, CaseStatus
from desktop.domain.people import Role
from desktop.services.accounts import user_info
from desktop.services.cases.service import CaseService
from desktop.services.context import ServiceContext

TODAY = dt.date(2026, 11, 22)  # the fixtures' clock: 22 พ.ย. 2569, fiscal year 2570
NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)


def fixed_clock() -> dt.datetime:
    return NOW


def case_draft(**overrides) -> CaseDraft:
    values = dict(
        received_on=TODAY,
        channel=Channel.WALK_IN,
        person_name="บุญมี ขยันงาน",
        needs=(Need.JOB,),
        description="ถูกเลิกจ้าง ต้องการหางานใหม่ในอำเภอเมือง",
        reporter_note="มาติดต่อด้วยตนเอง",
        person_phone="0812223333",
        subdistrict_code="500101",
        village_no="5",
    )
    values.update(overrides)
    return CaseDraft(**values)


def quick_staff(database: Database, prefix: str = "ลป") -> dict[str, ServiceContext]:
    """An office and one user per role, straight into the tables: the fixtures' argon2 hashing
    costs a tenth of a second per user, too slow for tests parametrized a hundred times."""
    infos = {}
    with database.sessions.begin() as s:
        s.add(
            Office(province_code="50", office_name="สำนักงานแรงงานจังหวัดเชียงใหม่", case_prefix=prefix)
        )
        for name, role in (
            ("clerk", Role.CLERK),
            ("supervisor", Role.SUPERVISOR),
            ("admin", Role.ADMIN),
            ("mentor", Role.MENTOR),
        ):
            user = User(username=name, full_name=f"ผู้ใช้ {name}", password_hash="!no-sign-in")
            user.roles = [UserRole(role=role.value)]
            s.add(user)
            s.flush()
            infos[name] = user_info(user)
    return {name: ServiceContext(database, info, fixed_clock) for name, info in infos.items()}


def path_to(target: CaseStatus) -> list[CaseStatus]:
    """The shortest list of statuses after ``received`` that reaches ``target``, avoiding steps
    that need approval where another way exists (closing goes through ``resolved``)."""
    for allow_approval in (False, True):
        seen = {CaseStatus.RECEIVED: [CaseStatus.RECEIVED]}
        todo = deque([CaseStatus.RECEIVED])
        while todo:
            here = todo.popleft()
            for (source, nxt), step in TRANSITIONS.items():
                usable = allow_approval or step.approval is None
                if source == here and nxt not in seen and usable:
                    seen[nxt] = [*seen[here], nxt]
                    todo.append(nxt)
        if target in seen:
            return seen[target][1:]
    raise ValueError(target)


def extras_for(target: CaseStatus, original_id: int | None = None) -> dict:
    """What a step needs besides the status (agency, outcome, original, a reason)."""
    if target == CaseStatus.REFERRED:
        return {"agency": Agency.EMPLOYMENT, "agency_contact": "สำนักงานจัดหางานจังหวัด"}
    if target == CaseStatus.RESOLVED:
        return {"outcome": Outcome.PLACED, "outcome_on": TODAY}
    if target == CaseStatus.DUPLICATE:
        return {"duplicate_of_id": original_id}
    return {}


def bring_to(
    cases: CaseService, case: CaseDetail, target: CaseStatus, original_id: int | None = None
) -> CaseDetail:
    """Walk ``case`` to ``target`` (only a supervisor's service can take a step needing approval)."""
    for status in path_to(target) if case.status != target else []:
        if status == CaseStatus.REFERRED and not case.consent:
            case = cases.set_consent(case.id, case.version, True, TODAY)
        case = cases.move(
            case.id, case.version, status, "เหตุผลประกอบ", **extras_for(status, original_id)
        )
    assert case.status == target
    return case


def audit_rows(database: Database, case_id: int) -> list[tuple[str, str, dict]]:
    """(username, action, details) of every audit row about one case, oldest first."""
    with database.sessions() as s:
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "case", AuditEvent.entity_id == case_id)
            .order_by(AuditEvent.id)
        ).all()
        return [(r.username, r.action, json.loads(r.details)) for r in rows]
