"""Demo mentoring: mentors by district (a few people changed mentor along the way), visits over
the last two fiscal years (some people overdue for one, some follow-ups open, some forms keyed
in by a clerk), evaluations for last year and part of this one, and a few awards.

Rows are built in memory and inserted in bulk (like the demo people and cases): the demo runs
when the app is first started, so it must stay quick. Totals and grades come from the same
domain functions an evaluation uses.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select

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
from db.queries import accounts as account_queries
from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of
from desktop.domain.mentoring.evaluation import TemplateInfo, grade_for, weighted_total
from desktop.domain.mentoring.visits import VisitMode
from desktop.domain.people import PersonStatus, Role
from desktop.services.context import ServiceContext
from desktop.services.mentoring.assignments import MentorAssignmentService
from desktop.services.mentoring.templates import TemplateService
from desktop.services.mentoring.visits import VisitService

PLACES = (
    "ศาลาประชาคมหมู่บ้าน",
    "บ้านอาสาสมัคร",
    "ที่ทำการองค์การบริหารส่วนตำบล",
    "สำนักงานแรงงานจังหวัด",
    "ศูนย์พัฒนาเด็กเล็ก",
    "วัดประจำหมู่บ้าน",
)
PROBLEMS = (
    "ชาวบ้านยังไม่รู้จักประกันสังคมมาตรา 40",
    "มีผู้ว่างงานกลับจากต่างประเทศหลายราย",
    "ขาดแบบฟอร์มรับสมัครฝึกอาชีพ",
    "",
)
ADVICE = (
    "แนะนำให้จัดประชาคมชี้แจงสิทธิประโยชน์",
    "ให้รวบรวมรายชื่อผู้ประสงค์ฝึกอาชีพส่งสำนักงาน",
    "ประสานผู้ใหญ่บ้านเพื่อประชาสัมพันธ์ตำแหน่งงานว่าง",
)
FOLLOW_UPS = ("ส่งแบบฟอร์มสมัครมาตรา 40", "ติดตามผลการสมัครงาน", "นัดประชุมผู้นำชุมชน")
STRENGTHS = ("ชี้เป้าความต้องการได้ครบถ้วน", "เข้าร่วมกิจกรรมสม่ำเสมอ", "ประสานงานกับชุมชนได้ดี")
TO_IMPROVE = ("ควรรายงานผลให้ตรงเวลามากขึ้น", "ควรศึกษากฎหมายคุ้มครองแรงงานเพิ่มเติม", "")
MENTOR_CHANGE_SHARE = 0.1  # people whose district was handed to another mentor at some point
KEYED_BY_CLERK_SHARE = 0.15  # paper forms a clerk typed in for the mentor


@dataclass(frozen=True)
class Mentoring:
    """Who mentored one person when: ``before`` until the day before ``switch``, then ``now``."""

    now: int
    since: dt.date
    before: int | None = None
    switch: dt.date | None = None

    def on(self, day: dt.date) -> int:
        return (
            self.before
            if self.before is not None and self.switch and day < self.switch
            else self.now
        )


def seed_mentoring(ctx: ServiceContext, seed: int = 2570) -> int:
    """Returns the number of visits written; does nothing when there are no mentors."""
    rng = random.Random(seed)
    today = ctx.today()
    mentors = [m.id for m in MentorAssignmentService(ctx).mentors()]
    if not mentors:
        return 0
    topics = [t.id for t in VisitService(ctx).topics()]
    fy = fiscal_year_of(today)
    templates = {y: TemplateService(ctx).template_for(y) for y in (fy - 1, fy)}
    two_years_ago = fiscal_year_bounds(fy - 1)[0]
    now = ctx.now()
    with ctx.unit_of_work() as s:
        clerks = [u.id for u in account_queries.users_with_role(s, Role.CLERK.value)]
        people = s.execute(
            select(Person.id, Person.district_code, Person.appointed_on)
            .where(Person.status == PersonStatus.ACTIVE.value)
            .order_by(Person.id)
        ).all()
        districts = sorted({d for _, d, _ in people})
        by_district = {d: mentors[i % len(mentors)] for i, d in enumerate(districts)}
        assignments, visits, evaluations = [], [], []
        for person_id, district, appointed in people:
            m = _mentoring(
                rng,
                by_district[district],
                mentors,
                max(appointed or two_years_ago, two_years_ago),
                today,
            )
            assignments += _assignments(person_id, m)
            visits += _visits(rng, person_id, m, today, clerks)
            for year, share in ((fy - 1, 0.85), (fy, 0.25)):
                if rng.random() < share:
                    evaluations.append(
                        _evaluation(rng, person_id, m, year, templates[year], today, clerks)
                    )
        if assignments:  # an empty executemany would insert one row of defaults
            s.execute(insert(MentorAssignment), assignments)
        _insert_visits(s, rng, visits, topics, today, now)
        _insert_evaluations(s, evaluations, now)
        last_year = [e for e in evaluations if e[0]["fiscal_year"] == fy - 1]
        best = sorted(last_year, key=lambda e: -e[0]["total"])[:3]
        if best:
            s.execute(
                insert(Award),
                [
                    dict(
                        person_id=row["person_id"],
                        fiscal_year=fy - 1,
                        title="อาสาสมัครแรงงานดีเด่น",
                        awarded_on=fiscal_year_bounds(fy - 1)[1] - dt.timedelta(days=20),
                        note=f"คะแนนประเมิน {row['total']:.2f}",
                        recorded_by_id=clerks[0] if clerks else None,
                    )
                    for row, _ in best
                ],
            )
    return len(visits)


def _mentoring(rng, mentor: int, mentors: list[int], since: dt.date, today: dt.date) -> Mentoring:
    span = (today - since).days
    if len(mentors) > 1 and span > 180 and rng.random() < MENTOR_CHANGE_SHARE:
        before = rng.choice([m for m in mentors if m != mentor])
        return Mentoring(
            mentor, since, before, since + dt.timedelta(days=rng.randint(90, span - 60))
        )
    return Mentoring(mentor, since)


def _assignments(person_id: int, m: Mentoring) -> list[dict]:
    if m.before is None or m.switch is None:
        return [dict(person_id=person_id, mentor_id=m.now, from_date=m.since, to_date=None)]
    return [
        dict(
            person_id=person_id,
            mentor_id=m.before,
            from_date=m.since,
            to_date=m.switch - dt.timedelta(days=1),
        ),
        dict(person_id=person_id, mentor_id=m.now, from_date=m.switch, to_date=None),
    ]


def _visits(rng, person_id: int, m: Mentoring, today: dt.date, clerks: list[int]) -> list[dict]:
    span = (today - m.since).days
    count = rng.choice((0, 1, 2, 3, 3, 4, 5)) if span > 30 else 0  # 0: never visited, so due
    days = sorted(rng.sample(range(1, span), min(count, span - 1)), reverse=True) if count else []
    rows = []
    for days_ago in days:
        on = today - dt.timedelta(days=days_ago)
        mentor = m.on(on)
        keyed = clerks and rng.random() < KEYED_BY_CLERK_SHARE
        rows.append(
            dict(
                person_id=person_id,
                mentor_id=mentor,
                entered_by_id=rng.choice(clerks) if keyed else mentor,
                visited_on=on,
                mode=rng.choice(list(VisitMode)).value,
                place=rng.choice(PLACES),
                problems=rng.choice(PROBLEMS),
                advice=rng.choice(ADVICE),
                notes="พูดคุยเรื่องความต้องการด้านแรงงานในหมู่บ้าน",
                next_visit_on=None,
            )
        )
    return rows


def _insert_visits(s, rng, visits: list[dict], topics: list[int], today: dt.date, now) -> None:
    if not visits:
        return
    for v in visits:
        v.update(version=1, created_at=now, updated_at=now)
    ids = s.scalars(insert(Visit).returning(Visit.id, sort_by_parameter_order=True), visits).all()
    links, follow_ups = [], []
    for visit_id, v in zip(ids, visits, strict=True):
        links += [
            dict(visit_id=visit_id, topic_id=t) for t in rng.sample(topics, min(3, len(topics)))
        ]
        if rng.random() < 0.35:
            due = v["visited_on"] + dt.timedelta(days=rng.choice((7, 14, 30)))
            done = due - dt.timedelta(days=2) if due < today - dt.timedelta(days=10) else None
            follow_ups.append(
                dict(visit_id=visit_id, action=rng.choice(FOLLOW_UPS), due_on=due, done_on=done)
            )
    if links:
        s.execute(insert(VisitTopicLink), links)
    if follow_ups:
        s.execute(insert(FollowUp), follow_ups)


def _evaluation(rng, person_id, m: Mentoring, year, template: TemplateInfo, today, clerks):
    first, last = fiscal_year_bounds(year)
    on = max(min(last - dt.timedelta(days=rng.randint(5, 40)), today), first)
    base = rng.choice((6, 7, 8, 8, 9))
    scores = [
        min(c.max_score, max(0, round(c.max_score * (base + rng.uniform(-1.5, 1.5)) / 10)))
        for c in template.criteria
    ]
    total = weighted_total(scores, template.criteria)
    evaluator = m.on(on)
    keyed = clerks and rng.random() < KEYED_BY_CLERK_SHARE
    row = dict(
        person_id=person_id,
        fiscal_year=year,
        template_id=template.id,
        evaluator_id=evaluator,
        entered_by_id=rng.choice(clerks) if keyed else evaluator,
        evaluated_on=on,
        total=total,
        grade=grade_for(total, template.bands),
        strengths=rng.choice(STRENGTHS),
        to_improve=rng.choice(TO_IMPROVE),
        comments="",
    )
    return row, scores


def _insert_evaluations(s, evaluations: list[tuple[dict, list[int]]], now) -> None:
    if not evaluations:
        return
    rows = [dict(row, version=1, created_at=now, updated_at=now) for row, _ in evaluations]
    ids = s.scalars(
        insert(Evaluation).returning(Evaluation.id, sort_by_parameter_order=True), rows
    ).all()
    s.execute(
        insert(EvaluationScore),
        [
            dict(evaluation_id=i, position=p, score=v)
            for i, (_, scores) in zip(ids, evaluations, strict=True)
            for p, v in enumerate(scores)
        ],
    )
