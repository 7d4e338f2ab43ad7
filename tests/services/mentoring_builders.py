"""The office most mentoring service tests start from: a clerk, two mentors, an admin, a
supervisor and three registered people (none assigned yet)."""

from __future__ import annotations

from factories import draft, make_user

from desktop.domain.people import Role
from desktop.services.desk import Desk


def mentoring_office(admin, clerk, mentor, supervisor) -> dict:
    mentor2 = make_user(admin, "mentor2", Role.MENTOR)
    people = [Desk(clerk).people.register(draft(i, first_name=f"คนที่{i}")).id for i in range(1, 4)]
    return {
        "clerk": Desk(clerk),
        "mentor": Desk(mentor),
        "mentor2": Desk(mentor2),
        "admin": Desk(admin),
        "supervisor": Desk(supervisor),
        "people": people,
    }
