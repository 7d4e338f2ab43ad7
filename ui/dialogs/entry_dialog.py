"""The base of every data-entry dialog: it opens with the keyboard in its first field, and
Escape, Cancel or the close button ask before dropping edits (Save / Discard / Cancel).

Focus: a dialog that builds its OK/Cancel buttons before its fields starts on OK, so typed
Thai goes nowhere and the first space "saves" an empty note. On its first show the dialog puts
its buttons at the end of the tab order and the focus in ``first_field()`` (the first input in
the tab order; a dialog may name another, e.g. the password when the username is known).

Unsaved edits: at the first show the dialog notes what every field holds (``form_state``);
``has_unsaved()`` compares with now. Subclasses implement ``save()`` (the Save button's own
action: truthy and accepted once saved, falsy with the messages shown otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ui.dialogs.base import Dialog
from ui.dialogs.unsaved import ask_unsaved, buttons_last, first_input, form_state


class EntryDialog(Dialog):
    ask_before_discarding = True  # False for a dialog whose edits are worth nothing unsaved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened_with: dict | None = None

    # -- focus -----------------------------------------------------------------------------
    def first_field(self) -> QWidget | None:
        return first_input(self)

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:
            for box in self.findChildren(QDialogButtonBox):
                buttons_last(self, box.buttons())
            field = self.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            self._opened_with = form_state(self)
        super().showEvent(event)

    # -- unsaved edits ---------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return (
            self.ask_before_discarding
            and self._opened_with is not None
            and form_state(self) != self._opened_with
        )

    def mark_saved(self) -> None:
        """What the fields hold now counts as saved (e.g. after the dialog saved but stays)."""
        self._opened_with = form_state(self)

    def save(self) -> object:
        raise NotImplementedError

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()

    def done(self, result: int) -> None:
        # Let the field in focus finish its edit now, while every widget is alive: left for
        # the dialog's deletion, its focus-out would reach half-destroyed Python widgets.
        if (field := self.focusWidget()) is not None:
            field.clearFocus()
        super().done(result)

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask first when something was edited."""
        if not self.has_unsaved():
            super().reject()
            return
        answer = ask_unsaved(self, self.windowTitle())
        if answer == "save":
            self.save()  # closes itself once saved; on a refusal it shows why and stays
        elif answer == "discard":
            super().reject()
