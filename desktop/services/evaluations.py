"""Evaluation templates (versioned once used) and the yearly evaluation of each person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import (
    Evaluation,
    EvaluationScore,
    EvaluationTemplate,
    GradeBandRow,
    Person,
    TemplateCriterion,
    User,
    Visit,
)
from desktop import areas
from desktop.domain.errors import DuplicateError, NotFound, StaleRecordError, ValidationError
from desktop.domain.evaluation import (
    DEFAULT_BANDS,
    DEFAULT_CRITERIA,
    DEFAULT_NAME,
    Criterion,
    EvaluationDraft,
    EvaluationInfo,
    FiscalYearSummary,
    GradeBand,
    GradeCount,
    TemplateInfo,
    grade_for,
    score_errors,
    template_errors,
    weighted_total,
)
from desktop.domain.fiscal_year import fiscal_year_bounds
from desktop.domain.people import PersonStatus
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.mentor_assignments import person_name


def template_info(s: Session, t: EvaluationTemplate) -> TemplateInfo:
    used = s.scalar(select(Evaluation.id).where(Evaluation.template_id == t.id).limit(1))
    return TemplateInfo(
        id=t.id, fiscal_year=t.fiscal_year, version=t.version, name=t.name,
        criteria=tuple(Criterion(c.text, c.weight, c.max_score) for c in t.criteria),
        bands=tuple(GradeBand(b.label, b.min_percent) for b in t.bands), used=used is not None,
    )  # fmt: skip


class EvaluationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- templates -------------------------------------------------------------------------
    def template_for(self, fiscal_year: int) -> TemplateInfo:
        """The latest template of ``fiscal_year``; a year without one starts from the previous
        year's (or the built-in default), so the admin never faces an empty form."""
        with self.ctx.unit_of_work() as s:
            return template_info(s, self._latest_or_seed(s, fiscal_year))

    def templates(self, fiscal_year: int) -> list[TemplateInfo]:
        with self.ctx.unit_of_work() as s:
            self._latest_or_seed(s, fiscal_year)
            rows = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.fiscal_year == fiscal_year)
                             .order_by(EvaluationTemplate.version)).all()  # fmt: skip
            return [template_info(s, t) for t in rows]

    def save_template(
        self, fiscal_year: int, name: str, criteria: Sequence[Criterion], bands: Sequence[GradeBand]
    ) -> TemplateInfo:
        """Change the year's template: in place while nobody was scored on it, else a new version."""
        user = self.ctx.require(Permission.MANAGE_MENTORING_SETUP)
        errors = template_errors(name, criteria, bands)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as s:
            latest = self._latest_or_seed(s, fiscal_year)
            if template_info(s, latest).used:
                latest = EvaluationTemplate(fiscal_year=fiscal_year, version=latest.version + 1,
                                            created_by_id=user.id)  # fmt: skip
                s.add(latest)
            latest.name = name.strip()
            latest.criteria = [TemplateCriterion(position=i, text=c.text.strip(), weight=c.weight,
                                                 max_score=c.max_score) for i, c in enumerate(criteria)]  # fmt: skip
            latest.bands = [GradeBandRow(label=b.label.strip(), min_percent=b.min_percent) for b in bands]
            s.flush()
            s.refresh(latest)
            audit.record(s, user, "update", "evaluation_template", latest.id,
                         {"fiscal_year": fiscal_year, "version": latest.version})  # fmt: skip
            return template_info(s, latest)

    # -- evaluations -----------------------------------------------------------------------
    def evaluate(self, draft: EvaluationDraft) -> EvaluationInfo:
        user = self.ctx.require(Permission.EVALUATE)
        with self.ctx.unit_of_work() as s:
            if s.get(Person, draft.person_id) is None:
                raise NotFound(f"ไม่พบบุคคลรหัส {draft.person_id}")
            if self._existing(s, draft.person_id, draft.fiscal_year) is not None:
                raise DuplicateError(f"บุคคลนี้มีผลการประเมินปีงบประมาณ {draft.fiscal_year} แล้ว "
                                     "กรุณาแก้ไขผลเดิมแทน")  # fmt: skip
            template = template_info(s, self._latest_or_seed(s, draft.fiscal_year))
            evaluation = Evaluation(person_id=draft.person_id, fiscal_year=draft.fiscal_year,
                                    template_id=template.id, evaluator_id=user.id)  # fmt: skip
            self._apply(evaluation, draft, template)
            s.add(evaluation)
            try:
                s.flush()
            except IntegrityError:  # another user saved this year's evaluation a moment ago
                raise DuplicateError("บุคคลนี้มีผลการประเมินปีนี้แล้ว") from None
            audit.record(s, user, "create", "evaluation", evaluation.id,
                         {"person_id": draft.person_id, "fiscal_year": draft.fiscal_year})  # fmt: skip
            return self._info(s, evaluation)

    def update(self, evaluation_id: int, expected_version: int, draft: EvaluationDraft) -> EvaluationInfo:
        """New scores on the template the evaluation was made with (never a newer one)."""
        user = self.ctx.require(Permission.EVALUATE)
        try:
            with self.ctx.unit_of_work() as s:
                evaluation = self._load(s, evaluation_id)
                if evaluation.version != expected_version:
                    raise StaleRecordError()
                template = template_info(s, s.get(EvaluationTemplate, evaluation.template_id))
                self._apply(evaluation, draft, template)
                evaluation.evaluator_id = user.id
                s.flush()
                audit.record(s, user, "update", "evaluation", evaluation.id, {"total": evaluation.total})
                return self._info(s, evaluation)
        except StaleDataError:
            raise StaleRecordError() from None

    def get(self, evaluation_id: int) -> EvaluationInfo:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return self._info(s, self._load(s, evaluation_id))

    def of(self, person_id: int, fiscal_year: int) -> EvaluationInfo | None:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            e = self._existing(s, person_id, fiscal_year)
            return self._info(s, e) if e is not None else None

    def for_person(self, person_id: int) -> list[EvaluationInfo]:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            rows = s.scalars(select(Evaluation).where(Evaluation.person_id == person_id)
                             .order_by(Evaluation.fiscal_year.desc())).all()  # fmt: skip
            return [self._info(s, e) for e in rows]

    def figures(self, person_id: int, fiscal_year: int) -> tuple[tuple[str, str], ...]:
        """What the system knows of the year, shown beside the form: visits, needs reported."""
        from desktop.services.cases import CaseService

        first, last = fiscal_year_bounds(fiscal_year)
        with self.ctx.unit_of_work() as s:
            visits = s.scalar(select(func.count(Visit.id)).where(
                Visit.person_id == person_id, Visit.visited_on.between(first, last))) or 0  # fmt: skip
        rows = [r for r in CaseService(self.ctx).cases_reported_by(person_id)
                if first <= r.received_on <= last]  # fmt: skip
        resolved = sum(1 for r in rows if r.outcome is not None)
        return (
            ("การเยี่ยมที่ได้รับ", f"{visits} ครั้ง"),
            ("ความต้องการที่ชี้เป้า", f"{len(rows)} เรื่อง"),
            ("ได้รับการแก้ไขแล้ว", f"{resolved} เรื่อง"),
        )

    def summary(self, fiscal_year: int) -> FiscalYearSummary:
        """Counts per grade per district, and the average of each criterion, for one year."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            template = template_info(s, self._latest_or_seed(s, fiscal_year))
            rows = s.execute(select(Evaluation, Person.district_code)
                             .join(Person, Person.id == Evaluation.person_id)
                             .where(Evaluation.fiscal_year == fiscal_year)).all()  # fmt: skip
            active = s.scalar(select(func.count(Person.id))
                              .where(Person.status == PersonStatus.ACTIVE.value)) or 0  # fmt: skip
            per_district: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            sums: dict[tuple[int, int], list[int]] = defaultdict(list)
            templates: dict[int, TemplateInfo] = {}
            for e, district in rows:
                name = areas.district_name(district) if district else "ไม่ระบุอำเภอ"
                per_district[name][e.grade] += 1
                for sc in e.scores:
                    sums[(e.template_id, sc.position)].append(sc.score)
                if e.template_id not in templates:
                    templates[e.template_id] = template_info(s, s.get(EvaluationTemplate, e.template_id))
        averages = []
        for (template_id, position), values in sorted(sums.items()):
            c = templates[template_id].criteria[position]
            averages.append((c.text, round(sum(values) / len(values), 2), c.max_score))
        grades = tuple(b.label for b in sorted(template.bands, key=lambda b: -b.min_percent))
        districts = tuple(GradeCount(name, dict(counts)) for name, counts in sorted(per_district.items()))
        return FiscalYearSummary(fiscal_year, grades, districts, tuple(averages),
                                 evaluated=len(rows), not_evaluated=max(active - len(rows), 0))  # fmt: skip

    # -- helpers ---------------------------------------------------------------------------
    def _apply(self, e: Evaluation, draft: EvaluationDraft, template: TemplateInfo) -> None:
        if len(draft.scores) != len(template.criteria):
            raise ValidationError({"scores": "จำนวนคะแนนไม่ตรงกับหัวข้อของแบบประเมิน"})
        errors = score_errors(draft.scores, template.criteria)
        if draft.evaluated_on > self.ctx.today():
            errors["evaluated_on"] = "วันที่ประเมินต้องไม่เป็นวันในอนาคต"
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

    def _latest_or_seed(self, s: Session, fiscal_year: int) -> EvaluationTemplate:
        latest = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.fiscal_year == fiscal_year)
                           .order_by(EvaluationTemplate.version.desc()).limit(1)).first()  # fmt: skip
        if latest is not None:
            return latest
        earlier = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.fiscal_year < fiscal_year)
                            .order_by(EvaluationTemplate.fiscal_year.desc(),
                                      EvaluationTemplate.version.desc()).limit(1)).first()  # fmt: skip
        criteria = ([Criterion(c.text, c.weight, c.max_score) for c in earlier.criteria]
                    if earlier else list(DEFAULT_CRITERIA))  # fmt: skip
        bands = [GradeBand(b.label, b.min_percent) for b in earlier.bands] if earlier else list(DEFAULT_BANDS)
        t = EvaluationTemplate(fiscal_year=fiscal_year, version=1, name=earlier.name if earlier else DEFAULT_NAME)
        t.criteria = [TemplateCriterion(position=i, text=c.text, weight=c.weight, max_score=c.max_score)
                      for i, c in enumerate(criteria)]  # fmt: skip
        t.bands = [GradeBandRow(label=b.label, min_percent=b.min_percent) for b in bands]
        s.add(t)
        s.flush()
        return t

    def _existing(self, s: Session, person_id: int, fiscal_year: int) -> Evaluation | None:
        return s.scalars(select(Evaluation).where(Evaluation.person_id == person_id,
                                                  Evaluation.fiscal_year == fiscal_year)).first()  # fmt: skip

    def _load(self, s: Session, evaluation_id: int) -> Evaluation:
        e = s.get(Evaluation, evaluation_id)
        if e is None:
            raise NotFound(f"ไม่พบผลการประเมินรหัส {evaluation_id}")
        return e

    def _info(self, s: Session, e: Evaluation) -> EvaluationInfo:
        person = s.get(Person, e.person_id)
        evaluator = s.get(User, e.evaluator_id)
        return EvaluationInfo(
            id=e.id, version=e.version, person_id=e.person_id,
            person_name=person_name(person) if person else "", fiscal_year=e.fiscal_year,
            template=template_info(s, s.get(EvaluationTemplate, e.template_id)),
            evaluator=evaluator.full_name if evaluator else "", evaluator_id=e.evaluator_id,
            evaluated_on=e.evaluated_on, scores=tuple(sc.score for sc in e.scores), total=e.total,
            grade=e.grade, strengths=e.strengths, to_improve=e.to_improve, comments=e.comments,
        )  # fmt: skip
