"""ภาษา / Language: Thai (the source language) or English, applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

LANGUAGE_KEY = "ui/language"
LANGUAGES = (("th", "ไทย"), ("en", "English"))


def current_language() -> str:
    return str(QSettings().value(LANGUAGE_KEY, "th"))


def build_language_menu(window: QWidget, *, notify: bool = True) -> QMenu:
    menu = QMenu("ภาษา / Language", window)
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = current_language()
    for code, name in LANGUAGES:
        action = QAction(name, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(window, action.data(), notify))
    return menu


def _choose(window: QWidget, code: str, notify: bool) -> None:
    if code == current_language():
        return
    QSettings().setValue(LANGUAGE_KEY, code)
    if notify:
        QMessageBox.information(
            window,
            "ภาษา / Language",
            "ภาษาที่เลือกจะใช้เมื่อเปิดโปรแกรมครั้งถัดไป\n"
            "The language you chose applies the next time the program starts.",
        )
