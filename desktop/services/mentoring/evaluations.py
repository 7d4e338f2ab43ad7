"""The yearly evaluation of each person: scored on the year's template, total and grade
computed by the domain, one per person per fiscal year; the year's summary; and the figures
from the system shown beside the form."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Evaluation, EvaluationScore, EvaluationTemplate, Person
from db.queries import accounts as account_queries
from db.queries import audit as audit_queries
from db.queries import cases as case_queries
from db.queries import evaluations as q
from db.queries import visits as visit_queries
from db.queries.cases import CaseFilter
from desktop import areas
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.conflicts import EditConflict
from desktop.domain.errors import (
    ConflictingEdit,
    DuplicateError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of
from desktop.domain.mentoring.evaluation import (
    Criterion,
    EvaluationDraft,
    EvaluationInfo,
    FiscalYearSummary,
    GradeBand,
    GradeCount,
    TemplateInfo,
    evaluation_errors,
    fiscal_year_error,
    grade_for,
    weighted_total,
)
from desktop.domain.mentoring.records import YearFigures
from desktop.domain.people import PersonStatus, person_name
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases.mapping import to_row
from desktop.services.context import ServiceContext, local_time
from desktop.services.mentoring.evaluation_conflicts import evaluation_conflict, overridden_detail
from desktop.services.mentoring.mentors import check_mentor
from desktop.services.mentoring.templates import TemplateService, template_info, year_template
from desktop.services.recordable import recordable_person

__all__ = ["EvaluationService", "evaluation_info", "evaluation_record", "template_info"]


def evaluation_info(s: Session, e: Evaluation) -> EvaluationInfo:
    """The plain record of an evaluation, with its template and names, read in the caller's session."""
    names = account_queries.full_names(s, (e.evaluator_id, e.entered_by_id))
    template = template_info(s, s.get(EvaluationTemplate, e.template_id))
    return evaluation_record(e, person_name(s.get(Person, e.person_id)), template, names)


def evaluation_record(
    e: Evaluation, name: str, template: TemplateInfo, names: Mapping[int, str]
) -> EvaluationInfo:
    """An evaluation as its plain record, from its template and names read already (a batch
    of evaluations reads them once)."""
    return EvaluationInfo(
        id=e.id,
        version=e.version,
        person_id=e.person_id,
        person_name=name,
        fiscal_year=e.fiscal_year,
        template=template,
        evaluator=names.get(e.evaluator_id, ""),
        evaluator_id=e.evaluator_id,
        evaluated_on=e.evaluated_on,
        scores=tuple(sc.score for sc in e.scores),
        total=e.total,
        grade=e.grade,
        strengths=e.strengths,
        to_improve=e.to_improve,
        comments=e.comments,
        entered_by=names.get(e.entered_by_id, "") if e.entered_by_id else "",
        entered_by_id=e.entered_by_id,
    )


class EvaluationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- templates (kept here for callers that predate TemplateService) --------------------
    def template_for(self, fiscal_year: int) -> TemplateInfo:
        return TemplateService(self.ctx).template_for(fiscal_year)

    def templates(self, fiscal_year: int) -> list[TemplateInfo]:
        return TemplateService(self.ctx).templates(fiscal_year)

    def save_template(
        self, fiscal_year: int, name: str, criteria: Sequence[Criterion], bands: Sequence[GradeBand]
    ) -> TemplateInfo:
        return TemplateService(self.ctx).save(fiscal_year, name, criteria, bands)

    # -- evaluations -----------------------------------------------------------------------
    def evaluate(self, draft: EvaluationDraft) -> EvaluationInfo:
        """Score a person on the year's current template. A mentor evaluates as themself; a
        clerk keying in a mentor's paper sheet names the mentor in ``draft.evaluator_id``."""
        user = self.ctx.require(Permission.EVALUATE)
        if problem := fiscal_year_error(draft.fiscal_year, self.ctx.today()):
            raise ValidationError({"fiscal_year": problem})
        try:
            with self.ctx.unit_of_work() as s:
                template = template_info(
                    s, year_template(s, draft.fiscal_year)
                )  # first: it may seed
                recordable_person(s, draft.person_id)
                evaluator_id = self._evaluator_for(s, draft)
                if q.of_person_year(s, draft.person_id, draft.fiscal_year) is not None:
                    raise DuplicateError(
                        f"บุคคลนี้มีผลการประเมินปีงบประมาณ {draft.fiscal_year} แล้ว กรุณาแก้ไขผลเดิมแทน"
                    )
                evaluation = Evaluation(
                    person_id=draft.person_id,
                    fiscal_year=draft.fiscal_year,
                    template_id=template.id,
                    evaluator_id=evaluator_id,
                    entered_by_id=user.id,
                )
                self._apply(evaluation, draft, template)
                s.add(evaluation)
                s.flush()
                audit.record(
                    s,
                    user,
                    "create",
                    "evaluation",
                    evaluation.id,
                    {
                        "person_id": draft.person_id,
                        "fiscal_year": draft.fiscal_year,
                        "evaluator_id": evaluator_id,
                    },
                )
                return evaluation_info(s, evaluation)
        except IntegrityError:  # another user saved this year's evaluation a moment ago
            raise DuplicateError("บุคคลนี้มีผลการประเมินปีนี้แล้ว") from None

    def update(
        self, evaluation_id: int, expected_version: int, draft: EvaluationDraft
    ) -> EvaluationInfo:
        """New scores on the template the evaluation was made with (never a newer one). Mentors
        change only their own evaluations; the evaluator stays unless a clerk names another.
        Saved by someone else since ``expected_version``: ``ConflictingEdit`` with both."""
        return self._save(evaluation_id, expected_version, draft)

    def conflict(
        self, evaluation_id: int, mine: EvaluationDraft, opened: EvaluationDraft | None = None
    ) -> EditConflict[EvaluationDraft]:
        """The stored evaluation (theirs) beside ``mine``, criterion by criterion."""
        self.ctx.require(Permission.EVALUATE)
        with self.ctx.unit_of_work() as s:
            return self._conflict(s, self._load(s, evaluation_id), mine, opened)

    def save_resolved(
        self,
        evaluation_id: int,
        resolved: EvaluationDraft,
        against_version: int,
        mine: EvaluationDraft | None = None,
    ) -> EvaluationInfo:
        """Save what a conflict was resolved to over the version it was resolved against; the
        audit row keeps the values it overrode and those of ``mine`` given up."""
        return self._save(evaluation_id, against_version, resolved, resolving=mine or resolved)

    def _save(
        self,
        evaluation_id: int,
        expected_version: int,
        draft: EvaluationDraft,
        resolving: EvaluationDraft | None = None,
    ) -> EvaluationInfo:
        user = self.ctx.require(Permission.EVALUATE)
        with self.ctx.unit_of_work() as s:
            evaluation = self._load(s, evaluation_id)
            if evaluation.evaluator_id != user.id and not self.ctx.can(
                Permission.KEY_IN_FOR_MENTOR
            ):
                raise PermissionDenied("พี่เลี้ยงแก้ไขได้เฉพาะผลการประเมินที่ตนเองประเมิน")
            if evaluation.version != expected_version:
                raise ConflictingEdit(self._conflict(s, evaluation, draft, None))
            if (draft.person_id, draft.fiscal_year) != (
                evaluation.person_id,
                evaluation.fiscal_year,
            ):
                raise ValidationError({"fiscal_year": "ย้ายผลการประเมินไปเป็นของบุคคลหรือปีอื่นไม่ได้"})
            recordable_person(s, evaluation.person_id)
            stored = evaluation_info(s, evaluation) if resolving is not None else None
            if draft.evaluator_id is not None and draft.evaluator_id != evaluation.evaluator_id:
                evaluation.evaluator_id = self._evaluator_for(s, draft)
            template = template_info(s, s.get(EvaluationTemplate, evaluation.template_id))
            self._apply(evaluation, draft, template)
            s.flush()
            details: dict = {"total": evaluation.total}
            if stored is not None:
                details["conflict"] = overridden_detail(stored, draft, resolving, expected_version)
            audit.record(s, user, "update", "evaluation", evaluation.id, details)
            return evaluation_info(s, evaluation)

    def _conflict(
        self, s: Session, e: Evaluation, mine: EvaluationDraft, opened: EvaluationDraft | None
    ) -> EditConflict[EvaluationDraft]:
        trail = audit_queries.for_entity(s, "evaluation", e.id)
        saved_by = trail[-1].username if trail else ""
        return evaluation_conflict(
            evaluation_info(s, e), mine, opened, saved_by, local_time(e.updated_at)
        )

    def get(self, evaluation_id: int) -> EvaluationInfo:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return evaluation_info(s, self._load(s, evaluation_id))

    def of(self, person_id: int, fiscal_year: int) -> EvaluationInfo | None:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            e = q.of_person_year(s, person_id, fiscal_year)
            return evaluation_info(s, e) if e is not None else None

    def for_person(self, person_id: int) -> list[EvaluationInfo]:
        """Newest fiscal year first."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return [evaluation_info(s, e) for e in q.for_person(s, person_id)]

    def figures(self, person_id: int, fiscal_year: int) -> tuple[tuple[str, str], ...]:
        """The year's figures as the printed sheet's Thai lines."""
        return self.year_figures(person_id, fiscal_year).lines()

    def year_figures(self, person_id: int, fiscal_year: int) -> YearFigures:
        """What the system knows of the year, shown beside the form: visits received, needs
        reported (duplicates not counted, as in the referral reports) and their outcomes."""
        self.ctx.require(Permission.VIEW_MENTORING)
        self.ctx.require(Permission.VIEW_CASES)
        first, last = fiscal_year_bounds(fiscal_year)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            visits = visit_queries.count_between(s, person_id, first, last)
            reported = case_queries.all_matching(
                s, CaseFilter(reporter_id=person_id, sort="received_on", descending=True)
            )
            rows = [
                r
                for r in (to_row(line, today) for line in reported)
                if fiscal_year_of(r.received_on) == fiscal_year and r.status != CaseStatus.DUPLICATE
            ]
        outcomes = Counter(r.outcome for r in rows if r.outcome is not None)
        return YearFigures(visits, len(rows), tuple(outcomes.most_common()))

    def summary(self, fiscal_year: int) -> FiscalYearSummary:
        """Counts per grade per district, and the average of each criterion, for one year."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            template = template_info(s, year_template(s, fiscal_year))
            not_evaluated = q.count_not_evaluated(s, fiscal_year, PersonStatus.ACTIVE.value)
            per_district: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            evaluated = 0
            for district, grade, n in q.grade_counts_by_district(s, fiscal_year):
                name = areas.district_name(district) if district else "ไม่ระบุอำเภอ"
                per_district[name][grade] += n
                evaluated += n
            templates: dict[int, TemplateInfo] = {}
            averages = []
            for template_id, position, average in q.criterion_averages(s, fiscal_year):
                if template_id not in templates:
                    templates[template_id] = template_info(
                        s, s.get(EvaluationTemplate, template_id)
                    )
                c = templates[template_id].criteria[position]
                averages.append((c.text, round(float(average), 2), c.max_score))
        grades = tuple(b.label for b in sorted(template.bands, key=lambda b: -b.min_percent))
        # Grades of older template versions that the newest no longer has still get a column.
        grades += tuple(sorted({g for c in per_district.values() for g in c} - set(grades)))
        districts = tuple(
            GradeCount(name, dict(counts)) for name, counts in sorted(per_district.items())
        )
        return FiscalYearSummary(
            fiscal_year,
            grades,
            districts,
            tuple(averages),
            evaluated=evaluated,
            not_evaluated=not_evaluated,
        )

    # -- helpers ---------------------------------------------------------------------------
    def _evaluator_for(self, s: Session, draft: EvaluationDraft) -> int:
        """Whoever evaluates signs it; keying in another mentor's sheet takes a clerk."""
        user = self.ctx.user
        assert user is not None
        if draft.evaluator_id is None or draft.evaluator_id == user.id:
            return user.id
        self.ctx.require(Permission.KEY_IN_FOR_MENTOR)
        return check_mentor(s, draft.evaluator_id).id

    def _apply(self, e: Evaluation, draft: EvaluationDraft, template: TemplateInfo) -> None:
        errors = evaluation_errors(draft, template.criteria, self.ctx.today())
        if errors:
            raise ValidationError(errors)
        scores = [int(x) for x in draft.scores if x is not None]
        e.evaluated_on = draft.evaluated_on
        e.total = weighted_total(scores, template.criteria)
        e.grade = grade_for(e.total, template.bands)
        e.strengths, e.to_improve, e.comments = draft.strengths, draft.to_improve, draft.comments
        by_position = {sc.position: sc for sc in e.scores}
        for i, value in enumerate(scores):
            if i in by_position:
                by_position[i].score = value
            else:
                e.scores.append(EvaluationScore(position=i, score=value))

    def _load(self, s: Session, evaluation_id: int) -> Evaluation:
        e = s.get(Evaluation, evaluation_id)
        if e is None:
            raise NotFound(f"ไม่พบผลการประเมินรหัส {evaluation_id}")
        return e
