"""UI test setup: offscreen Qt on the smallest screen the window must fit (1280×720, the
office laptop), and the bundled Thai font (offscreen has no Thai system font)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _small_screen_platform() -> str:
    """``offscreen`` with one 1280×720 screen (Qt's own default is 800×800)."""
    config = Path(__file__).with_name("screen_1280x720.json")
    if sys.platform == "win32":  # the platform string splits on ":"; no drive letter in it
        try:
            config = Path(os.path.relpath(config))
        except ValueError:  # another drive
            return "offscreen"
    return f"offscreen:configfile={config.as_posix()}"


if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = _small_screen_platform()

import pytest  # noqa: E402
from thai_typing import load_thai_font  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def thai_font(qapp) -> str:
    return load_thai_font()


@pytest.fixture(scope="session", autouse=True)
def private_settings(qapp, tmp_path_factory):
    """Window geometry and the last sign-in go to a throwaway INI, never the tester's registry."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("MOL-tests")
    qapp.setApplicationName("LabourDeskTests")


@pytest.fixture(autouse=True)
def error_boxes_do_not_block(qapp):
    """An expected error's box opens without waiting for OK, so a test can read it."""
    from ui.errors import set_presenter

    set_presenter(lambda box: box.open())
    yield
    set_presenter(None)


@pytest.fixture(scope="session")
def demo_office(qapp, tmp_path_factory):
    """A demo office (people, cases, mentoring) and a user with every role, shared by the
    tests that open every page and dialog; they only read it."""
    from every_window import demo_desk, office_of

    from desktop.bootstrap import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    office = office_of(demo_desk(db))
    yield office
    db.dispose()


@pytest.fixture(autouse=True)
def unsaved_answers(qapp):
    """The Save / Discard / Cancel question never blocks a test: it records what was asked and
    answers "discard" (so closing windows at a test's end drops its edits) unless a test sets
    ``unsaved_answers.answer``."""
    from ui.dialogs.unsaved import set_unsaved_prompt

    class Answers:
        answer = "discard"
        asked: list[str] = []

        def __call__(self, _parent, what: str) -> str:
            self.asked.append(what)
            return self.answer

    answers = Answers()
    answers.asked = []
    set_unsaved_prompt(answers)
    yield answers
    set_unsaved_prompt(None)


@pytest.fixture(autouse=True)
def windows_deleted_by_qt(qapp):
    """After each test, the windows it left are deleted by Qt at once, while their Python
    halves are whole. Left to Python's cycle collector they would go at some later test, their
    Python state cleared before Qt's last events reach them ("Slot … not found")."""
    yield
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        alive = shiboken6.isValid(widget) and shiboken6.createdByPython(widget)
        if alive and widget.parent() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
