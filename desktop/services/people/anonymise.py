"""Anonymising a person (PDPA s.33 erasure, or the end of the office's retention period).

One unit of work per person takes every copy of their identifying data out of the database —
the record, its status history, the cases about them, their visits, follow-ups, evaluations
and awards, any free text elsewhere that names them, and the old/new values in the audit
trail — while the rows stay, so the reports count exactly what they counted before (the
person's kind, status, areas and dates are kept; ``desktop.domain.erasure`` says why gender
and birth date may go). The erasure itself is audited: who, when, why; never whom by name.
Once committed, the file's free space is wiped (``db.free_space``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from db.free_space import secure_delete, wipe_free_space
from db.models import Case, Person
from db.queries import awards as award_queries
from db.queries import cases as case_queries
from db.queries import erasure as q
from db.queries import evaluations as evaluation_queries
from db.queries import people as people_queries
from db.queries import visits as visit_queries
from desktop.domain import national_id
from desktop.domain.collation import thai_sort_key
from desktop.domain.erasure import (
    ALREADY_ANONYMISED,
    ANONYMOUS_FIRST_NAME,
    REDACTED,
    STILL_ACTIVE,
    anonymous_last_name,
    longest_first,
    needles,
    placeholder_id,
    reason_errors,
    redacted_json,
    scrub,
)
from desktop.domain.errors import DeskError, NotFound, ValidationError
from desktop.domain.people import PersonStatus, person_name
from desktop.domain.permissions import Permission
from desktop.domain.records import UserInfo
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.people.service import load_person

# Free texts of the person's own records, blanked whole.
_PERSON_TEXTS = (
    "title",
    "phone",
    "line_id",
    "house_no",
    "village_no",
    "soi_road",
    "postcode",
    "occupation",
    "education",
    "degree",
    "appointment_order",
    "notes",
)
_CASE_TEXTS = ("person_national_id", "person_phone", "description", "outcome_note", "reporter_note")
_VISIT_TEXTS = ("place", "notes", "problems", "advice")
_EVALUATION_TEXTS = ("strengths", "to_improve", "comments")


class AnonymiseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def anonymise(self, person_id: int, reason: str) -> bool:
        """Erase one person; True when the database file was wiped of old copies too (False:
        another program kept it busy; the record is anonymised all the same)."""
        return self.anonymise_many([person_id], reason)

    def anonymise_by_national_id(self, nid: str, reason: str) -> tuple[int, bool]:
        """The command line's way in: (the person's id, file wiped)."""
        self.ctx.require(Permission.ANONYMISE_PERSON)
        digits = national_id.digits_only(nid)
        with self.ctx.unit_of_work() as s:
            person = people_queries.by_national_id(s, digits) if len(digits) == 13 else None
            if person is None:
                raise NotFound("ไม่พบเลขประจำตัวประชาชนนี้ในทะเบียน (บุคคลที่ลบข้อมูลระบุตัวตนแล้วจะไม่มีเลขนี้อีก)")
            person_id = person.id
        return person_id, self.anonymise(person_id, reason)

    def anonymise_many(self, person_ids: Sequence[int], reason: str) -> bool:
        """Erase these people in one unit of work (all or none: the first refusal, e.g. one
        of them made active again meanwhile, leaves everyone as they were), then wipe the
        file's free space once."""
        user = self.ctx.require(Permission.ANONYMISE_PERSON)
        if errors := reason_errors(reason):
            raise ValidationError(errors)
        if not person_ids:
            raise ValidationError({"people": "กรุณาเลือกบุคคลที่จะลบข้อมูลระบุตัวตน"})
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s, secure_delete(s):
            found: list[str] = []
            for person_id in dict.fromkeys(person_ids):
                found += _anonymise(s, user, load_person(s, person_id), reason.strip(), now)
            _scrub_elsewhere(s, longest_first(found))
            q.merge_search_indexes(s)
        return wipe_free_space(self.ctx.db.engine, q.TABLES)


def _anonymise(
    s: Session, user: UserInfo, person: Person, reason: str, now: dt.datetime
) -> tuple[str, ...]:
    """Blank the person's own records and the audit rows about them; returns what identifies
    them (:func:`needles`), for the scan of everything else."""
    if person.anonymised_at is not None:
        raise DeskError(ALREADY_ANONYMISED)
    if person.status == PersonStatus.ACTIVE:
        raise DeskError(f"{person_name(person)}: {STILL_ACTIVE}")
    found = needles(
        person.national_id, person.title, person.first_name, person.last_name, person.phone
    )
    names = [f"{person.first_name} {person.last_name}", person_name(person)]
    cases = q.cases_about(s, person.national_id, names, person.phone)
    label = f"{ANONYMOUS_FIRST_NAME} {anonymous_last_name(person.id)}"

    _blank_person(person, user, now)
    for case in cases:
        _blank_case(case, label)
    for approval in q.approvals_of(s, [c.id for c in cases]):
        approval.note = approval.comment = ""
    visits = visit_queries.for_person(s, person.id)
    for visit in visits:
        for name in _VISIT_TEXTS:
            setattr(visit, name, "")
        for follow_up in visit.follow_ups:
            follow_up.action = ""
    evaluations = evaluation_queries.for_person(s, person.id)
    for evaluation in evaluations:
        for name in _EVALUATION_TEXTS:
            setattr(evaluation, name, "")
    awards = [award for award, _recorded_by in award_queries.for_person(s, person.id)]
    for award in awards:
        award.note = ""
    s.flush()  # the version checks run here: a clerk's save meanwhile fails one side

    subjects = [
        ("person", [person.id]),
        ("case", [c.id for c in cases]),
        ("visit", [v.id for v in visits]),
        ("follow_up", [f.id for v in visits for f in v.follow_ups]),
        ("evaluation", [e.id for e in evaluations]),
        ("award", [a.id for a in awards]),
    ]
    rewritten = _redacted(q.audit_rows_about(s, subjects), found, about=True)
    q.rewrite_audit_details(s, rewritten)
    audit.record(
        s,
        user,
        "anonymise",
        "person",
        person.id,
        {"reason": scrub(reason, found), "cases": len(cases), "audit_rows": len(rewritten)},
    )
    return found


def _scrub_elsewhere(s: Session, found: Sequence[str]) -> None:
    """Everything else that names them, in one scan for all the people erased together: the
    free texts of every row, and the audit rows of other records (written after their own
    records were flushed, so no bulk UPDATE overtakes a pending change)."""
    q.scrub_free_texts(s, found, REDACTED)
    q.rewrite_audit_details(s, _redacted(q.audit_rows_mentioning(s, found), found, about=False))


def _redacted(rows, found: Sequence[str], *, about: bool) -> dict[int, str]:
    """{audit row id: its redacted details} of the rows that change."""
    return {
        event_id: new
        for event_id, details in rows
        if (new := redacted_json(details, found, about=about)) is not None
    }


def _blank_person(person: Person, user: UserInfo, now: dt.datetime) -> None:
    for name in _PERSON_TEXTS:
        setattr(person, name, "")
    person.first_name = ANONYMOUS_FIRST_NAME
    person.last_name = anonymous_last_name(person.id)
    person.national_id = placeholder_id(person.id)
    person.gender = None
    person.birth_date = None
    person.name_sort_key = thai_sort_key(f"{person.first_name} {person.last_name}")
    person.search_text = people_queries.search_text_for(
        person.first_name, person.last_name, "", "", ""
    )
    person.anonymised_at = now
    person.updated_by_id = user.id
    for change in person.history:
        change.reason = ""


def _blank_case(case: Case, label: str) -> None:
    for name in _CASE_TEXTS:
        setattr(case, name, "")
    case.person_name = label
    case.person_sort_key = thai_sort_key(label)
    case.search_text = case_queries.search_text_for(case.case_no, label, "", "")
    for event in case.events:
        event.note = ""
