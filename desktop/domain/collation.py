"""Thai dictionary order as a plain string key that a database can sort with binary collation.

Code-point order puts words starting with the leading vowels เ แ โ ใ ไ after every
consonant-initial word. Thai dictionaries order by the consonant first, so the key moves each
leading vowel after the consonant it precedes, and ranks tone marks and other diacritics only
after the base letters (ก่า sorts next to กา, not after every ก word).
"""

from __future__ import annotations

import unicodedata

_LEADING_VOWELS = frozenset("เแโใไ")
_TONE_AND_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_SECONDARY_SEPARATOR = "\x01"


def _is_thai_consonant(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e2e"


def thai_sort_key(text: str) -> str:
    """A key whose code-point order is Thai dictionary order."""
    s = unicodedata.normalize("NFC", (text or "").strip()).replace("\u0e4d\u0e32", "\u0e33")
    base: list[str] = []
    marks: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in _LEADING_VOWELS and i + 1 < len(s) and _is_thai_consonant(s[i + 1]):
            base.append(s[i + 1])
            base.append(ch)
            i += 2
            continue
        if ch in _TONE_AND_MARKS:
            marks.append(ch)
        else:
            base.append(ch.casefold())
        i += 1
    return "".join(base) + _SECONDARY_SEPARATOR + "".join(marks)


def thai_sorted(items, key=lambda x: x):
    """Sort ``items`` in memory in Thai order (for short lists such as districts)."""
    return sorted(items, key=lambda item: thai_sort_key(key(item)))
