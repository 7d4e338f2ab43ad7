"""Data changes go through ``run_op``: call a service, report failure, announce the change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import DeskError
from ui.errors import show_error

T = TypeVar("T")


class DataBus(QObject):
    """One app-wide signal views listen to so they refresh after any change."""

    dataChanged = Signal(str)  # what changed: "person", "user", …


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus


def run_op(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    changed: str | None = None,
    on_error: Callable[[DeskError], bool] | None = None,
) -> T | None:
    """Run ``call``; on an expected error show it (unless ``on_error`` handled it) and return None."""
    try:
        result = call()
    except DeskError as exc:
        if on_error is None or not on_error(exc):
            show_error(parent, exc)
        return None
    except OSError as exc:
        show_error(parent, exc)
        return None
    if changed:
        bus().dataChanged.emit(changed)
    return result


class ReloadsOnChange:
    """Mixin for widgets that show stored data: reload on the bus's ``dataChanged`` for the
    kinds in ``reload_on`` — at once while visible, otherwise when next shown. A closed dialog
    or a page in the back never queries for nothing (nor for a record that is gone)."""

    reload_on: tuple[str, ...] = ()
    _reload_when_shown = False

    def listen_for_changes(self) -> None:
        bus().dataChanged.connect(self._on_data_changed)

    def _on_data_changed(self, what: str) -> None:
        if what not in self.reload_on:
            return
        if self.isVisible():
            self.reload()
        else:
            self._reload_when_shown = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._reload_when_shown:
            self._reload_when_shown = False
            self.reload()
        super().showEvent(event)

    def reload(self):
        raise NotImplementedError
