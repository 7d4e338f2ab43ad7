"""In the window: opening a person's record or a case writes who looked and when; a second
look within minutes, and the page's own refreshes, do not."""

from __future__ import annotations

from factories import draft
from services.case_builders import case_draft
from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.services.desk import Desk
from ui.cases.case_page import CasePage
from ui.registry.person_dialog import PersonDialog


def view_count(ctx, entity: str, entity_id: int) -> int:
    with ctx.unit_of_work() as s:
        return s.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == "view",
                AuditEvent.entity == entity,
                AuditEvent.entity_id == entity_id,
            )
        )


def test_opening_a_record_and_a_case_is_audited(qtbot, clerk):
    desk = Desk(clerk)
    person = desk.people.register(draft(5))
    dialog = PersonDialog(desk, person.id)
    qtbot.addWidget(dialog)
    assert view_count(clerk, "person", person.id) == 1
    again = PersonDialog(desk, person.id)
    qtbot.addWidget(again)
    assert view_count(clerk, "person", person.id) == 1  # the same look, minutes apart

    case = desk.cases.intake(case_draft())
    page = CasePage(desk, case.id)
    qtbot.addWidget(page)
    assert view_count(clerk, "case", case.id) == 1
    page.reload()  # after a step or another clerk's change: not a new look
    assert view_count(clerk, "case", case.id) == 1
