"""A pseudo-locale stretches every translated string by ~40% (as German or long English can):
no label, button, checkbox, radio button or group title of any page or dialog is cut, no
wrapped label loses its last line, and every combo box shows its first item whole."""

from __future__ import annotations

import math

import pytest
from clipping import clipped
from every_window import dialogs
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget

from ui.main_window import MainWindow

STRETCH = 0.4


class StretchedTranslator(QTranslator):
    """Every source string with ~40% more: ``บันทึก`` → ``บันทึก~~~``."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not source:
            return source
        return source + "~" * math.ceil(len(source) * STRETCH)

    def isEmpty(self) -> bool:  # noqa: N802 — Qt's name
        return False


@pytest.fixture
def stretched(qapp):
    translator = StretchedTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_pseudo_locale_stretches_ui_strings(stretched):
    from desktop.domain.cases.workflow import CaseStatus
    from ui.domain_labels import label_of

    assert QApplication.translate("MainWindow", "งานส่งต่อ") == "งานส่งต่อ~~~~"
    assert label_of(CaseStatus.REFERRED).endswith("~~~~")


def test_no_page_clips_its_text(qtbot, stretched, demo_office):
    QSettings().remove("main_window/geometry")
    window = MainWindow(demo_office.desk)
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    problems = []
    for i in range(window.pages.count()):
        window.pages.setCurrentIndex(i)
        QApplication.processEvents()
        page = window.pages.widget(i)
        problems += [f"{type(page).__name__}: {p}" for p in clipped(page)]
    assert not problems, "\n".join(problems)


def test_no_dialog_clips_its_text(qtbot, stretched, demo_office):
    problems = []
    for name, _cls, make in dialogs(demo_office):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = set(clipped(dialog))
        for tabs in dialog.findChildren(QTabWidget):  # every tab of the person's record
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                found |= set(clipped(dialog))
        problems += [f"{name}: {p}" for p in sorted(found)]
        dialog.close()
    assert not problems, "\n".join(problems)
