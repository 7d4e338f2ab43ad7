"""Who mentors whom, with history, and a mentor's workspace (visits due, follow-ups, evaluations).

A person has at most one current mentor (the database holds it to that): assigning another
closes the current assignment the day before, so the history reads as one unbroken line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import MentorAssignment, User
from db.queries import accounts as account_queries
from db.queries import mentor_assignments as q
from desktop import areas
from desktop.domain.errors import NotFound, StaleRecordError, ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.records import MentorAssignmentInfo, MentoredPerson, MentorWorkspace
from desktop.domain.mentoring.visits import (
    DEFAULT_VISIT_EVERY_DAYS,
    is_due_for_visit,
    visit_due_on,
    visit_rule_error,
)
from desktop.domain.people import PersonKind, PersonStatus, Role
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.domain.thai_dates import format_medium
from desktop.services import audit
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext


def person_name(p) -> str:
    """Title and name of a Person, or of a row with those columns."""
    return f"{p.title}{p.first_name} {p.last_name}".strip()


def area_of(p) -> str:
    """Subdistrict / district of a Person (or a row with its columns); the country abroad."""
    if not p.subdistrict_code:
        return p.country
    names = areas.area_names(p.subdistrict_code)
    return f"{names.subdistrict} / {names.district}"


def check_mentor(s: Session, mentor_id: int | None) -> User:
    """The user exists, is active and has the mentor role: whom visits and people belong to."""
    user = s.get(User, mentor_id) if mentor_id is not None else None
    roles = {r.role for r in user.roles} if user else set()
    if user is None or not user.active or Role.MENTOR.value not in roles:
        raise ValidationError({"mentor_id": "กรุณาเลือกพี่เลี้ยงที่เป็นผู้ใช้ที่ใช้งานอยู่และมีบทบาทพี่เลี้ยง"})
    return user


class MentorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def visit_every_days(self) -> int:
        """The office's rule: a person not visited within this many days is due a visit."""
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            return office.visit_every_days if office else DEFAULT_VISIT_EVERY_DAYS

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

    def mentors(self) -> list[UserInfo]:
        """Active users with the mentor role, by name."""
        with self.ctx.unit_of_work() as s:
            return [user_info(u) for u in account_queries.users_with_role(s, Role.MENTOR.value)]

    def assign(
        self, person_ids: Sequence[int], mentor_id: int, from_date: dt.date | None = None
    ) -> int:
        """Make ``mentor_id`` the mentor of every person in ``person_ids`` from ``from_date``
        (default today); returns how many changed (people who already have that mentor are
        left as they are). A second assignment on the day the current one began corrects it
        rather than leaving a one-day mentor in the history."""
        user = self.ctx.require(Permission.ASSIGN_MENTOR)
        start = from_date or self.ctx.today()
        if start > self.ctx.today():
            raise ValidationError({"from_date": "วันที่เริ่มเป็นพี่เลี้ยงต้องไม่เป็นวันในอนาคต"})
        wanted = list(dict.fromkeys(person_ids))
        try:
            with self.ctx.unit_of_work() as s:
                check_mentor(s, mentor_id)
                missing = set(wanted) - q.existing_person_ids(s, wanted)
                if missing:
                    raise NotFound(f"ไม่พบบุคคลรหัส {min(missing)}")
                current = q.current_for(s, wanted)
                changing = [
                    current[p] for p in wanted if p in current and current[p].mentor_id != mentor_id
                ]
                latest = max((a.from_date for a in changing), default=start)
                if latest > start:
                    raise ValidationError(
                        {
                            "from_date": (
                                f"วันที่เริ่มต้องไม่ก่อน {format_medium(latest)} ซึ่งเป็นวันที่พี่เลี้ยงคนปัจจุบันเริ่มดูแล"
                            )
                        }
                    )
                corrected = [a for a in changing if a.from_date == start]
                closed = [a for a in changing if a.from_date != start]
                for a in corrected:  # a second choice for the same start day corrects the first
                    a.mentor_id, a.assigned_by_id = mentor_id, user.id
                for a in closed:
                    q.close(a, start - dt.timedelta(days=1))
                s.flush()  # close before opening: the one-current-mentor index checks each row
                opened = [p for p in wanted if p not in current] + [a.person_id for a in closed]
                s.add_all(
                    MentorAssignment(
                        person_id=p, mentor_id=mentor_id, from_date=start, assigned_by_id=user.id
                    )
                    for p in opened
                )
                s.flush()
                changed = len(opened) + len(corrected)
                audit.record(
                    s,
                    user,
                    "assign_mentor",
                    "person",
                    None,
                    {"people": len(wanted), "changed": changed, "mentor_id": mentor_id},
                )
        except IntegrityError:  # another clerk assigned one of these people a moment ago
            raise StaleRecordError() from None
        return changed

    def unassign(self, person_ids: Sequence[int]) -> int:
        """End the current mentoring of these people today."""
        user = self.ctx.require(Permission.ASSIGN_MENTOR)
        with self.ctx.unit_of_work() as s:
            current = q.current_for(s, list(dict.fromkeys(person_ids)))
            for row in current.values():
                q.close(row, self.ctx.today())
            audit.record(s, user, "unassign_mentor", "person", None, {"people": len(current)})
            return len(current)

    def history(self, person_id: int) -> list[MentorAssignmentInfo]:
        """Every mentor the person has had, oldest first."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return [
                MentorAssignmentInfo(
                    a.person_id, a.mentor_id, name, a.from_date, a.to_date, by or ""
                )
                for a, name, by in q.history(s, person_id)
            ]

    def mentor_of(self, person_id: int) -> MentorAssignmentInfo | None:
        return next((a for a in reversed(self.history(person_id)) if a.current), None)

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
        if every_days is None:
            every_days = self.visit_every_days()
        if every_days < 1:
            raise ValidationError({"every_days": "จำนวนวันระหว่างการเยี่ยมต้องมากกว่า 0"})
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            rows = q.workspace_rows(
                s,
                fiscal_year=fiscal_year_of(today),
                status=PersonStatus.ACTIVE.value,
                mentor_id=mentor_id,
                district_code=district_code,
            )
            kind_labels = {k.value: k.label for k in PersonKind}
            out = []
            for r in rows:
                out.append(
                    MentoredPerson(
                        person_id=r.id,
                        name=person_name(r),
                        kind_label=kind_labels[r.kind],
                        area=area_of(r),
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
                )
            return out

    def workspace(
        self,
        mentor_id: int | None = None,
        *,
        district_code: str = "",
        every_days: int | None = None,
    ) -> MentorWorkspace:
        """A mentor's people with the lists cut from them (due for a visit, not evaluated this
        fiscal year) and the open follow-ups of their visits; ``mentor_id`` None: everyone."""
        from desktop.services.mentoring.visits import VisitService

        if every_days is None:
            every_days = self.visit_every_days()
        people = self.people(mentor_id, district_code=district_code, every_days=every_days)
        follow_ups = VisitService(self.ctx).open_follow_ups(mentor_id)
        if district_code:
            ids = {p.person_id for p in people}
            follow_ups = [f for f in follow_ups if f.person_id in ids]
        today = self.ctx.today()
        return MentorWorkspace(
            mentor_id, today, fiscal_year_of(today), every_days, tuple(people), tuple(follow_ups)
        )
