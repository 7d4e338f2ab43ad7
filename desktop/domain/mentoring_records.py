"""Plain records the mentoring services hand to the UI, PDFs and CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MentorAssignmentInfo:
    person_id: int
    mentor_id: int
    mentor_name: str
    from_date: dt.date
    to_date: dt.date | None
    assigned_by: str = ""

    @property
    def current(self) -> bool:
        return self.to_date is None


@dataclass(frozen=True)
class MentoredPerson:
    """One line of a mentor's workspace."""

    person_id: int
    name: str
    kind_label: str
    area: str  # ``ศรีภูมิ / เมืองเชียงใหม่``
    phone: str
    mentor_id: int | None
    mentor_name: str
    since: dt.date | None  # mentored since
    last_visit: dt.date | None
    visit_due_on: dt.date | None
    due_for_visit: bool
    open_follow_ups: int
    evaluated: bool  # this fiscal year
    grade: str = ""


@dataclass(frozen=True)
class AwardInfo:
    id: int
    person_id: int
    fiscal_year: int
    title: str
    awarded_on: dt.date
    note: str = ""
    recorded_by: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a person's single timeline: status, mentor, visit, evaluation or award."""

    on: dt.date
    kind: str  # "status", "mentor", "visit", "evaluation", "award", "case"
    title: str
    detail: str = ""
    by: str = ""
    ref_id: int | None = None  # the visit or evaluation it opens

    @property
    def kind_label(self) -> str:
        return {
            "status": "สถานะ",
            "mentor": "พี่เลี้ยง",
            "visit": "การเยี่ยม",
            "evaluation": "การประเมิน",
            "award": "รางวัล",
            "case": "เรื่องที่แจ้ง",
        }.get(self.kind, self.kind)
