"""Every way one national ID can be typed reads as one ID; the validator agrees with
python-stdnum's ``th.pin`` except on the documented leading 0 (accepted here)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.th import pin

from desktop.domain import national_id as nid

ID = nid.make_valid("110170023070")  # 1-1017-00230-70-x
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EXTENDED_ARABIC_INDIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FORMS = [
    nid.format_id(ID),
    nid.format_id(ID).translate(THAI),
    ID.translate(FULL_WIDTH),
    nid.format_id(ID).translate(ARABIC_INDIC).replace("-", " "),
    nid.format_id(ID).translate(EXTENDED_ARABIC_INDIC).replace("-", "\u2212"),
]


@pytest.mark.parametrize("typed", FORMS)
def test_every_digit_form_reads_as_the_ascii_id(typed):
    assert nid.validation_error(typed) is None
    assert nid.normalize(typed) == ID == nid.digits_only(typed) == nid.stored_form(typed)


@pytest.mark.parametrize("dash", sorted(nid.DASHES))
def test_every_dash_and_minus_sign_is_a_separator(dash):
    typed = nid.format_id(ID).replace("-", dash)
    assert nid.normalize(typed) == ID


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u3000"])
def test_spaces_are_separators(space):
    assert nid.normalize(nid.format_id(ID).replace("-", space)) == ID


@pytest.mark.parametrize("brk", ["\t", "\n", "\r\n", "\u2028"])
def test_a_tab_or_line_break_inside_is_refused_naming_the_field(brk):
    typed = ID[:5] + brk + ID[5:]
    message = nid.validation_error(typed)
    assert message is not None and "เลขประจำตัวประชาชน" in message and "\n" not in message
    assert nid.stored_form(typed) != ID  # never silently joined into a valid ID


def test_leading_zero_is_accepted_and_leading_nine_refused():
    zero, nine = nid.make_valid("000123456789"), nid.make_valid("912345678901")
    assert nid.is_valid(zero) and not pin.is_valid(zero)
    assert "9" in nid.validation_error(nine) and not pin.is_valid(nine)


def test_search_form_reads_digits_and_drops_separators_only_of_numbers():
    assert nid.search_form(nid.format_id(ID).translate(THAI)) == ID
    assert nid.search_form("๐๘๑–๒๓๔") == "081234"
    assert nid.search_form("ลป ๒๕๗๐/๔๒") == "ลป 2570/42"
    assert nid.search_form("สมชาย ใจดี") == "สมชาย ใจดี"


_ascii_typing = st.text(alphabet="0123456789 -", min_size=0, max_size=20)
_twelve = st.text(alphabet="0123456789", min_size=12, max_size=12)


def _agrees_with_stdnum(typed: str) -> None:
    ours, theirs = nid.is_valid(typed), pin.is_valid(typed)
    digits = nid.digits_only(typed)
    if ours != theirs:
        # The one documented difference: a valid-looking ID with a leading 0 (see module).
        assert ours and not theirs and digits[0] == "0", typed
    if ours:
        assert nid.normalize(typed) == pin.compact(typed)


@given(_ascii_typing)
@example("0-0000-00000-00-1")
@example("9-1234-56789-01-2")
def test_agrees_with_stdnum_on_what_stdnum_reads(typed):
    _agrees_with_stdnum(typed)


@given(_twelve, st.integers(0, 9))
def test_agrees_with_stdnum_on_every_check_digit(first12, last):
    _agrees_with_stdnum(first12 + str(last))
    _agrees_with_stdnum(nid.format_id(first12 + str(last)))


@given(_twelve, st.sampled_from([THAI, FULL_WIDTH, ARABIC_INDIC, EXTENDED_ARABIC_INDIC]))
def test_other_scripts_agree_with_stdnum_on_their_ascii_reading(first12, table):
    for typed in (first12 + str(nid.check_digit(first12)), first12 + "0"):
        assert nid.is_valid(typed.translate(table)) == nid.is_valid(typed)
        _agrees_with_stdnum(typed)
