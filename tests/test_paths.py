"""Where the data lives: the user's app-data folder when installed, beside the executable in
portable mode (a ``portable.txt`` next to the bundle's exe), an environment variable over both."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import paths

ENV = (
    "LABOUR_DESK_DATA_DIR",
    "LABOUR_DESK_LOG_DIR",
    "LABOUR_DESK_CACHE_DIR",
    "LABOUR_DESK_BACKUP_DIR",
    "LABOUR_DESK_SETTINGS_DIR",
    "LABOUR_DESK_DATABASE_URL",
)


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> Path:
    """A pretend frozen bundle: its folder, with the executable in it."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "LabourNetworkDesk"
    folder.mkdir()
    exe = folder / "LabourNetworkDesk.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return folder


def test_installed_bundle_keeps_data_in_the_users_folder(bundle):
    assert paths.portable_root() is None
    assert not paths.data_dir().is_relative_to(bundle)
    assert not paths.log_dir().is_relative_to(bundle)
    assert paths.settings_dir() is None


def test_marker_beside_the_exe_puts_everything_beside_it(bundle):
    (bundle / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    data = bundle.resolve() / "data"
    assert paths.portable_root() == data
    assert paths.data_dir() == data
    assert paths.log_dir() == data / "logs"
    assert paths.cache_dir() == data / "cache"
    assert paths.backup_dir() == data / "backups"
    assert paths.settings_dir() == data / "settings"
    assert paths.default_database_url() == f"sqlite:///{(data / 'labour-desk.sqlite3').as_posix()}"


def test_environment_wins_over_portable_mode(bundle, tmp_path, monkeypatch):
    (bundle / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("LABOUR_DESK_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.log_dir() == bundle.resolve() / "data" / "logs"


def test_a_folder_named_like_the_marker_is_not_the_marker(bundle):
    (bundle / paths.PORTABLE_MARKER).mkdir()
    assert paths.portable_root() is None


def test_from_source_the_marker_beside_python_means_nothing(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    assert paths.portable_root() is None
