"""Rotating log files in the user's log folder. Log messages never carry personal data:
they name record ids and actions, not names or national IDs."""

from __future__ import annotations

import logging
import logging.handlers

from desktop.paths import log_dir


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_labour_desk", False) for h in root.handlers):
        return
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "labour-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._labour_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
