"""UI test setup: offscreen Qt and the bundled Thai font (offscreen has no Thai system font)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from thai_typing import load_thai_font  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def thai_font(qapp) -> str:
    return load_thai_font()
