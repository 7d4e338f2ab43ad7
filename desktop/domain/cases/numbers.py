"""Case numbers (``ลป 2570/00042``): the one place they are written and read back.

``format_case_no`` writes them; ``parse_case_no`` reads a whole one as printed (the search box,
the move dialog's "original case" field); ``find_case_no`` picks one out of what a USB barcode
scanner typed. A scanner "types" the QR code's text as key presses, and with another keyboard
layout active the prefix ``ลป`` may arrive as other characters (``l[``), so only the fiscal year
and number are relied on there: ``ลป 2570/00042``, ``2570/42`` and ``l[ 2570/00042`` all name
the same case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_YEAR_SEQ = r"(25\d\d)\s*/\s*(\d{1,6})"
_WHOLE = re.compile(rf"\s*(?:(\S+)\s+)?{_YEAR_SEQ}\s*")
_WITHIN = re.compile(rf"(?<!\d){_YEAR_SEQ}(?!\d)")
_THAI_PREFIX = re.compile(r"[\u0e00-\u0e7f.]+")
# A number as printed has all its digits; "2570/0004" is still being typed, not a number.
_PRINTED_DIGITS = 5


@dataclass(frozen=True)
class CaseNumber:
    prefix: str  # as typed before the year; "" when there was none
    fiscal_year: int
    seq: int

    @property
    def text(self) -> str:
        return format_case_no(self.prefix, self.fiscal_year, self.seq)

    @property
    def thai_prefix(self) -> str:
        """The prefix if it can be relied on (Thai letters), else "" (see the module's note)."""
        return self.prefix if _THAI_PREFIX.fullmatch(self.prefix) else ""

    def with_prefix(self, prefix: str) -> CaseNumber:
        return replace(self, prefix=prefix)


def format_case_no(prefix: str, fiscal_year: int, number: int) -> str:
    """``ลป 2570/00042``."""
    return f"{prefix} {fiscal_year}/{number:05d}"


def parse_case_no(text: str) -> CaseNumber | None:
    """The case number that ``text`` is, as printed (``ลป 2570/00042``, ``2570/00042``), else None."""
    found = _WHOLE.fullmatch(text or "")
    if not found or len(found.group(3)) < _PRINTED_DIGITS:
        return None
    seq = int(found.group(3))
    return CaseNumber(found.group(1) or "", int(found.group(2)), seq) if seq else None


def find_case_no(text: str) -> CaseNumber | None:
    """A case number anywhere in ``text``, however it was typed or scanned; without a prefix."""
    found = _WITHIN.search(text or "")
    if not found:
        return None
    seq = int(found.group(2))
    return CaseNumber("", int(found.group(1)), seq) if seq else None


def case_no_in(text: str, prefix: str) -> str | None:
    """The office's full case number if ``text`` holds one, else None."""
    found = find_case_no(text)
    return found.with_prefix(prefix).text if found is not None else None
