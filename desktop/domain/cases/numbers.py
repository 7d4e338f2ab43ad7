"""Reading a case number out of what a user or a barcode scanner typed into a search box.

A USB scanner "types" the QR code's text as key presses. With the Thai keyboard layout active
the prefix ``ลป`` may arrive as other characters, so only the fiscal year and number are relied
on: ``ลป 2570/00042``, ``2570/42`` and ``l[ 2570/00042`` all name the same case.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?<!\d)(25\d\d)\s*/\s*(\d{1,6})(?!\d)")


def case_no_in(text: str, prefix: str) -> str | None:
    """The office's full case number if ``text`` holds one, else None."""
    found = _NUMBER.search(text or "")
    if not found:
        return None
    fiscal_year, number = int(found.group(1)), int(found.group(2))
    if number == 0:
        return None
    return f"{prefix} {fiscal_year}/{number:05d}"
