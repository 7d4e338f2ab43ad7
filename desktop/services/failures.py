"""The one Thai line the window and the command line show for an expected failure: the
domain's own errors say it themselves; database and URL failures are explained without SQL or
values (:mod:`db.errors`)."""

from __future__ import annotations

import errno

from db.engine import DatabaseProblem
from db.errors import explain
from desktop.domain.errors import DeskError

__all__ = ["DatabaseProblem", "expected_failure_message", "file_failure_message"]

_FILE_PROBLEMS = {
    errno.ENOENT: "ไม่พบไฟล์หรือโฟลเดอร์",
    errno.EACCES: "ไม่มีสิทธิ์เปิดหรือเขียนไฟล์",
    errno.EPERM: "ไม่มีสิทธิ์เปิดหรือเขียนไฟล์",
    errno.ENOSPC: "พื้นที่บนดิสก์ไม่พอ",
    errno.EROFS: "ดิสก์นี้เขียนไม่ได้",
    errno.EISDIR: "ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
}


def expected_failure_message(error: BaseException) -> str | None:
    """The message for a failure the user can act on; None for a bug (report it)."""
    if isinstance(error, DeskError):
        return error.message
    return explain(error)


def file_failure_message(error: OSError) -> str:
    """One Thai line for a file that could not be read or written, naming it; the system's
    own words (English on most machines) only where the problem has no Thai name here."""
    what = _FILE_PROBLEMS.get(error.errno or 0)
    if what is None:
        what = f"อ่านหรือเขียนไฟล์ไม่ได้ ({error.strerror or type(error).__name__})"
    return f"{what}: {error.filename}" if error.filename else what
