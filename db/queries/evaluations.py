"""Evaluation templates (by fiscal year and version) and evaluations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from db.models import Evaluation, EvaluationScore, EvaluationTemplate, Person


def latest_template(session: Session, fiscal_year: int) -> EvaluationTemplate | None:
    return session.scalars(
        select(EvaluationTemplate)
        .where(EvaluationTemplate.fiscal_year == fiscal_year)
        .order_by(EvaluationTemplate.version.desc())
        .limit(1)
    ).first()


def latest_template_before(session: Session, fiscal_year: int) -> EvaluationTemplate | None:
    """The newest version of the nearest earlier year: where a new year's template starts."""
    return session.scalars(
        select(EvaluationTemplate)
        .where(EvaluationTemplate.fiscal_year < fiscal_year)
        .order_by(EvaluationTemplate.fiscal_year.desc(), EvaluationTemplate.version.desc())
        .limit(1)
    ).first()


def templates_of_year(session: Session, fiscal_year: int) -> Sequence[EvaluationTemplate]:
    return session.scalars(
        select(EvaluationTemplate)
        .where(EvaluationTemplate.fiscal_year == fiscal_year)
        .order_by(EvaluationTemplate.version)
    ).all()


def template_used(session: Session, template_id: int) -> bool:
    """Has anyone been scored on it (then it is never changed in place)."""
    found = session.scalar(
        select(Evaluation.id).where(Evaluation.template_id == template_id).limit(1)
    )
    return found is not None


def of_person_year(session: Session, person_id: int, fiscal_year: int) -> Evaluation | None:
    return session.scalars(
        select(Evaluation).where(
            Evaluation.person_id == person_id, Evaluation.fiscal_year == fiscal_year
        )
    ).first()


def for_person(session: Session, person_id: int) -> Sequence[Evaluation]:
    """Newest fiscal year first."""
    return session.scalars(
        select(Evaluation)
        .where(Evaluation.person_id == person_id)
        .order_by(Evaluation.fiscal_year.desc())
    ).all()


def grade_counts_by_district(session: Session, fiscal_year: int) -> Sequence[Row[Any]]:
    """(district code, grade, how many) of the evaluations of ``fiscal_year``."""
    return session.execute(
        select(Person.district_code, Evaluation.grade, func.count(Evaluation.id))
        .join(Person, Person.id == Evaluation.person_id)
        .where(Evaluation.fiscal_year == fiscal_year)
        .group_by(Person.district_code, Evaluation.grade)
    ).all()


def criterion_averages(session: Session, fiscal_year: int) -> Sequence[Row[Any]]:
    """(template id, criterion position, average score) over the evaluations of
    ``fiscal_year``, per template version they were scored on."""
    return session.execute(
        select(Evaluation.template_id, EvaluationScore.position, func.avg(EvaluationScore.score))
        .join(EvaluationScore, EvaluationScore.evaluation_id == Evaluation.id)
        .where(Evaluation.fiscal_year == fiscal_year)
        .group_by(Evaluation.template_id, EvaluationScore.position)
        .order_by(Evaluation.template_id, EvaluationScore.position)
    ).all()


def count_not_evaluated(session: Session, fiscal_year: int, status: str) -> int:
    """People in ``status`` with no evaluation for ``fiscal_year``."""
    evaluated = select(Evaluation.person_id).where(Evaluation.fiscal_year == fiscal_year)
    return (
        session.scalar(
            select(func.count(Person.id)).where(
                Person.status == status, Person.id.not_in(evaluated)
            )
        )
        or 0
    )


def of_year(session: Session, fiscal_year: int) -> Sequence[Evaluation]:
    """Every evaluation of one fiscal year (at most one per person), in the order saved."""
    return session.scalars(
        select(Evaluation).where(Evaluation.fiscal_year == fiscal_year).order_by(Evaluation.id)
    ).all()
