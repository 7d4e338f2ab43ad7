"""Everything the office holds about one person, as plain records: what a data subject gets
when they ask for their data (PDPA s.30, access; s.31, portability).

The collector (``desktop.services.person_data``) fills these in one unit of work; the
PDF (``desktop.documents.person_data``) and the JSON file (``desktop.exchange.person_data``)
are both written from the same :class:`PersonData`, so the two never disagree.

What is the person's own and what is someone else's is decided here, once:

- a case *about* them (their national ID on it) is theirs whole, but for the reporter's phone
  (the reporter is another person);
- a case they *reported* about someone else is theirs only as their report: when, the needs,
  the area, where it went and how it ended. The name, ID, phone and story of the person with
  the need, and the notes the office wrote on that person's case, are that person's and stay
  out of this file (:class:`ReportedCase` has no field for them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.cases.categories import Agency, Channel, Need, Outcome
from desktop.domain.cases.records import CaseDetail, CaseEventInfo
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.mentoring.evaluation import EvaluationInfo
from desktop.domain.mentoring.records import AwardInfo, MentorAssignmentInfo
from desktop.domain.mentoring.visits import VisitInfo
from desktop.domain.records import AreaNames, PersonDetail

SCHEMA = "labour-desk/person-data/1"
DOCUMENT = "person_data"  # the audit row's "document"
FILE_STEM = "ข้อมูลส่วนบุคคล"

# The sections of both files, in the order they are printed (JSON keys, English).
SECTIONS = (
    "person",
    "status_history",
    "areas",
    "mentor_assignments",
    "visits",
    "evaluations",
    "awards",
    "cases_reported",
    "cases_about",
    "access_history",
)
# Actions on a case about the person that are a look at their data (the access history).
CASE_ACCESS_ACTIONS = ("view", "print", "export")


@dataclass(frozen=True)
class ReportedCase:
    """A need the person reported about someone else: their report, not that person's data."""

    id: int
    case_no: str
    received_on: dt.date
    channel: Channel
    needs: tuple[Need, ...]
    area: AreaNames
    status: CaseStatus
    status_since: dt.date
    agency: Agency | None = None
    referred_on: dt.date | None = None
    outcome: Outcome | None = None
    outcome_on: dt.date | None = None
    closed_on: dt.date | None = None
    # The steps it took: when, who, what — without the notes, which are about the other person.
    events: tuple[CaseEventInfo, ...] = field(default_factory=tuple)

    @property
    def needs_label(self) -> str:
        return ", ".join(n.label for n in self.needs)


@dataclass(frozen=True)
class AccessEntry:
    """One line of who opened, printed, changed or exported the person's data."""

    at: dt.datetime  # aware
    username: str
    user_name: str  # the account's full name ("" when the account is gone)
    action: str
    action_label: str
    entity: str  # "person" (the record), "case" (a case about them), "visit", "evaluation", "award"
    entity_id: int | None
    case_no: str = ""  # for a case
    document: str = ""  # what was printed or exported
    fields: tuple[str, ...] = ()  # names of the fields an edit changed (never their values)


@dataclass(frozen=True)
class PersonData:
    person: PersonDetail
    registered_by: str
    updated_by: str
    assignments: tuple[MentorAssignmentInfo, ...]
    visits: tuple[VisitInfo, ...]
    evaluations: tuple[EvaluationInfo, ...]
    awards: tuple[AwardInfo, ...]
    cases_reported: tuple[ReportedCase, ...]
    cases_about: tuple[CaseDetail, ...]
    access: tuple[AccessEntry, ...]

    def section_counts(self) -> dict[str, int]:
        """{section: rows}: what the audit row and the files' summaries say was handed over."""
        return {
            "person": 1,
            "status_history": len(self.person.status_history),
            "areas": len(self.person.responsible_areas),
            "mentor_assignments": len(self.assignments),
            "visits": len(self.visits),
            "evaluations": len(self.evaluations),
            "awards": len(self.awards),
            "cases_reported": len(self.cases_reported),
            "cases_about": len(self.cases_about),
            "access_history": len(self.access),
        }


@dataclass(frozen=True)
class PersonDataFiles:
    """Where an export wrote the two files, and how many rows each section held."""

    pdf: str
    json: str
    sections: dict[str, int]

    @property
    def paths(self) -> tuple[str, str]:
        return self.pdf, self.json


def file_names(person_id: int) -> tuple[str, str]:
    """``ข้อมูลส่วนบุคคล-42.pdf`` and ``.json``: named by the registry id, not the national ID
    (a file name shows in folders, mail and the audit trail)."""
    stem = f"{FILE_STEM}-{person_id}"
    return f"{stem}.pdf", f"{stem}.json"
