"""Splitting an address written in one cell into the registry's parts.

``12/3 หมู่ 4 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000`` → house number, village
number, road, subdistrict, district, province and postcode; ``แขวง``/``เขต`` (Bangkok) are
read as subdistrict and district. The names are matched to real areas by the caller.
"""

from __future__ import annotations

import re

from desktop.domain.cell_values import clean_text
from desktop.domain.national_id import ascii_digits

_MARKS = (
    ("province", r"(?:จังหวัด|จ\.)"),
    ("district", r"(?:อำเภอ|เขต|อ\.)"),
    ("subdistrict", r"(?:ตำบล|แขวง|ต\.)"),
    ("soi_road", r"(?:ถนน|ถ\.|ซอย|ซ\.)"),
    ("village_no", r"(?:หมู่ที่|หมู่|ม\.)"),
)
_POSTCODE = re.compile(r"(?<!\d)(\d{5})\s*$")
_HOUSE = re.compile(r"^(?:บ้านเลขที่|เลขที่)?\s*(\d+(?:/\d+)?)\b")


def split_address(value) -> dict[str, str]:
    """The parts found in an address cell (missing parts are absent)."""
    text = ascii_digits(clean_text(value))
    out: dict[str, str] = {}
    if m := _POSTCODE.search(text):
        out["postcode"] = m.group(1)
        text = text[: m.start()].strip()
    # From the end: each marker takes what follows it up to the next marker found later.
    for name, mark in _MARKS:
        found = list(re.finditer(mark, text))
        if not found:
            continue
        m = found[-1] if name != "soi_road" else found[0]
        part = text[m.end() :].strip()
        if name == "village_no":
            vm = re.match(r"\s*(\d+)", part)
            if vm:
                out[name] = vm.group(1)
                part_end = m.end() + vm.end()
                text = (text[: m.start()] + " " + text[part_end:]).strip()
            continue
        if part:
            out[name] = part if name != "soi_road" else (m.group(0) + part).strip()
        text = text[: m.start()].strip()
    if m := _HOUSE.match(text):
        out["house_no"] = m.group(1)
    # "เขตพระนคร กรุงเทพมหานคร": Bangkok is written without a province marker.
    if "province" not in out and " " in out.get("district", ""):
        district, _, province = out["district"].rpartition(" ")
        out["district"], out["province"] = district, province
    return out
