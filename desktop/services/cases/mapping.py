"""Copying between the Case model, intake drafts and the plain records the UI and PDFs get.

Intake, the workflow steps and the demo seeder all write a case through ``apply_draft`` and
``enter_status`` here, so the derived columns (search text, sort key, district, due date,
open flag) are computed one way only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from db.models import ApprovalRequest, Case, CaseEvent, CaseNeed, Person
from db.queries import cases as q
from db.queries.cases import CaseLine, search_text_for
from desktop import areas
from desktop.domain import national_id
from desktop.domain.cases.categories import Agency, Channel, Need, Outcome, Urgency
from desktop.domain.cases.records import ApprovalInfo, CaseDetail, CaseDraft, CaseEventInfo, CaseRow
from desktop.domain.cases.service_levels import Health, Step, due_after_move, health
from desktop.domain.cases.workflow import Approval, CaseStatus
from desktop.domain.collation import thai_sort_key
from desktop.domain.people import normalize_phone, person_name

ServiceTable = Mapping[tuple[Step, Need], int]


# -- writing -------------------------------------------------------------------------------
def apply_draft(case: Case, draft: CaseDraft) -> None:
    """Write an intake draft onto a new case whose ``case_no`` is already set (it is searched)."""
    case.received_on = draft.received_on
    case.channel = Channel(draft.channel).value
    case.reporter_id = draft.reporter_id
    case.reporter_note = (draft.reporter_note or "").strip()
    case.person_name = " ".join((draft.person_name or "").split())
    case.person_sort_key = thai_sort_key(case.person_name)
    case.person_national_id = national_id.digits_only(draft.person_national_id)
    case.person_phone = normalize_phone(draft.person_phone)
    names = areas.area_names(draft.subdistrict_code or "")
    case.subdistrict_code = draft.subdistrict_code or ""
    case.district_code = names.district_code
    case.village_no = (draft.village_no or "").strip()
    case.description = (draft.description or "").strip()
    case.urgency = Urgency(draft.urgency).value
    case.consent = bool(draft.consent)
    case.consent_on = draft.consent_on if draft.consent else None
    # One row per need, in the categories' own order, whatever order they were ticked in.
    case.needs = [CaseNeed(need=n.value) for n in canonical_needs(draft.needs)]
    case.needs_mask = q.needs_mask([n.need for n in case.needs])
    case.search_text = search_text_for(
        case.case_no or "", case.person_name, case.person_national_id, case.person_phone
    )


def canonical_needs(needs: Iterable[Need | str]) -> tuple[Need, ...]:
    chosen = {Need(n) for n in needs}
    return tuple(n for n in Need if n in chosen)


def needs_of(case: Case) -> tuple[Need, ...]:
    return canonical_needs(n.need for n in case.needs)


def enter_status(
    case: Case,
    target: CaseStatus,
    on: dt.date,
    table: ServiceTable,
    *,
    agency: Agency | None = None,
    agency_contact: str = "",
    outcome: Outcome | None = None,
    outcome_on: dt.date | None = None,
    outcome_note: str = "",
    duplicate_of_id: int | None = None,
) -> CaseStatus | None:
    """Put ``case`` in ``target`` as of ``on`` and keep every derived column in step.

    Returns the status it left (None at intake). The caller has checked that the step is in the
    workflow table and allowed to the user; this only records it.
    """
    source = CaseStatus(case.status) if case.status else None
    case.due_on, case.sla_days = due_after_move(
        source,
        target,
        current_due=case.due_on,
        current_days=case.sla_days,
        table=table,
        needs=needs_of(case),
        on=on,
    )
    case.status = target.value
    case.status_since = on
    case.is_open = target.is_open
    if target == CaseStatus.REFERRED:
        case.agency = Agency(agency).value if agency else case.agency
        case.agency_contact = (agency_contact or "").strip()
        case.referred_on = on
    if target == CaseStatus.RESOLVED:
        case.outcome = Outcome(outcome).value if outcome else None
        case.outcome_on = outcome_on
        case.outcome_note = (outcome_note or "").strip()
    if target == CaseStatus.DUPLICATE:
        case.duplicate_of_id = duplicate_of_id
    if not target.is_open:
        case.closed_on = on
        case.pending_approval = None
    return source


def event(
    case_id: int,
    user_id: int | None,
    at: dt.datetime,
    kind: str,
    *,
    source: CaseStatus | None = None,
    target: CaseStatus | None = None,
    note: str = "",
) -> CaseEvent:
    return CaseEvent(
        case_id=case_id,
        user_id=user_id,
        at=at,
        kind=kind,
        from_status=source.value if source else None,
        to_status=target.value if target else None,
        note=note.strip(),
    )


# -- reading -------------------------------------------------------------------------------
def reporter_of(title: str | None, first: str | None, last: str | None, note: str) -> str:
    if first is None and last is None:
        return note
    return f"{title or ''}{first or ''} {last or ''}".strip()


def health_of(case: Case, today: dt.date) -> Health | None:
    if not case.is_open or case.due_on is None:
        return None
    return health(case.due_on, case.sla_days, today)


def to_row(line: CaseLine, today: dt.date) -> CaseRow:
    c = line.case
    return CaseRow(
        id=c.id,
        case_no=c.case_no,
        received_on=c.received_on,
        status=CaseStatus(c.status),
        person_name=c.person_name,
        person_national_id=c.person_national_id,
        person_phone=c.person_phone,
        needs=needs_of(c),
        area=areas.area_names(c.subdistrict_code),
        reporter_name=reporter_of(
            line.reporter_title, line.reporter_first, line.reporter_last, c.reporter_note
        ),
        agency=Agency(c.agency) if c.agency else None,
        assigned_to=line.assigned_to or "",
        due_on=c.due_on,
        health=health_of(c, today),
        urgency=Urgency(c.urgency),
        pending_approval=Approval(c.pending_approval) if c.pending_approval else None,
        outcome=Outcome(c.outcome) if c.outcome else None,
        channel=Channel(c.channel),
        reporter_id=c.reporter_id,
        assigned_to_id=c.assigned_to_id,
        outcome_on=c.outcome_on,
        closed_on=c.closed_on,
        village_no=c.village_no,
        description=c.description,
        consent=c.consent,
        consent_on=c.consent_on,
    )


def event_info(e: CaseEvent, users: Mapping[int, str]) -> CaseEventInfo:
    return CaseEventInfo(
        at=e.at,
        user=users.get(e.user_id or 0, ""),
        kind=e.kind,
        from_status=CaseStatus(e.from_status) if e.from_status else None,
        to_status=CaseStatus(e.to_status) if e.to_status else None,
        note=e.note,
    )


def approval_info(a: ApprovalRequest, case_no: str, users: Mapping[int, str]) -> ApprovalInfo:
    return ApprovalInfo(
        id=a.id,
        case_id=a.case_id,
        case_no=case_no,
        kind=Approval(a.kind),
        target_status=CaseStatus(a.target_status),
        requested_by=users.get(a.requested_by_id or 0, ""),
        requested_at=a.requested_at,
        note=a.note,
        decided_by=users.get(a.decided_by_id or 0, ""),
        decided_at=a.decided_at,
        approved=a.approved,
        comment=a.comment,
    )


def to_detail(
    c: Case,
    *,
    reporter: Person | None,
    users: Mapping[int, str],
    duplicate_of_no: str,
    pending: ApprovalInfo | None,
    events: Iterable[CaseEvent],
    today: dt.date,
) -> CaseDetail:
    return CaseDetail(
        id=c.id,
        version=c.version,
        case_no=c.case_no,
        fiscal_year=c.fiscal_year,
        received_on=c.received_on,
        channel=Channel(c.channel),
        reporter_id=c.reporter_id,
        reporter_name=person_name(reporter) or c.reporter_note,
        reporter_phone=reporter.phone if reporter is not None else "",
        person_name=c.person_name,
        person_national_id=c.person_national_id,
        person_phone=c.person_phone,
        area=areas.area_names(c.subdistrict_code),
        village_no=c.village_no,
        needs=needs_of(c),
        description=c.description,
        urgency=Urgency(c.urgency),
        consent=c.consent,
        consent_on=c.consent_on,
        status=CaseStatus(c.status),
        status_since=c.status_since,
        due_on=c.due_on,
        sla_days=c.sla_days,
        health=health_of(c, today),
        agency=Agency(c.agency) if c.agency else None,
        agency_contact=c.agency_contact,
        referred_on=c.referred_on,
        assigned_to_id=c.assigned_to_id,
        assigned_to=users.get(c.assigned_to_id or 0, ""),
        duplicate_of_id=c.duplicate_of_id,
        duplicate_of_no=duplicate_of_no,
        outcome=Outcome(c.outcome) if c.outcome else None,
        outcome_on=c.outcome_on,
        outcome_note=c.outcome_note,
        closed_on=c.closed_on,
        pending_approval=pending,
        events=tuple(event_info(e, users) for e in events),
        created_by=users.get(c.created_by_id or 0, ""),
    )
