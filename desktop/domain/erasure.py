"""Erasure and retention (PDPA s.33, s.37(3)): what an anonymised record reads as, how a stored
value is told to be theirs, and when someone who left the network is due to be anonymised.

An anonymised person keeps their row: the reports count people by kind, status, area and the
dates of their appointment and status changes, and those stay. Their name becomes
``ผู้ถูกลบข้อมูล #<id>``; the national ID column (unique, 13 characters) holds
``ลบ#<id>``, which no reading of a typed ID can produce (an ID is digits only), so the
placeholder is never taken for an ID nor found by one. Gender and birth date go too: the
reports count them only for active people, and only someone who has left may be anonymised.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.national_id import digits_only, format_id
from desktop.domain.people import PersonStatus, format_phone
from desktop.domain.thai_dates import add_years

ANONYMOUS_FIRST_NAME = "ผู้ถูกลบข้อมูล"
# What a personal value in the audit trail, or a free text about the person, becomes.
REDACTED = "ลบแล้ว"
PLACEHOLDER_PREFIX = "ลบ#"

DEFAULT_RETENTION_YEARS = 10
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 50

# Keys of audit details whose values are stored values of the record (``{field: [old,
# new]}`` of an edit, the values a resolved conflict overrode or gave up).
VALUE_KEYS = frozenset({"changes", "overridden", "given_up"})

ALREADY_ANONYMISED = "ข้อมูลระบุตัวตนของบุคคลนี้ถูกลบแล้ว แก้ไขหรือลบซ้ำไม่ได้"
# A visit's notes, an evaluation's comment or an award's note would name them again.
NOTHING_NEW_FOR_ANONYMISED = "ข้อมูลระบุตัวตนของบุคคลนี้ถูกลบแล้ว บันทึกการเยี่ยม การประเมิน หรือรางวัลเพิ่มไม่ได้"
NOT_WIPED = (
    "ข้อมูลในทะเบียนถูกลบแล้ว แต่ยังล้างสำเนาเก่าในพื้นที่ว่างของแฟ้มฐานข้อมูลไม่สำเร็จ "
    "เพราะมีโปรแกรมอื่นใช้แฟ้มอยู่ แฟ้มจะถูกล้างอีกครั้งเมื่อลบข้อมูลระบุตัวตนครั้งถัดไป"
)
STILL_ACTIVE = "บุคคลนี้ยังปฏิบัติหน้าที่อยู่ กรุณาบันทึกการลาออกหรือการพ้นสภาพก่อน แล้วจึงลบข้อมูลระบุตัวตน"


def anonymous_last_name(person_id: int) -> str:
    return f"#{person_id}"


def placeholder_id(person_id: int) -> str:
    """What the national ID column holds once the person is anonymised (unique, 13 at most)."""
    value = f"{PLACEHOLDER_PREFIX}{person_id}"
    if len(value) > 13:
        raise ValueError("person id too large for the ID column")
    return value


def is_placeholder_id(value: str) -> bool:
    return (value or "").startswith(PLACEHOLDER_PREFIX)


def reason_errors(reason: str) -> dict[str, str]:
    if not (reason or "").strip():
        return {
            "reason": "กรุณาระบุเหตุผลของการลบข้อมูลระบุตัวตน (เช่น เจ้าของข้อมูลขอให้ลบ หรือครบระยะเวลาเก็บ)"
        }
    if len(reason.strip()) > 500:
        return {"reason": "เหตุผลยาวเกิน 500 ตัวอักษร"}
    return {}


def retention_years_error(years: int) -> str | None:
    if isinstance(years, bool) or not isinstance(years, int):
        return "ระยะเวลาเก็บข้อมูลต้องเป็นจำนวนปีเต็ม"
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        return f"ระยะเวลาเก็บข้อมูลต้องอยู่ระหว่าง {MIN_RETENTION_YEARS} ถึง {MAX_RETENTION_YEARS} ปี"
    return None


# -- telling a stored value to be theirs ------------------------------------------------------
def needles(
    national_id: str, title: str, first_name: str, last_name: str, phone: str
) -> tuple[str, ...]:
    """The strings that identify this person wherever they were copied: the ID (digits and
    as printed), the full name with and without the title, the phone number (digits and as
    printed). A first or a last name alone is not one: others share it (a namesake, a
    sibling), and their records are not this person's to erase."""
    found: list[str] = []
    digits = digits_only(national_id)
    if len(digits) == 13:
        found += [digits, format_id(digits)]
    first, last = (first_name or "").strip(), (last_name or "").strip()
    if first and last:
        found += [f"{first} {last}", f"{(title or '').strip()}{first} {last}"]
    phone_digits = digits_only(phone)
    if len(phone_digits) >= 9:
        found += [phone_digits, format_phone(phone_digits)]
    return longest_first(found)


def longest_first(found: Iterable[str]) -> tuple[str, ...]:
    """Each once, longest first: a replacement takes the titled name before the bare name
    inside it (and one person's needles before another's shorter ones)."""
    return tuple(sorted(dict.fromkeys(found), key=len, reverse=True))


def mentions(text: str, found: Iterable[str]) -> bool:
    return bool(text) and any(n in text for n in found)


def scrub(text: str, found: Sequence[str], label: str = REDACTED) -> str:
    """``text`` with each of ``found`` (see :func:`needles`) replaced by ``label``."""
    for n in found:
        text = text.replace(n, label)
    return text


def redact_details(details: Any, found: Sequence[str], *, about: bool) -> Any:
    """An audit row's details without the person's values, the keys (field names) kept.

    ``about``: the row is about the person or one of their records, so every stored value of
    an edit (:data:`VALUE_KEYS`) goes, whatever its field; elsewhere only a value that
    mentions them does."""

    def leaf(value: Any, stored: bool) -> Any:
        if isinstance(value, dict):
            return {k: leaf(v, stored or (about and k in VALUE_KEYS)) for k, v in value.items()}
        if isinstance(value, list):
            return [leaf(v, stored) for v in value]
        if stored and value is not None and value != "":
            return REDACTED
        if isinstance(value, str) and mentions(value, found):
            return REDACTED
        return value

    return leaf(details, False)


def redacted_json(text: str, found: Sequence[str], *, about: bool) -> str | None:
    """The stored JSON redacted (written as ``desktop.services.audit`` writes it), or None
    when nothing in it changes."""
    details = json.loads(text or "{}")
    redacted = redact_details(details, found, about=about)
    if redacted == details:
        return None
    return json.dumps(redacted, ensure_ascii=False, default=str, sort_keys=True)


# -- retention -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetentionDue:
    """Someone who left the network long enough ago to be anonymised (the review page's row)."""

    person_id: int
    name: str
    kind: str  # PersonKind value
    status: PersonStatus
    left_on: dt.date
    due_on: dt.date


def left_on(history: Sequence[tuple[str, dt.date]]) -> dt.date | None:
    """The day the person stopped being active: the first change after their last active
    stretch, from the status history in the order it was recorded ((status, effective on));
    None when the history shows no change away from active."""
    after_active: list[dt.date] = []
    for status, effective_on in history:
        if status == PersonStatus.ACTIVE:
            after_active = []
        else:
            after_active.append(effective_on)
    return min(after_active) if after_active else None


def due_on(left: dt.date, years: int) -> dt.date:
    return add_years(left, years)
