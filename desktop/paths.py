"""Every folder the application writes to, from one place (platformdirs).

Installed, the data lives in the user's own app-data folder (``%LOCALAPPDATA%\\MOL\\
LabourNetworkDesk`` on Windows), so an uninstall or an upgrade never touches it. **Portable
mode**: when a file named ``portable.txt`` lies beside the bundle's executable, everything
(database, backups, logs, cache, window settings) lives in a ``data`` folder beside the
executable instead, for a USB stick or a copy on a shared drive. Environment variables
(``LABOUR_DESK_DATA_DIR`` …) still win over both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_dirs = PlatformDirs(appname="LabourNetworkDesk", appauthor="MOL", roaming=False)

DATABASE_ENV = "LABOUR_DESK_DATABASE_URL"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


def portable_root() -> Path | None:
    """The ``data`` folder beside the executable when the bundle runs in portable mode, else
    None. Only a frozen bundle can be portable: from source, the executable is Python's."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    if (exe_dir / PORTABLE_MARKER).is_file():
        return exe_dir / PORTABLE_DATA
    return None


def _folder(env: str, installed: str, portable_part: str) -> Path:
    explicit = os.environ.get(env)
    if explicit:
        return Path(explicit)
    portable = portable_root()
    if portable is not None:
        return portable / portable_part if portable_part else portable
    return Path(installed)


def data_dir() -> Path:
    return _folder("LABOUR_DESK_DATA_DIR", _dirs.user_data_dir, "")


def log_dir() -> Path:
    return _folder("LABOUR_DESK_LOG_DIR", _dirs.user_log_dir, "logs")


def cache_dir() -> Path:
    return _folder("LABOUR_DESK_CACHE_DIR", _dirs.user_cache_dir, "cache")


def settings_dir() -> Path | None:
    """Where the window keeps its settings (an INI file) in portable mode; None when installed
    (Qt's own place then: the registry on Windows)."""
    explicit = os.environ.get("LABOUR_DESK_SETTINGS_DIR")
    if explicit:
        return Path(explicit)
    portable = portable_root()
    return portable / "settings" if portable is not None else None


def backup_dir() -> Path:
    """Where backups go unless the user names a file (automatic ones too)."""
    return Path(os.environ.get("LABOUR_DESK_BACKUP_DIR") or data_dir() / "backups")


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'labour-desk.sqlite3').as_posix()}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(DATABASE_ENV) or default_database_url()


def configure_thai_nlp() -> None:
    """Keep the segmenter's data folder out of the user's home (pythainlp creates it on import)."""
    os.environ.setdefault("PYTHAINLP_DATA", str(cache_dir() / "pythainlp"))
