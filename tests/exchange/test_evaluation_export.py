"""The evaluation summary in Excel reads back as the same numbers, under Thai headers."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from desktop.domain.mentoring.evaluation import (
    DEFAULT_BANDS,
    DEFAULT_CRITERIA,
    FiscalYearSummary,
    GradeCount,
)
from desktop.exchange.evaluation_export import CRITERIA_SHEET, GRADES_SHEET, write_summary_xlsx

GRADES = tuple(b.label for b in DEFAULT_BANDS)


def _summary(**overrides) -> FiscalYearSummary:
    values = dict(
        fiscal_year=2570,
        grades=GRADES,
        districts=(
            GradeCount("เมืองเชียงใหม่", {"ดีเด่น": 4, "ดี": 7, "พอใช้": 2}),
            GradeCount("สันทราย", {"ดีเด่น": 1, "ควรปรับปรุง": 1}),
            GradeCount("แม่ริม", {"ดี": 2, "ดีมาก": 1}),  # a band of an older template version
        ),
        criteria_averages=tuple(
            (c.text, 8.0 - i / 3, c.max_score) for i, c in enumerate(DEFAULT_CRITERIA)
        ),
        evaluated=18,
        not_evaluated=5,
    )
    values.update(overrides)
    return FiscalYearSummary(**values)


def _write(summary) -> bytes:
    out = io.BytesIO()
    write_summary_xlsx(summary, out)
    return out.getvalue()


def test_grades_sheet_has_a_row_a_district_and_the_totals():
    summary = _summary()
    book = openpyxl.load_workbook(io.BytesIO(_write(summary)))
    assert (
        book.sheetnames == [GRADES_SHEET, CRITERIA_SHEET] == ["ระดับผลการประเมิน", "คะแนนเฉลี่ยรายข้อ"]
    )
    rows = list(book[GRADES_SHEET].values)
    assert rows[0] == ("อำเภอ", "ดีเด่น", "ดี", "พอใช้", "ควรปรับปรุง", "ดีมาก", "รวม")
    assert rows[1:] == [
        ("เมืองเชียงใหม่", 4, 7, 2, 0, 0, 13),
        ("สันทราย", 1, 0, 0, 1, 0, 2),
        ("แม่ริม", 0, 2, 0, 0, 1, 3),
        ("รวมทั้งจังหวัด", 5, 9, 2, 1, 1, 18),
    ]
    assert rows[-1][-1] == summary.evaluated


def test_criteria_sheet_reads_back_as_the_averages():
    summary = _summary()
    table = pd.read_excel(io.BytesIO(_write(summary)), sheet_name=CRITERIA_SHEET, engine="openpyxl")
    assert list(table.columns) == [
        "ข้อ",
        "หัวข้อการประเมิน",
        "คะแนนเฉลี่ย",
        "คะแนนเต็ม",
        "ร้อยละของคะแนนเต็ม",
    ]
    assert len(table) == len(summary.criteria_averages)
    for (_, row), (text, average, top) in zip(
        table.iterrows(), summary.criteria_averages, strict=True
    ):
        assert row["หัวข้อการประเมิน"] == text
        assert row["คะแนนเฉลี่ย"] == round(average, 2)
        assert row["คะแนนเต็ม"] == top
        assert row["ร้อยละของคะแนนเต็ม"] == round(average / top * 100, 2)
    assert table["ข้อ"].tolist() == list(range(1, len(summary.criteria_averages) + 1))


def test_grade_counts_sum_like_a_clerk_would_sum_them():
    summary = _summary()
    table = pd.read_excel(io.BytesIO(_write(summary)), sheet_name=GRADES_SHEET, engine="openpyxl")
    districts, total = table.iloc[:-1], table.iloc[-1]
    assert total["อำเภอ"] == "รวมทั้งจังหวัด"
    for grade in (*GRADES, "ดีมาก", "รวม"):
        assert districts[grade].sum() == total[grade], grade
    assert (districts[list(GRADES) + ["ดีมาก"]].sum(axis=1) == districts["รวม"]).all()


def test_text_that_looks_like_a_formula_stays_text():
    summary = _summary(
        districts=(GradeCount("=1+1", {"ดี": 1}),),
        criteria_averages=(('=HYPERLINK("http://x")', 5.0, 10),),
    )
    book = openpyxl.load_workbook(io.BytesIO(_write(summary)))
    district = book[GRADES_SHEET]["A2"]
    criterion = book[CRITERIA_SHEET]["B2"]
    assert (district.value, district.data_type) == ("=1+1", "s")
    assert (criterion.value, criterion.data_type) == ('=HYPERLINK("http://x")', "s")


def test_a_year_without_evaluations(tmp_path):
    path = tmp_path / "summary.xlsx"
    write_summary_xlsx(_summary(districts=(), criteria_averages=(), evaluated=0), path)
    book = openpyxl.load_workbook(path)
    assert list(book[GRADES_SHEET].values)[1:] == [("รวมทั้งจังหวัด", 0, 0, 0, 0, 0)]
    assert list(book[CRITERIA_SHEET].values)[1:] == []
