"""Refresh the English translation after UI strings change:

    uv run python resources/translations/update_translations.py

Extracts every ``tr()`` string of ui/ with pyside6-lupdate, fills each from en.json (Thai →
English; add the new strings there), and compiles labour_desk_en.qm with pyside6-lrelease.
Fails, naming them, when a string has no English yet.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "labour_desk_en.ts"
QM = HERE / "labour_desk_en.qm"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else name


def extract(ts: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(ts: Path, english: dict[str, str]) -> list[str]:
    """Translate every message of ``ts`` in place; returns the sources with no English.

    A key ``"Context|ไทย"`` in en.json wins over a plain ``"ไทย"`` for that Qt context: one Thai
    word with two meanings ("ปิดเรื่อง": the status "Closed", the step "Close the case").
    """
    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            text = english.get(f"{name}|{source}", english.get(source))
            if text is None:
                missing.append(source)
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    english = json.loads((HERE / "en.json").read_text(encoding="utf-8"))
    extract(TS)
    missing = fill(TS, english)
    if missing:
        print("No English yet for:\n" + "\n".join(missing), file=sys.stderr)
        return 1
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True
    )
    print(f"{TS.name}, {QM.name}: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
