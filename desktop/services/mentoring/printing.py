"""Printing for mentors: evaluation sheets (blank for the field, or filled), visit forms
(blank or a recorded visit), and the fiscal year's summary as PDF or Excel. Every print of
personal data is audited, and the audit row commits before the file appears.

Sheets and forms for many people load everyone (and their mentors) in one unit of work, with
progress and cancel, and then lay the pages out with progress and cancel too.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.queries import evaluations as evaluation_queries
from db.queries import mentor_assignments as assignment_queries
from db.queries import people as people_queries
from desktop.domain.errors import DeskError, NotFound
from desktop.domain.mentoring.evaluation import EvaluationSheet
from desktop.domain.mentoring.visits import VisitForm
from desktop.domain.permissions import Permission
from desktop.domain.records import PersonDetail
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.disclosure import disclosure_for
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.mentoring.visits import VisitService
from desktop.services.mentoring.workspace import WorkspaceService
from desktop.services.output import (
    Cancelled,
    Progress,
    Stages,
    Target,
    atomic_target,
    counted,
    stop_if_cancelled,
)
from desktop.services.people.service import PeopleService, person_detail

# The workspace's list views, as the exported sheet's title names them.
WORKSPACE_TITLES = {
    "all": "รายชื่อในความดูแลของพี่เลี้ยง",
    "due": "รายชื่อที่ถึงกำหนดเยี่ยม",
    "not_evaluated": "รายชื่อที่ยังไม่ได้ประเมินปีนี้",
}


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
        cancelled: Cancelled | None = None,
    ) -> int:
        """One sheet per person; ``blank=False`` fills in each saved evaluation (people not
        evaluated yet get a blank sheet). Returns the number of sheets."""
        from desktop.documents.evaluation_sheet import render_evaluation_sheets

        self._check()
        if not person_ids:
            raise DeskError("ไม่มีรายชื่อที่จะพิมพ์แบบประเมิน")
        stages = Stages(progress, len(person_ids), len(person_ids))
        evaluations = EvaluationService(self.ctx)
        template = evaluations.template_for(fiscal_year)
        sheets = []
        for person, mentor_name in self._people(person_ids, stages.stage(0), cancelled):
            # A filled sheet is printed for one person at a time (the person's tab), so its
            # evaluation and figures are read per person.
            done = None if blank else evaluations.of(person.id, fiscal_year)
            sheets.append(
                EvaluationSheet(
                    person_name=person.full_name,
                    kind_label=person.kind.label,
                    area_line=self._area(person),
                    mentor_name=mentor_name,
                    fiscal_year=fiscal_year,
                    template=done.template if done else template,
                    evaluation=done,
                    figures=() if blank else evaluations.figures(person.id, fiscal_year),
                )
            )
        details = {"people": len(sheets), "fiscal_year": fiscal_year, "blank": blank}
        with atomic_target(
            out,
            cancelled=cancelled,
            before_publish=lambda: self._audit("evaluation_sheets", details),
        ) as target:
            render_evaluation_sheets(
                target,
                self._office(),
                sheets,
                printed_on=self.ctx.today(),
                progress=stages.stage(1),
                cancelled=cancelled,
            )
        return len(sheets)

    def visit_forms(
        self,
        person_ids: Sequence[int],
        out: Target,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Blank visit forms, pre-printed with each person's name, area and mentor."""
        from desktop.documents.visit_form import render_visit_forms

        self._check()
        if not person_ids:
            raise DeskError("ไม่มีรายชื่อที่จะพิมพ์แบบบันทึกการเยี่ยม")
        stages = Stages(progress, len(person_ids), len(person_ids))
        topics = tuple(t.text for t in VisitService(self.ctx).topics())
        forms = [
            VisitForm(person.full_name, self._area(person), person.phone, mentor_name, topics)
            for person, mentor_name in self._people(person_ids, stages.stage(0), cancelled)
        ]
        details = {"people": len(forms)}
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit("visit_forms", details)
        ) as target:
            render_visit_forms(
                target,
                self._office(),
                forms,
                printed_on=self.ctx.today(),
                progress=stages.stage(1),
                cancelled=cancelled,
            )
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
        office = self._office()
        with atomic_target(
            out, before_publish=lambda: self._audit("visit_record", {"visit_id": visit_id})
        ) as target:
            render_visit_forms(target, office, [form], printed_on=self.ctx.today())

    # The summary is one row a district (930 at most), so it is counted in two steps: the
    # year's figures read, then the file written; a cancel in between writes nothing.
    def summary_pdf(
        self,
        fiscal_year: int,
        out: Target,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        from desktop.documents.evaluation_summary import render_evaluation_summary

        def write(summary, target) -> None:
            render_evaluation_summary(target, self._office(), summary, printed_on=self.ctx.today())

        self._write_summary(fiscal_year, out, write, progress, cancelled)

    def summary_xlsx(
        self,
        fiscal_year: int,
        out: Target,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        from desktop.exchange.evaluation_export import write_summary_xlsx

        self._write_summary(fiscal_year, out, write_summary_xlsx, progress, cancelled)

    def _write_summary(self, fiscal_year, out: Target, write, progress, cancelled) -> None:
        stages = Stages(progress, 1, 1)
        summary = self._summary(fiscal_year, stages, cancelled)
        with atomic_target(out, cancelled=cancelled) as target:
            write(summary, target)
        stages.finish()

    def export_workspace(
        self,
        out: Target,
        *,
        mentor_id: int | None = None,
        district_code: str = "",
        show: str = "all",
        filter_description: str = "",
        csv: bool | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """A mentor's people (or a district's, or everyone's) as the workspace lists them:
        ``show`` "all", "due" (due a visit) or "not_evaluated" (this fiscal year), as .xlsx or
        CSV; audited before the file appears."""
        from desktop.exchange.mentoring_export import workspace_table

        self._check()
        stop_if_cancelled(cancelled)
        people = WorkspaceService(self.ctx).people(mentor_id, district_code=district_code)
        if show == "due":
            people = [p for p in people if p.due_for_visit]
        elif show == "not_evaluated":
            people = [p for p in people if not p.evaluated]
        title = WORKSPACE_TITLES.get(show, WORKSPACE_TITLES["all"])
        table = workspace_table(
            people,
            title=title,
            office=self._office_line(),
            filter_text=filter_description,
            printed_on=self.ctx.today(),
        )
        details = {"people": len(people), "show": show, "filter": filter_description}
        return self._export(table, "workspace_export", details, out, csv, progress, cancelled)

    def export_evaluations(
        self,
        fiscal_year: int,
        out: Target,
        *,
        csv: bool | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Every evaluation of ``fiscal_year``, one row per evaluated person (Thai name order)
        with the total and the grade, as .xlsx or CSV; audited before the file appears."""
        from desktop.domain.collation import thai_sort_key
        from desktop.exchange.mentoring_export import evaluations_table
        from desktop.services.mentoring.evaluations import evaluation_info

        self._check()
        self.ctx.require(Permission.VIEW_PEOPLE)
        stop_if_cancelled(cancelled)
        with self.ctx.unit_of_work() as s:
            infos = [evaluation_info(s, e) for e in evaluation_queries.of_year(s, fiscal_year)]
        infos.sort(key=lambda e: thai_sort_key(e.person_name))
        table = evaluations_table(
            infos,
            office=self._office_line(),
            filter_text=f"ปีงบประมาณ {fiscal_year}",
            printed_on=self.ctx.today(),
        )
        details = {"people": len(infos), "fiscal_year": fiscal_year}
        return self._export(table, "evaluations_export", details, out, csv, progress, cancelled)

    # -- helpers ---------------------------------------------------------------------------
    def _export(self, table, document, details, out, csv, progress, cancelled) -> int:
        from desktop.exchange.list_export import wants_csv, write_list

        as_csv = wants_csv(out, csv)
        details = {**details, "format": "csv" if as_csv else "xlsx"}
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit(document, details)
        ) as target:
            return write_list(table, target, csv=as_csv, progress=progress, cancelled=cancelled)

    def _office_line(self) -> str:
        from desktop.documents.layout import office_line

        return office_line(self._office())

    def _check(self) -> None:
        self.ctx.require(Permission.VIEW_MENTORING)
        self.ctx.require(Permission.PRINT_PERSONAL_DATA)

    def _office(self):
        return AccountService(self.ctx).required_office()

    def _people(
        self, person_ids: Sequence[int], progress: Progress | None, cancelled: Cancelled | None
    ) -> list[tuple[PersonDetail, str]]:
        """Each person with their current mentor's name ("" without one), in the order asked
        for, all in one unit of work."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        loaded = []
        with self.ctx.unit_of_work() as s:
            people = people_queries.by_ids_with_details(s, person_ids)
            mentors = assignment_queries.current_mentor_names(s, person_ids)
            shown = disclosure_for(self.ctx, s)  # a mentor's forms: only their people's phones
            for person_id in counted(person_ids, len(person_ids), progress, cancelled):
                if person_id not in people:
                    raise NotFound(f"ไม่พบบุคคลรหัส {person_id} ในทะเบียน")
                person = shown.person_detail(person_detail(s, people[person_id]))
                loaded.append((person, mentors.get(person_id, "")))
        return loaded

    def _summary(self, fiscal_year: int, stages: Stages, cancelled: Cancelled | None):
        stop_if_cancelled(cancelled)
        summary = EvaluationService(self.ctx).summary(fiscal_year)
        if (first := stages.stage(0)) is not None:
            first(1, 1)
        stop_if_cancelled(cancelled)
        return summary

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
