"""The administrator backs up and restores from the window; others see neither."""

from __future__ import annotations

import pytest
from factories import draft

from desktop.services.desk import Desk
from desktop.services.people.service import PersonFilter
from ui.admin.backup_actions import BackupActions
from ui.main_window import MainWindow
from ui.operations import bus
from ui.workers import SyncExecutor


@pytest.fixture
def backups_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    return tmp_path / "backups"


def test_admin_backs_up_and_restores(qtbot, admin, backups_folder):
    if admin.db.dialect != "sqlite":
        pytest.skip("the embedded database's own backup")
    desk = Desk(admin)
    desk.people.register(draft(1))
    chosen = []
    actions = BackupActions(
        desk,
        executor=SyncExecutor(),
        ask_file=lambda _parent: str(chosen[0]),
        confirm=lambda _parent, text: "ถูกแทนที่" in text,
    )
    window = MainWindow(desk, backup_actions=actions)
    qtbot.addWidget(window)
    assert window.backup_action.text() == "สำรองฐานข้อมูลตอนนี้"
    with qtbot.waitSignal(actions.done) as said:
        window.backup_action.trigger()
    made = list(backups_folder.glob("labour-desk-backup-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in said.args[0] and "บุคคล 1" in said.args[0]

    desk.people.register(draft(2))
    assert desk.people.count(PersonFilter()) == 2
    chosen.append(made[0])
    changed = []
    bus().dataChanged.connect(changed.append)
    with qtbot.waitSignal(actions.done) as said:
        window.restore_action.trigger()
    bus().dataChanged.disconnect(changed.append)
    assert "กู้คืนฐานข้อมูลจาก" in said.args[0]
    assert desk.people.count(PersonFilter()) == 1
    assert "person" in changed and "case" in changed


def test_only_the_admin_has_them(qtbot, clerk):
    window = MainWindow(Desk(clerk))
    qtbot.addWidget(window)
    assert not hasattr(window, "backup_action")
