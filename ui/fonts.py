"""Bundled Sarabun for the whole interface, so Thai looks the same on every PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import font_file

_loaded = False


def install_fonts(app: QApplication | None = None, point_size: int = 11) -> str:
    global _loaded
    family = "Sarabun"
    if not _loaded:
        for style in ("Regular", "Bold", "Italic", "SemiBold"):
            fid = QFontDatabase.addApplicationFont(str(font_file(style)))
            if fid >= 0 and style == "Regular":
                family = QFontDatabase.applicationFontFamilies(fid)[0]
        _loaded = True
    if app is not None:
        app.setFont(QFont(family, point_size))
    return family
