"""What ``python dev.py run`` does after the demo: set the app up, sign in, show the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import ui.app
from desktop.demo.seed import DEMO_PASSWORD, fill_demo
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext


def test_run_app_opens_the_main_window_for_the_signed_in_user(qapp, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    from desktop.bootstrap import open_database

    db = open_database(url)
    fill_demo(ServiceContext(db), 30)
    db.dispose()
    shown = []

    def sign_in(desk):
        return AccountService(desk.ctx).authenticate("clerk", DEMO_PASSWORD)

    def exec_(self):
        shown.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(ui.app, "sign_in", sign_in)
    monkeypatch.setattr(ui.app, "configure_logging", lambda: None)
    monkeypatch.setattr(type(qapp), "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    previous_locale = QLocale()
    try:
        assert ui.app.run_app(url) == 0
    finally:
        QLocale.setDefault(previous_locale)
    windows = [w for w in shown if type(w).__name__ == "MainWindow"]
    assert windows and windows[0].desk.user.username == "clerk"
    assert QApplication.windowIcon().isNull() is False
    for w in windows:
        w.close()
        w.deleteLater()
