"""Formula cells of an xlsx sheet that carry no cached value (never evaluated here).

calamine reads the value Excel cached for a formula. A workbook written by a program that
cannot calculate (openpyxl, some exports) has formulas with no cached value: calamine then
gives an empty cell, and the import must say so rather than take it as empty. This reads the
sheet's XML itself — through ``defusedxml``, so no entity expansion or external entity can
run — only when the sheet contains a formula at all.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_REF = re.compile(r"^([A-Z]+)(\d+)$")


def _sheet_member(z: zipfile.ZipFile, sheet_name: str) -> str | None:
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rid = None
    for sheet in book.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == sheet_name:
            rid = sheet.get(f"{_REL}id")
    if rid is None:
        return None
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return None


def column_index(letters: str) -> int:
    """``A`` → 0, ``AB`` → 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def uncached_formulas(path: str | Path, sheet_name: str) -> set[tuple[int, int]]:
    """(row number as in the sheet, 0-based column) of formulas without a cached value."""
    out: set[tuple[int, int]] = set()
    with zipfile.ZipFile(path) as z:
        member = _sheet_member(z, sheet_name)
        if member is None or member not in z.namelist():
            return out
        data = z.read(member)  # its inflated size was checked by sheet_safety first
    if not _HAS_FORMULA.search(data):
        return out
    root = ElementTree.fromstring(data)
    for c in root.iter(f"{_MAIN}c"):
        f = c.find(f"{_MAIN}f")
        if f is None:
            continue
        v = c.find(f"{_MAIN}v")
        if v is None or not (v.text or "").strip():
            m = _REF.match(c.get("r", ""))
            if m:
                out.add((int(m.group(2)), column_index(m.group(1))))
    return out
