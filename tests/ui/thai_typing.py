"""Test helpers for Thai text in Qt widgets.

``qtbot.keyClicks(widget, "สมชาย")`` aborts the process (QTest asserts that a key click is
ASCII), so ``type_text`` sends one key press/release per character with the text set, as a
Thai keyboard layout would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.resources import font_file


def _key_for(ch: str) -> int:
    if ch == " ":
        return int(Qt.Key.Key_Space.value)
    # Qt key codes for letters are the upper-case code points; Thai has no case.
    return ord(ch.upper()) if len(ch.upper()) == 1 else int(Qt.Key.Key_unknown.value)


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` (any script) into ``widget`` (or its focus proxy), one key per character."""
    target = _focus_target(widget)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    for ch in text:
        key = _key_for(ch)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            )
    qtbot.wait(0)  # let queued work (completers, signals across the event loop) run


_font_family: str | None = None


def load_thai_font() -> str:
    """Register Sarabun with Qt and make it the application font (offscreen has no Thai font)."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(font_file("Regular")))
        if font_id < 0:
            raise RuntimeError(f"cannot load {font_file('Regular')}")
        _font_family = QFontDatabase.applicationFontFamilies(font_id)[0]
        font = QApplication.font()
        font.setFamily(_font_family)
        font.setPointSize(11)
        QApplication.setFont(font)
    return _font_family
