"""Start the window: fonts, translations, error hook, database, first run or sign-in."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_NAME
from desktop.bootstrap import open_database
from desktop.domain.records import UserInfo
from desktop.logging_setup import configure_logging
from desktop.paths import DATABASE_ENV, settings_dir
from desktop.resources import resource_path
from desktop.services.context import ServiceContext
from desktop.services.database_health import DamagedDatabase
from desktop.services.desk import Desk
from ui.errors import install_excepthook, message_of
from ui.fonts import install_fonts


def install_translator(app: QApplication) -> QTranslator | None:
    """Thai is the source language; English is loaded when the user chose it."""
    from ui.language_menu import current_language

    language = current_language()
    if language == "th":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"labour_desk_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def sign_in(desk: Desk) -> UserInfo | None:
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.sign_in import SignInDialog

    accounts = desk.accounts
    if accounts.is_first_run():
        first = FirstRunDialog(accounts)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        return first.user()
    office = accounts.office()
    dialog = SignInDialog(accounts, office.office_name if office else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user()


def app_icon() -> QIcon:
    """The same multi-size icon as the Windows executables (16–256 px), the PNG beside it."""
    icon = QIcon(str(resource_path("icons", "labour-desk.ico")))
    icon.addFile(str(resource_path("icons", "labour-desk.png")))
    return icon


def configure_app(app: QApplication) -> None:
    """Locale, icon, fonts, translation and the error hook: everything before the first window."""
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    app.setWindowIcon(app_icon())
    install_fonts(app)
    install_translator(app)
    install_excepthook()


def use_portable_settings() -> None:
    """In portable mode the window's settings go to an INI file beside the data, not the
    registry of whichever PC the stick is plugged into."""
    folder = settings_dir()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _offer_connection_settings(said: str) -> bool:
    """The failure, with a way to change the connection; True when it was changed (start again)."""
    from ui.admin.server_settings_dialog import ServerSettingsDialog

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, said)
    change = box.addButton(
        QApplication.translate("app", "ตั้งค่าการเชื่อมต่อ…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QApplication.translate("app", "ปิดโปรแกรม"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not change:
        return False
    dialog = ServerSettingsDialog(None)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_or_reconfigure(database_url: str | None) -> ServiceContext | None:
    """The database's context, or None when it cannot be opened and the user closes the program."""
    while True:
        try:
            return ServiceContext(open_database(database_url))
        except DamagedDatabase as damaged:
            # Still let the office look things up and print; nothing is written to a broken file.
            QMessageBox.warning(None, APP_NAME, damaged.health.message(opened_read_only=True))
            return ServiceContext(open_database(database_url, read_only_if_damaged=True))
        except Exception as exc:  # noqa: BLE001 — nothing else can start without the database
            # One Thai line, never the driver's English with its web link.
            said = message_of(exc)
            if database_url or os.environ.get(DATABASE_ENV):
                QMessageBox.critical(None, APP_NAME, said)
                return None
            # The saved choice failed (a server that cannot be reached): set it again, or back
            # to the local file, and try once more.
            if not _offer_connection_settings(said):
                return None


def run_app(database_url: str | None = None) -> int:
    configure_logging()
    use_portable_settings()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("MOL")
    app.setApplicationName(APP_NAME)
    configure_app(app)
    ctx = open_or_reconfigure(database_url)
    if ctx is None:
        return 1
    db = ctx.db
    desk = Desk(ctx)
    user = sign_in(desk)
    if user is None:
        return 0
    from ui.session import DeskSession

    # Between two users (sign out, switch user) no window is open: the session quits the
    # application when the window is closed or the sign-in is cancelled, not Qt by itself.
    app.setQuitOnLastWindowClosed(False)
    session = DeskSession(desk, quit_app=app.quit)
    window = session.start(user)
    if not db.read_only:
        window.backups.daily()  # the embedded database's backup of the day, in the worker
    try:
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(True)
        db.dispose()
