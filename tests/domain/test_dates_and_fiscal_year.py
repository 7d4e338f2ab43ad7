import datetime as dt

import pytest

from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of
from desktop.domain.people import default_term_end
from desktop.domain.thai_dates import format_long, format_medium, format_short, parse_be


def test_be_round_trip():
    d = dt.date(2026, 11, 22)
    assert format_short(d) == "22/11/2569"
    assert format_medium(d) == "22 พ.ย. 2569"
    assert format_long(d) == "22 พฤศจิกายน 2569"
    for text in ("22/11/2569", "22-11-2569", "22/11/69", "22 พ.ย. 2569", "22 พฤศจิกายน 2569"):
        assert parse_be(text) == d


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31/02/2569", "ไม่มีวันที่"),
        ("22/11/2026", "ค.ศ."),
        ("tomorrow", "รูปแบบ"),
        ("1 ธันวา 2569", "เดือน"),
    ],
)
def test_bad_dates_explain_themselves(text, fragment):
    with pytest.raises(ValueError) as err:
        parse_be(text)
    assert fragment in str(err.value)


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (dt.date(2025, 9, 30), 2568),
        (dt.date(2025, 10, 1), 2569),
        (dt.date(2026, 9, 30), 2569),
        (dt.date(2026, 10, 1), 2570),
        (dt.date(2026, 11, 22), 2570),
        (dt.date(2026, 1, 1), 2569),
    ],
)
def test_fiscal_year_boundaries(day, fy):
    assert fiscal_year_of(day) == fy


def test_fiscal_year_bounds():
    assert fiscal_year_bounds(2569) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    start, end = fiscal_year_bounds(2570)
    assert fiscal_year_of(start) == fiscal_year_of(end) == 2570
    assert fiscal_year_of(start - dt.timedelta(days=1)) == 2569


def test_term_end_is_three_years_less_a_day():
    assert default_term_end(dt.date(2025, 1, 15)) == dt.date(2028, 1, 14)
    assert default_term_end(dt.date(2024, 2, 29)) == dt.date(2027, 2, 27)


@pytest.mark.parametrize(
    ("text", "d"),
    [
        ("15032569", dt.date(2026, 3, 15)),  # ddmmyyyy, no slashes
        ("150369", dt.date(2026, 3, 15)),  # ddmmyy
        ("01012500", dt.date(1957, 1, 1)),
        ("๑๕๐๓๒๕๖๙", dt.date(2026, 3, 15)),  # Thai digits
        ("25690315", dt.date(2026, 3, 15)),  # year first: 69 cannot be a month
        (" 15032569 ", dt.date(2026, 3, 15)),
    ],
)
def test_dates_typed_without_separators(text, d):
    assert parse_be(text) == d


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("15032026", "ค.ศ."),  # a CE year typed compact
        ("20260315", "ค.ศ."),  # CE, year first
        ("31022569", "ไม่มีวันที่"),
        ("1532569", "รูปแบบ"),  # seven digits: 1/53? 15/3? — not guessed
        ("15325", "รูปแบบ"),
    ],
)
def test_compact_dates_that_cannot_be_read_say_why(text, fragment):
    with pytest.raises(ValueError) as err:
        parse_be(text)
    assert fragment in str(err.value)
