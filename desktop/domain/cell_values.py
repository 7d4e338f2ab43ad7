"""Reading the other cells of an office's sheet: national IDs, phones, names and titles,
kinds, statuses and genders written in Thai words.

Each reader takes the raw cell (text, a number Excel stored, or None) and returns the value
with a Thai error or warning, never guessing: an ID Excel rounded to ``1.10E+12`` is refused
("retype it"), a 12-digit number is reported as a lost leading zero, a phone that lost its
leading 0 gets it back with a warning.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from desktop.domain import national_id
from desktop.domain.people import (
    NAME_TITLES,
    TITLES,
    Gender,
    PersonKind,
    PersonStatus,
    phone_error,
)

# Characters a pasted name carries that nobody can see: zero-width spaces and joiners, the
# word joiner, a byte-order mark, a soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_SPACES_RE = re.compile(r"\s+")
_SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")


@dataclass(frozen=True)
class Cell:
    """A read cell: its value ("" when empty or refused), a Thai error, a Thai warning."""

    value: str = ""
    error: str | None = None
    warning: str | None = None


def clean_text(value: Any) -> str:
    """A cell as one line of text: invisible characters gone, every run of spaces (and line
    breaks) one space, stripped; numbers Excel stored as ``12.0`` written as ``12``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", str(value)))
    return _SPACES_RE.sub(" ", text).strip()


def _number_text(value: Any) -> str | None:
    """The digits of a number cell (int or integral float); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and not math.isnan(value) and value.is_integer():
        return str(int(value))
    return None


def read_national_id(value: Any) -> Cell:
    """A national ID cell as its 13 ASCII digits, or the reason it cannot be one."""
    digits = _number_text(value)
    text = digits if digits is not None else clean_text(value)
    if not text:
        return Cell(error=f"ไม่มี{national_id.FIELD}")
    if _SCIENTIFIC.match(text):
        return Cell(
            error=f"{national_id.FIELD}ถูก Excel เก็บเป็นตัวเลขปัดเศษ ({text}) "
            "กรุณาพิมพ์เลขใหม่ในช่องที่ตั้งเป็นข้อความ"
        )
    stored = national_id.stored_form(text)
    if stored.isdigit() and len(stored) == 12:
        return Cell(
            error=f"{national_id.FIELD}มี 12 หลัก อาจเสียเลข 0 ตัวแรกเพราะ Excel เก็บเป็นตัวเลข "
            "กรุณาพิมพ์ใหม่ในช่องที่ตั้งเป็นข้อความ"
        )
    if (error := national_id.validation_error(stored)) is not None:
        return Cell(stored, error=error)
    return Cell(stored)


_PHONE_SPLIT = re.compile(r"\s*(?:[,;/|]|\s{2,}|และ|หรือ)\s*")


def _phone_digits(part: str) -> tuple[str, str | None]:
    digits = national_id.digits_only(part)
    if digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    # Excel drops the leading 0 of a phone typed into a number cell: 812345678 (mobile, 9
    # digits left) or 21234567 (Bangkok landline, 8 digits left).
    if (len(digits) == 9 and digits[0] in "689") or (len(digits) == 8 and digits[0] in "234567"):
        return "0" + digits, f"เบอร์โทรศัพท์ไม่มีเลข 0 ข้างหน้า (Excel ตัดออก) เติมเป็น 0{digits}"
    return digits, None


def read_phones(value: Any) -> tuple[Cell, list[str]]:
    """The first phone of a cell (as digits) and the other phones written in it."""
    digits = _number_text(value)
    text = digits if digits is not None else clean_text(value)
    if not text:
        return Cell(), []
    parts = [p for p in _PHONE_SPLIT.split(text) if p and p.strip()]
    first, warning = _phone_digits(parts[0])
    if not first:  # no digits at all: say so in the phone check's own words
        return Cell(error=phone_error(parts[0]) or "ไม่มีตัวเลขในช่องเบอร์โทรศัพท์"), []
    if (error := phone_error(first)) is not None:
        return Cell(first, error=error), []
    others = []
    for part in parts[1:]:
        extra, _ = _phone_digits(part)
        others.append(extra if phone_error(extra) is None else part.strip())
    if others:
        note = f"มีหลายเบอร์ในช่องเดียว เก็บเบอร์แรก ส่วนเบอร์ {', '.join(others)} ใส่ในหมายเหตุ"
        warning = f"{warning}; {note}" if warning else note
    return Cell(first, warning=warning), others


# Spellings of a title as sheets write them, to the one the registry keeps.
_TITLE_SPELLINGS = {
    "น.ส.": "นางสาว",
    "นส.": "นางสาว",
    "ว่าที่ ร.ต.": "ว่าที่ร้อยตรี",
    "ว่าที่ร.ต.": "ว่าที่ร้อยตรี",
    "ว่าที่ ร้อยตรี": "ว่าที่ร้อยตรี",
    "ดร ": "ดร.",
}
_ALL_TITLES = sorted({*TITLES, *NAME_TITLES, *_TITLE_SPELLINGS}, key=len, reverse=True)


def normal_title(title: str) -> str:
    t = clean_text(title)
    return _TITLE_SPELLINGS.get(t, t)


def split_title(name: str) -> tuple[str, str]:
    """``นายสมชาย ใจดี`` → (``นาย``, ``สมชาย ใจดี``); the longest known title wins, so
    ``นางสาว`` is never read as ``นาง`` + ``สาว…``."""
    text = clean_text(name)
    for title in _ALL_TITLES:
        if text.startswith(title) and len(text) > len(title):
            return normal_title(title), text[len(title) :].strip()
    return "", text


def split_full_name(value: Any) -> tuple[str, str, str]:
    """(title, first name, last name) of a name written in one cell."""
    title, rest = split_title(clean_text(value))
    first, _, last = rest.partition(" ")
    return title, first, last.strip()


def gender_of_title(title: str) -> Gender | None:
    if title in ("นาย", "เด็กชาย", "ด.ช."):
        return Gender.MALE
    if title in ("นาง", "นางสาว", "เด็กหญิง", "ด.ญ."):
        return Gender.FEMALE
    return None


def _key(text: Any) -> str:
    return clean_text(text).replace(" ", "").replace(".", "").lower()


# Words in sheets for a kind (checked in order: "ต่างประเทศ" before the plain volunteer).
_KIND_WORDS = (
    (("ต่างประเทศ", "overseas"), PersonKind.OVERSEAS_VOLUNTEER),
    (("บัณฑิต", "graduate"), PersonKind.GRADUATE),
    (("อสร", "อาสาสมัคร", "ในประเทศ", "volunteer", "domestic"), PersonKind.DOMESTIC_VOLUNTEER),
)
_STATUS_WORDS = {
    **{_key(s.label): s for s in PersonStatus},
    **{s.value: s for s in PersonStatus},
    "ปกติ": PersonStatus.ACTIVE,
    "ปฏิบัติงาน": PersonStatus.ACTIVE,
    "ปฏิบัติหน้าที่อยู่": PersonStatus.ACTIVE,
    "พักงาน": PersonStatus.SUSPENDED,
    "พัก": PersonStatus.SUSPENDED,
    "ตาย": PersonStatus.DECEASED,
    "ถึงแก่กรรม": PersonStatus.DECEASED,
    "ถูกถอดถอน": PersonStatus.REMOVED,
    "พ้นจากตำแหน่ง": PersonStatus.REMOVED,
}
_GENDER_WORDS = {
    "ชาย": Gender.MALE,
    "ช": Gender.MALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "หญิง": Gender.FEMALE,
    "ญ": Gender.FEMALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
}


def read_kind(value: Any) -> tuple[PersonKind | None, str | None]:
    key = _key(value)
    if not key:
        return None, None
    if key in {k.value for k in PersonKind}:  # the JSON/export spelling
        return PersonKind(key), None
    for words, kind in _KIND_WORDS:
        if any(w in key for w in words):
            return kind, None
    return None, f"ไม่รู้จักประเภท “{clean_text(value)}” (อสร. / อสร. ต่างประเทศ / บัณฑิตแรงงาน)"


def read_status(value: Any) -> tuple[PersonStatus | None, str | None]:
    key = _key(value)
    if not key:
        return None, None
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key], None
    return None, f"ไม่รู้จักสถานะ “{clean_text(value)}”"


def read_gender(value: Any) -> tuple[Gender | None, str | None]:
    key = _key(value)
    if not key:
        return None, None
    if key in _GENDER_WORDS:
        return _GENDER_WORDS[key], None
    return None, f"ไม่รู้จักเพศ “{clean_text(value)}” (ชาย / หญิง)"
