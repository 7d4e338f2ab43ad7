"""IdleWatch: any input anywhere in the application puts the lock off; nothing else does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLineEdit

from ui.idle_lock import IdleWatch


def test_input_resets_and_other_events_do_not(qtbot):
    now = [0.0]
    watch = IdleWatch(60_000, clock=lambda: now[0])
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watch.start()
    idle = []
    watch.idle.connect(lambda: idle.append(now[0]))

    now[0] = 50.0
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(3, 3),
        QPointF(3, 3),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(edit, move)
    now[0] = 100.0
    assert not watch.check()  # 50 s since the mouse moved
    edit.setText("a view reloaded by a timer")  # repaints and timers are no one at the PC
    qtbot.wait(20)
    now[0] = 110.0
    assert watch.check() and idle == [110.0]
    assert not watch.check() and idle == [110.0]  # said once, until started again
    watch.start()
    assert watch.is_watching()
    watch.set_idle_ms(0)
    now[0] = 10_000.0
    assert not watch.check() and not watch.is_watching()
    watch.stop()


def test_the_timer_notices_by_itself(qtbot):
    watch = IdleWatch(30)
    watch.start()
    with qtbot.waitSignal(watch.idle, timeout=2000):
        pass
    assert not watch.is_watching()
