"""Who mentors whom, with history, and a mentor's workspace (visits due, follow-ups, evaluations).

A person has at most one current mentor: assigning another closes the current assignment
the day before, so the history reads as one unbroken line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Evaluation, FollowUp, MentorAssignment, Person, User, UserRole, Visit
from desktop import areas
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring_records import MentorAssignmentInfo, MentoredPerson
from desktop.domain.people import PersonKind, PersonStatus, Role
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.domain.visits import DEFAULT_VISIT_EVERY_DAYS, is_due_for_visit, visit_due_on
from desktop.services import audit
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext


def person_name(p: Person) -> str:
    return f"{p.title}{p.first_name} {p.last_name}".strip()


def area_of(p: Person) -> str:
    if not p.subdistrict_code:
        return p.country
    names = areas.area_names(p.subdistrict_code)
    return f"{names.subdistrict} / {names.district}"


class MentorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def mentors(self) -> list[UserInfo]:
        """Active users with the mentor role, by name."""
        with self.ctx.unit_of_work() as s:
            users = s.scalars(
                select(User).join(UserRole).where(UserRole.role == Role.MENTOR.value, User.active)
                .order_by(User.full_name)
            ).unique().all()
            return [user_info(u) for u in users]

    def assign(
        self, person_ids: Sequence[int], mentor_id: int, from_date: dt.date | None = None
    ) -> int:
        """Make ``mentor_id`` the mentor of every person in ``person_ids``; returns how many
        changed (people who already have that mentor are left as they are)."""
        user = self.ctx.require(Permission.ASSIGN_MENTOR)
        start = from_date or self.ctx.today()
        changed = 0
        with self.ctx.unit_of_work() as s:
            self._check_mentor(s, mentor_id)
            current = self._current(s, person_ids)
            for person_id in dict.fromkeys(person_ids):
                if s.get(Person, person_id) is None:
                    raise NotFound(f"ไม่พบบุคคลรหัส {person_id}")
                now = current.get(person_id)
                if now is not None and now.mentor_id == mentor_id:
                    continue
                if now is not None:
                    now.to_date = max(start - dt.timedelta(days=1), now.from_date)
                s.add(MentorAssignment(person_id=person_id, mentor_id=mentor_id, from_date=start,
                                       assigned_by_id=user.id))  # fmt: skip
                changed += 1
            audit.record(s, user, "assign_mentor", "person", None,
                         {"people": len(person_ids), "changed": changed, "mentor_id": mentor_id})  # fmt: skip
        return changed

    def unassign(self, person_ids: Sequence[int]) -> int:
        user = self.ctx.require(Permission.ASSIGN_MENTOR)
        with self.ctx.unit_of_work() as s:
            current = self._current(s, person_ids)
            for row in current.values():
                row.to_date = max(self.ctx.today(), row.from_date)
            audit.record(s, user, "unassign_mentor", "person", None, {"people": len(current)})
            return len(current)

    def history(self, person_id: int) -> list[MentorAssignmentInfo]:
        self.ctx.require(Permission.VIEW_MENTORING)
        mentor, by = aliased(User), aliased(User)
        with self.ctx.unit_of_work() as s:
            rows = s.execute(
                select(MentorAssignment, mentor.full_name, by.full_name)
                .join(mentor, mentor.id == MentorAssignment.mentor_id)
                .outerjoin(by, by.id == MentorAssignment.assigned_by_id)
                .where(MentorAssignment.person_id == person_id)
                .order_by(MentorAssignment.from_date, MentorAssignment.id)
            ).all()
            return [
                MentorAssignmentInfo(a.person_id, a.mentor_id, name, a.from_date, a.to_date, who or "")
                for a, name, who in rows
            ]

    def mentor_of(self, person_id: int) -> MentorAssignmentInfo | None:
        return next((a for a in reversed(self.history(person_id)) if a.current), None)

    def people(
        self,
        mentor_id: int | None = None,
        *,
        district_code: str = "",
        every_days: int = DEFAULT_VISIT_EVERY_DAYS,
    ) -> list[MentoredPerson]:
        """Active people of one mentor (or a district), with their visit and evaluation state."""
        self.ctx.require(Permission.VIEW_MENTORING)
        today = self.ctx.today()
        fy = fiscal_year_of(today)
        with self.ctx.unit_of_work() as s:
            last_visit = (
                select(Visit.person_id, func.max(Visit.visited_on).label("last"))
                .group_by(Visit.person_id).subquery()
            )  # fmt: skip
            open_follow_ups = (
                select(Visit.person_id, func.count(FollowUp.id).label("n"))
                .join(FollowUp, FollowUp.visit_id == Visit.id)
                .where(FollowUp.done_on.is_(None)).group_by(Visit.person_id).subquery()
            )  # fmt: skip
            mentor = aliased(User)
            stmt = (
                select(Person, MentorAssignment, mentor.full_name, last_visit.c.last,
                       open_follow_ups.c.n, Evaluation.grade)
                .outerjoin(MentorAssignment, and_(MentorAssignment.person_id == Person.id,
                                                  MentorAssignment.to_date.is_(None)))
                .outerjoin(mentor, mentor.id == MentorAssignment.mentor_id)
                .outerjoin(last_visit, last_visit.c.person_id == Person.id)
                .outerjoin(open_follow_ups, open_follow_ups.c.person_id == Person.id)
                .outerjoin(Evaluation, and_(Evaluation.person_id == Person.id,
                                            Evaluation.fiscal_year == fy))
                .where(Person.status == PersonStatus.ACTIVE.value)
                .order_by(Person.name_sort_key)
            )  # fmt: skip
            if mentor_id is not None:
                stmt = stmt.where(MentorAssignment.mentor_id == mentor_id)
            if district_code:
                stmt = stmt.where(Person.district_code == district_code)
            out = []
            for p, assignment, mentor_name, last, follow_ups, grade in s.execute(stmt):
                since = assignment.from_date if assignment else None
                out.append(MentoredPerson(
                    person_id=p.id, name=person_name(p), kind_label=PersonKind(p.kind).label,
                    area=area_of(p), phone=p.phone,
                    mentor_id=assignment.mentor_id if assignment else None,
                    mentor_name=mentor_name or "", since=since, last_visit=last,
                    visit_due_on=visit_due_on(last, every_days, since or today),
                    due_for_visit=is_due_for_visit(last, every_days, today),
                    open_follow_ups=follow_ups or 0, evaluated=grade is not None, grade=grade or "",
                ))  # fmt: skip
            return out

    # -- helpers ---------------------------------------------------------------------------
    def _check_mentor(self, s: Session, mentor_id: int) -> None:
        user = s.get(User, mentor_id)
        roles = {r.role for r in user.roles} if user else set()
        if user is None or not user.active or Role.MENTOR.value not in roles:
            raise ValidationError({"mentor_id": "กรุณาเลือกพี่เลี้ยงที่เป็นผู้ใช้ที่ใช้งานอยู่และมีบทบาทพี่เลี้ยง"})

    def _current(self, s: Session, person_ids: Sequence[int]) -> dict[int, MentorAssignment]:
        rows = s.scalars(
            select(MentorAssignment).where(
                MentorAssignment.person_id.in_(list(person_ids)), MentorAssignment.to_date.is_(None)
            )
        ).all()
        return {r.person_id: r for r in rows}
