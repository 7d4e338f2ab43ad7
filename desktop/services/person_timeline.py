"""One timeline per person: status changes, mentor changes, visits, evaluations and awards.

Read in one unit of work, so the entries all come from the same moment of the database.
"""

from __future__ import annotations

from db.queries import accounts as account_queries
from db.queries import awards as award_queries
from db.queries import evaluations as evaluation_queries
from db.queries import people as people_queries
from db.queries import visits as visit_queries
from desktop.domain.errors import NotFound
from desktop.domain.mentoring.records import TimelineEntry
from desktop.domain.people import PersonStatus
from desktop.domain.permissions import Permission
from desktop.domain.thai_dates import format_medium
from desktop.services.context import ServiceContext
from desktop.services.mentoring.assignments import assignment_history
from desktop.services.mentoring.evaluations import evaluation_info
from desktop.services.mentoring.visits import visit_info

# Same-day entries read in the order things happen: a status first, then who mentors, etc.
_ORDER = {"status": 0, "mentor": 1, "visit": 2, "evaluation": 3, "award": 4}


def person_timeline(ctx: ServiceContext, person_id: int) -> list[TimelineEntry]:
    """Newest first."""
    ctx.require(Permission.VIEW_PEOPLE)
    with ctx.unit_of_work() as s:
        person = people_queries.by_id(s, person_id, with_details=True)
        if person is None:
            raise NotFound(f"ไม่พบบุคคลรหัส {person_id} ในทะเบียน")
        ctx.require(Permission.VIEW_MENTORING)  # after the lookup: an unknown person is NotFound
        changed_by = account_queries.full_names(s, (h.changed_by_id for h in person.history))
        entries = [
            TimelineEntry(
                h.effective_on,
                "status",
                PersonStatus(h.status).label,
                h.reason,
                changed_by.get(h.changed_by_id or 0, ""),
            )
            for h in person.history
        ]
        assignments = assignment_history(s, person_id)
        visits = [visit_info(s, v) for v in visit_queries.for_person(s, person_id)]
        evaluations = [evaluation_info(s, e) for e in evaluation_queries.for_person(s, person_id)]
        awards = award_queries.for_person(s, person_id)
        for a in assignments:
            until = f" ถึง {format_medium(a.to_date)}" if a.to_date else ""
            entries.append(
                TimelineEntry(
                    a.from_date,
                    "mentor",
                    f"พี่เลี้ยง: {a.mentor_name}",
                    f"ตั้งแต่ {format_medium(a.from_date)}{until}",
                    a.assigned_by,
                )
            )
        for v in visits:
            keyed = f"บันทึกโดย {v.entered_by}" if v.keyed_for_mentor else ""
            detail = " · ".join(p for p in (v.place, ", ".join(v.topics), keyed) if p)
            entries.append(
                TimelineEntry(
                    v.visited_on, "visit", f"เยี่ยม ({v.mode.label})", detail, v.mentor_name, v.id
                )
            )
        for e in evaluations:
            keyed = f" · บันทึกโดย {e.entered_by}" if e.keyed_for_evaluator else ""
            entries.append(
                TimelineEntry(
                    e.evaluated_on,
                    "evaluation",
                    f"ประเมินปีงบประมาณ {e.fiscal_year}: {e.grade}",
                    f"{e.total:.2f} คะแนน{keyed}",
                    e.evaluator,
                    e.id,
                )
            )
        for a, who in awards:
            entries.append(
                TimelineEntry(a.awarded_on, "award", f"รางวัล: {a.title}", a.note, who or "", a.id)
            )
    entries.sort(key=lambda t: (t.on, _ORDER.get(t.kind, 9)), reverse=True)
    return entries
