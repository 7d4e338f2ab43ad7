"""Referral cases (ชี้เป้า คัดกรอง ส่งต่อ): intake, the queues, workflow steps and approvals.

One unit of work per call; permissions are checked here, not in the UI; every write leaves a
line in the case's timeline (``case_event``) and in the audit trail, attributed to the
signed-in user. Plain records (:mod:`desktop.domain.cases.records`) come back, never ORM rows.

``CaseService`` is the one class callers use; the workflow steps and approvals live in
:mod:`desktop.services.cases.workflow`, the shared loading in :mod:`desktop.services.cases.loading`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from db.models import Case, Person, User
from db.queries import cases as q
from db.queries.cases import CaseFilter
from desktop import areas
from desktop.domain.cases.numbers import case_no_in
from desktop.domain.cases.records import CaseDetail, CaseDraft, CaseRow, QueueView
from desktop.domain.cases.rules import same_person, validate_case_draft
from desktop.domain.cases.service_levels import STEP_OF_STATUS, Step
from desktop.domain.cases.workflow import CaseStatus, Channel, transition
from desktop.domain.errors import DeskError, NotFound, ValidationError
from desktop.domain.national_id import digits_only
from desktop.domain.people import Role, normalize_phone
from desktop.domain.permissions import Permission
from desktop.domain.thai_dates import format_medium
from desktop.services import audit
from desktop.services.cases import steps
from desktop.services.cases.mapping import apply_draft, enter_status, event, to_row
from desktop.services.cases.numbers import next_case_number, office_prefix
from desktop.services.cases.service_levels import table_in
from desktop.services.cases.workflow import CaseWorkflow

__all__ = ["CaseFilter", "CaseService"]

# Who may be given a case to work on.
ASSIGNABLE_ROLES = frozenset({Role.CLERK.value, Role.SUPERVISOR.value, Role.ADMIN.value})
PRINTED = {"referral_slip": "พิมพ์แบบส่งต่อ", "case_summary": "พิมพ์สรุปเรื่อง"}


def _statuses_in(step: Step) -> tuple[str, ...]:
    return tuple(s.value for s, st in STEP_OF_STATUS.items() if st == step)


class CaseService(CaseWorkflow):
    # -- the queues --------------------------------------------------------------------------
    def count(self, f: CaseFilter) -> int:
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            return q.count(s, f)

    def page(self, f: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
        self.ctx.require(Permission.VIEW_CASES)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            return [to_row(line, today) for line in q.page(s, f, offset, limit)]

    def rows(self, f: CaseFilter) -> list[CaseRow]:
        """Every case the filter matches, in its order (queue list PDF, Excel export)."""
        self.ctx.require(Permission.VIEW_CASES)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            return [to_row(line, today) for line in q.all_matching(s, f)]

    def filter_for(self, view: QueueView) -> CaseFilter:
        """The saved view's filter for the signed-in user, as of today."""
        user = self.ctx.user
        match QueueView(view):
            case QueueView.MINE:
                # Nobody signed in has nothing assigned: -1 matches no case.
                return CaseFilter(open_only=True, assigned_to_id=user.id if user else -1)
            case QueueView.TO_SCREEN:
                return CaseFilter(open_only=True, statuses=_statuses_in(Step.SCREEN))
            case QueueView.WAITING_AGENCY:
                return CaseFilter(open_only=True, statuses=_statuses_in(Step.AGENCY))
            case QueueView.OVERDUE:
                return CaseFilter(open_only=True, due_before=self.ctx.today(), sort="due_on")
            case QueueView.AWAITING_APPROVAL:
                return CaseFilter(open_only=True, awaiting_approval=True)
            case QueueView.ALL_OPEN:
                return CaseFilter(open_only=True)
            case _:
                return CaseFilter()

    def queue_counts(self) -> dict[QueueView, int]:
        """Live counts for the navigation (two queries); approvals only for those who decide."""
        self.ctx.require(Permission.VIEW_CASES)
        views = [
            v
            for v in QueueView
            if v != QueueView.AWAITING_APPROVAL or self.ctx.can(Permission.APPROVE_CASE)
        ]
        with self.ctx.unit_of_work() as s:
            return q.count_views(s, {v: self.filter_for(v) for v in views})

    # -- one case ----------------------------------------------------------------------------
    def get(self, case_id: int) -> CaseDetail:
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            return self._detail(s, self._load(s, case_id))

    def find_by_no(self, case_no: str) -> CaseDetail | None:
        """A case by its number as printed, typed or scanned (``ลป 2570/00042``, ``2570/42``)."""
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            case_id = q.id_by_case_no(s, " ".join((case_no or "").split()))
            if case_id is None and (normal := case_no_in(case_no, office_prefix(s))):
                case_id = q.id_by_case_no(s, normal)
            return self._detail(s, self._load(s, case_id)) if case_id is not None else None

    def possible_duplicates(self, national_id: str, name: str, phone: str) -> list[CaseRow]:
        """Open cases of the same person: same national ID, or same name and phone."""
        self.ctx.require(Permission.VIEW_CASES)
        nid = digits_only(national_id)
        nid = nid if len(nid) == 13 else ""
        tel = normalize_phone(phone)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            return [
                to_row(line, today)
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

    # -- intake ------------------------------------------------------------------------------
    def intake(self, draft: CaseDraft) -> CaseDetail:
        user = self.ctx.require(Permission.INTAKE_CASE)
        today, now = self.ctx.today(), self.ctx.now()
        errors = validate_case_draft(draft, today, areas.subdistrict_exists)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as s:
            if draft.reporter_id is not None and s.get(Person, draft.reporter_id) is None:
                raise ValidationError({"reporter_id": "ไม่พบผู้แจ้งในทะเบียน"})
            table = table_in(s)
            # Taking the number is the first write: the transaction holds the counter from here.
            number = next_case_number(s, draft.received_on)
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
            s.add(case)
            s.flush()
            original = None
            if draft.duplicate_of_id is not None:
                original = steps.original_case(s, case, draft.duplicate_of_id)
            s.add(
                event(
                    case.id,
                    user.id,
                    now,
                    "intake",
                    target=CaseStatus.RECEIVED,
                    note=Channel(draft.channel).label,
                )
            )
            audit.record(
                s,
                user,
                "create",
                "case",
                case.id,
                {
                    "case_no": case.case_no,
                    "channel": case.channel,
                    "needs": [n.need for n in case.needs],
                    "consent": case.consent,
                },
            )
            if original is not None:
                self._intake_as_duplicate(s, case, original, today, now, table)
            return self._detail(s, case)

    def _intake_as_duplicate(
        self, s: Session, case: Case, original: Case, today: dt.date, now: dt.datetime, table
    ) -> None:
        """The clerk said it repeats an open case: received → screening → duplicate, at once."""
        user = self.ctx.user
        assert user is not None
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

    # -- other changes -----------------------------------------------------------------------
    def assign(self, case_ids: Sequence[int], user_id: int | None) -> int:
        """Give open cases to a clerk (None: to nobody); returns how many changed hands."""
        user = self.ctx.require(Permission.WORK_CASE)
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
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

    def set_consent(
        self, case_id: int, expected_version: int, given: bool, on: dt.date | None
    ) -> CaseDetail:
        """Record (or withdraw) the person's consent to share their data with the agency."""
        user = self.ctx.require(Permission.WORK_CASE)
        today, now = self.ctx.today(), self.ctx.now()
        if given and on is None:
            raise ValidationError({"consent_on": "กรุณาระบุวันที่ให้ความยินยอม"})
        if given and on is not None and on > today:
            raise ValidationError({"consent_on": "วันที่ให้ความยินยอมต้องไม่อยู่ในอนาคต"})
        with self.ctx.unit_of_work() as s:
            case = self._locked(s, case_id, expected_version)
            if not case.is_open:
                raise DeskError("เรื่องนี้ปิดแล้ว แก้ไขความยินยอมไม่ได้")
            on = on if given else None
            if (case.consent, case.consent_on) == (given, on):
                return self._detail(s, case)
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
            s.flush()
            return self._detail(s, case)

    def add_note(self, case_id: int, note: str) -> CaseDetail:
        user = self.ctx.require(Permission.WORK_CASE)
        if not (note or "").strip():
            raise ValidationError({"note": "กรุณาพิมพ์ข้อความที่จะบันทึก"})
        with self.ctx.unit_of_work() as s:
            case = self._load(s, case_id)
            s.add(event(case.id, user.id, self.ctx.now(), "note", note=note))
            audit.record(s, user, "note", "case", case.id, {})  # the text may be personal
            return self._detail(s, case)

    def record_print(self, case_id: int, what: str) -> None:
        """A slip or summary left the building on paper: the timeline and audit say so."""
        user = self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            case = self._load(s, case_id)
            s.add(event(case.id, user.id, self.ctx.now(), "print", note=PRINTED.get(what, what)))
            audit.record(s, user, "print", "case", case.id, {"document": what})

    # -- for the registry and evaluations ----------------------------------------------------
    def cases_reported_by(self, person_id: int) -> list[CaseRow]:
        return self.rows(CaseFilter(reporter_id=person_id, sort="received_on", descending=True))

    def reported_count(self, person_id: int, fiscal_year: int) -> int:
        """Needs a volunteer reported in a fiscal year (BE), duplicates not counted."""
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            return q.reported_counts(s, fiscal_year, person_id).get(person_id, 0)

    def reported_counts(self, fiscal_year: int) -> dict[int, int]:
        """person id -> needs reported in the fiscal year (BE), for every reporter at once."""
        self.ctx.require(Permission.VIEW_CASES)
        with self.ctx.unit_of_work() as s:
            return q.reported_counts(s, fiscal_year)
