import pytest

from desktop.domain.cases.numbers import case_no_in


@pytest.mark.parametrize(
    "typed",
    ["ลป 2570/00042", "2570/00042", "2570/42", " l[ 2570/00042\n", "เรื่อง 2570 / 042"],
)
def test_scanned_or_typed_case_numbers(typed):
    assert case_no_in(typed, "ลป") == "ลป 2570/00042"


@pytest.mark.parametrize("typed", ["", "สมชาย", "0812345678", "1234/5", "2570/0", "12570/42"])
def test_text_that_is_not_a_case_number(typed):
    assert case_no_in(typed, "ลป") is None
