"""Service levels: how many days each step of a case may take, per need category.

Every open case has a due date for the step it is in, and is on track, at risk or overdue.
Offices change the days (admin), so the defaults here are only where a new database starts.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping

from desktop.domain.cases.categories import Need
from desktop.domain.cases.workflow import CaseStatus


class Step(enum.StrEnum):
    SCREEN = "screen"  # received, screening, returned: the office decides
    AGENCY = "agency"  # referred, in progress: the agency acts
    OFFICE = "office"  # handled by the office itself
    CLOSE = "close"  # resolved: the office confirms and closes

    @property
    def label(self) -> str:
        return {
            "screen": "คัดกรองและส่งต่อ",
            "agency": "หน่วยงานดำเนินการ",
            "office": "สำนักงานดำเนินการเอง",
            "close": "ปิดเรื่อง",
        }[self.value]


STEP_OF_STATUS = {
    CaseStatus.RECEIVED: Step.SCREEN,
    CaseStatus.SCREENING: Step.SCREEN,
    CaseStatus.RETURNED: Step.SCREEN,
    CaseStatus.REFERRED: Step.AGENCY,
    CaseStatus.IN_PROGRESS: Step.AGENCY,
    CaseStatus.HANDLED_BY_OFFICE: Step.OFFICE,
    CaseStatus.RESOLVED: Step.CLOSE,
}

DEFAULT_DAYS: dict[Step, int] = {Step.SCREEN: 7, Step.AGENCY: 30, Step.OFFICE: 15, Step.CLOSE: 7}
# Complaints and safety hazards cannot wait a month at the agency.
DEFAULT_OVERRIDES: dict[tuple[Step, Need], int] = {
    (Step.AGENCY, Need.PROTECTION): 15,
    (Step.AGENCY, Need.SAFETY): 7,
    (Step.SCREEN, Need.SAFETY): 3,
    (Step.AGENCY, Need.TRAINING): 45,
}


class Health(enum.StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {"on_track": "ตามกำหนด", "at_risk": "ใกล้ครบกำหนด", "overdue": "เกินกำหนด"}[self.value]


def default_table() -> dict[tuple[Step, Need], int]:
    return {(s, n): DEFAULT_OVERRIDES.get((s, n), DEFAULT_DAYS[s]) for s in Step for n in Need}


MIN_DAYS, MAX_DAYS = 1, 365


def days_error(days: int) -> str | None:
    """Thai message when an admin's number of days cannot be a service level."""
    if not isinstance(days, int) or isinstance(days, bool) or not MIN_DAYS <= days <= MAX_DAYS:
        return f"จำนวนวันต้องอยู่ระหว่าง {MIN_DAYS} ถึง {MAX_DAYS} วัน"
    return None


def step_of(status: CaseStatus) -> Step | None:
    """The step a case in ``status`` is in; None once it is closed (no due date)."""
    return STEP_OF_STATUS.get(status)


def days_allowed(table: Mapping[tuple[Step, Need], int], step: Step, needs: Iterable[Need]) -> int:
    """A case with several needs gets the tightest of their service levels."""
    needs = list(needs) or [Need.OTHER]
    return min(table.get((step, n), DEFAULT_DAYS[step]) for n in needs)


def due_date(step_started: dt.date, days: int) -> dt.date:
    return step_started + dt.timedelta(days=days)


def due_after_move(
    source: CaseStatus | None,
    target: CaseStatus,
    *,
    current_due: dt.date | None,
    current_days: int | None,
    table: Mapping[tuple[Step, Need], int],
    needs: Iterable[Need],
    on: dt.date,
) -> tuple[dt.date | None, int | None]:
    """(due date, days allowed) of a case that moves from ``source`` to ``target`` on ``on``.

    The clock runs per step, not per status: received → screening, or referred → in progress,
    stay in the same step and keep their due date, so starting to screen does not buy the
    office another week. Entering a new step starts its clock from the table as it is now;
    a closed case has no due date. ``source`` None is intake.
    """
    step = step_of(target)
    if step is None:
        return None, None
    if source is not None and step_of(source) == step and current_due is not None:
        return current_due, current_days
    days = days_allowed(table, step, needs)
    return due_date(on, days), days


def at_risk_from(due: dt.date, days: int | None) -> dt.date:
    """The day a case turns at-risk: the last quarter of its time, and at least the last 2 days."""
    margin = max(2, (days or 0) // 4)
    return due - dt.timedelta(days=margin)


def health(due: dt.date, days: int | None, today: dt.date) -> Health:
    """On the due date itself a case is at risk, not yet overdue (it may still be done today)."""
    if today > due:
        return Health.OVERDUE
    if today >= at_risk_from(due, days):
        return Health.AT_RISK
    return Health.ON_TRACK
