"""Date cells of an office's sheet: BE or CE, typed or as text, Excel serials, Thai digits."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cell_dates import excel_serial_date, read_date
from desktop.domain.thai_dates import MONTHS_ABBR, MONTHS_FULL

TODAY = dt.date(2026, 11, 22)
BIRTH = dt.date(1982, 3, 15)


@pytest.mark.parametrize(
    "cell",
    [
        "15/03/2525", "15/3/2525", "15-03-2525", "15.03.2525", "2525-03-15", "15 มี.ค. 2525",
        "15 มี.ค.2525", "15 มีนาคม 2525", "15 มีนาคม พ.ศ. 2525", "๑๕/๐๓/๒๕๒๕", "15/03/1982",
        "1982-03-15", 30025, 30025.0, "30025", dt.datetime(2525, 3, 15), dt.date(1982, 3, 15),
        dt.datetime(1982, 3, 15),
    ],
)  # fmt: skip
def test_every_common_form_of_one_birth_date(cell):
    assert read_date(cell, "birth", TODAY).value == BIRTH
    assert read_date(cell, "birth", TODAY).error is None


def test_two_digit_years_are_read_by_plausibility_and_flagged():
    birth = read_date("15/3/25", "birth", TODAY)
    assert birth.value == BIRTH and "2 หลัก" in birth.warning
    assert read_date("15/3/82", "birth", TODAY).value == dt.date(1982, 3, 15)
    appointed = read_date("1/10/67", "appointment", TODAY)
    assert appointed.value == dt.date(2024, 10, 1) and appointed.warning
    # 50 could be a birth in 1950 (CE) or 2007 (BE 2550): refused, not guessed.
    assert read_date("15/3/50", "birth", TODAY).error
    # 1980, 2080, BE 2480 and BE 2580: no appointment fits (40 years back, none ahead).
    assert read_date("1/10/80", "appointment", TODAY).error


@pytest.mark.parametrize(
    "cell",
    ["31/02/2525", "15/13/2525", "foo", "15 มีนา 2525", "15/03/3100", 60, dt.datetime(3100, 3, 15)],
)
def test_what_cannot_be_read_is_refused(cell):
    result = read_date(cell, "birth", TODAY)
    assert result.value is None and result.error


def test_excel_serials_and_the_1900_leap_year_quirk():
    assert excel_serial_date(1) == dt.date(1900, 1, 1)
    assert excel_serial_date(59) == dt.date(1900, 2, 28)
    assert excel_serial_date(61) == dt.date(1900, 3, 1)
    assert excel_serial_date(45566) == dt.date(2024, 10, 1)
    with pytest.raises(ValueError):
        excel_serial_date(60)  # Excel's 29 February 1900, which never was


def test_empty_cells_are_no_date():
    for cell in (None, "", "  ", float("nan")):
        assert read_date(cell, "birth", TODAY) == read_date(None, "birth", TODAY)
        assert read_date(cell, "birth", TODAY).value is None
        assert read_date(cell, "birth", TODAY).error is None


dates = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates)
def test_any_date_in_any_form_reads_back(d):
    be = d.year + 543
    forms = [
        f"{d.day:02d}/{d.month:02d}/{be}",
        f"{d.day}/{d.month}/{be}",
        f"{be}-{d.month:02d}-{d.day:02d}",
        f"{d.day} {MONTHS_ABBR[d.month - 1]} {be}",
        f"{d.day} {MONTHS_FULL[d.month - 1]} {be}",
        f"{d.day}/{d.month}/{d.year}",
        (d - dt.date(1899, 12, 30)).days,
    ]
    for form in forms:
        assert read_date(form, "term", TODAY).value == d, form


@given(dates)
def test_a_date_excel_typed_in_be_is_the_same_date(d):
    try:
        typed = dt.datetime(d.year + 543, d.month, d.day)
    except ValueError:  # 29 February in a year whose BE number is not a leap year
        return
    assert read_date(typed, "term", TODAY).value == d


@given(st.text(max_size=20))
def test_any_text_is_read_or_refused_never_raises(text):
    result = read_date(text, "birth", TODAY)
    assert (result.value is None) or (result.error is None)
