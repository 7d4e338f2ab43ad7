"""The log file is the user's alone."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from desktop.logging_setup import configure_logging


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_log_file_and_folder_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    before = list(root.handlers)
    for earlier in before:  # another test's CLI run may have configured logging already
        root.removeHandler(earlier)
    old_umask = os.umask(0o022)
    try:
        configure_logging()
        logging.getLogger("desktop").info("started")
        log = tmp_path / "logs" / "labour-desk.log"
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    finally:
        os.umask(old_umask)
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
        for earlier in before:
            root.addHandler(earlier)
