"""The figures of the network and mentoring reports (reports 2 and 3 of the fiscal year): plain
frozen records the services return and the PDF, the Excel file and the dashboard all read, so
each number has one source. Age bands are defined here too: a rule, not a query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.mentoring.evaluation import FiscalYearSummary

# (label, lowest age in years, highest age or None): whole years at the report's date.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("ต่ำกว่า 20 ปี", 0, 19),
    ("20–29 ปี", 20, 29),
    ("30–39 ปี", 30, 39),
    ("40–49 ปี", 40, 49),
    ("50–59 ปี", 50, 59),
    ("60 ปีขึ้นไป", 60, None),
)
AGE_UNKNOWN = "ไม่ระบุวันเกิด"
NOT_GIVEN = "ไม่ระบุ"
NO_MENTOR = "ยังไม่มีพี่เลี้ยง"


def born_on_or_before(on: dt.date, years: int) -> dt.date:
    """The last birth date of someone at least ``years`` old on ``on``: born on or before it.
    Someone born 29 Feb comes of age on 1 Mar in a common year (28 Feb is the boundary then)."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 Feb of ``on`` in a common year of birth
        return dt.date(on.year - years, 2, 28)


@dataclass(frozen=True)
class CountRow:
    """One line of a count table: ``key`` is the stored value (a status, a district code …),
    empty for "not given"; ``label`` is what the report prints."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class CoverageRow:
    subdistrict_code: str
    subdistrict: str
    district_code: str
    district: str
    active_count: int


@dataclass(frozen=True)
class TermEndingRow:
    person_id: int
    name: str
    kind_label: str
    district: str
    ends_on: dt.date


@dataclass(frozen=True)
class MentorMonthRow:
    mentor_id: int
    mentor_name: str
    month: dt.date  # the first day of the month
    visits: int


@dataclass(frozen=True)
class MentorCountRow:
    mentor_id: int | None  # None: people without a current mentor
    mentor_name: str
    count: int


@dataclass(frozen=True)
class EvaluationProgressRow:
    """Active people of a district (due an evaluation) and how many of them have one."""

    district_code: str
    district: str
    due: int
    done: int


@dataclass(frozen=True)
class NetworkFigures:
    """Report 2, the network. People by kind, district, gender and age band count the active
    network (status ``active`` now; age at ``age_on``); by status counts everyone registered.
    Appointed (by appointment date), resigned and removed (by the status history) fall within
    ``date_from`` – ``date_to``; terms (a graduate's contract) end within 90 days of
    ``terms_from``. Coverage: every subdistrict, those without an active volunteer first."""

    fiscal_year: int
    date_from: dt.date
    date_to: dt.date
    district_code: str | None
    age_on: dt.date
    by_kind: tuple[CountRow, ...]
    by_status: tuple[CountRow, ...]
    by_district: tuple[CountRow, ...]
    by_gender: tuple[CountRow, ...]
    by_age_band: tuple[CountRow, ...]
    appointed: int
    resigned: int
    removed: int
    terms_from: dt.date
    terms_ending: tuple[TermEndingRow, ...]
    coverage: tuple[CoverageRow, ...]

    @property
    def active(self) -> int:
        return sum(r.count for r in self.by_kind)

    @property
    def subdistricts_without_volunteer(self) -> int:
        return sum(1 for r in self.coverage if r.active_count == 0)


@dataclass(frozen=True)
class MentoringFigures:
    """Report 3, mentoring: visits per mentor and month within ``date_from`` – ``date_to``;
    active people due a visit on ``today`` under the office's rule (``visit_every_days``), per
    current mentor; evaluations of ``fiscal_year`` done vs due per district; the fiscal year's
    evaluation summary (grades per district), the same one the summary PDF prints."""

    fiscal_year: int
    date_from: dt.date
    date_to: dt.date
    district_code: str | None
    today: dt.date
    visit_every_days: int
    visits_by_mentor_month: tuple[MentorMonthRow, ...]
    not_visited: tuple[MentorCountRow, ...]
    evaluation_progress: tuple[EvaluationProgressRow, ...]
    grades: FiscalYearSummary

    @property
    def visits(self) -> int:
        return sum(r.visits for r in self.visits_by_mentor_month)

    @property
    def not_visited_total(self) -> int:
        return sum(r.count for r in self.not_visited)
