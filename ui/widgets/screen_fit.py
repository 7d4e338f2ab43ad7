"""Windows no larger than the screen they open on (a 1280×720 or 1366×768 office laptop).

``fit_to_screen`` shrinks a top-level window to its screen's available area (less the title
bar and frame) and moves it back inside; the dialog base (``ui.dialogs.base.Dialog``) and
the main window call it when they are shown. A layout's minimum size still wins over it, which
is why every page and dialog keeps its minimum within 1280×720 (tests/ui/test_small_screen.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window on Windows (title bar, borders), before it
# exists: the frame is only known once the window is on screen.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def room_for_window(widget: QWidget | None = None) -> QSize:
    """The largest client area a top-level window can have on the widget's screen."""
    area = available_geometry(widget).size()
    frame = FRAME_ALLOWANCE
    if widget is not None and widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        if outer.width() > inner.width() or outer.height() > inner.height():
            frame = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return QSize(max(1, area.width() - frame.width()), max(1, area.height() - frame.height()))


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to fit its screen and keep it inside the screen's available area."""
    room = room_for_window(window)
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    area = available_geometry(window)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.x(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
