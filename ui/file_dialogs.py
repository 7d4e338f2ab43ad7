"""Every file the user picks goes through here: the system's own dialog (on Windows the
Explorer one, in the user's language), opening in the user's Documents folder the first time
and then where that kind of file was last saved or opened (remembered in QSettings).

The static ``QFileDialog`` getters are used as they are: they show the native dialog unless
told not to, and nothing in the application tells them not to.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_GROUP = "file_dialogs"


class FileKind(enum.StrEnum):
    """Each kind remembers its own folder: PDFs go to one place, exports to another."""

    PDF = "pdf"
    EXPORT = "export"  # xlsx / csv lists
    BACKUP = "backup"
    IMPORT = "import"
    PERSON_DATA = "person_data"  # a person's whole record, for them (a folder of two files)


def documents_folder() -> str:
    """The user's Documents folder (on Windows, wherever the user moved it), else home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def settings_key(kind: FileKind) -> str:
    return f"{SETTINGS_GROUP}/last_folder_{kind.value}"


def start_folder(
    kind: FileKind, *, first: str | None = None, settings: QSettings | None = None
) -> str:
    """Where the dialog for ``kind`` opens: the last folder used for it if it still exists,
    else ``first`` (a caller's better first guess, e.g. the automatic backups), else Documents."""
    settings = settings if settings is not None else QSettings()
    last = str(settings.value(settings_key(kind), "") or "")
    if last and Path(last).is_dir():
        return last
    return first or documents_folder()


def remember(kind: FileKind, path: str, *, settings: QSettings | None = None) -> None:
    if path:
        settings = settings if settings is not None else QSettings()
        settings.setValue(settings_key(kind), str(Path(path).parent))


def save_file(
    parent: QWidget | None,
    kind: FileKind,
    title: str,
    suggested_name: str,
    file_filter: str,
    *,
    settings: QSettings | None = None,
) -> str:
    """Ask where to save ``suggested_name``; '' when the user cancels."""
    start = str(Path(start_folder(kind, settings=settings)) / Path(suggested_name).name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    remember(kind, path, settings=settings)
    return path


def open_file(
    parent: QWidget | None,
    kind: FileKind,
    title: str,
    file_filter: str,
    *,
    first: str | None = None,
    settings: QSettings | None = None,
) -> str:
    """Ask for an existing file to read; '' when the user cancels."""
    start = start_folder(kind, first=first, settings=settings)
    path, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
    remember(kind, path, settings=settings)
    return path


def choose_folder(
    parent: QWidget | None, kind: FileKind, title: str, *, settings: QSettings | None = None
) -> str:
    """Ask for a folder to write into (several files at once); '' when the user cancels. The
    next dialog for ``kind`` opens in the folder chosen."""
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder(kind, settings=settings))
    if folder:
        settings = settings if settings is not None else QSettings()
        settings.setValue(settings_key(kind), str(Path(folder)))
    return folder
