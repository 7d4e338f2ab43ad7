"""Service levels: how many days each step of a case may take, per need category.

Every open case has a due date for the step it is in, and is on track, at risk or overdue.
Offices change the days (admin), so the defaults here are only where a new database starts.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping

from desktop.domain.referrals import CaseStatus, Need


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


def days_allowed(table: Mapping[tuple[Step, Need], int], step: Step, needs: Iterable[Need]) -> int:
    """A case with several needs gets the tightest of their service levels."""
    needs = list(needs) or [Need.OTHER]
    return min(table.get((step, n), DEFAULT_DAYS[step]) for n in needs)


def due_date(step_started: dt.date, days: int) -> dt.date:
    return step_started + dt.timedelta(days=days)


def at_risk_from(due: dt.date, days: int) -> dt.date:
    """The day a case turns at-risk: the last quarter of its time, and at least the last 2 days."""
    margin = max(2, days // 4)
    return due - dt.timedelta(days=margin)


def health(due: dt.date, days: int, today: dt.date) -> Health:
    if today > due:
        return Health.OVERDUE
    if today >= at_risk_from(due, days):
        return Health.AT_RISK
    return Health.ON_TRACK
