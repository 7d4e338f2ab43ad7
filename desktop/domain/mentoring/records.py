"""Plain records the mentoring services hand to the UI, PDFs and CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.cases.categories import Outcome
from desktop.domain.mentoring.visits import FollowUpInfo


@dataclass(frozen=True)
class YearFigures:
    """What the system knows of a person's fiscal year, beside the evaluation form: visits
    received, needs reported (duplicates not counted) and the outcomes of those resolved."""

    visits: int
    reported: int
    outcomes: tuple[tuple[Outcome, int], ...]  # most common first

    @property
    def resolved(self) -> int:
        return sum(n for _o, n in self.outcomes)

    def lines(self) -> tuple[tuple[str, str], ...]:
        """The Thai lines the printed sheet carries: ("การเยี่ยมที่ได้รับ", "3 ครั้ง"), …"""
        detail = ", ".join(f"{outcome.label} {n}" for outcome, n in self.outcomes)
        return (
            ("การเยี่ยมที่ได้รับ", f"{self.visits} ครั้ง"),
            ("ความต้องการที่ชี้เป้า", f"{self.reported} เรื่อง"),
            ("ได้รับการแก้ไขแล้ว", f"{self.resolved} เรื่อง" + (f" ({detail})" if detail else "")),
        )


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
class MentorWorkspace:
    """What a mentor (or the office, for everyone) works from: the people, and the lists cut
    from them — who is due a visit, who is not yet evaluated this fiscal year — plus the open
    follow-ups of their visits."""

    mentor_id: int | None
    today: dt.date
    fiscal_year: int
    every_days: int  # a visit every N days (the office's setting)
    people: tuple[MentoredPerson, ...]
    follow_ups: tuple[FollowUpInfo, ...]  # open, soonest due first

    @property
    def due_for_visit(self) -> tuple[MentoredPerson, ...]:
        """Longest waiting first: never visited, then the oldest last visit."""
        due = [p for p in self.people if p.due_for_visit]
        return tuple(
            sorted(due, key=lambda p: (p.last_visit is not None, p.last_visit or self.today))
        )

    @property
    def not_evaluated(self) -> tuple[MentoredPerson, ...]:
        return tuple(p for p in self.people if not p.evaluated)

    @property
    def follow_ups_due(self) -> tuple[FollowUpInfo, ...]:
        """Open follow-ups due today or earlier (those without a due date are not "due")."""
        return tuple(f for f in self.follow_ups if f.due_on is not None and f.due_on <= self.today)


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
