"""The heading at the top of a page: the page's name, larger and bold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def page_title(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    title.setFont(font)
    return title
