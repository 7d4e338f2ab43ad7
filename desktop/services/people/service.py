"""Registering people, editing them with optimistic locking, status changes, and finding them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Person, StatusHistory
from db.queries import accounts as account_queries
from db.queries import people as q
from db.queries.people import PersonFilter
from desktop import areas
from desktop.domain import national_id
from desktop.domain.conflicts import EditConflict
from desktop.domain.erasure import ALREADY_ANONYMISED
from desktop.domain.errors import (
    ConflictingEdit,
    DeskError,
    DuplicateError,
    NotFound,
    StaleRecordError,
    ValidationError,
)
from desktop.domain.field_history import FieldStamp
from desktop.domain.people import (
    PersonDraft,
    PersonKind,
    PersonStatus,
    default_term_end,
    person_name,
    validate_person,
)
from desktop.domain.permissions import Permission
from desktop.domain.records import PersonDetail, PersonRow, RegistryRecord
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.disclosure import disclosure_for
from desktop.services.people.conflicts import overridden_detail, person_conflict
from desktop.services.people.mapping import (
    apply_draft,
    sync_areas,
    to_detail,
    to_draft,
    to_record,
    to_row,
)

__all__ = ["PeopleService", "PersonFilter"]


class PeopleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def count(self, f: PersonFilter) -> int:
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            return q.count(s, self._dated(f))

    def page(self, f: PersonFilter, offset: int, limit: int) -> list[PersonRow]:
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            shown = disclosure_for(self.ctx, s)
            return [shown.person_row(to_row(p)) for p in q.page(s, self._dated(f), offset, limit)]

    def rows(self, f: PersonFilter) -> list[PersonRow]:
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            shown = disclosure_for(self.ctx, s)
            return [shown.person_row(to_row(p)) for p in q.all_matching(s, self._dated(f))]

    def records(self, f: PersonFilter) -> list[RegistryRecord]:
        """Everyone ``f`` matches, in its order, with their whole record (the registry export)."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            shown = disclosure_for(self.ctx, s)
            return [
                shown.registry_record(to_record(p), p.id)
                for p in q.all_matching_columns(s, self._dated(f))
            ]

    def get(self, person_id: int) -> PersonDetail:
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            return self._shown(s, person_detail(s, load_person(s, person_id)))

    def field_history(self, person_id: int) -> dict[str, FieldStamp]:
        """When and by whom each field of the record last changed (from the audit trail)."""
        from desktop.services.people.field_history import field_history

        return field_history(self.ctx, person_id)

    def open(self, person_id: int) -> PersonDetail:
        """The record as :meth:`get` reads it, for a user opening it: the opening is audited
        (once per user within a few minutes)."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            detail = person_detail(s, load_person(s, person_id))
            audit.record_view(s, self.ctx.user, "person", person_id, self.ctx.now())
            return self._shown(s, detail)

    def find_by_national_id(self, nid: str) -> PersonDetail | None:
        self.ctx.require(Permission.VIEW_PEOPLE)
        with self.ctx.unit_of_work() as s:
            p = q.by_national_id(s, national_id.digits_only(nid))
            return self._shown(s, person_detail(s, load_person(s, p.id))) if p else None

    def district_choices(self) -> list[tuple[str, str, int]]:
        """(code, Thai name, people) for districts that have anyone registered."""
        with self.ctx.unit_of_work() as s:
            counts = q.district_counts(s)
        out = [(code, areas.district_name(code), n) for code, n in counts if code]
        from desktop.domain.collation import thai_sort_key

        return sorted(out, key=lambda t: thai_sort_key(t[1]))

    # -- writing -------------------------------------------------------------------------
    def register(self, draft: PersonDraft) -> PersonDetail:
        user = self.ctx.require(Permission.REGISTER_PERSON)
        draft = self._with_defaults(draft)
        self._validate(draft)
        with self.ctx.unit_of_work() as s:
            self._refuse_duplicate(s, draft.national_id, None)
            person = Person(
                status=PersonStatus.ACTIVE.value, created_by_id=user.id, updated_by_id=user.id
            )
            changes = apply_draft(person, draft)
            sync_areas(person, draft.responsible_subdistricts)
            person.history.append(
                StatusHistory(
                    status=PersonStatus.ACTIVE.value,
                    effective_on=draft.appointed_on or self.ctx.today(),
                    reason="ลงทะเบียน",
                    changed_by_id=user.id,
                )
            )
            s.add(person)
            try:
                s.flush()
            except IntegrityError:  # another clerk saved the same ID a moment ago
                raise DuplicateError("เลขประจำตัวประชาชนนี้มีอยู่ในทะเบียนแล้ว") from None
            audit.record(s, user, "create", "person", person.id, {"fields": sorted(changes)})
            return person_detail(s, person)

    def update(self, person_id: int, expected_version: int, draft: PersonDraft) -> PersonDetail:
        user = self.ctx.require(Permission.EDIT_PERSON)
        draft = self._with_defaults(draft)
        with self.ctx.unit_of_work() as s:
            person = editable_person(s, person_id)  # an anonymised record says so, first
            self._validate(draft)
            if person.version != expected_version:
                raise ConflictingEdit(self._conflict(s, person, draft, None))
            self._refuse_duplicate(s, draft.national_id, person.id)
            changes = apply_draft(person, draft)
            if (area_change := sync_areas(person, draft.responsible_subdistricts)) is not None:
                changes["responsible_subdistricts"] = area_change
            if not changes:
                return person_detail(s, person)
            person.updated_by_id = user.id
            s.flush()  # the version check runs here: another clerk's save makes it fail
            audit.record(s, user, "update", "person", person.id, {"changes": changes})
            return person_detail(s, person)

    def conflict(
        self, person_id: int, mine: PersonDraft, opened: PersonDraft | None = None
    ) -> EditConflict[PersonDraft]:
        """The stored record (theirs) beside ``mine``, for a save that found the version moved;
        ``opened`` (what the form was loaded with) tells which side changed each field."""
        self.ctx.require(Permission.EDIT_PERSON)
        with self.ctx.unit_of_work() as s:
            return self._conflict(s, load_person(s, person_id), mine, opened)

    def save_resolved(
        self,
        person_id: int,
        resolved: PersonDraft,
        against_version: int,
        mine: PersonDraft | None = None,
    ) -> PersonDetail:
        """Save the draft a conflict was resolved to, over the version it was resolved against
        (saved again since: a new ``ConflictingEdit``). The audit row keeps the values it
        overrode and those of ``mine`` given up for theirs; even keeping theirs whole is
        recorded, so both clerks' saves stay in the audit trail."""
        user = self.ctx.require(Permission.EDIT_PERSON)
        resolved = self._with_defaults(resolved)
        with self.ctx.unit_of_work() as s:
            person = editable_person(s, person_id)  # an anonymised record says so, first
            self._validate(resolved)
            if person.version != against_version:
                raise ConflictingEdit(self._conflict(s, person, resolved, mine))
            stored = to_draft(person_detail(s, person))
            self._refuse_duplicate(s, resolved.national_id, person.id)
            changes = apply_draft(person, resolved)
            if (area_change := sync_areas(person, resolved.responsible_subdistricts)) is not None:
                changes["responsible_subdistricts"] = area_change
            if changes:
                person.updated_by_id = user.id
                s.flush()  # another clerk saving meanwhile fails the version check here
            detail = {
                "changes": changes,
                "conflict": overridden_detail(stored, resolved, mine, against_version),
            }
            audit.record(s, user, "update", "person", person.id, detail)
            return person_detail(s, person)

    def change_status(
        self,
        person_id: int,
        expected_version: int,
        status: PersonStatus,
        effective_on: dt.date,
        reason: str,
    ) -> PersonDetail:
        user = self.ctx.require(Permission.CHANGE_STATUS)
        errors = {}
        if not (reason or "").strip():
            errors["reason"] = "กรุณาระบุเหตุผลของการเปลี่ยนสถานะ"
        if effective_on is None:
            errors["effective_on"] = "กรุณาระบุวันที่มีผล"
        elif effective_on > self.ctx.today() + dt.timedelta(days=366):
            errors["effective_on"] = "วันที่มีผลไกลเกินไปในอนาคต"
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as s:
            person = editable_person(s, person_id)
            if person.version != expected_version:
                raise StaleRecordError()
            if person.status == status.value:
                raise ValidationError({"status": f"สถานะปัจจุบันเป็น “{status.label}” อยู่แล้ว"})
            old = person.status
            person.status = status.value
            person.updated_by_id = user.id
            person.history.append(
                StatusHistory(
                    status=status.value,
                    effective_on=effective_on,
                    reason=reason.strip(),
                    changed_by_id=user.id,
                )
            )
            s.flush()
            audit.record(
                s,
                user,
                "status",
                "person",
                person.id,
                {"status": [old, status.value], "effective_on": effective_on.isoformat()},
            )
            return self._shown(s, person_detail(s, person))

    # -- helpers -------------------------------------------------------------------------
    def _shown(self, s: Session, detail: PersonDetail) -> PersonDetail:
        """``detail`` as the signed-in user may see it (a mentor: the ID masked, the phone
        only of their own people). Saving returns the whole record: only those who see
        everything may register or edit (tests/domain/test_disclosure_rules.py holds that)."""
        return disclosure_for(self.ctx, s).person_detail(detail)

    def _conflict(
        self, s: Session, person: Person, mine: PersonDraft, opened: PersonDraft | None
    ) -> EditConflict[PersonDraft]:
        by = account_queries.full_names(s, [person.updated_by_id] if person.updated_by_id else [])
        return person_conflict(
            person_detail(s, person), mine, opened, by.get(person.updated_by_id or 0, "")
        )

    def _dated(self, f: PersonFilter) -> PersonFilter:
        """``f`` ready for the query: the search text's digits as ASCII (an ID typed in Thai
        digits finds the stored one), and today's date for a term filter."""
        from dataclasses import replace

        f = replace(f, text=national_id.search_form(f.text))
        if f.term_ending_within_days is not None and f.today is None:
            return replace(f, today=self.ctx.today())
        return f

    def _with_defaults(self, draft: PersonDraft) -> PersonDraft:
        if draft.appointed_on and draft.term_end is None and draft.kind != PersonKind.GRADUATE:
            from dataclasses import replace

            return replace(draft, term_end=default_term_end(draft.appointed_on))
        return draft

    def _validate(self, draft: PersonDraft) -> None:
        errors = validate_person(draft, self.ctx.today(), areas.subdistrict_exists)
        if errors:
            raise ValidationError(errors)

    def _refuse_duplicate(self, s: Session, nid: str, own_id: int | None) -> None:
        existing = q.by_national_id(s, national_id.digits_only(nid))
        if existing is not None and existing.id != own_id:
            raise DuplicateError(
                "เลขประจำตัวประชาชนนี้มีอยู่ในทะเบียนแล้ว: "
                f"{person_name(existing)} "
                f"(รหัสทะเบียน {existing.id})",
                existing_id=existing.id,
            )


def editable_person(s: Session, person_id: int) -> Person:
    """The person to edit or change the status of; an anonymised record is refused."""
    person = load_person(s, person_id)
    if person.anonymised_at is not None:
        raise DeskError(ALREADY_ANONYMISED)
    return person


def load_person(s: Session, person_id: int) -> Person:
    person = q.by_id(s, person_id, with_details=True)
    if person is None:
        raise NotFound(f"ไม่พบบุคคลรหัส {person_id} ในทะเบียน")
    return person


def person_detail(s: Session, person: Person) -> PersonDetail:
    """The person's record as the UI and documents get it (who changed their status, by name)."""
    return to_detail(
        person, account_queries.full_names(s, (h.changed_by_id for h in person.history))
    )
