"""The queue's Excel export reads back as the clerk expects: Thai headers, BE dates, masked IDs."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.records import CaseRow
from desktop.domain.cases.service_levels import Health
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.national_id import format_id, make_valid, mask_id
from desktop.domain.records import AreaNames
from desktop.domain.thai_dates import format_short
from desktop.exchange.case_export import COLUMNS, write_cases_xlsx

NID = make_valid("350010000012")


def _row(n: int, **kw) -> CaseRow:
    values = dict(
        id=n,
        case_no=f"ลป 2570/{n:05d}",
        received_on=dt.date(2026, 11, 3),
        status=CaseStatus.REFERRED,
        person_name="นางสาวน้ำฝน ตั้งใจ",
        person_national_id=NID,
        person_phone="0812345678",
        needs=(Need.JOB, Need.SOCIAL_SECURITY),
        area=AreaNames("500101", "ศรีภูมิ", "5001", "เมืองเชียงใหม่", "50", "เชียงใหม่"),
        reporter_name="นายสมชาย ใจดี",
        agency=Agency.EMPLOYMENT,
        assigned_to="สมศรี เจ้าหน้าที่",
        due_on=dt.date(2026, 12, 3),
        health=Health.ON_TRACK,
    )
    values.update(kw)
    return CaseRow(**values)


def _read(data: bytes) -> pd.DataFrame:
    """The sheet under its title row, date cells shown as the clerk sees them (BE)."""
    table = pd.read_excel(io.BytesIO(data), header=1, engine="openpyxl").astype(object)
    return table.map(
        lambda v: (
            "" if v is None or v != v else format_short(v.date()) if hasattr(v, "date") else str(v)
        )
    )


def test_rows_read_back_with_thai_headers_and_be_dates():
    out = io.BytesIO()
    n = write_cases_xlsx(
        [_row(1), _row(2, status=CaseStatus.CLOSED, health=None, person_national_id="")], out
    )
    table = _read(out.getvalue())
    assert n == 2 and list(table.columns) == list(COLUMNS)
    first = table.iloc[0]
    assert first["เลขที่เรื่อง"] == "ลป 2570/00001"
    assert first["วันที่รับ"] == "03/11/2569"
    assert first["กำหนด"] == "03/12/2569" and first["สถานะกำหนด"] == "ตามกำหนด"
    assert first["เลขประจำตัวประชาชน"] == mask_id(NID)
    assert first["ความต้องการ"] == f"{Need.JOB.label}, {Need.SOCIAL_SECURITY.label}"
    assert first["หน่วยงาน"] == "กรมการจัดหางาน" and first["โทรศัพท์"] == "081-234-5678"
    closed = table.iloc[1]
    assert (
        closed["สถานะ"] == "ปิดเรื่อง" and closed["กำหนด"] == "" and closed["เลขประจำตัวประชาชน"] == ""
    )


def test_full_ids_only_when_asked():
    out = io.BytesIO()
    write_cases_xlsx([_row(1)], out, full_id=True)
    assert _read(out.getvalue()).iloc[0]["เลขประจำตัวประชาชน"] == format_id(NID)


def test_text_that_looks_like_a_formula_stays_text():
    out = io.BytesIO()
    write_cases_xlsx([_row(1, person_name='=HYPERLINK("http://x")')], out)
    assert _read(out.getvalue()).iloc[0]["ผู้มีความต้องการ"] == '=HYPERLINK("http://x")'


def test_export_in_chunks_reads_back_as_one_sheet_with_progress(monkeypatch):
    import desktop.exchange.case_export as case_export

    rows = [_row(n, person_name=f'=HYPERLINK("x","{n}")' if n == 5 else "ชื่อ") for n in range(1, 8)]
    whole = io.BytesIO()
    write_cases_xlsx(rows, whole)
    monkeypatch.setattr(case_export, "CHUNK", 3)
    seen: list[tuple[int, int]] = []
    chunked = io.BytesIO()
    assert write_cases_xlsx(rows, chunked, progress=lambda *p: seen.append(p)) == 7
    assert seen == [(3, 7), (6, 7), (7, 7)]
    assert _read(chunked.getvalue()).equals(_read(whole.getvalue()))
    assert _read(chunked.getvalue())["ผู้มีความต้องการ"][4].startswith("=HYPERLINK")


def test_a_cancelled_export_writes_nothing():
    import pytest

    from desktop.exchange.case_export import ExportCancelled

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        write_cases_xlsx([_row(1)], out, cancelled=lambda: True)
    assert out.getvalue() == b""
