"""Who mentors whom: the mentors to choose from, assigning and unassigning people, and history.

A person has at most one current mentor (the database holds it to that): assigning another
closes the current assignment the day before, so the history reads as one unbroken line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import MentorAssignment
from db.queries import accounts as account_queries
from db.queries import mentor_assignments as q
from desktop.domain.errors import NotFound, StaleRecordError, ValidationError
from desktop.domain.mentoring.records import MentorAssignmentInfo
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.domain.thai_dates import format_medium
from desktop.services import audit
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext
from desktop.services.mentoring.mentors import check_mentor


def assignment_history(s: Session, person_id: int) -> list[MentorAssignmentInfo]:
    """Every mentor the person has had, oldest first, read in the caller's unit of work."""
    return [
        MentorAssignmentInfo(a.person_id, a.mentor_id, name, a.from_date, a.to_date, by or "")
        for a, name, by in q.history(s, person_id)
    ]


class MentorAssignmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

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
            return assignment_history(s, person_id)

    def mentor_of(self, person_id: int) -> MentorAssignmentInfo | None:
        """The person's current mentor, None when nobody mentors them now."""
        return next((a for a in reversed(self.history(person_id)) if a.current), None)
