"""Printing for mentors: evaluation sheets (blank for the field, or filled), visit forms
(blank or a recorded visit), and the fiscal year's summary as PDF or Excel. Audited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from desktop.domain.errors import DeskError
from desktop.domain.mentoring.evaluation import EvaluationSheet
from desktop.domain.mentoring.visits import VisitForm
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.mentoring.assignments import MentorAssignmentService
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.mentoring.visits import VisitService
from desktop.services.mentoring.workspace import WorkspaceService
from desktop.services.people.printing import PrintService, Progress, atomic_target
from desktop.services.people.service import PeopleService

Target = str | Path | BinaryIO


class MentoringPrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def people_for(self, *, mentor_id: int | None = None, district_code: str = "") -> list[int]:
        """Active people of one mentor or one district, in name order (what the CLI prints)."""
        rows = WorkspaceService(self.ctx).people(mentor_id, district_code=district_code)
        return [p.person_id for p in rows]

    def evaluation_sheets(
        self,
        person_ids: Sequence[int],
        fiscal_year: int,
        out: Target,
        *,
        blank: bool = True,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """One sheet per person; ``blank=False`` fills in each saved evaluation (people not
        evaluated yet get a blank sheet). Returns the number of sheets."""
        from desktop.documents.evaluation_sheet import render_evaluation_sheets

        self._check()
        if not person_ids:
            raise DeskError("ไม่มีรายชื่อที่จะพิมพ์แบบประเมิน")
        evaluations = EvaluationService(self.ctx)
        template = evaluations.template_for(fiscal_year)
        mentors = MentorAssignmentService(self.ctx)
        sheets = []
        for person_id in person_ids:
            person = PeopleService(self.ctx).get(person_id)
            mentor = mentors.mentor_of(person_id)
            done = None if blank else evaluations.of(person_id, fiscal_year)
            sheets.append(
                EvaluationSheet(
                    person_name=person.full_name,
                    kind_label=person.kind.label,
                    area_line=self._area(person),
                    mentor_name=mentor.mentor_name if mentor else "",
                    fiscal_year=fiscal_year,
                    template=done.template if done else template,
                    evaluation=done,
                    figures=() if blank else evaluations.figures(person_id, fiscal_year),
                )
            )
        with atomic_target(out) as target:
            render_evaluation_sheets(
                target,
                self._office(),
                sheets,
                printed_on=self.ctx.today(),
                progress=progress,
                cancelled=cancelled,
            )
        self._audit(
            "evaluation_sheets", {"people": len(sheets), "fiscal_year": fiscal_year, "blank": blank}
        )
        return len(sheets)

    def visit_forms(self, person_ids: Sequence[int], out: Target) -> int:
        """Blank visit forms, pre-printed with each person's name, area and mentor."""
        from desktop.documents.visit_form import render_visit_forms

        self._check()
        if not person_ids:
            raise DeskError("ไม่มีรายชื่อที่จะพิมพ์แบบบันทึกการเยี่ยม")
        topics = tuple(t.text for t in VisitService(self.ctx).topics())
        forms = []
        for person_id in person_ids:
            person = PeopleService(self.ctx).get(person_id)
            mentor = MentorAssignmentService(self.ctx).mentor_of(person_id)
            forms.append(
                VisitForm(
                    person.full_name,
                    self._area(person),
                    person.phone,
                    mentor.mentor_name if mentor else "",
                    topics,
                )
            )
        with atomic_target(out) as target:
            render_visit_forms(target, self._office(), forms, printed_on=self.ctx.today())
        self._audit("visit_forms", {"people": len(forms)})
        return len(forms)

    def visit_record(self, visit_id: int, out: Target) -> None:
        from desktop.documents.visit_form import render_visit_forms

        self._check()
        visit = VisitService(self.ctx).get(visit_id)
        person = PeopleService(self.ctx).get(visit.person_id)
        topics = tuple(t.text for t in VisitService(self.ctx).topics())
        form = VisitForm(
            person.full_name, self._area(person), person.phone, visit.mentor_name, topics, visit
        )
        with atomic_target(out) as target:
            render_visit_forms(target, self._office(), [form], printed_on=self.ctx.today())
        self._audit("visit_record", {"visit_id": visit_id})

    def summary_pdf(self, fiscal_year: int, out: Target) -> None:
        from desktop.documents.evaluation_summary import render_evaluation_summary

        summary = EvaluationService(self.ctx).summary(fiscal_year)
        with atomic_target(out) as target:
            render_evaluation_summary(target, self._office(), summary, printed_on=self.ctx.today())

    def summary_xlsx(self, fiscal_year: int, out: Target) -> None:
        from desktop.exchange.evaluation_export import write_summary_xlsx

        summary = EvaluationService(self.ctx).summary(fiscal_year)
        with atomic_target(out) as target:
            write_summary_xlsx(summary, target)

    # -- helpers ---------------------------------------------------------------------------
    def _check(self) -> None:
        self.ctx.require(Permission.VIEW_MENTORING)
        self.ctx.require(Permission.PRINT_PERSONAL_DATA)

    def _office(self):
        return PrintService(self.ctx).office()

    def _area(self, person) -> str:
        if not person.area.subdistrict_code:
            return person.country or "-"
        village = f"หมู่ที่ {person.village_no} " if person.village_no else ""
        return f"{village}{person.area.line()}"

    def _audit(self, document: str, details: dict) -> None:
        with self.ctx.unit_of_work() as s:
            audit.record(
                s, self.ctx.user, "print", "mentoring", None, {"document": document, **details}
            )
