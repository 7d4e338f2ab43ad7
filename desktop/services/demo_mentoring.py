"""Demo mentoring: mentors by district, visits over the last two fiscal years (some people
overdue for one, some follow-ups open), evaluations for last year and part of this one, and a
few awards. Written in one unit of work through the models, like the demo cases."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from db.models import (
    Award,
    Evaluation,
    EvaluationScore,
    FollowUp,
    MentorAssignment,
    Person,
    Visit,
    VisitTopicLink,
)
from desktop.domain.evaluation import grade_for, weighted_total
from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of
from desktop.domain.people import PersonStatus
from desktop.domain.visits import VisitMode
from desktop.services.context import ServiceContext
from desktop.services.evaluations import EvaluationService
from desktop.services.mentor_assignments import MentorService
from desktop.services.visits import VisitService

PLACES = ("ศาลาประชาคมหมู่บ้าน", "บ้านอาสาสมัคร", "ที่ทำการองค์การบริหารส่วนตำบล",
          "สำนักงานแรงงานจังหวัด", "ศูนย์พัฒนาเด็กเล็ก", "วัดประจำหมู่บ้าน")  # fmt: skip
PROBLEMS = ("ชาวบ้านยังไม่รู้จักประกันสังคมมาตรา 40", "มีผู้ว่างงานกลับจากต่างประเทศหลายราย",
            "ขาดแบบฟอร์มรับสมัครฝึกอาชีพ", "")  # fmt: skip
ADVICE = ("แนะนำให้จัดประชาคมชี้แจงสิทธิประโยชน์", "ให้รวบรวมรายชื่อผู้ประสงค์ฝึกอาชีพส่งสำนักงาน",
          "ประสานผู้ใหญ่บ้านเพื่อประชาสัมพันธ์ตำแหน่งงานว่าง")  # fmt: skip
FOLLOW_UPS = ("ส่งแบบฟอร์มสมัครมาตรา 40", "ติดตามผลการสมัครงาน", "นัดประชุมผู้นำชุมชน")
STRENGTHS = ("ชี้เป้าความต้องการได้ครบถ้วน", "เข้าร่วมกิจกรรมสม่ำเสมอ", "ประสานงานกับชุมชนได้ดี")
TO_IMPROVE = ("ควรรายงานผลให้ตรงเวลามากขึ้น", "ควรศึกษากฎหมายคุ้มครองแรงงานเพิ่มเติม", "")


def seed_mentoring(ctx: ServiceContext, seed: int = 2570) -> int:
    """Returns the number of visits written; does nothing when there are no mentors."""
    rng = random.Random(seed)
    today = ctx.today()
    mentors = [m.id for m in MentorService(ctx).mentors()]
    if not mentors:
        return 0
    topics = [t.id for t in VisitService(ctx).topics()]
    fy = fiscal_year_of(today)
    templates = {y: EvaluationService(ctx).template_for(y) for y in (fy - 1, fy)}
    two_years_ago = fiscal_year_bounds(fy - 1)[0]
    visits = 0
    with ctx.unit_of_work() as s:
        people = s.execute(select(Person.id, Person.district_code, Person.appointed_on)
                           .where(Person.status == PersonStatus.ACTIVE.value)
                           .order_by(Person.id)).all()  # fmt: skip
        districts = sorted({d for _, d, _ in people})
        by_district = {d: mentors[i % len(mentors)] for i, d in enumerate(districts)}
        scored: list[tuple[float, int]] = []
        for person_id, district, appointed in people:
            mentor = by_district[district]
            since = max(appointed or two_years_ago, two_years_ago)
            s.add(MentorAssignment(person_id=person_id, mentor_id=mentor, from_date=since))
            visits += _visits(s, rng, person_id, mentor, since, today, topics)
            for year, share in ((fy - 1, 0.85), (fy, 0.25)):
                if rng.random() < share:
                    total = _evaluation(s, rng, person_id, mentor, year, templates[year], today)
                    if year == fy - 1:
                        scored.append((total, person_id))
        for total, person_id in sorted(scored, reverse=True)[:3]:
            s.add(Award(person_id=person_id, fiscal_year=fy - 1, title="อาสาสมัครแรงงานดีเด่น",
                        awarded_on=fiscal_year_bounds(fy - 1)[1] - dt.timedelta(days=20),
                        note=f"คะแนนประเมิน {total:.2f}"))  # fmt: skip
    return visits


def _visits(s, rng, person_id, mentor, since, today, topics) -> int:
    span = (today - since).days
    count = rng.choice((0, 1, 2, 3, 3, 4, 5)) if span > 30 else 0
    days = sorted(rng.sample(range(1, span), min(count, span - 1)), reverse=True) if count else []
    for days_ago in days:
        on = today - dt.timedelta(days=days_ago)
        v = Visit(person_id=person_id, mentor_id=mentor, entered_by_id=mentor, visited_on=on,
                  mode=rng.choice(list(VisitMode)).value, place=rng.choice(PLACES),
                  problems=rng.choice(PROBLEMS), advice=rng.choice(ADVICE),
                  notes="พูดคุยเรื่องความต้องการด้านแรงงานในหมู่บ้าน")  # fmt: skip
        v.topics = [VisitTopicLink(topic_id=t) for t in rng.sample(topics, min(3, len(topics)))]
        if rng.random() < 0.35:
            due = on + dt.timedelta(days=rng.choice((7, 14, 30)))
            done = due - dt.timedelta(days=2) if due < today - dt.timedelta(days=10) else None
            v.follow_ups = [FollowUp(action=rng.choice(FOLLOW_UPS), due_on=due, done_on=done)]
        s.add(v)
    return len(days)


def _evaluation(s, rng, person_id, mentor, year, template, today) -> float:
    first, last = fiscal_year_bounds(year)
    on = min(last - dt.timedelta(days=rng.randint(5, 40)), today)
    on = max(on, first)
    base = rng.choice((6, 7, 8, 8, 9))
    scores = [min(c.max_score, max(0, round(c.max_score * (base + rng.uniform(-1.5, 1.5)) / 10)))
              for c in template.criteria]  # fmt: skip
    total = weighted_total(scores, template.criteria)
    e = Evaluation(person_id=person_id, fiscal_year=year, template_id=template.id,
                   evaluator_id=mentor, evaluated_on=on, total=total,
                   grade=grade_for(total, template.bands), strengths=rng.choice(STRENGTHS),
                   to_improve=rng.choice(TO_IMPROVE))  # fmt: skip
    e.scores = [EvaluationScore(position=i, score=v) for i, v in enumerate(scores)]
    s.add(e)
    return total
