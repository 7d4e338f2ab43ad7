"""Which encoding a CSV saved from Excel is in: UTF-8 (with or without BOM), UTF-16 or the
Thai Windows code page (TIS-620 / cp874).

The byte-order marks decide first; then UTF-16 without a BOM (every other byte 0x00 or
0x0E, the high byte of Latin and Thai); then a strict UTF-8 decode (Thai in cp874 is almost
never valid UTF-8); else cp874,
which is a superset of TIS-620. The caller may override (the wizard's preview lets the
clerk see the Thai and pick another).
"""

from __future__ import annotations

import codecs

from desktop.domain.errors import ValidationError

ENCODINGS = ("utf-8-sig", "utf-16", "cp874")
_ALIASES = {"utf-8": "utf-8-sig", "utf8": "utf-8-sig", "tis-620": "cp874", "tis620": "cp874"}


def canonical(encoding: str) -> str:
    """The codec to read with for a name the user gave; ValidationError when unknown."""
    name = (encoding or "").strip().lower()
    name = _ALIASES.get(name, name)
    try:
        codecs.lookup(name)
    except LookupError:
        raise ValidationError({"encoding": f"ไม่รู้จักการเข้ารหัส “{encoding}”"}) from None
    return name


def detect(data: bytes) -> str:
    """The encoding of ``data`` (a CSV file's bytes)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # UTF-16 without a BOM: every other byte is the high byte of a Thai (0x0E) or Latin
    # (0x00) character. Checked before UTF-8, as such bytes can also be valid UTF-8.
    sample = data[:4096]
    if len(sample) >= 4:
        if _mostly_high_bytes(sample[1::2]):
            return "utf-16-le"
        if _mostly_high_bytes(sample[0::2]):
            return "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8-sig"
    return "cp874"


def _mostly_high_bytes(half: bytes) -> bool:
    """Nine in ten of these bytes are 0x00 or 0x0E, with some zeros (text has punctuation)."""
    zeros, thai = half.count(0), half.count(0x0E)
    return zeros > 0 and zeros + thai >= 0.9 * len(half)
