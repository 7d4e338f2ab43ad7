"""Importing referral cases from an office's sheet of reported needs: read → map → preview →
import, the same four steps (and method names) as :mod:`people_import`.

- Each row is a case as intake takes it in (``validate_case_draft``), entering the workflow
  at its first status with intake's own values, event and audit row, inserted a chunk at a
  time (:mod:`case_insert`).
- Numbers: a number the sheet gives is kept (and the counter moved up to it); every other
  case is numbered in the fiscal year of its RECEIVED date, in order of received date then
  sheet row, by the counter intake uses, inside the import's one unit of work: a case typed
  meanwhile waits for the import or the import waits for it, never a gap or a clash.
- A row already in the database (its number, or the requester's ID, a need and the
  received date of a registered case) is skipped, fills the case's empty fields, updates
  them, or stops the row, as the clerk chose; the changes are listed before they apply.
- All or nothing by default; ``keep_valid`` imports the valid rows and writes the others to
  an error workbook. A cancel (or any failure) rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import IntegrityError

from db.models import Case
from db.queries import accounts as account_queries
from db.queries import cases as case_queries
from db.queries import imports as q
from desktop.domain.cases.numbers import parse_case_no
from desktop.domain.errors import DuplicateError, ValidationError
from desktop.domain.people import person_name
from desktop.domain.permissions import Permission
from desktop.exchange import column_mapping
from desktop.exchange.column_mapping import CASE_FIELDS, CASES
from desktop.exchange.sheet_reading import SheetTable
from desktop.services import audit
from desktop.services.cases.consent import record_consent
from desktop.services.cases.numbers import next_case_numbers, office_prefix
from desktop.services.cases.service_levels import table_in
from desktop.services.imports import case_duplicates as duplicates
from desktop.services.imports.case_insert import insert_cases, new_case_values
from desktop.services.imports.case_reporters import Reporter, ReporterIndex
from desktop.services.imports.case_rows import build_case_rows
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

KIND = CASES


class CaseImportService(SheetImportSteps):
    permission = Permission.INTAKE_CASE
    kind = KIND

    # -- 3. preview ----------------------------------------------------------------------
    def preview(
        self,
        table: SheetTable,
        mapping: dict[str, str],
        on_duplicate: DuplicateAction = DuplicateAction.SKIP,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Every row checked, with its problems; which cases are in already. Writes nothing."""
        self.ctx.require(Permission.INTAKE_CASE)
        errors = column_mapping.mapping_errors(mapping, list(table.headers), KIND)
        if errors:
            raise ValidationError(errors)
        stages = Stages(progress, len(table.rows), max(len(table.rows) // 10, 1))
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            province = office.province_code if office else ""
            prefix = office_prefix(s)
            reporters = ReporterIndex(
                Reporter(pid, nid, person_name(_Name(title, first, last)))
                for pid, nid, title, first, last in q.reporters(s)
            )
        rows = build_case_rows(
            table,
            mapping,
            today=self.ctx.today(),
            office_province=province,
            office_prefix=prefix,
            reporters=reporters,
            progress=stages.stage(0),
            cancelled=cancelled,
        )
        preview = ImportPreview(
            table.file_name, table.sheet, table.headers, dict(mapping), rows, on_duplicate, KIND
        )
        with self.ctx.unit_of_work() as s:
            self._mark_registered(s, preview)
        stages.finish()
        return preview

    def _registered(self, s, rows: list[ImportRow]) -> dict[int, Case]:
        """The case already in the database for each row that has one, by ``id(row)``."""
        by_no = q.cases_by_numbers(s, [r.case_no for r in rows if r.case_no])
        by_person = q.cases_by_person_ids(
            s, [r.draft.person_national_id for r in rows if not r.case_no]
        )
        out: dict[int, Case] = {}
        for row in rows:
            if row.case_no:
                case = by_no.get(row.case_no)
            else:
                case = duplicates.same_case(row, by_person.get(row.draft.person_national_id, []))
            if case is not None:
                out[id(row)] = case
        return out

    def _mark_registered(self, s, preview: ImportPreview) -> None:
        given = duplicates.given_fields(preview.mapping)
        rows = [r for r in preview.rows if r.state != RowState.INVALID and r.draft is not None]
        registered = self._registered(s, rows)
        for row in rows:
            case = registered.get(id(row))
            if case is None:
                continue
            row.existing_id = case.id
            row.fill_changes = duplicates.changes(case, row.draft, given, fill_only=True)
            row.update_changes = duplicates.changes(case, row.draft, given, fill_only=False)
            if preview.action_for(row) == DuplicateAction.STOP:
                field = "case_no" if row.case_no else "person_national_id"
                row.problems.append(
                    CellProblem(
                        row.row,
                        _column(preview, field),
                        f"มีเรื่องนี้แล้ว: {case.case_no} ({case.person_name})",
                    )
                )
                row.state = RowState.INVALID
            else:
                row.state = RowState.EXISTING

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
        user = self.ctx.require(Permission.INTAKE_CASE)
        if any(_chosen(preview, r) for r in preview.rows if r.state == RowState.EXISTING):
            self.ctx.require(Permission.WORK_CASE)
        return run_import(
            preview,
            lambda rejected: self._write(preview, user, rejected, progress, cancelled),
            keep_valid=keep_valid,
            errors_out=errors_out,
            cancelled=cancelled,
        )

    def _write(self, preview, user, rejected, progress, cancelled) -> dict[str, int]:
        updated = skipped = 0
        now = self.ctx.now()
        todo = [r for r in preview.rows if r.state != RowState.INVALID]
        source = {"source": "import", "file": preview.file_name}
        with self.ctx.unit_of_work() as s:
            registered = self._registered(s, todo)
            new_rows = []
            for row in todo:
                case = registered.get(id(row))
                if (case is None) != (row.state == RowState.NEW):
                    raise ValidationError(
                        {
                            "rows": f"เรื่องส่งต่อเปลี่ยนไประหว่างตรวจไฟล์ (แถว {row.row}) กรุณาตรวจไฟล์ใหม่อีกครั้ง"
                        }
                    )
                if case is None:
                    new_rows.append(row)
                    continue
                chosen = _chosen(preview, row)
                if not chosen:
                    skipped += 1
                    continue
                applied = duplicates.apply_changes(case, row.draft, chosen)
                if any(c.field == "consent" for c in chosen):
                    record_consent(s, user, case, True, row.draft.consent_on, now)
                audit.record(
                    s, user, "update", "case", case.id, {"changes": applied, **source}
                )  # fmt: skip
                updated += 1
            s.flush()
            table = table_in(s)
            # The numbers the sheet gives first, so the ones taken next come after them.
            for row in new_rows:
                if (n := _number(row)) is not None:
                    case_queries.keep_case_number(s, n.prefix, n.fiscal_year, n.seq)
            ordered = sorted(new_rows, key=lambda r: (r.draft.received_on, r.row))
            numbers = iter(
                next_case_numbers(s, [r.draft.received_on for r in ordered if not r.case_no])
            )
            cases = [
                new_case_values(r.draft, _number(r) or next(numbers), user, table) for r in ordered
            ]

            def each_chunk(done: int) -> None:
                stop_if_cancelled(cancelled)
                if progress:
                    progress(done, len(cases))

            try:
                insert_cases(s, cases, user, now, source, each_chunk)
            except IntegrityError:  # a number the sheet gives was typed in a moment ago
                raise DuplicateError("มีผู้รับเรื่องเลขที่เดียวกับในไฟล์นี้ระหว่างนำเข้า กรุณาตรวจไฟล์ใหม่") from None
            stop_if_cancelled(cancelled)
            q.save_mapping(s, KIND, preview.mapping)
            result = {"created": len(ordered), "updated": updated, "skipped": skipped}
            audit.record(
                s, user, "import", "case", None,
                {"file": preview.file_name, "sheet": preview.sheet, **result, "rejected": rejected},
            )  # fmt: skip
            if progress:
                progress(len(ordered), len(ordered))
        return result


class _Name:
    """A query row's name parts, for ``person_name``."""

    def __init__(self, title: str, first: str, last: str) -> None:
        self.title, self.first_name, self.last_name = title, first, last


def _number(row: ImportRow):
    """The number the sheet gives a row, or None."""
    return parse_case_no(row.case_no) if row.case_no else None


def _chosen(preview: ImportPreview, row: ImportRow):
    action = preview.action_for(row)
    if action == DuplicateAction.FILL:
        return row.fill_changes
    if action == DuplicateAction.UPDATE:
        return row.update_changes
    return ()


def _column(preview: ImportPreview, field: str) -> str:
    return column_of(preview, field, CASE_FIELDS)
