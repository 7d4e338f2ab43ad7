"""Reading case numbers: whole ones as printed, and ones picked out of what a scanner typed."""

import pytest

from desktop.domain.cases.numbers import (
    CaseNumber,
    case_no_in,
    find_case_no,
    format_case_no,
    parse_case_no,
)


@pytest.mark.parametrize(
    "typed",
    ["ลป 2570/00042", "2570/00042", "2570/42", " l[ 2570/00042\n", "เรื่อง 2570 / 042"],
)
def test_scanned_or_typed_case_numbers(typed):
    assert case_no_in(typed, "ลป") == "ลป 2570/00042"


@pytest.mark.parametrize("typed", ["", "สมชาย", "0812345678", "1234/5", "2570/0", "12570/42"])
def test_text_that_is_not_a_case_number(typed):
    assert case_no_in(typed, "ลป") is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ลป 2570/00042", CaseNumber("ลป", 2570, 42)),
        ("  ลป   2570 / 00042 ", CaseNumber("ลป", 2570, 42)),
        ("2570/00042", CaseNumber("", 2570, 42)),
        ("ชม. 2569/123456", CaseNumber("ชม.", 2569, 123456)),
        ("l[ 2570/00042", CaseNumber("l[", 2570, 42)),
    ],
)
def test_parse_a_whole_case_number(typed, expected):
    assert parse_case_no(typed) == expected


@pytest.mark.parametrize(
    "typed",
    # Still being typed (fewer than five digits), a number inside other text, seven digits,
    # a year that is not BE 25xx, the number zero, nothing at all.
    [
        "2570/0004",
        "2570/42",
        "เรื่อง ลป 2570/00042 ส่งต่อ",
        "2570/1234567",
        "2070/00042",
        "ลป 2570/00000",
        "",
        "สมชาย",
    ],
)
def test_parse_refuses_what_is_not_a_whole_case_number(typed):
    assert parse_case_no(typed) is None


def test_a_prefix_is_relied_on_only_when_it_is_thai():
    """A scanner on the English layout types ``l[`` for ``ลป``: search every prefix then."""
    assert parse_case_no("ลป 2570/00042").thai_prefix == "ลป"
    assert parse_case_no("ชม. 2570/00042").thai_prefix == "ชม."
    assert parse_case_no("l[ 2570/00042").thai_prefix == ""
    assert parse_case_no("2570/00042").thai_prefix == ""


def test_find_a_case_number_in_scanned_text_and_write_it():
    assert find_case_no("เรื่อง ลป 2570 / 042 ส่งต่อ") == CaseNumber("", 2570, 42)
    assert find_case_no("12570/42") is None
    assert CaseNumber("ลป", 2570, 42).text == format_case_no("ลป", 2570, 42) == "ลป 2570/00042"
    assert find_case_no("2570/42").with_prefix("ลป").text == "ลป 2570/00042"
    assert parse_case_no(CaseNumber("ลป", 2570, 42).text) == CaseNumber("ลป", 2570, 42)
