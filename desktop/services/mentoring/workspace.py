"""A mentor's workspace: the office's visit rule, the people a mentor (or a district, or the
office) looks after with their visit and evaluation state, and the open follow-ups.

Each use case reads in one unit of work, so the lists agree with each other.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.queries import accounts as account_queries
from db.queries import mentor_assignments as q
from desktop import areas
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.records import MentoredPerson, MentorWorkspace
from desktop.domain.mentoring.visits import (
    DEFAULT_VISIT_EVERY_DAYS,
    is_due_for_visit,
    visit_due_on,
    visit_rule_error,
)
from desktop.domain.people import PersonKind, PersonStatus, person_name
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.disclosure import disclosure_for
from desktop.services.mentoring.visits import open_follow_ups


def _area_of(row) -> str:
    """Subdistrict / district of a workspace row; the country for someone abroad."""
    if not row.subdistrict_code:
        return row.country
    names = areas.area_names(row.subdistrict_code)
    return f"{names.subdistrict} / {names.district}"


def office_visit_rule(s: Session) -> int:
    """The office's visit rule (days); the reports count who is due by the same one."""
    office = account_queries.office(s)
    return office.visit_every_days if office else DEFAULT_VISIT_EVERY_DAYS


class WorkspaceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def visit_every_days(self) -> int:
        """The office's rule: a person not visited within this many days is due a visit."""
        with self.ctx.unit_of_work() as s:
            return office_visit_rule(s)

    def set_visit_every_days(self, every_days: int) -> int:
        """Set the office's visit rule (admin); every mentor's workspace follows it."""
        user = self.ctx.require(Permission.MANAGE_MENTORING_SETUP)
        if problem := visit_rule_error(every_days):
            raise ValidationError({"visit_every_days": problem})
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            if office is None:
                raise NotFound("ยังไม่ได้ตั้งค่าสำนักงาน")
            before = office.visit_every_days
            if before != every_days:
                office.visit_every_days = every_days
                audit.record(
                    s,
                    user,
                    "update",
                    "office",
                    office.id,
                    {"visit_every_days": [before, every_days]},
                )
            return every_days

    def people(
        self,
        mentor_id: int | None = None,
        *,
        district_code: str = "",
        every_days: int | None = None,
    ) -> list[MentoredPerson]:
        """Active people of one mentor (or a district, or everyone), in Thai name order, with
        area names, their visit state (due when not visited within ``every_days``) and whether
        they are evaluated this fiscal year. ``every_days`` None: the office's rule."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            every_days = self._rule(s, every_days)
            return self._people(s, mentor_id, district_code, every_days)

    def overview(
        self,
        mentor_id: int | None = None,
        *,
        district_code: str = "",
        every_days: int | None = None,
    ) -> MentorWorkspace:
        """A mentor's people with the lists cut from them (due for a visit, not evaluated this
        fiscal year) and the open follow-ups of their visits; ``mentor_id`` None: everyone."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            every_days = self._rule(s, every_days)
            people = self._people(s, mentor_id, district_code, every_days)
            follow_ups = open_follow_ups(s, mentor_id)
        if district_code:
            ids = {p.person_id for p in people}
            follow_ups = [f for f in follow_ups if f.person_id in ids]
        today = self.ctx.today()
        return MentorWorkspace(
            mentor_id, today, fiscal_year_of(today), every_days, tuple(people), tuple(follow_ups)
        )

    # -- helpers ---------------------------------------------------------------------------
    def _rule(self, s: Session, every_days: int | None) -> int:
        """The visit rule asked for, or the office's; refused when it is not a whole day."""
        if every_days is None:
            every_days = office_visit_rule(s)
        if every_days < 1:
            raise ValidationError({"every_days": "จำนวนวันระหว่างการเยี่ยมต้องมากกว่า 0"})
        return every_days

    def _people(
        self, s: Session, mentor_id: int | None, district_code: str, every_days: int
    ) -> list[MentoredPerson]:
        today = self.ctx.today()
        rows = q.workspace_rows(
            s,
            fiscal_year=fiscal_year_of(today),
            status=PersonStatus.ACTIVE.value,
            mentor_id=mentor_id,
            district_code=district_code,
        )
        kind_labels = {k.value: k.label for k in PersonKind}
        people = [
            MentoredPerson(
                person_id=r.id,
                name=person_name(r),
                kind_label=kind_labels[r.kind],
                area=_area_of(r),
                phone=r.phone,
                mentor_id=r.mentor_id,
                mentor_name=r.mentor_name or "",
                since=r.since,
                last_visit=r.last,
                visit_due_on=visit_due_on(r.last, every_days, r.since or today),
                due_for_visit=is_due_for_visit(r.last, every_days, today, r.since),
                open_follow_ups=r.follow_ups or 0,
                evaluated=r.grade is not None,
                grade=r.grade or "",
            )
            for r in rows
        ]
        shown = disclosure_for(self.ctx, s)  # a mentor sees the phones of their own people
        return [shown.mentored(p) for p in people]
