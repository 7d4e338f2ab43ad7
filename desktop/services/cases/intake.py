"""Intake (รับเรื่อง): a new case from a clerk's draft, numbered in the same transaction, and
at once marked a duplicate when the clerk said it repeats an open case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import Case, CaseEvent, Person
from desktop import areas
from desktop.domain.cases.categories import Channel
from desktop.domain.cases.numbers import CaseNumber
from desktop.domain.cases.records import CaseDetail, CaseDraft
from desktop.domain.cases.rules import validate_case_draft
from desktop.domain.cases.workflow import CaseStatus, transition
from desktop.domain.errors import ValidationError
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.services import audit
from desktop.services.cases import loading, steps
from desktop.services.cases.mapping import ServiceTable, apply_draft, enter_status, event
from desktop.services.cases.numbers import next_case_number
from desktop.services.cases.service_levels import table_in
from desktop.services.context import ServiceContext


def intake(ctx: ServiceContext, draft: CaseDraft) -> CaseDetail:
    user = ctx.require(Permission.INTAKE_CASE)
    today, now = ctx.today(), ctx.now()
    errors = validate_case_draft(draft, today, areas.subdistrict_exists)
    if errors:
        raise ValidationError(errors)
    with ctx.unit_of_work() as s:
        if draft.reporter_id is not None and s.get(Person, draft.reporter_id) is None:
            raise ValidationError({"reporter_id": "ไม่พบผู้แจ้งในทะเบียน"})
        table = table_in(s)
        # Taking the number is the first write: the transaction holds the counter from here.
        number = next_case_number(s, draft.received_on)
        case = create_case(s, user, draft, number, now, table)
        original = None
        if draft.duplicate_of_id is not None:
            original = steps.original_case(s, case, draft.duplicate_of_id)
        if original is not None:
            _as_duplicate(s, user, case, original, today, now, table)
        return loading.detail(s, case, today)


def create_case(
    s: Session,
    user: UserInfo,
    draft: CaseDraft,
    number: CaseNumber,
    now: dt.datetime,
    table: ServiceTable,
) -> Case:
    """A checked draft as a new case in its first status, numbered ``number``, with its
    intake event and audit row."""
    case = new_case(user, draft, number, table)
    s.add(case)
    s.flush()
    record_intake(s, user, case, now)
    return case


def new_case(user: UserInfo, draft: CaseDraft, number: CaseNumber, table: ServiceTable) -> Case:
    """The case row a checked draft makes, in its first status (not yet added): intake's, and
    the case import's, which adds a chunk of them at once."""
    case = Case(
        case_no=number.text,
        case_prefix=number.prefix,
        fiscal_year=number.fiscal_year,
        seq=number.seq,
        created_by_id=user.id,
        assigned_to_id=None,
    )
    apply_draft(case, draft)
    enter_status(case, CaseStatus.RECEIVED, draft.received_on, table)
    return case


def record_intake(s: Session, user: UserInfo, case: Case, now: dt.datetime) -> None:
    """A new (flushed) case's intake event and audit row."""
    s.add(intake_event(case.id, user, case, now))
    audit.record(s, user, "create", "case", case.id, intake_audit(case))


def intake_event(case_id: int, user: UserInfo, case: Case, now: dt.datetime) -> CaseEvent:
    """The first line of a case's timeline."""
    note = Channel(case.channel).label
    return event(case_id, user.id, now, "intake", target=CaseStatus.RECEIVED, note=note)


def intake_audit(case: Case) -> dict:
    """What the audit row of a case's creation says about it."""
    return {
        "case_no": case.case_no,
        "channel": case.channel,
        "needs": [n.need for n in case.needs],
        "consent": case.consent,
    }


def _as_duplicate(
    s: Session,
    user: UserInfo,
    case: Case,
    original: Case,
    today: dt.date,
    now: dt.datetime,
    table: ServiceTable,
) -> None:
    """The clerk said it repeats an open case: received → screening → duplicate, at once."""
    for target in (CaseStatus.SCREENING, CaseStatus.DUPLICATE):
        step = transition(CaseStatus(case.status), target)
        assert step is not None
        details = steps.StepDetails(
            note="บันทึกเป็นเรื่องซ้ำตั้งแต่รับเรื่อง" if target == CaseStatus.DUPLICATE else "",
            duplicate_of_id=original.id,
        )
        steps.take_step(
            s,
            user,
            case,
            step,
            details,
            today=today,
            now=now,
            table=table,
            original=original if target == CaseStatus.DUPLICATE else None,
        )
