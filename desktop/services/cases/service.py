"""Referral cases (ชี้เป้า คัดกรอง ส่งต่อ): the one class callers use (``desk.cases``).

``CaseService`` only hands each call to the module that does it, with the context: the queues
(:mod:`.queues`), finding a case (:mod:`.lookup`), intake (:mod:`.intake`), workflow steps
(:mod:`.workflow`), approvals (:mod:`.approvals`), assignment (:mod:`.assignment`), consent
(:mod:`.consent`) and timeline notes (:mod:`.timeline`).

One unit of work per call; permissions are checked there, not in the UI; every write leaves a
line in the case's timeline (``case_event``) and in the audit trail, attributed to the
signed-in user. Plain records (:mod:`desktop.domain.cases.records`) come back, never ORM rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from db.queries.cases import CaseFilter
from desktop.domain.cases.categories import Agency, Outcome
from desktop.domain.cases.records import ApprovalInfo, CaseDetail, CaseDraft, CaseRow, QueueView
from desktop.domain.cases.workflow import CaseStatus, Transition
from desktop.domain.records import UserInfo
from desktop.services.cases import (
    approvals,
    assignment,
    consent,
    intake,
    lookup,
    queues,
    timeline,
    workflow,
)
from desktop.services.context import ServiceContext

__all__ = ["CaseFilter", "CaseService"]


class CaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the queues --------------------------------------------------------------------------
    def count(self, f: CaseFilter) -> int:
        return queues.count(self.ctx, f)

    def page(self, f: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
        return queues.page(self.ctx, f, offset, limit)

    def rows(self, f: CaseFilter) -> list[CaseRow]:
        """Every case the filter matches, in its order (queue list PDF, Excel export)."""
        return queues.rows(self.ctx, f)

    def filter_for(self, view: QueueView) -> CaseFilter:
        """The saved view's filter for the signed-in user, as of today."""
        return queues.filter_for(self.ctx, view)

    def queue_counts(self) -> dict[QueueView, int]:
        return queues.queue_counts(self.ctx)

    # -- one case ----------------------------------------------------------------------------
    def get(self, case_id: int) -> CaseDetail:
        return lookup.get(self.ctx, case_id)

    def open(self, case_id: int) -> CaseDetail:
        """The case as :meth:`get` reads it, for a user opening it: the opening is audited
        (once per user within a few minutes)."""
        return lookup.open_case(self.ctx, case_id)

    def find_by_no(self, case_no: str) -> CaseDetail | None:
        """A case by its number as printed, typed or scanned (``ลป 2570/00042``, ``2570/42``)."""
        return lookup.find_by_no(self.ctx, case_no)

    def possible_duplicates(self, national_id: str, name: str, phone: str) -> list[CaseRow]:
        return lookup.possible_duplicates(self.ctx, national_id, name, phone)

    # -- intake and the workflow -------------------------------------------------------------
    def intake(self, draft: CaseDraft) -> CaseDetail:
        return intake.intake(self.ctx, draft)

    def actions(self, detail: CaseDetail) -> list[Transition]:
        """The steps the signed-in user may start now (none while an approval waits)."""
        return workflow.actions(self.ctx, detail)

    def move(
        self,
        case_id: int,
        expected_version: int,
        target: CaseStatus,
        note: str = "",
        *,
        agency: Agency | str | None = None,
        agency_contact: str = "",
        outcome: Outcome | str | None = None,
        outcome_on: dt.date | None = None,
        outcome_note: str = "",
        duplicate_of_id: int | None = None,
    ) -> CaseDetail:
        """Take one step of the workflow table (approval steps only by those who approve)."""
        details = workflow.step_details(
            note,
            agency=agency,
            agency_contact=agency_contact,
            outcome=outcome,
            outcome_on=outcome_on,
            outcome_note=outcome_note,
            duplicate_of_id=duplicate_of_id,
        )
        return workflow.move(self.ctx, case_id, expected_version, target, details)

    def move_with_consent(
        self,
        case_id: int,
        expected_version: int,
        target: CaseStatus,
        note: str = "",
        *,
        consent_on: dt.date | None = None,
        duplicate_of_no: str = "",
        agency: Agency | str | None = None,
        agency_contact: str = "",
        outcome: Outcome | str | None = None,
        outcome_on: dt.date | None = None,
        outcome_note: str = "",
    ) -> CaseDetail:
        """``move`` as the move dialog asks it: with the consent given ``consent_on`` (None:
        none to record) saved in the same unit of work, so only if the step is taken, and the
        original of a duplicate named by its number as typed."""
        details = workflow.step_details(
            note,
            agency=agency,
            agency_contact=agency_contact,
            outcome=outcome,
            outcome_on=outcome_on,
            outcome_note=outcome_note,
        )
        return workflow.move(
            self.ctx,
            case_id,
            expected_version,
            target,
            details,
            consent_on=consent_on,
            duplicate_of_no=duplicate_of_no,
        )

    def request_approval(
        self, case_id: int, expected_version: int, target: CaseStatus, note: str
    ) -> CaseDetail:
        return approvals.request_approval(self.ctx, case_id, expected_version, target, note)

    def decide(self, approval_id: int, approve: bool, comment: str) -> CaseDetail:
        return approvals.decide(self.ctx, approval_id, approve, comment)

    def pending_approvals(self) -> list[ApprovalInfo]:
        return approvals.pending_approvals(self.ctx)

    # -- other changes -----------------------------------------------------------------------
    def assignable_users(self) -> list[UserInfo]:
        """Whom a case may be given to: active clerks, supervisors and admins, by name."""
        return assignment.assignable_users(self.ctx)

    def assign(self, case_ids: Sequence[int], user_id: int | None) -> int:
        return assignment.assign(self.ctx, case_ids, user_id)

    def set_consent(
        self, case_id: int, expected_version: int, given: bool, on: dt.date | None
    ) -> CaseDetail:
        return consent.set_consent(self.ctx, case_id, expected_version, given, on)

    def add_note(self, case_id: int, note: str) -> CaseDetail:
        return timeline.add_note(self.ctx, case_id, note)

    def record_print(self, case_id: int, what: str) -> None:
        """A slip or summary left the building on paper: the timeline and audit say so."""
        timeline.record_print(self.ctx, case_id, what)

    # -- for the registry and evaluations ----------------------------------------------------
    def cases_reported_by(self, person_id: int) -> list[CaseRow]:
        return self.rows(CaseFilter(reporter_id=person_id, sort="received_on", descending=True))

    def reported_count(self, person_id: int, fiscal_year: int) -> int:
        """Needs a volunteer reported in a fiscal year (BE), duplicates not counted."""
        return queues.reported_counts(self.ctx, fiscal_year, person_id).get(person_id, 0)

    def reported_counts(self, fiscal_year: int) -> dict[int, int]:
        """person id -> needs reported in the fiscal year (BE), for every reporter at once."""
        return queues.reported_counts(self.ctx, fiscal_year)
