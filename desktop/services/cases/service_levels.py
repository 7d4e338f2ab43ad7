"""Service levels: the days each step of a case may take, per need (the admin edits them).

Rows in ``service_level`` override the defaults in :mod:`desktop.domain.cases.service_levels`;
nothing is seeded, so a new database simply runs on the defaults. A case takes its due date
from the table when it enters a step, so changing a number affects cases from then on and
never moves the due date of a case already in that step.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import ServiceLevel
from db.queries import cases as q
from desktop.domain.cases.categories import Need
from desktop.domain.cases.service_levels import Step, days_error, default_table
from desktop.domain.errors import ValidationError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext

Table = dict[tuple[Step, Need], int]


def table_in(session: Session) -> Table:
    """The defaults with the office's overrides laid over them (inside a caller's session)."""
    table = default_table()
    for step, need, days in q.service_levels(session):
        try:
            table[(Step(step), Need(need))] = days
        except ValueError:  # a step or need a later version removed: ignore the row
            continue
    return table


class ServiceLevelService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def table(self) -> Table:
        with self.ctx.unit_of_work() as s:
            return table_in(s)

    def set_days(self, step: Step, need: Need, days: int) -> None:
        user = self.ctx.require(Permission.MANAGE_SERVICE_LEVELS)
        if (error := days_error(days)) is not None:
            raise ValidationError({"days": error})
        step, need = Step(step), Need(need)
        with self.ctx.unit_of_work() as s:
            old = table_in(s)[(step, need)]
            row = q.service_level(s, step.value, need.value)
            if row is None:
                s.add(ServiceLevel(step=step.value, need=need.value, days=days))
            else:
                row.days = days
            audit.record(
                s,
                user,
                "update",
                "service_level",
                None,
                {"step": step.value, "need": need.value, "days": [old, days]},
            )
