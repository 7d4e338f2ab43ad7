"""Edits the user has not saved: what a form holds now, and the Save / Discard / Cancel question.

Anything that can hold unsaved edits (an entry dialog, a set-up page) follows one protocol:
``has_unsaved()``; ``save()`` (truthy once saved; on a refusal it shows why and keeps the
edits); ``discard()`` (drops them). The main window asks it before leaving a page or closing;
a dialog asks itself on Escape, Cancel and its close button.

``ask_unsaved`` shows a question box and waits; tests install their own answer with
``set_unsaved_prompt`` (the UI tests' conftest answers "discard" unless a test says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

Answer = Literal["save", "discard", "cancel"]
Prompt = Callable[[QWidget | None, str], Answer]

IGNORE_PROPERTY = "unsavedIgnore"  # set True on a widget that is a view control, not an edit


class HoldsEdits(Protocol):
    def has_unsaved(self) -> bool: ...
    def save(self) -> object: ...
    def discard(self) -> None: ...
    def windowTitle(self) -> str: ...


def _ask_with_box(parent: QWidget | None, what: str) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("unsaved", "ยังไม่ได้บันทึก"))
    box.setText(
        QCoreApplication.translate("unsaved", "ข้อมูลที่แก้ไขใน “%1” ยังไม่ได้บันทึก").replace("%1", what)
        if what
        else QCoreApplication.translate("unsaved", "ข้อมูลที่แก้ไขยังไม่ได้บันทึก")
    )
    box.setInformativeText(QCoreApplication.translate("unsaved", "ต้องการบันทึกก่อนหรือไม่"))
    save = box.addButton(
        QCoreApplication.translate("unsaved", "บันทึก"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("unsaved", "ไม่บันทึก"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("unsaved", "ยกเลิก กลับไปแก้ไข"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


_prompt: Prompt = _ask_with_box


def set_unsaved_prompt(prompt: Prompt | None) -> None:
    """How ``ask_unsaved`` asks: by default a modal question box; tests answer themselves."""
    global _prompt
    _prompt = prompt or _ask_with_box


def ask_unsaved(parent: QWidget | None, what: str) -> Answer:
    return _prompt(parent, what)


def confirm_leave(parent: QWidget | None, part: HoldsEdits) -> bool:
    """True when the user may go on: nothing unsaved, saved now, or discarded."""
    if not part.has_unsaved():
        return True
    answer = ask_unsaved(parent, part.windowTitle())
    if answer == "save":
        return bool(part.save())
    if answer == "discard":
        part.discard()
        return True
    return False


def confirm_leave_all(parent: QWidget | None, parts: Iterable[HoldsEdits]) -> bool:
    """Each part with edits is asked in turn; a Cancel (or a refused save) stops there."""
    return all(confirm_leave(parent, part) for part in parts)


def parts_with_edits(window: QWidget) -> list[QWidget]:
    """The pages and the open windows under ``window`` that hold unsaved edits."""
    found = []
    for w in window.findChildren(QWidget):
        if not callable(getattr(w, "has_unsaved", None)):
            continue
        if w.isWindow() and not w.isVisible():
            continue  # a dialog already closed, waiting to be deleted
        if w.has_unsaved():
            found.append(w)
    return found


# -- what a form holds ---------------------------------------------------------------------


def _ignored(widget: QWidget, root: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None and w is not root:
        if w.property(IGNORE_PROPERTY):
            return True
        w = w.parentWidget()
    return False


def _value(w: QWidget) -> object:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText())
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.isChecked() if w.isCheckable() else None
    if isinstance(w, QListWidget):
        return tuple((w.item(i).text(), w.item(i).checkState().value) for i in range(w.count()))
    if isinstance(w, QTableWidget):
        return tuple(
            tuple(
                (item.text() if (item := w.item(r, c)) is not None else "")
                for c in range(w.columnCount())
            )
            for r in range(w.rowCount())
        )
    return None


def form_state(root: QWidget) -> dict[int, object]:
    """Every input's value under ``root``, by widget: equal states, nothing edited.

    Keyed by the widget itself, not by position: a tab or page brought to the front moves
    its widgets in ``findChildren``'s order."""
    return {
        shiboken6.getCppPointer(w)[0]: v
        for w in root.findChildren(QWidget)
        if (v := _value(w)) is not None and not _ignored(w, root)
    }


# -- where the keyboard starts -------------------------------------------------------------

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)
INPUTS = (*TEXT_INPUTS, QComboBox, QAbstractSpinBox, QListWidget, QTableWidget)


def _takes_input(w: QWidget, window: QWidget) -> bool:
    if not (w.isVisibleTo(window) and w.isEnabled()):
        return False
    if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(w, TEXT_INPUTS) and w.isReadOnly():
        return False
    if isinstance(w, INPUTS):
        return True
    return isinstance(w, QAbstractButton) and w.isCheckable()  # a check box, a radio button


def first_input(window: QWidget) -> QWidget | None:
    """The first field in the tab order that takes typing or a choice (never a push button,
    never a tab bar); None when the window has none."""
    w = window.nextInFocusChain()
    while w is not None and w is not window:
        if _takes_input(w, window):
            # A spin box's or editable combo's inner line edit stands for its owner.
            owner = w.parentWidget()
            if isinstance(w, QLineEdit) and isinstance(owner, (QComboBox, QAbstractSpinBox)):
                return owner
            return w
        w = w.nextInFocusChain()
    return None


def buttons_last(window: QWidget, buttons: Iterable[QWidget]) -> None:
    """Put ``buttons`` at the end of the tab order: Tab goes through the fields first.

    A dialog that builds its OK/Cancel row before its fields would otherwise start on OK,
    where the first space typed presses it."""
    buttons = [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not buttons:
        return
    chain, w = [], window.nextInFocusChain()
    while w is not None and w is not window:
        chain.append(w)
        w = w.nextInFocusChain()
    rest = [w for w in chain if w not in buttons]
    if not rest:
        return
    last = rest[-1]
    for b in buttons:
        QWidget.setTabOrder(last, b)
        last = b
