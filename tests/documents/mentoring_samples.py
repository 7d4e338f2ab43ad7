"""Synthetic evaluation sheets, visit forms and a fiscal-year summary (no database)."""

from __future__ import annotations

import datetime as dt

from doc_samples import TRICKY_NAMES

from desktop.domain.mentoring.evaluation import (
    DEFAULT_BANDS,
    DEFAULT_CRITERIA,
    DEFAULT_NAME,
    Criterion,
    EvaluationInfo,
    EvaluationSheet,
    FiscalYearSummary,
    GradeCount,
    TemplateInfo,
    grade_for,
    weighted_total,
)
from desktop.domain.mentoring.visits import (
    DEFAULT_TOPICS,
    FollowUpInfo,
    VisitForm,
    VisitInfo,
    VisitMode,
)

HOSTILE = 'A & B <b>x</b> <img src="http://example.com/x.png"/>'
LONG_CRITERION = (
    "การติดตามและรายงานสถานการณ์ด้านแรงงานในชุมชนอย่างสม่ำเสมอ ทั้งการเลิกจ้าง การว่างงาน "
    "และความต้องการฝึกอาชีพของประชาชน รวมถึงการประสานส่งต่อเรื่องให้หน่วยงานที่เกี่ยวข้องภายในเวลาที่กำหนด"
)
LONG_NOTES = (
    "พบอาสาสมัครที่ศาลาอเนกประสงค์ประจำหมู่บ้าน พูดคุยเรื่องการสำรวจความต้องการด้านแรงงานของครัวเรือน "
    "ในหมู่บ้านซึ่งยังทำได้ไม่ครบ เนื่องจากช่วงนี้ชาวบ้านส่วนใหญ่ออกไปเก็บเกี่ยวข้าวโพดในไร่ตั้งแต่เช้ามืด "
    "จึงนัดหมายให้ออกสำรวจในช่วงเย็นและวันหยุดแทน พร้อมมอบแบบสำรวจเพิ่มเติมอีกห้าสิบชุด"
)
AREA_LINE = "หมู่ที่ 4 ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่"
MENTOR = "นางสาวสมศรี ขยันงาน"


def person_name(i: int) -> str:
    first, last = TRICKY_NAMES[i % len(TRICKY_NAMES)]
    return f"นาย{first} {last}"


def make_template(criteria=DEFAULT_CRITERIA, bands=DEFAULT_BANDS, version: int = 2) -> TemplateInfo:
    return TemplateInfo(
        id=3,
        fiscal_year=2570,
        version=version,
        name=DEFAULT_NAME,
        criteria=tuple(criteria),
        bands=tuple(bands),
        used=True,
    )


def long_template() -> TemplateInfo:
    criteria = list(DEFAULT_CRITERIA)
    criteria[2] = Criterion(LONG_CRITERION, 15, 10)
    return make_template(criteria)


def make_evaluation(template: TemplateInfo, scores: tuple[int, ...], **overrides) -> EvaluationInfo:
    total = weighted_total(scores, template.criteria)
    values = dict(
        id=11,
        version=1,
        person_id=7,
        person_name=person_name(0),
        fiscal_year=2570,
        template=template,
        evaluator=MENTOR,
        evaluator_id=4,
        evaluated_on=dt.date(2026, 11, 20),
        scores=scores,
        total=total,
        grade=grade_for(total, template.bands),
        strengths="ชี้เป้าความต้องการได้ครบทุกหมู่บ้าน ที่นี่มีเครือข่ายผู้นำชุมชนเข้มแข็ง",
        to_improve="ควรส่งรายงานประจำเดือนให้ตรงเวลา",
        comments=HOSTILE,
    )
    values.update(overrides)
    return EvaluationInfo(**values)


def make_sheet(
    i: int = 0,
    template: TemplateInfo | None = None,
    evaluation: EvaluationInfo | None = None,
    figures=(),
) -> EvaluationSheet:
    return EvaluationSheet(
        person_name=person_name(i),
        kind_label="อาสาสมัครแรงงานในประเทศ",
        area_line=AREA_LINE,
        mentor_name=MENTOR,
        fiscal_year=2570,
        template=template or make_template(),
        evaluation=evaluation,
        figures=tuple(figures),
    )


def filled_sheet(
    scores=(9, 8, 10, 7, 9, 10), template: TemplateInfo | None = None
) -> EvaluationSheet:
    template = template or make_template()
    figures = (("การเยี่ยมที่ได้รับ", "3 ครั้ง"), ("เรื่องที่ชี้เป้า", "5 เรื่อง"))
    return make_sheet(0, template, make_evaluation(template, tuple(scores)), figures)


def make_visit(**overrides) -> VisitInfo:
    values = dict(
        id=21,
        version=1,
        person_id=7,
        person_name=person_name(1),
        mentor_id=4,
        mentor_name=MENTOR,
        entered_by=MENTOR,
        visited_on=dt.date(2026, 11, 18),
        mode=VisitMode.PHONE,
        place="ศาลาหมู่บ้านป่าตาล",
        topic_ids=(1, 4),
        topics=(DEFAULT_TOPICS[0], DEFAULT_TOPICS[3]),
        notes=LONG_NOTES,
        problems="ชาวบ้านไม่สะดวกให้ข้อมูลในเวลากลางวัน",
        advice=HOSTILE,
        follow_ups=(
            FollowUpInfo(1, 21, "ส่งแบบสำรวจที่กรอกแล้วให้สำนักงาน", dt.date(2026, 12, 5), None),
            FollowUpInfo(
                2, 21, "โทรสอบถามผลการสมัครมาตรา 40", dt.date(2026, 11, 25), dt.date(2026, 11, 24)
            ),
        ),
        next_visit_on=dt.date(2027, 2, 15),
    )
    values.update(overrides)
    return VisitInfo(**values)


def make_form(i: int = 0, visit: VisitInfo | None = None, topics=DEFAULT_TOPICS) -> VisitForm:
    return VisitForm(person_name(i), AREA_LINE, "0812345678", MENTOR, tuple(topics), visit)


def make_summary(**overrides) -> FiscalYearSummary:
    values = dict(
        fiscal_year=2570,
        grades=tuple(b.label for b in DEFAULT_BANDS),
        districts=(
            GradeCount("เมืองเชียงใหม่", {"ดีเด่น": 4, "ดี": 7, "พอใช้": 2}),
            GradeCount("สันทราย", {"ดีเด่น": 1, "ดี": 3, "ควรปรับปรุง": 1}),
            GradeCount("แม่ริม", {"ดี": 2, "พอใช้": 3, "ดีมาก": 1}),  # a band of an older version
        ),
        criteria_averages=(
            *((c.text, 8.0 - i * 0.37, c.max_score) for i, c in enumerate(DEFAULT_CRITERIA)),
            (LONG_CRITERION, 7.25, 10),
        ),
        evaluated=24,
        not_evaluated=9,
    )
    values.update(overrides)
    return FiscalYearSummary(**values)
