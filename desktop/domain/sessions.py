"""Rules for a session on a shared office PC: the office's idle lock and a new password."""

from __future__ import annotations

DEFAULT_IDLE_LOCK_MINUTES = 10
# 0 turns the lock off; more than a working morning is no lock at all, so it is a typing slip.
IDLE_LOCK_MINUTES_RANGE = (0, 240)
MIN_PASSWORD = 8


def idle_lock_error(minutes: int) -> str | None:
    low, high = IDLE_LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        return f"เวลาล็อกหน้าจอต้องอยู่ระหว่าง {low} ถึง {high} นาที (0 = ไม่ล็อก)"
    return None


def new_password_error(password: str) -> str | None:
    if len(password or "") < MIN_PASSWORD:
        return f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร"
    return None
