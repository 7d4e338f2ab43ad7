"""English as the second UI language: every string translated, placeholders kept, the menu."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator

from desktop.resources import resource_path
from ui.language_menu import LANGUAGE_KEY, build_language_menu

TS = resource_path("translations", "labour_desk_en.ts")
QM = resource_path("translations", "labour_desk_en.qm")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for m in context.iter("message"):
            t = m.find("translation")
            text = t.text if m.get("numerus") != "yes" else t.find("numerusform").text
            yield name, m.find("source").text, text, t.get("type")


def test_every_message_is_translated_with_its_placeholders():
    found = list(messages(TS))
    assert len(found) > 300
    for context, source, english, kind in found:
        assert kind is None and english and english.strip(), (context, source)
        assert sorted(re.findall(r"%[0-9n]", source)) == sorted(re.findall(r"%[0-9n]", english)), (
            source
        )
        assert not re.search(r"[\u0e00-\u0e7f]", english), english  # no Thai left in English


def test_compiled_translations_load_and_translate(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "งานส่งต่อ") == "Referrals"
    assert translator.translate("SignInDialog", "เข้าสู่ระบบ") == "Sign in"
    assert translator.translate("MentoringPage", "ถึงกำหนดเยี่ยม") == "Due a visit"


def test_no_ui_string_is_missing_from_the_translation(tmp_path):
    """lupdate over ui/ again: a new tr() string without English fails here, named."""
    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name(
        "pyside6-lupdate" + (".exe" if sys.platform == "win32" else "")
    )
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    known = {(c, s) for c, s, _e, _k in messages(TS)}
    new = {
        (c.find("name").text, m.find("source").text)
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    assert new - known == set(), "run resources/translations/update_translations.py"


def test_language_menu_stores_the_choice(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    QSettings().setValue(LANGUAGE_KEY, "th")
    menu = build_language_menu(window, notify=False)
    english = next(a for a in menu.actions() if a.data() == "en")
    english.trigger()
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert build_language_menu(window, notify=False).actions()[1].isChecked()
    QSettings().setValue(LANGUAGE_KEY, "th")
