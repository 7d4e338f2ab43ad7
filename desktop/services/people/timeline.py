"""One timeline per person: status changes, mentor changes, visits, evaluations and awards."""

from __future__ import annotations

from desktop.domain.mentoring.records import TimelineEntry
from desktop.domain.thai_dates import format_medium
from desktop.services.context import ServiceContext
from desktop.services.mentoring.assignments import MentorAssignmentService
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.mentoring.visits import VisitService
from desktop.services.people.awards import AwardService
from desktop.services.people.service import PeopleService

# Same-day entries read in the order things happen: a status first, then who mentors, etc.
_ORDER = {"status": 0, "mentor": 1, "visit": 2, "evaluation": 3, "award": 4}


def person_timeline(ctx: ServiceContext, person_id: int) -> list[TimelineEntry]:
    """Newest first."""
    person = PeopleService(ctx).get(person_id)
    entries = [
        TimelineEntry(h.effective_on, "status", h.status.label, h.reason, h.changed_by)
        for h in person.status_history
    ]
    for a in MentorAssignmentService(ctx).history(person_id):
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
    for v in VisitService(ctx).for_person(person_id):
        keyed = f"บันทึกโดย {v.entered_by}" if v.keyed_for_mentor else ""
        detail = " · ".join(p for p in (v.place, ", ".join(v.topics), keyed) if p)
        entries.append(
            TimelineEntry(
                v.visited_on, "visit", f"เยี่ยม ({v.mode.label})", detail, v.mentor_name, v.id
            )
        )
    for e in EvaluationService(ctx).for_person(person_id):
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
    for a in AwardService(ctx).for_person(person_id):
        entries.append(
            TimelineEntry(a.awarded_on, "award", f"รางวัล: {a.title}", a.note, a.recorded_by, a.id)
        )
    entries.sort(key=lambda t: (t.on, _ORDER.get(t.kind, 9)), reverse=True)
    return entries
