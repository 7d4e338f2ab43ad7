"""Rotating log files in the user's log folder, readable by that user only. Log messages never
carry personal data: they name record ids and actions, not names or national IDs, and SQL
errors reach them without their bound values (the engine hides them)."""

from __future__ import annotations

import logging
import logging.handlers
import os

from desktop.paths import log_dir


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the rotated ones too, is created for its owner alone (POSIX 0600;
    on Windows the user's own AppData folder already is)."""

    def _open(self):
        stream = super()._open()
        if os.name != "nt":
            os.chmod(self.baseFilename, 0o600)
        return stream


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_labour_desk", False) for h in root.handlers):
        return
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, 0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(
            folder / "labour-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._labour_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
