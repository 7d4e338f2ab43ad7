"""Errors that services raise for the user to read (messages in Thai)."""

from __future__ import annotations


class DeskError(Exception):
    """An expected failure with a message fit to show a clerk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DeskError):
    """One or more fields are invalid; ``fields`` maps field name -> Thai message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        summary = "; ".join(self.fields.values())
        super().__init__(f"ข้อมูลไม่ถูกต้อง: {summary}")


class DuplicateError(DeskError):
    """A unique value (e.g. a national ID) already belongs to another record."""

    def __init__(self, message: str, existing_id: int | None = None) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class StaleRecordError(DeskError):
    """The record changed since it was opened (optimistic locking)."""

    def __init__(self) -> None:
        super().__init__(
            "ข้อมูลนี้ถูกผู้ใช้อื่นแก้ไขไปแล้วหลังจากที่คุณเปิด "
            "กรุณาปิดแล้วเปิดใหม่เพื่อดูข้อมูลล่าสุด (ข้อมูลที่คุณกรอกยังอยู่ในแบบฟอร์ม)"
        )


class ConflictingEdit(StaleRecordError):
    """Another clerk saved the record since it was opened; ``conflict`` (an
    ``EditConflict``) holds their version beside this clerk's, field by field."""

    def __init__(self, conflict: object) -> None:
        super().__init__()
        self.message = (
            "มีผู้ใช้อื่นบันทึกข้อมูลนี้ไปก่อนหลังจากที่คุณเปิด กรุณาเลือกว่าจะเก็บข้อมูลของคุณ ของเขา หรือเลือกทีละช่อง"
        )
        self.args = (self.message,)
        self.conflict = conflict


class PermissionDenied(DeskError):
    """The signed-in user's roles do not allow this action."""


class NotFound(DeskError):
    """The record asked for does not exist."""


class AuthenticationFailed(DeskError):
    """Wrong username or password, or a disabled account."""


class DatabaseLocationError(DeskError):
    """The database cannot safely live where it was asked to."""


class DatabaseBusy(DeskError):
    """The database could not take the change now (locked, full, read-only, value too long):
    nothing was saved, and what the user typed stays where it is to try again."""
