"""The server settings dialog: local file or office server, a test of the connection with its
Thai line (a wrong setting, and a right one against the CI PostgreSQL), save with the password
in the credential store and the offer to start again, the move up from the dialog, the fit."""

from __future__ import annotations

import json

import pytest
from pg_scratch import PG_URL, memory_keyring, needs_pg, scratch_database
from sqlalchemy.engine import make_url

from desktop.paths import DATABASE_ENV
from desktop.services import connection_settings as cs
from desktop.services.connection_settings import SERVER, ConnectionChoice, ServerSettings
from desktop.services.desk import Desk
from ui.admin.server_settings_dialog import ServerSettingsDialog
from ui.workers import SyncExecutor

__all__ = ["memory_keyring"]


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("LABOUR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)


class Answers:
    """What the user answers each question (Yes by default), and the questions asked."""

    def __init__(self, *answers: bool) -> None:
        self.answers, self.asked = list(answers), []

    def __call__(self, _parent, _title, text) -> bool:
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else True


def open_dialog(qtbot, ctx, *, answers=None, restarts=None, mover=False) -> ServerSettingsDialog:
    desk = Desk(ctx)
    dialog = ServerSettingsDialog(
        desk.connection_settings,
        mover=desk.move_to_server if mover else None,
        executor=SyncExecutor(),
        ask=answers or Answers(),
        restart=(lambda: restarts.append(True)) if restarts is not None else None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(
    qtbot,
    dialog,
    host="127.0.0.1",
    port="5432",
    database="labour_desk",
    user="desk_app",
    password="",
):
    dialog.server_radio.click()
    for edit, value in (
        (dialog.host, host),
        (dialog.port, port),
        (dialog.database, database),
        (dialog.user, user),
        (dialog.password, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, value)


def test_it_opens_on_the_local_file_with_the_choice_focused_and_server_fields_off(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    assert dialog.local_radio.isChecked() and dialog.focusWidget() is dialog.local_radio
    assert not dialog.host.isEnabled() and not dialog.test_button.isEnabled()
    in_use = dialog.findChild(type(dialog.outcome), "inUseLabel").text()
    assert ("ไฟล์ในเครื่อง" if admin.db.dialect == "sqlite" else "เซิร์ฟเวอร์ 127.0.0.1") in in_use


def test_a_saved_server_opens_with_its_fields_and_the_host_focused(qtbot, admin):
    saved = ServerSettings("db.office.local", "labour_desk", "desk_app", 5433, "require")
    cs.save_choice(ConnectionChoice(SERVER, saved), "pw")
    dialog = open_dialog(qtbot, admin)
    assert dialog.server_radio.isChecked() and dialog.focusWidget() is dialog.host
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text()) == (
        "db.office.local",
        "5433",
        "labour_desk",
    )
    assert dialog.sslmode.currentData() == "require"
    assert dialog.password.text() == "" and "เก็บไว้แล้ว" in dialog.password.placeholderText()


def test_a_missing_field_is_named_under_it(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    fill(qtbot, dialog, host="", database="")
    assert dialog.test() is None
    assert dialog.errors["host"].isVisible() and "เครื่องหรือที่อยู่ IP" in dialog.errors["host"].error()
    assert dialog.errors["database"].isVisible()
    assert dialog.focusWidget() is dialog.host


def test_a_wrong_port_says_in_thai_that_the_server_cannot_be_reached(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    fill(qtbot, dialog, port="1")
    with qtbot.waitSignal(dialog.tested) as seen:
        dialog.test_button.click()
    said = dialog.outcome.text()
    assert not seen.args[0].ok
    assert "ติดต่อเซิร์ฟเวอร์ 127.0.0.1 พอร์ต 1 ไม่ได้" in said
    assert "sqlalche" not in said and "Connection refused" not in said
    assert dialog.test_button.isEnabled()


@needs_pg
def test_the_right_settings_test_ok_against_the_server(qtbot, admin, pg_migrated):
    u = make_url(PG_URL)
    dialog = open_dialog(qtbot, admin)
    fill(qtbot, dialog, u.host, str(u.port or 5432), u.database, u.username, u.password or "")
    with qtbot.waitSignal(dialog.tested) as seen:
        dialog.test_button.click()
    assert seen.args[0].ok and "พร้อมใช้งาน" in dialog.outcome.text()


@needs_pg
def test_an_unknown_user_is_said_as_a_wrong_user_or_password(qtbot, admin):
    u = make_url(PG_URL)
    dialog = open_dialog(qtbot, admin)
    fill(qtbot, dialog, u.host, str(u.port or 5432), u.database, "nobody_h4_ui", "wrong")
    with qtbot.waitSignal(dialog.tested):
        dialog.test_button.click()
    assert "ชื่อผู้ใช้ nobody_h4_ui หรือรหัสผ่านไม่ถูกต้อง" in dialog.outcome.text()


def test_saving_a_server_keeps_the_password_in_the_credential_store_and_offers_a_restart(
    qtbot, admin, memory_keyring, monkeypatch
):
    answers, restarts = Answers(True, True), []
    dialog = open_dialog(qtbot, admin, answers=answers, restarts=restarts)
    fill(qtbot, dialog, port="1", password="s3cret")
    dialog.ok_button.click()  # the test fails (port 1): saved anyway when the user says so
    assert "บันทึกการตั้งค่านี้ทั้งที่ยังเชื่อมต่อไม่ได้" in answers.asked[0]
    assert "เริ่มโปรแกรมใหม่" in answers.asked[1] and restarts == [True]
    written = cs.settings_path().read_text(encoding="utf-8")
    assert "s3cret" not in written and json.loads(written)["server"]["port"] == 1
    assert "s3cret" in memory_keyring.passwords.values()


def test_a_failed_test_is_not_saved_unless_the_user_says_so(qtbot, admin):
    answers = Answers(False)
    dialog = open_dialog(qtbot, admin, answers=answers, restarts=[])
    fill(qtbot, dialog, port="1")
    assert dialog.submit() is False
    assert dialog.isVisible() and not cs.settings_path().exists()


def test_back_to_the_local_file(qtbot, admin):
    cs.save_choice(ConnectionChoice(SERVER, ServerSettings("db", "ld", "app")), "pw")
    restarts: list = []
    dialog = open_dialog(qtbot, admin, answers=Answers(False), restarts=restarts)
    dialog.local_radio.click()
    assert dialog.submit() is True and restarts == []
    assert cs.load_choice() == ConnectionChoice()


def test_it_fits_a_1280_by_720_screen(qtbot, admin, tmp_path):
    dialog = open_dialog(qtbot, admin, mover=True)
    fill(qtbot, dialog, port="1")
    dialog.test_button.click()
    hint = dialog.sizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 720
    shot = tmp_path / f"server_settings_{admin.db.dialect}.png"
    assert dialog.grab().save(str(shot))


def test_the_main_window_offers_it_to_an_administrator_only(qtbot, admin, clerk):
    from ui.main_window import MainWindow

    window = MainWindow(Desk(admin))
    qtbot.addWidget(window)
    dialog = window.open_server_settings()
    assert isinstance(dialog, ServerSettingsDialog) and dialog.move_button.isVisible() == (
        admin.db.dialect == "sqlite"
    )
    dialog.reject()
    clerks = MainWindow(Desk(clerk))
    qtbot.addWidget(clerks)
    assert not hasattr(clerks, "server_settings_action")


@needs_pg
@pytest.mark.slow
def test_the_local_data_moves_up_from_the_dialog(qtbot, admin, memory_keyring):
    if admin.db.dialect != "sqlite":
        pytest.skip("the move starts from the local file")
    from factories import draft

    from desktop.services.people.service import PeopleService

    PeopleService(admin).register(draft(77, first_name="ย้าย", last_name="ขึ้นเซิร์ฟเวอร์"))
    with scratch_database("ui") as url:
        u = make_url(url)
        dialog = open_dialog(qtbot, admin, answers=Answers(True), mover=True)
        fill(qtbot, dialog, u.host, str(u.port or 5432), u.database, u.username, u.password or "")
        with qtbot.waitSignal(dialog.moved) as seen:
            dialog.move_button.click()
        assert seen.args[0].count_of("person") == 1
        assert "บุคคลในทะเบียน: 1 แถว" in dialog.outcome.text()
        # again, into the server that now holds the same person: merged, not duplicated
        dialog.merge_box.click()
        with qtbot.waitSignal(dialog.moved) as again:
            dialog.move_button.click()
        assert again.args[0].matched_of("person") == 1 and again.args[0].count_of("person") == 0
        assert "ตรงกับที่มีบนเซิร์ฟเวอร์แล้ว 1 แถว" in dialog.outcome.text()


def test_a_saved_server_that_cannot_be_reached_offers_the_settings_at_start(qapp, monkeypatch):
    import ui.app

    cs.save_choice(ConnectionChoice(SERVER, ServerSettings("127.0.0.1", "ld", "app", 1)), "pw")
    offered: list[str] = []

    def offer(said: str) -> bool:
        offered.append(said)
        cs.save_choice(ConnectionChoice())  # the user sets the PC back to its local file
        return True

    monkeypatch.setattr(ui.app, "_offer_connection_settings", offer)
    ctx = ui.app.open_or_reconfigure(None)
    try:
        assert ctx is not None and ctx.db.dialect == "sqlite"
        assert len(offered) == 1 and "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้" in offered[0]
        assert "sqlalche" not in offered[0] and "refused" not in offered[0]
    finally:
        ctx.db.dispose()


def test_without_a_sign_in_the_dialog_saves_and_asks_no_restart(qtbot):
    answers, restarts = Answers(), []
    dialog = ServerSettingsDialog(
        None, executor=SyncExecutor(), ask=answers, restart=lambda: restarts.append(True)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.local_radio.click()
    assert dialog.submit() is True
    assert restarts == [] and answers.asked == [] and cs.settings_path().exists()


@needs_pg
def test_an_old_schema_is_upgraded_from_the_dialog_by_its_owner(qtbot, admin):
    from alembic import command
    from sqlalchemy import create_engine

    from db.migrate import alembic_config

    with scratch_database("ui_old") as url:
        engine = create_engine(url)
        command.upgrade(alembic_config(engine), "0006")
        engine.dispose()
        u = make_url(url)
        dialog = open_dialog(qtbot, admin)
        fill(qtbot, dialog, u.host, str(u.port or 5432), u.database, u.username, u.password or "")
        with qtbot.waitSignal(dialog.tested):
            dialog.test_button.click()
        assert "รุ่นเก่า" in dialog.outcome.text() and dialog.upgrade_button.isVisible()
        with qtbot.waitSignal(dialog.tested) as after:
            dialog.upgrade_button.click()
        assert after.args[0].ok and not dialog.upgrade_button.isVisible()
