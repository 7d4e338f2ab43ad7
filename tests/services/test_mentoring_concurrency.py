"""Several users at once: two clerks assigning the same people leave each with one current
mentor, and users opening a new fiscal year together get one template, not two."""

from __future__ import annotations

import pytest
from case_builders import quick_staff
from factories import draft
from together import run_together

from db.models import MentorAssignment, User, UserRole
from desktop.domain.errors import StaleRecordError
from desktop.domain.people import Role
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext
from desktop.services.desk import Desk

THREADS = 6


@pytest.fixture
def staff(database):
    staff = quick_staff(database)
    with database.sessions.begin() as s:  # more mentors, without the cost of hashing passwords
        for i in range(2, THREADS + 1):
            user = User(username=f"mentor{i}", full_name=f"ผู้ใช้ mentor{i}", password_hash="!")
            user.roles = [UserRole(role=Role.MENTOR.value)]
            s.add(user)
            s.flush()
            staff[f"mentor{i}"] = ServiceContext(database, user_info(user), staff["clerk"].clock)
    return staff


@pytest.mark.slow
def test_clerks_assigning_at_once_leave_one_current_mentor_each(database, staff):
    clerk = staff["clerk"]
    people = [Desk(clerk).people.register(draft(i)).id for i in range(1, 6)]
    mentors = [staff["mentor"].user.id] + [
        staff[f"mentor{i}"].user.id for i in range(2, THREADS + 1)
    ]

    def clerk_at_desk(i: int) -> int:
        ctx = ServiceContext(database, clerk.user, clerk.clock)  # each PC its own sessions
        return Desk(ctx).assignments.assign(people, mentors[i])

    results, errors = run_together(THREADS, clerk_at_desk)
    assert all(isinstance(e, StaleRecordError) for e in errors), errors
    assert results  # at least one clerk got through
    with database.sessions() as s:
        rows = s.query(MentorAssignment).filter(MentorAssignment.to_date.is_(None)).all()
    assert sorted(r.person_id for r in rows) == sorted(people)


@pytest.mark.slow
def test_opening_a_new_year_together_makes_one_template(database, staff):
    def user_at_desk(i: int) -> int:
        name = "mentor" if i == 0 else f"mentor{i + 1}"
        ctx = ServiceContext(database, staff[name].user, staff[name].clock)
        return Desk(ctx).templates.template_for(2570).id

    results, errors = run_together(THREADS, user_at_desk)
    assert errors == [] and len(set(results)) == 1
    assert [t.version for t in Desk(staff["admin"]).templates.templates(2570)] == [1]
