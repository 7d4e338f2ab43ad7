"""What the line breaker must keep whole on paper: a person's name, and each part of an
address (``บ้านเลขที่ 30``, ``หมู่ที่ 10``, ``ซอยสุขเกษม``, ``ต.สันต้นหมื้อ``, ``อ.แม่อาย``, the
postcode) — an address breaks only between its parts. Documents pass these to the table
cells and labels they print; the text drawn and extracted is unchanged."""

from __future__ import annotations

from desktop.documents.thai_text import unbreakable, units

# Words that name the part after them: kept with it when typed with a space between.
_PREFIXES = ("บ้านเลขที่", "เลขที่", "หมู่ที่", "หมู่", "ม.", "ซอย", "ซ.", "ถนน", "ถ.", "ตรอก")


def name(text: str) -> str:
    """A person's title, first name and surname on one line unless wider than the column."""
    return unbreakable(text) if text else ""


def address_parts(text: str) -> list[str]:
    """The parts of an address, each one unit: a prefix word with what follows it."""
    parts: list[str] = []
    for token in (text or "").split():
        if parts and parts[-1] in _PREFIXES:
            parts[-1] += " " + token
        else:
            parts.append(token)
    return parts


def address(text: str) -> str:
    """An address (or an area line) that breaks only between its parts."""
    return units(*address_parts(text))
