"""Thai national ID (เลขประจำตัวประชาชน): reading what was typed, checksum, formatting, masking.

One ID has one form. Whatever digits a clerk's keyboard or a pasted document produced —
Thai (๐–๙), full-width (０–９), Arabic-Indic, Extended Arabic-Indic, any Unicode ``Nd``
digit — is read as its ASCII value before the ID is validated, stored or searched, so
``๑-๒๓๔๕-...`` and ``1-2345-...`` are the same person. Spaces (any Unicode space) and every
dash or minus sign (‐ ‑ ‒ – — − ﹣ － and ``-``) are separators. A tab or a line break inside
the number is refused: it means two cells or two lines were pasted into one field.

The leading digit is the person's type in the civil registration. python-stdnum's
``th.pin`` refuses a leading 0 and a leading 9; this desk decides:

- **0 is accepted.** Numbers beginning with 0 are issued to people without Thai registration
  status (stateless people, registered migrant workers and their children). They carry the
  same check digit, and they are often exactly the people a labour office is there to help:
  refusing them would keep them out of the registry and out of a referral.
- **9 is refused.** No person type 9 is issued, so a 13-digit number starting with 9 that
  happens to pass the check is another number (a document or account number) keyed into
  the ID field; the message says the first digit cannot be 9.

Apart from the leading 0, the validator agrees with ``stdnum.th.pin`` on every input that
reads as ASCII digits, spaces and ``-`` (tests/domain/test_national_id_forms.py checks it).
"""

from __future__ import annotations

import re
import unicodedata

# Every dash and minus sign a keyboard, a word processor or a PDF may put between the groups.
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Inside an ID these mean two cells or two lines were pasted: refused, never read as spaces.
_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
REFUSED_FIRST_DIGITS = frozenset("9")  # see the module docstring: 0 is accepted on purpose

FIELD = "เลขประจำตัวประชาชน"
_MASKED = re.compile(r"[0-9]-[0-9]{4}-x{5}-x{2}-[0-9]")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (``๑``, ``１``, ``١``) as ASCII."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in (text or ""))


def digits_only(text: str) -> str:
    """The digits of ``text`` as ASCII, whatever script they were typed in; nothing else."""
    return "".join(str(unicodedata.decimal(ch)) for ch in (text or "") if ch.isdecimal())


def is_separator(ch: str) -> bool:
    """A space of any kind or a dash/minus sign: allowed between the groups of an ID."""
    return ch in DASHES or (unicodedata.category(ch) == "Zs")


def check_digit(first12: str) -> int:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return (11 - total % 11) % 10


def validation_error(text: str) -> str | None:
    """Return a Thai message describing what is wrong with ``text``, or None if valid."""
    raw = (text or "").strip()
    if not raw:
        return f"กรุณากรอก{FIELD}"
    if any(ch in _BREAKS for ch in raw):
        return f"{FIELD}มีแท็บหรือการขึ้นบรรทัดใหม่ปนอยู่ กรุณากรอกเฉพาะตัวเลข 13 หลัก"
    if any(not (ch.isdecimal() or is_separator(ch)) for ch in raw):
        return f"{FIELD}ต้องเป็นตัวเลขเท่านั้น"
    digits = digits_only(raw)
    if len(digits) != 13:
        return f"{FIELD}ต้องมี 13 หลัก (กรอกมา {len(digits)} หลัก)"
    if digits[0] in REFUSED_FIRST_DIGITS:
        return f"{FIELD}ขึ้นต้นด้วย {digits[0]} ไม่ได้ (ไม่มีประเภทบุคคลนี้) กรุณาตรวจสอบหลักแรก"
    if check_digit(digits[:12]) != int(digits[12]):
        return f"{FIELD}ไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)"
    return None


def is_valid(text: str) -> bool:
    return validation_error(text) is None


def normalize(text: str) -> str:
    """The 13 ASCII digits of a valid ID; raises ValueError when invalid."""
    error = validation_error(text)
    if error:
        raise ValueError(error)
    return digits_only(text)


def stored_form(text: str) -> str:
    """What is stored for a typed ID: its ASCII digits when it reads as an ID (digits and
    separators only), else the text as typed so validation can name the problem."""
    raw = (text or "").strip()
    if all(ch.isdecimal() or is_separator(ch) for ch in raw):
        return digits_only(raw)
    return raw


def search_form(text: str) -> str:
    """A search box's text with digits as ASCII and, when it is only digits and separators
    (an ID or phone number as printed), without the separators: ``๑-๒๓๔๕`` → ``12345``."""
    raw = ascii_digits((text or "").strip())
    if raw and all(ch.isdecimal() or is_separator(ch) for ch in raw):
        return digits_only(raw)
    return raw


def format_id(digits: str) -> str:
    """``1234567890123`` -> ``1-2345-67890-12-3``."""
    d = digits_only(digits)
    if len(d) != 13:
        return digits
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def is_masked(text: str) -> bool:
    """``text`` is an ID already masked (``1-2345-xxxxx-xx-3``): what a user who may not see
    whole IDs gets from the services in place of the digits."""
    return bool(_MASKED.fullmatch(text or ""))


def mask_id(digits: str) -> str:
    """``1234567890123`` -> ``1-2345-xxxxx-xx-3`` (for printouts and lists); an ID already
    masked stays as it is, so a document masking what the services masked shows the same."""
    if is_masked(digits):
        return digits
    d = digits_only(digits)
    if len(d) != 13:
        return "x" * len(d)
    return f"{d[0]}-{d[1:5]}-xxxxx-xx-{d[12]}"


def make_valid(first12: str) -> str:
    """Append the check digit to 12 digits (used by demo data and tests)."""
    if len(first12) != 12 or not (first12.isascii() and first12.isdigit()):
        raise ValueError("need exactly 12 digits")
    return first12 + str(check_digit(first12))
