"""Refusing a sheet file before it is read: too big, or a zip that would inflate too far.

An ``.xlsx``/``.xlsm`` is a zip archive. Its central directory says how large every member
is once inflated, so a "zip bomb" (a 1 MB file that inflates to gigabytes) is refused from
the directory alone, in milliseconds, before a single byte is decompressed. Macros are never
a concern here: the reader (calamine) does not run them, and formulas are never evaluated.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.domain.errors import ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
# Real workbooks compress XML about 5–20 times; 100 leaves room for sheets of repeated cells.
MAX_RATIO = 100
ZIP_FORMATS = (".xlsx", ".xlsm")
FIELD = "file"


def _refuse(message: str) -> ValidationError:
    return ValidationError({FIELD: message})


def check_sheet_file(path: str | Path) -> None:
    """Raise ValidationError (Thai) when ``path`` must not be read; return when it may."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"ไฟล์ {p.name} ใหญ่เกินไป ({size // (1024 * 1024)} MB; "
            f"รับได้ไม่เกิน {MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )
    if p.suffix.lower() in ZIP_FORMATS:
        check_zip_directory(p)


def check_zip_directory(path: Path) -> None:
    """Refuse an xlsx whose members, inflated, would be too large or too compressed."""
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, OSError):
        raise _refuse(f"ไฟล์ {path.name} ไม่ใช่ไฟล์ Excel (.xlsx) ที่เปิดได้ หรือไฟล์เสีย") from None
    total = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _refuse(
            f"ไฟล์ {path.name} เมื่อขยายจะใหญ่เกินไป ({total // (1024 * 1024)} MB) ไม่เปิดเพื่อความปลอดภัย"
        )
    for m in members:
        if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise _refuse(f"ไฟล์ {path.name} ถูกบีบอัดผิดปกติ (อาจเป็นไฟล์อันตราย) ไม่เปิดเพื่อความปลอดภัย")
    if total > MAX_RATIO * max(packed, 1) and total > 1024 * 1024:
        raise _refuse(f"ไฟล์ {path.name} ถูกบีบอัดผิดปกติ (อาจเป็นไฟล์อันตราย) ไม่เปิดเพื่อความปลอดภัย")
