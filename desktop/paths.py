"""Every folder the application writes to, from one place (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_dirs = PlatformDirs(appname="LabourNetworkDesk", appauthor="MOL", roaming=False)

DATABASE_ENV = "LABOUR_DESK_DATABASE_URL"


def data_dir() -> Path:
    return Path(os.environ.get("LABOUR_DESK_DATA_DIR") or _dirs.user_data_dir)


def log_dir() -> Path:
    return Path(os.environ.get("LABOUR_DESK_LOG_DIR") or _dirs.user_log_dir)


def cache_dir() -> Path:
    return Path(os.environ.get("LABOUR_DESK_CACHE_DIR") or _dirs.user_cache_dir)


def backup_dir() -> Path:
    """Where backups go unless the user names a file (automatic ones too)."""
    return Path(os.environ.get("LABOUR_DESK_BACKUP_DIR") or data_dir() / "backups")


def documents_dir() -> Path:
    """Where the file dialogs of imports start: the user's Documents folder."""
    return Path(os.environ.get("LABOUR_DESK_DOCUMENTS_DIR") or _dirs.user_documents_dir)


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'labour-desk.sqlite3').as_posix()}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(DATABASE_ENV) or default_database_url()


def configure_thai_nlp() -> None:
    """Keep the segmenter's data folder out of the user's home (pythainlp creates it on import)."""
    os.environ.setdefault("PYTHAINLP_DATA", str(cache_dir() / "pythainlp"))
