"""The licence collector: every runtime dependency of uv.lock, with its licence and texts,
never a dev or build tool; the fixed notices the bundle must carry."""

from __future__ import annotations

import json
import tomllib
from importlib import metadata
from pathlib import Path

from desktop import licences

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "uv.lock"


def lock_packages() -> dict[str, dict]:
    lock = tomllib.loads(LOCK.read_text(encoding="utf-8"))
    return {p["name"]: p for p in lock["package"]}


def test_every_direct_runtime_dependency_and_theirs_is_listed():
    packages = lock_packages()
    listed = licences.runtime_packages(LOCK)
    direct = [d["name"] for d in packages[licences.PROJECT]["dependencies"]]
    assert direct and set(direct) <= set(listed)
    for name in direct:  # and one level down, where the dependency applies on every platform
        for dep in packages[name].get("dependencies", []):
            if "marker" not in dep:
                assert dep["name"] in listed, f"{dep['name']} (needed by {name})"
    assert "psycopg-binary" in listed  # through the psycopg[binary] extra
    assert "shiboken6" in listed  # through pyside6-essentials


def test_no_dev_or_build_tool_is_listed():
    listed = licences.runtime_packages(LOCK)
    for tool in ("pytest", "pytest-qt", "ruff", "pyinstaller", "hypothesis", "import-linter"):
        assert tool not in listed


def test_collector_writes_every_package_with_its_licence(tmp_path):
    written = licences.write_licenses(tmp_path / "LICENSES", LOCK)
    names = {c.name for c in written if not c.fixed}
    assert names == set(licences.runtime_packages(LOCK))
    index = json.loads((tmp_path / "LICENSES" / licences.INDEX).read_text(encoding="utf-8"))
    assert len(index) == len(written)
    by_name = {c.name: c for c in written}
    assert by_name["pandas"].licence == metadata.metadata("pandas")["License-Expression"]
    assert by_name["pandas"].version == metadata.version("pandas")
    for c in written:
        for f in c.files:
            assert (tmp_path / "LICENSES" / f).is_file(), f
    assert any(f.endswith("LICENSE") for f in by_name["sqlalchemy"].files)
    summary = (tmp_path / "LICENSES" / "LICENSES.txt").read_text(encoding="utf-8-sig")
    assert f"sqlalchemy {metadata.version('sqlalchemy')}: MIT" in summary


def test_fixed_notices_name_qt_sarabun_geothai_and_pythainlp(tmp_path):
    written = licences.write_licenses(tmp_path / "L", LOCK)
    fixed = {c.licence: c for c in written if c.fixed}
    assert set(fixed) == {"LGPL-3.0-only", "OFL-1.1", "CC-BY-4.0", "Apache-2.0"}
    qt = (tmp_path / "L" / "Qt-PySide6-NOTICE.txt").read_text(encoding="utf-8")
    assert "How to replace the Qt libraries" in qt
    lgpl = (tmp_path / "L" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
    ofl = (tmp_path / "L" / "OFL-1.1-Sarabun.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    cc = (tmp_path / "L" / "CC-BY-4.0.txt").read_text(encoding="utf-8")
    assert "Attribution 4.0 International" in cc
    assert "Apache License" in (tmp_path / "L" / "Apache-2.0.txt").read_text(encoding="utf-8")


def test_bundle_reads_its_index(tmp_path, monkeypatch):
    licences.write_licenses(tmp_path / "LICENSES", LOCK)
    monkeypatch.setattr(licences, "project_root", lambda: tmp_path)
    components = licences.bundled_components()
    qt = next(c for c in components if c.licence == "LGPL-3.0-only" and c.fixed)
    assert "How to replace the Qt libraries" in licences.licence_text(qt)
    assert {c.name for c in components if not c.fixed} == set(licences.runtime_packages(LOCK))
