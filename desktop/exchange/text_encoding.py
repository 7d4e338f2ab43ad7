"""Which encoding a CSV saved from Excel is in: UTF-8 (with or without BOM), UTF-16 or the
Thai Windows code page (TIS-620 / cp874).

The byte-order marks decide first; then a strict UTF-8 decode (Thai in cp874 is almost never
valid UTF-8); then UTF-16 without a BOM (every other byte zero for Latin text); else cp874,
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
    try:
        data.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8-sig"
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return "utf-16-be"
    return "cp874"
