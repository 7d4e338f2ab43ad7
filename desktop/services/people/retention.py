"""The retention review (PDPA s.37(3)): who left the network long enough ago to be anonymised,
and the office's retention period (years after leaving), which the administrator sets."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Office
from db.queries import accounts as account_queries
from db.queries import erasure as q
from desktop.domain.erasure import RetentionDue, due_on, left_on, retention_years_error
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.people import PersonStatus, person_name
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, local_time


class RetentionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def retention_years(self) -> int:
        self.ctx.require(Permission.ANONYMISE_PERSON)
        with self.ctx.unit_of_work() as s:
            return self._office(s).retention_years

    def set_retention_years(self, years: int) -> int:
        actor = self.ctx.require(Permission.MANAGE_OFFICE)
        if problem := retention_years_error(years):
            raise ValidationError({"retention_years": problem})
        with self.ctx.unit_of_work() as s:
            office = self._office(s)
            before = office.retention_years
            if before != years:
                office.retention_years = years
                audit.record(
                    s, actor, "settings", "office", office.id, {"retention_years": [before, years]}
                )
            return years

    def due(self) -> list[RetentionDue]:
        """Everyone not active and not anonymised whose retention period has ended by today,
        longest overdue first. Left on: the day their last active stretch ended by the status
        history (for a record without one, the day it was last changed)."""
        self.ctx.require(Permission.ANONYMISE_PERSON)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            years = self._office(s).retention_years
            histories = q.left_network_histories(s)
            people = q.left_network(s)
        out = []
        for p in people:
            left = left_on(histories.get(p.id, [])) or local_time(p.updated_at).date()
            due = due_on(left, years)
            if due <= today:
                out.append(
                    RetentionDue(p.id, person_name(p), p.kind, PersonStatus(p.status), left, due)
                )
        return sorted(out, key=lambda r: r.due_on)

    def _office(self, s: Session) -> Office:
        office = account_queries.office(s)
        if office is None:
            raise NotFound("ยังไม่ได้ตั้งค่าสำนักงาน")
        return office
