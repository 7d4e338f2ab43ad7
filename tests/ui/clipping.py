"""Finds text a widget cannot show whole: a single-line label, a button, a checkbox, a radio
button or a group box title wider than the widget, a wrapped label cut at the bottom, a combo
box narrower than its first item (the "— choose … —" placeholder) or its current item."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

# Room a combo box needs beside its text: the frame, the padding and the arrow.
COMBO_CHROME = 28
GROUP_TITLE_CHROME = 12


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and bool(re.search(r"<[a-zA-Z/][^>]*>", text))
    )
    if rich:
        text = _plain(text.replace("<br>", "\n").replace("<br/>", "\n"))
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wrapped text cut at the bottom ({needed} > {label.height()} px)"
        return None
    font = label.font()
    if rich and ("<b>" in label.text() or "font-weight" in label.text()):
        font.setBold(True)
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room:
        return f"{widest} px of text in {room} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    if isinstance(button, QPushButton):
        # A push button's size hint has a minimum width (80 px) that short texts ("✕") never
        # need: the text, its padding and a menu's arrow are what must fit.
        text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        chrome = 12 + (16 if button.menu() is not None else 0)
        chrome += button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = min(needed, text + chrome)
    if needed > button.width():
        return f"needs {needed} px, has {button.width()} px"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    needed = box.fontMetrics().horizontalAdvance(box.title()) + GROUP_TITLE_CHROME
    if needed > box.width():
        return f"title needs {needed} px, has {box.width()} px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    if combo.count() == 0 and not (combo.isEditable() and combo.lineEdit().placeholderText()):
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    room = min(field.width(), combo.width() - COMBO_CHROME)
    metrics = combo.fontMetrics()
    texts = {combo.itemText(0), combo.currentText()}
    if combo.isEditable() and not combo.currentText():  # a typed-in combo's "— choose … —"
        texts.add(combo.lineEdit().placeholderText())
        room = combo.lineEdit().width() - 8
    for text in texts:
        needed = metrics.horizontalAdvance(text)
        if needed > room:
            return f"item {text!r} needs {needed} px, has {room} px"
    return None


def clipped(window: QWidget) -> list[str]:
    """Every widget of ``window`` whose text is cut, as ``Class objectName "text": why``."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        if problem:
            text = getattr(widget, "text", None) or getattr(widget, "title", None)
            shown = text() if callable(text) else widget.objectName()
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {shown!r}: {problem}")
    return problems
