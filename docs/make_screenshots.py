"""Render the README screenshots offscreen from a demo database: ``uv run python docs/make_screenshots.py``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.bootstrap import open_database  # noqa: E402
from desktop.paths import configure_thai_nlp  # noqa: E402
from desktop.services.accounts import AccountService  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402
from desktop.services.demo import DEMO_PASSWORD, fill_demo  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402
from ui.fonts import install_fonts  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> None:
    configure_thai_nlp()
    app = QApplication([])
    install_fonts(app)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{tmp / 'shots.sqlite3'}")
    ctx = ServiceContext(db)
    fill_demo(ctx, 400)
    user = AccountService(ctx).authenticate("supervisor", DEMO_PASSWORD)
    desk = Desk(ctx.as_user(user))
    from ui.main_window import MainWindow

    window = MainWindow(desk)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))
    dialog = window.open_person(window.registry.model.row_at(3).id)
    dialog.resize(760, 700)
    app.processEvents()
    dialog.grab().save(str(OUT / "person-dialog.png"))
    dialog.form.setCurrentIndex(1)
    app.processEvents()
    dialog.grab().save(str(OUT / "person-dialog-address.png"))
    db.dispose()


if __name__ == "__main__":
    main()
