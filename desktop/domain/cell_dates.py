"""Reading a date cell from an office's sheet: BE or CE, typed or as text, or an Excel serial.

A sheet keeps dates every way a clerk ever typed them: ``15/03/2525``, ``15/3/25``,
``15 มี.ค. 2525``, ``15 มีนาคม 2525``, ``2525-03-15``, Thai digits, a cell Excel typed as a
date (in CE, or in BE when the clerk typed 2525 and Excel took it as the year 2525) or the
bare serial number of one. A date that cannot be read is refused with a Thai reason, never
guessed; a two-digit year is resolved only when exactly one century is plausible for what
the date is (a birth 18–80 years ago, an appointment in the last 40 years and not in the
future, a case received in the last 20 years), and the row carries a warning saying how it was read.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from desktop.domain.national_id import ascii_digits
from desktop.domain.thai_dates import BE_OFFSET, MONTHS_ABBR, MONTHS_FULL, add_years, format_short

Purpose = Literal["birth", "appointment", "term", "received"]

# Excel's day 0 is 1899-12-31 and it counts a 29 February 1900 that never was (serial 60,
# kept from Lotus 1-2-3): from serial 61 on, the days are one too many.
_EXCEL_DAY_ZERO = dt.date(1899, 12, 31)
_EXCEL_AFTER_QUIRK = dt.date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_BE_FROM = 2400  # a year above this is Buddhist Era
_BE_UNTIL = 2700  # and one above this is neither: refused

_MONTHS = {name: i for i, name in enumerate(MONTHS_FULL, 1)}
_MONTHS.update({abbr.replace(".", ""): i for i, abbr in enumerate(MONTHS_ABBR, 1)})
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})\s*[\-/.]\s*(\d{1,2})\s*[\-/.]\s*(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_WORDS = re.compile(r"^(\d{1,2})\s*([\u0e00-\u0e7f.]+?)\s*(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{1,7}(?:\.0+)?$")


@dataclass(frozen=True)
class CellDate:
    """A read date cell: the date (None when empty or refused), a Thai error or warning."""

    value: dt.date | None = None
    error: str | None = None
    warning: str | None = None


def excel_serial_date(serial: float) -> dt.date:
    """The date of an Excel (1900 system) serial; ValueError for 60 and out-of-range ones."""
    if not (1 <= serial <= _EXCEL_MAX_SERIAL) or serial != math.floor(serial):
        raise ValueError("not a whole Excel day")
    n = int(serial)
    if n == 60:
        raise ValueError("29 February 1900 does not exist")
    base = _EXCEL_DAY_ZERO if n < 60 else _EXCEL_AFTER_QUIRK
    return base + dt.timedelta(days=n)


def _from_be_if_needed(d: dt.date) -> dt.date | None:
    """A typed date in BE (year 2525) as its CE date; None for a year that is neither."""
    if d.year > _BE_UNTIL:
        return None
    if d.year > _BE_FROM:
        try:
            return d.replace(year=d.year - BE_OFFSET)
        except ValueError:  # 29 February of a BE year whose CE year is not a leap year
            return None
    return d


def _full_year(year: int) -> int | None:
    """A four-digit year as CE: BE from 2401 to 2700, CE from 1800 to 2200, else None."""
    if _BE_FROM < year <= _BE_UNTIL:
        return year - BE_OFFSET
    if 1800 <= year <= 2200:
        return year
    return None


def _plausible(d: dt.date, purpose: Purpose, today: dt.date) -> bool:
    if purpose == "birth":
        return add_years(today, -80) <= d <= add_years(today, -18)
    if purpose == "appointment":
        return add_years(today, -40) <= d <= today
    if purpose == "received":  # a case received in the last twenty years
        return add_years(today, -20) <= d <= today
    return add_years(today, -40) <= d <= add_years(today, 10)


def _two_digit_year(day: int, month: int, yy: int, purpose: Purpose, today: dt.date) -> CellDate:
    candidates = set()
    for ce in (
        1900 + yy,
        2000 + yy,
        2400 + yy - BE_OFFSET,
        2500 + yy - BE_OFFSET,
        2600 + yy - BE_OFFSET,
    ):
        try:
            d = dt.date(ce, month, day)
        except ValueError:
            continue
        if _plausible(d, purpose, today):
            candidates.add(d)
    if len(candidates) == 1:
        (d,) = candidates
        return CellDate(d, warning=f"ปี 2 หลัก ({yy:02d}) อ่านเป็น {format_short(d)} กรุณาตรวจสอบ")
    if not candidates:
        return CellDate(error=f"ปี 2 หลัก ({yy:02d}) ไม่เข้ากับวันที่แบบนี้ กรุณากรอกปี พ.ศ. 4 หลัก")
    return CellDate(error=f"ปี 2 หลัก ({yy:02d}) อ่านได้หลายแบบ กรุณากรอกปี พ.ศ. 4 หลัก")


def _dated(year: int, month: int, day: int, purpose: Purpose, today: dt.date) -> CellDate:
    if year < 100:
        return _two_digit_year(day, month, year, purpose, today)
    ce = _full_year(year)
    if ce is None:
        return CellDate(error=f"ปี {year} ไม่ใช่ปี พ.ศ. หรือ ค.ศ. ที่อ่านได้")
    try:
        return CellDate(dt.date(ce, month, day))
    except ValueError:
        return CellDate(error=f"ไม่มีวันที่ {day}/{month}/{year}")


def _from_serial(serial: float) -> CellDate:
    try:
        d = excel_serial_date(serial)
    except ValueError:
        return CellDate(error=f"ตัวเลข {serial:g} ไม่ใช่วันที่ของ Excel")
    ce = _from_be_if_needed(d)
    return CellDate(ce) if ce else CellDate(error="วันที่นี้ไม่ใช่วันที่ พ.ศ. หรือ ค.ศ. ที่อ่านได้")


def _from_text(text: str, purpose: Purpose, today: dt.date) -> CellDate:
    t = ascii_digits(text).strip()
    t = re.sub(r"\s+", " ", t)
    force_ce = "ค.ศ." in t
    t = t.replace("พ.ศ.", " ").replace("ค.ศ.", " ").replace("วันที่", " ").strip()
    t = re.sub(r"\s+", " ", t)
    if m := _NUMERIC.match(t):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 4 and force_ce and year > _BE_FROM:
            return CellDate(error=f"ระบุ ค.ศ. แต่ปี {year} เป็นปี พ.ศ.")
        return _dated(year, month, day, purpose, today)
    if m := _ISO.match(t):
        year, month, day = (int(g) for g in m.groups())
        return _dated(year, month, day, purpose, today)
    if m := _WORDS.match(t):
        month = _MONTHS.get(m.group(2).replace(".", "").replace(" ", ""))
        if month is None:
            return CellDate(error=f"ไม่รู้จักชื่อเดือน “{m.group(2)}”")
        return _dated(int(m.group(3)), month, int(m.group(1)), purpose, today)
    if _SERIAL.match(t) and 1000 <= float(t) <= _EXCEL_MAX_SERIAL:
        return _from_serial(float(t))  # a date cell saved to CSV as its serial number
    return CellDate(error=f"อ่านวันที่ “{text.strip()}” ไม่ได้ (ใช้รูปแบบ วว/ดด/ปปปป พ.ศ.)")


def read_date(value: Any, purpose: Purpose, today: dt.date) -> CellDate:
    """The date in a sheet cell (None for an empty cell); see the module docstring."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return CellDate()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        ce = _from_be_if_needed(value)
        return CellDate(ce) if ce else CellDate(error="วันที่นี้ไม่ใช่วันที่ พ.ศ. หรือ ค.ศ. ที่อ่านได้")
    if isinstance(value, bool):
        return CellDate(error="ช่องนี้ควรเป็นวันที่")
    if isinstance(value, int | float):
        return _from_serial(float(value))
    text = str(value).strip()
    if not text:
        return CellDate()
    return _from_text(text, purpose, today)
