"""The cells of a sheet of reported needs: needs in Thai words, channel, urgency, consent."""

from __future__ import annotations

import pytest

from desktop.domain.cases.categories import NEED_LABELS, Channel, Need, Urgency
from desktop.domain.cases.cells import read_channel, read_consent, read_needs, read_urgency


@pytest.mark.parametrize(
    ("cell", "needs"),
    [
        ("หางาน", (Need.JOB,)),
        ("อยากได้งานทำ", (Need.JOB,)),
        ("ฝึกอบรม, ประกันสังคม ม.40", (Need.TRAINING, Need.SOCIAL_SECURITY)),
        ("สมัครมาตรา 40", (Need.SOCIAL_SECURITY,)),
        ("ค่าจ้างค้างจ่าย / ถูกเลิกจ้าง", (Need.PROTECTION,)),
        ("หางานต่างประเทศ", (Need.ABROAD,)),
        ("อุบัติเหตุจากการทำงาน และ หางานใหม่", (Need.JOB, Need.SAFETY)),
        ("training; job", (Need.JOB, Need.TRAINING)),
        ("อื่น ๆ", (Need.OTHER,)),
        (None, ()),
        ("", ()),
    ],
)
def test_needs_from_thai_words(cell, needs):
    assert read_needs(cell) == (needs, None)


def test_needs_as_the_case_export_writes_them():
    every = ", ".join(NEED_LABELS.values())  # labels hold "/" and "และ" of their own
    assert read_needs(every) == (tuple(Need), None)
    assert read_needs(f"{Need.JOB.label}, {Need.SOCIAL_SECURITY.label}") == (
        (Need.JOB, Need.SOCIAL_SECURITY),
        None,
    )


def test_an_unknown_need_word_is_refused_naming_it():
    needs, error = read_needs("หางาน, หาเพื่อนคุย")
    assert needs == () and "“หาเพื่อนคุย”" in error and "หางาน" not in error.split("(")[0]


@pytest.mark.parametrize(
    ("cell", "channel"),
    [
        ("อาสาสมัคร/บัณฑิตแรงงานชี้เป้า", Channel.VOLUNTEER),
        ("อสร.ชี้เป้า", Channel.VOLUNTEER),
        ("มาติดต่อด้วยตนเอง", Channel.WALK_IN),
        ("walk_in", Channel.WALK_IN),
        ("โทรศัพท์", Channel.PHONE),
        ("สายด่วนโทรแจ้ง", Channel.PHONE),
        ("LINE", Channel.LINE),
        ("ไลน์สำนักงาน", Channel.LINE),
    ],
)
def test_channels(cell, channel):
    assert read_channel(cell) == (channel, None)


def test_an_unknown_channel_and_urgency_are_refused():
    assert read_channel("นกพิราบ")[1].startswith("ไม่รู้จักช่องทาง “นกพิราบ”")
    assert read_urgency("เร็ว ๆ")[1].startswith("ไม่รู้จักความเร่งด่วน")
    assert read_urgency("ด่วนที่สุด") == (Urgency.CRITICAL, None)
    assert read_urgency("") == (None, None)


@pytest.mark.parametrize("cell", ["ยินยอม", "ใช่", "✓", "yes", "YES", 1, 1.0, "1", True])
def test_consent_given_only_when_the_sheet_says_so(cell):
    assert read_consent(cell) == (True, None)


@pytest.mark.parametrize("cell", [None, "", "  ", "ไม่ยินยอม", "no", 0, False, float("nan")])
def test_consent_not_given(cell):
    assert read_consent(cell) == (False, None)


@pytest.mark.parametrize("cell", ["อาจจะ", "ยินยอมบางส่วน", "2", "ok?"])
def test_consent_neither_yes_nor_empty_is_refused(cell):
    given, error = read_consent(cell)
    assert not given and error.startswith("อ่านความยินยอม")


def test_a_received_date_with_a_two_digit_year_is_read_as_one_of_the_last_twenty_years():
    import datetime as dt

    from desktop.domain.cell_dates import read_date

    today = dt.date(2026, 11, 22)
    cell = read_date("5/11/69", "received", today)
    assert cell.value == dt.date(2026, 11, 5) and "2569" in cell.warning
    assert read_date("5/11/2569", "received", today).value == dt.date(2026, 11, 5)
    assert read_date("5/12/69", "received", today).error  # a month ahead: no year fits
