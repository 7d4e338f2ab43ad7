"""Lines in a case's timeline that change nothing else: a clerk's note, and a slip or summary
printed (it left the building on paper, so the timeline and the audit trail say so)."""

from __future__ import annotations

from collections.abc import Sequence

from db.queries import cases as q
from desktop.domain.audit_actions import DOCUMENT_LABELS
from desktop.domain.cases.records import CaseDetail
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases import loading
from desktop.services.cases.mapping import event
from desktop.services.context import ServiceContext


def _printed_note(what: str) -> str:
    """The timeline's line for a document printed: พิมพ์แบบส่งต่อ, พิมพ์สรุปเรื่อง, …"""
    return f"พิมพ์{DOCUMENT_LABELS[what]}" if what in DOCUMENT_LABELS else what


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
    record_prints(ctx, [case_id], what)


def record_prints(ctx: ServiceContext, case_ids: Sequence[int], what: str) -> None:
    """One timeline line and one audit line per case, all in one unit of work (a bulk print of
    slips is recorded all at once or not at all)."""
    user = ctx.require(Permission.VIEW_CASES)
    note = _printed_note(what)
    with ctx.unit_of_work() as s:
        known = q.case_nos(s, set(case_ids))
        if missing := [i for i in case_ids if i not in known]:
            raise NotFound(f"ไม่พบเรื่องรหัส {missing[0]}")
        now = ctx.now()
        for case_id in case_ids:
            s.add(event(case_id, user.id, now, "print", note=note))
            audit.record(s, user, "print", "case", case_id, {"document": what})
