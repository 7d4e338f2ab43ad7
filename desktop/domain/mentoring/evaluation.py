"""Yearly evaluations of volunteers and graduates: templates, weighted totals, grades.

A template (criteria with weights and maximum scores, and grade bands) belongs to a fiscal
year. Once an evaluation has been scored on it, it is never changed in place: editing makes a
new version, so an old evaluation always shows what it was scored on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain import field_lengths
from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of


@dataclass(frozen=True)
class Criterion:
    text: str
    weight: float
    max_score: int


@dataclass(frozen=True)
class GradeBand:
    label: str
    min_percent: float  # inclusive lower edge of the band, 0–100


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    fiscal_year: int
    version: int
    name: str
    criteria: tuple[Criterion, ...]
    bands: tuple[GradeBand, ...]
    used: bool = False  # scored on at least once: edits make a new version
    created_at: dt.datetime | None = None

    @property
    def title(self) -> str:
        return f"{self.name} (ฉบับที่ {self.version})"


DEFAULT_NAME = "แบบประเมินผลการปฏิบัติงานอาสาสมัครแรงงาน"
DEFAULT_CRITERIA = (
    Criterion("การชี้เป้าและรายงานความต้องการด้านแรงงานของคนในชุมชน", 25, 10),
    Criterion("การประชาสัมพันธ์และให้ข้อมูลบริการของกระทรวงแรงงานแก่ประชาชน", 20, 10),
    Criterion("การเข้าร่วมประชุม อบรม และกิจกรรมของสำนักงานแรงงานจังหวัด", 15, 10),
    Criterion("การประสานงานกับหน่วยงานในพื้นที่และผู้นำชุมชน", 15, 10),
    Criterion("ความรู้ด้านแรงงาน การคุ้มครองแรงงาน และประกันสังคมมาตรา 40", 15, 10),
    Criterion("ความรับผิดชอบ ความตรงต่อเวลา และการรายงานผลตามกำหนด", 10, 10),
)
DEFAULT_BANDS = (
    GradeBand("ดีเด่น", 90),
    GradeBand("ดี", 75),
    GradeBand("พอใช้", 60),
    GradeBand("ควรปรับปรุง", 0),
)


def weighted_total(scores: Sequence[int], criteria: Sequence[Criterion]) -> float:
    """The score as a percentage: each criterion counts ``weight`` of its share."""
    weights = sum(c.weight for c in criteria)
    if not criteria or weights <= 0:
        return 0.0
    earned = sum(s / c.max_score * c.weight for s, c in zip(scores, criteria, strict=True))
    return round(earned / weights * 100, 2)


def grade_for(total: float, bands: Sequence[GradeBand]) -> str:
    """The band whose lower edge the total reaches (edges are inclusive)."""
    for band in sorted(bands, key=lambda b: b.min_percent, reverse=True):
        if total >= band.min_percent:
            return band.label
    return ""


def score_errors(scores: Sequence[int | None], criteria: Sequence[Criterion]) -> dict[str, str]:
    errors = {}
    for i, (score, c) in enumerate(zip(scores, criteria, strict=True)):
        if score is None:
            errors[f"score_{i}"] = f"กรุณาให้คะแนนข้อ {i + 1}"
        elif not 0 <= score <= c.max_score:
            errors[f"score_{i}"] = f"ข้อ {i + 1}: คะแนนต้องอยู่ระหว่าง 0 ถึง {c.max_score}"
    return errors


def template_errors(
    name: str, criteria: Sequence[Criterion], bands: Sequence[GradeBand]
) -> dict[str, str]:
    errors = field_lengths.length_errors(field_lengths.TEMPLATE, {"name": name})
    if not (name or "").strip():
        errors["name"] = "กรุณาระบุชื่อแบบประเมิน"
    if not criteria:
        errors["criteria"] = "แบบประเมินต้องมีหัวข้ออย่างน้อยหนึ่งข้อ"
    for i, c in enumerate(criteria):
        if not c.text.strip():
            errors["criteria"] = f"หัวข้อที่ {i + 1}: กรุณาระบุข้อความ"
        elif c.weight <= 0:
            errors["criteria"] = f"หัวข้อที่ {i + 1}: น้ำหนักต้องมากกว่า 0"
        elif not 1 <= c.max_score <= 100:
            errors["criteria"] = f"หัวข้อที่ {i + 1}: คะแนนเต็มต้องอยู่ระหว่าง 1 ถึง 100"
    labels = [b.label.strip() for b in bands]
    if not bands:
        errors["bands"] = "กรุณากำหนดระดับผลการประเมินอย่างน้อยหนึ่งระดับ"
    elif any(not label for label in labels) or len(set(labels)) != len(labels):
        errors["bands"] = "ชื่อระดับผลการประเมินต้องไม่ว่างและไม่ซ้ำกัน"
    elif too_long := next(
        (
            e
            for b in bands
            if (e := field_lengths.too_long(*field_lengths.GRADE_BAND["bands"], b.label))
        ),
        None,
    ):
        errors["bands"] = too_long
    elif any(not 0 <= b.min_percent <= 100 for b in bands):
        errors["bands"] = "เกณฑ์ขั้นต่ำของแต่ละระดับต้องอยู่ระหว่าง 0 ถึง 100"
    elif min(b.min_percent for b in bands) != 0:
        errors["bands"] = "ต้องมีระดับที่เริ่มที่ 0 คะแนน เพื่อให้ทุกคะแนนมีระดับ"
    return errors


@dataclass(frozen=True)
class EvaluationDraft:
    person_id: int
    fiscal_year: int
    evaluated_on: dt.date
    scores: tuple[int | None, ...]
    strengths: str = ""
    to_improve: str = ""
    comments: str = ""
    # Whose evaluation this is when a clerk keys in a mentor's paper sheet; None: the signed-in
    # user (on an update: whoever evaluated it before).
    evaluator_id: int | None = None


def fiscal_year_error(fiscal_year: int, today: dt.date) -> str | None:
    """A year can be evaluated once it has begun (late evaluations of past years are fine)."""
    if fiscal_year > fiscal_year_of(today):
        return f"ยังไม่ถึงปีงบประมาณ {fiscal_year} จึงยังประเมินไม่ได้"
    return None


def evaluation_errors(
    draft: EvaluationDraft, criteria: Sequence[Criterion], today: dt.date
) -> dict[str, str]:
    """Scores within each criterion's range, and a date that belongs to the year evaluated:
    not before it starts, not in the future, and no year that has not begun yet."""
    errors = (
        score_errors(draft.scores, criteria)
        if len(draft.scores) == len(criteria)
        else {"scores": "จำนวนคะแนนไม่ตรงกับหัวข้อของแบบประเมิน"}
    )
    if problem := fiscal_year_error(draft.fiscal_year, today):
        errors["fiscal_year"] = problem
    if draft.evaluated_on > today:
        errors["evaluated_on"] = "วันที่ประเมินต้องไม่เป็นวันในอนาคต"
    elif draft.evaluated_on < fiscal_year_bounds(draft.fiscal_year)[0]:
        errors["evaluated_on"] = (
            f"วันที่ประเมินต้องไม่ก่อนเริ่มปีงบประมาณ {draft.fiscal_year} (1 ต.ค. {draft.fiscal_year - 1})"
        )
    return errors


@dataclass(frozen=True)
class EvaluationInfo:
    id: int
    version: int
    person_id: int
    person_name: str
    fiscal_year: int
    template: TemplateInfo
    evaluator: str
    evaluator_id: int
    evaluated_on: dt.date
    scores: tuple[int, ...]
    total: float
    grade: str
    strengths: str = ""
    to_improve: str = ""
    comments: str = ""
    entered_by: str = ""  # who keyed it in (a clerk, for a mentor's paper sheet)
    entered_by_id: int | None = None

    @property
    def keyed_for_evaluator(self) -> bool:
        return self.entered_by_id is not None and self.entered_by_id != self.evaluator_id


@dataclass(frozen=True)
class GradeCount:
    district: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class FiscalYearSummary:
    """Counts per grade per district and the average per criterion (on each template)."""

    fiscal_year: int
    grades: tuple[str, ...]
    districts: tuple[GradeCount, ...]
    criteria_averages: tuple[tuple[str, float, int], ...]  # criterion text, average, max score
    evaluated: int
    not_evaluated: int


@dataclass(frozen=True)
class EvaluationSheet:
    """One person's page of the evaluation sheets PDF: blank (``evaluation`` None) or filled."""

    person_name: str
    kind_label: str
    area_line: str
    mentor_name: str
    fiscal_year: int
    template: TemplateInfo
    evaluation: EvaluationInfo | None = None
    # Figures from the system shown beside the form: ("การเยี่ยมที่ได้รับ", "3 ครั้ง"), …
    figures: tuple[tuple[str, str], ...] = ()
