"""Mentoring visits: what a mentor records after meeting a volunteer, and who is due a visit."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from desktop.domain import field_lengths
from desktop.domain.fiscal_year import fiscal_year_of


class VisitMode(enum.StrEnum):
    FIELD = "field"
    PHONE = "phone"
    MEETING = "meeting"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {
            "field": "ลงพื้นที่เยี่ยม",
            "phone": "ทางโทรศัพท์",
            "meeting": "ประชุม/อบรม",
            "online": "ออนไลน์",
        }[self.value]


DEFAULT_TOPICS = (
    "อธิบายบริการของกระทรวงแรงงาน",
    "รวบรวมความต้องการด้านแรงงานในชุมชน",
    "ส่งมอบแบบฟอร์มและเอกสารประชาสัมพันธ์",
    "แนะนำการสมัครประกันสังคมมาตรา 40",
    "ติดตามเรื่องที่ส่งต่อ",
    "ให้คำปรึกษาการปฏิบัติหน้าที่",
)
DEFAULT_VISIT_EVERY_DAYS = 90
VISIT_EVERY_DAYS_RANGE = (7, 365)  # from weekly to yearly: anything else is a typing slip


def visit_rule_error(every_days: int) -> str | None:
    low, high = VISIT_EVERY_DAYS_RANGE
    if not low <= every_days <= high:
        return f"รอบการเยี่ยมต้องอยู่ระหว่าง {low} ถึง {high} วัน"
    return None


@dataclass(frozen=True)
class FollowUpDraft:
    action: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    visit_id: int
    action: str
    due_on: dt.date | None
    done_on: dt.date | None
    person_id: int = 0
    person_name: str = ""

    @property
    def open(self) -> bool:
        return self.done_on is None

    def overdue(self, today: dt.date) -> bool:
        return self.open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class VisitDraft:
    person_id: int
    visited_on: dt.date
    mode: VisitMode
    place: str = ""
    topic_ids: tuple[int, ...] = ()
    notes: str = ""
    problems: str = ""
    advice: str = ""
    follow_ups: tuple[FollowUpDraft, ...] = ()
    next_visit_on: dt.date | None = None
    mentor_id: int | None = None  # None: the signed-in mentor


@dataclass(frozen=True)
class VisitInfo:
    id: int
    version: int
    person_id: int
    person_name: str
    mentor_id: int
    mentor_name: str
    entered_by: str
    visited_on: dt.date
    mode: VisitMode
    place: str
    topic_ids: tuple[int, ...]
    topics: tuple[str, ...]
    notes: str
    problems: str
    advice: str
    follow_ups: tuple[FollowUpInfo, ...]
    next_visit_on: dt.date | None
    entered_by_id: int | None = None

    @property
    def keyed_for_mentor(self) -> bool:
        # By id when known: two users may share a name.
        if self.entered_by_id is not None:
            return self.entered_by_id != self.mentor_id
        return self.entered_by != self.mentor_name


@dataclass(frozen=True)
class TopicInfo:
    id: int
    text: str
    active: bool


def visit_errors(draft: VisitDraft, today: dt.date) -> dict[str, str]:
    errors = field_lengths.draft_length_errors(field_lengths.VISIT, draft)
    if draft.visited_on > today:
        errors["visited_on"] = "วันที่เยี่ยมต้องไม่เป็นวันในอนาคต"
    if draft.next_visit_on is not None and draft.next_visit_on <= draft.visited_on:
        errors["next_visit_on"] = "วันที่นัดเยี่ยมครั้งต่อไปต้องอยู่หลังวันที่เยี่ยม"
    for i, f in enumerate(draft.follow_ups, start=1):
        if not f.action.strip():
            errors["follow_ups"] = f"รายการติดตามที่ {i}: กรุณาระบุสิ่งที่ต้องทำ"
        elif f.due_on is not None and f.due_on < draft.visited_on:
            errors["follow_ups"] = f"รายการติดตามที่ {i}: วันครบกำหนดต้องไม่ก่อนวันที่เยี่ยม"
        elif f.done_on is not None and f.done_on > today:
            errors["follow_ups"] = f"รายการติดตามที่ {i}: วันที่ทำเสร็จต้องไม่เป็นวันในอนาคต"
    return errors


def visit_due_on(last_visit: dt.date | None, every_days: int, since: dt.date) -> dt.date:
    """When the next visit is due: ``every_days`` after the last one. Someone never visited is
    due from ``since`` (the day their mentoring began): a mentor meets their people first."""
    return last_visit + dt.timedelta(days=every_days) if last_visit else since


def is_due_for_visit(
    last_visit: dt.date | None, every_days: int, today: dt.date, since: dt.date | None = None
) -> bool:
    """No visit within the last ``every_days`` days, or never visited (once ``since`` has come).
    The same rule as ``visit_due_on``, so the date a list shows and its "due" mark agree."""
    return today >= visit_due_on(last_visit, every_days, since or today)


def last_visit_cutoff(every_days: int, today: dt.date) -> dt.date:
    """The rule of ``is_due_for_visit`` as a date a query can compare against: someone last
    visited on or before this day is due (``today >= last + every_days``), and so is someone
    never visited whose mentoring began on or before ``today`` (or who has no mentor)."""
    return today - dt.timedelta(days=every_days)


def evaluated_this_year(evaluated_years: set[int], today: dt.date) -> bool:
    return fiscal_year_of(today) in evaluated_years


@dataclass(frozen=True)
class VisitForm:
    """One page of the visit-record PDF: a recorded visit, or a blank form for the field."""

    person_name: str
    area_line: str
    phone: str
    mentor_name: str
    topics: tuple[str, ...]  # the checklist (the admin's active topics)
    visit: VisitInfo | None = None
