"""A person's right of access and portability (PDPA s.30, s.31): everything the office holds
about one registered person, as a PDF a clerk hands over and a JSON file a program can read.

:func:`collect` only reads (no permission check, no audit, no files): one unit of work and a
fixed number of queries however much the person holds. :class:`PersonDataExportService`
checks the permission, writes both files and audits the export; the audit row says what was
handed over (file names, rows per section), never the personal values themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import Case, Evaluation, Visit
from db.queries import accounts as account_queries
from db.queries import awards as award_queries
from db.queries import cases as case_queries
from db.queries import person_data as q
from db.queries import visits as visit_queries
from desktop import areas
from desktop.domain.audit_actions import action_label
from desktop.domain.cases.categories import Agency, Channel, Outcome
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.mentoring.evaluation import EvaluationInfo
from desktop.domain.mentoring.records import AwardInfo
from desktop.domain.mentoring.visits import VisitInfo
from desktop.domain.people import person_name
from desktop.domain.permissions import Permission
from desktop.domain.person_data import (
    CASE_ACCESS_ACTIONS,
    DOCUMENT,
    AccessEntry,
    PersonData,
    PersonDataFiles,
    ReportedCase,
    file_names,
)
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.cases.mapping import approval_info, event_info, needs_of, to_detail
from desktop.services.context import ServiceContext, local_time
from desktop.services.mentoring.assignments import assignment_history
from desktop.services.mentoring.evaluations import evaluation_record
from desktop.services.mentoring.templates import template_record
from desktop.services.mentoring.visits import visit_record
from desktop.services.output import Progress, atomic_targets, stop_if_cancelled
from desktop.services.people.service import load_person, person_detail

__all__ = ["PersonDataExportService", "collect"]


def collect(s: Session, person_id: int, today: dt.date) -> PersonData:
    """Everything about the person, read in the caller's unit of work (``NotFound`` for an
    unknown id). ``today`` is the office's, for the due-date health of open cases."""
    person = load_person(s, person_id)
    detail = person_detail(s, person)
    nid = person.national_id
    visits = q.visits(s, person_id)
    evaluations = q.evaluations(s, person_id)
    awards = award_queries.for_person(s, person_id)
    templates = q.templates(s, {e.template_id for e in evaluations})
    cases = q.cases(s, person_id, nid)
    about = [c for c in cases if nid and c.person_national_id == nid]
    reported = [c for c in cases if not (nid and c.person_national_id == nid)]
    pending = q.pending_approvals(s, [c.id for c in about])
    users = account_queries.full_names(s, _user_ids(person, visits, evaluations, cases, pending))
    theirs = [
        ("visit", [v.id for v in visits]),
        ("evaluation", [e.id for e in evaluations]),
        ("award", [a.id for a, _by in awards]),
    ]
    access = q.access_events(s, person_id, [c.id for c in about], CASE_ACCESS_ACTIONS, theirs)
    case_nos = {c.id: c.case_no for c in about}
    return PersonData(
        person=detail,
        registered_by=users.get(person.created_by_id or 0, ""),
        updated_by=users.get(person.updated_by_id or 0, ""),
        assignments=tuple(assignment_history(s, person_id)),
        visits=_visits(s, visits, person_name(person), users),
        evaluations=_evaluations(evaluations, templates, person_name(person), users),
        awards=tuple(
            sorted(
                (
                    AwardInfo(
                        a.id, a.person_id, a.fiscal_year, a.title, a.awarded_on, a.note, by or ""
                    )
                    for a, by in awards
                ),
                key=lambda a: (a.awarded_on, a.id),
            )
        ),
        cases_reported=tuple(_reported(c, users) for c in reported),
        cases_about=_about(s, about, person_id, users, pending, today),
        access=tuple(_access(e, name, case_nos) for e, name in access),
    )


def _user_ids(person, visits, evaluations, cases, pending) -> set[int | None]:
    ids: set[int | None] = {person.created_by_id, person.updated_by_id}
    for v in visits:
        ids.update((v.mentor_id, v.entered_by_id))
    for e in evaluations:
        ids.update((e.evaluator_id, e.entered_by_id))
    for c in cases:
        ids.update((c.assigned_to_id, c.created_by_id))
        ids.update(e.user_id for e in c.events)
    ids.update(a.requested_by_id for a in pending.values())
    return ids


def _visits(
    s: Session, visits: list[Visit], name: str, users: dict[int, str]
) -> tuple[VisitInfo, ...]:
    texts = visit_queries.topic_texts(s, {t.topic_id for v in visits for t in v.topics})
    return tuple(visit_record(v, name, users, texts) for v in visits)


def _evaluations(
    evaluations: list[Evaluation], templates: dict, name: str, users: dict[int, str]
) -> tuple[EvaluationInfo, ...]:
    # Every template here was used: this person was scored on it.
    shown = {i: template_record(t, used=True) for i, t in templates.items()}
    return tuple(evaluation_record(e, name, shown[e.template_id], users) for e in evaluations)


def _reported(c: Case, users: dict[int, str]) -> ReportedCase:
    """A case they reported about someone else: their report, without that person's data."""
    return ReportedCase(
        id=c.id,
        case_no=c.case_no,
        received_on=c.received_on,
        channel=Channel(c.channel),
        needs=needs_of(c),
        area=areas.area_names(c.subdistrict_code),
        status=CaseStatus(c.status),
        status_since=c.status_since,
        agency=Agency(c.agency) if c.agency else None,
        referred_on=c.referred_on,
        outcome=Outcome(c.outcome) if c.outcome else None,
        outcome_on=c.outcome_on,
        closed_on=c.closed_on,
        events=tuple(replace(event_info(e, users), note="") for e in c.events),
    )


def _about(s: Session, about: list[Case], person_id: int, users, pending, today):
    reporters = q.people(s, {c.reporter_id for c in about if c.reporter_id})
    originals = case_queries.case_nos(s, {c.duplicate_of_id for c in about if c.duplicate_of_id})
    out = []
    for c in about:
        detail = to_detail(
            c,
            reporter=reporters.get(c.reporter_id or 0),
            users=users,
            duplicate_of_no=originals.get(c.duplicate_of_id or 0, ""),
            pending=approval_info(pending[c.id], c.case_no, users) if c.id in pending else None,
            events=c.events,
            today=today,
        )
        if c.reporter_id != person_id:  # the reporter's phone is the reporter's, not theirs
            detail = replace(detail, reporter_phone="")
        out.append(detail)
    return tuple(out)


def _access(e, full_name: str | None, case_nos: dict[int, str]) -> AccessEntry:
    details = _details(e.details)
    changed = details.get("changes")  # an edit's fields (a registration's are all of them)
    fields = sorted(changed) if isinstance(changed, dict) else []
    document = details.get("document", "")
    return AccessEntry(
        at=local_time(e.at),
        username=e.username,
        user_name=full_name or "",
        action=e.action,
        action_label=action_label(e.action),
        entity=e.entity,
        entity_id=e.entity_id,
        case_no=case_nos.get(e.entity_id or 0, "") if e.entity == "case" else "",
        document=document if isinstance(document, str) else "",
        fields=tuple(str(f) for f in fields if isinstance(f, str)),
    )


def _details(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class PersonDataExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def collect(self, person_id: int) -> PersonData:
        """What an export would hand over (allowed to those who may export it)."""
        self.ctx.require(Permission.EXPORT_PERSON_DATA)
        with self.ctx.unit_of_work() as s:
            return collect(s, person_id, self.ctx.today())

    def export(
        self,
        person_id: int,
        folder: str | Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PersonDataFiles:
        """Write ``ข้อมูลส่วนบุคคล-<id>.pdf`` and ``.json`` into ``folder`` (made when missing).

        The national ID is whole in both: the files are the person's own. The audit row
        (who, which files, rows per section) commits before either file appears; after a
        cancel or a failure there is neither a file nor a row."""
        from desktop.documents.person_data import render_person_data
        from desktop.exchange.person_data import write_person_data_json

        user = self.ctx.require(Permission.EXPORT_PERSON_DATA)
        office = AccountService(self.ctx).required_office()
        data = self.collect(person_id)
        report = progress or (lambda _done, _total: None)
        report(1, 3)
        stop_if_cancelled(cancelled)
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        pdf_name, json_name = file_names(person_id)
        pdf_path, json_path = target / pdf_name, target / json_name
        now = self.ctx.now()
        sections = data.section_counts()
        details = {"document": DOCUMENT, "files": [pdf_name, json_name], "sections": sections}

        def audit_export() -> None:
            with self.ctx.unit_of_work() as s:
                audit.record(s, user, "export", "person", person_id, details)

        # Both files or neither: the audit row first, then the two appear together.
        with atomic_targets(
            (pdf_path, json_path), cancelled=cancelled, before_publish=audit_export
        ) as (pdf_part, json_part):
            write_person_data_json(json_part, data, office, generated_at=now, prepared_by=user)
            report(2, 3)
            stop_if_cancelled(cancelled)
            render_person_data(
                pdf_part, office, data, printed_on=self.ctx.today(), prepared_by=user
            )
        report(3, 3)
        return PersonDataFiles(str(pdf_path), str(json_path), sections)
