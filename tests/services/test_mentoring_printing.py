"""Mentoring printouts from the database: blank and filled sheets, visit forms, the summary."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import openpyxl
import pypdf
import pytest
from factories import draft

from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
from desktop.services.desk import Desk
from desktop.services.mentoring.printing import MentoringPrintService

TODAY = dt.date(2026, 11, 22)
HOSTILE = 'A & B <b>x</b> <img src="http://example.com/x.png"/>'


def text_of(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "".join(unicodedata.normalize("NFKD", " ".join(p.extract_text() for p in pages)).split())


def squeeze(s: str) -> str:
    return "".join(unicodedata.normalize("NFKD", s).split())


@pytest.fixture
def setup(clerk, mentor):
    people = [
        Desk(clerk).people.register(draft(i, first_name=name)).id
        for i, name in enumerate(("ปั้นหยา", "ตั้งใจ", "น้ำใจ"), start=1)
    ]
    Desk(clerk).assignments.assign(people, Desk(mentor).user.id, dt.date(2026, 10, 1))
    return Desk(mentor), people


def test_blank_sheets_for_a_mentor_one_per_person(setup):
    desk, people = setup
    printing = MentoringPrintService(desk.ctx)
    ids = printing.people_for(mentor_id=desk.user.id)
    assert sorted(ids) == sorted(people)
    out = io.BytesIO()
    assert printing.evaluation_sheets(ids, 2570, out) == 3
    pages = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages
    assert len(pages) == 3
    names = {squeeze(f"นาย{n} ใจดี") for n in ("ปั้นหยา", "ตั้งใจ", "น้ำใจ")}
    on_pages = [{n for n in names if n in squeeze(page.extract_text())} for page in pages]
    assert all(len(found) == 1 for found in on_pages) and set().union(*on_pages) == names
    whole = text_of(out.getvalue())
    for expected in [
        "แบบประเมินผลการปฏิบัติงาน ปีงบประมาณ 2570",
        "นายปั้นหยา ใจดี",
        "นายตั้งใจ ใจดี",
        "ผู้ใช้ mentor",
        "ต.ศรีภูมิ อ.เมืองเชียงใหม่",
        "การชี้เป้าและรายงานความต้องการ",
        "คะแนนรวม (ร้อยละ) ............",
        "ผู้รับการประเมิน",
    ]:
        assert squeeze(expected) in whole, expected


def test_filled_sheet_shows_scores_total_grade_and_figures(setup):
    desk, people = setup
    n = len(desk.evaluations.template_for(2570).criteria)
    desk.evaluations.evaluate(EvaluationDraft(people[0], 2570, TODAY, (9,) * n, HOSTILE))
    desk.visits.record(VisitDraft(people[0], TODAY, VisitMode.FIELD))
    out = io.BytesIO()
    MentoringPrintService(desk.ctx).evaluation_sheets([people[0]], 2570, out, blank=False)
    whole = text_of(out.getvalue())
    for expected in [
        "คะแนนรวม (ร้อยละ) 90.00 · ระดับ ดีเด่น",
        "22 พฤศจิกายน 2569",
        "การเยี่ยมที่ได้รับ 1 ครั้ง",
        HOSTILE,
    ]:
        assert squeeze(expected) in whole, expected


def test_visit_forms_and_a_recorded_visit(setup):
    desk, people = setup
    out = io.BytesIO()
    MentoringPrintService(desk.ctx).visit_forms(people, out)
    whole = text_of(out.getvalue())
    assert whole.count(squeeze("แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน")) == 3
    assert squeeze("อธิบายบริการของกระทรวงแรงงาน") in whole
    v = desk.visits.record(
        VisitDraft(
            people[1],
            TODAY,
            VisitMode.PHONE,
            place="ศาลาหมู่บ้าน",
            follow_ups=(FollowUpDraft("ส่งแบบฟอร์ม", TODAY),),
        )
    )
    out = io.BytesIO()
    MentoringPrintService(desk.ctx).visit_record(v.id, out)
    whole = text_of(out.getvalue())
    for expected in ["ทางโทรศัพท์", "ศาลาหมู่บ้าน", "ส่งแบบฟอร์ม", "22 พฤศจิกายน 2569", "นายตั้งใจ ใจดี"]:
        assert squeeze(expected) in whole, expected


def test_summary_pdf_and_excel_agree(setup, tmp_path):
    desk, people = setup
    n = len(desk.evaluations.template_for(2570).criteria)
    desk.evaluations.evaluate(EvaluationDraft(people[0], 2570, TODAY, (10,) * n))
    desk.evaluations.evaluate(EvaluationDraft(people[1], 2570, TODAY, (7,) * n))
    printing = MentoringPrintService(desk.ctx)
    out = io.BytesIO()
    printing.summary_pdf(2570, out)
    whole = text_of(out.getvalue())
    assert squeeze("ประเมินแล้ว 2 คน · ยังไม่ได้ประเมิน 1 คน") in whole
    assert squeeze("เมืองเชียงใหม่") in whole and squeeze("8.50") in whole
    path = tmp_path / "summary.xlsx"
    printing.summary_xlsx(2570, path)
    book = openpyxl.load_workbook(path)
    grades = list(book["ระดับผลการประเมิน"].values)
    assert grades[0] == ("อำเภอ", "ดีเด่น", "ดี", "พอใช้", "ควรปรับปรุง", "รวม")
    assert grades[1] == ("เมืองเชียงใหม่", 1, 0, 1, 0, 2)
    criteria = list(book["คะแนนเฉลี่ยรายข้อ"].values)
    assert criteria[1][2] == 8.5 and len(criteria) == n + 1


def test_forms_and_sheets_load_everyone_in_one_session(setup, monkeypatch):
    desk, people = setup
    opened: list[int] = []
    sessions = desk.ctx.db.sessions

    def counting(*args, **kwargs):
        opened.append(1)
        return sessions(*args, **kwargs)

    def sessions_for(print_them) -> int:
        opened.clear()
        monkeypatch.setattr(desk.ctx.db, "sessions", counting)
        print_them()
        monkeypatch.setattr(desk.ctx.db, "sessions", sessions)
        return len(opened)

    service = MentoringPrintService(desk.ctx)
    for print_for in (
        lambda ids: service.visit_forms(ids, io.BytesIO()),
        lambda ids: service.evaluation_sheets(ids, 2570, io.BytesIO(), blank=True),
    ):
        assert sessions_for(lambda p=print_for: p(people)) == sessions_for(
            lambda p=print_for: p(people[:1])
        )


def test_visit_forms_report_progress_and_a_cancel_writes_nothing(setup, tmp_path):
    desk, people = setup
    service, folder = MentoringPrintService(desk.ctx), tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int]] = []
    assert (
        service.visit_forms(people, str(folder / "forms.pdf"), progress=lambda *p: seen.append(p))
        == 3
    )
    assert seen[-1] == (6, 6) and [d for d, _t in seen] == sorted(d for d, _t in seen)
    (folder / "forms.pdf").unlink()
    with pytest.raises(Exception, match="ยกเลิก"):
        service.visit_forms(people, str(folder / "forms.pdf"), cancelled=lambda: len(seen) > 0)
    with pytest.raises(Exception, match="ยกเลิก"):
        service.summary_pdf(2570, str(folder / "summary.pdf"), cancelled=lambda: True)
    assert list(folder.iterdir()) == []
