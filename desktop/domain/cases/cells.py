"""Reading the cells of an office's sheet of reported needs: needs, channel, urgency, consent.

Each reader takes the raw cell and returns the value with a Thai error, never guessing:

- needs: the categories' own Thai labels (as the case export writes them, several joined
  by commas), their English spelling, and the words clerks use (``หางาน``, ``อบรม``,
  ``ม.40``, ``ค่าจ้าง`` …); several needs in one cell are separated by ``,`` ``/`` ``;``
  ``+`` ``และ`` or a line break. A part no word matches is refused, naming it;
- consent is recorded only when the sheet says so: ``ยินยอม`` ``ใช่`` ``✓`` ``yes`` ``1``
  give it, an empty cell (or ``ไม่ยินยอม`` ``ไม่`` ``no`` ``0``) does not, anything else is
  refused rather than read either way.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.cases.categories import (
    CHANNEL_LABELS,
    NEED_LABELS,
    Channel,
    Need,
    Urgency,
)
from desktop.domain.cell_values import clean_text

# Checked in this order within one part: the specific words before the general ones, so
# "หางานต่างประเทศ" is working abroad and "ค่าจ้างค้างจ่าย" a complaint, not a job search.
_NEED_WORDS: tuple[tuple[Need, tuple[str, ...]], ...] = (
    (Need.ABROAD, ("ต่างประเทศ", "ไปทำงานนอก", "abroad", "overseas")),
    (Need.SOCIAL_SECURITY, ("ประกันสังคม", "มาตรา40", "ม40", "ประกันตน", "socialsecurity", "sso")),
    (Need.SAFETY, ("ปลอดภัย", "อุบัติเหตุ", "อาชีวอนามัย", "safety")),
    (
        Need.PROTECTION,
        (
            "ร้องเรียน",
            "คุ้มครอง",
            "ค่าจ้าง",
            "เลิกจ้าง",
            "ค่าชดเชย",
            "ค่าแรง",
            "สิทธิ",
            "protection",
            "complaint",
            "wage",
        ),
    ),  # fmt: skip
    (Need.TRAINING, ("อบรม", "ฝึก", "ทักษะ", "พัฒนาฝีมือ", "training", "skill")),
    (Need.JOB, ("หางาน", "งาน", "อาชีพ", "บรรจุ", "job", "employment")),
    (Need.OTHER, ("อื่น", "other")),
)
_SEPARATORS = re.compile(r"\s*(?:[,;/+\n|]|และ)\s*")
_PUNCT = re.compile(r"[\s.]+")


def _key(text: str) -> str:
    return _PUNCT.sub("", text).casefold()


def _need_of(part: str) -> Need | None:
    key = _key(part)
    if key in {n.value for n in Need}:
        return Need(key)
    for need, words in _NEED_WORDS:
        if any(w in key for w in words):
            return need
    return None


def read_needs(value: Any) -> tuple[tuple[Need, ...], str | None]:
    """The needs a cell names, in the categories' order (empty when the cell is empty)."""
    text = clean_text(value)
    if not text:
        return (), None
    found: set[Need] = set()
    # The labels first, whole: "หางาน / บรรจุงาน" holds a separator of its own.
    for need, label in NEED_LABELS.items():
        if label in text:
            found.add(need)
            text = text.replace(label, ",")
    unknown = []
    for part in _SEPARATORS.split(text):
        if not _key(part):
            continue
        need = _need_of(part)
        if need is None:
            unknown.append(part)
        else:
            found.add(need)
    if unknown:
        names = ", ".join(f"“{u}”" for u in unknown)
        return (), (
            f"ไม่รู้จักความต้องการ {names} (หางาน / ฝึกอบรม / ประกันสังคม / ร้องเรียนคุ้มครองแรงงาน"
            " / ความปลอดภัย / ไปทำงานต่างประเทศ / อื่น ๆ)"
        )
    return tuple(n for n in Need if n in found), None


_CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.LINE, ("line", "ไลน์")),
    (Channel.PHONE, ("โทร", "phone")),
    (Channel.WALK_IN, ("ด้วยตนเอง", "มาเอง", "มาติดต่อ", "walkin")),
    (Channel.VOLUNTEER, ("อสร", "อาสาสมัคร", "บัณฑิต", "ชี้เป้า", "volunteer")),
)


def read_channel(value: Any) -> tuple[Channel | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    key = _key(text).replace("_", "").replace("-", "")
    if key in {c.value.replace("_", "") for c in Channel}:
        return next(c for c in Channel if c.value.replace("_", "") == key), None
    for channel, label in CHANNEL_LABELS.items():
        if _key(label) == key:
            return channel, None
    for channel, words in _CHANNEL_WORDS:
        if any(w in key for w in words):
            return channel, None
    return None, (f"ไม่รู้จักช่องทาง “{text}” (อาสาสมัครชี้เป้า / มาติดต่อด้วยตนเอง / โทรศัพท์ / LINE)")


_URGENCY_WORDS = {
    **{_key(u.label): u for u in Urgency},
    **{u.value: u for u in Urgency},
    "ด่วนมาก": Urgency.CRITICAL,
    "ไม่ด่วน": Urgency.NORMAL,
}


def read_urgency(value: Any) -> tuple[Urgency | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    found = _URGENCY_WORDS.get(_key(text))
    if found is None:
        return None, f"ไม่รู้จักความเร่งด่วน “{text}” (ปกติ / ด่วน / ด่วนที่สุด)"
    return found, None


_CONSENT_YES = {"ยินยอม", "ให้ความยินยอม", "ใช่", "✓", "✔", "☑", "yes", "y", "1", "true"}
_CONSENT_NO = {"ไม่ยินยอม", "ไม่", "ไม่ใช่", "no", "n", "0", "false", "✗", "✘", "-"}


def read_consent(value: Any) -> tuple[bool, str | None]:
    """Whether the sheet says the person consented; never guessed (see the module's note)."""
    if isinstance(value, bool):
        return value, None
    text = clean_text(value)
    key = _key(text)
    if not key or key in _CONSENT_NO:
        return False, None
    if key in _CONSENT_YES:
        return True, None
    return False, f"อ่านความยินยอม “{text}” ไม่ได้ (ยินยอม / ใช่ / ✓ หรือเว้นว่างเมื่อยังไม่ยินยอม)"
