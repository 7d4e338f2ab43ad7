"""Printing cases from the database: a bulk print of referral slips is one use case (a few
sessions however many cases), progress runs from start to end, and a cancel leaves no file
and nothing recorded."""

from __future__ import annotations

import io

import pypdf
import pytest
from services.case_builders import audit_rows, case_draft

from db.queries.cases import CaseFilter
from desktop.services.cases.printing import CasePrintService
from desktop.services.cases.service import CaseService


class SessionCounter:
    """Stands in for the database's session factory and counts the sessions opened."""

    def __init__(self, sessions) -> None:
        self.sessions, self.opened = sessions, 0

    def __call__(self, *args, **kwargs):
        self.opened += 1
        return self.sessions(*args, **kwargs)


@pytest.fixture
def out_dir(tmp_path):
    """Where prints go: a folder of their own (the test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def intake(clerk):
    def make(n: int) -> list[int]:
        cases = CaseService(clerk)
        return [cases.intake(case_draft(person_name=f"นายทดสอบ ที่{i}")).id for i in range(n)]

    return make


def sessions_for_slips(clerk, monkeypatch, case_ids: list[int]) -> int:
    counter = SessionCounter(clerk.db.sessions)
    monkeypatch.setattr(clerk.db, "sessions", counter)
    CasePrintService(clerk).slips(case_ids, io.BytesIO())
    monkeypatch.setattr(clerk.db, "sessions", counter.sessions)
    return counter.opened


def test_bulk_slips_open_as_many_sessions_for_five_cases_as_for_one(clerk, intake, monkeypatch):
    one, five = intake(1), intake(5)
    assert sessions_for_slips(clerk, monkeypatch, five) == sessions_for_slips(
        clerk, monkeypatch, one
    )
    # Load the cases, read the office, record the prints: three, not 2 × N.
    assert sessions_for_slips(clerk, monkeypatch, five) == 3


def test_every_slip_is_printed_and_recorded_in_its_case(clerk, intake, database):
    ids = intake(3)
    out = io.BytesIO()
    assert CasePrintService(clerk).slips(ids, out) == 3
    assert len(pypdf.PdfReader(io.BytesIO(out.getvalue())).pages) >= 3
    for case_id in ids:
        events = CaseService(clerk).get(case_id).events
        assert [e.note for e in events if e.kind == "print"] == ["พิมพ์แบบส่งต่อ"]
        prints = [d for _u, action, d in audit_rows(database, case_id) if action == "print"]
        assert prints == [{"document": "referral_slip"}]


def test_slip_progress_runs_over_loading_then_layout(clerk, intake, out_dir):
    ids = intake(4)
    seen: list[tuple[int, int]] = []
    CasePrintService(clerk).slips(
        ids, str(out_dir / "slips.pdf"), progress=lambda d, t: seen.append((d, t))
    )
    assert {t for _d, t in seen} == {8}  # 4 cases loaded + 4 slips laid out
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and seen[-1] == (8, 8)


def test_cancelled_slips_leave_no_file_and_no_record(clerk, intake, out_dir, database):
    ids = intake(3)
    path = out_dir / "slips.pdf"
    calls: list[int] = []

    def cancelled() -> bool:  # the user presses cancel while the second slip is laid out
        calls.append(1)
        return len(calls) > len(ids) + 2

    with pytest.raises(Exception, match="ยกเลิก"):
        CasePrintService(clerk).slips(ids, str(path), cancelled=cancelled)
    assert list(out_dir.iterdir()) == []
    assert not any(e.kind == "print" for e in CaseService(clerk).get(ids[0]).events)
    assert not any(a == "print" for _u, a, _d in audit_rows(database, ids[0]))


def test_excel_export_reports_progress_and_a_cancel_writes_nothing(clerk, intake, out_dir):
    intake(2)
    service, path = CasePrintService(clerk), out_dir / "queue.xlsx"
    seen: list[tuple[int, int]] = []
    assert service.export_excel(CaseFilter(), str(path), progress=lambda *p: seen.append(p)) == 2
    assert seen[-1] == (2, 2) and path.stat().st_size > 1000
    path.unlink()
    with pytest.raises(Exception, match="ยกเลิก"):
        service.export_excel(CaseFilter(), str(path), cancelled=lambda: True)
    assert list(out_dir.iterdir()) == []
