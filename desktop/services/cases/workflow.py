"""Workflow steps on a case: the steps a user may take now, and taking one (with the person's
consent in the same unit of work when the step is a referral that still lacks it).

Approvals of the steps that need them are :mod:`desktop.services.cases.approvals`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from db.models import Case
from desktop.domain.cases.categories import Agency, Outcome
from desktop.domain.cases.numbers import case_no_in
from desktop.domain.cases.records import CaseDetail
from desktop.domain.cases.workflow import CaseStatus, Transition, allowed_from
from desktop.domain.errors import ValidationError
from desktop.domain.permissions import Permission
from desktop.services.cases import loading, lookup, steps
from desktop.services.cases.consent import check_consent, record_consent
from desktop.services.cases.service_levels import table_in
from desktop.services.context import ServiceContext


def actions(ctx: ServiceContext, detail: CaseDetail) -> list[Transition]:
    """The steps the signed-in user may start now (approval steps included: the UI turns
    them into requests for users who cannot approve). While a request waits, none: the
    supervisor decides on the case as it was when asked."""
    user = ctx.user
    if user is None or not ctx.can(Permission.WORK_CASE):
        return []
    if detail.pending_approval is not None and detail.pending_approval.pending:
        return []
    allowed = allowed_from(detail.status, user.roles)
    if detail.consent_withdrawal is not None:  # never referred again (the page says why)
        allowed = [t for t in allowed if not t.needs_consent]
    return allowed


def step_details(
    note: str = "",
    *,
    agency: Agency | str | None = None,
    agency_contact: str = "",
    outcome: Outcome | str | None = None,
    outcome_on: dt.date | None = None,
    outcome_note: str = "",
    duplicate_of_id: int | None = None,
) -> steps.StepDetails:
    """What the caller chose, in the domain's types."""
    return steps.StepDetails(
        note=note or "",
        agency=Agency(agency) if agency else None,
        agency_contact=agency_contact or "",
        outcome=Outcome(outcome) if outcome else None,
        outcome_on=outcome_on,
        outcome_note=outcome_note or "",
        duplicate_of_id=duplicate_of_id,
    )


def move(
    ctx: ServiceContext,
    case_id: int,
    expected_version: int,
    target: CaseStatus,
    details: steps.StepDetails,
    *,
    consent_on: dt.date | None = None,
    duplicate_of_no: str = "",
) -> CaseDetail:
    """Take one step of the workflow table. A step that needs approval is done here only
    by a supervisor or admin (it counts as approved and is recorded so); a clerk is told
    to request it.

    ``consent_on`` records the person's consent first, in the same unit of work, so it is
    saved only if the step is; ``duplicate_of_no`` names the original of a duplicate by its
    number instead of ``details.duplicate_of_id``.
    """
    user = ctx.require(Permission.WORK_CASE)
    target = CaseStatus(target)
    today, now = ctx.today(), ctx.now()
    if consent_on is not None:
        check_consent(True, consent_on, today)
    with ctx.unit_of_work() as s:
        case = loading.locked(s, case_id, expected_version)
        if duplicate_of_no.strip():
            details = replace(details, duplicate_of_id=_original_id(s, case, duplicate_of_no))
        step = steps.checked_step(case, target, user)
        steps.require_approval_right(step, user)
        if consent_on is not None:
            record_consent(s, user, case, True, consent_on, now)
        original = steps.check_details(s, case, step, details, today)
        if step.approval is not None:
            steps.record_own_approval(s, user, case, step, details.note, now)
        steps.take_step(
            s,
            user,
            case,
            step,
            details,
            today=today,
            now=now,
            table=table_in(s),
            original=original,
            approved_by_mover=step.approval is not None,
        )
        s.flush()
        return loading.detail(s, case, today)


def _original_id(s: Session, case: Case, typed: str) -> int:
    """The case a typed number names, read with this case's own prefix (``2570/12``)."""
    case_no = case_no_in(typed, case.case_prefix)
    found = lookup.id_by_no(s, case_no) if case_no else None
    if found is None:
        raise ValidationError({"duplicate_of_id": f"ไม่พบเรื่องเลขที่ {case_no or typed.strip()}"})
    return found
