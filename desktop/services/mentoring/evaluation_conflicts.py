"""An evaluation saved by two users at once: the date, each criterion's score and the three
texts, mine beside theirs, and what the audit trail keeps of the side that lost."""

from __future__ import annotations

from typing import Any

from desktop.domain.conflicts import EditConflict, differing_fields
from desktop.domain.mentoring.evaluation import EvaluationDraft, EvaluationInfo
from desktop.domain.thai_dates import format_medium

TEXT_LABELS = {
    "evaluated_on": "วันที่ประเมิน",
    "strengths": "จุดเด่น",
    "to_improve": "สิ่งที่ควรพัฒนา",
    "comments": "ความเห็นเพิ่มเติม",
}
EMPTY = "—"


def draft_of(info: EvaluationInfo) -> EvaluationDraft:
    return EvaluationDraft(
        person_id=info.person_id,
        fiscal_year=info.fiscal_year,
        evaluated_on=info.evaluated_on,
        scores=tuple(info.scores),
        strengths=info.strengths,
        to_improve=info.to_improve,
        comments=info.comments,
        evaluator_id=info.evaluator_id,
    )


def _names(info: EvaluationInfo) -> list[str]:
    return (
        ["evaluated_on"]
        + [f"scores.{i}" for i in range(len(info.template.criteria))]
        + [
            "strengths",
            "to_improve",
            "comments",
        ]
    )


def comparable(draft: EvaluationDraft, name: str) -> Any:
    base, _, item = name.partition(".")
    if item:
        i = int(item)
        return draft.scores[i] if i < len(draft.scores) else None
    value = getattr(draft, base)
    return value.strip() if isinstance(value, str) else value


def shown(draft: EvaluationDraft, name: str) -> str:
    value = comparable(draft, name)
    if name == "evaluated_on":
        return format_medium(value) if value else EMPTY
    return EMPTY if value in (None, "") else str(value)


def evaluation_conflict(
    stored: EvaluationInfo,
    mine: EvaluationDraft,
    opened: EvaluationDraft | None,
    saved_by: str = "",
    saved_at=None,
) -> EditConflict[EvaluationDraft]:
    criteria = stored.template.criteria

    def label(name: str) -> str:
        if name.startswith("scores."):
            i = int(name.split(".")[1])
            return f"ข้อ {i + 1}. {criteria[i].text}"
        return TEXT_LABELS[name]

    return EditConflict(
        entity="evaluation",
        entity_id=stored.id,
        version=stored.version,
        mine=mine,
        theirs=draft_of(stored),
        fields=differing_fields(
            mine, draft_of(stored), opened, _names(stored), label, comparable, shown
        ),
        saved_by=saved_by,
        saved_at=saved_at,
    )


def overridden_detail(
    stored: EvaluationInfo,
    resolved: EvaluationDraft,
    mine: EvaluationDraft | None,
    version: int,
) -> dict[str, Any]:
    theirs = draft_of(stored)
    names = _names(stored)
    overridden = {
        n: shown(theirs, n) for n in names if comparable(theirs, n) != comparable(resolved, n)
    }
    given_up = (
        {n: shown(mine, n) for n in names if comparable(mine, n) != comparable(resolved, n)}
        if mine is not None
        else {}
    )
    return {"resolved_against_version": version, "overridden": overridden, "given_up": given_up}
