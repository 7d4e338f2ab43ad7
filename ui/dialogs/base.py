"""The dialog base: every dialog of the window opens no larger than the screen it is on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.widgets.screen_fit import fit_to_screen


class Dialog(QDialog):
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.isWindow():
            fit_to_screen(self)
