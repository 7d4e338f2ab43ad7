"""Finding one case: by id, by its number as printed, typed or scanned, and the open cases
that may be the same person's (the duplicate warning at intake)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Case
from db.queries import cases as q
from desktop.domain.cases.numbers import case_no_in
from desktop.domain.cases.records import CaseDetail, CaseRow
from desktop.domain.cases.rules import same_person
from desktop.domain.national_id import digits_only
from desktop.domain.people import normalize_phone
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases import loading
from desktop.services.cases.mapping import to_row
from desktop.services.cases.numbers import office_prefix
from desktop.services.context import ServiceContext
from desktop.services.disclosure import disclosure_for


def get(ctx: ServiceContext, case_id: int) -> CaseDetail:
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        return shown_detail(ctx, s, loading.load(s, case_id))


def shown_detail(ctx: ServiceContext, s: Session, case: Case) -> CaseDetail:
    """The case as the signed-in user may see it (a mentor: the ID and the phone masked, the
    reporter's phone only when the reporter is one of their people). The steps that change a
    case return it whole: only those who see everything may take them."""
    return disclosure_for(ctx, s).case_detail(loading.detail(s, case, ctx.today()))


def open_case(ctx: ServiceContext, case_id: int) -> CaseDetail:
    """:func:`get`, for a user opening the case: audited once per user within a few
    minutes (who looked at whose needs, and when)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        detail = shown_detail(ctx, s, loading.load(s, case_id))
        audit.record_view(s, ctx.user, "case", case_id, ctx.now())
        return detail


def id_by_no(s: Session, case_no: str) -> int | None:
    """The case a number names: as stored, else read with the office's prefix (``2570/42``)."""
    case_id = q.id_by_case_no(s, " ".join((case_no or "").split()))
    if case_id is None and (normal := case_no_in(case_no, office_prefix(s))):
        case_id = q.id_by_case_no(s, normal)
    return case_id


def find_by_no(ctx: ServiceContext, case_no: str) -> CaseDetail | None:
    """A case by its number as printed, typed or scanned (``ลป 2570/00042``, ``2570/42``)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        case_id = id_by_no(s, case_no)
        if case_id is None:
            return None
        return shown_detail(ctx, s, loading.load(s, case_id))


def possible_duplicates(
    ctx: ServiceContext, national_id: str, name: str, phone: str
) -> list[CaseRow]:
    """Open cases of the same person: same national ID, or same name and phone."""
    ctx.require(Permission.VIEW_CASES)
    nid = digits_only(national_id)
    nid = nid if len(nid) == 13 else ""
    tel = normalize_phone(phone)
    today = ctx.today()
    with ctx.unit_of_work() as s:
        shown = disclosure_for(ctx, s)
        return [
            shown.case_row(to_row(line, today))
            for line in q.open_with_id_or_phone(s, nid, tel)
            if same_person(
                name,
                tel,
                nid,
                line.case.person_name,
                line.case.person_phone,
                line.case.person_national_id,
            )
        ]
