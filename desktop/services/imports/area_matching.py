"""Matching the area names written in a sheet to a real subdistrict, through geothai.

``ต.``/``ตำบล``/``แขวง``, ``อ.``/``อำเภอ``/``เขต``, ``จ.``/``จังหวัด``, ``กทม``, ``เมือง`` for
the capital district and extra spaces are geothai's own clean-up (``geothai.match``); the
province defaults to the office's, as an office's sheet lists its own province's people. The
postcode written is checked against the subdistrict's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geothai


@dataclass(frozen=True)
class AreaMatch:
    code: str = ""
    postcode: str = ""
    error: str | None = None
    # Which part of the address the error is about: subdistrict, district, province, postcode.
    part: str = "subdistrict"


@lru_cache(maxsize=20000)
def _match(subdistrict: str, district: str, province: str) -> tuple[str, ...]:
    found = geothai.match(subdistrict, district=district or None, province=province or None)
    return tuple(a.subdistrict.code for a in found)


def match_area(
    subdistrict: str, district: str, province: str, postcode: str, office_province: str
) -> AreaMatch:
    """The subdistrict these names (and the office's province, when none is written) name."""
    if not subdistrict:
        if district or province:
            return AreaMatch(error="ไม่ได้ระบุตำบล/แขวง")
        return AreaMatch()
    codes = _match(subdistrict, district, province or office_province)
    if not codes and not province and office_province:
        codes = _match(subdistrict, district, "")  # someone living in a neighbouring province
    if not codes:
        where = " ".join(x for x in (subdistrict, district, province) if x)
        return AreaMatch(error=f"ไม่พบตำบล “{where}” ในเขตการปกครอง กรุณาตรวจชื่อตำบล อำเภอ จังหวัด")
    if len(codes) > 1:
        part = "district" if not district else "province"
        return AreaMatch(
            error=f"ตำบล “{subdistrict}” มีหลายแห่ง ({len(codes)} แห่ง) กรุณาระบุอำเภอและจังหวัด",
            part=part,
        )
    code = codes[0]
    s = geothai.subdistrict(code)
    known = tuple(s.postal_codes) if s else ()
    if postcode and known and postcode not in known:
        return AreaMatch(
            code,
            known[0],
            error=f"รหัสไปรษณีย์ {postcode} ไม่ตรงกับตำบล {s.name_th} ({', '.join(known)})",
            part="postcode",
        )
    return AreaMatch(code, postcode or (known[0] if known else ""))
