"""Evaluation templates per fiscal year, versioned once used.

A year without a template starts from the previous year's newest version (or the built-in
default), so the admin never faces an empty form. A template nobody has been scored on is
changed in place; once used, saving makes a new version and old evaluations keep theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import EvaluationTemplate, GradeBandRow, TemplateCriterion
from db.queries import evaluations as q
from desktop.domain.errors import NotFound, StaleRecordError, ValidationError
from desktop.domain.mentoring.evaluation import (
    DEFAULT_BANDS,
    DEFAULT_CRITERIA,
    DEFAULT_NAME,
    Criterion,
    GradeBand,
    TemplateInfo,
    template_errors,
)
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext


def template_info(s: Session, t: EvaluationTemplate) -> TemplateInfo:
    return template_record(t, used=q.template_used(s, t.id))


def template_record(t: EvaluationTemplate, *, used: bool) -> TemplateInfo:
    """A template as its plain record, whether it was ``used`` known already."""
    return TemplateInfo(
        id=t.id,
        fiscal_year=t.fiscal_year,
        version=t.version,
        name=t.name,
        criteria=tuple(Criterion(c.text, c.weight, c.max_score) for c in t.criteria),
        bands=tuple(GradeBand(b.label, b.min_percent) for b in t.bands),
        used=used,
        created_at=t.created_at,
    )


def year_template(s: Session, fiscal_year: int) -> EvaluationTemplate:
    """The year's newest version, giving the year its first template when it has none.

    Call it first in a unit of work, before the use case writes anything: when two users open
    a new year at once, the database lets one seed it and refuses the other's seed; that
    session then rolls back (nothing but its seed) and reads the year the first one made.
    """
    t = q.latest_template(s, fiscal_year)
    if t is not None:
        return t
    try:
        return _seed(s, fiscal_year)
    except IntegrityError:  # seeded by someone else a moment ago: use theirs
        s.rollback()
    t = q.latest_template(s, fiscal_year)
    if t is None:
        raise NotFound(f"ยังไม่มีแบบประเมินปีงบประมาณ {fiscal_year}")
    return t


def _seed(s: Session, fiscal_year: int) -> EvaluationTemplate:
    earlier = q.latest_template_before(s, fiscal_year)
    if earlier is not None:
        name = earlier.name
        criteria = [Criterion(c.text, c.weight, c.max_score) for c in earlier.criteria]
        bands = [GradeBand(b.label, b.min_percent) for b in earlier.bands]
    else:
        name, criteria, bands = DEFAULT_NAME, list(DEFAULT_CRITERIA), list(DEFAULT_BANDS)
    t = EvaluationTemplate(fiscal_year=fiscal_year, version=1, name=name)
    _fill(t, name, criteria, bands)
    s.add(t)
    s.flush()
    return t


def _fill(
    t: EvaluationTemplate, name: str, criteria: Sequence[Criterion], bands: Sequence[GradeBand]
) -> None:
    t.name = name.strip()
    t.criteria = [
        TemplateCriterion(position=i, text=c.text.strip(), weight=c.weight, max_score=c.max_score)
        for i, c in enumerate(criteria)
    ]
    t.bands = [GradeBandRow(label=b.label.strip(), min_percent=b.min_percent) for b in bands]


class TemplateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def template_for(self, fiscal_year: int) -> TemplateInfo:
        """The newest version of the year's template: the one new evaluations are scored on."""
        with self.ctx.unit_of_work() as s:
            return template_info(s, year_template(s, fiscal_year))

    def templates(self, fiscal_year: int) -> list[TemplateInfo]:
        """Every version of the year's template, oldest first."""
        with self.ctx.unit_of_work() as s:
            year_template(s, fiscal_year)  # a year nobody opened yet starts from its seed
            return [template_info(s, t) for t in q.templates_of_year(s, fiscal_year)]

    def get(self, template_id: int) -> TemplateInfo:
        with self.ctx.unit_of_work() as s:
            t = s.get(EvaluationTemplate, template_id)
            if t is None:
                raise NotFound(f"ไม่พบแบบประเมินรหัส {template_id}")
            return template_info(s, t)

    def save(
        self, fiscal_year: int, name: str, criteria: Sequence[Criterion], bands: Sequence[GradeBand]
    ) -> TemplateInfo:
        """Change the year's template: in place while nobody was scored on it, else a new version."""
        user = self.ctx.require(Permission.MANAGE_MENTORING_SETUP)
        errors = template_errors(name, criteria, bands)
        if errors:
            raise ValidationError(errors)
        try:
            with self.ctx.unit_of_work() as s:
                latest = year_template(s, fiscal_year)
                if q.template_used(s, latest.id):
                    latest = EvaluationTemplate(
                        fiscal_year=fiscal_year, version=latest.version + 1, created_by_id=user.id
                    )
                    s.add(latest)
                _fill(latest, name, criteria, bands)
                s.flush()
                s.refresh(latest)
                audit.record(
                    s,
                    user,
                    "update",
                    "evaluation_template",
                    latest.id,
                    {"fiscal_year": fiscal_year, "version": latest.version},
                )
                return template_info(s, latest)
        except IntegrityError:  # another admin saved a new version of this year a moment ago
            raise StaleRecordError() from None
