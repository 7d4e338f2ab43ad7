"""Importing people from an office's sheet: read → map → preview → import.

The window's wizard and ``labour-desk import people`` call the same four steps:

1. :meth:`PeopleImportService.read` checks the file (size, zip bomb) and reads one sheet;
2. :meth:`suggested_mapping` proposes ``{header: field}`` (the office's last mapping first);
3. :meth:`preview` checks every row (nothing is written) and looks up who is registered;
4. :meth:`run` writes every valid row in ONE unit of work — all or nothing; or, with
   ``keep_valid``, the valid rows, and an error workbook of the rejected ones. A cancel (or
   any failure) rolls the whole import back: the database is exactly as before.

Long steps take ``progress(done, total)`` and ``cancelled()`` callables, as prints do.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from db.models import Person
from db.queries import accounts as account_queries
from db.queries import imports as q
from desktop.domain.errors import DuplicateError, ValidationError
from desktop.domain.people import PersonKind, default_term_end, person_name
from desktop.domain.permissions import Permission
from desktop.exchange import column_mapping
from desktop.exchange.sheet_reading import SheetTable
from desktop.services import audit
from desktop.services.imports import duplicates
from desktop.services.imports.bulk_insert import insert_people
from desktop.services.imports.people_rows import build_rows
from desktop.services.imports.records import (
    CellProblem,
    DuplicateAction,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowState,
)
from desktop.services.imports.running import column_of, run_import
from desktop.services.imports.sheet_steps import SheetImportSteps
from desktop.services.output import Cancelled, Progress, Stages, stop_if_cancelled
from desktop.services.people.mapping import apply_draft, to_detail, to_draft

KIND = "people"
_REPORT_EVERY = 200


class PeopleImportService(SheetImportSteps):
    permission = Permission.REGISTER_PERSON
    kind = KIND

    # -- 3. preview ----------------------------------------------------------------------
    def preview(
        self,
        table: SheetTable,
        mapping: dict[str, str],
        on_duplicate: DuplicateAction = DuplicateAction.SKIP,
        *,
        default_kind: PersonKind = PersonKind.DOMESTIC_VOLUNTEER,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Every row checked, with its problems; who is registered already. Writes nothing."""
        self.ctx.require(Permission.REGISTER_PERSON)
        errors = column_mapping.mapping_errors(mapping, list(table.headers))
        if errors:
            raise ValidationError(errors)
        stages = Stages(progress, len(table.rows), max(len(table.rows) // 10, 1))
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            province = office.province_code if office else ""
        rows = build_rows(
            table,
            mapping,
            today=self.ctx.today(),
            office_province=province,
            default_kind=default_kind,
            progress=stages.stage(0),
            cancelled=cancelled,
        )
        preview = ImportPreview(
            table.file_name, table.sheet, table.headers, dict(mapping), rows, on_duplicate
        )
        with self.ctx.unit_of_work() as s:
            self._mark_registered(s, preview)
        stages.finish()
        return preview

    def _mark_registered(self, s, preview: ImportPreview) -> dict[str, Person]:
        given = duplicates.given_fields(preview.mapping)
        ids = [r.draft.national_id for r in preview.rows if r.state != RowState.INVALID]
        registered = q.people_by_national_ids(s, ids)
        for row in preview.rows:
            if row.state == RowState.INVALID or row.draft is None:
                continue
            person = registered.get(row.draft.national_id)
            if person is None:
                continue
            row.existing_id = person.id
            row.fill_changes = duplicates.changes(person, row.draft, given, fill_only=True)
            row.update_changes = duplicates.changes(person, row.draft, given, fill_only=False)
            if preview.action_for(row) == DuplicateAction.STOP:
                column = _column(preview, "national_id")
                row.problems.append(
                    CellProblem(
                        row.row,
                        column,
                        f"มีในทะเบียนแล้ว: {person_name(person)} (รหัสทะเบียน {person.id})",
                    )
                )
                row.state = RowState.INVALID
            else:
                row.state = RowState.EXISTING
        return registered

    # -- 4. import -----------------------------------------------------------------------
    def run(
        self,
        preview: ImportPreview,
        *,
        keep_valid: bool = False,
        errors_out: str | Path | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Write the previewed rows; see the module docstring. Raises ValidationError (and
        writes nothing) when a row is invalid and ``keep_valid`` is not given."""
        user = self.ctx.require(Permission.REGISTER_PERSON)
        if any(self._changes(preview, r) for r in preview.rows if r.state == RowState.EXISTING):
            self.ctx.require(Permission.EDIT_PERSON)
        return run_import(
            preview,
            lambda rejected: self._write(preview, user, rejected, progress, cancelled),
            keep_valid=keep_valid,
            errors_out=errors_out,
            cancelled=cancelled,
        )

    def _changes(self, preview: ImportPreview, row: ImportRow):
        action = preview.action_for(row)
        if action == DuplicateAction.FILL:
            return row.fill_changes
        if action == DuplicateAction.UPDATE:
            return row.update_changes
        return ()

    def _write(self, preview, user, rejected, progress, cancelled) -> dict[str, int]:
        updated = skipped = 0
        today = self.ctx.today()
        todo = [r for r in preview.rows if r.state != RowState.INVALID]
        new_people = []
        with self.ctx.unit_of_work() as s:
            registered = q.people_by_national_ids(s, [r.draft.national_id for r in todo])
            for done, row in enumerate(todo):
                if done % _REPORT_EVERY == 0:
                    stop_if_cancelled(cancelled)
                person = registered.get(row.draft.national_id)
                if (person is None) != (row.state == RowState.NEW):
                    raise ValidationError(
                        {"rows": f"ทะเบียนเปลี่ยนไประหว่างตรวจไฟล์ (แถว {row.row}) กรุณาตรวจไฟล์ใหม่อีกครั้ง"}
                    )
                if person is None:
                    new_people.append((_with_term_end(row.draft), row.status))
                    continue
                changes = self._changes(preview, row)
                if not changes:
                    skipped += 1
                    continue
                draft = to_draft(to_detail(person, {}))
                draft = replace(draft, **{c.field: getattr(row.draft, c.field) for c in changes})
                person.updated_by_id = user.id
                applied = apply_draft(person, draft)
                audit.record(
                    s, user, "update", "person", person.id,
                    {"changes": applied, "source": "import", "file": preview.file_name},
                )  # fmt: skip
                updated += 1
            s.flush()

            def each_chunk(done: int) -> None:
                stop_if_cancelled(cancelled)
                if progress:
                    progress(done, len(new_people))

            try:
                insert_people(s, new_people, user.id, today, each_chunk)
            except IntegrityError:  # another clerk registered one of these IDs a moment ago
                raise DuplicateError(
                    "มีผู้ลงทะเบียนเลขประจำตัวประชาชนในไฟล์นี้ระหว่างนำเข้า กรุณาตรวจไฟล์ใหม่"
                ) from None
            stop_if_cancelled(cancelled)
            q.save_mapping(s, KIND, preview.mapping)
            result = {"created": len(new_people), "updated": updated, "skipped": skipped}
            audit.record(
                s, user, "import", "person", None,
                {"file": preview.file_name, "sheet": preview.sheet, **result, "rejected": rejected},
            )  # fmt: skip
            if progress:
                progress(len(new_people), len(new_people))
        return result


def _with_term_end(draft):
    """A volunteer's term ends three years after appointment unless the sheet says when."""
    if draft.appointed_on and draft.term_end is None and draft.kind != PersonKind.GRADUATE:
        return replace(draft, term_end=default_term_end(draft.appointed_on))
    return draft


def _column(preview: ImportPreview, field: str) -> str:
    return column_of(preview, field, column_mapping.FIELDS)
