"""Importing referral cases from an office's sheet of reported needs, on SQLite and (when
configured) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from case_sheets import (
    HEADERS,
    INVALID_ROWS,
    case_workbook,
    office_case_rows,
    register_reporters,
    requester,
)
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models import AuditEvent, Case, CaseEvent, ImportMapping
from db.queries.cases import CaseFilter
from desktop.domain.cases.categories import Channel, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import ValidationError
from desktop.exchange.import_errors import REASON_HEADER
from desktop.services.cases.service import CaseService
from desktop.services.imports.case_import import CaseImportService
from desktop.services.imports.records import DuplicateAction, RowState
from desktop.services.output import OutputCancelled


def case_count(ctx) -> int:
    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count(Case.id)))


def audit_of(ctx, action, entity="case"):
    with ctx.unit_of_work() as s:
        stmt = select(AuditEvent).where(AuditEvent.action == action, AuditEvent.entity == entity)
        return [(e.username, json.loads(e.details)) for e in s.scalars(stmt)]


def previewed(ctx, path, on_duplicate=DuplicateAction.SKIP):
    service = CaseImportService(ctx)
    table = service.read(path)
    return service, service.preview(table, service.suggested_mapping(table), on_duplicate)


def by_person(ctx) -> dict:
    return {r.person_national_id: r for r in CaseService(ctx).rows(CaseFilter())}


@pytest.fixture
def reporters(clerk):
    return register_reporters(clerk)


def test_preview_reads_an_office_sheet_and_names_every_problem(clerk, reporters, tmp_path):
    _, preview = previewed(clerk, case_workbook(tmp_path / "cases.xlsx"))
    assert (preview.new, preview.existing, preview.invalid) == (5, 0, 5), [
        p.line() for p in preview.problems
    ]
    assert [r.row for r in preview.rows if r.state == RowState.INVALID] == list(INVALID_ROWS)
    errors = {p.row: (p.column, p.message) for p in preview.problems if not p.warning}
    assert errors[8][0] == "อสร.ผู้แจ้ง" and "2 คน" in errors[8][1]  # both สมศรี named
    assert errors[8][1].count("นางสมศรี มีสุข") >= 2
    assert errors[9][0] == "ประเภทความต้องการ" and "หาเพื่อนคุย" in errors[9][1]
    assert errors[10][0] == "ยินยอม" and "อาจจะ" in errors[10][1]
    assert errors[11] == ("วันที่รับเรื่อง", "วันที่รับเรื่องต้องไม่อยู่ในอนาคต")
    assert errors[12][0] == "อสร.ผู้แจ้ง" and "นายไม่มี ในทะเบียน" in errors[12][1]
    rows = {r.row: r.draft for r in preview.rows}
    assert (
        rows[5].received_on == dt.date(2026, 11, 5) and rows[5].reporter_id == reporters["somchai"]
    )
    assert rows[5].consent and rows[5].consent_on == dt.date(2026, 11, 5)
    assert rows[6].received_on == dt.date(2026, 8, 1)  # typed by Excel as the year 2569
    assert rows[6].needs == (Need.TRAINING, Need.SOCIAL_SECURITY)
    assert rows[6].reporter_id == reporters["wichai"] and not rows[6].consent
    assert rows[6].person_phone == "0812345679"
    assert rows[7].needs == (Need.PROTECTION,) and rows[7].consent
    assert rows[13].channel == Channel.VOLUNTEER and rows[13].subdistrict_code == "500108"
    assert rows[14].received_on == dt.date(2026, 11, 1) and rows[14].needs == (Need.ABROAD,)
    warnings = {p.row for p in preview.problems if p.warning}
    assert 6 in warnings  # the phone given its 0 back
    assert case_count(clerk) == 0  # a preview writes nothing


def test_all_or_nothing_by_default(clerk, reporters, tmp_path):
    service, preview = previewed(clerk, case_workbook(tmp_path / "cases.xlsx"))
    with pytest.raises(ValidationError, match="5 แถว"):
        service.run(preview)
    assert case_count(clerk) == 0
    assert audit_of(clerk, "import") == []


def test_keep_valid_numbers_by_received_date_in_each_fiscal_year(clerk, reporters, tmp_path):
    service, preview = previewed(clerk, case_workbook(tmp_path / "cases.xlsx"))
    errors_out = tmp_path / "errors.xlsx"
    result = service.run(preview, keep_valid=True, errors_out=errors_out)
    assert (result.created, result.updated, result.skipped, result.rejected) == (5, 0, 0, 5)
    cases = by_person(clerk)
    numbers = {nid: c.case_no for nid, c in cases.items()}
    # Fiscal year 2570: row 13 (3 Oct), row 14 (1 Nov), row 5 (5 Nov); 2569: row 6, row 7.
    assert numbers == {
        requester(9): "ลป 2570/00001",
        requester(10): "ลป 2570/00002",
        requester(1): "ลป 2570/00003",
        requester(2): "ลป 2569/00001",
        requester(3): "ลป 2569/00002",
    }
    assert {c.status for c in cases.values()} == {CaseStatus.RECEIVED}
    manee = CaseService(clerk).find_by_no("ลป 2570/00003")
    assert manee.consent and manee.consent_on == dt.date(2026, 11, 5)
    assert manee.reporter_id == reporters["somchai"] and manee.area.subdistrict_code == "500101"
    assert manee.description == "ตกงาน ต้องการงานใกล้บ้าน"
    assert manee.due_on is not None  # the service level of its need, as at intake
    assert not CaseService(clerk).find_by_no("ลป 2569/00001").consent  # empty: not given
    # The next case typed in continues the numbering, no gap and no clash.
    from case_builders import case_draft

    typed = CaseService(clerk).intake(case_draft(received_on=dt.date(2026, 11, 20)))
    assert typed.case_no == "ลป 2570/00004"
    # The error workbook: the rejected rows with their cells and reasons.
    ws = load_workbook(errors_out).active
    assert [c.value for c in ws[1]][-1] == REASON_HEADER
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[-2] for r in rows] == list(INVALID_ROWS)
    assert all(r[-1] for r in rows)
    # Audited: one import row (file, counts, who) and each case's creation as intake does.
    [(who, details)] = audit_of(clerk, "import")
    assert who == "clerk" and details["file"] == "cases.xlsx"
    assert (details["created"], details["rejected"]) == (5, 5)
    created = audit_of(clerk, "create")
    assert len(created) == 6 and sum(d.get("source") == "import" for _, d in created) == 5
    with clerk.unit_of_work() as s:
        assert s.scalar(select(func.count()).where(CaseEvent.kind == "intake")) == 6
        assert s.scalars(select(ImportMapping.kind)).all() == ["cases"]
    # The mapping is remembered for the office's next sheet of cases.
    assert (
        CaseImportService(clerk).suggested_mapping(service.read(errors_out))["ยินยอม"] == "consent"
    )


def test_cancel_leaves_nothing(clerk, reporters, tmp_path):
    rows = [r for r in office_case_rows() if r[0] in (1, 2, 3, 9, 10)]
    service, preview = previewed(clerk, case_workbook(tmp_path / "cases.xlsx", rows))
    assert preview.invalid == 0
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first case is written

    with pytest.raises(OutputCancelled):
        service.run(preview, cancelled=cancelled)
    assert case_count(clerk) == 0
    assert audit_of(clerk, "import") == [] and audit_of(clerk, "create") == []
    service.run(preview)  # the numbers the cancel took were given back
    assert CaseService(clerk).find_by_no("ลป 2570/00001") is not None


def _valid_only(tmp_path, name="cases.xlsx", change=None):
    rows = [list(r) for r in office_case_rows() if r[0] in (1, 2, 3, 9, 10)]
    if change:
        change(rows)
    return case_workbook(tmp_path / name, rows)


def test_duplicates_skip_fill_update_and_stop(clerk, reporters, tmp_path):
    service, preview = previewed(clerk, _valid_only(tmp_path))
    service.run(preview)

    def edited(rows):
        rows[0][4] = "0899999999"  # row 5: another phone for มานี
        rows[2][4] = "0877777777"  # row 7: a phone where there was none

    sheet = _valid_only(tmp_path, "again.xlsx", edited)
    _, again = previewed(clerk, sheet)
    assert (again.new, again.existing, again.invalid) == (0, 5, 0)
    changes = {r.row: [(c.label, c.old, c.new) for c in r.fill_changes] for r in again.rows}
    assert changes[7] == [("โทรศัพท์", "", "0877777777")] and changes[5] == []
    updates = {r.row: [(c.label, c.old, c.new) for c in r.update_changes] for r in again.rows}
    assert updates[5] == [("โทรศัพท์", "0812345678", "0899999999")]

    result = service.run(again)  # skip
    assert (result.created, result.updated, result.skipped) == (0, 0, 5)
    _, fill = previewed(clerk, sheet, DuplicateAction.FILL)
    assert service.run(fill).updated == 1
    assert by_person(clerk)[requester(3)].person_phone == "0877777777"
    assert by_person(clerk)[requester(1)].person_phone == "0812345678"
    _, update = previewed(clerk, sheet, DuplicateAction.UPDATE)
    assert service.run(update).updated == 1
    assert by_person(clerk)[requester(1)].person_phone == "0899999999"
    assert case_count(clerk) == 5
    updated = [d for _, d in audit_of(clerk, "update")]
    assert updated and all(d["source"] == "import" for d in updated)

    _, stop = previewed(clerk, sheet, DuplicateAction.STOP)
    assert stop.invalid == 5
    assert all("มีเรื่องนี้แล้ว: ลป" in r.errors[0].message for r in stop.rows)


def test_two_rows_of_one_case_in_a_file_are_both_reported(clerk, reporters, tmp_path):
    rows = [list(r) for r in office_case_rows() if r[0] in (1, 2)]
    rows.append(list(rows[0]))  # row 7: row 5 again (same person, need and date)
    numbered = [[11, "5/11/2569", "นายเลข ที่เรื่อง", "", "", "สุเทพ", "", "หางาน", "", None,
                 None, "", "ลป 2570/00042"] for _ in range(2)]  # fmt: skip
    headers = [*HEADERS, "เลขที่เรื่อง"]
    _, preview = previewed(
        clerk, case_workbook(tmp_path / "twice.xlsx", rows + numbered, headers=headers)
    )
    problems = {p.row: p.message for p in preview.problems if not p.warning}
    assert "ซ้ำกับแถว 7" in problems[5] and "ซ้ำกับแถว 5" in problems[7]
    assert "ลป 2570/00042ซ้ำกับแถว 9" in problems[8] and "แถว 8" in problems[9]
    assert preview.new == 1 and preview.invalid == 4


def test_a_sheet_number_is_kept_and_the_counter_moves_past_it(clerk, reporters, tmp_path):
    headers = ["วันที่รับเรื่อง", "ชื่อผู้ขอรับบริการ", "ความต้องการ", "ช่องทาง", "เลขที่เรื่อง"]
    rows = [
        ["1/11/2569", "นางหนึ่ง มีเลข", "หางาน", "มาติดต่อด้วยตนเอง", "2570/00007"],
        ["2/11/2569", "นายสอง ไม่มีเลข", "อบรม", "โทรศัพท์", ""],
        ["3/11/2569", "นายสาม ปีผิด", "หางาน", "LINE", "ลป 2569/00003"],
    ]
    service, preview = previewed(clerk, case_workbook(tmp_path / "n.xlsx", rows, headers))
    [bad] = [p for p in preview.problems if not p.warning]
    assert bad.row == 7 and "ปีงบประมาณ 2569" in bad.message and "2570" in bad.message
    service.run(preview, keep_valid=True, errors_out=tmp_path / "e.xlsx")
    cases = {c.person_name: c for c in CaseService(clerk).rows(CaseFilter())}
    assert cases["นางหนึ่ง มีเลข"].case_no == "ลป 2570/00007"
    assert cases["นายสอง ไม่มีเลข"].case_no == "ลป 2570/00008"
    assert cases["นายสอง ไม่มีเลข"].channel == Channel.PHONE
    assert cases["นายสอง ไม่มีเลข"].reporter_name == ""  # walk-in kinds need no reporter


def test_a_mapping_without_the_required_columns_is_refused(clerk, tmp_path):
    service = CaseImportService(clerk)
    table = service.read(case_workbook(tmp_path / "cases.xlsx"))
    with pytest.raises(ValidationError) as e:
        service.preview(table, {"ชื่อ-สกุล": "person_name", "โทรศัพท์": "bogus"})
    assert set(e.value.fields) >= {"received_on", "needs", "โทรศัพท์"}


def test_an_unregistered_reporter_is_kept_only_where_intake_allows_it(clerk, reporters, tmp_path):
    headers = ["วันที่รับเรื่อง", "ชื่อผู้ขอรับบริการ", "ความต้องการ", "ช่องทาง", "ผู้แจ้ง",
               "เลขประจำตัวผู้แจ้ง", "ที่อยู่"]  # fmt: skip
    rows = [
        # 5: a phone call noted by who rang: kept as the reporter note, as intake keeps it
        ["1/11/2569", "นางโทร มาเอง", "หางาน", "โทรศัพท์", "ผู้ใหญ่บ้านหมู่ 3", None,
         "12/3 หมู่ 4 ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200"],
        # 6: a volunteer's report needs a registered volunteer
        ["1/11/2569", "นายชี้ เป้า", "หางาน", "อสร.ชี้เป้า", "นายไม่มี ในทะเบียน", None, ""],
        # 7: a reporter's ID nobody registered
        ["1/11/2569", "นายเลข ผิด", "หางาน", "", "", requester(99), ""],
    ]  # fmt: skip
    _, preview = previewed(clerk, case_workbook(tmp_path / "r.xlsx", rows, headers))
    by_row = {r.row: r for r in preview.rows}
    phoned = by_row[5].draft
    assert by_row[5].state == RowState.NEW and phoned.reporter_note == "ผู้ใหญ่บ้านหมู่ 3"
    assert phoned.subdistrict_code == "500108" and phoned.village_no == "4"
    assert "ที่อยู่: 12/3" in phoned.description  # the house number has no column of its own
    assert by_row[6].errors[0].column == "ผู้แจ้ง"
    assert by_row[7].errors[0].column == "เลขประจำตัวผู้แจ้ง"
    assert "ไม่พบผู้แจ้งเลขประจำตัว" in by_row[7].errors[0].message


def test_a_sheet_changed_between_preview_and_import_is_checked_again(clerk, reporters, tmp_path):
    headers = ["วันที่รับเรื่อง", "ชื่อผู้ขอรับบริการ", "ความต้องการ", "ช่องทาง", "เลขที่เรื่อง"]
    rows = [["1/11/2569", "นางหนึ่ง มีเลข", "หางาน", "โทรศัพท์", "ลป 2570/00007"]]
    sheet = case_workbook(tmp_path / "n.xlsx", rows, headers)
    first, preview = previewed(clerk, sheet)
    second, meanwhile = previewed(clerk, sheet)  # another clerk imports the same sheet first
    second.run(meanwhile)
    with pytest.raises(ValidationError, match="แถว 5"):
        first.run(preview)
    assert case_count(clerk) == 1


@pytest.mark.slow
def test_an_import_and_clerks_typing_cases_meanwhile_share_the_numbers(database, tmp_path):
    from case_builders import case_draft, quick_staff
    from together import run_together

    from desktop.services.context import ServiceContext

    staff = quick_staff(database)
    clerk = staff["clerk"]
    headers = ["วันที่รับเรื่อง", "ชื่อผู้ขอรับบริการ", "ความต้องการ", "ช่องทาง"]
    rows = [[f"{1 + k % 20}/11/2569", f"ผู้ร้อง นำเข้า{k}", "หางาน", "โทรศัพท์"] for k in range(300)]
    sheet = case_workbook(tmp_path / "many.xlsx", rows, headers)
    service = CaseImportService(clerk)
    table = service.read(sheet)
    preview = service.preview(table, service.suggested_mapping(table))
    assert preview.new == 300

    def at_desk(i: int):
        ctx = ServiceContext(database, clerk.user, clerk.clock)
        if i == 0:
            return CaseImportService(ctx).run(preview).created
        cases = CaseService(ctx)
        return [cases.intake(case_draft(person_name=f"พิมพ์ {i}-{k}")).case_no for k in range(5)]

    results, errors = run_together(4, at_desk)
    assert errors == []
    numbers = [r.case_no for r in CaseService(clerk).rows(CaseFilter())]
    assert len(numbers) == len(set(numbers)) == 315
    assert sorted(numbers) == [f"ลป 2570/{k:05d}" for k in range(1, 316)]
    imported = sorted(
        (r.received_on, r.case_no) for r in CaseService(clerk).rows(CaseFilter())
        if r.person_name.startswith("ผู้ร้อง")
    )  # fmt: skip
    assert [n for _, n in imported] == sorted(n for _, n in imported)  # by received date
