"""Buddhist Era (พ.ศ.) dates: conversion, formatting and parsing.

Dates are stored as ISO (CE) dates; everything a user types or reads is in BE.
"""

from __future__ import annotations

import datetime as dt
import re

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
WEEKDAYS_ABBR = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def format_short(d: dt.date | None) -> str:
    """``22/11/2569`` — the form clerks type."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{be_year(d.year)}"


def format_medium(d: dt.date | None) -> str:
    """``22 พ.ย. 2569`` — lists and printouts."""
    if d is None:
        return ""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be_year(d.year)}"


def format_long(d: dt.date | None) -> str:
    """``22 พฤศจิกายน 2569`` — letters and form headers."""
    if d is None:
        return ""
    return f"{d.day} {MONTHS_FULL[d.month - 1]} {be_year(d.year)}"


def format_datetime(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    return f"{format_medium(t.date())} {t.hour:02d}:{t.minute:02d} น."


_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_ISO_BE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})\s+(\S+)\s+(\d{2}|\d{4})\s*$")
# Typed without separators, day first as Thai forms write it: 15032569 or 150369; eight digits
# that cannot be day-month-year are read year first (25690315). No date is both: a BE year's
# first two digits (24–26) are never a month.
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4}|\d{2})\s*$")
_COMPACT_YEAR_FIRST = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def _month_from_word(word: str) -> int | None:
    w = word.strip()
    for i, (full, abbr) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR, strict=True), start=1):
        if w in (full, abbr, abbr.replace(".", "")):
            return i
    return None


def _full_be_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "69" means 2569: offices write short BE years
        year += 2500
    return year


def parse_be(text: str) -> dt.date:
    """Parse a BE date typed by a user; raises ValueError with a Thai message."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("กรุณากรอกวันที่")
    compact = _COMPACT.match(raw)
    if compact and int(compact[2]) > 12 and (m := _COMPACT_YEAR_FIRST.match(raw)):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(raw) or compact:
        day, month, year = int(m[1]), int(m[2]), _full_be_year(m[3])
    elif (m := _ISO_BE.match(raw)) is not None:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif (m := _WORDS.match(raw)) is not None:
        month_or_none = _month_from_word(m[2])
        if month_or_none is None:
            raise ValueError(f"ไม่รู้จักชื่อเดือน “{m[2]}”")
        day, month, year = int(m[1]), month_or_none, _full_be_year(m[3])
    else:
        raise ValueError("รูปแบบวันที่ไม่ถูกต้อง ให้กรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 22/11/2569 หรือ 22112569")
    if year < 2400:
        raise ValueError(f"ปี {year} ดูเหมือนเป็น ค.ศ. กรุณากรอกปีเป็น พ.ศ. เช่น {year + 543}")
    try:
        return dt.date(ce_year(year), month, day)
    except ValueError:
        raise ValueError(f"ไม่มีวันที่ {day}/{month}/{year} ในปฏิทิน") from None


def add_years(d: dt.date, years: int) -> dt.date:
    """Same day ``years`` later; 29 Feb falls back to 28 Feb."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)
