"""The bundle's build rules (build_spec/), checked without building: what the trimming leaves
out is nothing the app reads, and the version resource carries the package's version."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "build_spec" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = load("trim")
version_info = load("version_info")


@pytest.mark.slow
def test_the_word_lists_the_segmenter_opens_are_kept(tmp_path):
    """Segment Thai in a fresh interpreter and record every pythainlp data file it opens."""
    script = (
        "import sys, json\n"
        "opened = set()\n"
        "def hook(event, args):\n"
        "    if event == 'open' and 'pythainlp' in str(args[0]):\n"
        "        opened.add(str(args[0]))\n"
        "sys.addaudithook(hook)\n"
        "from desktop.documents import thai_text\n"
        "assert thai_text.segment('ที่นี่ประเทศไทย สวัสดี') \n"
        "print(json.dumps(sorted(opened)))\n"
    )
    env = dict(os.environ, PYTHAINLP_DATA=str(tmp_path / "pythainlp"))
    env.pop("PYTHAINLP_DATA_DIR", None)
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True
    ).stdout
    data = [
        Path(p)
        for p in json.loads(out)
        if "corpus" in Path(p).parts and not p.endswith((".py", ".pyc"))
    ]
    assert data, "the segmenter read no word list?"
    for path in data:
        assert not trim.dropped(f"pythainlp/corpus/{path.name}"), path.name


def test_the_rest_of_the_corpus_is_dropped():
    for name in ("wikipedia_titles_th.txt", "wordnet_th.db", "thai2rom_decoder.onnx"):
        assert trim.dropped(f"pythainlp/corpus/{name}")
    assert not trim.dropped("pythainlp/corpus/words_th.txt")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/plugins/imageformats/qsvg.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "resources/translations/labour_desk_en.qm",
        "resources/icons/labour-desk.ico",
        "resources/licenses/LGPL-3.0.txt",
        "LICENSES/index.json",
    ],
)
def test_what_the_app_uses_is_kept(dest):
    assert not trim.dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_ar.qm",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/opengl32sw.dll",
        "pandas/tests/frame/test_api.py",
        "resources/translations/labour_desk_en.ts",
    ],
)
def test_dead_weight_is_dropped(dest):
    assert trim.dropped(dest)


@pytest.mark.slow
def test_the_app_imports_none_of_the_excluded_modules():
    script = (
        "import sys\n"
        "import ui.app, ui.main_window, ui.dialogs.about\n"
        "from desktop import cli, commands, commands_export, commands_import\n"
        "import desktop.exchange.list_export, desktop.documents.roster\n"
        "print(' '.join(m for m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True
        )
        .stdout.decode()
        .split()
    )
    assert {m for m in trim.EXCLUDED_MODULES if m in loaded} <= {"pygments"}  # mako's optional


def test_version_resource_carries_the_package_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    text = version_info.version_text(version, "labour-desk", "command line")
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s it: it must be one expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    expected = version_info.version_tuple(version)
    assert f"filevers={expected}" in text and f"prodvers={expected}" in text
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert "StringStruct('OriginalFilename', 'labour-desk.exe')" in text
    assert version_info.version_tuple("1.2.0rc1") == (1, 2, 0, 0)


def test_icon_holds_every_windows_size():
    data = (ROOT / "resources" / "icons" / "labour-desk.ico").read_bytes()
    count = int.from_bytes(data[4:6], "little")
    sizes = sorted((data[6 + 16 * i] or 256) for i in range(count))
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
