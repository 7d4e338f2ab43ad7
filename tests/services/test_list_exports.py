"""Every list export from the database (SQLite and, with TEST_DATABASE_URL, PostgreSQL):
all rows the filter matches in its order, audited with what, how many, the filter and who,
full IDs only for those allowed, and a cancel leaves neither a file nor an audit row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest
from factories import draft
from services.case_builders import case_draft
from sqlalchemy import select

from db.models import AuditEvent
from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain.errors import PermissionDenied
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.national_id import format_id, mask_id
from desktop.services.cases.printing import CasePrintService
from desktop.services.cases.service import CaseService
from desktop.services.desk import Desk
from desktop.services.mentoring.printing import MentoringPrintService
from desktop.services.people.printing import RegistryPrintService

TODAY = dt.date(2026, 11, 22)
NAMES = ("กมล", "ขวัญ", "คนึง", "งามตา", "จันทร์")


def exports(ctx) -> list[tuple[str, dict]]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "print").order_by(AuditEvent.id)
        ).all()
        return [(r.username, json.loads(r.details)) for r in rows if "export" in r.details]


def sheet(path):
    return openpyxl.load_workbook(path).worksheets[0]


@pytest.fixture
def people(clerk) -> list:
    desk = Desk(clerk)
    return [
        desk.people.register(draft(200 + i, first_name=name, last_name="ใจดี"))
        for i, name in enumerate(NAMES)
    ]


def test_the_registry_export_has_every_row_in_the_filter_s_order(clerk, people, tmp_path):
    f = PersonFilter(sort="name", descending=True)
    path = tmp_path / "people.xlsx"
    assert RegistryPrintService(clerk).export(f, path) == len(NAMES)
    ws = sheet(path)
    assert "ทะเบียนอาสาสมัครแรงงาน" in ws["A1"].value and ws.freeze_panes == "A3"
    headers = [c.value for c in ws[2]]
    firsts = [r[headers.index("ชื่อ")] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert firsts == sorted(NAMES, reverse=True)
    ids = [r[0] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert set(ids) == {mask_id(p.national_id) for p in people}
    appointed = ws.cell(row=3, column=headers.index("วันที่แต่งตั้ง") + 1)
    assert appointed.is_date and appointed.value.date() == dt.date(2025, 1, 15)
    assert appointed.number_format.startswith("[$-107")
    [(who, details)] = exports(clerk)
    assert who == "clerk" and details["document"] == "people_export"
    assert details["people"] == len(NAMES) and details["format"] == "xlsx"
    assert details["full_id"] is False and "filter" in details


def test_the_registry_export_as_csv_and_with_full_ids(admin, clerk, people, tmp_path):
    path = tmp_path / "people.csv"
    f = PersonFilter(text="ขวัญ")
    assert RegistryPrintService(admin).export(f, path, full_id=True) == 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0][0] == "เลขประจำตัวประชาชน" and lines[1][2] == "ขวัญ"
    assert lines[1][0] == format_id(people[1].national_id)
    [(_who, details)] = exports(admin)
    assert details["format"] == "csv" and details["full_id"] is True and "ขวัญ" in details["filter"]
    with pytest.raises(PermissionDenied):
        RegistryPrintService(clerk).export(f, tmp_path / "x.xlsx", full_id=True)


def test_a_cancelled_export_writes_nothing_and_records_nothing(clerk, people, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for suffix in (".xlsx", ".csv"):
        with pytest.raises(Exception, match="ยกเลิก"):
            RegistryPrintService(clerk).export(
                PersonFilter(), folder / f"people{suffix}", cancelled=lambda: True
            )
    assert list(folder.iterdir()) == [] and exports(clerk) == []


def test_a_case_queue_exports_to_csv_and_excel_with_the_view_in_the_title(clerk, tmp_path):
    cases = CaseService(clerk)
    for i in range(3):
        cases.intake(case_draft(person_name=f'=HYPERLINK("x","{i}")'))
    printing = CasePrintService(clerk)
    path = tmp_path / "queue.xlsx"
    assert printing.export_excel(CaseFilter(), path, title="เรื่องทั้งหมด") == 3
    ws = sheet(path)
    assert ws["A1"].value.startswith("เรื่องทั้งหมด") and ws.freeze_panes == "A3"
    received = ws.cell(row=3, column=2)
    assert received.is_date and received.number_format.startswith("[$-107")
    name = ws.cell(row=3, column=3)
    assert name.data_type == "s" and name.quotePrefix and name.value.startswith("=HYPERLINK")
    csv_path = tmp_path / "queue.csv"
    assert printing.export_excel(CaseFilter(), csv_path) == 3
    lines = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert len(lines) == 4 and lines[1][2].startswith("'=HYPERLINK")
    assert [d["format"] for _w, d in exports(clerk)] == ["xlsx", "csv"]


@pytest.fixture
def mentored(clerk, mentor):
    ids = [
        Desk(clerk).people.register(draft(300 + i, first_name=n)).id
        for i, n in enumerate(("ปั้นหยา", "ตั้งใจ", "น้ำใจ"))
    ]
    Desk(clerk).assignments.assign(ids, Desk(mentor).user.id, dt.date(2026, 10, 1))
    return Desk(mentor), ids


def test_the_workspace_and_the_year_s_evaluations_export(mentored, tmp_path):
    desk, ids = mentored
    n = len(desk.evaluations.template_for(2570).criteria)
    desk.evaluations.evaluate(EvaluationDraft(ids[0], 2570, TODAY, (9,) * n))
    printing = MentoringPrintService(desk.ctx)
    path = tmp_path / "workspace.xlsx"
    assert printing.export_workspace(path, mentor_id=desk.user.id) == 3
    ws = sheet(path)
    headers = [c.value for c in ws[2]]
    assert headers[0] == "ชื่อ-สกุล" and ws.max_row == 5
    since = ws.cell(row=3, column=headers.index("ดูแลตั้งแต่") + 1)
    assert since.is_date and since.value.date() == dt.date(2026, 10, 1)
    assert printing.export_workspace(path, mentor_id=desk.user.id, show="not_evaluated") == 2
    evaluations = tmp_path / "evaluations.xlsx"
    assert printing.export_evaluations(2570, evaluations) == 1
    ws = sheet(evaluations)
    headers = [c.value for c in ws[2]]
    row = dict(zip(headers, next(ws.iter_rows(min_row=3, values_only=True)), strict=True))
    assert row["ชื่อ-สกุล"].endswith("ปั้นหยา ใจดี") and row["คะแนนรวม"] == pytest.approx(90)
    assert row["ผลการประเมิน"] == "ดีเด่น" and row["ปีงบประมาณ"] == 2570
    assert "ปีงบประมาณ 2570" in ws["A1"].value
    documents = [d["document"] for _w, d in exports(desk.ctx)]
    assert documents == ["workspace_export", "workspace_export", "evaluations_export"]
