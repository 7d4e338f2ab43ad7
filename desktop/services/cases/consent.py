"""The person's consent to share their data with the agency (required before a referral).

``record_consent`` is the write, inside a caller's unit of work: ``set_consent`` runs it alone,
and ``workflow.move_with_consent`` runs it together with the step it was given for.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import Case
from desktop.domain.cases.records import CaseDetail
from desktop.domain.cases.rules import consent_errors
from desktop.domain.errors import DeskError, ValidationError
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.domain.thai_dates import format_medium
from desktop.services import audit
from desktop.services.cases import loading
from desktop.services.cases.mapping import event
from desktop.services.context import ServiceContext


def check_consent(given: bool, on: dt.date | None, today: dt.date) -> None:
    if errors := consent_errors(given, on, today):
        raise ValidationError(errors)


def record_consent(
    s: Session, user: UserInfo, case: Case, given: bool, on: dt.date | None, now: dt.datetime
) -> None:
    """Write the consent onto a locked case (after ``check_consent``); nothing if unchanged."""
    if not case.is_open:
        raise DeskError("เรื่องนี้ปิดแล้ว แก้ไขความยินยอมไม่ได้")
    on = on if given else None
    if (case.consent, case.consent_on) == (given, on):
        return
    case.consent, case.consent_on = given, on
    note = f"ยินยอมให้ส่งข้อมูลแก่หน่วยงาน เมื่อ {format_medium(on)}" if given else "ถอนความยินยอม"
    s.add(event(case.id, user.id, now, "consent", note=note))
    audit.record(
        s,
        user,
        "consent",
        "case",
        case.id,
        {"consent": given, "on": on.isoformat() if on else None},
    )


def set_consent(
    ctx: ServiceContext, case_id: int, expected_version: int, given: bool, on: dt.date | None
) -> CaseDetail:
    """Record (or withdraw) the person's consent to share their data with the agency."""
    user = ctx.require(Permission.WORK_CASE)
    today, now = ctx.today(), ctx.now()
    check_consent(given, on, today)
    with ctx.unit_of_work() as s:
        case = loading.locked(s, case_id, expected_version)
        record_consent(s, user, case, given, on, now)
        s.flush()
        return loading.detail(s, case, today)
