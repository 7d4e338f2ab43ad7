"""Importing people from an office's sheet, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import json

import pytest
from import_sheets import (
    INVALID_ROWS,
    VALID_ROWS,
    formula_workbook,
    nid,
    office_csv,
    office_workbook,
    office_xls,
)
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models import AuditEvent, ImportMapping, Person
from db.queries.people import PersonFilter
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.exchange.import_errors import REASON_HEADER
from desktop.services.imports.people_import import PeopleImportService
from desktop.services.imports.records import DuplicateAction, RowState
from desktop.services.output import OutputCancelled
from desktop.services.people.service import PeopleService


def people_count(ctx) -> int:
    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count(Person.id)))


def audit_of(ctx, action):
    with ctx.unit_of_work() as s:
        return [
            (e.username, json.loads(e.details))
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def previewed(ctx, path, on_duplicate=DuplicateAction.SKIP, **kw):
    service = PeopleImportService(ctx)
    table = service.read(path, **kw)
    return service, service.preview(table, service.suggested_mapping(table), on_duplicate)


def test_preview_counts_and_names_every_problem_by_row_and_column(clerk, tmp_path):
    _, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    assert (preview.new, preview.existing, preview.invalid) == (4, 0, 5)
    assert [r.row for r in preview.rows if r.state == RowState.INVALID] == list(INVALID_ROWS)
    errors = {(p.row, p.column) for p in preview.problems if not p.warning}
    assert {(8, "เลขประจำตัวประชาชน"), (9, "เลขประจำตัวประชาชน"), (10, "เลขประจำตัวประชาชน"),
            (11, "ตำบล"), (12, "เลขประจำตัวประชาชน")} <= errors  # fmt: skip
    assert people_count(clerk) == 0  # a preview writes nothing


def test_all_or_nothing_by_default(clerk, tmp_path):
    service, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    with pytest.raises(ValidationError, match="5 แถว"):
        service.run(preview)
    assert people_count(clerk) == 0
    assert audit_of(clerk, "import") == []


def test_keep_valid_imports_the_rest_and_writes_an_error_workbook(clerk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    service, preview = previewed(clerk, path)
    errors_out = tmp_path / "errors.xlsx"
    result = service.run(preview, keep_valid=True, errors_out=errors_out)
    assert (result.created, result.rejected) == (4, 5)
    assert people_count(clerk) == 4
    somchai = PeopleService(clerk).find_by_national_id(nid(1))
    assert (somchai.title, somchai.first_name, somchai.last_name) == ("นาย", "สมชาย", "ใจดี")
    assert somchai.phone == "0812345678" and somchai.area.subdistrict_code == "500108"
    assert somchai.birth_date.isoformat() == "1982-03-15"
    ws = load_workbook(errors_out).active
    header = [c.value for c in ws[1]]
    assert header[-1] == REASON_HEADER
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[-2] for r in rows] == list(INVALID_ROWS)
    assert all(r[-1] for r in rows)
    [(who, details)] = audit_of(clerk, "import")
    assert who == "clerk" and details["file"] == "office.xlsx"
    assert (details["created"], details["rejected"]) == (4, 5)
    # The clerk fixes nothing and imports the error workbook again: the same rows are refused,
    # each with its reason again (the file re-imports as it was written).
    _, again = previewed(clerk, errors_out)
    assert again.invalid == 5


def test_the_same_rows_from_cp874_and_utf16_csv(clerk, tmp_path):
    for encoding in ("cp874", "utf-16"):
        _, preview = previewed(clerk, office_csv(tmp_path / f"office-{encoding}.csv", encoding))
        assert [r.row for r in preview.rows if r.state == RowState.NEW] == list(VALID_ROWS)


def test_the_same_rows_from_an_old_xls_workbook(clerk, tmp_path):
    _, preview = previewed(clerk, office_xls(tmp_path / "office.xls"))
    assert [r.row for r in preview.rows if r.state == RowState.NEW] == list(VALID_ROWS)
    assert [r.row for r in preview.rows if r.state == RowState.INVALID] == list(INVALID_ROWS)


def test_registered_ids_skip_fill_or_update_with_the_changes_listed(clerk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    service, preview = previewed(clerk, path)
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    person = PeopleService(clerk).find_by_national_id(nid(3))
    with clerk.unit_of_work() as s:  # someone's phone is now empty, the name differs
        p = s.get(Person, person.id)
        p.phone, p.first_name = "", "มาลีเดิม"

    _, skip = previewed(clerk, path)
    assert (skip.new, skip.existing) == (0, 4)
    row = next(r for r in skip.rows if r.existing_id == person.id)
    assert {c.field for c in row.fill_changes} == {"phone"}
    assert {"phone", "first_name"} <= {c.field for c in row.update_changes}
    assert service.run(skip, keep_valid=True, errors_out=tmp_path / "e2.xlsx").updated == 0
    assert PeopleService(clerk).get(person.id).first_name == "มาลีเดิม"

    _, fill = previewed(clerk, path, DuplicateAction.FILL)
    service.run(fill, keep_valid=True, errors_out=tmp_path / "e3.xlsx")
    after = PeopleService(clerk).get(person.id)
    assert after.phone == "0899999999" and after.first_name == "มาลีเดิม"

    _, update = previewed(clerk, path, DuplicateAction.UPDATE)
    service.run(update, keep_valid=True, errors_out=tmp_path / "e4.xlsx")
    assert PeopleService(clerk).get(person.id).first_name == "มาลี"
    updates = [d for _, d in audit_of(clerk, "update") if d.get("source") == "import"]
    assert len(updates) == 2

    _, stop = previewed(clerk, path, DuplicateAction.STOP)
    assert stop.existing == 0 and stop.invalid == 9


def test_cancel_leaves_the_database_as_it_was(clerk, tmp_path):
    service, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1  # cancel after the first rows were added

    with pytest.raises(OutputCancelled):
        service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx",
                    cancelled=cancelled)  # fmt: skip
    assert people_count(clerk) == 0
    assert audit_of(clerk, "import") == []
    assert not (tmp_path / "e.xlsx").exists()


def test_the_mapping_is_remembered_for_the_office(clerk, tmp_path):
    service, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    mapping = dict(preview.mapping)
    mapping["ลำดับ"] = "notes"  # the clerk's own choice
    preview.mapping = mapping
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    with clerk.unit_of_work() as s:
        assert json.loads(s.scalars(select(ImportMapping.mapping)).one())["ลำดับ"] == "notes"
    table = service.read(tmp_path / "office.xlsx")
    assert service.suggested_mapping(table)["ลำดับ"] == "notes"


def test_only_clerks_and_admins_import(mentor, supervisor, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    for ctx in (mentor, supervisor):
        with pytest.raises(PermissionDenied):
            PeopleImportService(ctx).read(path)


def test_imported_people_are_as_registered_ones_searchable_with_their_history(clerk, tmp_path):
    from desktop.domain.people import PersonStatus

    service, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    people = PeopleService(clerk)
    [found] = people.rows(PersonFilter(text="มาลี"))
    assert found.national_id == nid(3) and found.district == "เมืองเชียงใหม่"
    assert [p.national_id for p in people.rows(PersonFilter(text="0812345678"))] == [nid(1), nid(2)]
    somchai = people.get(people.find_by_national_id(nid(1)).id)
    assert somchai.term_end is not None and somchai.version == 1
    assert [h.reason for h in somchai.status_history] == ["นำเข้าจากไฟล์"]
    resigned = people.find_by_national_id(nid(9))
    assert resigned.status == PersonStatus.RESIGNED
    assert [h.status for h in resigned.status_history][-1] == PersonStatus.RESIGNED


def test_a_formula_without_a_cached_value_is_reported_in_its_cell(clerk, tmp_path):
    _, preview = previewed(clerk, formula_workbook(tmp_path / "formulas.xlsx"))
    assert preview.invalid == 2
    formula_problems = {(p.row, p.column) for p in preview.problems if "สูตร" in p.message}
    assert formula_problems == {(2, "วันเกิด"), (3, "เบอร์โทร")}


def test_preview_and_import_report_progress_to_the_end(clerk, tmp_path):
    service = PeopleImportService(clerk)
    table = service.read(office_workbook(tmp_path / "office.xlsx"))
    seen = []
    preview = service.preview(
        table, service.suggested_mapping(table), progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    done = []
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx",
                progress=lambda d, t: done.append((d, t)))  # fmt: skip
    assert done[-1] == (4, 4)


def test_a_row_can_have_its_own_duplicate_action(clerk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    service, preview = previewed(clerk, path)
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    with clerk.unit_of_work() as s:
        for p in s.scalars(select(Person)):
            p.first_name = "เดิม"
    _, again = previewed(clerk, path)  # the import skips; one row is updated
    [malee] = [r for r in again.rows if r.draft.national_id == nid(3)]
    malee.action = DuplicateAction.UPDATE
    result = service.run(again, keep_valid=True, errors_out=tmp_path / "e2.xlsx")
    assert (result.updated, result.skipped) == (1, 3)
    names = {p.national_id: p.first_name for p in PeopleService(clerk).rows(PersonFilter())}
    assert names[nid(3)] == "มาลี" and names[nid(1)] == "เดิม"


def test_someone_registered_between_preview_and_import_stops_it(clerk, tmp_path):
    from factories import draft

    service, preview = previewed(clerk, office_workbook(tmp_path / "office.xlsx"))
    PeopleService(clerk).register(draft(national_id=nid(1)))
    with pytest.raises(ValidationError, match="กรุณาตรวจไฟล์ใหม่"):
        service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    assert people_count(clerk) == 1 and not (tmp_path / "e.xlsx").exists()


def test_every_field_an_import_may_change_has_its_thai_label():
    from desktop.services.imports import duplicates

    for field in duplicates.COMPARED:
        label = duplicates.label(field)
        assert label != field and any("\u0e00" <= ch <= "\u0e7f" for ch in label), field
