"""Help → About: the version, every bundled component with its licence, and the text of each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop import __version__
from desktop.licences import runtime_packages
from desktop.resources import project_root
from desktop.services.desk import Desk
from ui.dialogs.about import AboutDialog, ComponentModel
from ui.main_window import MainWindow


def names(dialog: AboutDialog) -> list[str]:
    return [c.name for c in dialog.model.rows]


def select(qtbot, dialog: AboutDialog, name: str) -> str:
    row = names(dialog).index(name)
    dialog.table.selectRow(row)
    return dialog.text.toPlainText()


def test_about_lists_every_component_and_shows_its_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.findChild(QLabel, "aboutHeading").text()
    assert set(runtime_packages(project_root() / "uv.lock")) <= set(names(dialog))
    qt = select(qtbot, dialog, "Qt 6, PySide6, Shiboken6")
    assert "LGPL-3.0" in qt and "How to replace the Qt libraries" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt
    assert "SIL OPEN FONT LICENSE" in select(qtbot, dialog, "Sarabun (fonts)")
    assert "Attribution 4.0 International" in select(qtbot, dialog, "GeoThai data (areas)")
    assert "Apache License" in select(qtbot, dialog, "PyThaiNLP")
    sqlalchemy = select(qtbot, dialog, "sqlalchemy")
    assert sqlalchemy.startswith("sqlalchemy ") and "Permission is hereby granted" in sqlalchemy
    row = names(dialog).index("sqlalchemy")
    licence = dialog.model.index(row, ComponentModel.LICENCE).data(Qt.ItemDataRole.DisplayRole)
    assert licence == "MIT"


def test_help_menu_opens_the_about_box(qtbot, clerk):
    window = MainWindow(Desk(clerk))
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "ช่วยเหลือ")
    about = next(a for a in help_menu.actions() if a.text() == "เกี่ยวกับโปรแกรม")
    about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "เกี่ยวกับโปรแกรม"
    assert dialog.model.rowCount() > 20
    dialog.close()


@pytest.mark.parametrize("size", [(1280, 720)])
def test_about_fits_a_small_screen(qtbot, size):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.sizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    assert dialog.minimumSizeHint().width() <= size[0]
