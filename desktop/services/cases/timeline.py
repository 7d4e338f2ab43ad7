"""Lines in a case's timeline that change nothing else: a clerk's note, and a slip or summary
printed (it left the building on paper, so the timeline and the audit trail say so)."""

from __future__ import annotations

from desktop.domain.cases.records import CaseDetail
from desktop.domain.errors import ValidationError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases import loading
from desktop.services.cases.mapping import event
from desktop.services.context import ServiceContext

PRINTED = {"referral_slip": "พิมพ์แบบส่งต่อ", "case_summary": "พิมพ์สรุปเรื่อง"}


def add_note(ctx: ServiceContext, case_id: int, note: str) -> CaseDetail:
    user = ctx.require(Permission.WORK_CASE)
    if not (note or "").strip():
        raise ValidationError({"note": "กรุณาพิมพ์ข้อความที่จะบันทึก"})
    with ctx.unit_of_work() as s:
        case = loading.load(s, case_id)
        s.add(event(case.id, user.id, ctx.now(), "note", note=note))
        audit.record(s, user, "note", "case", case.id, {})  # the text may be personal
        return loading.detail(s, case, ctx.today())


def record_print(ctx: ServiceContext, case_id: int, what: str) -> None:
    user = ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        case = loading.load(s, case_id)
        s.add(event(case.id, user.id, ctx.now(), "print", note=PRINTED.get(what, what)))
        audit.record(s, user, "print", "case", case.id, {"document": what})
