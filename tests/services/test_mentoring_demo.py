"""Demo mentoring: every active person has a mentor, visits over two fiscal years with some
people overdue, open follow-ups, evaluations last year and this, and awards."""

from __future__ import annotations

from desktop.services.demo import fill_demo
from desktop.services.desk import Desk


def test_demo_fills_mentoring(anonymous):
    fill_demo(anonymous, 80, "50", cases=0)
    from desktop.services.accounts import AccountService

    desk = Desk(anonymous.as_user(AccountService(anonymous).authenticate("mentor", "demo1234")))
    mentors = desk.mentoring.mentors()
    assert len(mentors) == 3
    everyone = desk.mentoring.people()
    assert everyone and all(p.mentor_id is not None for p in everyone)
    mine = desk.mentoring.people(desk.user.id)
    assert 0 < len(mine) < len(everyone)
    assert any(p.due_for_visit for p in everyone) and any(not p.due_for_visit for p in everyone)
    assert any(p.evaluated for p in everyone)
    assert desk.visits.open_follow_ups()
    last_year = desk.evaluations.summary(2569)
    assert last_year.evaluated > len(everyone) // 2
    person = everyone[0].person_id
    assert {t.kind for t in desk.timeline(person)} >= {"status", "mentor"}
