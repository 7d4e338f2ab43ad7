"""Thai national ID (เลขประจำตัวประชาชน): checksum, formatting and masking."""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D")


def digits_only(text: str) -> str:
    return _NON_DIGITS.sub("", text or "")


def check_digit(first12: str) -> int:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return (11 - total % 11) % 10


def validation_error(text: str) -> str | None:
    """Return a Thai message describing what is wrong with ``text``, or None if valid."""
    raw = (text or "").strip()
    if not raw:
        return "กรุณากรอกเลขประจำตัวประชาชน"
    if re.search(r"[^\d\s-]", raw):
        return "เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น"
    digits = digits_only(raw)
    if len(digits) != 13:
        return f"เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา {len(digits)} หลัก)"
    if check_digit(digits[:12]) != int(digits[12]):
        return "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)"
    return None


def is_valid(text: str) -> bool:
    return validation_error(text) is None


def normalize(text: str) -> str:
    """The 13 digits of a valid ID; raises ValueError when invalid."""
    error = validation_error(text)
    if error:
        raise ValueError(error)
    return digits_only(text)


def format_id(digits: str) -> str:
    """``1234567890123`` -> ``1-2345-67890-12-3``."""
    d = digits_only(digits)
    if len(d) != 13:
        return digits
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def mask_id(digits: str) -> str:
    """``1234567890123`` -> ``1-2345-xxxxx-xx-3`` (for printouts and lists)."""
    d = digits_only(digits)
    if len(d) != 13:
        return "x" * len(d)
    return f"{d[0]}-{d[1:5]}-xxxxx-xx-{d[12]}"


def make_valid(first12: str) -> str:
    """Append the check digit to 12 digits (used by demo data and tests)."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("need exactly 12 digits")
    return first12 + str(check_digit(first12))
