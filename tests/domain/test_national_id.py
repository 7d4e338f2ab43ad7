import pytest

from desktop.domain import national_id as nid


def test_known_valid_id():
    # 1-1017-00230-70-? : check digit from sum(d*(13-i)) per the Ministry of Interior rule
    first12 = "110170023070"
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    assert nid.check_digit(first12) == (11 - total % 11) % 10
    full = nid.make_valid(first12)
    assert nid.is_valid(full) and nid.is_valid(nid.format_id(full))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "กรุณากรอก"),
        ("123456789012", "13 หลัก"),
        ("12345678901234", "13 หลัก"),
        ("1234567890abc", "ตัวเลข"),
        ("1234567890123", "เลขตรวจสอบ"),
    ],
)
def test_invalid_ids_name_the_problem(text, fragment):
    assert fragment in nid.validation_error(text)


def test_every_wrong_check_digit_is_rejected():
    first12 = "354010012345"
    good = nid.make_valid(first12)
    for d in "0123456789":
        assert nid.is_valid(first12 + d) == (first12 + d == good)


def test_format_and_mask():
    assert nid.format_id("1234567890121") == "1-2345-67890-12-1"
    assert nid.mask_id("1234567890121") == "1-2345-xxxxx-xx-1"
    assert nid.digits_only("1-2345-67890-12-1") == "1234567890121"
