"""Opening a person's record or a case is audited — who and when — once per user within a
few minutes; reading a record for any other reason (a refresh, a search) is not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factories import draft
from services.case_builders import case_draft
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.audit import VIEW_WINDOW
from desktop.services.desk import Desk


def views(ctx, entity: str, entity_id: int) -> list[tuple[str, dt.datetime]]:
    with ctx.unit_of_work() as s:
        rows = s.execute(
            select(AuditEvent.username, AuditEvent.at)
            .where(
                AuditEvent.action == "view",
                AuditEvent.entity == entity,
                AuditEvent.entity_id == entity_id,
            )
            .order_by(AuditEvent.id)
        ).all()
    return [(u, at) for u, at in rows]


def later(ctx, by: dt.timedelta):
    start = ctx.now()
    return dataclasses.replace(ctx, clock=lambda: start + by)


def test_opening_a_record_is_audited_once_per_user_and_window(clerk, supervisor):
    person = Desk(clerk).people.register(draft(1))
    Desk(clerk).people.get(person.id)  # a read, not an opening
    assert views(clerk, "person", person.id) == []
    Desk(clerk).people.open(person.id)
    Desk(clerk).people.open(person.id)
    Desk(later(clerk, VIEW_WINDOW - dt.timedelta(seconds=1))).people.open(person.id)
    assert [u for u, _ in views(clerk, "person", person.id)] == ["clerk"]
    Desk(supervisor).people.open(person.id)  # another user: their own look
    Desk(later(clerk, VIEW_WINDOW + dt.timedelta(minutes=1))).people.open(person.id)
    seen = views(clerk, "person", person.id)
    assert [u for u, _ in seen] == ["clerk", "supervisor", "clerk"]
    assert seen[0][1] == clerk.now()  # when, by the office's clock


def test_opening_a_case_is_audited_once_per_user_and_window(clerk, supervisor):
    case = Desk(clerk).cases.intake(case_draft())
    Desk(clerk).cases.get(case.id)
    assert views(clerk, "case", case.id) == []
    for _ in range(3):
        Desk(supervisor).cases.open(case.id)
    Desk(later(supervisor, VIEW_WINDOW * 2)).cases.open(case.id)
    assert [u for u, _ in views(clerk, "case", case.id)] == ["supervisor", "supervisor"]
