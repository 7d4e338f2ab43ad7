"""The Qt binding must not leak or drop references to Python's own objects: PySide6 6.12.0
dropped one reference to ``True`` on every ``emit`` and ``connect``, and on Python 3.11 (where
``True`` is not immortal) the window aborts with "bool_dealloc" once a session has emitted
as many signals as ``True`` had references — mid-work, or at the latest when it closes."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(object)

    def slot(self, _value) -> None:
        pass


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_signals_leave_the_references_to_true_and_false_alone(qapp):
    a, b = _Sender(), _Sender()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        a.changed.connect(b.slot)
        a.changed.emit(1)
        a.changed.disconnect(b.slot)
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
