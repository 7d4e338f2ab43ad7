"""The person dialog's ส่งออกข้อมูลทั้งหมดของบุคคลนี้…: only on a saved record and for those
who may export; the folder comes from the system's folder dialog (answered here), the export
runs in the worker like every print, and a message says where the two files are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import draft
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog

from desktop.services.desk import Desk
from ui.registry.person_dialog import PersonDialog
from ui.workers import ThreadExecutor

WAIT = 30_000  # ms: a ceiling on a slow machine, not a sleep


@pytest.fixture
def folder_answer(monkeypatch):
    """The folder dialog (``ui.file_dialogs.choose_folder``) answers with ``answer.folder``."""

    class Answer:
        folder = ""
        asked: list[str] = []

    answer = Answer()
    answer.asked = []

    def get(parent, title, start, *args, **kwargs):
        answer.asked.append(title)
        return answer.folder

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get))
    return answer


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


def test_the_button_exports_both_files_in_the_worker_and_says_where(
    qtbot, clerk, folder_answer, pool, tmp_path
):
    desk = Desk(clerk)
    person = desk.people.register(draft(11, first_name="ปั้นหยา"))
    opened: list[str] = []
    dialog = PersonDialog(
        desk,
        person.id,
        export_options={"executor": ThreadExecutor(pool), "open_file": opened.append},
    )
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.export_button
    assert button is not None and button.isVisible() and button.isEnabled()
    assert button.text() == "ส่งออกข้อมูลทั้งหมดของบุคคลนี้…"

    folder_answer.folder = ""  # the user cancels the folder dialog: nothing happens
    button.click()
    assert folder_answer.asked and dialog.export_actions.message_box is None

    folder_answer.folder = str(tmp_path / "out")
    with qtbot.waitSignal(dialog.export_actions.exported, timeout=WAIT) as done:
        button.click()
    files = done.args[0]
    assert Path(files.pdf).is_file() and Path(files.json).is_file()
    assert Path(files.pdf).parent == tmp_path / "out"
    data = json.loads(Path(files.json).read_text(encoding="utf-8"))
    assert data["person"]["first_name"] == "ปั้นหยา"
    box = dialog.export_actions.message_box
    assert box is not None and box.isVisible()
    assert str(tmp_path / "out") in box.text()
    assert files.pdf in box.informativeText() and files.json in box.informativeText()
    opener = next(b for b in box.buttons() if b.text() == "เปิดโฟลเดอร์")
    opener.click()
    assert opened == [str(tmp_path / "out")]
    box.close()


def test_no_button_on_a_new_record_nor_for_a_mentor(qtbot, clerk, mentor):
    person = Desk(clerk).people.register(draft(12))
    new = PersonDialog(Desk(clerk))
    qtbot.addWidget(new)
    assert new.export_button is None
    theirs = PersonDialog(Desk(mentor), person.id)
    qtbot.addWidget(theirs)
    assert theirs.export_button is None and theirs.export_person_data() is None
