"""Demo mentoring: every active person has a mentor, visits over two fiscal years with some
people overdue, open follow-ups, evaluations last year and this, and awards."""

from __future__ import annotations

from desktop.demo.seed import fill_demo
from desktop.services.desk import Desk


def test_demo_fills_mentoring(anonymous):
    fill_demo(anonymous, 80, "50", cases=0)
    from desktop.services.accounts import AccountService

    desk = Desk(anonymous.as_user(AccountService(anonymous).authenticate("mentor", "demo1234")))
    mentors = desk.assignments.mentors()
    assert len(mentors) == 3
    everyone = desk.workspace.people()
    assert everyone and all(p.mentor_id is not None for p in everyone)
    mine = desk.workspace.people(desk.user.id)
    assert 0 < len(mine) < len(everyone)
    assert any(p.due_for_visit for p in everyone) and any(not p.due_for_visit for p in everyone)
    assert any(p.evaluated for p in everyone)
    assert desk.visits.open_follow_ups()
    last_year = desk.evaluations.summary(2569)
    assert last_year.evaluated > len(everyone) // 2
    person = everyone[0].person_id
    assert {t.kind for t in desk.timeline(person)} >= {"status", "mentor"}


def test_demo_mentoring_has_history_keyed_in_forms_and_awards(anonymous):
    from sqlalchemy import func, select

    from db.models import Award, Evaluation, MentorAssignment, Visit

    fill_demo(anonymous, 120, "50", cases=0)
    with anonymous.unit_of_work() as s:
        open_per_person = s.execute(
            select(MentorAssignment.person_id, func.count())
            .where(MentorAssignment.to_date.is_(None))
            .group_by(MentorAssignment.person_id)
        ).all()
        changed = (
            s.scalar(
                select(func.count())
                .select_from(MentorAssignment)
                .where(MentorAssignment.to_date.is_not(None))
            )
            or 0
        )
        keyed_visits = (
            s.scalar(
                select(func.count())
                .select_from(Visit)
                .where(Visit.entered_by_id != Visit.mentor_id)
            )
            or 0
        )
        evaluations = s.execute(
            select(Evaluation.fiscal_year, func.count()).group_by(Evaluation.fiscal_year)
        ).all()
        awards = s.scalar(select(func.count()).select_from(Award)) or 0
        # A visit is the mentor's who mentored the person that day.
        stray = s.scalar(
            select(func.count())
            .select_from(Visit)
            .join(
                MentorAssignment,
                (MentorAssignment.person_id == Visit.person_id)
                & (MentorAssignment.mentor_id == Visit.mentor_id)
                & (MentorAssignment.from_date <= Visit.visited_on)
                & (
                    (MentorAssignment.to_date.is_(None))
                    | (MentorAssignment.to_date >= Visit.visited_on)
                ),
                isouter=True,
            )
            .where(MentorAssignment.id.is_(None))
        )
    assert open_per_person and all(n == 1 for _, n in open_per_person)
    assert changed > 0 and keyed_visits > 0 and stray == 0
    per_year = dict(evaluations)
    assert per_year[2569] > per_year[2570] > 0  # last year mostly done, this year begun
    assert awards == 3
