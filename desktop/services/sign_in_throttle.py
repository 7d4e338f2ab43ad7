"""How guessing passwords is made slow: a growing pause after each wrong password, then a
temporary lock of the account, and the same pauses for names that are not accounts.

The counts for real accounts live in the database (``app_user.failed_sign_ins`` and
``locked_until``), so every process and every PC of the office counts the same guesses. The
pause happens after the unit of work, so a guesser never holds the database while waiting.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.context import BANGKOK

WRONG_PASSWORD = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"


@dataclass(frozen=True)
class SignInPolicy:
    max_failures: int = 5
    lock_minutes: int = 15
    first_pause: float = 0.5  # seconds after the first wrong password, doubling after each
    max_pause: float = 4.0

    def pause_after(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.max_pause, self.first_pause * 2 ** (failures - 1))

    def lock_until(self, now: dt.datetime) -> dt.datetime:
        return now + dt.timedelta(minutes=self.lock_minutes)


DEFAULT_POLICY = SignInPolicy()


def sleep(seconds: float) -> None:
    """The default sleeper; tests inject their own (or replace this one) and never wait."""
    time.sleep(seconds)


def locked_message(until: dt.datetime) -> str:
    at = until.astimezone(BANGKOK).strftime("%H:%M")
    return f"บัญชีผู้ใช้นี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง ลองใหม่หลังเวลา {at} น. หรือให้ผู้ดูแลระบบปลดล็อก"


class UnknownNames:
    """Wrong passwords for names that are no account, in memory: a guesser probing which names
    exist sees the same growing pauses as for a real account. Bounded, so a flood of made-up
    names only makes it forget; a name quiet for the lock period starts again from nothing."""

    LIMIT = 1000

    def __init__(self) -> None:
        self._failures: dict[str, tuple[int, dt.datetime]] = {}

    def count(self, name: str, now: dt.datetime, policy: SignInPolicy) -> int:
        key = name.lower()
        failures, last = self._failures.get(key, (0, now))
        if now - last > dt.timedelta(minutes=policy.lock_minutes):
            failures = 0
        if len(self._failures) >= self.LIMIT and key not in self._failures:
            self._failures.clear()
        self._failures[key] = (failures + 1, now)
        return failures + 1


unknown_names = UnknownNames()

Sleeper = Callable[[float], None]
