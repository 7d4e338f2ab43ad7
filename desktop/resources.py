"""Find bundled resources (fonts, icons, translations, migrations) from source or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def font_dir() -> Path:
    """The Sarabun family shipped by ``fontpkg-sarabun`` (OFL-1.1)."""
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"


def font_file(style: str = "Regular") -> Path:
    return font_dir() / f"Sarabun-{style}.ttf"
