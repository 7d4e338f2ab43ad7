"""Start the window: fonts, translations, error hook, database, first run or sign-in."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_NAME
from desktop.bootstrap import open_database
from desktop.domain.records import UserInfo
from desktop.logging_setup import configure_logging
from desktop.paths import settings_dir
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


def run_app(database_url: str | None = None) -> int:
    configure_logging()
    use_portable_settings()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("MOL")
    app.setApplicationName(APP_NAME)
    configure_app(app)
    try:
        db = open_database(database_url)
    except DamagedDatabase as damaged:
        # Still let the office look things up and print; nothing is written to a broken file.
        QMessageBox.warning(None, APP_NAME, damaged.health.message(opened_read_only=True))
        db = open_database(database_url, read_only_if_damaged=True)
    except Exception as exc:  # noqa: BLE001 — nothing else can start without the database
        QMessageBox.critical(None, APP_NAME, message_of(exc) if not str(exc) else str(exc))
        return 1
    desk = Desk(ServiceContext(db))
    user = sign_in(desk)
    if user is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(desk.signed_in_as(user))
    window.show()
    if not db.read_only:
        window.backups.daily()  # the embedded database's backup of the day, in the worker
    code = app.exec()
    db.dispose()
    return code
