"""A column mapping saved as a file: the JSON ``{header: field}`` the wizard saves and loads
and ``labour-desk import … --mapping FILE.json`` reads (UTF-8, a BOM allowed)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain.errors import ValidationError


def read_mapping(path: str | Path) -> dict[str, str]:
    p = Path(path)
    try:
        value = json.loads(p.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        raise ValidationError({"mapping": f"ไฟล์ {p.name} ไม่ใช่ JSON ที่อ่านได้"}) from None
    if not isinstance(value, dict):
        raise ValidationError({"mapping": f"ไฟล์ {p.name} ต้องเป็น JSON แบบ {{หัวคอลัมน์: ช่องข้อมูล}}"})
    return {str(k): str(v) for k, v in value.items()}


def write_mapping(path: str | Path, mapping: dict[str, str]) -> None:
    text = json.dumps(dict(mapping), ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")
