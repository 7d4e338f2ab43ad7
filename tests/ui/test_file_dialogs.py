"""File dialogs: the system's own dialog, opening in Documents the first time, then in the last
folder used for that kind of file (PDFs, exports, backups, imports each their own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ui import file_dialogs
from ui.admin import backup_actions
from ui.file_dialogs import FileKind, open_file, save_file, start_folder
from ui.printing.print_actions import ask_save_path


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class FakeDialogs:
    """QFileDialog's static getters, answering with ``answer`` and keeping what they were asked."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[tuple] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._getter(name))

    def _getter(self, name):
        def get(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return self.answer, ""

        return staticmethod(get)

    def start(self) -> str:
        return self.calls[-1][1][2]


@pytest.fixture
def dialogs(monkeypatch) -> FakeDialogs:
    return FakeDialogs(monkeypatch)


def test_the_first_dialog_opens_in_documents(settings):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert file_dialogs.documents_folder() == (documents or str(Path.home()))
    for kind in FileKind:
        assert start_folder(kind, settings=settings) == file_dialogs.documents_folder()


def test_each_kind_remembers_its_own_last_folder(dialogs, settings, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    reports, exports = documents / "reports", tmp_path / "exports"
    for folder in (reports, exports):
        folder.mkdir(parents=True)
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(documents))

    dialogs.answer = str(reports / "roster.pdf")
    assert save_file(None, FileKind.PDF, "t", "roster.pdf", "PDF (*.pdf)", settings=settings)
    assert dialogs.start() == str(documents / "roster.pdf")  # first time: Documents + the name

    dialogs.answer = str(exports / "people.xlsx")
    save_file(None, FileKind.EXPORT, "t", "people.xlsx", "Excel (*.xlsx)", settings=settings)

    dialogs.answer = ""  # cancelled: remembers nothing new
    save_file(None, FileKind.PDF, "t", "slip.pdf", "PDF (*.pdf)", settings=settings)
    assert dialogs.start() == str(reports / "slip.pdf")
    save_file(None, FileKind.EXPORT, "t", "cases.csv", "CSV (*.csv)", settings=settings)
    assert dialogs.start() == str(exports / "cases.csv")
    assert start_folder(FileKind.IMPORT, settings=settings) == str(documents)

    # Read back by a new settings object: kept across runs of the application.
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert start_folder(FileKind.PDF, settings=again) == str(reports)


def test_a_remembered_folder_that_is_gone_falls_back(dialogs, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path))
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    dialogs.answer = str(gone / "volunteers.xlsx")
    assert open_file(None, FileKind.IMPORT, "t", "Excel (*.xlsx)", settings=settings)
    gone.rmdir()
    assert start_folder(FileKind.IMPORT, settings=settings) == str(tmp_path)
    assert start_folder(FileKind.BACKUP, first=str(gone), settings=settings) == str(gone)


def test_the_native_dialog_is_not_turned_off(dialogs, settings):
    save_file(None, FileKind.PDF, "t", "a.pdf", "PDF (*.pdf)", settings=settings)
    open_file(None, FileKind.BACKUP, "t", "*.sqlite3", settings=settings)
    for _name, args, kwargs in dialogs.calls:
        assert len(args) == 4 and "options" not in kwargs  # no DontUseNativeDialog


def test_prints_and_exports_ask_through_the_helper(dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path))
    dialogs.answer = str(tmp_path / "pdfs" / "roster")  # typed without the extension
    (tmp_path / "pdfs").mkdir()
    assert ask_save_path(None, "พิมพ์", "roster.pdf") == str(tmp_path / "pdfs" / "roster.pdf")
    assert dialogs.calls[-1][1][3] == "PDF (*.pdf)"
    dialogs.answer = ""
    assert ask_save_path(None, "ส่งออก", "people.xlsx") == ""
    assert dialogs.start() == str(tmp_path / "people.xlsx")  # exports: not the PDFs' folder
    assert dialogs.calls[-1][1][3] == "Excel (*.xlsx)"
    ask_save_path(None, "พิมพ์", "slip.pdf")
    assert dialogs.start() == str(tmp_path / "pdfs" / "slip.pdf")


def test_restore_opens_on_the_automatic_backups_first(dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_actions, "backup_dir", lambda: tmp_path / "backups")
    (tmp_path / "backups").mkdir()
    QSettings().remove("file_dialogs/last_folder_backup")  # the test session's own settings
    backup_actions._ask_backup_file(None)
    name, args, _ = dialogs.calls[-1]
    assert name == "getOpenFileName" and args[2] == str(tmp_path / "backups")
