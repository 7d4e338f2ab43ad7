"""The File menu (แฟ้ม) in sections, so each feature adds its action to its own section and
the menu keeps one order however many are added:

    work      new record / case, print                  (Ctrl+N, Ctrl+P)
    data      backup, restore, import, export
    settings  the office's and this PC's settings
    session   change my password, lock now, switch user, sign out
    quit      quit                                      (Ctrl+Q)

``FileMenu.add(FileMenu.DATA, action)`` puts an action at the end of its section; empty
sections leave no stray separator (QMenu collapses them).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


class FileMenu:
    WORK = "work"
    DATA = "data"
    SETTINGS = "settings"
    SESSION = "session"
    QUIT = "quit"
    SECTIONS = (WORK, DATA, SETTINGS, SESSION, QUIT)

    def __init__(self, menu: QMenu) -> None:
        self.menu = menu
        menu.setSeparatorsCollapsible(True)
        # Each section ends at its own separator; an action is inserted just before it.
        self._ends = {section: menu.addSeparator() for section in self.SECTIONS}

    def add(self, section: str, *actions: QAction) -> None:
        for action in actions:
            self.menu.insertAction(self._ends[section], action)

    def actions_in(self, section: str) -> list[QAction]:
        actions = self.menu.actions()
        end = actions.index(self._ends[section])
        previous = self.SECTIONS.index(section) - 1
        start = actions.index(self._ends[self.SECTIONS[previous]]) + 1 if previous >= 0 else 0
        return actions[start:end]
